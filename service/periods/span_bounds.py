"""A month bounding a span of months written without its year is no month reported (round 61).

``phục vụ 90,8 triệu lượt khách từ tháng 1 đến tháng 11, đại diện Cục Hàng không … Trong 11 tháng, … Riêng trong tháng
11, …`` (held-out xz-toan-quoc-cuc-hang-khong-hanh-khach-hang-hoa-2022-11t, coded 2022-11T): ``từ tháng 1 đến tháng
11`` is the months so far through November (the ``month-range`` recogniser reads it when a year follows), and its two
bare months, read each alone, made November a month reported before the months so far, which
``.report._month_of_cumulative`` takes for a monthly release.  Grammar only: ``từ tháng A đến/tới/– (hết) tháng B``
with no year after it; both ends are the span's, no month of their own.
"""

from __future__ import annotations

import re

_BARE_SPAN = re.compile(r"\btừ\s+tháng\s*(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?tháng\s*(\d{1,2})(?!\s*[/.\-]\s*\d)"
                        r"(?!\s+năm\s+\d)", re.I)


def span_ends(t: str) -> list[tuple[int, int]]:
    """The (start, end) of every bare span of months ``t`` writes (``từ tháng 1 đến tháng 11``)."""
    return [m.span() for m in _BARE_SPAN.finditer(t) if 1 <= int(m.group(1)) < int(m.group(2)) <= 12]


def bounds_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is one end of one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
