"""What the figures rounds' ``build.py`` share (rounds 12 to 19): a sheet written as a clerk's CSV (UTF-8, the csv
module's own quoting) or as an XLSX workbook with openpyxl (one sheet, rows appended as given, merged cells and hidden
rows as asked).  A round binds them to its folder::

    write_csv, write_xlsx = folder_writers(HERE)

A build script is run by path (``.venv/bin/python evaluations/data/figures-roundN/build.py``), so it puts the repository
on ``sys.path`` before importing this module (``sys.path.insert(0, str(Path(__file__).resolve().parents[3]))``)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

#: the sheet's name most rounds gave their workbooks
SHEET = "Biểu"


def write_csv(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def write_xlsx(path: Path, rows, merges=(), hidden_rows=(), title: str | None = SHEET) -> None:
    """One sheet: ``rows`` appended in order, ``merges`` (``"A2:A3"``) merged, ``hidden_rows`` (1-based) hidden;
    ``title`` None keeps openpyxl's own name of the sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    if title is not None:
        ws.title = title
    for r in rows:
        ws.append(list(r))
    for m in merges:
        ws.merge_cells(m)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    wb.save(path)


def folder_writers(here: Path, title: str | None = SHEET):
    """``write_csv(name, rows)`` and ``write_xlsx(name, rows, merges=(), hidden_rows=())`` writing into ``here``."""

    def csv_in(name, rows):
        write_csv(here / name, rows)

    def xlsx_in(name, rows, merges=(), hidden_rows=()):
        write_xlsx(here / name, rows, merges=merges, hidden_rows=hidden_rows, title=title)

    return csv_in, xlsx_in
