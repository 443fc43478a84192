"""Dates the extraction reads as numbers: notation, not figures.

====================  ==========================================================================================
``month_year``        ``trong đợt 2.2022``, ``tháng 5.2022``: a month and a year joined by a dot — a dot groups
                      thousands in threes, so ``2.2022`` is no number; it is month 2 of 2022
``day_listed``        ``(tức 28 và 29 tháng Giêng năm Giáp Thìn)``: a day listed before the day that carries the
                      month (``và``, a comma or a dash between), nothing counted after it
====================  ==========================================================================================

They are tried with ``service.onboarding.recognisers.RECOGNISERS``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``2.2022``: one or two digits (a month), a dot, four digits that make a year.
_MONTH_YEAR = re.compile(r"^(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)$")
#: After a listed day: ``và 29 tháng``, ``, 29/3``, ``- 29.3``, ``và 29 tháng Giêng``.
_NEXT_DAY = re.compile(r"(?i)^\s*(?:và|,|[-–]|đến)\s*(?P<day>\d{1,2})\s*(?:tháng(?!\w)|/\s*\d|\.\s*\d{1,2}(?!\d))")


def month_year(p: Para, i: int, m: Mention) -> bool:
    """``Hội An vận động hiến 401 đơn vị máu trong đợt 2.2022`` (t15-hoianrt-hienmau-dot2-2022): ``2.2022`` is the
    second round of 2022 written as the paper writes dates (``tháng 5.2022``) — in Vietnamese notation a dot groups
    thousands in threes, so a dot then four digits of a year after a month is a date, never a count. ``2.022 hộ``
    (three digits) stays a number."""
    hit = _MONTH_YEAR.match((m.raw or "").strip())
    return bool(hit) and 1 <= int(hit.group("month")) <= 12


def day_listed(p: Para, i: int, m: Mention) -> bool:
    """``trong ngày 8 và 9/3 (tức 28 và 29 tháng Giêng năm Giáp Thìn)`` (t15-locbinh-hangdap-2024): a whole number
    of 31 at most with no noun of its own, then ``và``/a comma/a dash and a day that carries its month (``29 tháng``,
    ``29/3``) — the first day of the two, not a count. ``28 xã và 29 thôn`` (a noun after the number) stays."""
    if m.kind != "count" or m.value is None or m.value != int(m.value) or not 1 <= m.value <= 31 or m.unit:
        return False
    hit = _NEXT_DAY.match(p.text[m.num_end:m.num_end + 30])
    return bool(hit) and 1 <= int(hit.group("day")) <= 31


DATES = (month_year, day_listed)
