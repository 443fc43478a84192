"""A number its sentence says of last year's same period: ``Năm 2018, Sở KHCN đã triển khai … 27 nhiệm vụ mới`` in the
2019 report, ``trong khi cùng kỳ năm 2009 nam chiếm 82% và nữ chiếm 18%`` in the half-year 2010 one, ``tương ứng năm
2009 là 52% và 31%``. The sentence names that period last before the number (as its topic, not as the base of a
comparison: ``so với năm 2018``), on the same line and in the same clause group (no ``;`` between). A row's value of
last year (``Cùng kỳ năm trước``) is then the number's right value, as it would be after ``so với cùng kỳ``; this
period's value written there is not (the checker compares with the row's ``cung_ky`` column only).

The grammar only: the period is read by ``service.periods.find_mentions``, whatever words name it.
"""

from __future__ import annotations

import re

from service.periods import find_mentions

_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
#: the period named as the base of a comparison, not as what the sentence speaks of
_AS_BASE = re.compile(r"(?i)(?<!\w)(?:so\s+với|so|với|hơn|bằng|từ|gấp)\s+(?:cùng\s+kỳ\s+)?$")
#: a clause boundary no topic crosses
_STOP = re.compile(r"[;\n]")


def said_of_last_year(text: str, start: int, report) -> bool:
    """The number at ``start`` is said of ``report``'s same period a year earlier (see the module)."""
    if report is None:
        return False
    lo = max(0, start - 240)
    window = text[lo:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    sentence = window[cut:]
    named = [m for m in find_mentions(sentence, report.year) if m.period is not None and not (m.plan or m.target)]
    if not named:
        return False
    last = max(named, key=lambda m: m.end)
    if _STOP.search(sentence, last.end) or _AS_BASE.search(sentence[max(0, last.start - 14):last.start]):
        return False
    p = last.period
    if p.year != report.year - 1:
        return False
    return p == report.cung_ky or p.kind == "year" or last.same_period
