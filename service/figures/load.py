"""Load and validate a figures table (CSV, XLSX, JSON): every problem at once, all-or-nothing.

Problems are **errors** (the file is refused: ``load_table`` raises one
``InputError`` carrying every error, located by file, row and column) or
**warnings** (the file loads: a column left aside, a code made up, a total that
disagrees with its parts); ``validate_file`` returns both, the loaded table
carries its warnings.  Messages are Vietnamese: users read them.

The pieces: columns from their titles (:mod:`schema`), what each row is
(:mod:`rows`), units (:mod:`units`), numbers (:mod:`service.numbers`), sums (:mod:`sums`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from service.errors import InputError, Problem, ProblemList
from service.figures.model import Figure, FigureTable
from service.figures.read import RawTable, Uncached, read_raw
from service.figures.rows import Cells, code_for, section_title, split_stt_label, stt_style, stt_token, structure
from service.figures.schema import (COLUMNS, COUNT, DERIVED, NUMERIC, PERIOD, REQUIRED, STT, TITLES, fold,
                                    read_title, read_unit)
from service.figures.sums import check_sums
from service.numbers import parse_table_number
from service.periods import Period, find_period, parse_period

__all__ = ["load_table", "validate_file", "check_table", "normalise_period", "REQUIRED", "COLUMNS"]

NONE_MARKS = {"-", "--", "—", "–", "x", "X", "…", "..."}
KEY_COLUMNS = ("ma", "chi_tieu", "don_vi_tinh", *NUMERIC)


def normalise_period(period: str | None) -> str | None:
    """``6 tháng đầu năm 2024`` → ``2024-H1``; InputError if it is not a period."""
    if period is None or not str(period).strip():
        return None
    try:
        return parse_period(str(period)).code
    except ValueError as exc:
        raise InputError(f"kỳ báo cáo {str(period)!r} không hợp lệ (ví dụ: '6 tháng đầu năm 2024' hoặc 2024-H1)"
                         ) from exc


# ---------------------------------------------------------------- columns

@dataclass
class Layout:
    """Which file column holds which field, and what the header says about the period."""

    cols: dict[int, str] = field(default_factory=dict)     # index → canonical column
    titles: dict[str, str] = field(default_factory=dict)   # canonical column → title as written
    stt: int | None = None
    period: Period | None = None                           # the period the header names for the values


def _end(p: Period) -> tuple[int, int]:
    return p.year, {"year": 12, "half": 6 * p.index, "quarter": 3 * p.index, "month": p.index}.get(p.kind, 12)


def _period_roles(read, period_code: str | None) -> tuple[dict[int, str | None], Period | None]:
    """Value columns titled by a period (``Năm 2023 | 6 tháng đầu năm 2024``): which is the period's, which a year before."""
    cands = [(i, ct) for i, _, ct in read if ct.column in ("ky_bao_cao", PERIOD) and ct.period]
    if not cands:
        return {}, None
    if len(cands) == 1:
        i, ct = cands[0]
        return {i: "ky_bao_cao"}, ct.period
    target = parse_period(period_code) if period_code else max((ct.period for _, ct in cands), key=_end)
    before = target.shift_years(-1).code
    roles = {i: "ky_bao_cao" if ct.period.code == target.code else "cung_ky" if ct.period.code == before else None
             for i, ct in cands}
    return roles, target


def _looks_like_units(values: list) -> bool:
    """Values of a column titled ``Đơn vị``: units (``vụ``, ``lượt người``) or organisations (``Hội LHPN huyện``)?"""
    vals = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
    if not vals:
        return False
    org = re.compile(r"(?i)^(ban|hội|phòng|công an|ubnd|ủy ban|uỷ ban|đoàn|huyện|xã|trường|trung tâm|mặt trận|"
                     r"chi|bộ|đồn|cục|sở|tỉnh|thành|liên đoàn|cơ quan|các)\b")
    return sum(1 for v in vals if len(v.split()) <= 3 and len(v) <= 24 and not org.match(v)) >= 0.8 * len(vals)


