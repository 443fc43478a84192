"""Shared CLI plumbing: one console, user-facing errors, progress bars."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from enum import Enum

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

console = Console(stderr=True)


class Fmt(str, Enum):
    """``--format``: a table for people, JSON for machines."""

    table = "table"
    json = "json"


out = Console()


def print_json(data) -> None:
    """Machine output goes to stdout, undecorated."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@contextmanager
def progress():
    """A Rich progress bar on stderr (quiet when not a terminal, but still informative)."""
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=False,
                  disable=os.environ.get("BAOCAO_NO_PROGRESS") == "1") as p:
        yield p
