"""Template round 71: a small fraction said with a comparison word and followed by ``so với`` (``bằng 1/4 so với``,
``giảm gần 1/4 so với``) is a proportion to another period's amount — a derivation of the amount before it, no row
(service/onboarding/fractions.py).  Sources: xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1, sweep page
d14-thanhnien-thungansach-4t-2020; negatives: a part of a whole (``53/54 tỉnh``, ``762.320/800.719 đối tượng``,
xn-toan-quoc-bo-y-te-tiem-vac-xin-soi-2025-04), ``hơn 2/3 số đại biểu`` (sweep page c27-baodauthau-13-tinh-…-2016),
a fraction with no comparison word before it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"
PAGES = ROOT / "evaluations" / "sweep" / "pages"
FRACTION = "tỷ lệ (phân số) so với kỳ được so sánh"


def _fractions(tpl) -> dict:
    return {r.value: d.value for r in tpl.rows for d in r.derived if d.how == FRACTION}


def test_a_quarter_of_last_years_profit():
    tpl = build_template(HELD / "xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1" / "source.txt")
    assert _fractions(tpl) == {Decimal("9200000000.0"): Decimal("0.25")}
    assert not [r for r in tpl.rows if r.value == 1 and r.unit == "so"]


def test_a_quarter_less_than_last_months_revenue():
    tpl = build_template(PAGES / "d14-thanhnien-thungansach-4t-2020.txt")
    assert _fractions(tpl) == {Decimal("72500000000000"): Decimal("0.25")}
    assert not [r for r in tpl.rows if r.value == 1]


def test_parts_of_a_whole_stay_as_they_were():
    tpl = build_template(HELD / "xn-toan-quoc-bo-y-te-tiem-vac-xin-soi-2025-04" / "source.txt")
    assert not _fractions(tpl)
    assert {Decimal(53), Decimal(762320)} <= {r.value for r in tpl.rows}


def test_two_thirds_of_the_delegates_is_no_comparison():
    assert not _fractions(build_template(PAGES / "c27-baodauthau-13-tinh-cong-bo-ket-qua-bau-cu-2016.txt"))


def test_no_comparison_word_no_fraction(tmp_path):
    text = "Năm 2020, toàn tỉnh thu ngân sách đạt 9,2 tỷ đồng, 1/4 so với năm 2019 là từ thuế."
    assert not _fractions(template(tmp_path, "Báo cáo thu ngân sách năm 2020", text))
