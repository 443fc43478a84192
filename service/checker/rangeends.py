"""A range said in the text against a table that keeps its two ends as two rows (round 61, issue 13).

A market bulletin says ``dao động 54.000 – 62.000 đồng/kg``; its hand table, and the figures template
(``service.onboarding.pricerange``, round 53), keep that as two rows, «Giá heo hơi … - thấp nhất» 54.000 and «… - cao
nhất» 62.000 (xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11). A hospital's ``trung bình 30- 35 ca/ngày`` is
«… - bình quân thấp nhất» 30 and «… - bình quân cao nhất» 35 (xd-nghe-an-vinh-benh-vien-da-khoa-thanh-pho-tong-ket-2019);
a gift's ``mỗi suất trị giá từ 500.000 đến trên 1.000.000 đồng`` is «Trị giá mỗi suất - mức thấp nhất» and «… - mức cao
nhất» (yv-phu-tho-hoi-nan-nhan-chat-doc-da-cam-qua-tet-binh-ngo-2026-02).

A range is otherwise supported by any value inside it (``match.value_supports``): the writer claims no more than the
range. Against an END row that is too loose: ``54.000 – 63.000`` holds 54.000, so a wrong upper end passed. Here, a
range matched to a row whose label names it the lowest (``thấp nhất``, ``tối thiểu``) or the highest (``cao nhất``,
``tối đa``) must say that row's value at that end, and the row's partner (the same label with the other end's word;
a bracketed name after it, ``(Cần Thơ)``, set aside) must be said at the other end. Rows naming no end are untouched,
and so is a range typed in one cell (``7.500 - 7.600``: ``Checker._range_states``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal

#: The word naming a row one end of a range: ``thấp nhất``/``tối thiểu`` (the lowest), ``cao nhất``/``tối đa``.
_END = re.compile(r"(?i)(?<!\w)(?:mức\s+)?(thấp\s+nhất|tối\s+thiểu|cao\s+nhất|tối\s+đa)(?!\w)")
_LOW_WORDS = ("thấp", "tối thiểu")
#: A bracketed name after the end word (``thấp nhất (Cần Thơ)``): not part of what the two rows share.
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*")
_SPACE = re.compile(r"\s+")


def row_end(label: str) -> tuple[str, str] | None:
    """(``"low"``/``"high"``, the label's stem without the end word) when a row's label names it one end, else None."""
    found = list(_END.finditer(label or ""))
    if len(found) != 1:
        return None   # no end word, or two ("cao nhất … thấp nhất"): not one end of a range
    m = found[0]
    word = _SPACE.sub(" ", m.group(1).lower())
    side = "low" if word.startswith(_LOW_WORDS) else "high"
    stem = _BRACKETED.sub(" ", label[:m.start()] + " # " + label[m.end():])
    return side, _SPACE.sub(" ", stem).strip(" -–:,").lower()


def partner(rows: Iterable, row, side: str, stem: str):
    """The row keeping the range's other end: the same stem, the other end's word."""
    for other in rows:
        if other is row:
            continue
        end = row_end(other.fig.chi_tieu)
        if end is not None and end[0] != side and end[1] == stem:
            return other
    return None


def ends_said(rows: Iterable, row, col: str, low: Decimal, high: Decimal,
              says: Callable[[Decimal, Decimal], bool]) -> bool:
    """May the range ``low``–``high`` stand on ``row`` (column ``col``)? ``says(v, end)``: the end as written says v.

    True for a row naming no end; for an end row, its value must be said at its end and its partner's (if the table
    keeps one in that column) at the other.
    """
    end = row_end(row.fig.chi_tieu)
    if end is None:
        return True
    side, stem = end
    mine, theirs = (low, high) if side == "low" else (high, low)
    if col not in row.values or not says(row.values[col], mine):
        return False
    other = partner(rows, row, side, stem)
    return other is None or col not in other.values or says(other.values[col], theirs)
