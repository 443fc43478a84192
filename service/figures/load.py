"""Read a figures table (CSV for now; the figures stage extends this to XLSX/JSON and full validation)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from service.errors import InputError, ProblemList
from service.figures.model import Figure, FigureTable
from service.numbers import parse_machine_or_vn

REQUIRED = ("ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao")
OPTIONAL = ("cung_ky", "ke_hoach", "don_vi", "muc", "ghi_chu")


def load_table(path: str | Path, *, series: str | None = None, period: str | None = None) -> FigureTable:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: figures file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise InputError(f"{path}: empty figures file")
    header = [h.strip() for h in rows[0]]
    problems = ProblemList()
    unknown = [h for h in header if h and h not in REQUIRED + OPTIONAL]
    missing = [h for h in REQUIRED if h not in header]
    if missing or unknown:
        msg = []
        if missing:
            msg.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            msg.append(f"unknown column(s) {', '.join(unknown)}")
        raise InputError(f"{path}: {'; '.join(msg)} (expected {', '.join(REQUIRED + OPTIONAL)})")
    figures, seen = [], set()
    for i, raw in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in raw):
            continue
        rec = dict(zip(header, (c.strip() for c in raw)))

        def num(col: str, required: bool = False) -> Decimal | None:
            v = rec.get(col, "")
            if not v:
                if required:
                    problems.add("value is empty", file=str(path), row=i, column=col)
                return None
            try:
                return parse_machine_or_vn(v)
            except ValueError:
                problems.add(f"not a number: {v!r}", file=str(path), row=i, column=col)
                return None

        code = rec.get("ma", "")
        if not code:
            problems.add("indicator code is empty", file=str(path), row=i, column="ma")
        elif code in seen:
            problems.add(f"duplicate code {code!r}", file=str(path), row=i, column="ma")
        seen.add(code)
        value = num("ky_bao_cao", required=True)
        figures.append(Figure(ma=code, chi_tieu=rec.get("chi_tieu", ""), don_vi_tinh=rec.get("don_vi_tinh", ""),
                              ky_bao_cao=value if value is not None else Decimal(0), cung_ky=num("cung_ky"),
                              ke_hoach=num("ke_hoach"), don_vi=rec.get("don_vi", ""), muc=rec.get("muc", ""),
                              ghi_chu=rec.get("ghi_chu", ""), row=i))
    problems.raise_if_any(f"{path}: figures table rejected")
    return FigureTable(figures, source=str(path), series=series, period=period)
