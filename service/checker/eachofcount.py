"""Whose amount per unit a ``mỗi <noun> trị giá X`` is: the row kept under the count said just before it.

A sheet may keep one measure per unit under several counts (``Học bổng cho trẻ em …`` 13 suất with ``Trị giá mỗi
suất`` 1 triệu đồng, ``Học bổng khác`` 65 suất with ``Trị giá mỗi suất`` 300 ngàn đồng:
xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05; ``6 giải nhất, mỗi giải trị giá 50 triệu đồng; 12
giải nhì, mỗi giải trị giá 40 triệu đồng``: xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019). The text says
the count, then ``mỗi <noun>`` and the amount of one: the amount is that of the row the count's row heads (its
group), whatever words of another count stand earlier in the sentence.
"""

from __future__ import annotations

import re
import unicodedata

#: ``mỗi suất trị giá``, ``(mỗi suất``, ``mỗi giải``: ``mỗi`` and at most four words right before the number
_EACH_JUST_BEFORE = re.compile(r"(?i)(?<!\w)mỗi(?:[ \t]+[^\W\d_]+){1,4}[ \t]*:?[ \t]*$")
#: a group's numbering (``1.``, ``II.``, ``a)``) is no word of its label
_NUMBERED = re.compile(r"^\s*(?:[IVXLC]+|[A-Za-z]|\d+)[.)]\s*")


def said_each(text: str, num_start: int) -> bool:
    """The number at ``num_start`` follows ``mỗi <noun> (trị giá)``: the amount of one unit."""
    return _EACH_JUST_BEFORE.search(text, max(0, num_start - 40), num_start) is not None


def _fold(s: str) -> str:
    return " ".join(_NUMBERED.sub("", unicodedata.normalize("NFC", s or "")).lower().split())


def heads(count_row, row) -> bool:
    """``count_row`` is the row ``row`` is kept under: its label is ``row``'s group."""
    return count_row is not None and bool(row.fig.muc) and _fold(count_row.fig.chi_tieu) == _fold(row.fig.muc)


def row_of_count_before(text: str, i: int, mentions, where, rows, candidates):
    """Among ``candidates`` (rows keeping one measure per unit under several counts), the one the count said last
    before the amount per unit at ``i`` in its sentence heads; None when the number is no ``mỗi …`` amount or that
    count heads none of them."""
    if not said_each(text, mentions[i].num_start):
        return None
    for j in range(i - 1, -1, -1):
        if where[j].sentence != where[i].sentence:
            return None
        if said_each(text, mentions[j].num_start) or rows[j] is None:
            continue   # an earlier amount per unit, or a number of no row: look further back for the count
        return next((r for r in candidates if heads(rows[j], r)), None)
    return None
