"""Checker round 72 (chk72, issue 13): a currency word then ``/`` and a unit word is a price per unit, whatever the
unit's first letter: ``44.500 đồng/cp``, ``31.000 đồng/CP`` (a share), ``110 triệu đồng/ca phẫu thuật``, ``70.000
đồng/chiếc``. The guard kept for ``đ/c`` (đồng chí) had cut every unit starting with ``c`` off its currency, leaving a
bare count. Sources: c51-vietnambiz-duongquangngai-2018 and c51-tinnhanhchungkhoan-viglacerahalong-2018 (their hand
tables keep the price per share); the held-out xa-hai-phong-…-phau-thuat-tim-2022-10t and the sweep page
c44-vtcnews-hoi-cho-mua-xuan-2026. Negatives: ``đ/c`` and ``đồng chí`` stay no currency (h-vanninh-lhpn-2016).
"""

from __future__ import annotations

from pathlib import Path

from service.checker.extract import extract_numbers
from tests.sweep_tables import HELDOUT, case_line_verdicts, flagged, nfc, page

ROUND = (Path(__file__).resolve().parents[1] / "evaluations" / "data" / "checker-round72",)


def _kinds(text):
    return [(m.raw.strip(), m.kind) for m in extract_numbers(text)]


def test_a_share_price_is_the_tables_price():
    got = case_line_verdicts("c51-tinnhanhchungkhoan-viglacerahalong-2018",
                             "tạm đứng tại mức giá 31.000 đồng/CP trong phiên sáng 4/4", folders=ROUND)
    assert not [t for t, v, _ in got if flagged(v)], got
    got = case_line_verdicts("c51-vietnambiz-duongquangngai-2018", "kết phiên 13/12 ở 44.500 đồng/cp.", folders=ROUND)
    assert [v for t, v, _ in got if t.startswith("44.500")] == ["supported"]


def test_a_wrong_share_price_is_flagged():
    line = "tạm đứng tại mức giá 31.000 đồng/CP trong phiên sáng 4/4"
    got = case_line_verdicts("c51-tinnhanhchungkhoan-viglacerahalong-2018", line, line.replace("31.000", "38.000"),
                             folders=ROUND)
    assert [flagged(v) for t, v, _ in got if t.startswith("38.000")] == [True]


def test_second_sources_prices_per_unit_are_money():
    text = nfc((HELDOUT / "xa-hai-phong-trung-tam-ctxh-quy-bao-tro-tre-em-phau-thuat-tim-2022-10t" / "source.txt")
               .read_text(encoding="utf-8"))
    s = text.index("110 triệu đồng/ca phẫu thuật")
    assert ("money" in [k for r, k in _kinds(text[s:s + 40]) if r.startswith("110 triệu")])
    text = nfc(page("c44-vtcnews-hoi-cho-mua-xuan-2026"))
    s = text.index("70.000 đồng/chiếc")
    assert [k for r, k in _kinds(text[s:s + 20]) if r.startswith("70.000")] == ["money"]


def test_a_comrade_is_no_currency():
    assert _kinds("có 5 đ/c tham gia") == [("5", "count")]
    text = nfc((HELDOUT / "h-vanninh-lhpn-2016" / "source.txt").read_text(encoding="utf-8"))
    s = text.index("25 đồng chí")
    assert [k for r, k in _kinds(text[s:s + 12])] == ["count"]
