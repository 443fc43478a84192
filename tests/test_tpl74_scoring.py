"""Template round 74: the measure counts a hand's plan or whole held in a template row's ``Kế hoạch``
(``evaluations.template_accuracy.plans_held``; issue 14, the lead's convention of stop 57).

Sources: xn-toan-quoc-bo-y-te-tiem-vac-xin-soi-2025-04 (the hand keeps the Y of ``53/54 tỉnh`` and
``762.320/800.719 đối tượng`` as rows: ``Số tỉnh thuộc chiến dịch`` 54, ``Số đối tượng cần tiêm`` 800.719),
xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2 (``Doanh thu kế hoạch năm 2015`` 38.424 tỷ đồng, ``Lợi nhuận sau thuế
kế hoạch năm 2015`` 6.830).  Negatives: a plan a rate only implies holds nothing; a row whose label names no plan
matches no plan read from a target (only ``X/Y``'s Y, the whole, is kept by a hand unnamed)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from evaluations.template_accuracy import plans_held, run_source
from service.figures.model import Figure

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"


def _run(slug: str):
    d = HELD / slug
    return run_source(slug, d / "source.txt", d / "figures.csv", True)


def test_the_wholes_of_x_of_y_are_found_as_plans():
    res = _run("xn-toan-quoc-bo-y-te-tiem-vac-xin-soi-2025-04")
    assert res.missed == []
    assert res.extra == []


def test_a_years_targets_kept_by_the_hand_are_found_as_plans():
    res = _run("xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2")
    assert not any("kế hoạch năm 2015" in m for m in res.missed)


def _row(value, plan, implied=False, quote="đạt 2.186 tỷ đồng"):
    return SimpleNamespace(value=Decimal(value), plan=Decimal(plan), plan_implied=implied, unit="tỷ đồng",
                           kind="money", quote=quote)


def test_implied_plans_and_unnamed_rows_hold_nothing():
    named = Figure("07", "Lợi nhuận sau thuế kế hoạch năm 2015", "tỷ đồng", Decimal("6830"))
    unnamed = Figure("08", "Lợi nhuận sau thuế", "tỷ đồng", Decimal("6830"))
    tpl = SimpleNamespace(rows=[_row("2186", "6830", implied=True)])
    assert plans_held([named], tpl, [named]) == set()              # a rate's implied plan
    tpl = SimpleNamespace(rows=[_row("2186", "6830")])
    assert plans_held([unnamed], tpl, [unnamed]) == set()          # no plan named, no X/Y
    assert plans_held([named], tpl, [named]) == {id(named)}
