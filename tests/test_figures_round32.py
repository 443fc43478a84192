"""Round 32: the loader on agencies' own sheets as they lay out a biểu — merged two-row headers with «Số lượng | Tỷ lệ
(%)» under one period, one column per quarter with no year under a title's year, years typed as numbers under a
merged «Năm», transposed sheets of one indicator, numbers typed in an English-locale spreadsheet, a signed «+5,8»,
half-counted cases.  Sheets in evaluations/data/figures-round32/ (README.md there: pages and layouts); first look in
tools/first-look.txt (on d63e6c60, before any rule)."""
import time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from service.errors import InputError
from service.figures.headings import part_of_the_title_year, years_under_the_word_year
from service.figures.load import load_table
from service.figures.locales import english_by_both_marks
from service.figures.shares import count_heading, share_heading
from service.figures.transpose import one_indicator_by_years
from service.periods import parse_period
from tests.hostile import xlsx_bomb

DATA = Path(__file__).resolve().parent.parent / "evaluations" / "data" / "figures-round32"


def _load(name: str, period: str):
    return load_table(DATA / name, period=period)


def _by_label(table) -> dict[str, object]:
    return {f.chi_tieu: f for f in table}


def _rate(table, label_start: str):
    """The figure in % whose label starts with ``label_start`` (a rate loaded as a row of its own)."""
    got = [f for f in table if f.chi_tieu.startswith(label_start) and f.don_vi_tinh == "%"]
    assert len(got) == 1, [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in table]
    return got[0]


def _said(table, words: str) -> list[str]:
    return [w.message for w in table.warnings if words in w.message]


# -- sheets (expected: what a person reads on the page) ------------------------------------------------------------

def test_s01_count_and_share_under_one_year():
    t = _load("s01-tgpl-chi-tieu-tgv-so-luong-ty-le-2024.xlsx", "2024")
    v = {f.chi_tieu: f for f in t if f.don_vi_tinh == "người"}
    assert v["Trợ giúp viên pháp lý được giao chỉ tiêu"].ky_bao_cao == Decimal("685")
    assert v["Đạt tốt"].ky_bao_cao == Decimal("529")
    assert _rate(t, "Đạt tốt").ky_bao_cao == Decimal("77.22")
    assert _rate(t, "Trợ giúp viên pháp lý hoàn thành chỉ tiêu").ky_bao_cao == Decimal("99.85")


def test_s02_transposed_sheet_of_one_indicator():
    t = _load("s02-tgpl-binh-quan-chuyen-vi-2024.csv", "2024")
    (f,) = list(t)
    assert f.ky_bao_cao == Decimal("38.4") and f.cung_ky == Decimal("32.4")


def test_s03_signed_rate_in_a_quarters_column():   # round 33: read, on a second source (figures-round33 a05)
    t = _load("s03-hai-duong-grdp-quy-2023-q1.csv", "2023-Q1")
    (f,) = list(t)
    assert f.ky_bao_cao == Decimal("8.35") and f.ky_truoc == Decimal("5.8")


def test_s04_half_counted_cases_stay_refused_naming_file_row_column():
    """Chosen: half-counted cases are refused (one source, the Hà Tĩnh centre; left, see the round file); the error
    names the file, the row, the column, the cell and what is expected."""
    with pytest.raises(Exception) as e:
        _load("s04-ha-tinh-tgpl-nua-vu-viec-2020.csv", "2020")
    msg = str(e.value)
    assert "s04-ha-tinh-tgpl-nua-vu-viec-2020.csv" in msg and "hàng 8" in msg and "cột 'Năm 2020'" in msg
    assert "«209,5»" in msg and "số nguyên" in msg


def test_s05_english_locale_text_numbers_with_plan_and_last_year_rates():
    t = _load("s05-hau-giang-thuc-hien-so-kh-so-ck-locale-en-2017-5t.xlsx", "2017-5T")
    v = _by_label(t)
    assert v["Lượt khám, điều trị ngoại trú"].ky_bao_cao == Decimal("869000")
    assert v["Bệnh nhân điều trị nội trú"].ky_bao_cao == Decimal("44600")
    assert v["Bệnh nhân nội trú tuyến tỉnh chuyển tuyến"].ky_bao_cao == Decimal("414")
    assert _said(t, "kiểu Anh")


def test_s06_units_in_the_labels_under_a_merged_quarter_loads_as_before():
    v = _by_label(_load("s06-chau-duc-don-vi-trong-chi-tieu-2019-q1.xlsx", "2019-Q1"))
    assert v["Thu ngân sách nhà nước trên địa bàn"].ky_bao_cao == Decimal("55000000000")


