"""A CSV cell whose opening quote is never closed swallows the lines after it: the rows there are read as words.

VAMA's sheet (held-out xt-toan-quoc-vama-doanh-so-o-to-2020-11) opens its note ``"tháng 10: “tăng hơn 6.000 xe”``
with a straight quote and closes it with a curly one: the csv reader takes the next line — the row ``Tăng/giảm so
với cùng kỳ năm trước,%,-2,15,22,…`` — into the note, and the loader, reading the note as words, never saw the row
(three rates against last year lost, unsaid).  The table is loaded as read (the file decides, not a guess of where
the quote ends); a warning names the cell and each line it swallowed that has the shape of a row of the table: split
by the file's separator, at least three fields, no more than the header has, and a number among them.
"""

from __future__ import annotations

import re

from service.errors import WARNING, Problem

#: a field that is a number as a table types it (``-2``, ``33.254``, ``9,3``, ``22%``)
_NUMBER = re.compile(r"^[+-]?\d[\d.,]*\s*%?$")


def rows_in_a_cell(cell: str, delim: str, width: int) -> list[str]:
    """The lines after the first in ``cell`` that read as a row of a table ``width`` columns wide."""
    out = []
    for line in cell.split("\n")[1:]:
        fields = [f.strip() for f in line.split(delim)]
        if 3 <= len(fields) <= max(width, 3) and any(_NUMBER.match(f) for f in fields):
            out.append(line.strip())
    return out


def swallowed_rows(header: list[str], rows: list[tuple[int, list]], delim: str, source: str) -> list[Problem]:
    """A warning for each cell that holds lines shaped as rows (an unclosed quote), naming the row, column and the
    first line swallowed."""
    problems = []
    for rownum, cells in rows:
        for i, cell in enumerate(cells):
            if not isinstance(cell, str) or "\n" not in cell:
                continue
            lines = rows_in_a_cell(cell, delim, len(header))
            if not lines:
                continue
            title = header[i] if i < len(header) else None
            problems.append(Problem(
                f"ô chứa {len(lines)} dòng có dạng một hàng của bảng («{lines[0][:80]}»): có lẽ dấu ngoặc kép mở ô "
                "không được đóng bằng dấu ngoặc kép thẳng (\"), nên các dòng sau được đọc thành chữ của ô này và "
                "không được nạp; hãy đóng dấu ngoặc kép của ô", file=source, row=rownum, column=title,
                severity=WARNING))
    return problems
