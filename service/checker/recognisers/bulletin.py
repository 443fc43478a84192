"""A page of several short items, each under its own headline naming its period: what stands under a headline of
another period than the report's is that period's.

    Thông cáo báo chí về PCCC và CNCH năm 2023
     Năm 2023, toàn quốc xảy ra 3.440 vụ cháy, …
    Xảy ra 16 vụ nổ, làm 11 người chết, bị thương 27 người.
    Thông cáo báo chí về tình hình cháy và cứu nạn, cứu hộ tháng 11 năm 2023
     Trong tháng 11, toàn quốc xảy ra 145 vụ cháy, …
                                   (a list page of press releases, read as the November 2023 bulletin)

A headline is a line of its own with a blank line above or below it (a hard-wrapped paragraph's lines have none),
short (at most 25 words), with no full stop at its end, naming a period; it
governs the lines under it up to the next headline that names one.  The period it names decides only where the
report's is another: the caller asks this only of numbers no row supports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.periods import find_mentions

_LINE = re.compile(r"[^\n]+")
_MAX_WORDS = 25


def _headline_period(line: str, year: int):
    words = line.split()
    if not words or len(words) > _MAX_WORDS or line.rstrip()[-1:] in ".;:,!?…":
        return None
    try:
        found = [m.period for m in find_mentions(line, year) if m.period is not None and not m.comparison
                 and not season_year(line, m)]
    except ValueError:
        return None
    return found[-1] if found else None


#: ``Sản xuất vụ xuân năm 2024``, ``Vụ Hè Thu 2023``: the year names a crop season, a part of the year — under it a
#: month's bulletin reports the season so far, no other period (zq-tuyen-quang-…-vu-xuan-den-15-5-2024-05)
_SEASON_BEFORE = re.compile(r"(?i)(?<!\w)vụ\s+(?:[^\W\d_]+\s+){1,3}(?:năm\s+)?$")


def season_year(line: str, mention) -> bool:
    """The period ``mention`` (a ``service.periods.Mention`` found in ``line``) is a year named as a crop season's."""
    return mention.period is not None and mention.period.kind == "year" \
        and _SEASON_BEFORE.search(line, 0, mention.start) is not None


def _stands_apart(text: str, start: int, end: int) -> bool:
    """A blank line (or the text's edge) above or below the line."""
    above = start == 0 or text[max(0, start - 2):start].endswith("\n\n") or not text[:start].strip()
    below = text[end:end + 2].startswith("\n\n") or not text[end:].strip() \
        or re.match(r"\n[ \t]*\n", text[end:end + 8]) is not None
    return above or below


def headline_period(text: str, start: int, report):
    """The period named by the last headline above ``start`` when the text has two headlines or more naming periods
    (a page of several items), else None."""
    if report is None:
        return None
    heads = _headlines(text, report.year)
    if len({h[2] for h in heads}) < 2:
        return None
    above = [h for h in heads if h[1] <= start]
    return above[-1][2] if above else None


@lru_cache(maxsize=8)
def _headlines(text: str, year: int) -> tuple:
    """Every headline of ``text`` naming a period, read once per text (asked for each number no row supports)."""
    heads = []
    for m in _LINE.finditer(text):
        if not _stands_apart(text, m.start(), m.end()):
            continue  # a hard-wrapped line of a paragraph ends without a full stop too
        p = _headline_period(m.group(), year)
        if p is not None:
            heads.append((m.start(), m.end(), p))
    return tuple(heads)
