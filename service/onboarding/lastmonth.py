"""A number in brackets right after a comparison with an earlier month: that month's value (template round 54).

=======================  ========================================================================================
``last_month_bracket``   ``Giá trị sản xuất công nghiệp … 1.156,15 tỷ đồng, tăng 17,51% so với tháng 10/2018 (983,91
                         tỷ đồng)`` (xe-vinh-long-ban-quan-ly-cac-kcn-san-xuat-kinh-doanh-2018-11, a report of
                         November 2018), ``Doanh số toàn thị trường tháng 8 đạt 25.973 xe, giảm mạnh so với tháng
                         trước (31.739)`` (t23-vtcnews-oto-2025-08): a bracket
                         opening right after ``so với tháng trước`` or ``so với tháng N[/YYYY]`` — a month before the
                         report's — and holding one number (its unit, its qualifier) states what the measure was that
                         month: the comparison value of the row before it that measures the same thing, no row of
                         its own (the clerks keep it in a ``Tháng 10/2018`` column)
=======================  ========================================================================================

A later month (``so với tháng 12/2018 (…)`` in November's report: a plan or a target month) and a bracket going on
to a change (``so với tháng trước (tăng 13,2%)``) or a second number are left to the other recognisers.  Tried with
``service.onboarding.recognisers.RECOGNISERS`` beside ``plans.past_bracket`` (which reads ``so với năm 2017 (…)``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para
from service.onboarding.plans import _row_of_same_measure

#: ``so với tháng trước (``, ``so với tháng 10/2018 (``, ``so với tháng 2 (``, ``so với tháng 5 năm 2022 (``; the
#: bracket may open on a qualifier (``(khoảng``, ``(gần``) — no digit, no other bracket, no change word before the value.
_LAST_MONTH_OPEN = re.compile(r"(?i)(?<!\w)so\s+với\s+tháng\s+(?:(?P<prev>trước)|(?P<month>\d{1,2})"
                              r"(?:\s*/\s*|\s+năm\s+)?(?P<year>\d{4})?)\s*\(\s*(?:(?!tăng|giảm)[^\W\d_]+\s*){0,2}$")
#: After the value: only its unit words, then the bracket's close.
_CLOSE = re.compile(r"(?i)^[^\d();]{0,30}\)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _earlier(hit: re.Match, period) -> bool:
    """The month named is before the report's: ``tháng trước`` always; ``tháng 10/2018`` in November 2018's report, or
    ``tháng 2`` (the year unsaid: the report's) in March's; a report not of a month (nor months from January) no."""
    if hit.group("prev"):
        return True
    kind, year, index = getattr(period, "kind", None), getattr(period, "year", None), getattr(period, "index", 0)
    if kind not in ("month", "ytd") or not year:
        return False
    said = (int(hit.group("year") or year), int(hit.group("month")))
    return said < (year, index)


def last_month_bracket(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure"):
        return False
    s = p.sentence_of(m)
    hit = _LAST_MONTH_OPEN.search(p.text[s:_start(m)])
    if hit is None or not _CLOSE.match(p.text[m.end:]) or not _earlier(hit, p.reading.period):
        return False
    row = _row_of_same_measure(p, i, m)
    if row is None:
        return False
    if row.base is None:
        row.base = m.value
    row.derived.append(Derivation(p.quote(m), "số liệu tháng trước được nêu để so sánh", m.value))
    p.rows[i] = row
    return True


LAST_MONTH = (last_month_bracket,)
