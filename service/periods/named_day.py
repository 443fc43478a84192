"""A day named by its name and year, an edition of it (round 34).

``Dừng tổ chức Ngày Thơ Việt Nam năm 2021``, ``hưởng ứng Ngày Dân số Thế giới năm 2018``: "Ngày", capitalised, followed by
a proper name (its first word capitalised, as a named day is written: "Dân số Thế giới") and the year is that year's holding of a yearly day — an
event's edition, as ``Ngày hội hiến máu tình nguyện năm 2025`` is (:data:`.recognisers.EVENT`), never the year a
page reports.  A date (``Ngày 25/10``), a day counted (``ngày công``) or one in small letters (``ngày làm việc năm
2023``) is not a name."""

from __future__ import annotations

import re

#: "Ngày Thơ Việt Nam ", "Ngày Dân số Thế giới ": "Ngày" and one to five words just before a year (its "năm" cut off
#: by the caller's text, which ends where the year's mention starts)
_BEFORE_YEAR = re.compile(r"\bNgày\s+((?:[^\W\d_]+\s+){1,8})$")


def named_day(before: str) -> bool:
    """True when the text just before a year (``before``, ending at the year's mention) names a day by a proper name:
    "Ngày" then words, the first starting with a capital letter."""
    m = _BEFORE_YEAR.search(before)
    return bool(m) and m.group(1)[0].isupper()