def map_columns(raw: RawTable, problems: ProblemList, period_code: str | None) -> Layout:
    src, hrow = raw.source, raw.header_row or None
    read = [(i, t, read_title(t)) for i, t in enumerate(raw.header)]
    roles, header_period = _period_roles(read, period_code)
    out = Layout(period=header_period)
    explicit = {ct.column for i, _, ct in read if ct.column in COLUMNS and i not in roles}
    for i, title, ct in read:
        col = roles.get(i, ct.column) if i in roles else ct.column
        if i in roles and col in explicit:
            col = None
        if not title:
            if any(i < len(c) and c[i] not in (None, "") for _, c in raw.rows):
                problems.warn("cột không có tiêu đề nhưng có số liệu: bỏ qua cột này", file=src,
                              row=hrow, column=f"#{i + 1}")
            continue
        if col == STT:
            out.stt = i if out.stt is None else out.stt
        elif col == DERIVED:
            problems.warn("cột số so sánh (được tính lại từ các cột số liệu): bỏ qua cột này", file=src,
                          row=hrow, column=title)
        elif col is None and i in roles:
            problems.warn(f"số liệu của kỳ khác ({read[i][2].period.code}): bỏ qua cột này", file=src,
                          row=hrow, column=title)
        elif col is None or col == PERIOD:
            problems.warn("cột không thuộc bảng số liệu: bỏ qua cột này", file=src, row=hrow, column=title)
        elif col in out.cols.values():
            first = out.titles[col]
            if col in KEY_COLUMNS:
                problems.add(f"trùng vai trò '{TITLES[col]}' với cột '{first}': chỉ giữ một cột",
                             file=src, row=hrow, column=title)
            else:
                problems.warn(f"trùng vai trò '{TITLES[col]}' với cột '{first}': dùng cột '{first}'",
                              file=src, row=hrow, column=title)
        else:
            out.cols[i] = col
            out.titles[col] = title
    if "don_vi_tinh" not in out.titles and "don_vi" in out.titles:
        i = next(k for k, c in out.cols.items() if c == "don_vi")
        if _looks_like_units([c[i] for _, c in raw.rows if i < len(c)]):
            out.cols[i] = "don_vi_tinh"
            out.titles["don_vi_tinh"] = out.titles.pop("don_vi")
    for col in REQUIRED:
        if col not in out.titles:
            problems.add(f"thiếu cột '{TITLES[col]}'" + (" (tên chỉ tiêu)" if col == "chi_tieu" else
                                                            " (số liệu của kỳ báo cáo)"), file=src, row=hrow)
    return out


# ---------------------------------------------------------------- cells

_VN_DEC = re.compile(r"\d,\d")
_VN_GROUPS = re.compile(r"-?\d{1,3}(\.\d{3}){2,}(,\d+)?")
_NUMBER_AND_WORDS = re.compile(r"^([-\d.,\s\u00a0]*\d[\d.,%]*)\s*([^\d\s].*)$")


def _notation(raw: RawTable, cols: dict[int, str]) -> str | None:
    """``"vn"`` if any numeric cell uses a decimal comma or several dot groups (so ``1.035`` is 1035)."""
    idx = [i for i, c in cols.items() if c in NUMERIC]
    for _, cells in raw.rows:
        for i in idx:
            v = cells[i] if i < len(cells) else None
            if isinstance(v, str) and (_VN_DEC.search(v) or _VN_GROUPS.fullmatch(v.replace(" ", ""))):
                return "vn"
    return None


def _text(v) -> str:
    if v is None or isinstance(v, Uncached):
        return ""
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
    t = str(v)
    return " ".join(t.split()) if "\n" in t or "\u00a0" in t else t.strip()


def _filled(v) -> bool:
    return v is not None and (not isinstance(v, str) or bool(v.strip()))


def _shown(v) -> str:
    return f"«{_text(v)}»"


_LABEL_UNIT = re.compile(r"^(.*\S)\s*\(([^()]{1,30})\)\s*$")


def _label_unit(label: str) -> tuple[str, str] | None:
    """A unit written in the label: ``Số vụ (vụ)``, ``Trị giá (triệu đồng)``, ``Tỷ lệ (%)`` → (label, unit)."""
    m = _LABEL_UNIT.match(label)
    if not m:
        return None
    unit = read_unit(m.group(2))
    if unit is None:
        return None
    if unit.kind != COUNT or f" {fold(unit.text)} " in f" {fold(m.group(1))} ":
        return m.group(1).strip(), m.group(2).strip()
    return None


