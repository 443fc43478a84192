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
