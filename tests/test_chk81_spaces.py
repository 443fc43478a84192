"""Checker round 81 (helper chk81, issue 13): the readers see a run of spaces or a no-break space (a word processor's,
a web page's ``&nbsp;``) as a plain space (``offsets._SPACES``, one character for one: offsets stay).

Round 81 found the double space of xm-toan-quoc-tong-cuc-gdnn (``là  30.705 người``) changes no verdict (its nine
misses have another cause: ``vào năm 2020`` before the number); a no-break space did change them: a compound sum
``470 tỷ 581 triệu 046 nghìn đồng`` fell apart into three numbers, ``25, 42%`` into a count and a percent."""

from __future__ import annotations

import re

import pytest

from service.checker.check import check_text
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout

CASES = [
    ("xi-nam-dinh-cuc-thads-thi-hanh-an-dan-su-2017", "2017"),
    ("yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018", "2018"),
    ("xm-toan-quoc-tong-cuc-gdnn-tot-nghiep-viec-lam-2018", "2018"),
    ("u-tien-giang-hoi-sinh-vat-canh-2017-h1", "2017-H1"),
]


def _verdicts(text, table, period):
    return [(text[n.start:n.end].replace("\u00a0", " ").replace("\u202f", " "), n.verdict, n.kind)
            for n in check_text(text, table, period=period).numbers]


@pytest.mark.parametrize("case, period", CASES)
@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_read_as_plain_ones(case, period, space):
    text = heldout(case)
    table = load_table(HELDOUT / case / "figures.csv", period=period)
    odd = re.sub(r"(?<=\d) (?=\w)|(?<=\w) (?=\d)", space, text)
    assert odd != text and len(odd) == len(text)
    assert _verdicts(odd, table, period) == _verdicts(text, table, period)


@pytest.mark.parametrize("case, period", CASES[2:])
def test_runs_of_spaces_change_no_verdict(case, period):
    text = heldout(case)
    table = load_table(HELDOUT / case / "figures.csv", period=period)
    plain = re.sub(r"(?<=\S)  +(?=\S)", " ", text)
    if plain == text:
        pytest.skip("no run of spaces")
    assert [v for v in _verdicts(text, table, period)] == [v for v in _verdicts(plain, table, period)]


def test_offsets_are_the_callers_own():
    case, period = CASES[0]
    text = re.sub(r"(?<=\d) (?=\w)|(?<=\w) (?=\d)", "\u00a0", heldout(case))
    table = load_table(HELDOUT / case / "figures.csv", period=period)
    n = next(n for n in check_text(text, table, period=period).numbers if n.text.startswith("470"))
    assert text[n.start:n.end] == n.text and "\u00a0" in n.text
