"""Two months named together as the times of what happened: their year (round 59).

``Các loại hình thiên tai xảy ra trên địa bàn tỉnh phải kể đến là: Dông lốc, mưa lớn cục bộ, ảnh hưởng của hoàn lưu
cơn bão số 2 …; mưa lớn kéo dài trong thang 7 và cuối tháng 9/2021 đã gây thiệt hại …`` (held-out
xy-hoa-binh-ban-chi-huy-pctt-tkcn-tinh-thien-tai-2021, coded 2021: the province's disasters of the year, told in turn):
the only year is the second of two months joined by ``và`` (or a comma), and the page was read as September 2021.  A
month named after an earlier, not adjacent, month with ``và`` / ``,`` (``tháng 7 và cuối tháng 9/2021``) is one of
several months whose events the text tells, with a month between them untold: neither is the period alone, and the
months are not a stretch (not ``từ tháng 7 đến tháng 9``); the mention reads as the year they share, as any year named
in a sentence (the page's other periods, when it names them, win as a year's mention would lose).

Not two months next to each other (``trong tháng 1 và tháng 2-2024, địa phương này đã đón gần 2,8 triệu lượt du
khách``, sweep t39-nld-du-lich-mua-le-hoi-2024: a stretch, read by the rules before, 2024-2T), nor a month and the
months so far (``tháng 5 và 5 tháng năm 2017``: ``N tháng`` is no month), nor two months of
different years (``tháng 12/2020 và tháng 1/2021``: each names its own year; only the last month of the list may carry
it).  The accent-less ``thang`` a page's typing drops (``trong thang 7``) is the same word."""

from __future__ import annotations

import re

from .model import Period

#: "thang 7 và cuối ", "tháng 3, ", "tháng 1 và ": a bare month (no year of its own), "và" or a comma, maybe the part of
#: the month ("cuối", "đầu", "giữa") the next is named by, right before the next month
_MONTH_BEFORE = re.compile(r"\bth[aá]ng[^\S\n]*(\d{1,2})[^\S\n]*(?:,|và)[^\S\n]*(?:(?:cuối|đầu|giữa)[^\S\n]+)?$", re.I)


def months_joined(t: str, start: int, period: Period) -> Period | None:
    """The year of ``period`` (a month named at ``start``) when a bare earlier month is joined to it; else None."""
    if period.kind != "month" or not period.year:
        return None
    m = _MONTH_BEFORE.search(t[max(0, start - 30):start])
    if m is None or not 1 <= int(m.group(1)) < period.index - 1:     # next to each other: a stretch, as before
        return None
    return Period(period.year, "year")
