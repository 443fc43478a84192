"""Read a figures file (CSV, XLSX, JSON) into raw cells, finding the header row.

Agency sheets put title rows (and blank rows) above the header; the header is
the first row naming at least two required columns.  Nothing is validated
here beyond "can the file be read": :mod:`service.figures.load` does that.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from service.errors import InputError
from service.figures.schema import REQUIRED, column_for

HEADER_SCAN_ROWS = 30


@dataclass
class RawTable:
    """Cells as read. ``rows`` are ``(row number in the file, cells)``; cells are str, Decimal or None."""

    source: str
    header_row: int
    header: list[str]
    rows: list[tuple[int, list]]
    titles: list[str] = field(default_factory=list)  # text of the rows above the header
    meta: dict = field(default_factory=dict)          # JSON top-level keys (series, period)


def nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _header_score(cells: list) -> int:
    cols = {column_for(c) for c in cells if isinstance(c, str) and c.strip()}
    return len(cols & set(REQUIRED))


def _split_header(source: str, rows: list[tuple[int, list]]) -> RawTable:
    for i, (rownum, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        if _header_score(cells) >= 2:
            titles = [" ".join(str(c) for c in r if c not in (None, "")) for _, r in rows[:i]]
            header = ["" if c is None else str(c).strip() for c in cells]
            return RawTable(source, rownum, header, rows[i + 1:], [t for t in titles if t])
    raise InputError(f"{source}: no header row found in the first {HEADER_SCAN_ROWS} rows "
                     f"(expected column titles such as 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Kỳ báo cáo' "
                     f"or codes {', '.join(REQUIRED)})")


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); "
                         "save the sheet as 'CSV UTF-8' and load it again") from None


def read_csv(path: Path) -> RawTable:
    """CSV with ``,``, ``;`` (Excel in Vietnamese locale) or tab; the one that yields a header wins."""
    text = nfc(_decode(path))
    best: tuple[int, list] | None = None
    for delim in (",", ";", "\t"):
        rows = [(i, cells) for i, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delim), start=1)]
        score = max((_header_score(c) for _, c in rows[:HEADER_SCAN_ROWS]), default=0)
        if best is None or score > best[0]:
            best = (score, rows)
    rows = [(i, [c.strip() for c in cells]) for i, cells in best[1]]
    if not any(any(c for c in cells) for _, cells in rows):
        raise InputError(f"{path}: empty figures file")
    return _split_header(str(path), rows)


def _xlsx_value(cell):
    v = cell.value
    if v is None or isinstance(v, bool):
        return v if v is None else str(v)
    if isinstance(v, (int, float)):
        d = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
        if "%" in (cell.number_format or ""):  # 0.8461 shown as 84,61%
            d = (d * 100).normalize()
        return d
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return nfc(str(v).strip())


def read_xlsx(path: Path) -> RawTable:
    """The first sheet with a header row; formulas read as their last computed values."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip/xml errors: not a workbook
        raise InputError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__})") from None
    try:
        last_error = None
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows():
                cells = [_xlsx_value(c) for c in row if hasattr(c, "value")]
                rownum = next((c.row for c in row if hasattr(c, "row")), len(rows) + 1)
                rows.append((rownum, cells))
            try:
                table = _split_header(f"{path}", rows)
                table.meta["sheet"] = ws.title
                return table
            except InputError as exc:
                last_error = exc
        raise last_error or InputError(f"{path}: workbook has no sheets")
    finally:
        wb.close()


def read_json(path: Path) -> RawTable:
    """A list of row objects, or ``{"series", "period", "figures": [...]}``; numbers kept exact."""
    try:
        data = json.loads(_decode(path), parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    meta = {}
    if isinstance(data, dict):
        meta = {k: nfc(v) for k, v in data.items() if k in ("series", "period") and isinstance(v, str)}
        data = data.get("figures", data.get("rows"))
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError(f"{path}: expected a JSON list of row objects or {{\"figures\": [...]}}")
    header: list[str] = []
    for r in data:
        for k in r:
            if k not in header:
                header.append(nfc(str(k)))
    rows = []
    for i, r in enumerate(data, start=1):
        rec = {nfc(str(k)): v for k, v in r.items()}
        rows.append((i, [_json_cell(rec.get(h)) for h in header]))
    return RawTable(str(path), 0, header, rows, meta=meta)


def _json_cell(v):
    if v is None or isinstance(v, Decimal):
        return v
    return nfc(str(v).strip())


def read_raw(path: str | Path) -> RawTable:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: figures file not found")
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if ext == ".json":
        return read_json(path)
    if ext in (".csv", ".txt", ".tsv", ""):
        return read_csv(path)
    if ext == ".xls":
        raise InputError(f"{path}: old .xls workbooks are not supported; save as .xlsx or CSV UTF-8")
    raise InputError(f"{path}: unsupported figures file type {ext!r} (expected .csv, .xlsx or .json)")
