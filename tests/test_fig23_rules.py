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
