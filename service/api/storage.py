"""Uploaded files: one directory per agency, nothing stored half-way.

An upload is streamed to a temporary file beside its final place, checked
(size, then that it is what its name says), and only then renamed into place;
any failure removes the temporary file.  The database row is added by the
caller in the same request and the file is removed again if that fails.
On PostgreSQL the bytes also go into the database with the row (``blobs``),
and ``local_file`` gives any process the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from service.api import blobs
from service.api.blobs import local_file  # noqa: F401  (part of this module's interface)
from service.api.problems import PayloadTooLarge
from service.errors import InputError
from service.settings import Settings

REPORT_EXTS = (".docx", ".txt", ".pdf")
FIGURES_EXTS = (".csv", ".xlsx", ".json")
CHUNK = 1 << 16


def agency_dir(settings: Settings, slug: str) -> Path:
    return (settings.data_dir / "agencies" / slug).resolve()


def safe_name(filename: str | None, allowed: tuple[str, ...]) -> str:
    """The file's base name, NFC, without path parts or odd characters; its extension must be allowed."""
    name = unicodedata.normalize("NFC", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    name = re.sub(r"[^\w.\-]+", "-", name).strip(".-")[:120]
    ext = Path(name).suffix.lower()
    if not name or ext not in allowed:
        raise InputError(f"tệp {filename!r}: cần tên tệp có đuôi {', '.join(allowed)}")
    return name


def user_name(filename: str | None, safe: str) -> str:
    """The file's base name as the user sent it (NFC), for messages; ``safe`` if it ends otherwise."""
    name = unicodedata.normalize("NFC", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return name if name and Path(name).suffix.lower() == Path(safe).suffix.lower() and len(name) <= 200 else safe


@dataclass
class Stored:
    path: Path
    rel_path: str
    size: int
    sha256: str


def store(src: BinaryIO, *, root: Path, subdir: str, final_name: str, max_bytes: int, check,
          label: str | None = None) -> Stored:
    """Copy ``src`` under ``root/subdir`` via a temp file; ``check(tmp_path)`` must raise on bad content.

    ``label`` is the name the user sent the file under: messages name it, never the stored name.
    """
    target_dir = root / subdir
    target_dir.mkdir(parents=True, exist_ok=True)
    tmp = target_dir / f".tmp-{os.getpid()}-{os.urandom(6).hex()}"
    digest, size = hashlib.sha256(), 0
    try:
        with blobs.private_file(tmp) as out:  # 0600: the service's user only
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise PayloadTooLarge(too_large_message(max_bytes))
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise InputError(f"{label or final_name}: tệp trống")
        check(tmp)
        final = target_dir / final_name
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    blobs.just_stored(f"{subdir}/{final_name}", final)
    return Stored(final, f"{subdir}/{final_name}", size, digest.hexdigest())


def too_large_message(max_bytes: int) -> str:
    allowed = f"{max_bytes / 1_048_576:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return (f"tệp tải lên lớn hơn {allowed} MB cho phép; hãy chia nhỏ tệp, "
            "hoặc nhờ quản trị viên nâng BAOCAO_MAX_UPLOAD_MB")


# --- content checks: is the file what its name says? -----------------------------------------

def _check_utf8_text(path: Path, name: str) -> str:
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{name}: dữ liệu nhị phân, không phải văn bản UTF-8 (tệp UTF-16 hay tệp nhị phân?); "
                         "hãy lưu lại dưới dạng văn bản UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: không phải văn bản UTF-8 (byte thứ {exc.start}); hãy lưu lại dưới dạng UTF-8") from None
    if not text.strip():
        raise InputError(f"{name}: tệp không có chữ")
    return text


def _check_pdf(path: Path, name: str) -> None:
    with open(path, "rb") as f:
        if not f.read(5) == b"%PDF-":
            raise InputError(f"{name}: không phải tệp PDF")


def check_report(path: Path, name: str) -> None:
    from service.api.refuse import readable_report

    ext = Path(name).suffix.lower()
    if ext == ".pdf":
        _check_pdf(path, name)
    elif ext != ".docx":
        _check_utf8_text(path, name)
    readable_report(path, name)  # read as the draft will: zip bombs, encrypted, damaged, no text layer, no text


def check_figures(path: Path, name: str, *, series: str | None, period: str | None, sheet: str | None = None) -> dict:
    """Load the table as the CLI would load the file ``name`` (its format from its name, its messages naming it);
    returns a short summary and the warnings, for the upload's ``info``."""
    from service.api.stages import load_figures

    table = load_figures(path, series=series, period=period, label=name, sheet=sheet)
    info = {"rows": len(table), "codes": len(set(table.codes())),
            "warnings": [{**w.as_dict(), "file": name if w.file else None} for w in table.warnings]}
    if sheet:
        info["sheet"] = sheet
    return info
