"""Checker round 74 (chk74, issue 13): an exact cell before a rounded one when the words cannot tell them apart.

``tham gia BHYT: 1.107.600 người, đạt 100%`` (xj-lam-dong): the rows A-2 (100,09, the total's % of plan) and A4-2
(100, exactly) both take a written ``100%`` and score alike; the exact one is the row said. Second source of the
construction, a part's ``đạt 100%`` beside rows of 100,6 and 100,3: zm-dak-nong ``cây ăn quả: 1.911 ha, đạt 100%
kế hoạch``. Negatives: where no exact cell exists the order by score stands; a number written with its decimals
(``100,09%``, ``100,6%``) keeps its own row.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from service.checker.check import _exact_first, check_text
from tests.sweep_tables import nfc, real_case

LAM_DONG = "xj-lam-dong-bhxh-tinh-nguoi-tham-gia-2019"
DAK_NONG = "zm-dak-nong-dak-glong-gieo-trong-2020-9t"


def _sources(slug, text=None):
    case, table, kw = real_case(slug)
    text = nfc(case.text) if text is None else text
    return {(n.text, n.start): (n.verdict, (n.source or {}).get("ma")) for n in check_text(text, table, **kw).numbers}


def _of(got, number):
    return [v for (t, _), v in sorted(got.items(), key=lambda kv: kv[0][1]) if t == number]


def test_the_rounded_percent_is_the_exact_rows():
    got = _sources(LAM_DONG)
    assert _of(got, "100%") == [("supported", "A4-2")]
    assert _of(got, "100,09%") == [("supported", "A-2")]   # negative: written with its decimals, its own row


def test_second_source_a_parts_hundred_percent():
    got = _sources(DAK_NONG)
    assert ("supported", "GT.5-2") in _of(got, "100%")
    assert _of(got, "100,6%") == [("supported", "GT.4-2")]     # negative: decimals written, the rounded row's own


def _cell(ma, v, score):
    return (SimpleNamespace(ma=ma), "ky_bao_cao", Decimal(v), score)


def test_no_exact_cell_keeps_the_order_by_score():
    cands = [_cell("A-2", "100.09", 1.56), _cell("A3", "100.3", 1.5)]
    assert _exact_first(cands, Decimal("100")) == cands


def test_an_exact_cell_far_behind_in_words_stays_behind():
    cands = [_cell("GT.4", "100.6", 2.17), _cell("GT.5", "100", 1.03)]
    assert _exact_first(cands, Decimal("100")) == cands


def test_an_exact_cell_in_a_near_tie_comes_first():
    a, b = _cell("A-2", "100.09", 1.56), _cell("A4-2", "100", 1.53)
    assert _exact_first([a, b], Decimal("100")) == [b, a]
