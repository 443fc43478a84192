"""Some days of one month written as two dates without a year (round 34).

``từ ngày 1/10 - 28/10 xảy ra 216 vụ``, ``(từ ngày 11/1- 24/1)``, ``từ 21/1 - 26/1``: the days of a week, of a
campaign's first fortnight, of a holiday — some days within one month.  Round 31's convention files them under the
month they fall in (a user's table has no column for "some days"), as :func:`.recognisers.days_in_month` does for two
dates with a year.  Here the year is not written: the mention takes the one the text lends it (``so với cùng kỳ năm
2020``: 2021; the page's date), as a bare month does (``Trong tháng 10,``), and it is read in passing: any period of
a kind the page reports comes first.

Left alone: days across two months (``từ 25/1 đến ngày 2/2``: no month), a day after the last (``từ 20/10 - 5/10``),
days written with a year (the date-range recogniser reads those), and a time of day before the first date.

This module imports nothing but the model, so :mod:`.recognisers` composes it into its registry."""

from __future__ import annotations

import calendar
import re

from .model import Period

#: "từ ngày 1/10 - 28/10", "từ 21/1 - 26/1", "từ ngày 11/1- 24/1", "từ 1/1 đến 4/1", "từ ngày 18/9 đến ngày 24/9": two
#: day/month dates, no year after the second (nor a third number: "từ 1/10 - 28/10/2021" is a date range)
DAYS_BARE = re.compile(r"\btừ\s+(?:ngày\s+)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?!\s*[/.\-]\s*\d{4})(?!\d)\s*(?:-|–|đến|tới)\s*"
                       r"(?:ngày\s+)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?!\d)(?!\s*[/.\-]\s*\d)", re.I)


def days_bare(m: re.Match) -> Period:
    """The month two day/month dates fall in, its year not yet known (0: borrowed from the text); ValueError for days
    of two months or out of order (no mention)."""
    d1, m1, d2, m2 = (int(g) for g in m.groups())
    if m1 != m2 or not 1 <= m2 <= 12 or not 1 <= d1 <= d2 <= calendar.monthrange(2000, m2)[1]:
        raise ValueError("days of two months, or no days")
    return Period(0, "month", m2)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("days-bare", DAYS_BARE, days_bare, 4, None)
