"""Drafts: check a spec first, start a job (202 at once), read the result, follow progress as SSE, download it."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sse_starlette.sse import EventSourceResponse

from service.api import docxout, review
from service.api.audit import audit
from service.api.contract import MAX_INT, UNAVAILABLE_RESPONSE
from service.api.deps import Drafter, JobsDep, Reader, SessionDep, SettingsDep, StreamReader
from service.api.jobs import TERMINAL_EVENTS
from service.api.models import ApiKey, DraftRow, Job, JobEvent, Upload, Version, new_id
from service.api.problems import Conflict
from service.api.schemas import DraftCreate, DraftCreated, DraftSummary, Links, Preflight, Warning_
from service.api.specs import build_spec, normalise_refs
from service.errors import InputError, NotFoundError
from service.periods import parse_period

router = APIRouter(prefix="/drafts", tags=["drafts"])


def get_draft(session: Session, principal, draft_id: str) -> DraftRow:
    """The caller's agency's draft, or 404 (another agency's id is indistinguishable from none)."""
    row = session.scalar(select(DraftRow).where(DraftRow.id == draft_id, DraftRow.agency_id == principal.agency_id))
    if row is None:
        raise NotFoundError(f"đơn vị của bạn không có bản thảo «{draft_id}»")
    return row


def current_version(session: Session, draft_id: str) -> Version | None:
    """The latest accepted version: what the draft *is* now."""
    return session.scalar(select(Version).where(Version.draft_id == draft_id, Version.status == "accepted")
                          .order_by(Version.number.desc()).execution_options(populate_existing=True))


STATUS_VN = {"queued": "đang chờ", "running": "đang soạn", "done": "đã soạn xong", "failed": "soạn thất bại"}


def require_current(session: Session, draft: DraftRow) -> Version:
    v = current_version(session, draft.id)
    if v is None:
        raise Conflict(f"bản thảo {draft.id} chưa có nội dung ({STATUS_VN.get(draft.status, draft.status)}); "
                       f"hãy chờ soạn xong (theo dõi /api/drafts/{draft.id}/events)")
    return v


def links(draft_id: str) -> Links:
    base = f"/api/drafts/{draft_id}"
    return Links(self=base, events=f"{base}/events", docx=f"{base}/docx", versions=f"{base}/versions")


# --------------------------------------------------------------------------- before drafting: what to warn about

def _upload(session: Session, principal, ref) -> Upload | None:
    if not isinstance(ref, str):
        return None
    return session.scalar(select(Upload).where(Upload.agency_id == principal.agency_id, Upload.id == ref))


def draft_warnings(session: Session, principal, raw: dict, spec, settings) -> list[Warning_]:
    """What a drafter should know before drafting: last period's material missing or not matching this period's."""
    out: list[Warning_] = []

    def warn(code: str, message: str) -> None:
        out.append(Warning_(code=code, message=message))

    try:
        period = parse_period(spec.period)
    except ValueError:
        period = None
    prior = raw.get("prior") or {}
    cur_row, prior_row = _upload(session, principal, raw.get("figures")), _upload(session, principal, prior.get("figures"))
    if cur_row is not None and period and cur_row.period and cur_row.period != period.code:
        warn("figures_period", f"Bảng số liệu «{cur_row.name}» là của kỳ {cur_row.period}, khác kỳ của báo cáo "
                               f"({period.text}).")
    if cur_row is not None and cur_row.series and cur_row.series != spec.series:
        warn("figures_series", f"Bảng số liệu «{cur_row.name}» thuộc loạt «{cur_row.series}», khác loạt của báo cáo "
                               f"(«{spec.series}»).")
    if prior_row is None:
        warn("prior_figures_missing", "Chưa có bảng số liệu kỳ trước: số liệu kỳ trước còn trong lời văn sẽ không "
                                      "được nhận ra để thay bằng số kỳ này, nên các câu đó sẽ bị đánh dấu để rà soát.")
    else:
        current, previous = review.draft_tables(session, principal, raw, settings)
        if current is not None and previous is not None:
            common = set(current.codes()) & set(previous.codes())
            if not common:
                warn("no_common_codes", f"Bảng số liệu kỳ trước «{prior_row.name}» không có mã chỉ tiêu nào chung với "
                                        f"bảng kỳ này «{cur_row.name if cur_row else raw.get('figures')}» — có thể là "
                                        "bảng của loạt báo cáo khác; số liệu kỳ trước sẽ không được thay.")
            elif len(common) < 0.5 * len(set(previous.codes())):
                warn("few_common_codes", f"Chỉ {len(common)}/{len(set(previous.codes()))} mã chỉ tiêu của bảng kỳ trước "
                                         "có trong bảng kỳ này; các số liệu còn lại sẽ không được thay.")
        if period and prior_row.period and prior_row.period != period.shift_years(-1).code:
            warn("prior_figures_period", f"Bảng số liệu kỳ trước «{prior_row.name}» là của kỳ {prior_row.period}, "
                                         f"không phải cùng kỳ năm trước ({period.shift_years(-1).text}).")
    if _upload(session, principal, prior.get("report")) is None:
        warn("prior_report_missing", "Chưa có báo cáo kỳ trước: bản thảo sẽ chỉ gồm các câu nêu số liệu, không có "
                                     "lời văn của kỳ trước.")
    return out


def _checked_spec(session: Session, principal, body: DraftCreate, settings):
    raw = normalise_refs(session, principal, body.spec)
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), raw, settings)  # 422 now, not later
    if (body.engine or spec.engine) == "llm" and not settings.llm_configured:
        raise InputError("trường 'engine' = 'llm': máy chủ chưa cấu hình mô hình ngôn ngữ; dùng 'offline' hoặc "
                         "bỏ trường 'engine'")
    return raw, spec


