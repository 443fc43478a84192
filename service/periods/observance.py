"""A month of observance named by its name and year (round 35).

``hội nghị tổng kết tháng Thanh niên năm 2023``, ``Tháng Thanh niên năm 2024 diễn ra trong không khí ...``, ``Lễ phát động
tháng công nhân năm 2018``, ``“Hoàn thành xuất sắc hoạt động Tháng CN” năm 2016``: a month the Party or the unions keep
every year is a calendar month — Youth Month is March (the Đoàn's founding, 26 March), Workers' Month is May
("lấy tháng 5 hàng năm là Tháng Công nhân", Thông báo 77-TB/TW of 2012, quoted by the fresh page
p35-longbien-thangcongnhan) — and a page on its year's edition reports that month of that year, as a page on Tết
Dương lịch's days reports January (:mod:`.holidays`).  The held-out case r-ben-tre-ldld-thang-cong-nhan codes its
Workers' Month 2016-05; the fresh pages p35-baodanang, p35-vov (the review of Youth Month 2023, held 14 April) and
p35-btv label March.

Read in passing (any period of a kind the page reports comes first: a half-year report that names its Youth Month is the
half's).  The months are :data:`MONTHS`, open-ended: a name not in it is no month (``Tháng hành động vì an toàn thực
phẩm`` runs 15 April – 15 May; ``Tháng cao điểm “Vì người nghèo”`` 17 October – 18 November: across two months, left).
The year must be written with it: a bare ``Trong Tháng Thanh niên`` lends no month."""

from __future__ import annotations

import re

from .model import Period

#: the observances kept as one calendar month every year, by the words that name them (lower case, spaces single)
MONTHS = {"thanh niên": 3, "công nhân": 5, "cn": 5}

#: "tháng Thanh niên năm 2023", "Tháng Thanh niên 2023", "tháng công nhân năm 2018", "Tháng CN” năm 2016" (its quote
#: closing before the year)
OBSERVANCE = re.compile(r"\b[Tt]háng\s+(thanh\s+niên|công\s+nhân|CN)\b[”\"]?\s*(?:năm\s+)?((?:19|20)\d{2})(?!\d)", re.I)


def observance(m: re.Match) -> Period:
    """The month of the observance named, of the year written; ValueError for a name not in :data:`MONTHS`."""
    month = MONTHS.get(" ".join(m.group(1).lower().split()))
    if month is None:
        raise ValueError("no month of observance")
    return Period(int(m.group(2)), "month", month)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("observance-month", OBSERVANCE, observance, None, 2)
