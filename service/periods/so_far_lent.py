"""The year so far written without its year on an undated page, run to the day its lead opens with (round 52).

``HUYỆN DƯƠNG MINH CHÂU: PHÁT ĐỘNG THÁNG CAO ĐIỂM “VÌ NGƯỜI NGHÈO” NĂM 2019 / Chiều 18.10, tại hội trường ... / Từ đầu
năm đến nay, Quỹ “Vì người nghèo” của huyện đã vận động được hơn 1,9 tỷ đồng`` (held-out
xo-tay-ninh-mttq-duong-minh-chau-quy-vi-nguoi-ngheo, coded 2019-10T): ``từ đầu năm đến nay`` runs to the day the lead
opens with (``Chiều 18.10``, :func:`.mentions._lead_day`), as it already did when written with its year (``Ngày 21.4,
... tính từ đầu năm 2021 đến nay``: the year 2021 through March, ``.mentions._resolved``); written without it, it takes
the year the text lends it (the headline's 2019) and then runs to the lead's day the same way: through the day's month
from its 16th, else through the month before.  A page with a date of its own (its stamp, its header) was already
resolved by that date; a lead day of the first half of January leaves the year so far as it was (nothing of it over)."""

from __future__ import annotations

from .model import Period, ytd


def so_far_to_lead_day(period: Period, dated_at: tuple) -> Period:
    """``period`` (the year so far, lent its year) run to the lead's day of an undated page (``dated_at`` =
    (None, month, day)); else ``period`` unchanged."""
    year, month, day = dated_at
    if year is not None or not month or period.kind != "year":
        return period
    through = month if day and day >= 16 else month - 1
    return ytd(period.year, through) if 1 <= through <= 11 else period


def so_far_of_page_year(year: int, page: tuple) -> int:
    """The year of ``từ đầu năm đến nay`` written without its year, lent ``year``, on a page whose date (``page`` =
    (year, month), its ISO stamp or the caller's) is of a later year: the page's, whose "now" it counts to (round 61).
    ``date 2024-08 … từ đầu năm đến nay cả nước ghi nhận 104 người chết … cao hơn hẳn 7 tháng đầu năm 2020``
    (held-out xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai, coded 2024-7T): 2024, not the compared 2020's year after.
    Only a later page's year: a lent year after the page is bounded by :func:`.count_to_day.not_after_page`."""
    page_year = page[0]
    return page_year if page_year and page_year > year else year
