"""Figures round 43: a comparison column whose base is no period and no plan (``So với ngày thường``) is not read
as «so với cùng kỳ» (its numbers rows of their own, «<chỉ tiêu>: so với ngày thường»; aside when typed in words), and a fall typed under an index column is kept as the row's own rate (real held-out sheets)."""

from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.load import fall_under_an_index, load_table
from service.figures.otherbase import another_base

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"
BEN_XE = HELDOUT / "xn-tp-hcm-ben-xe-mien-dong-mien-tay-xe-xuat-ben-2020-01" / "figures.csv"
PHA = HELDOUT / "zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-2017-12" / "figures.csv"
KHAM = HELDOUT / "zf-hau-giang-so-y-te-kham-chua-benh-2017-5t" / "figures.csv"


@pytest.mark.parametrize("title", ["So với ngày thường (%)", "So với ngày thường"])   # xn bến xe; zr phà
def test_an_ordinary_day_is_another_base(title):
    assert another_base(title) == "ngày thường"


@pytest.mark.parametrize("title", [
    "So với cùng kỳ", "So với cùng kỳ (%)", "So cùng kỳ (%)", "So với năm 2019", "So với KH", "% so CK",
    "So với tháng trước", "So tháng trước (%)", "So với kế hoạch năm (%)", "Tăng so với cuối năm 2021",
    "So với đầu nhiệm kỳ", "So với khóa trước", "So với tổng số vé bán ra cùng kỳ Tết Ất Tỵ 2025",
    "So với sinh viên tốt nghiệp năm 2016", "So sánh (+/-)", "Tỷ lệ tăng (+)/giảm (-) (%)",
    "Tăng (+)/giảm (-) so với phiên trước", "Vượt so với chỉ tiêu Nghị quyết (%)", "So dự toán",
    "Sản lượng hành khách vé lượt so với dự kiến", "So với quý 2/2018", "So với vụ hè thu năm 2017",
])
def test_periods_plans_and_no_base_are_not_another_base(title):   # titles of held-out sheets
    assert another_base(title) is None


def test_the_bus_stations_keep_their_own_rates_and_set_the_ordinary_day_aside():
    t = load_table(BEN_XE, period="2020-01")
    by = {f.ma: f for f in t}
    assert by["04-TL"].ky_bao_cao == Decimal("-3") and by["05-TL"].ky_bao_cao == Decimal("-4")
    assert not [m for m in by if m.endswith("TL2")]                      # 58, 136, 161,53 no longer «so với cùng kỳ»
    ordinary = {m: f.ky_bao_cao for m, f in by.items() if f.chi_tieu.endswith("so với ngày thường")}
    assert ordinary == {"04-2": Decimal(58), "05-2": Decimal(136), "09-2": Decimal("128.79"), "10-2": Decimal("161.53")}
    assert all(by[m].cung_ky is None for m in ordinary)
    assert by["09"].cung_ky == Decimal("1734")                          # 98,04 still gives last year's
    assert by["10-TL"].ky_bao_cao == Decimal("97.43")
    said = [w.message for w in t.warnings if w.column == "So với ngày thường (%)"]
    assert said and "«ngày thường»" in said[0] and "hàng riêng" in said[0]


def test_the_ferries_ordinary_day_is_set_aside_too():
    t = load_table(PHA, period="2017-12")
    assert {f.ky_bao_cao for f in t} == {Decimal(8), Decimal(50000), Decimal(9), Decimal(90000)}
    said = [w.message for w in t.warnings if w.column == "So với ngày thường"]   # «gấp 2 lần», «tăng 80%»: in words
    assert said and "«ngày thường»" in said[0] and "bỏ qua cột này" in said[0]


def test_an_abbreviated_base_keeps_its_reading():
    t = load_table(KHAM, period="2017-5T")
    said = [w.message for w in t.warnings if w.column == "% so CK"]
    assert said and not any("«CK»" in m for m in said)


def test_a_fall_is_no_index_but_an_index_or_a_rate_column_is_left_alone():
    assert fall_under_an_index("ratio", Decimal("-3"))
    assert not fall_under_an_index("ratio", Decimal("98.04"))
    assert not fall_under_an_index("pct", Decimal("-3"))
