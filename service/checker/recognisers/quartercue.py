"""The report's own quarter named before a number: the quarter's value, not the year to date.

In a quarter's report whose table keeps the year to date as a row of its own (``01``/``01-LK``, a ``Lũy kế 9 tháng``
column), the words of time before the number choose the column (``recognisers.running``); a month (``tháng 9``) is
a period cue there, the quarter itself was none. A sentence that names the report's quarter (``quý III năm 2022``,
``quý III/2016``, ``trong quý``, ``quý này``) speaks of the quarter's value:

    … ghi nhận lợi nhuận sau thuế quý III năm 2022 đạt gần 120 tỷ đồng …    (xm-toan-quoc-navico-anv-…-2022-q3)
    … quý III/2016, tiêu thụ toàn VICEM đạt 6.184.000 tấn …                  (zl-toan-quoc-vicem-tieu-thu-xi-mang-2016-q3)

Only the report's own quarter counts (``quý III/2015`` is last year's, ``quý IV/2016`` a plan), only in a quarter's
report (in March's report the first quarter is the year to date), and a running cue after it (``lũy kế 9 tháng``)
wins, as the nearest cue does.
"""

from __future__ import annotations

import re

from service.checker.recognisers.running import RUNNING_CUE

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: A quarter named: ``quý III năm 2022``, ``quý III/2016``, ``quý 3-2020``, ``quý III``; ``trong quý``, ``quý này``.
_QUARTER = re.compile(r"(?i)(?<!\w)quý\s+(?:(?P<n>IV|I{1,3}|[1-4])(?!\w)(?:\s*(?:/|-|năm)\s*(?P<y>\d{4}))?|này(?!\w))"
                      r"|(?<!\w)trong\s+quý(?!\s+(?:IV|I{1,3}|[1-4])(?!\w))")


def own_quarter_cue(before: str, report) -> str | None:
    """``period`` when the last quarter ``before`` names (the sentence's words up to the number) is the quarter
    ``report`` is on and no running-total cue comes after it; else None."""
    if report is None or getattr(report, "kind", None) != "quarter":
        return None
    last = None
    for m in _QUARTER.finditer(before):
        last = m
    if last is None:
        return None
    if last.group("n") is not None:
        if _ROMAN[last.group("n").lower()] != (report.months[1] + 2) // 3:
            return None
        if last.group("y") is not None and int(last.group("y")) != report.year:
            return None
    if any(c.end() > last.end() for c in RUNNING_CUE.finditer(before)):
        return None
    return "period"
