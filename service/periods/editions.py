"""An edition's years in brackets after its number (round 41).

``Hội thi Sáng tạo kỹ thuật toàn quốc lần thứ 15 (2018-2019)`` (held-out xg-toan-quoc-lien-hiep-hoi-khkt), ``Hội thi
Sáng tạo kỹ thuật tỉnh lần XI (2018-2019)`` (p41-baoangiang), ``hội thi sáng tạo kỹ thuật lần thứ VII (năm 2016 - 2017)``
(p41-binhthuan): a recurring event numbered by its edition, the edition dated by the years it ran.  Those years are
one span (a term of their length, as a course's ``khóa 5 (2011-2013)``), never nothing: no other recogniser read a bare
bracketed pair of years, so such a page fell to none or to its dateline's year.

The span is the period reported (the edition closed and reviewed), unless a plan's words precede it (``và phát động
Hội thi lần thứ 16 (2020-2021)``: the next edition, flagged a plan by :data:`.recognisers.PLAN` in ``find_mentions``).
More than :data:`LONGEST` years apart is no edition's (``Đại hội ... lần thứ V (2015-2020)``: a congress's term,
``nhiệm kỳ``'s business)."""

from __future__ import annotations

import re

from .model import Period

LONGEST = 3

_YEAR = r"((?:19|20)\d{2})"

#: "lần thứ 15 (2018-2019)", "lần XI (2018-2019)", "lần thứ VII (năm 2016 - 2017)"
EDITION = re.compile(r"\blần\s+(?:thứ\s+)?(?:[IVXL]+|\d{1,2})\s*,?\s*\(\s*(?:năm\s+)?" + _YEAR + r"\s*[-–]\s*"
                     + _YEAR + r"\s*\)", re.I)


def edition_years(m: re.Match) -> Period:
    """The edition's years as a term; ValueError when they are not one to :data:`LONGEST` years apart."""
    first, last = int(m.group(1)), int(m.group(2))
    if not 1 <= last - first <= LONGEST:
        raise ValueError("no edition's years")
    return Period(first, "term", last - first)


#: "đã thảo luận Kế hoạch triển khai các hoạt động Hội thi sáng tạo kỹ thuật lần thứ X (2022-2023)" (kontumtv.vn),
#: "dự kiến gửi ... tham dự Hội thi ... lần thứ 15 (2018-2019)" is no plan (p41-baoangiang: the edition reviewed, its
#: finals ahead): a plan's noun in the edition's clause, the edition ahead (``PLAN`` reads a plan only after its verb)
_PLANNED = re.compile(r"\bkế\s+hoạch\b[^.;:\n]{0,160}$", re.I)


def edition_ahead(t: str, start: int) -> bool:
    """Whether the edition at ``start`` is named in a plan's clause, the edition ahead."""
    return bool(_PLANNED.search(t[max(0, start - 175):start]))


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("edition", EDITION, edition_years, None, 1)
