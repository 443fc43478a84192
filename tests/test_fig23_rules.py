"""Figures loader round 23's rules, each on the sheets' own text (evaluations/data/figures-round23/) and on a second
layout, with what each must leave alone."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from service.figures.load import load_table
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
