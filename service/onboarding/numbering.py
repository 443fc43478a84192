"""The row numbering a table's columns, read as no row of figures (round 50).

A Vietnamese form numbers its columns under the header: letters for the columns of words (``A`` the label, ``B`` the
unit), numbers for the columns of figures (``1``, ``2``, …): ``A | B | 1 | 2 | 3 | 4 | 5 | 6 |`` (s13 Bình Định's
poor households by district), ``A`` / ``B`` / ``1`` / ``2`` / ``3`` / ``4`` one a line (zy Văn Chấn's five-year
table, where the template made rows «A» 1, 2, 4 of unit «b»).  ``pasted``'s header reader closes a header on a row
of column numbers with no letters (``1 | 2 | 3 | … | 6=5-4``); this is the same row with its letters, when it was
read as the table's first row.

``column_numbers``: a sheet line whose label is one capital letter, its unit one capital letter or none, and its
cells ``1``, ``2``, … in order (each the next, two or more; an empty cell breaks nothing: a column left blank).
``without_numbering``: the sheet without such lines.  Composed in ``pasted.table_rows``, before the loader reads the
sheet.
"""

from __future__ import annotations

import re

_LETTER = re.compile(r"[A-ZĐ]")


def column_numbers(label: str, unit: str, cells: list[str]) -> bool:
    """The line numbers the table's columns (see the module)."""
    if not _LETTER.fullmatch(label.strip()) or unit.strip() and not _LETTER.fullmatch(unit.strip()):
        return False
    said = [c.strip() for c in cells if c and c.strip()]
    return len(said) >= 2 and said == [str(n) for n in range(1, len(said) + 1)]


def without_numbering(sheet: list[tuple[str, str, list[str]]]) -> list[tuple[str, str, list[str]]]:
    """``sheet`` without the lines numbering its columns."""
    return [line for line in sheet if not column_numbers(*line)]
