"""Figures loader round 22's rules, each on the text of the sheets it was found on (evaluations/figures-round22.md)
and on a second source where one exists."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table
from service.figures.read import windows_1258
from service.figures.schema import read_title
from service.figures.stock import is_growth_plan
from service.figures.units import is_ditto
from tests.figures_sheets import warned, write

ROOT = Path(__file__).parent.parent
DATA = ROOT / "evaluations" / "data" / "figures-round22"
HELD = ROOT / "evaluations" / "cases" / "heldout"
B = 10**9


# 1. A growth plan is the plan of the increase (stock.is_growth_plan, load._growth_planned)
@pytest.mark.parametrize("title", ["Kế hoạch tăng trưởng năm 2022", "KH tăng trưởng", "Kế hoạch tăng trưởng năm 2024",
                                   "Chỉ tiêu tăng trưởng giao", "Kế hoạch tăng thêm"])
def test_a_plan_titled_by_growth_is_a_growth_plan(title):
    assert is_growth_plan(title)


@pytest.mark.parametrize("title", ["Kế hoạch năm 2022", "Kế hoạch", "% so kế hoạch tăng trưởng", "Tăng trưởng",
                                   "Kế hoạch giao"])
def test_a_plan_of_the_balance_is_no_growth_plan(title):
    assert not is_growth_plan(title)


def test_the_branchs_growth_plan_is_the_plan_of_its_increase_since_january():
    # yd-vinh-phuc (stop 38): «tổng dư nợ … đạt trên 3.300 tỷ đồng, tăng gần 118 tỷ đồng so với đầu năm, đạt 96,25%
    # kế hoạch tăng trưởng»: the balance 3.302 has no plan; its increase 117,8 has the plan 122,4
    t = load_table(HELD / "yd-vinh-phuc-ngan-hang-chinh-sach-xa-hoi-du-no-cho-vay-2022-q1" / "figures.csv",
                   period="2022-Q1")
    rows = {f.chi_tieu: f for f in t}
    assert rows["Tổng dư nợ"].ke_hoach is None and rows["Tổng dư nợ"].ky_bao_cao == D(3302 * B)
    growth = rows["Tổng dư nợ: tăng trưởng so với đầu năm"]
    assert growth.ky_bao_cao == D("117800000000") and growth.ke_hoach == D("122400000000")
    assert warned(t, "kế hoạch của mức tăng")


def test_a_growth_plan_with_no_start_of_the_year_is_a_row_of_its_own(tmp_path):
    # no change column: the increase is unknown, the plan is still never the balance's
    p = write(tmp_path, "nh.csv", "Chỉ tiêu,ĐVT,Thực hiện quý I/2022,Kế hoạch tăng trưởng năm 2022\n"
                                  "Tổng dư nợ,tỷ đồng,\"3.302\",\"122,4\"\n")
    t = load_table(p, period="2022-Q1")
    rows = {f.chi_tieu: f for f in t}
    assert rows["Tổng dư nợ"].ke_hoach is None
    assert rows["Tổng dư nợ: kế hoạch tăng trưởng năm 2022"].ky_bao_cao == D("122400000000")


def test_a_plan_of_the_balance_stays_its_plan(tmp_path):
    p = write(tmp_path, "nh.csv", "Chỉ tiêu,ĐVT,Thực hiện quý I/2022,Kế hoạch năm 2022\n"
                                  "Tổng dư nợ,tỷ đồng,\"3.302\",\"3.306,6\"\n")
    t = load_table(p, period="2022-Q1")
    assert [f.ke_hoach for f in t] == [D("3306600000000")]


# 2. Windows-1258 (read.windows_1258)
def test_a_csv_in_windows_1258_reads_as_the_same_words(tmp_path):
    # c09 (baothuathienhue), without the page's broken «25.9140»: the labels NFC, as a UTF-8 sheet gives them
    raw = (DATA / "c09-baothuathienhue-nganhang-2015-h1.csv").read_bytes().replace(b"25.9140", b"25.914")
    p = tmp_path / "nh.csv"
    p.write_bytes(raw)
    t = load_table(p, period="2015-H1")
    rows = {f.chi_tieu: f for f in t}
    assert rows["Tổng dư nợ cho vay"].ky_bao_cao == D(24467 * B)
    assert rows["Tỷ lệ nợ xấu trên tổng dư nợ"].cung_ky == D("3.6")
    assert rows["Tổng nguồn vốn huy động"].ky_bao_cao == D(25914 * B)


def test_windows_1258_is_told_by_vietnamese_letters_only():
    assert windows_1258(b"T\xf4\xd2ng d\xfd n\xf5\xf2") == "Tổng dư nợ"   # ô + hook above, ư, ơ + dot below
    assert windows_1258("Année,Total,Prévu".encode("cp1252")) is None   # French in cp1252: not Vietnamese
    assert windows_1258(b"Sales,Total\n1,2\n") is None


def test_a_file_in_no_readable_encoding_is_refused_saying_what_to_do(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes("Année,Total\n1,2\n".encode("cp1252"))
    with pytest.raises(InputError, match="Windows-1258.*CSV UTF-8"):
        load_table(p, period="2015")


# 3. A dot that does not group thousands in threes, in a sheet writing decimals with a comma (cells.broken_groups)
def test_the_broken_number_is_refused_naming_its_row_column_and_what_a_dot_means():
    with pytest.raises(InputError) as e:
        load_table(DATA / "c09-baothuathienhue-nganhang-2015-h1.csv", period="2015-H1")
    said = str(e.value)
    assert "hàng 3" in said and "Thực hiện 30/6/2015" in said and "«25.9140»" in said and "mỗi nhóm đúng 3 chữ số" in said


def test_a_dot_before_fewer_digits_is_a_slip_of_the_decimal_mark_as_before(tmp_path):
    # round 21's b10 (gso): the page's «68.8» among «74,0 99,0 …» is 68,8; only a group of four digits is broken
    p = write(tmp_path, "v.csv", 'Chỉ tiêu,ĐVT,Năm 2015\nA,triệu lượt,68.8\nB,triệu lượt,"74,0"\n')
    t = load_table(p, period="2015")
    assert {f.chi_tieu: f.ky_bao_cao for f in t}["A"] == D(68_800_000)


def test_a_dot_decimal_in_a_machine_sheet_is_still_a_decimal(tmp_path):
    p = write(tmp_path, "m.csv", "Chỉ tiêu,ĐVT,Năm 2015\nDiện tích,ha,25.9140\nNăng suất,tạ/ha,12.5\n")
    t = load_table(p, period="2015")
    assert {f.chi_tieu: f.ky_bao_cao for f in t}["Diện tích"] == D("25.9140")


# 4. A change against the end of last year beside a period not from January (columns.against_last_year_end)
def test_the_growth_since_december_gives_a_july_no_last_year():
    # c08 (doingoaihungyen): «tăng gần 6,2 nghìn tỷ đồng (đạt tỷ lệ 8,5%) so với ngày 31.12.2018» beside July 2019
    t = load_table(DATA / "c08-doingoaihungyen-nguonvon-2019-07.xlsx", period="2019-07")
    assert all(f.cung_ky is None and f.ky_truoc is None for f in t)
    assert warned(t, "không bắt đầu từ tháng 1")
    # c07 (thainguyentv): «tăng 2,06% so với thời điểm cuối năm 2022» beside August 2023
    t = load_table(DATA / "c07-thainguyentv-tctd-2023-08.csv", period="2023-08")
    assert all(f.cung_ky is None for f in t) and warned(t, "không bắt đầu từ tháng 1", "31/12/2022")


def test_the_last_day_of_last_year_is_the_start_of_a_period_from_january(tmp_path):
    p = write(tmp_path, "nh.csv", "Chỉ tiêu,ĐVT,Thực hiện 6 tháng năm 2019,Tăng so với 31/12/2018\n"
                                  "Tổng nguồn vốn,tỷ đồng,\"79.100\",\"6.200\"\n")
    t = load_table(p, period="2019-H1")
    f = next(iter(t))
    assert f.ky_truoc == D(72900 * B) and f.cung_ky is None


def test_a_change_against_last_year_is_still_one(tmp_path):
    p = write(tmp_path, "nh.csv", "Chỉ tiêu,ĐVT,Tháng 7/2019,Tăng so với tháng 7/2018\n"
                                  "Số vụ,vụ,120,20\n")
    t = load_table(p, period="2019-07")
    assert next(iter(t)).cung_ky == D(100)


# 5. A share of a whole (schema.SHARE_OF_WHOLE)
@pytest.mark.parametrize("title", ["Tỷ lệ so với tổng dư nợ (%)", "So với tổng số (%)", "Chiếm trong tổng số (%)",
                                   "Tỷ lệ trên tổng số (%)"])
def test_a_rate_against_a_whole_is_a_share(title):
    assert read_title(title).column is None


@pytest.mark.parametrize("title", ["Tỷ lệ so với cùng kỳ (%)", "Tỷ lệ so với tổng kế hoạch", "So với tổng dự toán năm (%)",
                                   "So với năm trước (%)"])
def test_a_rate_against_a_period_or_a_plan_stays_a_comparison(title):
    assert read_title(title).column == "derived"


def test_the_share_of_bad_debt_is_a_row_of_its_own():
    # c07: «Nợ xấu là gần 1.250 tỷ đồng, chiếm 1,46% tổng dư nợ»
    t = load_table(DATA / "c07-thainguyentv-tctd-2023-08.csv", period="2023-08")
    assert {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"} == {
        "Nợ xấu: tỷ lệ so với tổng dư nợ": D("1.46"),
        # «tăng 2,06% so với thời điểm cuối năm 2022»: the rates since last year's end, rows of their own since
        # figures round 47 (service.figures.yearend)
        "Tổng nguồn vốn huy động: tăng so với 31/12/2022": D("2.06"), "Dư nợ cho vay: tăng so với 31/12/2022": D("3.9")}


# 6. A ditto mark in the unit column (units.is_ditto)
@pytest.mark.parametrize("typed", ['"', "“", "''", "nt", "-nt-", "Như trên"])
def test_a_ditto_mark_is_one(typed):
    assert is_ditto(typed)


@pytest.mark.parametrize("typed", ["-", "x", "Lượt khách", "", None])
def test_a_unit_or_a_none_mark_is_no_ditto(typed):
    assert not is_ditto(typed)


def test_the_ditto_mark_repeats_the_unit_typed_above():
    # c02 (thongkethuathienhue): «1. Tổng lượt khách phục vụ | Lượt khách», «1.1. Lượt khách ngủ qua đêm | "», …,
    # «2. Tổng ngày khách phục vụ | Ngày khách», «- Khách quốc tế | "»
    t = load_table(DATA / "c02-thongkehue-luutru-2015-09.csv", period="2015-09")
    by_value = {f.ky_bao_cao: f.don_vi_tinh for f in t}
    assert by_value[D(109937)] == "Lượt khách" and by_value[D(112955)] == "Ngày khách"
    assert by_value[D(71)] == "Lượt khách" and by_value[D(8151)] == "Ngày khách"
    assert all(f.don_vi_tinh for f in t) and warned(t, "như trên")


def test_a_ditto_mark_with_nothing_above_gives_no_unit(tmp_path):
    p = write(tmp_path, "d.csv", 'Chỉ tiêu,ĐVT,Năm 2015\nSố vụ,"""",12\nSố người,người,3\n')
    t = load_table(p, period="2015")
    units = {f.chi_tieu: f.don_vi_tinh for f in t}
    assert units["Số vụ"] == "" and units["Số người"] == "người"


