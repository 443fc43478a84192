"""Reviewers' work on a draft: rewrite a section, list and read versions, diff, accept or reject.

A rewrite never changes a version: it adds a ``proposed`` one whose parent is
the version it was based on.  Accepting makes it current, but only if its
parent is still current — otherwise another reviewer's accepted change would
be silently dropped, so it is a 409 asking to redo the rewrite on top.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.api import docxout
from service.api.audit import audit
from service.api.deps import Reader, Reviewer, SessionDep, SettingsDep
from service.api.diff import diff_drafts
from service.api.jobs import agency_settings
from service.api.models import DraftRow, Version, utcnow
from service.api.problems import Conflict
from service.api.routes.drafts import current_version, get_draft, require_current
from service.api.schemas import RewriteIn, VersionOut
from service.api.specs import build_spec
from service.draft import Draft
from service.errors import NotFoundError

router = APIRouter(prefix="/drafts/{draft_id}", tags=["versions"])


def get_version(session: Session, draft: DraftRow, number: int) -> Version:
    v = session.scalar(select(Version).where(Version.draft_id == draft.id, Version.number == number))
    if v is None:
        raise NotFoundError(f"draft {draft.id} has no version {number}")
    return v


@router.post("/sections/{section_path:path}/rewrite", status_code=201,
             summary="Redraft one section to a reviewer's instruction → a new proposed version, re-checked")
def rewrite(draft_id: str, section_path: str, body: RewriteIn, principal: Reviewer, session: SessionDep,
            settings: SettingsDep, request: Request) -> dict:
    draft = get_draft(session, principal, draft_id)
    base = get_version(session, draft, body.base) if body.base else require_current(session, draft)
    paths = [s["path"] for s in base.draft.get("sections", [])]
    if section_path not in paths:
        raise NotFoundError(f"version {base.number} of draft {draft.id} has no section {section_path!r} "
                            f"(sections: {', '.join(paths[:12])}{' …' if len(paths) > 12 else ''})")
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), draft.spec, settings)
    pipeline = request.app.state.jobs.pipeline_factory(agency_settings(settings, principal.agency_slug), draft.engine)
    # This handler runs in a worker thread, so the pipeline gets its own event loop.
    new = asyncio.run(pipeline.arewrite(Draft.from_dict(base.draft), spec, section_path, body.instruction))
    version = _add_version(session, draft, base, principal.label, body.instruction, section_path, new.to_dict())
    audit(session, principal, "version.propose", f"{draft.id}/v{version.number}",
          detail={"section": section_path, "parent": base.number, "instruction": body.instruction})
    session.commit()
    return {**VersionOut.of(version).model_dump(mode="json"),
            "section": next(s for s in version.draft["sections"] if s["path"] == section_path),
            "diff": diff_drafts(base.draft, version.draft)}


def _add_version(session: Session, draft: DraftRow, base: Version, author: str, instruction: str,
                 section_path: str, content: dict) -> Version:
    """Next number; a concurrent rewrite taking the same number makes us retry, never overwrite."""
    for _ in range(5):
        n = (session.scalar(select(func.max(Version.number)).where(Version.draft_id == draft.id)) or 0) + 1
        v = Version(draft_id=draft.id, number=n, parent=base.number, author=author, instruction=instruction,
                    section_path=section_path, draft=content, status="proposed")
        try:
            with session.begin_nested():
                session.add(v)
            return v
        except IntegrityError:
            continue
    raise Conflict("too many simultaneous rewrites of this draft; try again")


@router.get("/versions", summary="Every version of the draft, oldest first")
def list_versions(draft_id: str, principal: Reader, session: SessionDep) -> list[VersionOut]:
    draft = get_draft(session, principal, draft_id)
    rows = session.scalars(select(Version).where(Version.draft_id == draft.id).order_by(Version.number)).all()
    return [VersionOut.of(v) for v in rows]


@router.get("/versions/{number}", summary="One version with its full content")
def get_version_json(draft_id: str, number: int, principal: Reader, session: SessionDep) -> dict:
    v = get_version(session, get_draft(session, principal, draft_id), number)
    return {**VersionOut.of(v).model_dump(mode="json"), "draft": v.draft}


def _decide(session: Session, principal, draft_id: str, number: int, status: str) -> VersionOut:
    draft = get_draft(session, principal, draft_id)
    v = get_version(session, draft, number)
    if v.status != "proposed":
        raise Conflict(f"version {number} was already {v.status} by {v.decided_by}")
    if status == "accepted":
        cur = current_version(session, draft.id)
        if cur is not None and v.parent != cur.number:
            raise Conflict(f"version {number} was written on version {v.parent}, but version {cur.number} has been "
                           f"accepted since; ask for the rewrite again so it builds on version {cur.number}")
    v.status, v.decided_by, v.decided_at = status, principal.label, utcnow()
    audit(session, principal, {"accepted": "version.accept", "rejected": "version.reject"}[status], f"{draft.id}/v{number}")
    session.commit()
    return VersionOut.of(v)


@router.post("/versions/{number}/accept", summary="Accept a proposed version: it becomes the current one")
def accept(draft_id: str, number: int, principal: Reviewer, session: SessionDep) -> VersionOut:
    return _decide(session, principal, draft_id, number, "accepted")


@router.post("/versions/{number}/reject", summary="Reject a proposed version (kept in the history)")
def reject(draft_id: str, number: int, principal: Reviewer, session: SessionDep) -> VersionOut:
    return _decide(session, principal, draft_id, number, "rejected")


@router.get("/versions/{number}/docx", summary="A version as .docx, its changes tracked against its parent",
            response_class=Response, responses={200: {"content": {docxout.MEDIA: {}}}})
def version_docx(draft_id: str, number: int, principal: Reader, session: SessionDep, settings: SettingsDep) -> Response:
    draft = get_draft(session, principal, draft_id)
    v = get_version(session, draft, number)
    parent = get_version(session, draft, v.parent) if v.parent else None
    return docxout.render(session, principal, draft, v, parent, settings)


@router.get("/diff", summary="Word diff between two versions, section by section")
def diff(draft_id: str, principal: Reader, session: SessionDep,
         from_: Annotated[int, Query(alias="from", ge=1)], to: Annotated[int, Query(ge=1)],
         all_sections: Annotated[bool, Query(alias="all")] = False) -> dict:
    draft = get_draft(session, principal, draft_id)
    a, b = get_version(session, draft, from_), get_version(session, draft, to)
    return {"draft": draft.id, "from": a.number, "to": b.number,
            "summary": {"from": a.draft.get("summary", {}), "to": b.draft.get("summary", {})},
            "sections": diff_drafts(a.draft, b.draft, only_changed=not all_sections)}
