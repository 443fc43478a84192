"""Refuse early: what a draft would refuse later is refused when the user hands it over.

An uploaded prior report is read as the draft will read it (``index.parse.parse_report``: the archive
guard, an image-only or encrypted PDF, a document with no text), so a scanned PDF is refused at upload
with a message saying so — not in the job, minutes later.  (A draft's period is parsed when its spec
is read, ``service.spec.ReportSpec``: 422 naming the field at submission.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def readable_report(path: Path, name: str) -> None:
    """``InputError`` naming ``name`` (the file as the user sent it) if the draft could not read it."""
    from index.parse import parse_report

    with tempfile.TemporaryDirectory(prefix="baocao-upload-") as d:
        alias = Path(d) / Path(name).name  # the reader picks its format from, and names, the file as sent
        os.symlink(Path(path).resolve(), alias)
        parse_report(alias)
