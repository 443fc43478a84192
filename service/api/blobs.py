"""Uploads' bytes in the database, so that every API process and worker reads them (PostgreSQL).

``storage.store`` writes an upload to this machine's data directory and tells
``just_stored`` where; inserting the upload's row then stores the bytes in
``api_upload_blobs`` in the row's own transaction (the ``after_insert`` hook),
and deleting the row deletes them (cascade).  On any other machine the local
file is a cache that ``local_file`` fills from the database, checked against
the upload's sha256.  On SQLite (one process) nothing is copied.

``sweep`` runs at start-up: it removes temporary files a crash left behind
and, on PostgreSQL, cached files of uploads another process removed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path

from sqlalchemy import event, insert, select

from service.api.models import Agency, Upload, UploadBlob
from service.api.security import writer_gone
from service.settings import Settings

STALE_SECONDS = 3600  # a temporary or orphaned file this old is left over from a crash
log = logging.getLogger("baocao.storage")

_just_stored: OrderedDict[str, Path] = OrderedDict()  # rel_path → file, until its row is inserted
_lock = threading.Lock()


def just_stored(rel_path: str, path: Path) -> None:
    """``storage.store`` put an upload at ``path``; its row (same ``rel_path``) is about to be inserted."""
    with _lock:
        _just_stored[rel_path] = path
        while len(_just_stored) > 256:  # rows never inserted (the request failed in between)
            _just_stored.popitem(last=False)


@event.listens_for(Upload, "after_insert")
def _bytes_with_the_row(_mapper, connection, row: Upload) -> None:
    with _lock:
        path = _just_stored.pop(row.rel_path, None)
    if connection.dialect.name != "postgresql":
        return
    if path is None:
        log.warning("upload %s was inserted without its file being stored first; only this machine has it", row.id)
        return
    connection.execute(insert(UploadBlob).values(upload_id=row.id, data=path.read_bytes()))


def private_file(path: Path):
    """A new file only the service's user may read (0600), open for writing."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def local_file(session, root: Path, row: Upload) -> Path:
    """The upload's file on this machine, written from the database first if this process never had it.

    A path that stays missing (SQLite, or the upload was removed) is returned
    as is, for the caller to report.
    """
    path = root / row.rel_path
    if path.exists():
        return path
    data = session.scalar(select(UploadBlob.data).where(UploadBlob.upload_id == row.id))
    if data is None:
        return path
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise RuntimeError(f"upload {row.id}: the bytes in the database do not match its sha256")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".tmp-{os.getpid()}-{os.urandom(6).hex()}"
    try:
        with private_file(tmp) as out:
            out.write(data)
        os.replace(tmp, path)  # atomic: two processes filling the same file both leave a whole one
    finally:
        tmp.unlink(missing_ok=True)
    return path


def known_uploads(session) -> set[str]:
    """``<slug>/<rel_path>`` of every upload in the database."""
    rows = session.execute(select(Agency.slug, Upload.rel_path).join(Agency, Agency.id == Upload.agency_id))
    return {f"{slug}/{rel}" for slug, rel in rows}


def sweep(settings: Settings, known: set[str] | None = None) -> int:
    """Remove temporary files older than an hour or whose writer (``.tmp-<pid>-``, this machine) has exited and, given ``known`` (every upload, see
    ``known_uploads``), cached files of uploads removed meanwhile; returns how many."""
    removed, cutoff, agencies = 0, time.time() - STALE_SECONDS, settings.data_dir / "agencies"
    for path in agencies.glob("*/*/*"):
        if path.parent.name not in ("reports", "figures") or not path.is_file():
            continue
        orphan = known is not None and path.relative_to(agencies).as_posix() not in known
        try:
            if (path.name.startswith(".tmp-") or orphan) and path.stat().st_mtime < cutoff or writer_gone(path.name):
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass
    return removed
