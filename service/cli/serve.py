"""CLI: serve and keys (placeholder)."""

import typer

keys_app = typer.Typer(no_args_is_help=True)


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Start the API and web page under uvicorn."""
    raise NotImplementedError