# 7. A JSON export nesting named groups as objects (read.tree_rows)
def test_a_tree_of_named_groups_loads_every_number_under_its_path():
    # c05 (thactrang): «| Nhà trẻ | 696309 | 445640 | 250669 |» kept as {"Số học sinh, sinh viên": {"Mầm non":
    # {"Nhà trẻ": {"Tổng số": …, "Công lập": …, "Ngoài công lập": …}}}}
    t = load_table(DATA / "c05-thactrang-giaoduc-2024-2025.json", period="2024-2025")
    got = {(f.muc, f.chi_tieu): f.ky_bao_cao for f in t}
    assert got[("Số học sinh, sinh viên: Mầm non", "Nhà trẻ")] == D(696309)
    assert got[("Số học sinh, sinh viên: Phổ thông", "Tiểu học: ngoài công lập")] == D(155094)
    assert got[("Số trường", "Mẫu giáo: ngoài công lập")] == D(133)
    assert got[("Tổng hợp", "Số cơ sở giáo dục")] == D(53979)
    assert len(t.figures) == 28   # every number of the export, none twice


def test_an_object_of_words_only_is_still_refused_saying_what_is_expected(tmp_path):
    p = write(tmp_path, "x.json", '{"Báo cáo": "Giáo dục", "Ghi chú": {"a": "b"}}')
    with pytest.raises(InputError, match="cần một danh sách JSON các hàng"):
        load_table(p, period="2024")


