"""A version as a .docx download; with a parent, every change is a tracked revision (w:ins/w:del)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import quote

from fastapi import Response

from service.api.auth import slugify
from service.api.models import DraftRow, Version
from service.api.specs import build_spec
from service.api.stages import write_docx
from service.draft import Draft

MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def render(session, principal, draft: DraftRow, version: Version, parent: Version | None, settings) -> Response:
    # The spec only supplies issuer, signer, recipients: removed uploads do not matter here.
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), draft.spec, settings, check_files=False)
    with tempfile.TemporaryDirectory(prefix="baocao-docx-") as tmp:
        path = Path(tmp) / "draft.docx"
        write_docx(Draft.from_dict(version.draft), spec, path,
                   previous=Draft.from_dict(parent.draft) if parent else None, author=version.author)
        data = path.read_bytes()
    try:
        stem = slugify(f"{spec.series} {spec.period}")
    except Exception:
        stem = draft.id
    name = f"{stem}-v{version.number}.docx"
    return Response(data, media_type=MEDIA, headers={
        "Content-Disposition": f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}",
        "Cache-Control": "no-store"})
