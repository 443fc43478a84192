"""Load and validate a figures table (CSV, XLSX, JSON): all problems at once, all-or-nothing.

A file with any problem yields no figures: ``load_table`` raises one
``InputError`` carrying every ``Problem`` (file, row, column), and
``validate_file`` returns them for ``baocao figures validate``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from service.errors import InputError, Problem, ProblemList
from service.figures.model import Figure, FigureTable
from service.figures.read import RawTable, read_raw
from service.figures.schema import COLUMNS, NUMERIC, REQUIRED, canonical_unit, column_for, is_integral, money_scale
from service.numbers import parse_table_number
from service.periods import find_period, parse_period

__all__ = ["load_table", "validate_file", "check_table", "normalise_period", "REQUIRED", "COLUMNS"]


def normalise_period(period: str | None) -> str | None:
    """``6 tháng đầu năm 2024`` → ``2024-H1``; InputError if it is not a period."""
    if period is None or not str(period).strip():
        return None
    try:
        return parse_period(str(period)).code
    except ValueError as exc:
        raise InputError(str(exc)) from None


_VN_DEC = re.compile(r"\d,\d")
_VN_GROUPS = re.compile(r"-?\d{1,3}(\.\d{3}){2,}(,\d+)?")


def _notation(raw: RawTable, cols: dict[int, str]) -> str | None:
    """``"vn"`` if any numeric cell uses a decimal comma or several dot groups (so ``1.035`` is 1035)."""
    idx = [i for i, c in cols.items() if c in NUMERIC]
    for _, cells in raw.rows:
        for i in idx:
            v = cells[i] if i < len(cells) else None
            if isinstance(v, str) and (_VN_DEC.search(v) or _VN_GROUPS.fullmatch(v)):
                return "vn"
    return None


def check_table(raw: RawTable, *, series: str | None = None, period: str | None = None,
                extra_units: frozenset[str] | set[str] = frozenset()) -> tuple[FigureTable, list[Problem]]:
    """Validate raw cells; return the table and its problems (the table is unusable if there are any)."""
    src = raw.source
    problems = ProblemList()
    hrow = raw.header_row or None
    cols: dict[int, str] = {}
    for i, title in enumerate(raw.header):
        if not title:
            if any(i < len(c) and c[i] not in (None, "") for _, c in raw.rows):
                problems.add("values under a column without a title", file=src, row=hrow, column=f"#{i + 1}")
            continue
        col = column_for(title)
        if col is None:
            problems.add(f"unknown column {title!r} (known: {', '.join(COLUMNS)} or their Vietnamese titles)",
                         file=src, row=hrow, column=title)
        elif col in cols.values():
            problems.add(f"column {title!r} repeats column {col!r}", file=src, row=hrow, column=title)
        else:
            cols[i] = col
    for col in REQUIRED:
        if col not in cols.values():
            problems.add(f"missing required column {col!r}", file=src, row=hrow, column=col)

    period_code = normalise_period(period) if period else None
    stated = next((p for p in map(find_period, raw.titles) if p), None)
    if raw.meta.get("period"):
        stated = _try_period(raw.meta["period"]) or stated
    if period_code and stated and stated.code != period_code:
        problems.add(f"the file is for {stated.code} ({stated.text}) but period {period_code} was given",
                     file=src, row=1 if raw.titles else None)
    period_code = period_code or (stated.code if stated else None)
    series = series or raw.meta.get("series")
    if problems.problems:  # column problems make every row unreadable: report them alone
        return FigureTable([], source=src, series=series, period=period_code), problems.problems

    notation = _notation(raw, cols)
    figures: list[Figure] = []
    seen: dict[str, int] = {}
    for rownum, cells in raw.rows:
        rec = {col: (cells[i] if i < len(cells) else None) for i, col in cols.items()}
        if all(v in (None, "") for v in rec.values()):
            continue
        fig = _row(rec, rownum, src, problems, notation, extra_units)
        if fig is None:
            continue
        if fig.ma:
            if fig.ma in seen:
                problems.add(f"duplicate code {fig.ma!r} (first on row {seen[fig.ma]})", file=src, row=rownum,
                             column="ma")
            else:
                seen[fig.ma] = rownum
        figures.append(fig)
    if not figures and not problems.problems:
        problems.add("no figures under the header", file=src, row=hrow)
    return FigureTable(figures, source=src, series=series, period=period_code), problems.problems


def _try_period(text: str):
    try:
        return parse_period(text)
    except ValueError:
        return None


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
    return " ".join(str(v).split()) if "\n" in str(v) else str(v).strip()


def _row(rec: dict, rownum: int, src: str, problems: ProblemList, notation: str | None,
         extra_units) -> Figure | None:
    code, label, unit_text = _text(rec.get("ma")), _text(rec.get("chi_tieu")), _text(rec.get("don_vi_tinh"))
    n_before = len(problems.problems)
    if not code:
        problems.add("indicator code is empty", file=src, row=rownum, column="ma")
    if not label:
        problems.add("indicator label is empty", file=src, row=rownum, column="chi_tieu")
    scale = 1
    unit = None
    if not unit_text:
        problems.add("unit is empty", file=src, row=rownum, column="don_vi_tinh")
    else:
        ms = money_scale(unit_text)
        if ms:
            unit, scale = "đồng", ms
        else:
            unit = canonical_unit(unit_text, extra_units)
            if unit is None:
                problems.add(f"unknown unit {unit_text!r} (add it to the known units if it is real)",
                             file=src, row=rownum, column="don_vi_tinh")
    integral = unit is None or is_integral(unit)
    values: dict[str, Decimal | None] = {}
    for col in NUMERIC:
        v = rec.get(col)
        if v in (None, ""):
            if col == "ky_bao_cao":
                problems.add("value is empty", file=src, row=rownum, column=col)
            values[col] = None
            continue
        try:
            d = v if isinstance(v, Decimal) else parse_table_number(v, integral=integral, notation=notation)
        except ValueError:
            problems.add(f"not a number: {v!r}", file=src, row=rownum, column=col)
            values[col] = None
            continue
        d = d * scale
        if d < 0:
            problems.add(f"negative value {_text(v)} (figures are counts and amounts)", file=src, row=rownum,
                         column=col)
        elif unit == "%" and d > 100:
            problems.add(f"percentage over 100: {_text(v)}", file=src, row=rownum, column=col)
        elif unit is not None and integral and d != d.to_integral_value():
            hint = " (money is written in đồng as a whole number)" if unit == "đồng" else ""
            problems.add(f"{_text(v)} is not a whole number of {unit!r}{hint}", file=src, row=rownum, column=col)
        values[col] = d
    if len(problems.problems) > n_before:
        return None
    return Figure(ma=code, chi_tieu=label, don_vi_tinh=unit, ky_bao_cao=values["ky_bao_cao"],
                  cung_ky=values["cung_ky"], ke_hoach=values["ke_hoach"], don_vi=_text(rec.get("don_vi")),
                  muc=_text(rec.get("muc")), ghi_chu=_text(rec.get("ghi_chu")), row=rownum)


def validate_file(path: str | Path, *, series: str | None = None, period: str | None = None,
                  extra_units: frozenset[str] | set[str] = frozenset()) -> list[Problem]:
    """Every problem of a figures file; empty when it would load."""
    try:
        raw = read_raw(path)
    except InputError as exc:
        return exc.problems or [Problem(exc.message, file=str(path))]
    return check_table(raw, series=series, period=period, extra_units=extra_units)[1]


def load_table(path: str | Path, *, series: str | None = None, period: str | None = None,
               extra_units: frozenset[str] | set[str] = frozenset()) -> FigureTable:
    """Read and validate a figures file; ``InputError`` listing every problem if it has any.

    ``period`` is normalised (``6 tháng đầu năm 2024`` → ``2024-H1``); without
    it, a period stated in the sheet's title rows is used.
    """
    table, problems = check_table(read_raw(path), series=series, period=period, extra_units=extra_units)
    if problems:
        ProblemList(problems).raise_if_any(f"{path}: figures table rejected")
    return table
