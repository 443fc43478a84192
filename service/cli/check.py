"""CLI: check (placeholder, replaced by its stage's implementation)."""

import typer

app = typer.Typer(no_args_is_help=True)


def check(file: str, figures: str = typer.Option(..., "--figures")) -> None:
    """Check every number in FILE against a figures table."""
    raise NotImplementedError