# 8. A yearbook's years under «Năm», titled by their span (read.names_the_periods, load.years_of_the_span)
def test_the_years_under_nam_titled_by_their_span_load_by_year():
    # c10 (vietnamtourism): «Năm | 2008 | … | 2012 / Số lượng cơ sở | 10.406 … 15.381 / Tăng trưởng (%) | … 11,8»
    # under «CƠ SỞ LƯU TRÚ DU LỊCH GIAI ĐOẠN 2008 - 2012»: had been refused («không tìm thấy hàng tiêu đề cột»)
    t = load_table(DATA / "c10-vietnamtourism-cosoluutru-2012.csv", period="2012")
    got = {(f.chi_tieu, f.don_vi_tinh): (f.ky_bao_cao, f.cung_ky) for f in t}
    assert got[("Số lượng cơ sở", "")] == (D(15381), D(13756))
    assert got[("Công suất buồng bình quân", "%")] == (D("58.8"), D("59.7"))
    assert sorted(f.ky_bao_cao for f in t if f.chi_tieu == "Tăng trưởng") == [D("8.1"), D("11.8")]


@pytest.mark.parametrize("word", ["Năm", "Năm học", "Thời gian", "Kỳ"])
def test_a_word_naming_the_periods_is_one(word):
    from service.figures.read import names_the_periods
    assert names_the_periods(word)


