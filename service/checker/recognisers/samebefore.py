"""Numbers said of the same period of earlier years, the years named right after them: ``GDP quý IV/2022 ước tính tăng
5,92% so với cùng kỳ năm trước, tuy cao hơn tốc độ tăng 4,7% và 5,17% của cùng kỳ năm 2020 và 2021`` (the statistics
office's 2022 report, ye-toan-quoc-tong-cuc-thong-ke-kinh-te-xa-hoi-2022). ``của cùng kỳ`` (of the same period) names
a period the report is compared with, never its own; every number of the list before it is of those years.
"""

from __future__ import annotations

import re

_NUMBER = r"\d[\d.,]*%?"
#: the rest of a list after the number (``và 5,17%``, ``, 6,1%``), then ``của cùng kỳ năm 2020 và 2021``
_OF_SAME_BEFORE = re.compile(r"(?i)(?P<rest>(?:\s*(?:,|và)\s*" + _NUMBER + r")*)\s+của\s+(?:các\s+)?cùng\s+kỳ\s+"
                             r"(?:các\s+)?năm\s+(?P<years>(?:19|20)\d\d(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d)*)(?!\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def year_of_same_period_after(text: str, end: int) -> int | None:
    """The year whose same period the number ending at ``end`` is said of, or None: the years are taken respectively
    (``4,7% và 5,17% của cùng kỳ năm 2020 và 2021``: 4,7% is 2020's), one year for the whole list when only one is
    named."""
    m = _OF_SAME_BEFORE.match(text, end)
    if m is None:
        return None
    years = [int(y) for y in _YEAR.findall(m.group("years"))]
    after = len(re.findall(_NUMBER, m.group("rest")))
    return years[len(years) - 1 - after] if after < len(years) else years[0]
