"""A year written without ``năm`` before its clause's predicate (template round 64).

``… giải ngân qua hệ thống KBNN năm 2017 và kể cả lũy kế của 2016 ước đạt hơn 40.370 tỷ đồng``
(xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1), ``Doanh thu dịch vụ khác 2018 ước tính đạt 509,13 nghìn tỷ đồng``
(c41-cand-ban-le-2018): the extraction reads ``2016``/``2018`` as a count whose noun is ``ước đạt hơn`` — a row
``2016 ước``, and the amount after it then taken for the bound of a class of 2016 things (``statements.class_bound``).

The grammar: a whole number of four digits, no thousands dot, in the range of years, with no noun after it — the
words right after it open the clause's predicate (``ước``, ``ước tính``, ``đạt``, ``tăng``, ``giảm``, ``là``,
``chiếm``) — and not itself a predicate's value (the word before it is no verb of reaching or having, no colon):
the year the subject is of, no figure.  ``đạt 2016 người``, ``có 2020 hộ`` (a noun after), ``số hội viên đạt 2016,
tăng …`` (a value after ``đạt``) and ``2.016 lượt`` (a thousands dot) stay counts.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.recognisers.estimateverb import year_before_predicate

_FOUR_DIGITS = re.compile(r"\d{4}")
_FIRST, _LAST = 1945, 2100


def bare_year(text: str, m: Mention) -> bool:
    """``m`` is a year written without ``năm`` before its clause's predicate (module docstring)."""
    if m.kind != "count" or m.unit or m.value is None or m.qualifier:
        return False
    raw = text[m.num_start:m.num_end]
    if not _FOUR_DIGITS.fullmatch(raw) or not _FIRST <= int(raw) <= _LAST:
        return False
    return year_before_predicate(text[max(0, m.num_start - 12):m.num_start], text[m.num_end:m.num_end + 40])


def bare_years_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bare year read as a year (no figure)."""
    for m in mentions:
        if bare_year(text, m):
            m.kind, m.note = "year", "year without năm before its predicate"
    return mentions
