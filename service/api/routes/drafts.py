"""Drafts: start a job (202 at once), read the result, follow progress as SSE, download the .docx."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sse_starlette.sse import EventSourceResponse

from service.api import docxout
from service.api.audit import audit
from service.api.deps import Drafter, JobsDep, Reader, SessionDep, SettingsDep, StreamReader
from service.api.jobs import TERMINAL_EVENTS
from service.api.models import DraftRow, Job, JobEvent, Version, new_id
from service.api.problems import Conflict
from service.api.schemas import DraftCreate, DraftCreated, DraftSummary, Links
from service.api.specs import build_spec, normalise_refs
from service.errors import InputError, NotFoundError

router = APIRouter(prefix="/drafts", tags=["drafts"])


def get_draft(session: Session, principal, draft_id: str) -> DraftRow:
    """The caller's agency's draft, or 404 (another agency's id is indistinguishable from none)."""
    row = session.scalar(select(DraftRow).where(DraftRow.id == draft_id, DraftRow.agency_id == principal.agency_id))
    if row is None:
        raise NotFoundError(f"no draft {draft_id!r} in your agency")
    return row


def current_version(session: Session, draft_id: str) -> Version | None:
    """The latest accepted version: what the draft *is* now."""
    return session.scalar(select(Version).where(Version.draft_id == draft_id, Version.status == "accepted")
                          .order_by(Version.number.desc()))


def require_current(session: Session, draft: DraftRow) -> Version:
    v = current_version(session, draft.id)
    if v is None:
        raise Conflict(f"draft {draft.id} has no content yet (status {draft.status}); "
                       f"follow /api/drafts/{draft.id}/events until it is done")
    return v


def links(draft_id: str) -> Links:
    base = f"/api/drafts/{draft_id}"
    return Links(self=base, events=f"{base}/events", docx=f"{base}/docx", versions=f"{base}/versions")


@router.post("", status_code=202, summary="Start drafting a report from a spec (returns at once)")
def create_draft(body: DraftCreate, principal: Drafter, session: SessionDep, settings: SettingsDep,
                 jobs: JobsDep, response: Response) -> DraftCreated:
    raw = normalise_refs(session, principal, body.spec)
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), raw, settings)  # 422 now, not later
    if (body.engine or spec.engine) == "llm" and not settings.llm_configured:
        raise InputError("engine 'llm': no model is configured on this server; use 'offline' or leave 'engine' out")
    jobs.check_capacity(session, principal.agency_id)
    draft = DraftRow(id=new_id("d"), agency_id=principal.agency_id, title=spec.title, spec=raw,
                     engine=body.engine, status="queued", created_by=principal.key_id)
    job = Job(id=new_id("j"), agency_id=principal.agency_id, draft_id=draft.id, status="queued")
    session.add(draft)
    session.flush()
    session.add(job)
    session.flush()
    jobs._emit(session, job.id, "status", {"type": "status", "status": "queued"})
    audit(session, principal, "draft.create", draft.id, detail={"job": job.id, "title": spec.title})
    session.commit()
    jobs.submit(job.id, principal.agency_id)
    response.headers["Location"] = f"/api/drafts/{draft.id}"
    return DraftCreated(id=draft.id, job=job.id, status="queued", links=links(draft.id))


@router.get("", summary="The agency's drafts, newest first")
def list_drafts(principal: Reader, session: SessionDep) -> list[DraftSummary]:
    rows = session.scalars(select(DraftRow).where(DraftRow.agency_id == principal.agency_id)
                           .order_by(DraftRow.created_at.desc(), DraftRow.id)).all()
    out = []
    for r in rows:
        n = session.scalar(select(func.count()).select_from(Version).where(Version.draft_id == r.id))
        cur = current_version(session, r.id)
        out.append(DraftSummary(id=r.id, title=r.title, status=r.status, current_version=cur.number if cur else None,
                                versions=n, created_at=r.created_at))
    return out


