"""A row whose label names a comparison with another period (round 33).

A row in % whose label says what it is compared with — ``Văn hóa, giải trí và du lịch: tháng 10/2016 so với tháng
trước`` (the GSO's CPI moved on a month), ``Phạm pháp hình sự so với cùng kỳ năm 2014`` (Bộ Công an, quý III/2015) —
holds the change between two periods (or their index): it falls below zero when the second period is lower.  A
share (``so với tổng số``, ``so với dân số``) or a plan's completion (``so với kế hoạch``) is compared with no
period, and stays at or above zero.  The grammar: ``so với`` / ``so`` then a period's word (``cùng kỳ``, ``kỳ
trước``, ``tháng``, ``quý``, ``năm``, ``tuần``, ``N tháng``, ``đầu năm``, a crop's ``vụ``).

Such a row's rise is often typed with its sign, in the period's own column: ``+5,8`` (the Hải Dương statistics
office's GRDP growth of quý IV/2022), ``+11,35`` (Hòa Bình's IIP against the month before) — the number is the rise
(:func:`without_the_sign_of_a_rise`)."""

from __future__ import annotations

import re

from service.figures.schema import fold

__all__ = ["compares_with_a_period", "without_the_sign_of_a_rise"]

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


#: A number typed with a plus sign before it, nothing else: ``+5,8``, ``+ 11,35``, ``+0,94``.
_PLUS = re.compile(r"^\+\s*(\d[\d.,]*)$")


def without_the_sign_of_a_rise(v):
    """``+5,8`` in a change's row: the number without its sign (a rise), as typed otherwise; any other cell as it is.
    The caller says the row is a change (its label's grammar); a count's ``+5`` is not read here."""
    if isinstance(v, str) and (m := _PLUS.match(v.strip())):
        return m.group(1)
    return v
