"""Two or three days of one month opening a clause, the month written once: ``Trong hai ngày 9 và 10 -11, ...``
(round 37).

``Trong hai ngày 9 và 10 -11, Ban tổ chức các ngày lễ thành phố Đồng Xoài tổ chức hội thao nhân kỷ niệm 42 năm Ngày
nhà giáo Việt Nam (20-11- 1982 - 20 -11-2024) ...`` (fresh p37-baomoi-hoithao-dongxoai, 2024-11), ``Trong 2 ngày 21,
22/9, ... thăm, chúc thọ, tặng quà người cao tuổi`` (sweep t29-baodongthap-tam-nong-nct, under its stamp of
22/09/2017: 2017-09): the days a clause opens with, counted and listed, the month after the last, are the time of what
the clause tells, as one day opening a clause is (:data:`.recognisers.DAY_OPENS`); a page telling of them and naming no
period of its own reports their month (round 31's convention for some days of one month, :func:`.mentions._one_day`,
which reads these beside the one-day openings; a congress's days beside the term it opens, ``Trong 2 ngày 21 và 22/7,
... Đại hội ... nhiệm kỳ 2022 - 2027``, stay the congress's).  Only the count's own days (``hai``/``2`` days, two
listed; ``ba``/``3``, three) opening a sentence or a line, a comma after them: not ``trong 2 ngày 24 -25.2.`` inside a
sentence, nor days of two months."""

from __future__ import annotations

import re

_COUNT = {"hai": 2, "2": 2, "02": 2, "ba": 3, "3": 3, "03": 3}
#: "Trong hai ngày 9 và 10 -11,", "Trong 2 ngày 2 và 3-3,", "Trong 3 ngày 6 - 7 - 8.4,": opening a sentence or a line
TWO_DAYS = re.compile(r"(?:^|(?<=[.;:!?\n]))[^\S\n]*(?:\([^()\n]{1,12}\)[^\S\n]*[-–]?[^\S\n]*)?[Tt]rong[^\S\n]+"
                      r"(hai|ba|0?[23])[^\S\n]+ngày[^\S\n]+((?:\d{1,2}[^\S\n]*(?:,|và|-|–)[^\S\n]*){1,2}\d{1,2})"
                      r"[^\S\n]*[/.\-][^\S\n]*(\d{1,2})(?:[^\S\n]*[/.\-][^\S\n]*((?:19|20)\d{2}))?(?!\d)[^\S\n]*,",
                      re.M)


def two_days_opening(t: str) -> list[tuple[int, int, int, int | None]]:
    """The days ``t``'s clauses open with as counted and listed (:data:`TWO_DAYS`), as (start, end, month, year or
    None) like :func:`.recognisers.days_opening`; the count must be the days listed."""
    out = []
    for m in TWO_DAYS.finditer(t):
        days = [int(d) for d in re.findall(r"\d{1,2}", m.group(2))]
        month = int(m.group(3))
        if len(days) != _COUNT[m.group(1).lower()] or not 1 <= month <= 12 or not all(1 <= d <= 31 for d in days):
            continue
        out.append((m.start(2), m.end(3), month, int(m.group(4)) if m.group(4) else None))
    return out