@router.post("/preflight", summary="Check a spec without drafting: its problems (4xx) or the warnings for the drafter")
def preflight(body: DraftCreate, principal: Drafter, session: SessionDep, settings: SettingsDep) -> Preflight:
    raw, spec = _checked_spec(session, principal, body, settings)
    warnings = draft_warnings(session, principal, raw, spec, settings)
    return Preflight(ok=not warnings, warnings=warnings, spec=raw)


@router.post("", status_code=202, summary="Start drafting a report from a spec (returns at once)")
def create_draft(body: DraftCreate, principal: Drafter, session: SessionDep, settings: SettingsDep,
                 jobs: JobsDep, response: Response) -> DraftCreated:
    raw, spec = _checked_spec(session, principal, body, settings)
    warnings = draft_warnings(session, principal, raw, spec, settings)
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
    return DraftCreated(id=draft.id, job=job.id, status="queued", links=links(draft.id), warnings=warnings)


@router.get("", summary="The agency's drafts, newest first: title, period, date, author, status")
def list_drafts(principal: Reader, session: SessionDep) -> list[DraftSummary]:
    rows = session.execute(select(DraftRow, ApiKey).outerjoin(ApiKey, ApiKey.id == DraftRow.created_by)
                           .where(DraftRow.agency_id == principal.agency_id)
                           .order_by(DraftRow.created_at.desc(), DraftRow.id)).all()
    out = []
    for r, key in rows:
        n = session.scalar(select(func.count()).select_from(Version).where(Version.draft_id == r.id))
        cur = current_version(session, r.id)
        spec = r.spec if isinstance(r.spec, dict) else {}
        out.append(DraftSummary(id=r.id, title=r.title, series=spec.get("series"), period=spec.get("period"),
                                date=str(spec["date"]) if spec.get("date") else None,
                                author=(key.name or key.role) if key else None, status=r.status,
                                current_version=cur.number if cur else None, versions=n, created_at=r.created_at))
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