class _Row:
    """One row being read: its cells by column, and where to report its problems."""

    def __init__(self, rownum: int, rec: dict, stt, layout: Layout, src: str, problems: ProblemList):
        self.rownum, self.rec, self.stt, self.layout, self.src, self.problems = rownum, rec, stt, layout, src, problems
        self.errors = 0

    def error(self, message: str, col: str | None) -> None:
        self.errors += 1
        self.problems.add(message, file=self.src, row=self.rownum, column=self.layout.titles.get(col, TITLES.get(col)))

    def warn(self, message: str, col: str | None = None) -> None:
        self.problems.warn(message, file=self.src, row=self.rownum,
                           column=self.layout.titles.get(col, TITLES.get(col)) if col else None)


def _value(row: _Row, col: str, unit, notation: str | None):
    """The cell as a stored Decimal (scaled to the stored unit), None if empty, "none" for ``-``."""
    v = row.rec.get(col)
    if isinstance(v, Uncached):
        row.error(f"ô {v.ref} chứa công thức «{v.formula}» nhưng tệp không lưu giá trị đã tính; mở tệp bằng Excel "
                  "hoặc LibreOffice, lưu lại rồi nạp lại", col)
        return None
    if not _filled(v):
        return None
    if isinstance(v, str) and v.strip() in NONE_MARKS:
        return "none"
    integral = unit.integral if unit else False
    scale = unit.scale if unit else 1
    try:
        d = v if isinstance(v, Decimal) else _parse(v, unit, integral, notation)
    except ValueError:
        row.error(f"{_shown(v)} không phải là số", col)
        return None
    if scale != 1:
        d = d * scale
        d = d.to_integral_value() if d == d.to_integral_value() else d
    if d < 0:
        row.error(f"số âm {_shown(v)}: số liệu là số đếm, số tiền hoặc số đo", col)
    elif unit is not None and integral and d != d.to_integral_value():
        why = "tiền lưu bằng đồng, là số nguyên" if unit.text == "đồng" else f"'{unit.text}' đếm bằng số nguyên"
        row.error(f"{_shown(v)} không phải là số nguyên ({why})", col)
    elif unit is not None and unit.text == "%" and d > 100:
        row.warn(f"tỷ lệ trên 100%: {_shown(v)}", col)
    return d


def _parse(text: str, unit, integral: bool, notation: str | None) -> Decimal:
    """A number typed as text, Vietnamese or machine notation; a unit typed after it is allowed (``12 vụ``)."""
    try:
        return parse_table_number(text, integral=integral, notation=notation)
    except ValueError:
        m = _NUMBER_AND_WORDS.match(str(text).strip())
        if not m or unit is None:
            raise
        typed = read_unit(m.group(2))
        if typed is None or typed.text != unit.text:
            raise
        return parse_table_number(m.group(1), integral=integral, notation=notation)


# ---------------------------------------------------------------- the table

def check_table(raw: RawTable, *, series: str | None = None, period: str | None = None) -> tuple[FigureTable, list[Problem]]:
    """Validate raw cells; return the table and every problem (errors make the table unusable)."""
    src = raw.source
    problems = ProblemList(list(raw.warnings))
    period_code = normalise_period(period) if period else None
    layout = map_columns(raw, problems, period_code)

    stated = next((p for p in map(find_period, raw.titles) if p), None) or layout.period
    if raw.meta.get("period"):
        stated = _try_period(raw.meta["period"]) or stated
    if period_code and stated and stated.code != period_code:
        problems.add(f"tệp là số liệu {stated.text} ({stated.code}) nhưng kỳ được chọn là {period_code}",
                     file=src, row=1 if raw.titles else raw.header_row or None)
    period_code = period_code or (stated.code if stated else None)
    series = series or raw.meta.get("series")
    if problems.errors:  # column problems make every row unreadable: report them alone
        return FigureTable([], source=src, series=series, period=period_code), problems.problems

    rows, cells = _rows(raw, layout, problems)
    lines = structure(cells)
    figures, by_line = _figures(rows, lines, layout, _notation(raw, layout.cols), problems)
    for k in check_sums(lines, by_line, problems, src, layout.titles):  # a grand total belongs to no group
        if not _text(rows[k].rec.get("muc")):
            figures[figures.index(by_line[k])] = replace(by_line[k], muc="")
    if not figures and not problems.errors:
        problems.add("không có hàng số liệu nào dưới hàng tiêu đề", file=src, row=raw.header_row or None)
    table = FigureTable(figures, source=src, series=series, period=period_code)
    ordered = sorted(problems.problems, key=lambda p: (p.row is not None, p.row or 0))
    table.warnings = [p for p in ordered if not p.is_error]
    return table, ordered


