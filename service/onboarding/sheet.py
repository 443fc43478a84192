"""Writing a template as agencies lay out a biểu: .xlsx (openpyxl) or .csv.

The figures sheet: title rows naming the series and the period, a blank row, the header
(``STT``, ``Mã``, ``Chỉ tiêu``, ``Đơn vị tính``, ``Kỳ báo cáo``, ``Cùng kỳ năm trước`` or
``Kỳ trước``, ``Kế hoạch``, ``Đơn vị thực hiện``, ``Mục``, ``Ghi chú``), one row per figure.
``Kỳ báo cáo`` is empty, filled yellow, with a note and a validation that takes a number
or ``-`` (no figure this period).  The header is frozen with the first three columns, and
widths fit the text.  Standing facts go to a sheet of their own, ``Số liệu cố định``
(the checker reads it: ``Chỉ tiêu``, ``Đơn vị tính``, ``Số liệu``, ``Ghi chú``), and the
derived statements to ``Số liệu tính ra``, for the record.  A .csv holds the figures
sheet's header and rows; standing facts go beside it in ``<name>-so-lieu-co-dinh.csv``.
Files are written whole or not at all (a temporary file renamed into place).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from service.checker.standing import read_standing
from service.errors import InputError
from service.onboarding.loadable import left_empty_note, refused_cells
from service.onboarding.template import Template, machine, note

HEADER = ("STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", None, "Kế hoạch", "Đơn vị thực hiện", "Mục",
          "Ghi chú")
STANDING_SHEET = "Số liệu cố định"
STANDING_HEADER = ("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú", "Mục")
DERIVED_SHEET = "Số liệu tính ra"
DERIVED_HEADER = ("STT", "Mã", "Chỉ tiêu", "Câu trong báo cáo", "Tính ra từ")
FILL_NOTE = ("Điền số liệu kỳ này vào cột này (số, ví dụ 1250 hoặc 84,6); ghi «-» nếu kỳ này không có "
             "số liệu. Không điền các tỷ lệ, mức tăng giảm: báo cáo tính lại từ các cột số liệu.")
#: Times the written sheet is read back and its refused cells emptied: a cell emptied may change how the loader reads
#: its neighbours (a plan gone, a row's reading of its columns), so it is read again; two passes have sufficed.
GUARD_PASSES = 3
WIDTHS = {"STT": (5, 6), "Mã": (7, 10), "Chỉ tiêu": (30, 60), "Đơn vị tính": (8, 16), "Kỳ báo cáo": (12, 14),
          "Kế hoạch": (10, 14), "Đơn vị thực hiện": (14, 30), "Mục": (20, 40), "Ghi chú": (24, 60)}


def header(t: Template) -> list[str]:
    return [h or t.previous_column for h in HEADER]


def rows(t: Template, empty: dict[tuple[str, str], str] | None = None) -> list[list]:
    """The figures sheet's rows; ``empty``: (code, column title) → why the loader refuses that prefilled cell, which
    is then left empty and its reason said in ``Ghi chú`` (``loadable``)."""
    empty = empty or {}
    out = []
    for n, r in enumerate(t.rows, start=1):
        said = [left_empty_note(c, empty[(r.code, c)]) for c in (t.previous_column, "Kế hoạch") if (r.code, c) in empty]
        out.append([n, r.code, r.label, r.unit, None,
                    None if (r.code, t.previous_column) in empty else machine(r.value, r.unit),
                    None if (r.code, "Kế hoạch") in empty else machine(r.plan, r.unit),
                    r.organisation, r.section, "; ".join([x for x in (note(r), *said) if x])])
    return out


def title_lines(t: Template) -> list[str]:
    period = t.period.text if t.period else "kỳ báo cáo"
    prior = t.prior_period.text if t.prior_period else "kỳ trước"
    return [f"BIỂU SỐ LIỆU {t.title.upper()}",
            f"Kỳ báo cáo: {period}",
            f"(Lập từ báo cáo {prior} «{t.report.source}»: {len(t.rows)} chỉ tiêu; cột «{t.previous_column}» "
            f"là số liệu báo cáo đó nêu. Điền cột «Kỳ báo cáo».)"]


def write(t: Template, out: str | Path) -> list[Path]:
    """Write ``t`` as .xlsx or .csv (by ``out``'s suffix); return the files written."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(f"--out {out}: expected a .xlsx or .csv file name")
    if not out.parent.exists():
        raise InputError(f"--out {out}: folder {out.parent} does not exist")
    _, data = loadable_sheet(t, suffix)   # the writer never writes a cell its own loader refuses
    _atomic(out, lambda f: f.write(data))
    if suffix == ".xlsx":
        return [out]
    written = [out]
    if t.standing:
        side = out.with_name(f"{out.stem}-so-lieu-co-dinh.csv")
        _atomic(side, lambda f: f.write(csv_text(STANDING_HEADER, standing_rows(t)).encode("utf-8")))
        written.append(side)
    return written


def sheet_bytes(t: Template, suffix: str, empty: dict[tuple[str, str], str]) -> bytes:
    """The figures file as written: the workbook (.xlsx) or the figures sheet's rows (.csv)."""
    if suffix.lower() == ".xlsx":
        buf = io.BytesIO()
        workbook(t, empty).save(buf)
        return buf.getvalue()
    return csv_text(header(t), rows(t, empty)).encode("utf-8")


def loadable_sheet(t: Template, suffix: str = ".xlsx") -> tuple[dict[tuple[str, str], str], bytes]:
    """The prefilled cells (the previous edition's column, ``Kế hoạch``) the loader refuses — (code, column title) →
    its message — and the file written without them: the sheet is written to a temporary file of the same kind and
    read back as an upload (``loadable``), its refused cells emptied, until it reads with none; the last sheet read
    is the one returned (tidy 59: not written once more)."""
    empty: dict[tuple[str, str], str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"template{suffix}"
        for _ in range(GUARD_PASSES):
            data = sheet_bytes(t, suffix, empty)
            path.write_bytes(data)
            refused = {k: m for k, m in refused_cells(path, {t.previous_column, "Kế hoạch"}).items()
                       if k not in empty}
            if not refused:
                return empty, data
            empty.update(refused)
    return empty, sheet_bytes(t, suffix, empty)


def loadable_cells(t: Template, suffix: str = ".xlsx") -> dict[tuple[str, str], str]:
    """(code, column title) → the loader's message, for every prefilled cell the loader refuses (``loadable_sheet``)."""
    return loadable_sheet(t, suffix)[0]


def csv_text(head, body) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(head)
    for r in body:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


def standing_rows(t: Template) -> list[list]:
    return [[n, s.label, s.noun, machine(s.value), "; ".join(x for x in (s.quote, s.note) if x), s.section]
            for n, s in enumerate(t.standing, start=1)]


def derived_rows(t: Template) -> list[list]:
    out = []
    for r in t.rows:
        for d in r.derived:
            out.append([len(out) + 1, r.code, r.label, d.quote, d.how])
    return out


def _atomic(path: Path, write_to) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            write_to(f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------- .xlsx

def workbook(t: Template, empty: dict[tuple[str, str], str] | None = None):
    from openpyxl import Workbook   # openpyxl, heavy: loaded in this module only when a workbook is written

    wb = Workbook()
    ws = wb.active
    ws.title = "Số liệu"
    _figures_sheet(ws, t, empty)
    if t.standing:
        _plain_sheet(wb.create_sheet(STANDING_SHEET), STANDING_HEADER, standing_rows(t),
                     "SỐ LIỆU CỐ ĐỊNH (mô tả địa bàn, tổ chức; đúng ở mọi kỳ: sửa khi có thay đổi)")
    derived = derived_rows(t)
    if derived:
        _plain_sheet(wb.create_sheet(DERIVED_SHEET), DERIVED_HEADER, derived,
                     "SỐ LIỆU TÍNH RA TỪ CÁC CHỈ TIÊU (không điền: báo cáo tính lại)")
    return wb


def _figures_sheet(ws, t: Template, empty: dict[tuple[str, str], str] | None = None) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    head = header(t)
    ncol = len(head)
    lines = title_lines(t)
    for k, line in enumerate(lines, start=1):
        ws.cell(k, 1, line).font = Font(bold=k == 1, italic=k == 3, size=13 if k == 1 else 11)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=ncol)
        ws.cell(k, 1).alignment = Alignment(horizontal="center", wrap_text=k == 3)
    h = len(lines) + 2  # a blank row under the titles, as agency sheets have
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    to_fill = PatternFill("solid", fgColor="FFF2CC")
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    for c, title in enumerate(head, start=1):
        cell = ws.cell(h, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
        cell.fill = to_fill if title == "Kỳ báo cáo" else head_fill
    fill_col = head.index("Kỳ báo cáo") + 1
    ws.cell(h, fill_col).comment = Comment(FILL_NOTE, "baocao", width=320, height=120)
    ws.cell(h, head.index(t.previous_column) + 1).comment = Comment(
        f"Số liệu báo cáo {t.prior_period.text if t.prior_period else 'kỳ trước'} nêu (giữ nguyên).", "baocao")
    ws.cell(h, head.index("Kế hoạch") + 1).comment = Comment(
        "Chỉ tiêu, kế hoạch báo cáo kỳ trước nêu (X/Y, «đạt …% chỉ tiêu»); sửa nếu kỳ này được giao khác.", "baocao")
    body = rows(t, empty)
    for r, values in enumerate(body, start=h + 1):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
            title = head[c - 1]
            if title in ("Chỉ tiêu", "Mục", "Ghi chú", "Đơn vị thực hiện"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top", horizontal="center" if title in ("STT", "Mã", "Đơn vị tính")
                                           else None)
            if isinstance(v, (int, float)) and title not in ("STT",):
                cell.number_format = "#,##0" if isinstance(v, int) else "#,##0.###"
        ws.cell(r, fill_col).fill = to_fill
        ws.cell(r, fill_col).number_format = "#,##0.###"
    if body:
        letter = get_column_letter(fill_col)
        first, last = h + 1, h + len(body)
        dv = DataValidation(type="custom", formula1=f'OR(ISNUMBER({letter}{first}),{letter}{first}="-")',
                            allow_blank=True, showErrorMessage=True, showInputMessage=True,
                            errorTitle="Số liệu kỳ báo cáo", error="Ô này nhận một số (ví dụ 1250 hoặc 84,6) hoặc «-».",
                            promptTitle="Kỳ báo cáo", prompt="Số liệu kỳ này; «-» nếu không có.")
        dv.add(f"{letter}{first}:{letter}{last}")
        ws.add_data_validation(dv)
    ws.freeze_panes = ws.cell(h + 1, 4)
    _fit(ws, head, [[str(v) if v is not None else "" for v in row] for row in body])
    ws.row_dimensions[3].height = 30


def _fit(ws, head, body) -> None:
    from openpyxl.utils import get_column_letter

    for c, title in enumerate(head, start=1):
        lo, hi = WIDTHS.get(title, (12, 20))
        longest = max([len(title)] + [len(r[c - 1]) for r in body]) + 2
        ws.column_dimensions[get_column_letter(c)].width = max(lo, min(hi, longest))


def _plain_sheet(ws, head, body, title: str) -> None:
    from openpyxl.styles import Alignment, Font

    ws.cell(1, 1, title).font = Font(bold=True)
    h = 3
    for c, t in enumerate(head, start=1):
        ws.cell(h, c, t).font = Font(bold=True)
    for r, values in enumerate(body, start=h + 1):
        for c, v in enumerate(values, start=1):
            ws.cell(r, c, v).alignment = Alignment(wrap_text=isinstance(v, str) and len(v) > 30, vertical="top")
    ws.freeze_panes = ws.cell(h + 1, 1)
    widths = {"STT": 5, "Mã": 9, "Đơn vị tính": 14, "Số liệu": 10}
    from openpyxl.utils import get_column_letter

    for c, t in enumerate(head, start=1):
        ws.column_dimensions[get_column_letter(c)].width = widths.get(t, 45)


def standing_file(figures: Path) -> Path | None:
    """Where a figures file keeps its standing facts: its own ``Số liệu cố định`` sheet (.xlsx), or the
    ``<name>-so-lieu-co-dinh.csv`` beside it."""
    figures = Path(figures)
    if figures.suffix.lower() == ".xlsx":
        return figures
    side = figures.with_name(f"{figures.stem}-so-lieu-co-dinh.csv")
    return side if side.is_file() else None


def standing_facts(figures: Path) -> list:
    """The standing facts kept with a figures file (``service.checker.standing``), none when it keeps none."""
    path = standing_file(figures)
    return read_standing(path) if path is not None else []
