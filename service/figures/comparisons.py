"""A row whose label names a comparison with another period (round 33).

A row in % whose label says what it is compared with — ``Văn hóa, giải trí và du lịch: tháng 10/2016 so với tháng
trước`` (the GSO's CPI moved on a month), ``Phạm pháp hình sự so với cùng kỳ năm 2014`` (Bộ Công an, quý III/2015) —
holds the change between two periods (or their index): it falls below zero when the second period is lower.  A
share (``so với tổng số``, ``so với dân số``) or a plan's completion (``so với kế hoạch``) is compared with no
period, and stays at or above zero.  The grammar: ``so với`` / ``so`` then a period's word (``cùng kỳ``, ``kỳ
trước``, ``tháng``, ``quý``, ``năm``, ``tuần``, ``N tháng``, ``đầu năm``, a crop's ``vụ``)."""

from __future__ import annotations

import re

from service.figures.schema import fold

__all__ = ["compares_with_a_period"]

#: ``so với`` (or ``so``, ``so sánh với``) then the period compared with (folded): ``so voi thang truoc``, ``so cung
#: ky``, ``so voi nam 2014``, ``so voi 6 thang dau nam``, ``so voi quy i nam truoc``, ``so voi vu dong xuan 2016``;
#: not ``so voi nam gioi``, ``so voi ky ket``, ``so voi ke hoach``, ``so voi tong so``.
_AGAINST_A_PERIOD = re.compile(
    r"\bso(?: sanh)?(?: voi)? (?:cung ky|ck\b|(?:dau|cuoi) (?:nam|ky|thang|quy)\b"
    r"|(?:\d{1,2} )?(?:thang|quy|nam|tuan|ky|nien vu) "
    r"(?:truoc|nay|qua|goc|lien ke|bao cao|(?:dau|cuoi) (?:nam|ky)\b|\d|[ivx]+\b)"
    r"|vu (?:dong|xuan|he|mua|thu)\b)")


def compares_with_a_period(label: str) -> bool:
    """The row's label names the period its number is compared with: its number is a change (or an index), so may be
    below zero when its unit is %."""
    return bool(_AGAINST_A_PERIOD.search(fold(str(label or ""))))
