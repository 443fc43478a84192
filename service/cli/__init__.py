"""The ``baocao`` command line: one Typer app, one sub-module per stage.

``main()`` is the entry point: it turns every ``BaocaoError`` into a one-line
message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import os
import sys

import typer

from service.cli import check as _check
from service.cli import draft as _draft
from service.cli import eval as _eval
from service.cli import figures as _figures
from service.cli import index as _index
from service.cli import onboarding as _onboarding
from service.cli import serve as _serve
from service.cli import worker as _worker
from service.cli.common import console
from service.errors import BaocaoError

app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
                  help="Draft official Vietnamese reports and prove every number in them.")
app.add_typer(_index.app, name="index", help="Prior reports: add, list, remove, outline, search.")
app.add_typer(_figures.app, name="figures", help="Figures tables: load, validate, list, show.")
app.add_typer(_eval.app, name="eval", help="Fact-consistency evaluation runs.")
app.add_typer(_serve.keys_app, name="keys", help="API keys (admin).")
app.add_typer(_onboarding.spec_app, name="spec", help="Report specs: init one from last period's report.")
_figures.app.command("template")(_onboarding.template)
app.command("draft")(_draft.draft)
app.command("check")(_check.check)
app.command("serve")(_serve.serve)
app.command("worker")(_worker.worker)


def main() -> None:
    try:
        rc = app(standalone_mode=False)  # returns the code of a typer.Exit in this mode
        sys.exit(rc if isinstance(rc, int) else 0)
    except BaocaoError as exc:
        console.print(f"[bold red]error:[/] {exc.message}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        console.print("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # output piped into `head` and the reader went away: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:  # click usage errors and anything unexpected
        if _is_usage_error(exc):  # a bad option value or a missing argument: click's own message, exit 2
            exc.show()
            sys.exit(exc.exit_code)
        if os.environ.get("BAOCAO_DEBUG"):
            raise
        console.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (set BAOCAO_DEBUG=1 for details)",
                      highlight=False, soft_wrap=True)
        sys.exit(1)


def _is_usage_error(exc: Exception) -> bool:
    """Click's exceptions, whether from click itself or the copy recent Typer versions vendor."""
    return any(cls.__name__ == "ClickException" and cls.__module__.endswith("exceptions") for cls in type(exc).__mro__)
