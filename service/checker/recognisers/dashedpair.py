"""A day-month written with a dash and no year, listed right after a day-month that can only be a date: the holiday
``30-4, 1-5`` — both dates, the second no range of amounts.

    Trong kỳ nghỉ lễ 30-4, 1-5 (từ 27-4 đến 1-5), ngành du lịch …     (xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04)
    … phục vụ khoảng 8 triệu trong dịp nghỉ lễ 30-4 và 1-5             (the same page's heading)
    … các điểm tham quan trên địa bàn dịp Lễ 30-4, 1-5 cũng tăng …    (t31-plo-an-giang-tra-vinh-le-30-4-2022)

Grammar, not a list of holidays: ``D-M`` with the day over the month can be no range (a range goes up: ``2-5 lần``,
``70-80%``), so it is a date; a second ``D-M`` joined to it by a comma, ``và``, ``&`` or a dash is the next date of
the list when it falls later in the same month or in the next one (``30-4, 1-5``; ``2-9, 3-9``). Alone, or after a
range, ``1-5`` stays what it was (``từ 1-2 người``, ``tăng gấp từ 2-5 lần``); a counted noun after it (``30-4, 1-5
người``) keeps it a count.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule
from service.checker.recognisers.nouns import COUNTED

_PAIR = re.compile(r"(?<![\d.,/\-–])(\d{1,2})-(\d{1,2})[ \t]*(?:,|và|&|[-–])[ \t]*((\d{1,2})-(\d{1,2}))"
                   r"(?![\d/\-–]|[.,]\d)")


def follows_a_date(text: str, m: re.Match) -> bool:
    """The first a sure date (the day over the month), the second a real day-month later than it by at most a month,
    no counted noun after it."""
    d1, m1, d2, m2 = (int(m.group(k)) for k in (1, 2, 4, 5))
    if not (12 >= m1 >= 1 and 31 >= d1 > m1 and 1 <= d2 <= 31 and 1 <= m2 <= 12):
        return False
    later = (m2 == m1 and d2 > d1) or m2 == m1 % 12 + 1
    return later and not COUNTED.match(text, m.end(3))


DASHED_DATE_AFTER_DATE = Rule("dashed-date-after-date", "date", "a day-month listed after a date (30-4, 1-5)",
                              _PAIR, group=3, accept=follows_a_date)
