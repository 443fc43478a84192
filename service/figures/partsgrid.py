"""A two-way grid of parts with their total: the rows are kinds, the columns the parts a total splits into, and one
column the total (``Loại hình | Giải A | Giải B | Giải C | Giải khuyến khích | Tổng số`` over ``Báo in, báo điện
tử | 3 | 8 | 9 | 19 | 39`` — Thanh Hóa's journalists' award 2017, kinds of press × award grades; ``Đơn vị | Nam |
Nữ | Cộng``; ``Khối | Lớp 1 | … | Lớp 5 | Tổng``).  Associations and small bodies keep their results this way: the
first column's title names what the rows are (``Loại hình``, ``Đơn vị``, ``Khối``), no ``Chỉ tiêu``, no period
column (the period is in the title), so no header of the usual kind is found.

:func:`parts_with_total` is the header's test, looked for only when no other header is found: a row of three or
more titles of words naming no period, the first in the first column and no known column's, one title a total's
word (``Tổng số``, ``Tổng cộng``, ``Tổng``, ``Cộng``), and under it at least two rows with a name in the first
column in which the total's cell is the sum of the parts' cells (every filled part a number, two at least).  The
sums are the notation's own proof that the row is a header over a grid and not a line of prose above numbers.
The reader then takes the first column as the rows' names and the total as the period's value; each part's cell
is a row of its own «<tên hàng>: <cột>» (the columns module's parts of the period's value).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.figures.schema import fold, read_title, title_period
from service.figures.transpose import is_number
from service.numbers import parse_table_number

#: A total's title (folded): the column that adds up the others.
_TOTAL = re.compile(r"^(?:tong so|tong cong|tong|cong|cong chung)$")
#: How many rows under the header are looked at, and how many must add up.
_LOOK = 12
_SUMS = 2


def _filled(c) -> bool:
    return c is not None and (not isinstance(c, str) or bool(c.strip()))


def _value(c) -> Decimal | None:
    if isinstance(c, Decimal):
        return c
    try:
        return Decimal(parse_table_number(str(c)))
    except (ValueError, ArithmeticError):
        return None


def _words(c) -> bool:
    return isinstance(c, str) and bool(re.search(r"[^\W\d_]", c)) and not is_number(c)


def total_column(cells: list) -> int | None:
    """The column whose title is a total's word (``Tổng số``), if exactly one is."""
    found = [k for k, c in enumerate(cells) if isinstance(c, str) and _TOTAL.match(fold(c).strip())]
    return found[0] if len(found) == 1 else None


def adds_up(row: list, total: int, parts: list[int]) -> bool:
    """The row's total cell is the sum of its parts' cells: every filled part a number, two at least."""
    if total >= len(row) or not _filled(row[total]):
        return False
    whole = _value(row[total])
    cells = [row[k] for k in parts if k < len(row) and _filled(row[k])]
    values = [_value(c) for c in cells]
    return whole is not None and len(values) >= 2 and None not in values and sum(values) == whole


def _grid_shape(rows: list[tuple[int, list]], i: int) -> tuple[int, list[int], list[list]] | None:
    """(the total's column, the parts' columns, the rows under it with a name) when row ``i`` has a grid's header
    titles (the module's doc), sums not yet looked at; None otherwise."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 3 or titled[0][0] != 0 or not all(_words(c) for _, c in titled):
        return None
    if any(read_title(c).period or read_title(c).date or title_period(c) for _, c in titled):
        return None
    if read_title(titled[0][1]).column is not None:
        return None
    total = total_column(cells)
    if total is None or total == 0:
        return None
    parts = [k for k, _ in titled[1:] if k != total]
    if len(parts) < 2 or any(read_title(cells[k]).column is not None for k in parts):
        return None
    below = [r for _, r in rows[i + 1:i + 1 + _LOOK] if r and _words(r[0])]
    return total, parts, below


def parts_with_total(rows: list[tuple[int, list]], i: int) -> bool:
    """Row ``i`` is the header of a grid of parts with their total (the module's doc)."""
    shape = _grid_shape(rows, i)
    return shape is not None and sum(adds_up(r, shape[0], shape[1]) for r in shape[2]) >= _SUMS


def unsummed_grid(rows: list[tuple[int, list]], scan: int) -> str:
    """For the refusal's message: a row with a grid's header titles whose total column does not add up its parts in
    two rows (so it was not taken as the header) — what to write for it to load; "" when no row is so."""
    for i in range(min(scan, len(rows))):
        shape = _grid_shape(rows, i)
        if shape is None or not shape[2]:
            continue
        cells = rows[i][1]
        total = str(cells[shape[0]]).strip()
        return (f"; hàng {rows[i][0]} («{' | '.join(str(c).strip() for c in cells if _filled(c))}») giống tiêu đề một "
                f"bảng hai chiều, nhưng ở dưới nó không có đủ {_SUMS} hàng mà cột '{total}' bằng tổng các cột còn lại, "
                f"nên không lấy làm hàng tiêu đề: sửa các số cho khớp, hoặc đổi tiêu đề cột đầu "
                f"('{str(cells[0]).strip()}') thành 'Chỉ tiêu'")
    return ""
