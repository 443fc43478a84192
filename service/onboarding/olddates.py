"""A year of history written after ``năm`` or a month is a date, not a count (round 49).

===============  ======================================================================================
``old_year``     ``như năm 1836 vua Minh Mạng xuống chỉ trồng cây dừa ven biển Thừa Thiên Huế; năm 1870 vua Tự
                 Đức đã sắc …`` (t39-kiemlam-35-nam-xay-dung-2008), ``Năm 1757- tức 25 năm sau, tình hình thuận
                 lợi`` and ``Tháng 11/1779, tình hình vùng sông Hậu bất ổn`` (t39-baovinhlong-dinh-long-ho-tinh-
                 vinh-long): the periods reader knows the years of reports (``năm 2020``, ``tháng 11/2019``), not
                 those of history, and the extraction counted the next word (``1836 vua``, ``1757 tức``) — the
                 template made rows of them. Four digits written with no thousands dot right after ``năm`` (a year's
                 word) or after ``tháng M/`` / ``ngày D/M/`` (a date) are a year: no row.
===============  ======================================================================================

A count the text groups in thousands (``năm 2023 trồng 1.836 cây``) has its dot and no ``năm`` right before it:
it stays.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, with the dates (``dates.DATES``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: A year's word or a date's month right before: ``năm 1836``, ``Năm 1757``, ``tháng 11/1779``, ``ngày 2/9/1945``.
_YEAR_BEFORE = re.compile(r"(?i)(?:(?<!\w)năm\s+|(?<!\w)(?:tháng\s+|ngày\s+\d{1,2}\s*/\s*)\d{1,2}\s*/\s*)$")
#: Four digits, no thousands dot: a year as a date writes it.
_YEAR = re.compile(r"^[12]\d{3}(?!\d|[.,]\d)")


def old_year(p: Para, i: int, m: Mention) -> bool:
    """``năm 1836 vua Minh Mạng``, ``Tháng 11/1779``: a year of a date — no row."""
    if m.value is None or m.comparison:
        return False
    if not _YEAR.match(p.text[m.num_start:m.num_start + 5]):
        return False
    return bool(_YEAR_BEFORE.search(p.text[max(0, m.num_start - 16):m.num_start]))


OLD_DATES = (old_year,)
