"""The writer never writes a cell its own loader refuses.

A template is filled by a person and loaded by ``service.figures.load``; a value the writer prefilled (the previous
edition's column, ``Cùng kỳ năm trước`` or ``Kỳ trước``, and ``Kế hoạch``) that the loader refuses would make the
filled sheet fail to load, whatever the person typed (the final batch's round trip: a plan of −2 % read from
``vượt 6% kế hoạch về lượng``).  The sheet is read back as any upload is (``read_raw`` → ``check_table``: the loader's
own rules for the row's unit, its average, its place in the table, nothing copied here), and every error the loader
gives on a prefilled cell names that cell: the writer then leaves it empty and says why in ``Ghi chú``.
"""

from __future__ import annotations

from pathlib import Path

from service.figures.load import check_table
from service.figures.read import read_raw

#: The header's title of the code column, by which a row of the sheet is found again.
CODE = "Mã"


def refused_cells(path: Path, prefilled: set[str]) -> dict[tuple[str, str], str]:
    """(row's code, column title) → the loader's message, for every cell of ``prefilled`` columns the loader refuses
    in the sheet at ``path`` (the loader reads it exactly as an upload)."""
    raw = read_raw(path)
    _, problems = check_table(raw)
    if CODE not in raw.header:
        return {}
    at = raw.header.index(CODE)
    codes = {n: str(cells[at]).strip() for n, cells in raw.rows if at < len(cells) and cells[at] is not None}
    out = {}
    for p in problems:
        if p.is_error and p.column in prefilled and p.row in codes:
            out.setdefault((codes[p.row], p.column), p.message)
    return out


def left_empty_note(column: str, message: str) -> str:
    """What ``Ghi chú`` says of a prefilled cell left empty (users read Vietnamese)."""
    return f"{column} để trống: bảng số liệu không nhận số đã đọc ({message})"
