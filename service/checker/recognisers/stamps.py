"""A day and month followed by a clock time — a posting's stamp, not a ratio.

    Trong tháng 4, cả nước xảy ra 372 vụ cháy, thiệt hại hơn 18 tỷ đồngSự kiện - 09/05 14:59Theo thông tin …
                                                                  (c25-kinhtemoitruong-372-vu-chay-thang-4)

``DAY_CLOCK``: ``DD/MM`` (a valid day and month) right before ``HH:MM`` — the date of the stamp; the clock is claimed
by ``clock.TIME``. Read before the dates that need a cue (``ngày``), which a stamp lacks.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule


def _day_and_month(text: str, m: re.Match) -> bool:
    day, month = (int(x) for x in m.group(1).split("/"))
    return 1 <= day <= 31 and 1 <= month <= 12


DAY_CLOCK = Rule("day-clock", "date", "a posting's stamp: day/month and a clock time",
                 re.compile(r"(?<![\d/.,])(\d{1,2}/\d{1,2})(?![\d/])[ \t]+(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d/])"),
                 accept=_day_and_month, needs=("/",))
