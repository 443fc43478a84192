"""CLI: ``baocao figures load|validate|list|show`` — a period's figures table in and out of the store."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from service.cli.common import Fmt, console, out, print_json
from service.errors import InputError, Problem

app = typer.Typer(no_args_is_help=True)

SEVERITY = {"error": "lỗi", "warning": "cảnh báo"}


def _store():
    from service.figures.store import FigureStore

    return FigureStore()


def _dec(d) -> str | None:
    return None if d is None else format(d, "f")


def _problems_table(title: str, problems: list[Problem]) -> Table:
    t = Table(title=title, title_justify="left")
    for col in ("mức", "hàng", "cột", "vấn đề"):
        t.add_column(col, overflow="fold")
    for p in problems:
        t.add_row(SEVERITY.get(p.severity, p.severity), "" if p.row is None else str(p.row), p.column or "",
                  p.message)
    return t


def _summary(problems: list[Problem]) -> str:
    errors = sum(1 for p in problems if p.is_error)
    return f"{errors} lỗi, {len(problems) - errors} cảnh báo"


@app.command()
def load(file: Path = typer.Argument(..., help="CSV, XLSX or JSON figures table"),
         series: str = typer.Option(..., "--series", "-s", help="report series, e.g. ham-thuan-bac-dvqp"),
         period: str = typer.Option(..., "--period", "-p", help="'6 tháng đầu năm 2024' or 2024-H1"),
         sheet: str | None = typer.Option(None, "--sheet", help="the workbook sheet to read (default: the first "
                                          "sheet with a header)"),
         format: Fmt = typer.Option(Fmt.json, "--format", "-f", help="json (default) or table")) -> None:
    """Validate FILE and store it as the next version of SERIES/PERIOD (nothing is stored if it has an error).

    Warnings (a column left aside, codes made up, a total that disagrees with its parts) are shown and do
    not stop the load; errors refuse the whole file and are all listed.
    """
    try:
        res = _store().load(file, series, period, sheet=sheet)
    except InputError as exc:
        if not exc.problems:
            raise
        if format is Fmt.json:
            print_json({"file": str(file), "stored": False, "problems": [p.as_dict() for p in exc.problems]})
        else:
            out.print(_problems_table(f"{file}: không nạp ({_summary(exc.problems)})", exc.problems))
        console.print(f"[bold red]lỗi:[/] {exc.message}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(f"đã lưu {res.count} chỉ tiêu: {res.series} {res.period}, phiên bản {res.version}", highlight=False)
    for w in res.warnings:
        console.print(f"[yellow]cảnh báo:[/] {w}", highlight=False, soft_wrap=True)
    if format is Fmt.json:
        print_json({"series": res.series, "period": res.period, "version": res.version, "count": res.count,
                    "sha256": res.sha256, "warnings": [w.as_dict() for w in res.warnings]})
    else:
        out.print(f"{file}: đã nạp {res.count} chỉ tiêu, {res.series} {res.period} phiên bản {res.version}",
                  highlight=False)
        if res.warnings:
            out.print(_problems_table(f"{len(res.warnings)} cảnh báo", res.warnings))


@app.command()
def validate(file: Path = typer.Argument(..., help="CSV, XLSX or JSON figures table"),
             format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
             period: str | None = typer.Option(None, "--period", "-p", help="check the file is for this period"),
             sheet: str | None = typer.Option(None, "--sheet", help="the workbook sheet to read")) -> None:
    """List every problem of FILE (errors and warnings) with row and column; exit 0 if it would load, 2 if not."""
    from service.figures.load import validate_file

    problems = validate_file(file, period=period, sheet=sheet)
    errors = [p for p in problems if p.is_error]
    if format is Fmt.json:
        print_json({"file": str(file), "valid": not errors, "problems": [p.as_dict() for p in problems],
                    "errors": len(errors), "warnings": len(problems) - len(errors)})
    elif problems:
        verdict = "không hợp lệ" if errors else "hợp lệ"
        out.print(_problems_table(f"{file}: {verdict} ({_summary(problems)})", problems))
    else:
        out.print(f"{file}: hợp lệ", highlight=False)
    if errors:
        raise typer.Exit(2)


@app.command("list")
def list_(format: Fmt = typer.Option(Fmt.table, "--format", "-f")) -> None:
    """Stored figures tables: series, period, versions, rows of the current version."""
    items = _store().list()
    if format is Fmt.json:
        print_json(items)
        return
    if not items:
        console.print("chưa có bảng số liệu nào (baocao figures load TỆP --series S --period P)")
        return
    t = Table()
    for col in ("series", "period", "versions", "current", "rows", "source", "uploaded"):
        t.add_column(col)
    for i in items:
        t.add_row(i["series"], f"{i['period']} ({i['period_text']})", str(i["versions"]), str(i["current_version"]),
                  str(i["rows"]), i["source"], i["uploaded_at"][:19])
    out.print(t)


@app.command()
def show(series: str, period: str, version: int | None = typer.Option(None, "--version", "-v"),
         format: Fmt = typer.Option(Fmt.table, "--format", "-f")) -> None:
    """The figures of SERIES/PERIOD (current version unless --version)."""
    from service.figures.carried import COLUMN_KEY
    from service.figures.format import format_figure

    if version is not None and version < 1:
        raise InputError("--version must be 1 or more")
    table = _store().get(series, period, version)
    if format is Fmt.json:
        print_json({"series": table.series, "period": table.period, "version": table.version, "source": table.source,
                    "figures": [{"ma": f.ma, "chi_tieu": f.chi_tieu, "don_vi_tinh": f.don_vi_tinh,
                                 "ky_bao_cao": _dec(f.ky_bao_cao), "cung_ky": _dec(f.cung_ky),
                                 "ke_hoach": _dec(f.ke_hoach), "ky_truoc": _dec(f.ky_truoc), "don_vi": f.don_vi,
                                 "muc": f.muc, "ghi_chu": f.ghi_chu, **({COLUMN_KEY: f.column} if f.column else {})}
                                for f in table]})
        return
    t = Table(title=f"{table.series} {table.period} v{table.version} ({len(table)} figures, {table.source})",
              title_justify="left")
    t.add_column("mã", no_wrap=True)
    t.add_column("chỉ tiêu", overflow="fold", ratio=1)
    for col in ("kỳ báo cáo", "cùng kỳ", "kế hoạch", "mục"):
        t.add_column(col, no_wrap=True)
    for f in table:
        t.add_row(f.ma, f.chi_tieu, format_figure(f), "" if f.cung_ky is None else format_figure(f, f.cung_ky),
                  "" if f.ke_hoach is None else format_figure(f, f.ke_hoach), f.muc.split(" ")[0])
    out.print(t)
