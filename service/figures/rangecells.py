"""A range typed in a cell (``12.000-13.000``, ``58.000 - 62.000``, ``từ 6 đến 8``): a number of its column.

Price bulletins give a price as the span the market paid (Sở Công Thương Kiên Giang's «Giá kỳ này» ``4.650-4.900``
đ/kg, Đồng Nai's weekly «Giá tuần …» ``100.000 - 170.000`` đồng/kg beside single prices); the cell reader keeps both
ends (``cells.value``).  A column of such cells is a column of numbers when the loader looks for the period's value
column; main counted only single numbers, set the bulletin's one price column aside and refused the table («thiếu
cột 'Kỳ báo cáo'»).  A span of years (``2016-2020``) or of dates is no such range.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.numbers import parse_table_number

#: ``low - high`` (a hyphen, an en or em dash, ``đến``/``tới``), ``từ`` before, a per cent sign after either end.
RANGE = re.compile(r"(?i)^\s*(?:từ\s+)?(\d[\d.,\s\u00a0]*?)\s*%?\s*(?:-|–|—|đến|tới)\s*(\d[\d.,\s\u00a0]*?)\s*%?\s*$")


def range_ends(v) -> tuple[Decimal, Decimal] | None:
    """(low, high) of a range typed in a cell, low below high; None for anything else, and for a span of years
    (``2016-2020``, ``2010 - 2015``: a period, not an amount)."""
    m = RANGE.match(v) if isinstance(v, str) else None
    if not m:
        return None
    try:
        low, high = (parse_table_number(g) for g in m.groups())
    except ValueError:
        return None
    if not low < high:
        return None
    if all(re.fullmatch(r"\s*(?:19|20)\d\d\s*", g) for g in m.groups()):
        return None
    return low, high