def test_s07_per_mille_typed_as_percent_o_transposed_loads_as_before():
    v = _by_label(_load("s07-quang-ngai-ty-suat-sinh-phan-nghin-2016.csv", "2016"))
    assert v["Tỷ suất sinh thô"].ky_bao_cao == Decimal("13.93") and v["Tỷ suất sinh thô"].cung_ky == Decimal("13.18")


def test_s08_falls_in_brackets_load_as_before():
    t = _load("s08-gia-dinh-giam-trong-ngoac-2024-q2.csv", "2024-Q2")
    assert _rate(t, "Lợi nhuận gộp về bán hàng và cung cấp dịch vụ:").ky_bao_cao == Decimal("-3.8")
    assert _rate(t, "Chi phí tài chính:").ky_bao_cao == Decimal("-55")


def test_s09_bare_quarters_under_the_title_year():
    t = _load("s09-gso-gdp-quy-i-ii-iii-2020-q3.csv", "2020-Q3")
    f = _by_label(t)["Tốc độ tăng tổng sản phẩm trong nước (GDP)"]
    assert f.ky_bao_cao == Decimal("2.62")


def test_s10_spaces_dashes_and_x_load_as_before():
    v = _by_label(_load("s10-hau-giang-kham-chua-benh-dau-cach-2017-5t.csv", "2017-5T"))
    assert v["Lượt khám, điều trị ngoại trú"].ky_bao_cao == Decimal("869000")
    assert v["Lượt khám, điều trị ngoại trú"].cung_ky is None
    assert v["Bệnh nhân điều trị nội trú"].ky_bao_cao == Decimal("44600")
    assert v["Bệnh nhân nội trú tuyến tỉnh chuyển tuyến"].cung_ky == Decimal("449")


def test_s11_codes_with_dots_letters_and_dashes_load_as_before():
    codes = {f.ma for f in _load("s11-thuy-dien-ma-phan-cap-2020-9t.csv", "2020-9T") if "-TL" not in f.ma}
    assert {"1.1", "1.2", "a)", "-"} <= codes


def test_s12_source_line_footnote_and_signatures_not_loaded():
    t = _load("s12-van-tai-chu-thich-chu-ky-2018-q3.csv", "2018-Q3")
    assert _by_label(t)["Vận chuyển hàng hóa"].ky_bao_cao == Decimal("415000000")
    assert not any("Người lập" in f.chi_tieu or "Nguồn" in f.chi_tieu for f in t)


def test_s13_years_typed_as_numbers_under_a_merged_year_heading():
    t = _load("s13-tgpl-hai-nam-2024.xlsx", "2024")
    (f,) = list(t)
    assert f.ky_bao_cao == Decimal("38.4") and f.cung_ky == Decimal("32.4")


def test_s14_english_locale_csv():
    t = _load("s14-long-dien-locale-en-2020-11t.csv", "2020-11T")
    v = _by_label(t)
    assert v["Tổng doanh thu thương mại, dịch vụ"].ky_bao_cao == Decimal("12200000000000")
    assert v["Tổng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp"].ky_bao_cao == Decimal("2700000000000")
    assert v["Giải quyết việc làm"].ky_bao_cao == Decimal("8193")
    assert _said(t, "kiểu Anh")


def test_s15_quarter_and_months_without_a_year_under_the_title_year():
    t = _load("s15-thuy-dien-quy-khong-nam-2020-9t.csv", "2020-9T")
    assert _by_label(t)["Sản lượng huy động từ thủy điện"].ky_bao_cao == Decimal("48380000000")


def test_s16_count_and_share_under_one_year():
    t = _load("s16-ha-tinh-tgpl-so-luong-ty-le-2020.xlsx", "2020")
    counts = {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "vụ việc"}
    assert counts["Vụ việc đã hoàn thành"] == Decimal("180")
    assert _rate(t, "Vụ việc đã hoàn thành").ky_bao_cao == Decimal("79")
    assert _rate(t, "Do luật sư ký hợp đồng hoàn thành").ky_bao_cao == Decimal("7")


def test_s17_years_typed_as_numbers_under_a_merged_year_heading():
    v = _by_label(_load("s17-quang-ngai-nam-la-so-2016.xlsx", "2016"))
    assert v["Tỷ suất sinh thô"].ky_bao_cao == Decimal("13.93") and v["Tỷ suất sinh thô"].cung_ky == Decimal("13.18")


