"""CLI: draft (placeholder, replaced by its stage's implementation)."""

import typer

app = typer.Typer(no_args_is_help=True)


def draft(spec: str, out: str = typer.Option(..., "--out")) -> None:
    """Draft the report a spec describes."""
    raise NotImplementedError
