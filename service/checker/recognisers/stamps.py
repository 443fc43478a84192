"""A day and month followed by a clock time — a posting's stamp, not a ratio.

    Trong tháng 4, cả nước xảy ra 372 vụ cháy, thiệt hại hơn 18 tỷ đồngSự kiện - 09/05 14:59Theo thông tin …
                                                                  (c25-kinhtemoitruong-372-vu-chay-thang-4)

``DAY_CLOCK``: ``DD/MM`` (a valid day and month) right before ``HH:MM`` — the date of the stamp; the clock is claimed
by ``clock.TIME``. Read before the dates that need a cue (``ngày``), which a stamp lacks.

``CLOCK_DAY``: the other order, ``7h/20/7``, ``19h-19/7`` — a clock hour, then the day and month (a hydrological
bulletin's moments), hour and date one claim, read before the clock times.
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

_DAY_MONTH_END = re.compile(r"(\d{1,2}/\d{1,2})$")


def _ends_on_a_day_and_month(text: str, m: re.Match) -> bool:
    return _day_and_month(text, _DAY_MONTH_END.search(m.group(0)))

#: ``lúc 7h/20/7 tại Hà Nội là 3,32 m``, ``(lúc 18h/19/7)``, ``đến 19h/21/7`` and the header row ``19h-19/7 | 7h-20/7``
#: of a forecast table (c27-evn-thuy-van-han-ngan-bac-bo-4342); ``lúc 7h/04/7 tại Phả Lại là 1,62 m``, ``19h-3/7 |
#: 7h-4/7`` (the same service's bulletin of 4 July, evn.com.vn …-4151): a clock hour, then a slash or a dash, then the
#: day and month — the moment a measure or a forecast is for, hour and date one claim (the ``20/7`` is no ratio, the
#: ``19`` of the header's ``19h-19/7`` no count); read before the clock times.
CLOCK_DAY = Rule("clock-day", "date", "a clock hour, then the day and month (7h/20/7)",
                 re.compile(r"(?<![\w.,/])(?:[01]?\d|2[0-4])[hg](?:[0-5]\d)?[ \t]?[/-][ \t]?\d{1,2}/\d{1,2}(?![\d/.,]\d)"),
                 accept=_ends_on_a_day_and_month,
                 group=0, needs=("h/", "h-", "h /", "h -", "g/", "g-"))


#: ``Thứ ba, 17/12/2019 | 10:0`` (xr-toan-quoc-bo-nn-ptnt-dich-ta-lon-chau-phi-tieu-huy-2019's dateline) and ``Thứ
#: hai, 30/11/2020, 0:0`` (sweep c40-thphanhuyich-5-dieu-bac-ho-day, its first line): a posting's stamp — a full date,
#: a bar or a comma, then its clock time with the minutes cut to one digit at the line's end (a page cut, a template's
#: unpadded minutes): the time, no figure. Not a clock before more words on its line (``10:0 vụ`` is no stamp).
CUT_CLOCK = Rule("cut-clock", "time", "a posting's stamp: a date and its clock, the minutes cut",
                 re.compile(r"(?<![\d/.,])\d{1,2}/\d{1,2}/(?:19|20)\d\d[ \t]*[|,][ \t]*((?:[01]?\d|2[0-3]):[0-5]?\d?)"
                            r"[ \t]*(?=\n|$)"),
                 needs=(":",))
