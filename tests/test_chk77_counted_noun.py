"""Checker round 77 (helper chk77, issue 13): a group's words as the noun a count counts do not name the group
(evaluations/sweep/checker-round77.md, ``service/checker/countednoun.py``).

``Trong đó đường bộ xảy ra 696 vụ tai nạn, làm 526 người thiệt mạng``: ``tai nạn`` is what 696 counts, not the
whole country's group (``I. Toàn quốc (tai nạn và va chạm giao thông)``) coming back; the sub-group named before it
in the sentence is the one (xl-toan-quoc-uy-ban-atgt-quoc-gia, sweep p21-qdnd-tngt-thang10-2021-10).
"""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.countednoun import last_naming
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout, page

XL = "xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09"

#: a sheet for the month of sweep page p21 (qdnd.vn, October 2021): the whole and its three kinds
P21_TABLE = """STT;Chỉ tiêu;ĐVT;Tháng 10/2021
I;Toàn quốc (tai nạn giao thông);;
1;Số vụ;vụ;798
2;Số người chết;người;377
II;Đường bộ;;
3;Số vụ;vụ;789
4;Số người chết;người;367
III;Đường thủy;;
5;Số vụ;vụ;6
6;Số người chết;người;7
IV;Đường sắt;;
7;Số vụ;vụ;3
8;Số người chết;người;3
"""


def _within(text, table, line, period):
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, period=period).numbers
            if s <= n.start < s + len(line)]


def _flagged(got):
    return [t for t, v, _ in got if v == "unsupported"]


def _xl():
    return heldout(XL), load_table(HELDOUT / XL / "figures.csv", period="2020-09")


@pytest.mark.parametrize("line", [
    "Trong đó đường bộ xảy ra 696 vụ tai nạn, làm 526 người thiệt mạng, 376 người bị thương",
    "đường sắt đã xảy ra 5 vụ tai nạn , khiến 4 người thiệt mạng, 1 người bị thương",
])
def test_a_sub_group_counting_its_accidents_stands(line):
    text, table = _xl()
    got = _within(text, table, line, "2020-09")
    assert not _flagged(got), got


def test_the_whole_countrys_value_in_the_sub_groups_sentence_is_still_a_swap():
    text, table = _xl()
    line = "Trong đó đường bộ xảy ra 696 vụ tai nạn, làm 526 người thiệt mạng"
    bad = line.replace("526", "534")
    got = _within(text.replace(line, bad, 1), table, bad, "2020-09")
    assert _flagged(got) == ["534"], got


@pytest.fixture()
def p21(tmp_path):
    f = tmp_path / "figures.csv"
    f.write_text(P21_TABLE, encoding="utf-8")
    return page("p21-qdnd-tngt-thang10-2021-10"), load_table(f, period="2021-10")


@pytest.mark.parametrize("line, bad, wrong", [
    ("Tuyến đường sắt xảy ra 3 vụ tai nạn giao thông, làm chết 3 người",
     "Tuyến đường sắt xảy ra 3 vụ tai nạn giao thông, làm chết 7 người", "7"),
    ("đường thủy với 6 vụ tai nạn xảy ra, làm chết 7 người",
     "đường thủy với 6 vụ tai nạn xảy ra, làm chết 3 người", "3"),
])
def test_a_second_page_the_kind_named_before_its_counted_accidents(p21, line, bad, wrong):
    text, table = p21
    assert not _flagged(_within(text, table, line, "2021-10")), _within(text, table, line, "2021-10")
    got = _within(text.replace(line, bad, 1), table, bad, "2021-10")
    assert _flagged(got) == [wrong], got


# ------------------------------------------------------------------ the rule alone, on folded text
def test_a_counted_noun_gives_way_to_the_group_named_before_it_in_its_sentence():
    before = "trong do duong bo xay ra 696 vu tai nan, lam "
    hits = [(before.index("duong bo"), "road"), (before.index("tai nan"), "whole")]
    assert last_naming(hits, before) == (hits[0][0], "road")
    longer = "tuyen duong sat xay ra 3 vu tai nan giao thong, lam chet "
    hits = [(longer.index("duong sat"), "rail")] + [(longer.index(p), "whole") for p in ("tai nan", "nan giao",
                                                                                       "giao thong")]
    assert last_naming(hits, longer) == (hits[0][0], "rail")


@pytest.mark.parametrize("before, last", [
    # alone in its sentence, the counted noun names its group (``xảy ra 5 vụ cháy rừng``)
    ("dot nuong. xay ra 5 vu chay rung, thiet hai ", "forest"),
    # a group named after the count with a word between (``5 vụ ở đường sắt``) is no counted noun
    ("toan quoc xay ra 100 vu, trong do 5 vu o duong sat, lam ", "rail"),
    # a counted noun of another sentence does not reach back across the full stop
    ("duong bo xay ra 9 vu. toan quoc co 12 vu tai nan, lam ", "whole"),
])
def test_where_the_counted_noun_still_names(before, last):
    names = {"dot nuong": "farm", "chay rung": "forest", "toan quoc": "whole", "duong sat": "rail",
             "duong bo": "road", "tai nan": "whole"}
    hits = [(k, g) for p, g in names.items() for k in [before.find(p)] if k >= 0]
    assert last_naming(hits, before)[1] == last
