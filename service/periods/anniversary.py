"""An anniversary written by its two dates (round 34).

``65 năm Ngày Truyền thống Hội LHTN Việt Nam (15/10/1956 – 15/10/2021)``, ``73 năm ngày thương binh liệt sỹ(27/07/1947
-27/07/2020)``, ``60 năm đường Trường Sơn - đường Hồ Chí Minh huyền thoại (19/5/1959 - 19/5/2019)``: a count of years
before two full dates of the same day and month, the years apart by the count, is an anniversary whether or not
"kỷ niệm" is written before it — the notation checks itself.  A span of years reviewed is written with years alone
(``5 năm qua (2015 - 2020)``, ``20 năm hoạt động tín dụng chính sách (2002 - 2022)``) or with two different days: not
this.  :func:`.recognisers.anniversaries` reads these beside the ones after "kỷ niệm"."""

from __future__ import annotations

import re

#: the two dates in an anniversary's brackets: "(15/10/1956 – 15/10/2021)"
_TWO_DATES = re.compile(r"\(\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*\d{4}\s*[-–]\s*"
                        r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*\d{4}\s*\)")


def same_day_both_ends(bracketed: str) -> bool:
    """True when the brackets of an anniversary's text (``... (15/10/1956 – 15/10/2021)``) hold two full dates of one
    day and month (the years are checked against the count by the caller)."""
    m = _TWO_DATES.search(bracketed)
    return bool(m) and (int(m.group(1)), int(m.group(2))) == (int(m.group(3)), int(m.group(4)))
