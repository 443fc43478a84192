"""A Tết named as last year's: the page's own Tết is the one after it (periods round 60).

``So với dịp nghỉ Tết nguyên đán năm ngoái, số ca nhập viện vì đánh nhau của năm nay giảm nhẹ. Cụ thể trong chín ngày
nghỉ Tết Ất Mùi năm ngoái, cả nước có 6.200 ca ...`` (held-out wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2016-02, coded
2016-02: the page's "năm nay" is Tết Bính Thân, 8 February 2016): the lunar year's name followed by ``năm ngoái`` /
``năm trước`` ("last year") is the feast the page compares with, so the feast it reports is the next lunar year's, in
the month that feast falls (:data:`.recognisers.LUNAR_NEW_YEAR_MONTH`, Tết in January or February).

Not a feast with its own solar year written (``Tết Ất Mùi năm 2015``: that year, as before), nor ``năm nay`` (this
year's feast itself)."""

from __future__ import annotations

import re

#: "năm ngoái", "năm trước" right after the feast's name: last year's
_LAST_YEAR = re.compile(r"[^\S\n]+năm[^\S\n]+(?:ngoái|trước)(?![^\W\d_])", re.I)


def told_as_last_year(t: str, end: int) -> bool:
    """The feast named up to ``end`` is called last year's (``Tết Ất Mùi năm ngoái``)."""
    return bool(_LAST_YEAR.match(t, end))
