"""Issue 14, round 34: the template scorer counts a fall the page and the template write unsigned («Tốc độ giảm …»
13,46 %) as the hand's signed speed −13,46 (``evaluations.template_accuracy.says``) — one figure, not a miss and a
wrong row.  Real held-out cases, their sources and tables as kept."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from evaluations.template_accuracy import falls, run_source, says

CASES = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _case(slug: str):
    d = CASES / slug
    return run_source(slug, d / "source.txt", d / "figures.csv", True)


def test_a_theft_fall_matches_the_hands_signed_speed():
    # `cướp giật tài sản giảm 37,04%, trộm cắp giảm 13,46%`; the hand: 1.2 Trộm cắp tài sản, -13,46
    res = _case("yo-tp-ho-chi-minh-quan-3-cong-an-quan-so-ket-6-thang-2016-h1")
    assert not any("-13.46" in m for m in res.missed)
    assert not any("13.46" in e for e in res.extra)


def test_a_rounded_fall_states_the_hands_computed_speed():
    # `số người tử vong do tai nạn giao thông đã giảm tới gần 30% so với 6 tháng cuối năm 2020`; the hand: -29,6
    res = _case("yo-tuyen-quang-ban-atgt-tinh-tai-nan-giao-thong-2021-h1")
    assert res.matched == 1 and not res.extra


def _row(label, value):
    return SimpleNamespace(label=label, value=Decimal(value), unit="%", qualifier=None, scale=1, decimals=2)


def test_counter_a_rise_never_matches_a_negative_speed():
    assert not says(_row("Tốc độ tăng trộm cắp", "13.46"), Decimal("-13.46"), True)
    assert says(_row("Tốc độ giảm trộm cắp", "13.46"), Decimal("-13.46"), True)


def test_counter_a_fall_never_matches_another_size_and_a_level_is_no_fall():
    assert not says(_row("Tốc độ giảm trộm cắp", "13.46"), Decimal("-37.04"), True)
    assert not falls(_row("Tỷ lệ hộ nghèo", "3.5"))
    assert not falls(_row("Tốc độ tăng giảm", "3.5"))