@router.get("/{draft_id}", summary="A draft: status, current version's sections, numbers with verdicts, provenance",
            description="Also what the review page needs beside the text: `indicators` (code → label, unit, "
                        "values) for tooltips, `frame` (header, number, date, Nơi nhận, signature as the .docx lays "
                        "them out), `warnings` (e.g. a section number used twice) and `carried` (sentences kept "
                        "from last period still to confirm).")
def get_draft_json(draft_id: str, principal: Reader, session: SessionDep, settings: SettingsDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    job = session.scalar(select(Job).where(Job.draft_id == draft.id).order_by(Job.created_at.desc()))
    cur = current_version(session, draft.id)
    versions = session.scalars(select(Version.number).where(Version.draft_id == draft.id).order_by(Version.number)).all()
    creator = session.get(ApiKey, draft.created_by) if draft.created_by else None
    content = review.with_confirmations(session, draft.id, cur.draft) if cur else None
    current, prior = review.draft_tables(session, principal, draft.spec, settings) if cur else (None, None)
    return {
        "id": draft.id, "title": draft.title, "status": draft.status, "created_at": draft.created_at,
        "engine": draft.engine, "error": draft.error, "spec": draft.spec,
        "author": (creator.name or creator.role) if creator else None,
        "job": {"id": job.id, "status": job.status, "attempts": job.attempts, "started_at": job.started_at,
                "finished_at": job.finished_at} if job else None,
        "current_version": cur.number if cur else None, "versions": versions,
        "draft": content, "problems": problems_of(content) if content else [],
        "warnings": review.section_warnings(content) if content else [],
        "carried": review.carried_summary(content) if content else {"to_confirm": 0, "events": 0},
        "indicators": review.indicators(current, prior),
        "frame": review.frame(session, principal, draft, settings),
        "links": links(draft.id).model_dump(),
    }


@router.get("/{draft_id}/prior", summary="Last period's report, section by section (to read beside the draft)")
def prior_sections(draft_id: str, principal: Reader, session: SessionDep, settings: SettingsDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    return review.prior_report(session, principal, draft, settings)


def _read_events(sessions, draft_id: str, after: int) -> tuple[list[JobEvent], str | None, str]:
    with sessions() as s:
        job = s.scalar(select(Job).where(Job.draft_id == draft_id).order_by(Job.created_at.desc()))
        if job is None:
            return [], None, draft_id
        rows = s.scalars(select(JobEvent).where(JobEvent.job_id == job.id, JobEvent.seq > after)
                         .order_by(JobEvent.seq).limit(500)).all()
        return list(rows), job.status, job.id


@router.get("/{draft_id}/events", summary="Progress as Server-Sent Events (resume with Last-Event-ID)",
            responses={200: {"description": "the job's events", "content": {"text/event-stream": {}}}},
            description="EventSource cannot send headers, so this endpoint also takes the key as `?key=`. "
                        "Event ids are per-job sequence numbers; the stream ends after a `done` or `error` event.")
async def draft_events(draft_id: str, request: Request, principal: StreamReader, jobs: JobsDep,
                       last_event_id: Annotated[str | None, Header()] = None):
    sessions = request.app.state.sessions
    await asyncio.to_thread(lambda: _check_owner(sessions, principal, draft_id))
    try:
        after = min(max(int(last_event_id or request.query_params.get("after") or 0), 0), MAX_INT)
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


@router.get("/{draft_id}/pdf", summary="The current version as PDF (LibreOffice on the server; 503 where not installed)",
            response_class=Response, responses={200: {"content": {"application/pdf": {}}}, **UNAVAILABLE_RESPONSE})
def draft_pdf(draft_id: str, principal: Reader, session: SessionDep, settings: SettingsDep) -> Response:
    draft = get_draft(session, principal, draft_id)
    cur = require_current(session, draft)
    return docxout.render_pdf(session, principal, draft, cur, settings)
