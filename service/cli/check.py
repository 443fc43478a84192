"""CLI: ``baocao check FILE --figures F [--prior-figures F] [--format json|table]``.

Exit 0 when every number is backed (or not a figure), 3 when something is
unsupported or stale, 2 on bad input (raised as ``InputError``, printed by
``service.cli.main`` as one line).
"""

from __future__ import annotations

import typer
from rich.table import Table

from service.checker import check_file, read_text
from service.checker.standing import read_standing
from service.cli.common import Fmt, out, print_json
from service.figures.load import load_table

app = typer.Typer(no_args_is_help=True)
PROBLEM_EXIT = 3
_STYLE = {"unsupported": "bold red", "stale": "bold yellow", "unverified": "yellow", "supported": "green",
          "derived": "cyan", "not_a_figure": "dim", "standing": "blue"}


def check(file: str = typer.Argument(..., help="Report: .txt (UTF-8), .docx or .pdf; a .docx the service wrote is checked as its draft was"),
          figures: str = typer.Option(..., "--figures", help="This period's figures table"),
          prior_figures: str | None = typer.Option(None, "--prior-figures", help="Last period's figures table"),
          fmt: Fmt = typer.Option(Fmt.table, "--format", help="json or table"),
          section: str | None = typer.Option(None, "--section", help="Section (muc) the text is about"),
          organisation: str | None = typer.Option(None, "--organisation", help="Organisation the text is about"),
          period: str | None = typer.Option(None, "--period", help="Reporting period, e.g. 2024-H1"),
          standing: str | None = typer.Option(
              None, "--standing", help="Standing facts of the agency: a .csv, or a figures .xlsx with a "
                                       "'Số liệu cố định' sheet (default: that sheet of --figures, if any)"),
          prior_report: str | None = typer.Option(
              None, "--prior-report", help="Last period's report: its counts that were no row of its table are "
                                           "standing facts")) -> None:
    """Check every number in FILE against a figures table."""
    current = load_table(figures)
    prior = load_table(prior_figures) if prior_figures else None
    facts = read_standing(standing) if standing else (
        read_standing(figures) if figures.lower().endswith(".xlsx") else [])
    prior_text = read_text(prior_report) if prior_report else None
    report = check_file(file, current, prior, section=section, organisation=organisation, period=period,
                        standing=facts, prior_text=prior_text)
    if fmt is Fmt.json:
        print_json(report.to_dict())
    else:
        _table(report)
    if report.problems:
        # SystemExit, not typer.Exit: with standalone_mode=False click returns an Exit's code from app()
        # instead of exiting, and service.cli.main does not pass that return value on.
        raise SystemExit(PROBLEM_EXIT)


def _table(report) -> None:
    order = {"unsupported": 0, "stale": 1, "unverified": 2, "derived": 3, "supported": 4, "standing": 5,
             "not_a_figure": 6}
    rows = sorted(report.numbers, key=lambda n: (order[n.verdict], n.start))
    t = Table(title="Numbers checked", show_lines=False)
    for col in ("verdict", "text", "at", "kind", "source", "why"):
        t.add_column(col, overflow="fold")
    for n in rows:
        src = f"{n.source['ma']}.{n.source['column']}" if n.source else ""
        why = n.reason or n.derivation or ""
        if n.expected and n.is_problem:
            why += f" → expected {n.expected}"
        t.add_row(f"[{_STYLE[n.verdict]}]{n.verdict}[/]", n.text.replace("\n", " "), str(n.start), n.kind, src, why)
    out.print(t)
    s = report.summary
    out.print(f"{s['figures']} figures: {s['supported']} supported, {s['derived']} derived, "
              f"{s['unsupported']} unsupported, {s['stale']} stale, {s['unverified']} unverified (no base in the table), "
              f"{s['standing']} standing facts; "
              f"{s['not_a_figure']} not figures")