def _rows(raw: RawTable, layout: Layout, problems: ProblemList) -> tuple[list[_Row], list[Cells]]:
    """Every non-empty row, with what the structure pass needs to know of it."""
    rows, cells_out = [], []
    numeric = [i for i, c in layout.cols.items() if c in NUMERIC]
    label_at = next(i for i, c in layout.cols.items() if c == "chi_tieu")
    for rownum, cells in raw.rows:
        if not any(_filled(c) for c in cells):
            continue
        rec = {col: (cells[i] if i < len(cells) else None) for i, col in layout.cols.items()}
        stt = cells[layout.stt] if layout.stt is not None and layout.stt < len(cells) else None
        label = _text(rec.get("chi_tieu"))
        has_values = any(_filled(cells[i]) for i in numeric if i < len(cells))
        if not label and not has_values:  # a merged title row: its text sits in its first cell
            first = next((k for k, c in enumerate(cells) if _filled(c)), None)
            if first is not None and first <= label_at and isinstance(cells[first], str) \
                    and re.search(r"[^\W\d_]{2}", cells[first]):
                label = _text(cells[first])
                stt = None if first == layout.stt else stt
        if not label and not has_values and not _filled(stt):
            continue
        token = stt_token(stt)
        if not token:
            token_from_label, rest = split_stt_label(label)
            if token_from_label:
                token, label = token_from_label, rest
        rec["chi_tieu"] = label
        code = _text(rec.get("ma"))
        has_code = bool(code) and stt_style(code) is None
        has_unit = bool(_text(rec.get("don_vi_tinh"))) and _text(rec.get("don_vi_tinh")) not in NONE_MARKS
        rows.append(_Row(rownum, rec, token, layout, raw.source, problems))
        cells_out.append(Cells(rownum, label, token, has_values, has_unit, has_code,
                               fold(_text(rec.get("don_vi_tinh"))) if has_unit else ""))
    return rows, cells_out


def _figures(rows: list[_Row], lines, layout: Layout, notation: str | None,
             problems: ProblemList) -> tuple[list[Figure], dict[int, Figure]]:
    figures: list[Figure] = []
    by_line: dict[int, Figure] = {}
    codes: dict[int, str] = {}
    taken: dict[str, int] = {}
    made: list[tuple[int, str]] = []
    sub_count: dict[int, int] = {}
    no_unit: list[int] = []
    skipped: list[int] = []
    for k, (row, line) in enumerate(zip(rows, lines)):
        if line.kind != "figure":
            continue
        label = line.label
        if not label:
            row.error("hàng có số liệu nhưng không có tên chỉ tiêu", "chi_tieu")
        unit_text = _text(row.rec.get("don_vi_tinh"))
        if unit_text in NONE_MARKS:
            unit_text = ""
        if not unit_text and label and (found := _label_unit(label)):
            label, unit_text = found
        unit = read_unit(unit_text) if unit_text else None
        if unit is None:
            no_unit.append(row.rownum)
        values = {col: _value(row, col, unit, notation) for col in NUMERIC if col in layout.titles}
        if values.get("ky_bao_cao") is None and row.errors == 0:
            row.error("chưa có số liệu kỳ báo cáo (ô trống; ghi «-» nếu kỳ này không có)", "ky_bao_cao")
        if row.errors:
            continue
        if values["ky_bao_cao"] == "none":
            skipped.append(row.rownum)
            continue
        values = {c: (None if v == "none" else v) for c, v in values.items()}
        if line.parent is not None:
            sub_count[line.parent] = sub_count.get(line.parent, 0) + 1
        code = _text(row.rec.get("ma"))
        if code:
            if code in taken:
                row.error(f"mã {code!r} trùng với hàng {taken[code]}", "ma")
                continue
        else:
            code = code_for(line, codes.get(line.parent), sub_count.get(line.parent, 0)) or f"R-{row.rownum}"
            if code in taken:
                code = f"R-{row.rownum}"
            while code in taken:
                code += "'"
            made.append((row.rownum, code))
        taken[code] = row.rownum
        codes[k] = code
        fig = Figure(ma=code, chi_tieu=label, don_vi_tinh=unit.text if unit else "", ky_bao_cao=values["ky_bao_cao"],
                     cung_ky=values.get("cung_ky"), ke_hoach=values.get("ke_hoach"),
                     don_vi=_text(row.rec.get("don_vi")),
                     muc=_text(row.rec.get("muc")) or section_title(line.groups),
                     ghi_chu=_text(row.rec.get("ghi_chu")), row=row.rownum)
        figures.append(fig)
        by_line[k] = fig
    _summarise(problems, rows, layout, made, no_unit, skipped)
    return figures, by_line


