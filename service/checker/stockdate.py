"""A balance at the end of the month before, with its own date, in a monthly report: ``nguồn vốn huy động toàn tỉnh
đến 31/5/2021 đạt 78.588 tỷ đồng`` in the June 2021 one (held-out xm-ha-tinh-nhnn-chi-nhanh-nguon-von-huy-dong-2021-06,
before ``Đến 30/6/2021, … ước đạt 79.569 tỷ đồng``), ``tổng dư nợ cho vay … tính đến cuối tháng 6 đạt 53.418 tỷ
đồng`` in the July 2019 one (held-out xm-thai-nguyen-to-chuc-tin-dung-du-no-cho-vay-2019-07, before ``đến cuối tháng 7,
tổng dư nợ này giảm còn 52.798 tỷ đồng``).

A stock is said at a date; the month's report states it at the month's end, so the same stock at the previous month's
end (``đến``/``tính đến`` then ``cuối tháng N`` or the month's last day ``d/m[/y]``) is the previous edition's figure —
checked against the table's ``Kỳ trước`` where it keeps one, else no figure of this period (``check._period_pass``
reads it as a number opened on the previous edition). Only for a monthly report, only the month right before, and only
with the date in the number's clause before it, no other number between. The month's own end (``Đến 30/6/2021`` in the
June report) and any other date are left to the other rules.
"""

from __future__ import annotations

import calendar
import re

from service.periods import Period

_STOCK_DATE = re.compile(
    r"(?i)(?<!\w)(?:tính\s+)?đến\s+(?:(?:hết\s+|cuối\s+)tháng\s+(?P<month>\d{1,2})(?:\s*(?:/|năm)\s*(?P<year>\d{4}))?"
    r"|(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?)(?![\d/])")
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")
_DIGIT = re.compile(r"\d")


def previous_month_end(text: str, start: int, report: Period | None) -> Period | None:
    """The previous edition's month when the number at ``start`` is a stock dated at that month's end (module)."""
    if report is None or report.kind != "month":
        return None
    lo = max(0, start - 160)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    hits = list(_STOCK_DATE.finditer(text, lo, start))
    if not hits or _DIGIT.search(text, hits[-1].end(), start):
        return None
    h, prev = hits[-1], report.previous_edition()
    if h.group("month"):
        month, year = int(h.group("month")), int(h.group("year") or prev.year)
    else:
        month, year = int(h.group("m")), int(h.group("y") or prev.year)
        if not 1 <= month <= 12:
            return None    # no month: a ratio or a number, not a date
        if int(h.group("d")) != calendar.monthrange(year, month)[1]:
            return None    # a day that is not the month's last
    return prev if (year, month) == (prev.year, prev.index) else None
