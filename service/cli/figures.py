"""CLI: ``baocao figures load|validate|list|show`` — a period's figures table in and out of the store."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from service.cli.common import Fmt, console, out, print_json
from service.errors import InputError

app = typer.Typer(no_args_is_help=True)



def _store():
    from service.figures.store import FigureStore

    return FigureStore()


def _dec(d) -> str | None:
    return None if d is None else format(d, "f")


@app.command()
def load(file: Path = typer.Argument(..., help="CSV, XLSX or JSON figures table"),
         series: str = typer.Option(..., "--series", "-s", help="report series, e.g. ham-thuan-bac-dvqp"),
         period: str = typer.Option(..., "--period", "-p", help="'6 tháng đầu năm 2024' or 2024-H1")) -> None:
    """Validate FILE and store it as the next version of SERIES/PERIOD (nothing is stored if invalid)."""
    res = _store().load(file, series, period)
    console.print(f"stored {res.count} figures as {res.series} {res.period} version {res.version}", highlight=False)
    print_json({"series": res.series, "period": res.period, "version": res.version, "count": res.count,
                "sha256": res.sha256})


@app.command()
def validate(file: Path = typer.Argument(..., help="CSV, XLSX or JSON figures table"),
             format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
             period: str | None = typer.Option(None, "--period", "-p", help="check the file is for this period")) -> None:
    """List every problem of FILE with row and column; exit 0 if valid, 2 if not."""
    from service.figures.load import validate_file

    problems = validate_file(file, period=period)
    if format is Fmt.json:
        print_json({"file": str(file), "valid": not problems, "problems": [p.as_dict() for p in problems]})
    elif problems:
        t = Table(title=f"{file}: {len(problems)} problem(s)", title_justify="left")
        for col in ("row", "column", "problem"):
            t.add_column(col)
        for p in problems:
            t.add_row("" if p.row is None else str(p.row), p.column or "", p.message)
        out.print(t)
    else:
        out.print(f"{file}: valid", highlight=False)
    if problems:
        raise typer.Exit(2)


@app.command("list")
def list_(format: Fmt = typer.Option(Fmt.table, "--format", "-f")) -> None:
    """Stored figures tables: series, period, versions, rows of the current version."""
    items = _store().list()
    if format is Fmt.json:
        print_json(items)
        return
    if not items:
        console.print("no figures stored yet (baocao figures load FILE --series S --period P)")
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
    from service.figures.format import format_figure

    if version is not None and version < 1:
        raise InputError("--version must be 1 or more")
    table = _store().get(series, period, version)
    if format is Fmt.json:
        print_json({"series": table.series, "period": table.period, "version": table.version, "source": table.source,
                    "figures": [{"ma": f.ma, "chi_tieu": f.chi_tieu, "don_vi_tinh": f.don_vi_tinh,
                                 "ky_bao_cao": _dec(f.ky_bao_cao), "cung_ky": _dec(f.cung_ky),
                                 "ke_hoach": _dec(f.ke_hoach), "don_vi": f.don_vi, "muc": f.muc,
                                 "ghi_chu": f.ghi_chu} for f in table]})
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
