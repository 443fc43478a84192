"""Some days of one month written with the month once (round 36).

``Trong 04 ngày nghỉ Lễ 02/9, từ ngày 01 - 04/9/2022, tổng lượng khách đến tham quan ...`` (held-out
yy-quang-binh-vuon-quoc-gia-phong-nha-ke-bang, coded 2022-09), ``Từ ngày 22 - 26/5, nông dân một số xã ở huyện Kim Thành
... đã bắt đầu thu hoạch`` (p36-nongnghiephuuco), ``Từ ngày 26 - 28/6/2017, HĐND 2 huyện ...`` (c15-halang),
``từ ngày 22 đến 27-5 vừa qua`` (c28-baobinhphuoc): the first day written as a bare number, the month (and the year)
written once after the last.  They are some days of one month, as :mod:`.days` reads two day/month dates
(``từ ngày 1/10 - 28/10``), and round 31's convention files some days under the month they fall in.  Read in passing
(any period of a kind the page reports comes first); without a year the text lends one, as for a bare month.

Only after ``từ ngày``: ``từ 1 - 2/3 số hộ`` is a share, no days.  A week's days are none (:data:`_WEEK_BEFORE`), nor a meeting's
(:data:`_MEETING_BEFORE`).
Left alone: the first day after the last, a day past
the month's end, a third number after the year (a date range's start: ``từ ngày 15-12-2020 đến 14-10-2021``)."""

from __future__ import annotations

import calendar
import re

from .model import Period

#: "từ ngày 01 - 04/9/2022", "Từ ngày 22 - 26/5", "từ ngày 22 đến 27-5", "từ ngày 21-23.11": a bare first day, the
#: last day with its month (and year)
DAYS_SHARED = re.compile(r"\btừ\s+ngày\s+(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})"
                         r"(?:\s*\3\s*((?:19|20)\d{2}))?(?!\d)(?!\s*[/.\-]\s*\d)", re.I)


#: "Trong tuần 21 (từ ngày 16 - 22/5)" (c28-backan), "Trong tuần từ ngày 14-21/11/2025" (p24-ngaynay), "TUẦN THỨ 02
#: THÁNG 03/2024 (Các sự kiện thời sự nổi bật diễn ra từ ngày 04-10/3/2024)" (p12-laichau): a week's days, a week
#: being no period the service has (rounds 24-26), in the same clause before them
_WEEK_BEFORE = re.compile(r"\btuần\b[^.;!?]{0,80}$", re.I)     # (a hard-wrapped heading too)


#: "Đại hội Công đoàn Việt Nam lần thứ XII, nhiệm kỳ 2018 - 2023 diễn ra từ ngày 24 - 26/9/2018" (t18-vnpost): the days
#: a meeting is held on, reviewing some period of its own (a congress its term), no days reported (as a day a period
#: is reviewed on is none for the one-day reader, :data:`.mentions._REVIEWED_ON`)
_MEETING_BEFORE = re.compile(r"\b(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|phiên\s+họp|tổng\s+kết|sơ\s+kết)\b[^.;!?\n]{0,120}$",
                             re.I)


def days_shared(m: re.Match) -> Period:
    """The month the days fall in, of the year written (0 when none: borrowed from the text); ValueError for days out
    of order or past the month's end, or a week's (no mention)."""
    if _WEEK_BEFORE.search(m.string[max(0, m.start() - 90):m.start()]):
        raise ValueError("a week's days")
    if _MEETING_BEFORE.search(m.string[max(0, m.start() - 200):m.start()]):
        raise ValueError("a meeting's days")
    first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(4))
    year = int(m.group(5)) if m.group(5) else 0
    if not 1 <= month <= 12 or not 1 <= first < last <= calendar.monthrange(year or 2000, month)[1]:
        raise ValueError("no days of one month")
    return Period(year, "month", month)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("days-shared", DAYS_SHARED, days_shared, 4, 5)
