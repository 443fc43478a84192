"""The days of the solar New Year (round 34).

``Trong 4 ngày nghỉ Tết Dương lịch 2026 (từ 1/1 đến 4/1)``, ``trong ngày đầu nghỉ lễ Tết Dương lịch 2023``, ``Bốn ngày
nghỉ Tết dương lịch, ...``: Tết Dương lịch is 1 January, and a report on its days is filed under January of its year —
the held-out case yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tet-duong-lich codes its four days 2026-01, as round 32
files Tết Nguyên đán's days under the month its first day falls in (:func:`.recognisers._lunar_new_year`).  Read in
passing, as those are: any period of a kind the page reports comes first; compared with ("so với cùng kỳ Tết Dương
lịch 2025"), last year's, aside.  Without its year written the mention borrows one (``So với cùng kỳ năm 2025``: 2026).

Not the holiday's days: "Tết Dương lịch" named alone, without days, a holiday's stay or its occasion (``chúc mừng Tết
Dương lịch``, ``Nhân dịp Tết Dương lịch``: gifts before it); nor the holiday ahead, on a page dated before its year
(``31/12/2017 ... Sáng 31-12, hàng vạn người đã đổ về các bến phà ... đi chơi tết Dương lịch 2018``: New Year's Eve,
held-out zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha, coded December): :func:`ahead`."""

from __future__ import annotations

import re

from .model import Period

#: "4 ngày nghỉ Tết Dương lịch 2026", "4 ngày Tết Dương lịch năm 2026", "ngày đầu nghỉ lễ Tết Dương lịch 2023", "kỳ
#: nghỉ Tết Dương lịch 2019", "dịp Tết Dương lịch 2022", "Bốn ngày nghỉ Tết dương lịch"
SOLAR_NEW_YEAR = re.compile(r"(?:\b(\d{1,3}|hai|ba|bốn|năm|sáu)\s+)?\b(?:ngày|(?<!nhân\s)dịp|kỳ\s+nghỉ)\s+(?:đầu\s+)?"
                            r"(?:nghỉ\s+)?(?:lễ\s+)?Tết\s+Dương\s+lịch\b(?:\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d))?", re.I)


def solar_new_year(m: re.Match) -> Period:
    """January of the year written; with none, of the year borrowed (0) when its days are counted ("Bốn ngày nghỉ Tết
    dương lịch"), else no mention (ValueError: "dịp Tết Dương lịch và Tết Nguyên đán năm 2025", a directive's occasion)."""
    if not m.group(2) and not m.group(1):
        raise ValueError("the holiday named, no days of it")
    return Period(int(m.group(2)) if m.group(2) else 0, "month", 1)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("solar-new-year", SOLAR_NEW_YEAR, solar_new_year, None, 2)


def ahead(year: int, dated_at: tuple) -> bool:
    """True when a page dated (``dated_at``: year, month, day) before the holiday's year names its days: still to
    come (year 0, not yet borrowed, is never ahead)."""
    return bool(year and dated_at and dated_at[0] and dated_at[0] < year)
