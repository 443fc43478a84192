"""A heading's period counted from its start to the report's date is no later period (template round 72).

``I. TÌNH HÌNH THIÊN TAI VÀ THIỆT HẠI TỪ ĐẦU NĂM 2020`` heads the figures of the half-year report
xo-toan-quoc-tong-cuc-pctt-thien-tai-2020-h1 (period 2020-H1): ``từ đầu năm 2020`` is the year so far, the stretch
from 1 January to the report's date, as ``Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra 12 loại …``
(r-ca-nuoc-pctt-2018) and ``Tính từ đầu năm 2010 đến nay, các cấp hội đã nuôi …`` (xc-phu-yen-phu-hoa-…-2010)
say it.  The periods reader gives the bare ``NĂM 2020`` the whole year, which ends after June, so
``rows.is_plan`` took the section for the next half's targets and the report lost every row.

The grammar: ``từ đầu`` (``tính từ đầu``, ``kể từ đầu``) right before the period, or the periods reader's own
so-far readings (``từ đầu năm … đến nay``, ``từ đầu năm đến ngày …``): such a period ends at the report's date,
never after it (its start still can: ``Từ đầu năm 2019 đến nay`` in 2018's review).  Not read: ``6 THÁNG CUỐI NĂM 2020``, ``KẾ HOẠCH NĂM 2021``, ``NĂM 2021`` alone (a later period
stays one), ``đầu năm 2021`` without ``từ`` (the start of a year, e.g. a target date).
"""

from __future__ import annotations

import re

#: ``từ đầu`` (``tính từ đầu``, ``kể từ đầu``) ending right before the period's words.
_FROM_START = re.compile(r"(?i)(?<!\w)từ\s+đầu\s*$")
#: The periods reader's readings of a stretch up to the report's date.
_SO_FAR = frozenset({"so-far", "to-day"})


def year_to_date(text: str, mention) -> bool:
    """Whether period ``mention`` of ``text`` runs from its start to the report's date (``từ đầu năm 2020``)."""
    if getattr(mention, "recogniser", None) in _SO_FAR:
        return True
    return bool(_FROM_START.search(text[:mention.start]))


def ends_after(text: str, mention, end: tuple[int, int]) -> bool:
    """Whether period ``mention`` of heading ``text`` ends after ``end`` (year, month), the report's own end: a
    period counted from its start to the report's date ends there, so only its start can lie after
    (``Từ đầu năm 2019 đến nay`` in 2018's review is the next year's, as ``statements.later_period`` reads it)."""
    period = mention.period
    if year_to_date(text, mention):
        return (period.year, period.months[0]) > end
    return (period.year, period.months[1]) > end
