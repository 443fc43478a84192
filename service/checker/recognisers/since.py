"""A sentence opening on a span that began in an earlier year and runs to now: a running total over years, not the
period's figure.

    Từ năm 2020 đến nay, Hội Doanh nhân trẻ tỉnh đã trao tặng 3 ngôi nhà tình nghĩa …
                                           (zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01, a month of 2022)
    Từ năm 2016 đến nay, toàn huyện đã xây dựng được 25 nhà văn hóa …

The span opens the sentence (``Từ năm 2020 đến nay``, ``Từ năm 2016 tới nay``, ``Từ 2018 đến nay``) and its first
year is before the year the report's period begins in.  Only asked of a number no row supports.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_SINCE = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:tính\s+)?từ\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)"
                    r"(?!\w)")
_REACH = 400


def since_earlier(text: str, start: int, report) -> str | None:
    """The span (``từ năm 2020 đến nay``) the number's sentence opens on, when it began before the report's year."""
    if report is None:
        return None
    s = sentence_start(text, start, _REACH)
    if s is None:
        return None
    m = _SINCE.match(text, s)
    if m is None or int(m.group(1)) >= report.year:
        return None
    return m.group(0).strip()