def test_s18_transposed_sheet_of_one_indicator():
    t = _load("s18-bo-y-te-bac-sy-chuyen-vi-2020.csv", "2020")
    (f,) = list(t)
    assert f.ky_bao_cao == Decimal("9.81") and f.cung_ky == Decimal("9.06")


# -- rule 1: an English-locale sheet read from both its marks ----------------------------------------------------

def test_english_by_both_marks_needs_both_and_no_decimal_comma():
    assert english_by_both_marks(["869,000", "44.35", "414"])              # s05 zf-hau-giang
    assert english_by_both_marks(["12,200", "2,700", "110.3", "8,193"])    # s14 yc-long-dien
    assert not english_by_both_marks(["869,000", "414"])                   # the comma alone: may be Vietnamese
    assert not english_by_both_marks(["44.35", "414"])                     # the dot alone: a machine's, read before
    assert not english_by_both_marks(["12,200", "110.3", "8,35"])          # a decimal comma: Vietnamese
    assert not english_by_both_marks(["1.234,5", "12,200", "0.25"])


def test_vietnamese_sheet_with_a_three_decimal_value_stays_vietnamese(tmp_path):
    f = tmp_path / "vn.csv"
    f.write_text("STT,Chỉ tiêu,Đơn vị tính,Năm 2020\n1,Sản lượng,tấn,\"1,250\"\n2,Năng suất,tạ/ha,\"55,3\"\n",
                 encoding="utf-8")
    v = _by_label(load_table(f, period="2020"))
    assert v["Sản lượng"].ky_bao_cao == Decimal("1.250")


def test_codes_with_dots_do_not_make_a_sheet_english(tmp_path):
    f = tmp_path / "codes.csv"
    f.write_text("Mã,Chỉ tiêu,Đơn vị tính,Năm 2020\n1.1,Diện tích,ha,\"1,250\"\n1.2,Sản lượng,tấn,300\n",
                 encoding="utf-8")
    v = _by_label(load_table(f, period="2020"))
    assert v["Diện tích"].ky_bao_cao == Decimal("1.250")


# -- rule 2: a part of the year without its year, under the title's year --------------------------------------------

def test_part_of_the_title_year_only_for_the_chosen_part():
    y2020 = parse_period("2020")
    assert part_of_the_title_year(["STT", "Chỉ tiêu", "Quý III", "9 tháng"], y2020, "2020-Q3")
    assert part_of_the_title_year(["STT", "Chỉ tiêu", "Quý III", "9 tháng"], y2020, "2020-9T")
    assert not part_of_the_title_year(["STT", "Chỉ tiêu", "Quý III", "9 tháng"], y2020, "2020-Q2")
    assert not part_of_the_title_year(["STT", "Chỉ tiêu", "Quý III/2019"], y2020, "2020-Q3")   # its own year
    assert not part_of_the_title_year(["STT", "Chỉ tiêu", "Kỳ báo cáo"], y2020, "2020-Q3")
    assert not part_of_the_title_year(["Quý III"], parse_period("2020-Q3"), "2020-Q3")          # no year stated


def test_bare_quarter_under_another_years_title_stays_refused():
    with pytest.raises(InputError) as e:
        _load("s09-gso-gdp-quy-i-ii-iii-2020-q3.csv", "2021-Q3")
    assert "tệp là số liệu năm 2020" in str(e.value) and "hàng 1" in str(e.value)


# -- rule 3: a count and its share under one period -------------------------------------------------------------------

def test_count_and_share_headings():
    assert count_heading("Số lượng") and count_heading("Số vụ việc") and count_heading("Tổng số")
    assert not count_heading("Số tiền") and not count_heading("Số còn lại") and not count_heading("Kết quả")
    assert share_heading("Tỷ lệ (%)") and share_heading("Tỷ trọng (%)") and share_heading("Cơ cấu (%)")
    assert not share_heading("Tỷ lệ") and not share_heading("Tăng so với cùng kỳ (%)")


def test_two_counts_under_one_period_stay_a_matrix(tmp_path):
    """«Số vụ | Số đối tượng» under one year: two aspects of the row, each a cell (no share: nothing changes)."""
    wb = Workbook()
    ws = wb.active
    for r in [["STT", "Chỉ tiêu", "ĐVT", "Năm 2020", None], [None, None, None, "Số vụ", "Số đối tượng"],
              [1, "Ma túy", "vụ", 12, 20]]:
        ws.append(r)
    ws.merge_cells("D1:E1")
    f = tmp_path / "m.xlsx"
    wb.save(f)
    t = load_table(f, period="2020")
    assert not [x for x in t if x.don_vi_tinh == "%"]
    assert sorted(x.ky_bao_cao for x in t) == [Decimal("12"), Decimal("20")]


