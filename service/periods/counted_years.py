"""Years counted and named together without brackets (round 36).

``TỔNG QUÁT KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020`` (p36-ttbd), ``BÁO CÁO ĐÁNH GIÁ KẾT
QUẢ ... HỘI 5 NĂM 2016 – 2020 VÀ PHƯƠNG HƯỚNG ... 5 NĂM 2021 – 2025`` (p36-scribd): a five-year plan's years written
after their count, the count either the years' difference (``5 năm (2010 – 2015)``, as the bracketed form
``years-counted`` reads) or the years themselves counted (``5 năm 2016-2020``: 2016, 2017, 2018, 2019, 2020).  They
are one span (a term), never its first year alone (the year recogniser read ``NĂM 2016`` and left ``-2020``).

The span is the period reported when a review's words precede it on its line (``kết quả thực hiện ...``, ``đánh giá``,
``tổng kết``: :data:`.recognisers.TERM_REVIEW`, see ``find_mentions``), else a term named in passing (below a year the
text reports: ``Kế hoạch đầu tư công trung hạn 5 năm 2021-2025`` in a year's report is no period of its own).  Longer
than :data:`.recognisers.LONGEST_TERM` is no span here (``20 năm 1996-2016`` is an award's years)."""

from __future__ import annotations

import re

from .model import Period

LONGEST = 10

_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

#: "5 năm 2016-2020", "5 NĂM 2016 – 2020", "năm năm 2011 - 2015" (not "tháng 5 năm 2016-2020": a date's month)
COUNTED = re.compile(r"(?<!tháng\s)\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+((?:19|20)\d{2})\s*[-–]\s*"
                     r"((?:19|20)\d{2})(?!\d)", re.I)


def counted_years(m: re.Match) -> Period:
    """The span, as a term; ValueError when the count is not the years' (either way of counting) or too long."""
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    first, last = int(m.group(2)), int(m.group(3))
    if n not in (last - first, last - first + 1) or not 1 <= last - first <= LONGEST:
        raise ValueError("the years counted are not the years named")
    return Period(first, "term", last - first)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("counted-years", COUNTED, counted_years, None, 2)


#: "Tính chung 5 năm 2016- 2020, tổng mức bán lẻ ... đạt" (t14-123docz), "Trong 5 năm 2016-2020, ...": the span opening
#: its clause (its sentence's start, a preposition of time, "tính chung"), a comma after it
_OPENS = re.compile(r"(?:^|[.!?;:…\n])\s*(?:(?:trong|qua|sau|suốt|cả|tính\s+chung)\s+)?$", re.I)


def opens_clause(t: str, start: int, end: int) -> bool:
    """Whether the counted years at ``t[start:end]`` are set off as their clause's time."""
    return bool(_OPENS.search(t[max(0, start - 20):start]) and re.match(r"\s*,", t[end:]))
