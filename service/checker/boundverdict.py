"""A range is a bound, not one figure (round 87, issue 13).

A range said in the text that no row's value lies in (``match.value_supports``) is not shown wrong by that: it is a
target (``đạt 86,5% so mục tiêu (600-750 ngàn m3 gỗ)``, xp-phu-tho-trong-rung-nguyen-lieu-giay-2006-2008), a size
(``có thể đón nhận tàu hàng khô từ 30.000 - 100.000 tấn``) or the spread of several units' values (``Hải Phòng,
Quảng Ninh, Vũng Tàu là lớn nhất, đạt từ 61,3 - 126,3 triệu tấn``, xp-toan-quoc-cuc-hang-hai-…-2019-9t; ``đạt từ
51,98 - 73,53 triệu tấn``, xe-toan-quoc-cuc-hang-hai-…), while the table keeps rows of its unit (tấn, m3), all outside
it. Nothing proves it, nothing refutes it: ``unverified``. A range of a unit the table keeps nothing of stays what any
number no row keeps is.

Unless the table itself keeps ranges — a row naming one end (``… - thấp nhất``/``cao nhất``, ``rangeends.row_end``)
or a range typed in one cell (``Row.lows``): then a range no row fits is a range of the table said wrong (a
market's ``54.000 – 63.000`` against its ``thấp nhất`` 54.000 / ``cao nhất`` 62.000 rows), and stays flagged.

The ends of a range of rates of change (``Cần Thơ, Quảng Ninh, Hà Tĩnh tăng từ 22% đến 28%``, ``Nha Trang và Quảng
Trị giảm từ 13% - 27%``: ``wordranges``/``changes.rate_range``) are two mentions, each the bound of several units'
changes, no one row's rate: ``unverified`` as well (``derive`` asks ``changes.rate_range``/``wordranges`` whatever
verb the extractor already read before them).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from service.checker.rangeends import row_end

RANGE_REASON = ("«{raw}» là một khoảng (giới hạn), không phải một số liệu; không chỉ tiêu nào trong bảng số liệu có "
                "giá trị nằm trong khoảng này — chưa kiểm được, cần xem lại")
RATE_RANGE_REASON = ("«{raw}» là một đầu của khoảng tốc độ tăng/giảm của nhiều đơn vị, không phải tốc độ của một "
                     "chỉ tiêu — chưa kiểm được")


def table_keeps_ranges(rows: Iterable) -> bool:
    """Does the table keep ranges: a row naming one end of a range, or a range typed in a cell?"""
    return any(row.lows or row_end(row.fig.chi_tieu) is not None for row in rows)


def far_from(low, high, values: Iterable) -> bool:
    """Does every value lie more than a fifth outside ``low``–``high``? A row of its unit nearer than that (``Số người
    tham gia từ 20 đến 25 người`` beside the row's 18, tests/test_checker_unseen; ``đạt 86,5% so mục tiêu (600-750
    ngàn m3 gỗ)`` beside 519,3 nghìn m3, xp-phu-tho) may be the range's own row said wrong: flagged as before."""
    lo, hi = abs(low) * Decimal("0.8"), abs(high) * Decimal("1.2")
    return all(not lo <= abs(v) <= hi for v in values)


def unproved_range(low, rows: Iterable, of_its_unit: Iterable) -> bool:
    """A mention with a lower end ``low`` (a range) that no row fits is unproved, not wrong, when the table keeps rows
    of its kind and unit (``of_its_unit``: none lies in it, none is refuted by it) and keeps no ranges. A range of a
    unit the table keeps nothing of is as any number the table does not keep (flagged: the sweep pages' one-row
    tables, ``tests/test_chk32_recognisers``, ``test_chk58_pricedvariety``)."""
    return low is not None and any(True for _ in of_its_unit) and not table_keeps_ranges(rows)
