"""Template round 72: a capacity the body has now (``hiện … có công suất …``) is a standing fact, no row
(service/onboarding/capacity.py).  Sources: xo-an-giang-cang-hkqt-phu-quoc-chuyen-bay-quoc-te-2026-01 (``Hiện Cảng
Hàng không quốc tế Phú Quốc có công suất thiết kế 4 triệu lượt khách/năm``), xo-toan-quoc-hoa-phat-san-luong-thep-
2023-05 (``Hòa Phát hiện có công suất thép thô là 8,5 triệu tấn``).  Negatives: capacities the period raised or
built (xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020: ``nâng công suất lên 200.000 m3/ngày đêm``, ``với công suất
thiết kế 25.000 m3/ngày``, rows of its hand), a project's capacity in brackets (sweep c36-tienphong-vinacomin-4-thang-
2019: ``(công suất 2,5 triệu tấn/năm)``), a capacity aimed at (``lên công suất 20 triệu lượt khách/năm``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"
PAGES = ROOT / "evaluations" / "sweep" / "pages"


def _rows(tpl) -> set:
    return {r.value for r in tpl.rows}


def _capacities(tpl) -> dict:
    return {s.value: s.label for s in tpl.standing if s.note == "công suất hiện có"}


def test_an_airports_design_capacity_is_standing():
    tpl = build_template(HELD / "xo-an-giang-cang-hkqt-phu-quoc-chuyen-bay-quoc-te-2026-01" / "source.txt")
    assert _capacities(tpl) == {Decimal("4000000"): "Công suất thiết kế"}
    assert Decimal("4000000") not in _rows(tpl)
    assert {Decimal("734"), Decimal("47"), Decimal("20000000")} <= _rows(tpl)   # the aimed capacity: as before


def test_a_steel_makers_capacity_is_standing():
    tpl = build_template(HELD / "xo-toan-quoc-hoa-phat-san-luong-thep-2023-05" / "source.txt")
    assert _capacities(tpl) == {Decimal("8500000"): "Công suất thép thô"}
    assert Decimal("8500000") not in _rows(tpl)
    assert Decimal("2340000") in _rows(tpl)


def test_capacities_the_period_raised_or_a_projects_stay_rows():
    tpl = build_template(HELD / "xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020" / "source.txt")
    assert not _capacities(tpl)
    assert {Decimal("200000"), Decimal("25000")} <= _rows(tpl)
    tpl = build_template(PAGES / "c36-tienphong-vinacomin-4-thang-2019.txt")
    assert not _capacities(tpl)
    assert Decimal("2500000") in _rows(tpl)
