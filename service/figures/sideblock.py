"""A block of aspect columns set beside the value column on rows of their own: two tables in one sheet.

The national Phù Đổng school games' sheet (held-out xu-toan-quoc-bo-gddt-hoi-khoe-phu-dong-toan-quoc-2012-08):

    Mã | Chỉ tiêu | Đơn vị tính | Số lượng | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng
    A1 | Vận động viên …        | vận động viên | 7.800 |    |    |
    B1 | Đoàn TP. Hồ Chí Minh   | huy chương    |       | 95 | 52 | 53

The count rows fill ``Số lượng`` only, the medal rows fill the three medal columns only: the medal columns are a
two-way block (each cell a row «<chỉ tiêu>: <tiêu đề cột>») that shares the sheet with the count column.  Main took
``Số lượng`` as the value column and set the medal columns aside «cột không thuộc bảng số liệu» (six false alarms on
the page's «95 HCV, 52 HCB và 53 HCĐ» …).

The rule is the layout's, never the words': at least two columns, and the rows are split — no row fills both the
value column and a column of the block, at least one row fills each.  A column beside the value column on the same
rows (a second quantity, a part, a rate) is never such a block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def block_beside_value(rows: Sequence[Sequence], value: int, candidates: Sequence[int],
                       filled: Callable[[object], bool]) -> bool:
    """The columns ``candidates`` (indexes into each row's cells) are filled only on rows whose ``value`` cell is
    empty, and the value column only on rows where they are all empty; each side on one row at least."""
    if len(candidates) < 2:
        return False

    def has(cells: Sequence, i: int) -> bool:
        return i < len(cells) and filled(cells[i])

    block_rows = value_rows = 0
    for cells in rows:
        in_block = any(has(cells, i) for i in candidates)
        in_value = has(cells, value)
        if in_block and in_value:
            return False
        block_rows += in_block
        value_rows += in_value
    return block_rows > 0 and value_rows > 0