def _rows_text(nums: list[int], limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in nums[:limit])
    return shown + (f" … ({len(nums)} hàng)" if len(nums) > limit else "")


def _summarise(problems: ProblemList, rows, layout: Layout, made, no_unit, skipped) -> None:
    """One warning per kind of thing the loader filled in or left out, not one per row."""
    src = rows[0].src if rows else None
    if made:
        examples = ", ".join(f"'{c}'" for _, c in made[:3])
        if "ma" in layout.titles:
            problems.warn(f"{len(made)} hàng không có mã (hàng {_rows_text([r for r, _ in made])}): đã tạo mã "
                          f"{examples}…", file=src, column=layout.titles["ma"])
        else:
            problems.warn(f"bảng không có cột 'Mã': đã tạo mã chỉ tiêu từ STT và nhóm ({examples}…), hàng không có "
                          "STT lấy mã theo số hàng ('R-12'); thêm cột 'Mã' để mã giữ nguyên giữa các kỳ", file=src)
    if no_unit:
        where = f"cột '{layout.titles['don_vi_tinh']}' trống" if "don_vi_tinh" in layout.titles else \
            "bảng không có cột 'Đơn vị tính'"
        problems.warn(f"{where} ở {len(no_unit)} hàng (hàng {_rows_text(no_unit)}): số liệu được nạp không có "
                      "đơn vị tính", file=src, column=layout.titles.get("don_vi_tinh"))
    if skipped:
        problems.warn(f"{len(skipped)} hàng ghi «-» ở cột kỳ báo cáo (hàng {_rows_text(skipped)}): không có số "
                      "liệu kỳ này, không nạp", file=src, column=layout.titles.get("ky_bao_cao"))


def _try_period(text: str):
    try:
        return parse_period(text)
    except ValueError:
        return None


def validate_file(path: str | Path, *, series: str | None = None, period: str | None = None,
                  name: str | None = None, sheet: str | None = None) -> list[Problem]:
    """Every problem of a figures file, errors and warnings (``Problem.severity``); no errors = it loads."""
    try:
        raw = read_raw(path, name=name, sheet=sheet)
        return check_table(raw, series=series, period=period)[1]
    except InputError as exc:
        return exc.problems or [Problem(exc.message.split(": ", 1)[-1] if exc.message.startswith(f"{name or path}: ")
                                        else exc.message, file=name or str(path))]


def load_table(path: str | Path, *, series: str | None = None, period: str | None = None,
               name: str | None = None, sheet: str | None = None) -> FigureTable:
    """Read and validate a figures file; ``InputError`` listing every error if it has any.

    ``name`` is the file's name as the user gave it (an upload's original name: its
    format and the name messages use); ``sheet`` picks a workbook's sheet.
    ``period`` is normalised (``6 tháng đầu năm 2024`` → ``2024-H1``); without it,
    a period stated in the title rows or the header is used.  The table's
    ``warnings`` list what loaded with a remark.
    """
    table, problems = check_table(read_raw(path, name=name, sheet=sheet), series=series, period=period)
    ProblemList(problems).raise_if_any(f"{name or path}: bảng số liệu không được nạp")
    return table

