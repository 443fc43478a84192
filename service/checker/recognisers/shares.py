"""A share of a total the text states elsewhere: ``Trong số 139 xã, có 82 xã đạt chuẩn …, chiếm tỷ lệ 59%``,
``đã thu hơn 5.626 tỷ đồng, …, chiếm 67% tổng thu`` (the total, 8.356 tỷ đồng, two sentences up).

The grammar: a percentage that ``chiếm`` (``chiếm tỷ lệ``, ``tỷ lệ``, ``tỷ trọng``) or that is followed by
``tổng …`` is a part over a whole.  The part is the number the clause states before it; the whole is a number of
the same unit the text stated earlier (in the same paragraph or shortly before), larger than the part.  The
recogniser says which percentages read this way and which earlier numbers may be their whole; the checker
(``derive``) computes part/whole and keeps the reading only when it gives the percentage written.
"""

from __future__ import annotations

import re

#: ``chiếm``, ``chiếm tỷ lệ``, ``đạt tỷ lệ``, ``tỷ trọng``, right before the percentage (and its qualifier).
_CUE_BEFORE = re.compile(r"(?i)(?<!\w)(?:chiếm|(?:tỷ|tỉ)\s+(?:lệ|trọng))(?:\s+(?:khoảng|gần|hơn|trên|là|:))?\s*$")
#: ``67% tổng thu``, ``69,5% tổng dự toán``, ``40% trong tổng số``: the whole named right after.
_TOTAL_AFTER = re.compile(r"(?i)\s*(?:của\s+|so\s+với\s+|trong\s+|trên\s+)?tổng(?!\w)")
#: How far back (characters) the whole may stand: the paragraph and the one or two before it.
REACH = 1500


def reads_as_share(text: str, start: int, end: int) -> bool:
    """Does the percentage ``text[start:end]`` (its qualifier included in ``start``) read as a share of a whole?"""
    return bool(_CUE_BEFORE.search(text[max(0, start - 30):start]) or _TOTAL_AFTER.match(text, end))


def whole_candidates(mentions, part: int, percent: int, same_unit, is_part=lambda k: False) -> list[int]:
    """Indices of earlier mentions that may be the whole of ``mentions[part]``: figures of the same unit
    (``same_unit(a, b)``), larger than the part, within ``REACH`` characters before the percentage, and not
    themselves a part with a share of their own (``is_part``: ``82 xã …, chiếm 59%`` is no whole of ``2 xã``);
    nearest first."""
    p, pc = mentions[part], mentions[percent]
    out = []
    for k in range(part - 1, -1, -1):
        w = mentions[k]
        if pc.start - w.end > REACH:
            break
        if not w.is_figure or w.value is None or p.value is None or w.value <= p.value or is_part(k):
            continue
        if w.kind != p.kind or not same_unit(w, p):
            continue
        out.append(k)
    return out
