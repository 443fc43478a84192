"""A base in brackets that is the previous edition's own value.

``tăng 17,51% so với tháng 10/2018 (983,91 tỷ đồng)`` in the November bulletin, ``tăng 292 người so với tháng
10/2018 (31.101 người)``: the bracket gives the value of the period the change is measured against, and that period
is the month (quarter, edition) before — not the same period a year ago.  Where the table keeps that edition's value
(``Kỳ trước``, a ``Tháng 10/2018`` column), the bracket is checked against it, not set aside and not flagged as a
figure of no row.  The grammar: ``so với`` / ``so`` then a period word that is not ``cùng kỳ`` / ``năm trước`` /
``năm ngoái`` / a bare year, then the bracket opening right before the number.
"""
from __future__ import annotations

import re

#: "so với tháng 10/2018 (", "so với quý trước (", "so với kỳ trước (", "so với tháng trước ("
_PREVIOUS = re.compile(
    r"(?i)\bso(?:\s+với|\s+sánh\s+với)?\s+(?:(?:tháng|quý)\s+(?:trước|liền\s+kề|[0-9IVX]+(?:\s*[/.-]\s*\d{4}|\s+năm\s+\d{4})?)"
    r"|kỳ\s+trước|đợt\s+trước)\s*\(\s*$")
_SAME_LAST_YEAR = re.compile(r"(?i)cùng\s+kỳ|năm\s+trước|năm\s+ngoái")


def previous_edition_bracket(text: str, start: int) -> bool:
    """Is the number at ``start`` the value, in brackets, of the previous edition a change was just compared with?"""
    before = text[max(0, start - 60):start]
    m = _PREVIOUS.search(before)
    return m is not None and not _SAME_LAST_YEAR.search(m.group(0))
