"""A count to a day written without its year is not after the page's own date (round 49).

``date 2025-12-23 Ngày 23/12, ngành đường sắt quyết định tăng thêm 11 chuyến tàu ... Sau hơn 3 tháng mở bán, đến ngày
22/12, ngành đường sắt đã bán được 140.000 vé ... Giai đoạn trước Tết, từ ngày 3/2 đến 9/2/2026 ... vé tàu ... vẫn
còn`` (held-out xl-toan-quoc-nganh-duong-sat-ve-tau-tet, coded 2025-12): a count to a day (``đến ngày 22/12``, what
was done by then) borrowed the year of the days ahead named after it (the coming Tết's, 2026), and the page read
December 2026, a year after its own date.  What is counted to a day has happened by the time the page prints it: a
count whose lent year puts its month after the page's date (the date a text prints as its ISO stamp,
:func:`.iso_stamp.iso_stamp`, else the one the caller knows) takes the page's year, or the one before for a month
later than the page's.  A count lent a year not after the page's date keeps it; a day of the days ahead (a
``date-range`` such as ``từ ngày 3/2 đến 9/2/2026``) is no count and keeps its own year; an undated page is left
as it is.

A running total lent its year is counted by the page's date too (round 52): ``date 2023-06 Tập đoàn Hòa Phát cho
biết, trong tháng 5, ... Lũy kế 5 tháng, Hòa Phát đã sản xuất 2,34 triệu tấn thép thô, giảm 36% so với 5 tháng đầu năm
2023`` (held-out xo-toan-quoc-hoa-phat-san-luong-thep, coded 2023-05): the bare ``Lũy kế 5 tháng`` borrowed the year
after the compared ``5 tháng đầu năm 2023`` (the page's own slip for 2022, not corrected) and read 5 months of 2024 on a
page of June 2023.  The months so far (a ``ytd`` period) end at their count's month (``5 tháng`` ends in May), and
take the page's year as a count to a day does; one lent a year not after the page keeps it.

Months counted back from the page, ``N tháng (vừa) qua`` (the past N months), more of them than the page's year has
had (round 58): ``date 2025-09-08 Thống kê của Cục Quản lý thi hành án dân sự ... cho thấy, 10 tháng qua toàn hệ thống
đã thực hiện xong gần 447.000/977.700 việc`` (held-out xv-toan-quoc-cuc-quan-ly-thads-thi-hanh-an-dan-su-2025-10t,
coded 2025-10T: the judgment-enforcement year runs from 1 October) read January to October 2024, months that ended
eleven months before the page, which no "past ten months" are.  Such months end at the page: a working year started
in an earlier calendar year, named by the year it ends in (as ``từ ngày 01/10/2021 đến 30/9/2022`` is the year 2022).
The year before's months so far stay when they end just before the page (``12 tháng qua`` on a page of February 2024:
2023, two months back at most)."""

from __future__ import annotations

import re


#: how many months after the year before's months so far end a page may still call them "the past N months"
JUST_PAST = 2


def counted_by_page(men) -> bool:
    """A mention whose lent year is bounded by the page's date: a count to a day of a month, the months so far."""
    return men.recogniser == "to-day" and men.period.kind == "month" or men.period.kind == "ytd"


def not_after_page(year: int, month: int, page: tuple[int | None, int | None], back: bool = False) -> int:
    """The year of a count to a day of ``month`` lent ``year``, no later than the page's (year, month) ``page``;
    ``back``: months counted back from the page (``10 tháng qua``), ending at it."""
    page_year, page_month = page
    if not page_year or not page_month or (year, month) <= (page_year, page_month):
        return year
    if back and month > page_month and 12 - month + page_month > JUST_PAST:
        return page_year          # "10 tháng qua" on a page of September: a working year's ten months, to the page
    return page_year if month <= page_month else page_year - 1


def counted_back(text: str) -> bool:
    """A length's words count back from the page: ``10 tháng qua``, ``trong 6 tháng vừa qua``."""
    return bool(re.search(r"\btháng\s+(?:vừa\s+)?qua\s*$", text, re.I))
