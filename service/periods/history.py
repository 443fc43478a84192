"""History on a report's page: a month or a year named long before the years the page reports.

A page that reports 2016 may quote Hồ Chí Minh's letter of ``tháng 2-1955``; a page that reports 2018 may name the day
a physician died, ``ngày Rằm tháng Giêng năm Tân Hợi 1791``.  Neither is a period the page reports: a mention whose
year lies :data:`HISTORY_GAP` or more years before the latest year the page reports (not a plan, a comparison, a target)
is history (a term's span excepted,
``nhiệm kỳ 1991-2016`` reaching the present).  A month followed by its year's lunar name and number (``tháng Giêng năm
Tân Hợi 1791``) is dated by that number, not by the page.
"""

from __future__ import annotations

import re

from .model import Mention

HISTORY_GAP = 40
"""Years between the latest year a page reports and a year it names as history (open to tuning: a report names its own
year, the years before it in a term or a comparison, a page's furniture its year of copy — never a period forty years
back)."""

_LUNAR_DATED = re.compile(r"\s*,?\s*năm\s+(?:[A-ZĐÂÊÔƠƯ]\w*\s+[A-ZĐÂÊÔƠƯa-zđ]\w*\s+)?\(?(\d{4})\b")


def _latest(mentions: list[Mention]) -> int | None:
    years = [m.period.year for m in mentions if m.year_stated and m.period is not None and m.reported]
    return max(years) if years else None


def historical(t: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name a time long before the page's own years (module doc)."""
    latest = _latest(mentions)
    if latest is None:
        return []
    return [men for men in mentions if _long_before(t, men, mentions, latest)]


def _long_before(t: str, men: Mention, mentions: list[Mention], latest: int) -> bool:
    if men.period is None or men.period.kind == "term":
        return False
    year = men.period.year
    if not men.year_stated:         # a year borrowed from history ("Những năm qua" after "tháng 2-1955"), or its own
        dated = _LUNAR_DATED.match(t, men.end) if men.period.kind == "month" else None
        if dated:
            year = int(dated.group(1))
        elif not any(m.year_stated and m.end <= men.start and m.period.year == year for m in mentions):
            return False
    return year <= latest - HISTORY_GAP
