"""A version as a .docx (or PDF) download, named from its series and period.

With a parent, every change of the .docx is a tracked revision (w:ins/w:del).
Carried sentences a reviewer confirmed lose their comment; indicators are
named by their labels in comments.  The file is named as people file it —
``<series> - 6 tháng đầu năm 2024 - v2.docx`` in ``filename*`` (UTF-8), with an
ASCII ``filename`` for old clients.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path
from urllib.parse import quote

from fastapi import Response

from service.api import review
from service.api.auth import slugify
from service.api.models import DraftRow, Version
from service.api.pdf import docx_to_pdf
from service.api.specs import build_spec
from service.api.stages import write_docx
from service.draft import Draft

MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def file_names(series: str, period: str, number: int, ext: str) -> tuple[str, str]:
    """(UTF-8 name, ASCII fallback): ``ham-thuan-bac - 6 tháng đầu năm 2024 - v2.docx``."""
    readable = " - ".join(p for p in (" ".join(series.split()), " ".join(period.split()), f"v{number}") if p)
    readable = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", unicodedata.normalize("NFC", readable))[:180]
    try:
        ascii_ = slugify(f"{series} {period}")
    except Exception:
        ascii_ = "bao-cao"
    return f"{readable}.{ext}", f"{ascii_}-v{number}.{ext}"


def _attachment(data: bytes, media: str, names: tuple[str, str]) -> Response:
    utf8, ascii_ = names
    return Response(data, media_type=media, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_}\"; filename*=UTF-8''{quote(utf8)}",
        "Cache-Control": "no-store"})


def docx_bytes(session, principal, draft: DraftRow, version: Version, parent: Version | None, settings):
    """(the .docx bytes, the spec) of a version; tracked against ``parent`` when given."""
    # The spec only supplies issuer, signer, recipients: removed uploads do not matter here.
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), draft.spec, settings, check_files=False)
    current, prior = review.draft_tables(session, principal, draft.spec, settings)
    content = review.with_confirmations(session, draft.id, version.draft)
    with tempfile.TemporaryDirectory(prefix="baocao-docx-") as tmp:
        path = Path(tmp) / "draft.docx"
        write_docx(Draft.from_dict(content), spec, path,
                   previous=Draft.from_dict(parent.draft) if parent else None, author=version.author,
                   indicators=review.indicators(current, prior))
        return path.read_bytes(), spec


def render(session, principal, draft: DraftRow, version: Version, parent: Version | None, settings) -> Response:
    data, spec = docx_bytes(session, principal, draft, version, parent, settings)
    return _attachment(data, MEDIA, file_names(spec.series, spec.period, version.number, "docx"))


def render_pdf(session, principal, draft: DraftRow, version: Version, settings) -> Response:
    """The version as the reader gets it: no tracked changes, comments left out by LibreOffice's export."""
    data, spec = docx_bytes(session, principal, draft, version, None, settings)
    pdf = docx_to_pdf(data, settings.data_dir / "libreoffice-profile")
    return _attachment(pdf, PDF, file_names(spec.series, spec.period, version.number, "pdf"))
