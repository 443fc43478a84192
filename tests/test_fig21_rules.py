"""Figures loader round 21's rules, each from a sheet of the first look (evaluations/data/figures-round21/README.md)
or the held-out Đồng Nai THADS table stop 37 found refused; quoted from the pages."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table
from tests.figures_sheets import by_label as _by_label, warned as _warned, write as _write

ROOT = Path(__file__).parent.parent
DATA = ROOT / "evaluations" / "data" / "figures-round21"
DONG_NAI = ROOT / "evaluations" / "cases" / "heldout" / "yb-dong-nai-cuc-thads-cao-diem-viec-tien-2020-7t" / "figures.csv"


# --- a matrix of names × measures with no 'Chỉ tiêu' column: its header -------------------------------------------

def test_a_matrix_of_provinces_by_measures_is_read_by_its_header():
    # b08 (infina: «Thành phố Hồ Chí Minh … tổng thu đạt 326.193 tỷ đồng … đạt 69,4% so với dự toán»): the header
    # «Địa phương | Tổng thu NSNN (tỷ đồng) | So với dự toán (%) | So với cùng kỳ (%)» had been refused («không tìm thấy
    # hàng tiêu đề cột»)
    t = load_table(DATA / "b08-infina-thungansach-top10-2023-9t.csv", period="2023-9T")
    rows = _by_label(t)
    assert rows["TP. Hồ Chí Minh"].ky_bao_cao == D(326193) * 10**9
    assert rows["TP. Hồ Chí Minh: so với dự toán"].ky_bao_cao == D("69.4")
    assert rows["Bình Dương"].ky_bao_cao == D(50000) * 10**9 and _warned(t, "«~50.000»")
    assert _warned(t, "làm hàng tiêu đề")


def test_a_matrix_with_the_unit_in_the_title_row_gives_each_measure_its_row():
    # b09 (baohatinh: «Hải Phòng … 45.010,45 tỷ đồng …, trong đó: thu nội địa ước đạt 15.916,82 tỷ đồng …; thu cân
    # đối từ hoạt động xuất nhập khẩu đạt 28.099,96 tỷ đồng»), «(Đơn vị: tỷ đồng)» in the title only
    t = load_table(DATA / "b09-baohatinh-thungansach-2021-h1.csv", period="2021-H1")
    rows = _by_label(t)
    assert rows["Hải Phòng: thu nội địa"].ky_bao_cao == D("15916820000000")
    assert rows["Hải Phòng: thu từ hoạt động xuất nhập khẩu"].don_vi_tinh == "đồng"
    assert rows["Hà Nội: tổng thu NSNN"].ky_bao_cao == D(124854) * 10**9


@pytest.mark.parametrize("header, first_cells", [
    # prose above numbers, no title a table's own nor a unit in brackets: still no header
    ("Tỉnh,Năm nay tăng mạnh,Nhiều nơi giảm\n", ["A", "B"]),
    # names repeated: rows of a group's parts, not a list of names
    ("Địa phương,Số vụ (vụ),Tỷ lệ (%)\n", ["A", "A"]),
])
def test_a_row_that_is_no_matrix_header_is_still_refused(tmp_path, header, first_cells):
    body = "".join(f"{c},12,3\n" for c in first_cells)
    path = _write(tmp_path, "m.csv", "BẢNG\n" + header + body)
    with pytest.raises(InputError, match="không tìm thấy hàng tiêu đề cột"):
        load_table(path, period="2023")


def test_names_by_measures_needs_numbers_under_every_measure():
    from service.figures.read import names_by_measures
    rows = [(1, ["Địa phương", "Tổng thu (tỷ đồng)", "So với dự toán (%)"]),
            (2, ["Hà Nội", "305.300", "86,5"]), (3, ["Hải Phòng", "66.713,1", "57,29"])]
    assert names_by_measures(rows, 0)
    rows[1:] = [(2, ["Hà Nội", "305.300", "tốt"]), (3, ["Hải Phòng", "66.713,1", "khá"])]
    assert not names_by_measures(rows, 0)                  # words under a measure: not a matrix of numbers
    rows[0] = (1, ["Năm 2023", "Tổng thu (tỷ đồng)", "So với dự toán (%)"])
    assert not names_by_measures(rows, 0)                  # a period over the first column: another layout's


# --- the held-out Đồng Nai THADS table (stop 37: refused, «trùng vai trò 'Kỳ báo cáo'») -----------------------------

def test_two_quantities_of_the_period_in_units_of_two_kinds_are_two_measures():
    # «Số việc giải quyết xong (việc) | Số tiền giải quyết xong (tỷ đồng)» (the page: «hơn 7,8 ngàn việc; trên 425 tỷ
    # đồng»): both the period's, neither the other: the second a row of its own
    t = load_table(DONG_NAI, period="2020-7t")
    rows = _by_label(t)
    assert rows["Toàn ngành THADS tỉnh: số tiền giải quyết xong"].ky_bao_cao == D(425) * 10**9
    assert _warned(t, "một đại lượng khác cột", "Số tiền giải quyết xong (tỷ đồng)")
    from service.figures.columns import second_measure
    assert second_measure("Số việc giải quyết xong (việc)", "Số tiền giải quyết xong (tỷ đồng)")
    assert not second_measure("Số vụ (vụ)", "Số vụ khám phá (vụ)")                  # one kind of unit: one role
    assert not second_measure("Số việc (việc)", "Số tiền năm 2019 (tỷ đồng)")         # a period named: its own rule
    assert not second_measure("Số việc", "Số tiền (tỷ đồng)")                        # no unit said: not known


def test_a_scale_word_typed_in_a_cell_scales_the_columns_unit():
    # «7,8 ngàn» under «(việc)»: 7.800 việc (it had been refused: «'ngàn' đếm bằng số nguyên»)
    t = load_table(DONG_NAI, period="2020-7t")
    row = _by_label(t)["Toàn ngành THADS tỉnh"]
    assert (row.ky_bao_cao, row.don_vi_tinh) == (D(7800), "việc")
    from service.figures.load import scale_of_column
    assert scale_of_column("ngàn", "việc") == "ngàn việc"
    assert scale_of_column("triệu", "tỷ đồng") == "triệu"        # money: «triệu» alone is already money
    assert scale_of_column("xã", "việc") == "xã"                  # a unit typed in full is the cell's own
    assert scale_of_column("ngàn", None) == "ngàn"


def test_a_rate_beside_another_rate_is_not_given_back_by_it():
    # «Tỷ lệ về việc (%) | Tỷ lệ về tiền (%)»: 32 over 44 is 72,7, near the 73 beside it by chance; the rates «về
    # việc» (51, 73, 60, 70, 74) had been dropped as recomputed
    t = load_table(DONG_NAI, period="2020-7t")
    rows = _by_label(t)
    assert rows["Toàn ngành THADS tỉnh: tỷ lệ về việc"].ky_bao_cao == D(51)
    assert rows["Chi cục THADS huyện Định Quán: tỷ lệ về việc"].ky_bao_cao == D(74)
    from service.figures.columns import rates_beside
    from service.figures.read import RawTable
    raw = RawTable(source="a.csv", header_row=1, header=["Đơn vị", "Số vụ (vụ)", "Tỷ lệ về việc (%)",
                                                          "Tỷ lệ về tiền (%)"], rows=[])
    assert rates_beside(raw, 2) == frozenset({3})


# --- a line that is only a unit with its scale word: the table's unit ---------------------------------------------

def test_a_scaled_unit_right_under_the_years_is_the_tables_unit_not_a_group():
    # b02 (nghean.gov.vn, «Nghìn người.km - Thous. persons.km / TỔNG SỐ - TOTAL 5.088.449 … 8.017.461»): the unit row
    # had been read as a group (Mục «Nghìn người.km») and the values kept in thousands with no unit
    t = load_table(DATA / "b02-nghean-hanhkhach-luanchuyen-2020.csv", period="2020")
    total = next(f for f in t if f.chi_tieu == "TỔNG SỐ" and not f.muc)
    assert (total.ky_bao_cao, total.cung_ky, total.don_vi_tinh) == (D(8017461000), D(8137241000), "người.km")
    assert not any(f.muc == "Nghìn người.km" for f in t)
    # the index block keeps its own unit from its group's title («Chỉ số phát triển (Năm trước = 100) - %»)
    assert {f.don_vi_tinh for f in t if f.muc.startswith("Chỉ số phát triển")} == {"%"}


def test_a_scaled_unit_above_the_years_is_the_tables_unit():
    # b10 (gso.gov.vn: «Số lượt hành khách vận chuyển bằng đường bộ phân theo địa phương(*) / Triệu lượt người / 2000
    # … 2010 / CẢ NƯỚC 610,3 … 1992,0»): 1.992,0 had been loaded with no unit
    t = load_table(DATA / "b10-gso-hanhkhach-duongbo-tinh-2010.csv", period="2010")
    row = _by_label(t)["CẢ NƯỚC"]
    assert (row.ky_bao_cao, row.cung_ky, row.don_vi_tinh) == (D(1992000000), D(1733800000), "lượt người")
    assert _warned(t, "lấy đơn vị «Triệu lượt người» ghi trên đầu bảng")


@pytest.mark.parametrize("line, unit", [
    ("Triệu lượt người", "Triệu lượt người"), ("Nghìn người.km", "Nghìn người.km"), ("Tỷ đồng", "Tỷ đồng"),
    ("Người", None),                  # a noun alone may name a row or a place
    ("Huyện", None),
    ("Triệu lượt người vận chuyển trong năm qua tăng mạnh", None),   # a sentence, not a unit line
])
def test_a_scaled_unit_alone(line, unit):
    from service.figures.sheet import scaled_unit_alone
    assert scaled_unit_alone(line) == unit


def test_a_row_under_the_header_with_a_scaled_unit_and_numbers_is_a_row(tmp_path):
    # only a row holding the unit alone is the table's unit; one with numbers beside it stays a row of figures
    from service.figures.sheet import lone_unit_row
    assert lone_unit_row(["Nghìn người.km", None, ""]) == "Nghìn người.km"
    assert lone_unit_row(["Nghìn tấn", "12", "13"]) is None
    assert lone_unit_row([None, "Nghìn tấn", None]) is None


# --- a month named in words: in a title in capitals, and in a column title without its year --------------------------

def test_a_month_named_in_words_is_that_month():
    # b03 (tapchitaichinh: «Vận tải hành khách tháng Năm ước tính đạt 382,2 triệu lượt khách … Tính chung 5 tháng đầu
    # năm 2018, vận tải hành khách đạt 1.874,5triệu lượt khách»): refused («tệp là số liệu 5 tháng đầu năm 2018 nhưng
    # kỳ được chọn là 2018-05»): the title «… THÁNG NĂM VÀ 5 THÁNG ĐẦU NĂM 2018» names May too
    t = load_table(DATA / "b03-tapchitaichinh-vantai-2018-05.csv", period="2018-05")
    rows = _by_label(t)
    assert rows["Vận tải hành khách"].ky_bao_cao == D(382200000)                  # «Ước tính tháng Năm»: May's
    assert rows["Vận tải hành khách (từ đầu năm)"].ky_bao_cao == D(1874500000)    # «Tính chung 5 tháng»: so far
    assert t.period == "2018-05"


@pytest.mark.parametrize("part, read", [
    ("VẬN TẢI HÀNH KHÁCH VÀ HÀNG HÓA THÁNG NĂM", "VẬN TẢI HÀNH KHÁCH VÀ HÀNG HÓA THÁNG 5"),
    ("BÁO CÁO THÁNG MƯỜI MỘT", "BÁO CÁO THÁNG 11"),
    ("BÁO CÁO THÁNG GIÊNG", "BÁO CÁO THÁNG 1"),
    ("BÁO CÁO THÁNG NĂM 2018", "BÁO CÁO THÁNG NĂM 2018"),     # inside the part: left as written
    ("Báo cáo tháng năm", "Báo cáo tháng năm"),               # not in capitals: the periods' own reading
])
def test_a_month_in_words_ending_a_title_in_capitals(part, read):
    from service.figures.load import month_in_capitals
    assert month_in_capitals(part) == read


@pytest.mark.parametrize("title, code", [
    ("Ước tính tháng Năm", "2018-05"), ("Tính chung 5 tháng", "2018-5T"), ("Thực hiện tháng 5", "2018-05"),
    ("Ước tính tháng năm", None),       # lower case: «tháng năm» is no month's name
    ("Số vụ", None),
])
def test_a_period_named_without_its_year(title, code):
    from service.figures.columns import yearless_period
    ct = yearless_period(title, 2018)
    assert (ct.period.code if ct else None) == code


# --- columns right of the value that add up to it ---------------------------------------------------------------------

def test_columns_adding_up_to_the_value_are_its_parts():
    # b07 (baolamdong: «đã giải quyết 274 đơn khiếu nại và 105 đơn tố cáo; trong đó có 11 đơn khiếu nại đúng, 10 đơn
    # khiếu nại đúng một phần, 74 đơn được rút … và 179 đơn khiếu nại sai»): «Đúng | Đúng một phần | Rút | Sai» had
    # been dropped («cột không thuộc bảng số liệu»): 8 numbers lost
    t = load_table(DATA / "b07-baolamdong-donthu-2023.json", period="2023")
    rows = _by_label(t)
    assert [rows[f"Khiếu nại: {w}"].ky_bao_cao for w in ("đúng", "đúng một phần", "rút", "sai")] == [11, 10, 74, 179]
    assert rows["Tố cáo: sai"].ky_bao_cao == D(70) and rows["Tố cáo: sai"].don_vi_tinh == "đơn"
    assert not _warned(t, "cột không thuộc bảng số liệu")


def test_columns_that_do_not_add_up_are_no_parts():
    from service.figures.columns import Layout, parts_summing_to_value
    from service.figures.read import RawTable
    raw = RawTable(source="a.csv", header_row=1, header=["Loại", "Đã giải quyết", "Đúng", "Sai"],
                   rows=[(2, ["A", "274", "11", "263"]), (3, ["B", "105", "9", "96"])])
    out = Layout()
    out.cols[1] = "ky_bao_cao"
    assert parts_summing_to_value(raw, out, [2, 3]) == {2, 3}
    raw.rows[1] = (3, ["B", "105", "9", "95"])                 # one row off by one: not parts
    assert parts_summing_to_value(raw, out, [2, 3]) == set()
    raw.rows[:] = [(2, ["A", "274", "11", "263"])]             # one row alone proves nothing
    assert parts_summing_to_value(raw, out, [2, 3]) == set()


# --- an empty row followed by its complement («Nhà nước», «Ngoài Nhà nước») is an item, not a title ----------------

def test_an_empty_row_before_its_complement_is_an_item_not_their_title():
    # b02 (nghean.gov.vn: «Phân theo loại hình kinh tế / Nhà nước / Ngoài Nhà nước 5.088.449 … / Tập thể …»): the
    # empty «Nhà nước» had become the Mục of «Ngoài Nhà nước», «Tập thể», «Tư nhân», «Cá thể»
    t = load_table(DATA / "b02-nghean-hanhkhach-luanchuyen-2020.csv", period="2020")
    outside = next(f for f in t if f.chi_tieu == "Ngoài Nhà nước")
    assert outside.muc == "Phân theo loại hình kinh tế"
    assert not any(f.muc == "Nhà nước" for f in t)
    assert _warned(t, "để trống ô kỳ báo cáo (hàng 6)")        # the empty item said, not dropped silently


@pytest.mark.parametrize("label, title, pair", [
    ("Ngoài Nhà nước", "Nhà nước", True), ("Ngoài công lập", "Công lập", True), ("Ngoài nước", "Trong nước", True),
    ("Ngoài giờ hành chính", "Trong giờ hành chính", True),
    ("Tập thể", "Nhà nước", False),                 # a member under its title
    ("Ngoài ra, hỗ trợ khác", "Hỗ trợ", False),     # «Ngoài ra» opens a remark, no complement
])
def test_a_row_naming_what_is_outside_the_row_above(label, title, pair):
    from service.figures.rows import complement_of
    assert complement_of(label, title) is pair


# --- a comparison naming the period's own year before «so với cùng kỳ năm trước» ------------------------------------

@pytest.mark.parametrize("title, kind", [
    ("Ước tính quý I/2017 Tăng/giảm so với cùng kỳ năm trước (%)", "pct"),   # b04: the quarter merged over its change
    ("Tháng 9/2021 so với cùng kỳ (%)", None),                               # a year after 2016's: not 2017's table
    ("So với năm 2017 (%)", None),                                           # the year after «so với» is the base
    ("Năm 2017 so với năm 2015 (%)", None),                                  # another base named
    ("Tăng/giảm so với cùng kỳ năm 2017", None),                             # the base is 2017: not last year's
])
def test_the_periods_own_year_before_the_comparison_is_no_base(title, kind):
    # b04 (vinanet: «Sản lượng thủy sản nuôi trồng 3 tháng ước đạt 566,8 nghìn tấn, tăng 2,1% so với cùng kỳ năm
    # trước»): the merged header joins «Ước tính quý I/2017» to «Tăng/giảm so với cùng kỳ năm trước (%)»; the year 2017
    # had made it «so sánh với một kỳ không có trong bảng»
    from service.figures.change import change_kind
    assert change_kind(title, 2016, False) == kind


def test_a_months_rate_against_last_year_is_no_other_period():
    # held-out yb-hoa-binh-…-cong-nghiep-thuong-mai-2021-09 («Tháng 9/2021 so với cùng kỳ (%)» in September 2021's
    # table): the rates of rows with no value of their own now load as their rows (-11,68 for the IIP), as any
    # column «so với cùng kỳ» does; it had been set aside as another period's comparison
    t = load_table(ROOT / "evaluations" / "cases" / "heldout" / "yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09"
                   / "figures.csv", period="2021-09")
    rates = {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert rates["Chỉ số sản xuất công nghiệp (IIP) - chung: tốc độ tăng tháng 9/2021 so với cùng kỳ"] == D("-11.68")
    assert not _warned(t, "so sánh với một kỳ không có trong bảng", "Tháng 9/2021 so với cùng kỳ (%)")
