"""Figures loader round 16: a part column in a matrix of communes and a total under an empty row, shares kept only in
a rate column, a signed change under a plan ratio's title, a table of rates only, then agencies' own sheets built by
hand from public pages, expected rows written before the loader was run."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.figures.load import load_table
from tests.figures_sheets import by_label as _by_label, expected as _e, find as _find, warned as _warned, \
    write as _write

ROOT = Path(__file__).parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
DATA = ROOT / "evaluations" / "data" / "figures-round16"


# --- 1. a `Trong đó:` column in a matrix of communes; a total of the whole under an empty row -------------------------

def test_a_part_column_in_a_matrix_of_communes_is_a_part_of_the_column_left_of_it():
    # zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10: «Ở xã Bình Sa, 8 ngôi nhà tốc mái, trong đó 3 nhà bị tốc mái
    # hoàn toàn»; the column 'Trong đó: tốc mái, hư hại hoàn toàn (nhà)' was set aside «cột không thuộc bảng số liệu»
    t = load_table(HELDOUT / "zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10" / "figures.csv", period="2020-10")
    rows = _by_label(t)
    assert (rows["Bình Sa: nhà bị tốc mái"].ky_bao_cao, rows["Bình Sa: nhà bị tốc mái"].don_vi_tinh) == (D(8), "nhà")
    part = rows["Bình Sa: nhà bị tốc mái: tốc mái, hư hại hoàn toàn"]
    assert (part.ky_bao_cao, part.don_vi_tinh) == (D(3), "nhà")
    assert rows["Bình Trung: nhà bị tốc mái: tốc mái, hư hại hoàn toàn"].ky_bao_cao == D(3)
    assert rows["Bình Sa: nhà bị ngập"].ky_bao_cao == D(112)
    assert _warned(t, "Trong đó: tốc mái, hư hại hoàn toàn (nhà)", "cột một phần của cột 'Nhà bị tốc mái (nhà)'")


def test_the_total_of_the_whole_under_an_empty_row_is_in_no_group():
    # «Các xã khác» (the article cut: no numbers) right above «Tổng cộng toàn huyện | 28 | | 2.128»: no group title
    # (a group with no rows but its total), a row left blank; the total of the district is in no group
    t = load_table(HELDOUT / "zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10" / "figures.csv", period="2020-10")
    rows = _by_label(t)
    total = rows["Tổng cộng toàn huyện: nhà bị tốc mái"]
    assert (total.ky_bao_cao, total.muc) == (D(28), "")
    assert (rows["Tổng cộng toàn huyện: nhà bị ngập"].ky_bao_cao, rows["Tổng cộng toàn huyện: nhà bị ngập"].muc) \
        == (D(2128), "")
    assert not any("Các xã khác" in f.chi_tieu or f.muc == "Các xã khác" for f in t)
    assert _warned(t, "1 hàng để trống ô kỳ báo cáo (hàng 13)")


def test_a_unit_alone_in_the_note_is_the_rows_own_unit():
    # «2 trụ điện trung thế ngã đổ …, 1 chiếc ô tô bị hư hỏng nặng»: put in the column of roofs, the unit in the note
    t = load_table(HELDOUT / "zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10" / "figures.csv", period="2020-10")
    rows = _by_label(t)
    pole, car = rows["Trụ điện trung thế ngã đổ (xã Bình Hải)"], rows["Ô tô hư hỏng nặng (xã Bình Hải)"]
    assert (pole.ky_bao_cao, pole.don_vi_tinh, pole.muc) == (D(2), "trụ", "Thiệt hại khác")
    assert (car.ky_bao_cao, car.don_vi_tinh) == (D(1), "chiếc")
    assert not any("nhà bị tốc mái" in k for k in rows if k.startswith(("Trụ điện", "Ô tô")))


def test_a_total_of_the_whole_closes_a_group_that_has_rows(tmp_path):
    # a group with rows of its own keeps them; the total of the province after it is in no group
    path = _write(tmp_path, "a.csv", "STT,Đơn vị,Số vụ (vụ),Trong đó: nghiêm trọng (vụ),Người chết (người)\nI,Khu vực "
                                     "miền núi,,,\n1,Huyện A,5,2,1\n2,Huyện B,4,1,\n,Toàn tỉnh,9,3,1\n")
    t = load_table(path, period="2024")
    rows = _by_label(t)
    assert rows["Huyện A: số vụ"].muc == "I. Khu vực miền núi"
    assert (rows["Huyện A: số vụ: nghiêm trọng"].ky_bao_cao, rows["Huyện A: số vụ: nghiêm trọng"].don_vi_tinh) \
        == (D(2), "vụ")
    assert (rows["Toàn tỉnh: số vụ"].ky_bao_cao, rows["Toàn tỉnh: số vụ"].muc) == (D(9), "")


# --- 2. shares kept only in a `Tỷ lệ (%)` column beside empty value cells ---------------------------------------------

def test_a_share_stated_alone_is_the_rows_value_in_percent():
    # zp-lam-dong-cong-ty-lam-nghiep-khai-thac-go-rung-trong-2017-2020: «chiếm tỷ lệ 8% … 44% … 48%» of 92.700 m3,
    # the m3 of each part not stated: the rows were left out «để trống ô kỳ báo cáo»
    t = load_table(HELDOUT / "zp-lam-dong-cong-ty-lam-nghiep-khai-thac-go-rung-trong-2017-2020" / "figures.csv",
                   period="2017-2020")
    rows = _by_label(t)
    assert (rows["Sản lượng gỗ khai thác trắng rừng trồng"].ky_bao_cao,
            rows["Sản lượng gỗ khai thác trắng rừng trồng"].don_vi_tinh) == (D(92700), "m3")
    shares = {k: (f.ky_bao_cao, f.don_vi_tinh) for k, f in rows.items() if f.don_vi_tinh == "%"}
    assert sorted(shares.values()) == [(D(8), "%"), (D(44), "%"), (D(48), "%")]
    assert rows["Cung cấp cho đơn vị, hộ gia đình, cá nhân sơ chế gỗ xẻ"].ky_bao_cao == D(44)
    assert _warned(t, "3 hàng để trống ô kỳ báo cáo, chỉ ghi tỷ lệ", "'Tỷ lệ (%)'")


def test_a_share_beside_a_stated_value_stays_aside(tmp_path):
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tỷ lệ (%)\n1,Tổng số hộ,hộ,200,100\n,Hộ nghèo,hộ,10,5\n"
                                     ",Hộ cận nghèo,hộ,,7\n")
    t = load_table(path)
    rows = _by_label(t)
    assert (rows["Hộ nghèo"].ky_bao_cao, rows["Hộ nghèo"].don_vi_tinh) == (D(10), "hộ")
    assert (rows["Hộ cận nghèo"].ky_bao_cao, rows["Hộ cận nghèo"].don_vi_tinh) == (D(7), "%")
    assert len(t.figures) == 3


# --- 3. a signed change under a plan ratio's title; a table of rates only ---------------------------------------------

def test_a_signed_change_under_a_plan_ratios_title_is_no_rate(tmp_path):
    # zo-quang-nam-que-son-xa-que-an-dang-bo-2015-2020, as first built: «So với nghị quyết / đầu nhiệm kỳ» holding
    # «+8,5» (triệu đồng over the resolution's target) and «-12,8»: refused ««+8,5» không phải là số»; a rate of a plan
    # is never signed: a change against a base the table does not hold, set aside as the renamed column is
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,Đơn vị tính,Kết quả nhiệm kỳ 2015 - 2020,So với nghị quyết / đầu nhiệm "
                                     "kỳ,Ghi chú\n1,Thu nhập bình quân đầu người,triệu đồng,\"33,5\",\"+8,5\",\n2,Tỷ lệ "
                                     "hộ nghèo,%,\"8,07\",\"-12,8\",\n3,Vốn huy động,tỷ đồng,37,,\n")
    t = load_table(path, period="2015-2020")
    rows = _by_label(t)
    assert (rows["Thu nhập bình quân đầu người"].ky_bao_cao, rows["Tỷ lệ hộ nghèo"].ky_bao_cao) == (D(33500000),
                                                                                                 D("8.07"))
    assert len(t.figures) == 3 and all(f.ke_hoach is None for f in t)
    assert _warned(t, "mức tăng (+)/giảm (-)", "So với nghị quyết / đầu nhiệm kỳ")


def test_an_unsigned_rate_of_the_plan_is_still_a_row_of_its_own(tmp_path):
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tỷ lệ % so KH\n1,Thu ngân sách,tỷ đồng,120,\"104,3\"\n")
    t = load_table(path)
    assert any(f.don_vi_tinh == "%" and f.ky_bao_cao == D("104.3") for f in t)


def test_a_table_of_rates_only_loads_each_rate_as_a_row_in_percent(tmp_path):
    # round 12's t01 (CPI 6/2024), refused rounds 12-15; a fall is signed and kept
    t = load_table(ROOT / "evaluations" / "data" / "figures-round12" / "t01-doanhnghiepkinhtexanh-cpi-2024-06.csv")
    rows = _by_label(t)
    assert t.period == "2024-06"
    assert (rows["Chỉ số giá tiêu dùng (CPI): tháng 6/2024 so với tháng trước"].ky_bao_cao,
            rows["Chỉ số giá tiêu dùng (CPI): tháng 6/2024 so với tháng trước"].don_vi_tinh) == (D("0.17"), "%")
    assert rows["Lạm phát cơ bản: bình quân 6 tháng năm 2024 so với cùng kỳ"].ky_bao_cao == D("2.75")
    assert len(t.figures) == 7
    path = _write(tmp_path, "a.csv", "CHỈ SỐ GIÁ THÁNG 3 NĂM 2024\nChỉ tiêu,Tháng 3/2024 so với tháng trước (%),Tháng "
                                     "3/2024 so với cùng kỳ (%)\nLương thực,\"-0,05\",\"103,2\"\nThực phẩm,\"0,4\",\"101,1\"\n")
    t = load_table(path)
    rows = _by_label(t)
    assert rows["Lương thực: tháng 3/2024 so với tháng trước"].ky_bao_cao == D("-0.05")
    assert rows["Thực phẩm: tháng 3/2024 so với cùng kỳ"].ky_bao_cao == D("101.1")


def test_a_comparison_beside_a_value_column_is_no_table_of_rates(tmp_path):
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Tháng 3/2024,So với tháng trước (%)\n1,Doanh thu,tỷ đồng,12,"
                                     "\"104,1\"\n")
    t = load_table(path)
    # figures round 48's policy (Sở GTVT Hậu Giang's «Tháng 2 so với tháng trước (%)»): the month-before index, which
    # no value of the month before gives back, is the row's own row «<chỉ tiêu>: so với tháng trước» (%, «<mã>-KT»)
    # beside the row's value — still no table of rates: Doanh thu keeps its 12 tỷ đồng as this month's value
    assert [(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in t] == [
        ("1", "Doanh thu", "đồng", D(12 * 10**9)), ("1-KT", "Doanh thu: so với tháng trước", "%", D("104.1"))]


# --- 4. round 15's open layouts ----------------------------------------------------------------------------------------

def test_a_weeks_title_dated_inside_the_chosen_month_is_no_conflict():
    # round 15's w06 (pcttbinhdinh): «… TUẦN 24 NĂM 2020 (07h00 NGÀY 11/6/2020)» was read as the year 2020 and
    # refused for 2020-06; the week lies in June
    t = load_table(ROOT / "evaluations" / "data" / "figures-round15" / "w06-binhdinh-hochua-2020-06.csv", period="2020-06")
    rows = _by_label(t)
    assert t.period == "2020-06"
    assert (rows["Toàn tỉnh"].ky_bao_cao, rows["Toàn tỉnh"].ke_hoach) == (D(212770000), D(589900000))


def test_a_weeks_title_dated_in_another_month_is_still_a_conflict(tmp_path):
    path = _write(tmp_path, "a.csv", "BÁO CÁO TUẦN 24 NĂM 2020 (NGÀY 11/6/2020)\nSTT,Chỉ tiêu,ĐVT,Thực hiện\n1,Số hồ,"
                                     "hồ,12\n")
    from service.errors import InputError
    with pytest.raises(InputError):
        load_table(path, period="2020-07")
    assert load_table(path, period="2020-06").figures[0].ky_bao_cao == D(12)


def test_a_pair_in_every_cell_is_the_value_then_its_plan(tmp_path):
    # round 15's w01 (baohatinh, hồ chứa 14/2/2023): «Mực nước hiện tại/thiết kế (m) | Dung tích hiện tại/thiết kế
    # (triệu m3)» over «31,24/32,5 | 306,9/345»: refused «thiếu cột 'Kỳ báo cáo'»
    t = load_table(ROOT / "evaluations" / "data" / "figures-round15" / "w01-baohatinh-hochua-2023-02.csv",
                   period="2023-02")
    rows = _by_label(t)
    level, stock = rows["Hồ Kẻ Gỗ: mực nước"], rows["Hồ Kẻ Gỗ: dung tích"]
    assert (level.ky_bao_cao, level.ke_hoach, level.don_vi_tinh) == (D("31.24"), D("32.5"), "m")
    assert (stock.ky_bao_cao, stock.ke_hoach, stock.don_vi_tinh) == (D(306900000), D(345000000), "m3")
    assert _warned(t, "cặp số «hiện tại/thiết kế»", "Mực nước hiện tại/thiết kế (m)")
    # a fraction in a column not titled as a pair is no pair (a share of a whole stays as the house reads it)
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024\n1,Xã đạt chuẩn,xã,\"12/15\"\n")
    assert load_table(path).figures[0].ky_bao_cao == D(12)


# --- 6. round 16: agencies' sheets built by hand from public pages (evaluations/data/figures-round16/build.py) ---------
# Expected rows written before the loader was run on the sheets (as the agency means them); label fragments are matched
# in the row's Mục and label, case and marks folded.

B = 10**9
#: name → (period given, expected rows)
SHEETS16: dict[str, tuple] = {
    # a change and its rate typed in one cell beside a matrix of counts: last year's = value − change
    "x01-cand-tngt-2019-9t.csv": ("2019-9T", [
        _e("Đường bộ|số vụ", "vụ", 12501, cung_ky=13055), _e("Đường bộ|người chết", "người", 5526, cung_ky=5882),
        _e("Đường bộ|bị thương", "người", 9571), _e("Đường sắt|số vụ", "vụ", 121, cung_ky=114),
        _e("Đường sắt|người chết", "người", 101, cung_ky=94)]),
    # the month and the months to date as two blocks of rows under group rows naming them
    "x02-lsvn-tngt-2022-08.csv": ("2022-08", [
        _e("Đường bộ|số vụ", "vụ", 941), _e("Đường bộ|số vụ", "vụ", 7390),
        _e("Đường sắt|người chết", "người", 8), _e("Đường sắt|người chết", "người", 52),
        _e("Đường thủy|bị thương", "người", 0), _e("Đường thủy|bị thương", "người", 3)]),
    # a count and its share typed in one cell
    "x03-infographics-vaccine-2022-08.csv": ("2022-08", [
        _e("Tổng số liều", "liều", 12491178), _e("mũi 1", "trẻ", 8071113), _e("mũi 2", "trẻ", 4420065),
        _e("mũi 1", "%", "70.7"), _e("mũi 2", "%", "38.7")]),
    # a foreign currency at two scales, changes in words
    "x04-baoquangngai-xuatkhau-2022-8t.csv": ("2022-8T", [
        _e("Tổng kim ngạch xuất khẩu", "USD", 1533000000), _e("Thủy sản chế biến", "USD", 19700000),
        _e("Thép", "USD", 560000000), _e("Giày, da", "USD", 139000000)]),
    # signed rates of change; a total said as «trên»
    "x05-nhandan-khachquocte-2016-5t.csv": ("2016-5T", [
        _e("Tổng số khách quốc tế", "lượt", 4000000), _e("hàng không", "lượt", 3291938),
        _e("Đường biển", "lượt", 66011), _e("Đường bộ", "lượt", 647929)]),
    # indexes of the plan and of last year titled «Bằng % …», values said as «trên»
    "x06-baogialai-dulich-2020-9t.csv": ("2020-9T", [
        _e("Lượng khách tham quan", "lượt", 436500), _e("khách nội địa", "lượt", 433420),
        _e("Khách quốc tế", "lượt", 3000), _e("Tổng thu du lịch", "đồng", 245 * B)]),
    # a total with last year's counts as a matrix, localities stating only a rate
    "x07-sggp-sotxuathuyet-2025-7t.csv": ("2025-7T", [
        _e("Cả nước|số ca mắc", "ca", 32189, cung_ky=36276), _e("Cả nước|tử vong", "ca", 5, cung_ky=6),
        _e("Tây Ninh", "%", "274.3"), _e("Đồng Nai", "%", "191.7"), _e("Hồ Chí Minh", "%", "151.4")]),
    # a month and the months to date in «nghìn tỷ đồng» (in the value columns' titles), signed rates
    "x08-vneconomy-banle-2018-08.csv": ("2018-08", [
        _e("Tổng mức bán lẻ", "đồng", 370000 * B), _e("Tổng mức bán lẻ", "đồng", 2860000 * B),
        _e("doanh thu bán lẻ hàng hóa", "đồng", 277200 * B), _e("lưu trú, ăn uống", "đồng", 45100 * B)]),
}

# Still wrong at the end of round 16 (evaluations/figures-round16.md): strict, so each flips when fixed.
OPEN16: dict[str, str] = {}   # x07 loads since round 17 (tests/test_figures_round17.py)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN16[n]))
                                  if n in OPEN16 else n for n in sorted(SHEETS16)])
def test_the_round16_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows = SHEETS16[name]
    t = load_table(DATA / name, period=period)
    used: set = set()
    missing = [e for e in rows if _find(t, e, used) is None]
    assert not missing, (missing, [(f.muc, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach) for f in t])



# --- the fixes of round 16's first look, each a rule on the words of the pages ------------------------------------------

def test_a_count_with_its_share_in_brackets_in_one_cell(tmp_path):
    # x03 (infographics.vn): «tiêm mũi 1 là 8.071.113 trẻ (70,7%)», refused ««8.071.113 (70,7%)» không phải là số»
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kết quả\n1,Tiêm mũi 1,trẻ,\"8.071.113 (70,7%)\"\n2,Tiêm mũi 2,trẻ,"
                                     "\"4.420.065\"\n")
    rows = _by_label(load_table(path, period="2022-08"))
    assert (rows["Tiêm mũi 1"].ky_bao_cao, rows["Tiêm mũi 1"].don_vi_tinh) == (D(8071113), "trẻ")
    assert (rows["Tiêm mũi 1: tỷ lệ"].ky_bao_cao, rows["Tiêm mũi 1: tỷ lệ"].don_vi_tinh) == (D("70.7"), "%")
    assert "Tiêm mũi 2: tỷ lệ" not in rows


def test_a_column_titled_as_last_year_holding_changes_in_words_is_a_comparison(tmp_path):
    # x04 (baoquangngai): «So cùng kỳ» over «tăng gần 28%», «tăng 25,9%»: refused «không phải là số» as last year's
    path = _write(tmp_path, "a.csv", "TT,Mặt hàng,ĐVT,Ước thực hiện 8 tháng năm 2022,So cùng kỳ\n1,Thủy sản,triệu USD,"
                                     "\"19,7\",\"tăng 25,9%\"\n2,Thép,triệu USD,560,\"tăng gần 28%\"\n")
    t = load_table(path, period="2022-8T")
    rows = _by_label(t)
    assert (rows["Thép"].ky_bao_cao, rows["Thép"].don_vi_tinh) == (D(560000000), "USD")
    assert all(f.cung_ky is None for f in t)
    # a 'Cùng kỳ' column of numbers stays last year's
    path = _write(tmp_path, "b.csv", "TT,Mặt hàng,ĐVT,8 tháng năm 2022,Cùng kỳ\n1,Thép,tấn,560,500\n")
    assert load_table(path, period="2022-8T").figures[0].cung_ky == D(500)


def test_a_title_from_the_years_start_to_a_day_is_the_months_to_date(tmp_path):
    # x07 (sggp): «TỪ ĐẦU NĂM 2025 ĐẾN NGÀY 15/7/2025» was read as the year 2025 and refused for 2025-7T
    path = _write(tmp_path, "a.csv", "TÌNH HÌNH TỪ ĐẦU NĂM 2025 ĐẾN NGÀY 15/7/2025\nChỉ tiêu,ĐVT,Thực hiện\nSố ca mắc,ca,"
                                     "\"32.189\"\n")
    assert load_table(path, period="2025-7T").figures[0].ky_bao_cao == D(32189)
    from service.errors import InputError
    with pytest.raises(InputError):
        load_table(path, period="2025-6T")


# --- 5. a second table on one sheet --------------------------------------------------------------------------------------

def test_a_second_biểu_under_a_blank_row_is_read_by_its_own_header(tmp_path):
    # round 14's v03 (strict xfail there until now): «STT | Vốn ủy thác, cho vay | Dư nợ (tỷ đồng) | Số hộ vay (hộ)»
    # under the first biểu and a blank row was read as the first's data («'Số hộ vay (hộ)' không phải là số»)
    t = load_table(ROOT / "evaluations" / "data" / "figures-round14" / "v03-tuyenquang-nahang-hnd-2022.xlsx",
                   period="2022")
    rows = _by_label(t)
    assert (rows["Số hội viên"].ky_bao_cao, rows["Số hội viên"].ma) == (D(7286), "1")
    bank = rows["Ngân hàng Chính sách xã hội huyện"]
    assert (bank.ky_bao_cao, bank.don_vi_tinh, bank.ma) == (D(73 * 10**9), "đồng", "B2.1")
    assert rows["Ngân hàng Chính sách xã hội huyện: số hộ vay"].ky_bao_cao == D(1300)
    assert _warned(t, "bảng thứ hai trên cùng trang")
    # a blank row followed by more rows of the same table is no second biểu
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2022\n1,Số hội viên,người,12\n,,,\n2,Số chi hội,chi hội,3\n")
    assert [f.ma for f in load_table(path)] == ["1", "2"]


def test_a_change_with_its_rate_in_brackets_gives_its_matrix_cell_last_years_value(tmp_path):
    # x01 (cand.com.vn): «Số vụ so cùng kỳ | Người chết so cùng kỳ» over «-554 (-4,2%) | -356 (-6%)» beside «Số vụ (vụ) |
    # Số người chết (người)» was set aside «so sánh với một kỳ không có trong bảng»
    path = _write(tmp_path, "a.csv", "TT,Loại hình,Số vụ (vụ),Số người chết (người),Số vụ so cùng kỳ,Người chết so cùng "
                                     "kỳ\n1,Đường bộ,\"12.501\",\"5.526\",\"-554 (-4,2%)\",\"-356 (-6%)\"\n2,Đường sắt,121,"
                                     "101,\"+7 (6,1%)\",\"+7 (7,4%)\"\n")
    rows = _by_label(load_table(path, period="2019-9T"))
    assert (rows["Đường bộ: số vụ"].ky_bao_cao, rows["Đường bộ: số vụ"].cung_ky) == (D(12501), D(13055))
    assert rows["Đường sắt: số người chết"].cung_ky == D(94)


def test_words_merged_down_in_an_xlsx_are_filled_down_and_qualify_the_label(tmp_path):
    # round 15's w03 (nongnhan): «HỒ TIÊU» merged down over its regions' prices was read on its top row only
    # («hàng có số liệu nhưng không có tên chỉ tiêu»)
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["BẢNG GIÁ NGÀY 21/10/2020"], ["MẶT HÀNG", "KHU VỰC", "GIÁ (Đồng/Kg)", "GHI CHÚ"],
              ["HỒ TIÊU", "Gia Lai", "49.500"], [None, "Đắk Lăk", "50.500"], ["CÀ PHÊ", "Di Linh", "31.300"],
              [None, "Bảo Lộc", "31.400"]):
        ws.append(r)
    ws.merge_cells("A3:A4")
    ws.merge_cells("A5:A6")
    wb.save(tmp_path / "a.xlsx")
    rows = _by_label(load_table(tmp_path / "a.xlsx", period="2020-10"))
    assert rows["HỒ TIÊU - Đắk Lăk"].ky_bao_cao == D(50500)
    assert rows["CÀ PHÊ - Bảo Lộc"].ky_bao_cao == D(31400)
