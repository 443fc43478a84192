"""CLI: eval (placeholder, replaced by its stage's implementation)."""

import typer

app = typer.Typer(no_args_is_help=True)
