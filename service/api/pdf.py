"""A .docx as PDF through LibreOffice headless — the same renderer the office prints with.

One conversion at a time per process, with a profile of the service's own
(LibreOffice refuses to share one between simultaneous runs, and creating
one costs seconds).  Where LibreOffice is not installed, a 503 says so in
Vietnamese and points at the .docx instead.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from service.api.problems import Unavailable

_lock = threading.Lock()
TIMEOUT_S = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(data: bytes, profile_dir: Path) -> bytes:
    """The PDF of a .docx (bytes in, bytes out); ``Unavailable`` when LibreOffice is missing or fails."""
    exe = soffice()
    if exe is None:
        raise Unavailable("máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản .docx, hoặc nhờ quản trị "
                          "cài gói libreoffice-writer")
    profile_dir.mkdir(parents=True, exist_ok=True)
    with _lock, tempfile.TemporaryDirectory(prefix="baocao-pdf-") as tmp:
        src = Path(tmp) / "bao-cao.docx"
        src.write_bytes(data)
        cmd = [exe, f"-env:UserInstallation={profile_dir.resolve().as_uri()}", "--headless", "--norestore",
               "--nologo", "--convert-to", "pdf", "--outdir", tmp, str(src)]
        try:
            res = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise Unavailable(f"LibreOffice không xuất xong PDF trong {TIMEOUT_S} giây; hãy thử lại sau "
                              "hoặc tải bản .docx") from None
        out = Path(tmp) / "bao-cao.pdf"
        if res.returncode != 0 or not out.is_file():
            raise Unavailable("LibreOffice không xuất được PDF lần này; hãy thử lại sau hoặc tải bản .docx")
        return out.read_bytes()
