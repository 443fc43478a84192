"""rt01: ``vượt <mốc> <số>`` names the mark passed, not the excess over a plan, when the excess would leave a count or
a level below zero — the template then wrote a plan of -3,86 m that its own loader refused when the round trip
loaded the filled sheet (``….figures.xlsx: bảng số liệu không được nạp: … cột 'Kế hoạch': số âm «-3.86»``), the class
of the unseen case's failure.  Sources: p42-vietnamnet-lu-thubon-2025-10 (the failure), rt01-thanhnien-lu-vugia-
thubon-2025-10 (the same construction, ``vượt đỉnh lũ lịch sử 1964 là 0,08 m``, an excess: kept), t4-tuyenquang-bhxh-
2020-7t (``vượt 587 người``: a count's excess, kept)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from evaluations.template_roundtrip import _page_next, fill_values, fill_workbook
from service.figures.load import load_table
from service.onboarding.sheet import write
from service.onboarding.template import build_template

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def _template(name):
    page = PAGES / f"{name}.txt"
    return build_template(page, period=_page_next(page))


def test_a_mark_passed_is_no_excess_and_the_filled_sheet_loads(tmp_path):
    t = _template("p42-vietnamnet-lu-thubon-2025-10")
    assert all(r.plan is None or r.plan >= 0 for r in t.rows)
    first = t.rows[0]
    assert first.value == Decimal("1.62") and first.plan is None
    assert any(r.value == Decimal("5.48") for r in t.rows)          # the historic peak, a figure of its own
    sheet = tmp_path / "p42.figures.xlsx"
    write(t, sheet)
    values, plans = fill_values(t, [])
    fill_workbook(sheet, values, plans)
    assert {f.ma for f in load_table(sheet)} == set(values)


def test_an_excess_over_the_same_mark_keeps_its_plan():
    # "đỉnh lũ mới được thiết lập là 5,56 m, vượt đỉnh lũ lịch sử 1964 là 0,08 m": 5,56 − 0,08 = 5,48
    t = _template("rt01-thanhnien-lu-vugia-thubon-2025-10")
    row = next(r for r in t.rows if r.value == Decimal("5.56"))
    assert row.plan == Decimal("5.48")


def test_a_counts_excess_keeps_its_plan():
    # "Số người tham gia BHXH tự nguyện ... 9.287 người ... (8.700 người) đạt 107%, vượt 587 người"
    t = _template("t4-tuyenquang-bhxh-2020-7t")
    row = next(r for r in t.rows if r.value == 9287)
    assert row.plan == 8700
