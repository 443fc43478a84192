"""Figures loader round 23's rules, each on the sheets' own text (evaluations/data/figures-round23/) and on a second
layout, with what each must leave alone."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from service.figures.load import check_table, load_table
from service.figures.read import read_raw
from tests.figures_sheets import by_label, warned, write

DATA = Path(__file__).parent.parent / "evaluations" / "data" / "figures-round23"


# 1. A plan of a span of years is not the plan of a period inside it (columns.span_plan)

def test_a_two_year_plan_beside_seven_months_is_no_plan_of_them():
    # d10: «Kế hoạch giai đoạn 2024-2025» 98.210 ha beside «Thực hiện đến hết tháng 7/2024» 9.931 ha (20% of 2024's)
    t = load_table(DATA / "d10-baomoi-trongrung-2024-7t.csv", period="2024-7T")
    rows = by_label(t)
    assert rows["Diện tích rừng trồng tập trung"].ke_hoach is None
    assert rows["Diện tích rừng trồng tập trung: so với kế hoạch năm 2024"].ky_bao_cao == D(20)
    assert warned(t, "kế hoạch của cả giai đoạn 2024-2025")


def test_a_five_year_plan_beside_a_year_is_no_plan_of_the_year(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch 2021-2025,Thực hiện năm 2023\n"
                                    "1,Trồng rừng tập trung,ha,\"12.000\",\"2.650\"\n2,Xã đạt chuẩn nông thôn mới,xã,40,9\n")
    t = load_table(path, period="2023")
    assert all(f.ke_hoach is None for f in t) and len(t.figures) == 2


def test_the_years_plan_and_a_terms_plan_beside_its_term_stay_plans(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện 7 tháng năm 2024\n1,Trồng rừng,ha,"
                                    "\"49.105\",\"9.931\"\n")
    assert load_table(path, period="2024-7T").figures[0].ke_hoach == D(49105)
    path = write(tmp_path, "b.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch giai đoạn 2021-2025,Thực hiện giai đoạn 2021-2025\n"
                                    "1,Trồng rừng tập trung,ha,\"12.000\",\"12.600\"\n")
    assert load_table(path, period="2021-2025").figures[0].ke_hoach == D(12000)


# 2. A per cent typed in every cell of a change column says the unit the title leaves out (columns: worded changes)

def test_a_change_typed_with_its_per_cent_is_a_rate_never_an_amount():
    # d06: «Tăng/giảm so với cùng kỳ» over «tăng 15%» beside «1.196 triệu tấn»: 15 %, never Cùng kỳ 1.181 triệu tấn
    t = load_table(DATA / "d06-thoibaotaichinh-vantai-2025-h1.csv", period="2025-H1")
    rows = by_label(t)
    assert rows["Khối lượng vận tải hàng hóa"].cung_ky is None
    assert (rows["Khối lượng vận tải hàng hóa: tốc độ tăng/giảm so với cùng kỳ"].ky_bao_cao,
            rows["Khối lượng vận tải hàng hóa: tốc độ tăng/giảm so với cùng kỳ"].don_vi_tinh) == (D(15), "%")


def test_a_fall_typed_in_words_with_its_per_cent_beside_a_count(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Quý I/2024,Tăng (+)/giảm (-) so với cùng kỳ\n1,Số vụ tai nạn,vụ,120,giảm 7%\n"
                                    "2,Số người chết,người,56,tăng 3%\n")
    rows = by_label(load_table(path, period="2024-Q1"))
    assert rows["Số vụ tai nạn"].cung_ky in (None, D(129))   # 120 = 129 − 7 %, never 127 = 120 + 7 vụ
    assert rows["Số người chết"].cung_ky in (None, D(54))    # 56 = 54 + 3 %, never 53 = 56 − 3 người


def test_a_change_in_the_rows_unit_stays_an_amount(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tăng/giảm so với cùng kỳ\n1,Số vụ cháy,vụ,120,-7\n"
                                    "2,Số người chết,người,56,3\n")
    rows = by_label(load_table(path, period="2024"))
    assert (rows["Số vụ cháy"].cung_ky, rows["Số người chết"].cung_ky) == (D(127), D(53))


# 3. A row stating a change alone is a row, not a group's title (load: states_a_change)

def test_a_change_stated_alone_is_no_heading():
    # d06: «- Đường sắt | | tăng 6%» had been the Mục of «Luân chuyển hàng hóa», «Vận tải hành khách» …
    t = load_table(DATA / "d06-thoibaotaichinh-vantai-2025-h1.csv", period="2025-H1")
    rows = by_label(t)
    assert rows["Đường sắt: tốc độ tăng/giảm so với cùng kỳ"].ky_bao_cao == D(6)
    assert all(f.muc == "" for f in t)


def test_words_under_the_table_in_a_change_column_make_no_row():
    # zd-quang-binh-thuy-san-2015-q1: «Quảng Bình, ngày 06 tháng 4 năm 2015» sits in «So cùng kỳ năm 2014 (%)»
    path = Path(__file__).parent.parent / "evaluations" / "cases" / "heldout" / "zd-quang-binh-thuy-san-2015-q1" / \
        "figures.xlsx"
    t = load_table(path, period="2015-Q1")
    assert len(t.figures) >= 6 and not [f for f in t if "ngày" in f.chi_tieu or "GIÁM ĐỐC" in f.chi_tieu]


# 4. A column titled as the increase in per cent states each row's rate of change (load.names_the_increase)

def test_a_growth_column_beside_no_last_year_is_kept_as_the_rows_rate():
    # d01: «Tăng so với cùng kỳ (%)» 23 beside «Vốn đăng ký cấp mới» 1.243 triệu USD: «tăng 23%» has its row
    t = load_table(DATA / "d01-tienphong-fdi-2017-01.xlsx", period="2017-01")
    rows = by_label(t)
    assert rows["Vốn đăng ký cấp mới: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D(23)
    assert rows["Vốn đầu tư trực tiếp nước ngoài thực hiện: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("6.3")
    assert rows["Số dự án cấp phép mới"].cung_ky == D(127)   # a whole count still gives last year back


def test_a_post_offices_growth_column_is_kept():
    # stop 39's yf-nam-dinh-buu-dien-tinh-doanh-thu-2019: «Tăng so với năm 2018 (%)» 9, 54, 17, 26 beside tỷ đồng
    path = Path(__file__).parent.parent / "evaluations" / "cases" / "heldout" / \
        "yf-nam-dinh-buu-dien-tinh-doanh-thu-2019" / "figures.csv"
    rows = by_label(load_table(path, period="2019"))
    assert rows["Dịch vụ bưu chính chuyển phát: tốc độ tăng so với năm 2018"].ky_bao_cao == D(54)
    assert rows["Tổng doanh thu: tốc độ tăng so với năm 2018"].ky_bao_cao == D(9)


def test_a_growth_column_of_numbers_an_index_would_hold_keeps_them_as_indexes(tmp_path):
    # 108,5 | 112 | 96,4 under «Tăng so với cùng kỳ (%)»: round 23 left it untold and kept nothing; round 24 decides
    # from the column's values (all near 100: indexes the title misnames, tests/test_fig24_rules.py) and says so
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tăng so với cùng kỳ (%)\n1,Doanh thu,tỷ đồng,120,\"108,5\"\n"
                                    "2,Lợi nhuận,tỷ đồng,\"14,5\",112\n3,Nộp ngân sách,tỷ đồng,\"9,6\",\"96,4\"\n")
    t = load_table(path, period="2024")
    assert {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"} == {
        "Doanh thu: so với cùng kỳ": D("108.5"), "Lợi nhuận: so với cùng kỳ": D(112),
        "Nộp ngân sách: so với cùng kỳ": D("96.4")}
    assert sum(f.don_vi_tinh == "đồng" for f in t) == 3


# 5. A row of rates only keeps its rate of change; an index stays aside (load: rows with no value; round 23 file)

def test_a_row_of_rates_only_keeps_its_rate_of_change(tmp_path):
    # d08's shape with a growth column: «Tổng giá trị sản xuất | | 40,8 | 5,9» under «So với kế hoạch năm (%) | Tăng so
    # với cùng kỳ (%)»: both rates are the row's
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Thực hiện 6 tháng,So với kế hoạch năm (%),Tăng so với cùng kỳ (%)\n"
                                    "1,Tổng giá trị sản xuất,tỷ đồng,,\"40,8\",\"5,9\"\n2,Tổng thu ngân sách,tỷ đồng,18,"
                                    "\"64,3\",\"44,6\"\n")
    rows = by_label(load_table(path, period="2021-H1"))
    assert rows["Tổng giá trị sản xuất: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("5.9")
    assert rows["Tổng giá trị sản xuất: so với kế hoạch năm"].ky_bao_cao == D("40.8")
    assert rows["Tổng thu ngân sách: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("44.6")


def test_an_index_beside_money_is_kept_as_the_rows_index():
    # d08: «bằng 108,58% so với cùng kỳ» beside 198,5 tỷ: kept as «…: so với cùng kỳ» (the lead, stop 40: the checker
    # now reads an index below 100 as a fall of 100 − index, so zg-vinh-phuc-trong-trot's 96,6 is «giảm 3,4%», and
    # «tăng 108,58%» as the index loosely said)
    t = load_table(DATA / "d08-namdong-ktxh-2021-h1.json", period="2021-H1")
    kept = {f.ky_bao_cao: f for f in t if f.chi_tieu.endswith(": so với cùng kỳ")}
    assert D("108.58") in kept and D("105.9") in kept and kept[D("108.58")].don_vi_tinh == "%"


def test_an_unsigned_ratio_below_fifty_is_kept_aside(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,So với cùng kỳ (%)\n1,Doanh thu,tỷ đồng,120,\"12,5\"\n")
    t = load_table(path, period="2024")
    assert len(t.figures) == 1


# 6. A plan-only row keeps its plan as a row of its own (load.plan_words)

def test_a_plan_only_row_is_kept_as_its_plan():
    # d03: «Tổng số cây trồng | Triệu cây | 218,6 | |» under «Kế hoạch năm 2022 | Thực hiện đến hết tháng 7/2022»
    t = load_table(DATA / "d03-dulieuphapluat-trongcay-2022-7t.csv", period="2022-7T")
    rows = by_label(t)
    assert rows["Tổng số cây trồng: kế hoạch năm 2022"].ky_bao_cao == D("218600000")
    assert rows["Cây trồng phân tán"].ke_hoach == D("121600000")
    assert warned(t, "chỉ ghi kế hoạch", "không phải số đã thực hiện")


def test_a_communes_budget_estimate_is_kept_as_its_plan():
    # yf-tay-ninh-duong-minh-chau-xa-phuoc-ninh-hdnd-2009-h1: «từ 1.404 triệu đồng lên 2.213 triệu đồng», plans only
    path = Path(__file__).parent.parent / "evaluations" / "cases" / "heldout" / \
        "yf-tay-ninh-duong-minh-chau-xa-phuoc-ninh-hdnd-2009-h1" / "figures.csv"
    t = load_table(path, period="2009-H1")
    assert {f.ky_bao_cao for f in t if "kế hoạch năm 2009" in f.chi_tieu} == {D(1404 * 10**6), D(2213 * 10**6)}


def test_an_unfilled_sheet_of_plans_is_still_refused(tmp_path):
    # nothing done anywhere: a template not yet filled in, never a table of plans read as figures
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện năm 2024\n1,Trồng rừng,ha,\"1.200\",\n"
                                    "2,Thu ngân sách,tỷ đồng,450,\n")
    t, problems = check_table(read_raw(path), period="2024")
    assert not t.figures and any(p.severity == "error" for p in problems)


# 7. A table of changes only, the base left to the title's grammar (columns._COMPARED)

def test_a_table_of_signed_changes_only_loads_each_as_a_row():
    # d02: «7 tháng năm 2017 - Tăng/giảm (%)» over 6,5 and -7,5: each the period's own figure in %
    t = load_table(DATA / "d02-vietnamplus-iip-2017-7t.csv", period="2017-7T")
    rows = by_label(t)
    assert rows["Khai khoáng: 7 tháng năm 2017 - Tăng/giảm"].ky_bao_cao == D("-7.5")
    assert rows["Toàn ngành công nghiệp: tháng 7/2017 - Tăng/giảm"].ky_bao_cao == D("8.1")


def test_a_change_column_beside_a_value_is_no_table_of_changes(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tăng/giảm (%)\n1,Doanh thu,tỷ đồng,120,\"-4,1\"\n")
    rows = by_label(load_table(path, period="2024"))
    assert rows["Doanh thu"].ky_bao_cao == D(120 * 10**9)


# 8. Comparisons over an untitled stub are a header (read._untitled_stub)

def test_a_statistics_offices_indexes_under_an_untitled_stub_load():
    # d05: « | Ước tính tháng 6 năm 2015 so với tháng trước | … » over «TOÀN NGÀNH CÔNG NGHIỆP | 90,18 | 99,93 | 109,42»
    t = load_table(DATA / "d05-thongke-iip-2015-06.csv", period="2015-06")
    rows = by_label(t)
    assert rows["TOÀN NGÀNH CÔNG NGHIỆP: ước tính tháng 6 năm 2015 so với tháng trước"].ky_bao_cao == D("90.18")
    assert rows["TOÀN NGÀNH CÔNG NGHIỆP: cộng dồn 6 tháng năm 2015 so với cùng kỳ năm 2014"].ky_bao_cao == D("109.42")
    assert rows["Công nghiệp khai khoáng: ước tính tháng 6 năm 2015 so với tháng trước"].don_vi_tinh == "%"


def test_a_cpi_under_an_untitled_stub_loads(tmp_path):
    path = write(tmp_path, "a.csv", "CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 3 NĂM 2024\n,Tháng 3/2024 so với tháng trước (%),"
                                    "Tháng 3/2024 so với cùng kỳ (%)\nLương thực,\"-0,05\",\"103,2\"\nThực phẩm,\"0,4\","
                                    "\"101,1\"\nĐồ uống,\"0,1\",\"102,0\"\n")
    rows = by_label(load_table(path, period="2024-03"))
    assert rows["Lương thực: tháng 3/2024 so với tháng trước"].ky_bao_cao == D("-0.05")


# 9. Bad input in a growth column is said, naming its row and column (load._say_unread_rates)

def test_a_growth_cell_that_is_no_number_is_said_and_the_rest_loads(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tăng so với cùng kỳ (%)\n1,Doanh thu,tỷ đồng,120,\"1,2,3\"\n"
                                    "2,Nộp ngân sách,tỷ đồng,\"8,4\",\"5,1\"\n")
    t, problems = check_table(read_raw(path), period="2024")
    [w] = [p for p in problems if "«1,2,3»" in p.message]
    assert (w.severity, w.row, w.column) == ("warning", 2, "Tăng so với cùng kỳ (%)")
    assert by_label(t)["Nộp ngân sách: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("5.1")
    assert by_label(t)["Doanh thu"].ky_bao_cao == D(120 * 10**9)


def test_a_rate_stated_alone_is_in_per_cent_not_unitless():
    # d06: «- Đường sắt | | tăng 6%» had been warned «… không có đơn vị tính» though it is a rate in %
    t = load_table(DATA / "d06-thoibaotaichinh-vantai-2025-h1.csv", period="2025-H1")
    assert not warned(t, "không có đơn vị tính")