# -- rule 4: years typed as numbers under «Năm» ------------------------------------------------------------------

def test_years_under_the_word_year():
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm", ""]
    assert years_under_the_word_year([None, None, None, Decimal("2024"), Decimal("2023")], header)
    assert years_under_the_word_year([None, None, None, "2024", "2023"], header)
    assert not years_under_the_word_year([None, None, None, Decimal("2024"), Decimal("2024")], header)
    assert not years_under_the_word_year([None, None, None, Decimal("2024"), Decimal("150")], header)
    # a row of figures that happen to look like years under a period's column is no header
    assert not years_under_the_word_year([None, None, None, Decimal("2024"), Decimal("2023")],
                                         ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2020", "Năm 2019"])


# -- rule 5: a transposed sheet of one indicator -----------------------------------------------------------------

def test_one_indicator_by_years_needs_its_unit_and_years_down():
    rows = [(1, ["Năm", "Số bác sỹ trên 10.000 dân (bác sỹ)"]), (2, ["2019", "9,06"]), (3, ["2020", "9,81"])]
    assert one_indicator_by_years(rows, 0)
    assert not one_indicator_by_years([(1, ["Năm", "Ghi chú"]), *rows[1:]], 0)            # no unit: no indicator
    assert not one_indicator_by_years([rows[0], (2, ["Hà Nội", "9,06"]), rows[2]], 0)     # not a period down
    assert not one_indicator_by_years(rows[:2], 0)                                         # one year: too few


# -- hostile input: the guards still hold, in bounded time ----------------------------------------------------------

def test_a_huge_english_locale_sheet_loads_in_bounded_time(tmp_path):
    f = tmp_path / "big.csv"
    lines = ["STT,Chỉ tiêu,Đơn vị tính,Năm 2020,So cùng kỳ (%)"]
    lines += [f'{n},Chỉ tiêu {n},tấn,"{n % 900 + 100},{n % 1000:03d}",{100 + n % 9}.5' for n in range(1, 5001)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.process_time()  # CPU seconds of this process: a bound on the work, not on a loaded machine's clock
    t = load_table(f, period="2020")
    assert time.process_time() - start < 60
    assert _by_label(t)["Chỉ tiêu 1"].ky_bao_cao == Decimal("101001")


def test_a_huge_number_is_refused_naming_row_and_column(tmp_path):
    f = tmp_path / "huge.csv"
    f.write_text("STT,Chỉ tiêu,Đơn vị tính,Năm 2020\n1,Dân số,người," + "9" * 4000 + "\n", encoding="utf-8")
    start = time.process_time()  # CPU seconds of this process: a bound on the work, not on a loaded machine's clock
    with pytest.raises(InputError) as e:
        load_table(f, period="2020")
    assert time.process_time() - start < 10
    assert "hàng 2" in str(e.value) and "Năm 2020" in str(e.value)


def test_a_zip_bomb_xlsx_is_refused_before_any_rule(tmp_path):
    f = xlsx_bomb(tmp_path / "bomb.xlsx", 2 * 1024 ** 3)
    start = time.process_time()  # CPU seconds of this process: a bound on the work, not on a loaded machine's clock
    with pytest.raises(InputError) as e:
        load_table(f, period="2024")
    assert time.process_time() - start < 10
    assert "bomb.xlsx" in str(e.value)


def test_an_xlsx_number_of_1e300_is_refused(tmp_path):
    wb = Workbook()
    ws = wb.active
    for r in [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2020"], [1, "Thu ngân sách", "tỷ đồng", 1e300]]:
        ws.append(r)
    f = tmp_path / "e300.xlsx"
    wb.save(f)
    with pytest.raises(InputError) as e:
        load_table(f, period="2020")
    assert "quá lớn" in str(e.value) and "hàng 2" in str(e.value)


def test_the_largest_real_figures_stay_below_the_bound(tmp_path):
    f = tmp_path / "gdp.csv"
    f.write_text("STT,Chỉ tiêu,Đơn vị tính,Năm 2024\n1,Tổng sản phẩm trong nước (GDP),tỷ đồng,11.511.900\n"
                 "2,Dân số trung bình,người,101.300.000\n", encoding="utf-8")
    v = _by_label(load_table(f, period="2024"))
    assert v["Tổng sản phẩm trong nước (GDP)"].ky_bao_cao == Decimal("11511900000000000")
