"""Round 28's rules (evaluations/figures-round28.md), each on real layouts: the held-out table that showed it and
the same shape from another source or in another order."""

from __future__ import annotations

from decimal import Decimal as D

from service.figures.change import change_kind, months_since_january_named
from service.figures.load import load_table
from service.figures.schema import fold
from tests.figures_sheets import warned, write


# Rule 1: «N tháng đầu năm» before «so với» names the span compared, never the base «đầu năm»
def test_the_six_months_named_before_the_comparison_are_not_its_base():
    # ACV (infonet 2023): «6 tháng đầu năm 2023 so với cùng kỳ năm 2022 (%)» — an index against the same six months
    assert change_kind("6 tháng đầu năm 2023 so với cùng kỳ năm 2022 (%)", 2022, False) == "ratio"
    # a statistics office's nine months (round 25's shape): the same
    assert change_kind("9 tháng đầu năm 2019 so cùng kỳ năm 2018 (%)", 2018, False) == "ratio"


def test_the_start_of_the_year_after_the_comparison_is_still_the_base():
    # Phú Yên NHCSXH (ptpphuyen 2018): «Tăng (+), giảm (-) so với đầu năm» — against the start of the year
    assert change_kind("Tăng (+), giảm (-) so với đầu năm", 2017, False) is None
    assert "dau nam" in months_since_january_named(fold("Tăng so với 6 tháng đầu năm 2018"))
    # an average since January stays aside as before (Hưng Yên CPI, round 27)
    assert change_kind("Chỉ số bình quân 4 tháng đầu năm 2018 so với cùng kỳ (%)", 2017, False) is None


def test_the_index_column_of_the_six_months_keeps_each_rows_index(tmp_path):
    t = load_table(write(tmp_path, "acv.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,6 tháng đầu năm 2023,6 tháng đầu năm 2023 so với cùng kỳ năm 2022 "
                         "(%),Ghi chú\n1,Sản lượng hành khách thông qua cảng,triệu lượt khách,\"56,84\",\"129,2\",\n"
                         "1.1,Khách quốc tế,triệu lượt khách,\"14,46\",\"593,5\",\n"), period="2023-H1")
    rates = {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert rates == {"Sản lượng hành khách thông qua cảng: so với cùng kỳ": D("129.2"),
                     "Khách quốc tế: so với cùng kỳ": D("593.5")}, rates
    assert not warned(t, "không có trong bảng")


def test_the_index_gives_last_year_back_where_it_is_exact(tmp_path):
    # counts with the index against 2022 typed after the months: the same-period count recomputed (1.200 / 120,0 %)
    t = load_table(write(tmp_path, "n.csv",
                         "STT,Chỉ tiêu,Đơn vị tính,9 tháng đầu năm 2023,9 tháng đầu năm 2023 so với cùng kỳ năm 2022 "
                         "(%)\n1,Số lượt khách,lượt,1.200,\"120,0\"\n"), period="2023-9T")
    f = next(iter(t))
    assert f.ky_bao_cao == 1200 and f.cung_ky == 1000, (f.chi_tieu, f.cung_ky)
