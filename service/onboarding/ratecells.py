"""A pasted table's comparison columns, kept as the derivations of the row they compare (round 45).

A web page's table of a plan's results (ys Phú Xuân, 9 tháng 2021) is pasted one cell a line:

    Giá trị sản xuất thực tế / Tỷ đồng / 493,7 / 461,1 / 419,1 / 93 / 105

under ``Kế hoạch năm 2021 | TH 9 tháng năm 2021 | Ước TH năm 2021 | So sánh (%) 9 tháng/ KH năm 2021 | Ước TH năm
2021``.  The figures loader reads the ``So sánh (%)`` titles as derived columns (``schema``: a comparison is never
stored), so ``pasted.table_rows`` made the rows of the value, the estimate and the plan, and the two rates went
nowhere: the sheet did not say them at all.  They are what the report computes from the row (``93`` = 461,1 / 493,7),
so they are kept as that row's derivations — «tính lại từ số liệu, không điền», as the sentence reader keeps ``đạt 93%
kế hoạch`` — on the line's row of the period's value (the loader's own code, ``3``, not the estimate's ``3-U2021``
or the running total's ``3-LK`` beside it), in the order the columns stand.

Only a plain table is read so (one sheet line per pasted row, its cells in the titles' order): a table read by its
columns, its measures or its places has moved the cells, and the module leaves it.  A cell that is no number (``-``,
blank) gives nothing.
"""

from __future__ import annotations

from service.checker.extract import read_cell
from service.onboarding.model import Derivation, Row

#: the loader's role of a comparison column (``service.figures.schema.DERIVED``)
DERIVED = "derived"


def _how(title: str) -> str:
    """``So sánh (%) 9 tháng/ KH năm 2021`` → ``tỷ lệ so sánh (%) 9 tháng/ KH năm 2021``: what the column says, in
    the words of the table."""
    return "tỷ lệ theo cột «" + " ".join(title.split()) + "» của bảng"


def line_row(made: dict, line: int, code: str, row: Row) -> None:
    """Keep in ``made`` the row of the line's own code (the period's value: ``3``, not ``3-U2021`` or ``3-LK``)."""
    if line not in made or len(code) < len(made[line][0]):
        made[line] = (code, row)


def rate_cells(titles, sheet, made: dict) -> None:
    """Each sheet line's cells under a derived title, as derivations of the line's row in ``made`` (``line_row``).

    ``titles`` are the table's (text, ColumnTitle) per cell; ``sheet`` its lines (label, unit, cells)."""
    rates = [k for k, (_, t) in enumerate(titles) if t.column == DERIVED]
    if not rates:
        return
    for line, (_, row) in made.items():
        label, _, cells = sheet[line]
        if len(cells) != len(titles):
            continue
        for k in rates:
            read = read_cell(cells[k] or "")
            if read is None:
                continue
            row.derived.append(Derivation(quote=f"{label} … {cells[k].strip()}", how=_how(titles[k][0]),
                                          value=read[0]))
