"""A month of action launched: its opening ceremony, no plan (round 44).

``Sáng 31/5, huyện Tân Thạnh ... tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2019`` (held-out
xi-long-an-tan-thanh, coded 2019-05), ``(QNO) - Sáng 5/6, ... UBND huyện Nông Sơn tổ chức lễ phát động Tháng hành động
vì trẻ em năm 2024`` (sweep p44-baoquangnam-nongson), ``Phát động "Tháng hành động vì trẻ em" năm 2014`` / ``Sáng qua
27.5, ...`` (p44-baoquangnam-nuithanh): a campaign of one month ("Tháng ...", any name: the default, no list) launched
is an event held on its launch day, this year's edition, not the next period's plan that ``phát động`` otherwise
announces (``phát động phong trào "Tết vì người nghèo ... - năm 2019"`` on 22-11-2018 stays a plan).  The page then
reports the launch day's month as any event's day (``mentions._event_day``, ``mentions._one_day``): a page naming any
period it reports (``Năm 2022, Ban vận động ... tiếp nhận``; ``từ tháng 10/2022 đến tháng 9/2023``) keeps it, as before.
The observance months of :mod:`.observance` (``lễ phát động Tháng Thanh niên năm 2016``) were already read so."""

from __future__ import annotations

import re

from .recognisers import YEAR

#: "phát động Tháng hành động vì trẻ em ", "Phát động “Tháng hành động vì trẻ em” ", "phát động Tháng cao điểm “Vì người
#: nghèo” ": the words right before the campaign's year (no digit, no clause break between)
LAUNCHED_MONTH = re.compile(r"\bphát\s+động\s+[“\"]?\s*Tháng\s+[^\d.;:()\n]{1,70}$", re.I)


def month_launched(before: str) -> bool:
    """The text right before a year names a month of action being launched (:data:`LAUNCHED_MONTH`)."""
    return bool(LAUNCHED_MONTH.search(before))


#: "Phát động "Tháng hành động vì trẻ em" năm 2014": the launch of a month of action with its year, a day's event
#: wherever it stands (a headline's, no "lễ" before it; a ceremony's "lễ phát động ..." is .recognisers' EVENT_YEARS)
LAUNCH_YEAR = re.compile(r"\bphát\s+động\s+[“\"]?\s*Tháng\s+[^\d.;:()\n]{1,70}?\s(?:năm\s+)?" + YEAR, re.I)


def launch_years(t: str) -> list[tuple[int, int, int]]:
    """The years of months of action launched in ``t`` (:data:`LAUNCH_YEAR`), as (start, end, year) of each year's
    digits, as :func:`.recognisers.event_years` gives an event's."""
    return [(m.start(1), m.end(1), int(m.group(1))) for m in LAUNCH_YEAR.finditer(t)]
