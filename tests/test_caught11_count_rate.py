"""Caught round 11 (helper caught11, issue 13): a list of rates under one verb, each naming its count by ``số <noun>``
after it — each rate is the rate of the count its noun names (evaluations/sweep/caught-round11.md,
``service/checker/countrate.py``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from service.checker.check import check_text
from service.checker.countrate import count_noun

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "evaluations" / "cases" / "heldout", ROOT / "evaluations" / "sweep" / "caught7"]

YG = "yg-toan-quoc-bo-cong-an-an-ninh-trat-tu-2021-9t"
YG_LIST = "giảm 23,64% số vụ, 16,4% số người chết, 28,38% số ngươi bị thương"
D7 = "d7-cuongthinh-chay-2022-2023"
D7_LIST = "tăng 11% số vụ và gần 30% số người tử vong"
ZE = "ze-toan-quoc-tong-dai-111-bao-ve-tre-em-2023-9t"
ZE_LIST = "tăng 2,6% số vụ và tăng 13,3% số trẻ em bị xâm hại"


@pytest.mark.parametrize("text, noun", [
    ("(giảm 23,64% số vụ, 16,4% số người chết, 28,38% số ngươi bị thương so với cùng kỳ năm 2020)", "vụ"),
    ("16,4% số người chết, 28,38%", "người chết"),
    ("28,38% số ngươi bị thương so với cùng kỳ năm 2020)", "ngươi bị thương"),
    ("tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ.", "vụ"),
    ("gần 30% số người tử vong so với cùng kỳ.", "người tử vong"),
    ("tăng 13,3% số trẻ em bị xâm hại so với cùng kỳ năm 2022", "trẻ em bị xâm hại"),
])
def test_the_count_a_rate_names(text, noun):
    assert count_noun(text, text.index("%") + 1) == noun


@pytest.mark.parametrize("text", [
    "đạt 83,5% kế hoạch cả năm",         # a plan
    "tăng 9,3% so với cuối năm 2024",    # a base
    "30% số liệu",                       # «số liệu» is data, no count
])
def test_what_is_no_count_noun(text):
    assert count_noun(text, text.index("%") + 1) is None


@lru_cache(maxsize=None)
def _case(slug: str):
    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases
    from service.checker.standing import from_case

    case = next(c for f in FOLDERS for c in real_cases(f) if c.slug == slug)
    table, _ = load_real_table(case)
    return case, table, {"standing": from_case(case.standing), "period": case.period_code}


def _verdicts(slug: str, line: str, bad: str | None = None, base: str | None = None):
    case, table, kw = _case(slug)
    text = unicodedata.normalize("NFC", case.text)
    assert line in text, line
    if base is not None:   # the list's base said otherwise
        text = text.replace(f"{line} so với cùng kỳ năm 2020", f"{line} {base}", 1)
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, **kw).numbers
            if s <= n.start < s + len(line)]


@pytest.mark.parametrize("slug, line", [(YG, YG_LIST), (D7, D7_LIST), (ZE, ZE_LIST)])
def test_the_lists_as_published_are_not_flagged(slug, line):
    got = _verdicts(slug, line)
    assert len(got) >= 2 and not [t for t, v, _ in got if v in ("unsupported", "unverified")], got


@pytest.mark.parametrize("slug, line, bad, wrong, right", [
    # yg Bộ Công an: the dead's and the injured's rates swapped (the injured's rate is computed from last year's cell)
    (YG, YG_LIST, "giảm 23,64% số vụ, 28,38% số người chết, 16,4% số ngươi bị thương", "28,38%", "16,4%"),
    (YG, YG_LIST, "giảm 23,64% số vụ, 28,38% số người chết, 16,4% số ngươi bị thương", "16,4%", "28,38%"),
    # the accidents' and the dead's swapped: the first rate of the list, then the second after a comma
    (YG, YG_LIST, "giảm 16,4% số vụ, 23,64% số người chết, 28,38% số ngươi bị thương", "23,64%", "16,4%"),
    # a digit of the last rate: no more «chưa kiểm được» against the dead's rate row
    (YG, YG_LIST, "giảm 23,64% số vụ, 16,4% số người chết, 29,38% số ngươi bị thương", "29,38%", "28,38%"),
    # d7 Cường Thịnh: fires and their dead, the second after «và gần»; «người tử vong» for the row «Số người chết do cháy»
    (D7, D7_LIST, "tăng 30% số vụ và gần 11% số người tử vong", "30%", "11%"),
    (D7, D7_LIST, "tăng 30% số vụ và gần 11% số người tử vong", "11%", "30%"),
])
def test_a_rate_not_of_the_count_it_names_is_flagged(slug, line, bad, wrong, right):
    got = _verdicts(slug, line, bad)
    flagged = [(t, r) for t, v, r in got if v == "unsupported" and t == wrong]
    assert flagged and "«số " in flagged[0][1] and f"= {right}" in flagged[0][1], got


def test_a_list_of_another_base_is_left_to_the_other_passes():
    # «so với tháng trước»: the kept rates are of the same period last year, this pass says nothing
    got = _verdicts(YG, YG_LIST, "giảm 23,64% số vụ, 28,38% số người chết, 16,4% số ngươi bị thương",
                    base="so với tháng trước")
    assert not [r for t, v, r in got if "«số " in r], got