@pytest.mark.parametrize("word", ["Chỉ tiêu", "Địa phương", "Năm 2012", "Tỉnh, thành phố"])
def test_a_rows_title_is_no_word_of_periods(word):
    from service.figures.read import names_the_periods
    assert not names_the_periods(word)


def test_a_span_that_is_not_the_header_years_still_disagrees(tmp_path):
    # the title's span is the range of the columns only when the chosen year is one of them
    p = write(tmp_path, "y.csv", "TỔNG KẾT GIAI ĐOẠN 2016 - 2020\nChỉ tiêu,ĐVT,Cả giai đoạn\nSố vụ,vụ,120\n")
    with pytest.raises(InputError, match="nhưng kỳ được chọn là 2020"):
        load_table(p, period="2020")


# 9. An average's or a rate's parts lie on both sides of it (sums.bounds_its_parts)
def test_an_averages_parts_are_not_bounded_by_it():
    # c04: «Tuổi thọ trung bình … là 73,6 tuổi, trong đó nam là 71,1 tuổi và nữ là 76,4 tuổi»
    t = load_table(DATA / "c04-dantri-danso-laodong-2022.csv", period="2022")
    assert not warned(t, "mà nó là một phần")


def test_a_rates_parts_are_not_bounded_by_it(tmp_path):
    p = write(tmp_path, "r.csv", 'Mã,Chỉ tiêu,ĐVT,Năm 2019\n1,Tỷ lệ đỗ tốt nghiệp chung,%,"90,34"\n'
                                 '1.1,Tỷ lệ đỗ tốt nghiệp hệ THPT,%,"92,49"\n')
    assert not warned(load_table(p, period="2019"), "mà nó là một phần")


def test_a_counts_part_above_it_is_still_said(tmp_path):
    p = write(tmp_path, "c.csv", "Mã,Chỉ tiêu,ĐVT,Năm 2019\n1,Số hộ,hộ,120\n1.1,Trong đó: hộ nghèo,hộ,130\n")
    assert warned(load_table(p, period="2019"), "mà nó là một phần")
