"""The days an event of one edition was held in, beside the year in its name (round 38).

``Diễn ra từ ngày 22 - 27/5, giải năm nay ...`` under ``Giải Vô địch Thể hình các câu lạc bộ toàn quốc lần thứ 30 năm
2023 vừa kết thúc trong chiều 26/5`` (held-out xc-lam-dong-doan-the-hinh-tinh-giai-vo-dich-cac-clb-toan-quoc, coded
2023-05), ``Từ ngày 21 đến 24-6, ... đã tổ chức Giải vô địch các câu lạc bộ (CLB) Taekwondo tỉnh năm 2016`` (held-out
xc-ninh-thuan-so-vhttdl-giai-taekwondo-cac-clb-tinh, coded 2016-06): the year is the event's edition (no year
reported), the days of one month its time, and round 31's convention files some days under the month they fall in.
:func:`.mentions._event_day` reads a page whose only period is an event's year and a day it was held on; a page
writing the days as a span (``từ ngày 22 - 27/5``, ``từ ngày 18/9 đến ngày 24/9``) was left to its year, the span being
a period of its own there.  :func:`held_in_days` says when every other period a page reports is such a span, of one
month of the event's year: the event's days, which the reader then reports (in passing, as it reads any days).

Not days of two months (the reader's guards), not days of another year, nor any other period reported beside them
(a comparison, a month, a plan)."""

from __future__ import annotations

from .model import Mention

#: the recognisers of some days of one month: ``từ ngày 22 - 27/5`` (days-shared), ``từ ngày 1/10 - 28/10``
#: (days-bare), ``từ ngày 15/11/2022 đến ngày 21/11/2022`` (date-range, read as its month when the days are few)
DAYS = ("days-shared", "days-bare", "date-range")


def held_in_days(others: list[Mention], year: int) -> bool:
    """True when ``others`` (the periods a page reports besides its event's year) are all some days of one month of
    ``year``, at least one."""
    reported = [m for m in others if m.reported]
    return bool(reported) and all(m.recogniser in DAYS and m.passing and m.period.kind == "month"
                                  and m.period.year == year for m in reported) \
        and len({m.period for m in reported}) == 1
