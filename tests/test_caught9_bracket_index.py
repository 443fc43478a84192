"""Caught round 9 (helper caught9, issue 13): an index in brackets right after a value is that value's own index —
evaluations/sweep/caught-round9.md, ``service/checker/bracketindex.py``.

A statistics office lists place after place, each value with its index against last year in brackets
(``Mỹ Lộc: 3.197ha, 58,3 tạ/ha (99,18%), 18.486 tấn``); every bracket is some row's index, so a wrong one (another
row's index) passed as that row's. A bracket read as a share or another rate is left alone.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from service.checker.check import check_text

ROOT = Path(__file__).resolve().parents[1]
SWEEP = ROOT / "evaluations" / "sweep" / "caught9"
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"


@lru_cache(maxsize=None)
def _case(root: Path, slug: str):
    from evaluations.checker_accuracy import load_real_table
    from evaluations.real import real_cases
    from service.checker.standing import from_case

    case = next(c for c in real_cases(root) if c.slug == slug)
    table, _ = load_real_table(case)
    return case, table, {"standing": from_case(case.standing), "period": case.period_code}


def _verdicts(root: Path, slug: str, line: str, bad: str | None = None):
    """(text, verdict, reason) of the numbers of ``line`` in the case's page, the line written ``bad`` if given."""
    case, table, kw = _case(root, slug)
    text = unicodedata.normalize("NFC", case.text)
    assert line in text, line
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, **kw).numbers
            if s <= n.start < s + len(line)]


def _flagged(got):
    return [t for t, v, _ in got if v == "unsupported"]


@pytest.mark.parametrize("line, bad, wrong, said", [
    # 98,72 is the province's rice output's index (giảm 1,28%); Nghĩa Hưng's yield's is 100,13
    ("Nghĩa Hưng: 10.117ha, 74,65 tạ/ha (100,13%)", "Nghĩa Hưng: 10.117ha, 74,65 tạ/ha (98,72%)", "98,72%", True),
    # 98,57 is the grain output's (giảm 1,43%); Nam Trực's yield's is 99,92
    ("Nam Trực: 7.605ha, 70,6 tạ/ha (99,92%)", "Nam Trực: 7.605ha, 70,6 tạ/ha (98,57%)", "98,57%", True),
    # another district's index on this one's yield: Mỹ Lộc's 99,18 on Hải Hậu (the place named before it already
    # tells — ``_named_row_pass``)
    ("Hải Hậu: 10.120ha, 75,57 tạ/ha (100,08%)", "Hải Hậu: 10.120ha, 75,57 tạ/ha (99,18%)", "99,18%", False),
])
def test_an_index_in_brackets_is_its_values_own(line, bad, wrong, said):
    slug = "d9-baonamdinh-luaxuan-2020"
    assert not _flagged(_verdicts(SWEEP, slug, line))
    got = _verdicts(SWEEP, slug, line, bad)
    assert wrong in _flagged(got), got
    if said:
        assert "Chỉ số trong ngoặc này nói về" in next(r for t, v, r in got if t == wrong), got


@pytest.mark.parametrize("root, slug, line", [
    # every district's own index, as published
    (SWEEP, "d9-baonamdinh-luaxuan-2020", "Thành phố Nam Ðịnh: 689ha, 54,25 tạ/ha (100,46%), 3.755 tấn; Mỹ Lộc: "
                                          "3.197ha, 58,3 tạ/ha (99,18%), 18.486 tấn"),
    # a bracket after a name, no value before it: a hospital's bed occupancy (yd Lâm Đồng, 5 months of 2017)
    (HELDOUT, "yd-lam-dong-so-y-te-kham-chua-benh-5-thang-2017-5t", "Bệnh viện YHCT Phạm Ngọc Thạch (110,7%)"),
    # shares of provinces in brackets (zn hòa giải ở cơ sở): no index row among them
    (HELDOUT, "zn-toan-quoc-hoa-giai-o-co-so-2014-2023", "Long An (93,2%)"),
])
def test_brackets_that_are_no_values_index_are_left_alone(root, slug, line):
    assert not _flagged(_verdicts(root, slug, line))


def test_the_rule_keeps_quiet_where_the_value_has_no_index_row():
    # the province's yield «69,45 tạ/ha» keeps its index 100,07 but the bracket after «tăng 0,05 tạ/ha» is the
    # change's rate («bằng 0,07%»), not a bare index: the rule reads only a bracket holding the percent alone
    got = _verdicts(SWEEP, "d9-baonamdinh-luaxuan-2020", "Năng suất lúa bình quân toàn tỉnh đạt 69,45 tạ/ha")
    assert not _flagged(got)
