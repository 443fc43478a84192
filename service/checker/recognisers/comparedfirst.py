"""A list of changes whose comparison opens the clause and whose verb leads the list: the later amounts are changes too.

    So với tháng trước, giảm 1 vụ, 1 người chết.     (sweep c50-baoninhthuan-an-toan-giao-thong-thang-12, a month)
    So với tuần trước, giảm 1 vụ, 1 người chết, tăng 2 người bị thương.          (sweep t6-ninhthuan-atgt-tuan)
    So với tháng 4/2018, giảm 58 vụ, 11 người chết và 66 người bị thương.     (sweep p23-bocongan-tngt-chayno-2018-05)

``changes.shared`` reads one verb for a list that runs on to its ``so với`` (``tăng 13 vụ, 6 bị cáo so với năm 2022``);
here the comparison is said first (``So với <kỳ>,``) and the verb once, before the first amount: ``1 người chết`` is
one death fewer, not the month's deaths. By grammar: the clause opens on ``So với`` + the compared period + a comma,
then the verb and the list's items (an amount and its noun, maybe with a verb of its own), each joined by ``,`` or
``và``. The number takes the direction of the change before it (the caller's). Not across a sentence's or clause's
end (``.``, ``;``, a line), so ``Va chạm giao thông xảy ra 8 vụ`` after it stays a count.
"""

from __future__ import annotations

import re

_QUAL = r"(?:(?:gần|hơn|khoảng|trên|dưới)[ \t]+)?"
#: one item of the list: maybe its own verb, an amount, its noun (one to four words)
_ITEM = r"(?:(?:tăng|giảm)[ \t]+)?" + _QUAL + r"\d[\d.,]*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}"
_OPENED = re.compile(r"(?i)[ \t]*(?:[-–•*+][ \t]*)?so[ \t]+với[ \t]+[^,.;:!?\n]{1,40}?,[ \t]*(?:tăng|giảm)[ \t]+" + _QUAL
                     + r"\d[\d.,]*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}(?:[ \t]*(?:,|và)[ \t]*" + _ITEM + r")*?"
                     r"[ \t]*(?:,|và)[ \t]*" + _QUAL)
_CLAUSE_END = re.compile(r"[.;!?\n](?=\s)|\n")
_REACH = 300


def compared_first(text: str, num_start: int) -> bool:
    """The number at ``num_start`` is a later item of a list of changes its clause opens with ``So với <kỳ>, tăng/giảm``
    (see the module)."""
    lo = max(0, num_start - _REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, num_start)]
    start = ends[-1] if ends else lo
    if not ends and lo > 0:
        return False
    return _OPENED.fullmatch(text, start, num_start) is not None
