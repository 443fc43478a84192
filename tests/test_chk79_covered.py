"""Checker round 79 (helper chk79, issue 13): the count of the parts a statement holds over (``ở cả 3 miền``,
``ở cả 3 khu vực kinh tế``, ``trên cả ba tuyến``) is no figure of the period (``recognisers/covered.py``); a count the
text states elsewhere (``dẫn giải 3 tàu cá … trên cả 3 tàu cá``) stays a figure."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.extract import extract_numbers
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, OTHER_ROW as DUMMY, heldout, page

HPG = "xk-toan-quoc-hoa-phat-san-luong-thep-2024-04"


def _at(text, quote, table, period, offset=0):
    s = text.index(quote) + offset
    return next((n.verdict, n.kind) for n in check_text(text, table, period=period).numbers if n.start == s)


def _read(text, quote, offset):
    s = text.index(quote) + offset
    return next(m for m in extract_numbers(text) if m.num_start == s)


def test_the_regions_of_the_steel_maker_are_no_figure():
    text = heldout(HPG)
    table = load_table(HELDOUT / HPG / "figures.csv", period="2024-04")
    assert _at(text, "3 miền", table, "2024-04") == ("not_a_figure", "name")


@pytest.mark.parametrize("text, quote, offset", [
    (page("p12-thanhnien-gdp-2018-q1"), "ở cả 3 khu vực kinh tế", 5),
    (heldout("yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018"), "ở cả 3 cấp", 5),
    (page("t15-tienphong-khachqt-9t-2025"), "trên cả ba tuyến", 8),
    (page("t4-langson-laodong-2022-q2"), "ở cả hai khu vực nông thôn", 5),
])
def test_second_sources_the_parts_a_statement_holds_over(text, quote, offset):
    s = text.index(quote) + offset
    read = [m for m in extract_numbers(text) if m.num_start == s]
    assert all(m.kind == "name" for m in read)   # a number in words: the reader of words leaves it out


def test_a_count_stated_elsewhere_stays_a_figure():
    text = page("c44-vietnamplus-brvt-3-tau-ca-2024-09")
    m = _read(text, "trên cả 3 tàu cá", 8)
    assert m.kind == "count"


@pytest.mark.parametrize("text, quote, offset", [
    (heldout("xl-lam-dong-ban-atgt-tinh-tai-nan-giao-thong-2021-h1"), "gộp chung cả 6 tháng", 12),   # no locative
    (heldout("xk-toan-quoc-hoa-phat-san-luong-thep-2024-04"), "miền Bắc với 73%", 13),              # the region's rate
])
def test_real_negatives_are_not_parts_covered(text, quote, offset):
    s = text.index(quote) + offset
    assert all(m.recogniser != "parts-covered" for m in extract_numbers(text) if m.num_start == s)
