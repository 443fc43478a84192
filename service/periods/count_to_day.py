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
as it is."""

from __future__ import annotations


def not_after_page(year: int, month: int, page: tuple[int | None, int | None]) -> int:
    """The year of a count to a day of ``month`` lent ``year``, no later than the page's (year, month) ``page``."""
    page_year, page_month = page
    if not page_year or not page_month or (year, month) <= (page_year, page_month):
        return year
    return page_year if month <= page_month else page_year - 1
