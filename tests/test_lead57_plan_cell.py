"""The lead, stop 57: the sheet the template writes must load once filled, whatever a reader inferred. A negative plan
of a count, a measure or a rate is a reader's slip the loader refuses (``cột 'Kế hoạch': số âm «-2»: số liệu là số
đếm, số tiền hoặc số đo`` — the final batch's round trip failed so, after rt01 had closed one path to it); the writer
leaves such a cell empty. A plan of money may be below zero (a planned loss) and is written. Real pages:
(rt02: the per-class ``plan_cell`` gave way to the writer's general guard, ``sheet.loadable_cells``, which asks the
loader itself; these tests now ask the written sheet, their cases unchanged.)
p42-vietnamnet-lu-thubon-2025-10 (levels in metres), t4-tuyenquang-bhxh-2020-7t (counts and their plans)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from evaluations.template_roundtrip import _page_next
from service.onboarding.sheet import loadable_cells
from service.onboarding.template import build_template, machine
from tests.sweep_tables import filled_template

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def _template(name):
    page = PAGES / f"{name}.txt"
    return build_template(page, period=_page_next(page))


def test_a_negative_plan_of_a_level_is_not_written_and_the_sheet_loads(tmp_path):
    t = _template("p42-vietnamnet-lu-thubon-2025-10")
    row = t.rows[0]
    row.plan = Decimal("-3.86")                     # what a reader's slip gave before rt01
    assert (row.code, "Kế hoạch") in loadable_cells(t)
    loaded, values = filled_template(t, tmp_path)
    assert set(loaded) == set(values)


def test_a_negative_plan_of_a_count_is_not_written_but_a_right_one_is(tmp_path):
    t = _template("t4-tuyenquang-bhxh-2020-7t")
    kept = next(r for r in t.rows if r.value == 9287)
    assert kept.plan == 8700      # `(8.700 người) đạt 107%, vượt 587 người`
    other = next(r for r in t.rows if r is not kept and r.unit and "người" in r.unit)
    other.plan = Decimal(-2)
    empty = loadable_cells(t)
    assert (other.code, "Kế hoạch") in empty and (kept.code, "Kế hoạch") not in empty
    loaded, values = filled_template(t, tmp_path)
    assert set(loaded) == set(values) and loaded[kept.code].ke_hoach == 8700


def test_a_negative_plan_of_money_is_written_where_the_loader_takes_one():
    # rt02: the loader takes an amount below zero only where it nets (``cells.NETTED``: a profit or loss); the
    # per-class rule wrote any negative money, which the loader refused under this count's label
    t = _template("t4-tuyenquang-bhxh-2020-7t")
    row = next(r for r in t.rows if r.value == 9287)
    row.unit, row.plan = "triệu đồng", Decimal(-5_000_000)
    assert (row.code, "Kế hoạch") in loadable_cells(t)
    row.label = "Lợi nhuận trước thuế"
    assert (row.code, "Kế hoạch") not in loadable_cells(t)
