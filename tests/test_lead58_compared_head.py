"""The lead, stop 58: a comparison column's title that opens on its direction words names what it compares after
them, before «so» (``loader.columns._compared_head``). ``Tăng/giảm tháng 10 so cùng kỳ (%)`` beside ``Tháng 10/2022 |
Lũy kế 10 tháng 2022`` read for the ten months (a ministry's fisheries sheet): the month's rise is the month's (the
part «(tháng 10 năm 2022)»), not a second rate of the ten months' row — once loader round 45 made the running column
the report's, both rates had gone to the ten months and the month's rises were checked against nothing. Second sheet:
a trade department's shrimp exports (``Tăng/giảm tháng 9 so tháng 9/2020 (%)``) read for the nine months. Negatives:
a title naming the whole (``Tăng/giảm 10 tháng so cùng kỳ (%)``) stays the report's; a quarter's own sheet
(``Tăng/giảm quý 3 so cùng kỳ``, the report the quarter) is unchanged."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.columns import _compared_head
from service.figures.load import load_table

CASES = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


@pytest.mark.parametrize("title, head", [
    ("Tăng/giảm tháng 10 so cùng kỳ (%)", "tháng 10"),
    ("Tăng/giảm 10 tháng so cùng kỳ (%)", "10 tháng"),
    ("Tăng (+) giảm (-) tháng 7 so với cùng kỳ", "tháng 7"),
    ("Tháng 7 tăng (+) giảm (-) so với cùng kỳ", "Tháng 7"),
    ("So với cùng kỳ (%)", ""),
    ("Tăng/giảm so cùng kỳ (%)", ""),
])
def test_head_of_a_comparison_title(title, head):
    assert _compared_head(title) == head


def _rows(case, period):
    return {f.ma: f for f in load_table(CASES / case / "figures.csv", period=period)}


def test_the_months_rise_is_the_months():
    rows = _rows("xs-toan-quoc-tong-cuc-thuy-san-san-luong-thuy-san-2022-10t", "2022-10T")
    assert rows["01"].ky_bao_cao == Decimal("7450700")
    assert rows["01-2022-10"].ky_bao_cao == Decimal("815900")
    assert rows["01-2022-10-TL"].ky_bao_cao == Decimal("2.5")          # the month's rise, the month's row
    assert [f.ky_bao_cao for m, f in rows.items() if m.startswith("01-TL")] == [Decimal("3.1")]   # the ten months'


def test_a_second_sheet_read_for_its_months_so_far():
    rows = _rows("xs-toan-quoc-cuc-xnk-xuat-khau-tom-2021-09", "2021-9T")
    month_rates = [m for m in rows if m.startswith("01-2021-09-")]
    whole_rates = [m for m in rows if m.startswith("01-TL")]
    assert month_rates and whole_rates


def test_a_quarters_own_sheet_is_unchanged():
    rows = _rows("xq-binh-duong-cao-su-phuoc-hoa-cong-ty-me-ket-qua-kinh-doanh-2018-q3", "2018-Q3")
    assert rows["01-TL"].ky_bao_cao == Decimal("-20")
