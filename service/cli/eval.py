"""CLI: ``baocao eval run`` — fact-consistency evaluation runs (see ``evaluations/``).

Exit codes: 0 clean; 3 when a must-be-zero metric (unsupported numbers
delivered unmarked) is non-zero; 1 when a case failed to draft; 4 with
``--fail-on-regression`` when a metric got worse than in ``--compare``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from service.cli.common import console
from service.errors import ConfigError, InputError

app = typer.Typer(no_args_is_help=True)

EXIT_MUST_BE_ZERO = 3
EXIT_CASE_FAILED = 1
EXIT_REGRESSION = 4


def _engines(asked: list[str] | None) -> list[str]:
    """Asked engines; by default offline, plus llm when an endpoint is configured."""
    from service.settings import get_settings

    configured = get_settings().llm_configured
    engines = asked or (["offline", "llm"] if configured else ["offline"])
    for e in engines:
        if e not in ("offline", "llm"):
            raise InputError(f"unknown engine {e!r} (expected 'offline' or 'llm')")
        if e == "llm" and not configured:
            raise ConfigError("engine 'llm' needs BAOCAO_LLM_BASE_URL and BAOCAO_LLM_MODEL")
    return list(dict.fromkeys(engines))


@app.command("run")
def run(cases: list[Path] = typer.Argument(..., help="Case files (evaluations/cases/*.yaml)."),
        out: Path = typer.Option(..., "--out", help="Directory for results.json, report.md, report.html."),
        engine: list[str] = typer.Option(None, "--engine", help="offline | llm (repeatable). Default: offline, "
                                                               "plus llm when BAOCAO_LLM_* is set."),
        prompt_version: int = typer.Option(None, "--prompt-version", help="Prompt template version for the llm "
                                                                          "engine (default: latest)."),
        compare: Path = typer.Option(None, "--compare", help="A previous run directory to compare with."),
        fail_on_regression: bool = typer.Option(False, "--fail-on-regression", help="Exit 4 on a regression."),
        checker_suite: bool = typer.Option(True, "--checker-suite/--no-checker-suite",
                                           help="Also run the checker's own accuracy suite."),
        data_dir: Path = typer.Option(None, "--data-dir", help="Reuse this directory's index and figures store "
                                                               "(default: a fresh temporary one per case).")) -> None:
    """Draft every CASE, measure fact consistency and register, write the reports."""
    from evaluations.harness import run as run_eval

    engines = _engines(engine)
    if compare is not None and not ((compare / "results.json").is_file() or compare.is_file()):
        raise InputError(f"--compare {compare}: no results.json there")

    def progress(res: dict) -> None:
        if res["status"] != "ok":
            console.print(f"[red]✗[/] {res['case']} ({res['engine']}): {res['error']}", highlight=False)
            return
        m = res["metrics"]
        console.print(f"[green]✓[/] {res['case']} ({res['engine']}): precision {m['numeric_precision']}, "
                      f"recall {m['figure_recall']}, stale {m['stale_numbers']}, "
                      f"unsupported unmarked {m['unsupported_unmarked']}, {res['seconds']} s", highlight=False)

    data = run_eval(cases, out, engines, prompt_version=prompt_version, compare=compare,
                    with_checker_suite=checker_suite, on_case=progress, data_dir=data_dir)
    console.print(f"wrote {out / 'results.json'}, {out / 'report.md'}, {out / 'report.html'}", highlight=False)
    zero = data["must_be_zero"]["unsupported_unmarked"]
    regressions = data.get("comparison", {}).get("regressions", [])
    if regressions:
        console.print(f"[yellow]{len(regressions)} regression(s)[/] against {compare}: "
                      + ", ".join(f"{r['case']}/{r['engine']} {r['metric']} {r['old']}→{r['new']}"
                                  for r in regressions[:6]), highlight=False)
    if zero:
        console.print(f"[bold red]FAIL:[/] {zero} unsupported number(s) delivered unmarked (must be 0)")
        raise typer.Exit(EXIT_MUST_BE_ZERO)
    if data["errors"]:
        raise typer.Exit(EXIT_CASE_FAILED)
    if regressions and fail_on_regression:
        raise typer.Exit(EXIT_REGRESSION)