def problems_of(draft: dict) -> list[dict]:
    """Every unsupported or stale number, located, for reviewers to go through."""
    out = []
    parts = [("opening", draft.get("opening", []))] + [(s["path"], s["paragraphs"]) for s in draft.get("sections", [])] \
        + [("closing", draft.get("closing", []))]
    for where, paragraphs in parts:
        for i, p in enumerate(paragraphs):
            for c in p.get("checks", []):
                if c.get("verdict") in ("unsupported", "stale"):
                    out.append({"section": where, "paragraph": i, "text": c["text"], "verdict": c["verdict"],
                                "reason": c.get("reason"), "expected": c.get("expected")})
    return out


@router.get("/{draft_id}", summary="A draft: status, current version's sections, numbers with verdicts, provenance")
def get_draft_json(draft_id: str, principal: Reader, session: SessionDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    job = session.scalar(select(Job).where(Job.draft_id == draft.id).order_by(Job.created_at.desc()))
    cur = current_version(session, draft.id)
    versions = session.scalars(select(Version.number).where(Version.draft_id == draft.id).order_by(Version.number)).all()
    return {
        "id": draft.id, "title": draft.title, "status": draft.status, "created_at": draft.created_at,
        "engine": draft.engine, "error": draft.error,
        "job": {"id": job.id, "status": job.status, "attempts": job.attempts, "started_at": job.started_at,
                "finished_at": job.finished_at} if job else None,
        "current_version": cur.number if cur else None, "versions": versions,
        "draft": cur.draft if cur else None, "problems": problems_of(cur.draft) if cur else [],
        "links": links(draft.id).model_dump(),
    }


def _read_events(sessions, draft_id: str, after: int) -> tuple[list[JobEvent], str | None, str]:
    with sessions() as s:
        job = s.scalar(select(Job).where(Job.draft_id == draft_id).order_by(Job.created_at.desc()))
        if job is None:
            return [], None, draft_id
        rows = s.scalars(select(JobEvent).where(JobEvent.job_id == job.id, JobEvent.seq > after)
                         .order_by(JobEvent.seq).limit(500)).all()
        return list(rows), job.status, job.id


@router.get("/{draft_id}/events", summary="Progress as Server-Sent Events (resume with Last-Event-ID)",
            description="EventSource cannot send headers, so this endpoint also takes the key as `?key=`. "
                        "Event ids are per-job sequence numbers; the stream ends after a `done` or `error` event.")
async def draft_events(draft_id: str, request: Request, principal: StreamReader, jobs: JobsDep,
                       last_event_id: Annotated[str | None, Header()] = None):
    sessions = request.app.state.sessions
    await asyncio.to_thread(lambda: _check_owner(sessions, principal, draft_id))
    try:
        after = int(last_event_id or request.query_params.get("after") or 0)
    except ValueError:
        after = 0

    async def stream():
        nonlocal after
        while True:
            rows, status, job_id = await asyncio.to_thread(_read_events, sessions, draft_id, after)
            for e in rows:
                after = e.seq
                yield {"id": str(e.seq), "event": e.type, "data": json.dumps(e.data, ensure_ascii=False, default=str)}
                if e.type in TERMINAL_EVENTS:
                    return
            if not rows and status in ("done", "failed"):
                return
            if await request.is_disconnected():
                return
            if not rows:
                await jobs.wait(job_id, timeout=1.0)

    return EventSourceResponse(stream(), ping=15, headers={"Cache-Control": "no-store"})


def _check_owner(sessions, principal, draft_id: str) -> None:
    with sessions() as s:
        get_draft(s, principal, draft_id)



@router.get("/{draft_id}/docx", summary="The current version as an official .docx",
            response_class=Response, responses={200: {"content": {docxout.MEDIA: {}}}})
def draft_docx(draft_id: str, principal: Reader, session: SessionDep, settings: SettingsDep) -> Response:
    draft = get_draft(session, principal, draft_id)
    cur = require_current(session, draft)
    return docxout.render(session, principal, draft, cur, None, settings)
