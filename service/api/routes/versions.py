"""Reviewers' work on a draft: rewrite or edit a section, list and read versions, diff, accept or reject.

A change never alters a version: it adds a ``proposed`` one whose parent is
the current (latest accepted) version — a change is always written on what
the draft is now.  A change that leaves the section as it was is said so
(``changed: false``) and makes no version.  Decisions on a draft are
serialised by a lock on its row (an ``UPDATE`` first in the transaction:
a row lock on PostgreSQL, the write lock on SQLite), so accepting is a
compare-and-set: a version is accepted only if its parent is still current —
otherwise another reviewer's accepted change would be silently dropped, so it
is a 409 and the proposal stays, to be re-applied on top (``rebase``).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.api import docxout, review
from service.api.audit import audit
from service.api.contract import UNAVAILABLE_RESPONSE, PositiveInt
from service.api.deps import Reader, Reviewer, SessionDep, SettingsDep
from service.api.diff import diff_drafts
from service.api.jobs import agency_settings
from service.api.models import CarriedConfirmation, DraftRow, Version, utcnow
from service.api.problems import Conflict, Unavailable
from service.api.routes.drafts import current_version, get_draft, problems_of, require_current
from service.api.schemas import ConfirmIn, EditIn, RewriteIn, VersionOut
from service.api.specs import build_spec
from service.draft import Draft
from service.drafting.carryover import relocate
from service.errors import InputError, NotFoundError

router = APIRouter(prefix="/drafts/{draft_id}", tags=["versions"])
STATUS_VN = {"proposed": "đề xuất", "accepted": "chấp nhận", "rejected": "từ chối"}
NO_CHANGE = {200: {"description": "Nothing changed: no version is made (`changed: false`, `detail` says why)"}}


def get_version(session: Session, draft: DraftRow, number: int) -> Version:
    v = session.scalar(select(Version).where(Version.draft_id == draft.id, Version.number == number)
                       .execution_options(populate_existing=True))
    if v is None:
        raise NotFoundError(f"bản thảo {draft.id} không có phiên bản {number}")
    return v


def base_for_change(session: Session, draft: DraftRow, base: int | None) -> Version:
    """The current version: every change is written on it (a change of another could never be accepted)."""
    cur = require_current(session, draft)
    if base is not None and base != cur.number:
        get_version(session, draft, base)  # 404 first if it does not exist
        raise Conflict(f"phiên bản {base} không phải bản hiện tại (bản hiện tại là phiên bản {cur.number}); mọi thay "
                       f"đổi đều viết trên bản hiện tại — gửi lại không kèm 'base' hoặc với base={cur.number}")
    return cur


def find_section(version: Version, path: str) -> dict:
    sections = version.draft.get("sections", [])
    for s in sections:
        if s["path"] == path:
            return s
    paths = [s["path"] for s in sections]
    raise NotFoundError(f"phiên bản {version.number} không có mục «{path}» "
                        f"(các mục: {', '.join(paths[:12])}{' …' if len(paths) > 12 else ''})")


def _texts(section: dict) -> list[str]:
    return [" ".join(p["text"].split()) for p in section.get("paragraphs", [])]


def _no_change(base: Version, path: str, why: str) -> JSONResponse:
    return JSONResponse({"changed": False, "base": base.number, "section_path": path,
                         "detail": f"Không có thay đổi: {why}; không tạo phiên bản mới."})


def lock_draft(session: Session, draft_id: str) -> None:
    """Serialise decisions on one draft until this transaction ends.

    The read transaction is closed first so the ``UPDATE`` is the first
    statement of the next: SQLite then waits for the write lock (busy
    timeout) instead of failing on a stale snapshot; PostgreSQL takes the
    row lock and later statements see what the other transaction committed.
    """
    session.commit()
    session.execute(update(DraftRow).where(DraftRow.id == draft_id).values(status=DraftRow.status))


def _add_version(session: Session, draft: DraftRow, base: Version, author: str, instruction: str | None,
                 section_path: str | None, content: dict) -> Version:
    """Next number; a concurrent change taking the same number makes us retry, never overwrite."""
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
    raise Conflict("có quá nhiều thay đổi cùng lúc trên bản thảo này; hãy thử lại")


def _with_section(base: Version, path: str, paragraphs, provenance: dict, change: dict) -> dict:
    """The base's content with one section replaced, summary recomputed, and how it changed recorded."""
    draft = Draft.from_dict(base.draft)
    draft.sections = [replace(s, paragraphs=paragraphs, provenance=provenance) if s.path == path else s
                      for s in draft.sections]
    content = draft.to_dict()
    content["provenance"] = {**(content.get("provenance") or {}), "change": change}
    return content


def _proposed(session: Session, principal, draft: DraftRow, base: Version, version: Version, path: str,
              action: str, detail: dict) -> dict:
    audit(session, principal, action, f"{draft.id}/v{version.number}", detail={"section": path, "parent": base.number,
                                                                               **detail})
    session.commit()
    section = next(s for s in version.draft["sections"] if s["path"] == path)
    return {**VersionOut.of(version).model_dump(mode="json"), "changed": True, "section": section,
            "problems": [p for p in problems_of(version.draft) if p["section"] == path],
            "diff": diff_drafts(base.draft, version.draft)}


# --------------------------------------------------------------------------- changes: rewrite, edit, rebase

@router.post("/sections/{section_path:path}/rewrite", status_code=201, responses=NO_CHANGE,
             summary="Redraft one section to a reviewer's instruction → a new proposed version, re-checked")
def rewrite(draft_id: str, section_path: str, body: RewriteIn, principal: Reviewer, session: SessionDep,
            settings: SettingsDep, request: Request) -> dict:
    draft = get_draft(session, principal, draft_id)
    base = base_for_change(session, draft, body.base)
    section = find_section(base, section_path)
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), draft.spec, settings)
    pipeline = request.app.state.jobs.pipeline_factory(agency_settings(settings, principal.agency_slug), draft.engine)
    # This handler runs in a worker thread, so the pipeline gets its own event loop.
    new = asyncio.run(pipeline.arewrite(Draft.from_dict(base.draft), spec, section_path, body.instruction))
    target = next(s for s in new.sections if s.path == section_path)
    if [" ".join(p.text.split()) for p in target.paragraphs] == _texts(section):
        return _no_change(base, section_path, f"yêu cầu «{body.instruction}» không làm đổi lời văn của mục này")
    # Re-checked against the figures the draft placed in this section, as the draft itself was: a rewrite
    # does not re-place figures, so a number supported before stays supported when its sentence is kept.
    current, prior = review.draft_tables(session, principal, draft.spec, settings)
    paragraphs = review.recheck([p.text for p in target.paragraphs], section, current, prior) \
        if current is not None else target.paragraphs
    provenance = {**(section.get("provenance") or {}), **target.provenance, "placed": review.placed_codes(section),
                  "carried_over": relocate((section.get("provenance") or {}).get("carried_over") or [], paragraphs)}
    change = {"kind": "rewrite", "section": section_path, "by": principal.label, "instruction": body.instruction}
    content = _with_section(base, section_path, paragraphs, provenance, change)
    version = _add_version(session, draft, base, principal.label, body.instruction, section_path, content)
    return _proposed(session, principal, draft, base, version, section_path, "version.propose",
                     {"instruction": body.instruction})


@router.post("/sections/{section_path:path}/edit", status_code=201, responses=NO_CHANGE,
             summary="Replace one section's text by hand → a new proposed version, every number re-checked",
             description="`text` is the section's whole new text, one paragraph a line. Each number is checked "
                         "against the figures like a drafted one: a number the table does not hold comes back "
                         "`unsupported` (listed in `problems`), and the .docx shows the edit as tracked changes.")
def edit(draft_id: str, section_path: str, body: EditIn, principal: Reviewer, session: SessionDep,
         settings: SettingsDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    base = base_for_change(session, draft, body.base)
    section = find_section(base, section_path)
    texts = review.split_paragraphs(body.text)
    if texts == _texts(section):
        return _no_change(base, section_path, "nội dung gửi lên giống hệt nội dung hiện tại của mục")
    if not texts:
        raise InputError("nội dung mục trống; muốn bỏ cả mục, hãy để lại ít nhất một câu hoặc yêu cầu viết lại")
    current, prior = review.draft_tables(session, principal, draft.spec, settings)
    if current is None:
        raise Unavailable("không đọc được bảng số liệu kỳ này nên chưa kiểm tra được số liệu của đoạn sửa; "
                          "hãy kiểm tra tệp bảng số liệu đã tải lên")
    paragraphs = review.recheck(texts, section, current, prior)
    provenance = {**(section.get("provenance") or {}), "edited_by": principal.label, "placed": review.placed_codes(section),
                  "carried_over": relocate((section.get("provenance") or {}).get("carried_over") or [], paragraphs)}
    change = {"kind": "edit", "section": section_path, "by": principal.label}
    content = _with_section(base, section_path, paragraphs, provenance, change)
    version = _add_version(session, draft, base, principal.label, "sửa trực tiếp", section_path, content)
    return _proposed(session, principal, draft, base, version, section_path, "version.edit", {})


@router.post("/versions/{number}/rebase", status_code=201, responses=NO_CHANGE,
             summary="Re-apply a proposal written on an older version on top of the current one (after a 409)")
def rebase(draft_id: str, number: PositiveInt, principal: Reviewer, session: SessionDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    v = get_version(session, draft, number)
    if v.status != "proposed":
        raise Conflict(f"phiên bản {number} đã được {STATUS_VN[v.status]} (bởi {v.decided_by}); không áp dụng lại được")
    cur = require_current(session, draft)
    if v.parent == cur.number:
        return _no_change(cur, v.section_path or "", f"phiên bản {number} đã được viết trên bản hiện tại, có thể "
                                                     "chấp nhận ngay")
    parent = get_version(session, draft, v.parent) if v.parent else cur
    old, mine, now = ({s["path"]: s for s in x.draft.get("sections", [])} for x in (parent, v, cur))
    changed = [p for p in mine if p in old and _texts(mine[p]) != _texts(old[p])]
    clash = [p for p in changed if p not in now or _texts(now[p]) != _texts(old[p])]
    if clash:
        raise Conflict(f"mục «{', '.join(clash)}» đã được thay đổi ở phiên bản {cur.number} sau khi phiên bản {number} "
                       "được viết; hãy đọc bản hiện tại rồi viết lại hoặc sửa lại mục này")
    draft_now = Draft.from_dict(cur.draft)
    moved = {p: Draft.from_dict({**v.draft, "sections": [mine[p]]}).sections[0] for p in changed}
    draft_now.sections = [moved.get(s.path, s) for s in draft_now.sections]
    content = draft_now.to_dict()
    content["provenance"] = {**(content.get("provenance") or {}),
                             "change": {"kind": "rebase", "from": number, "section": v.section_path, "by": principal.label}}
    version = _add_version(session, draft, cur, principal.label, v.instruction, v.section_path, content)
    path = v.section_path if v.section_path in now else (changed[0] if changed else next(iter(now), ""))
    return _proposed(session, principal, draft, cur, version, path, "version.rebase", {"from": number})


# --------------------------------------------------------------------------- carried-over sentences

@router.post("/sections/{section_path:path}/carried/confirm",
             summary="Confirm that a sentence kept from last period still holds (its mark and comment go)")
def confirm_carried(draft_id: str, section_path: str, body: ConfirmIn, principal: Reviewer,
                    session: SessionDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    cur = require_current(session, draft)
    section = find_section(cur, section_path)
    carried = (section.get("provenance") or {}).get("carried_over") or []
    if body.all:
        targets = carried
    elif body.sentence and body.sentence.strip():
        want = " ".join(body.sentence.split())
        targets = [c for c in carried if " ".join(c["text"].split()) == want]
    else:
        raise InputError("gửi 'sentence' (câu cần xác nhận) hoặc 'all': true")
    if not targets:
        raise NotFoundError(f"mục «{section_path}» của phiên bản {cur.number} không có câu giữ nguyên từ kỳ trước như vậy")
    added = 0
    for c in targets:
        h = review.sentence_hash(c["text"])
        exists = session.scalar(select(CarriedConfirmation.id).where(
            CarriedConfirmation.draft_id == draft.id, CarriedConfirmation.section_path == section_path,
            CarriedConfirmation.sentence_hash == h))
        if exists:
            continue
        try:
            with session.begin_nested():
                session.add(CarriedConfirmation(draft_id=draft.id, section_path=section_path, sentence_hash=h,
                                                sentence=c["text"], confirmed_by=principal.label))
            added += 1
        except IntegrityError:  # confirmed by someone else at the same moment: it is confirmed either way
            continue
    audit(session, principal, "carried.confirm", f"{draft.id}/{section_path}", detail={"sentences": added})
    session.commit()
    content = review.with_confirmations(session, draft.id, cur.draft)
    return {"confirmed": added, "section_path": section_path, "carried": review.carried_summary(content),
            "detail": f"Đã xác nhận {added} câu giữ nguyên từ kỳ trước."}


# --------------------------------------------------------------------------- versions and decisions

@router.get("/versions", summary="Every version of the draft, oldest first")
def list_versions(draft_id: str, principal: Reader, session: SessionDep) -> list[VersionOut]:
    draft = get_draft(session, principal, draft_id)
    rows = session.scalars(select(Version).where(Version.draft_id == draft.id).order_by(Version.number)).all()
    return [VersionOut.of(v) for v in rows]


@router.get("/versions/{number}", summary="One version with its full content")
def get_version_json(draft_id: str, number: PositiveInt, principal: Reader, session: SessionDep) -> dict:
    draft = get_draft(session, principal, draft_id)
    v = get_version(session, draft, number)
    content = review.with_confirmations(session, draft.id, v.draft)
    return {**VersionOut.of(v).model_dump(mode="json"), "draft": content, "warnings": review.section_warnings(content),
            "carried": review.carried_summary(content)}


def _decide(session: Session, principal, draft_id: str, number: int, status: str) -> VersionOut:
    draft = get_draft(session, principal, draft_id)
    get_version(session, draft, number)
    lock_draft(session, draft.id)            # from here on, no other decision on this draft interleaves
    v = get_version(session, draft, number)
    if v.status != "proposed":
        raise Conflict(f"phiên bản {number} đã được {STATUS_VN[v.status]} (bởi {v.decided_by})")
    if status == "accepted":
        cur = current_version(session, draft.id)
        if cur is not None and v.parent != cur.number:
            raise Conflict(f"phiên bản {number} được viết trên phiên bản {v.parent}, nhưng phiên bản {cur.number} đã "
                           f"được chấp nhận sau đó; thay đổi của phiên bản {number} vẫn được giữ — hãy áp dụng lại nó "
                           f"trên phiên bản {cur.number} (POST /api/drafts/{draft.id}/versions/{number}/rebase) "
                           "rồi chấp nhận bản mới")
    v.status, v.decided_by, v.decided_at = status, principal.label, utcnow()
    audit(session, principal, {"accepted": "version.accept", "rejected": "version.reject"}[status], f"{draft.id}/v{number}")
    session.commit()
    return VersionOut.of(v)


@router.post("/versions/{number}/accept", summary="Accept a proposed version: it becomes the current one (409 if "
                                                   "it was written on a version that is no longer current)")
def accept(draft_id: str, number: PositiveInt, principal: Reviewer, session: SessionDep) -> VersionOut:
    return _decide(session, principal, draft_id, number, "accepted")


@router.post("/versions/{number}/reject", summary="Reject a proposed version (kept in the history)")
def reject(draft_id: str, number: PositiveInt, principal: Reviewer, session: SessionDep) -> VersionOut:
    return _decide(session, principal, draft_id, number, "rejected")


@router.get("/versions/{number}/docx", summary="A version as .docx, its changes tracked against its parent",
            response_class=Response, responses={200: {"content": {docxout.MEDIA: {}}}})
def version_docx(draft_id: str, number: PositiveInt, principal: Reader, session: SessionDep, settings: SettingsDep) -> Response:
    draft = get_draft(session, principal, draft_id)
    v = get_version(session, draft, number)
    parent = get_version(session, draft, v.parent) if v.parent else None
    return docxout.render(session, principal, draft, v, parent, settings)


@router.get("/versions/{number}/pdf", summary="A version as PDF, as it prints (LibreOffice; 503 where not installed)",
            response_class=Response, responses={200: {"content": {docxout.PDF: {}}}, **UNAVAILABLE_RESPONSE})
def version_pdf(draft_id: str, number: PositiveInt, principal: Reader, session: SessionDep, settings: SettingsDep) -> Response:
    draft = get_draft(session, principal, draft_id)
    return docxout.render_pdf(session, principal, draft, get_version(session, draft, number), settings)


@router.get("/diff", summary="Word diff between two versions, section by section")
def diff(draft_id: str, principal: Reader, session: SessionDep,
         from_: Annotated[PositiveInt, Query(alias="from")], to: Annotated[PositiveInt, Query()],
         all_sections: Annotated[bool, Query(alias="all")] = False) -> dict:
    draft = get_draft(session, principal, draft_id)
    a, b = get_version(session, draft, from_), get_version(session, draft, to)
    return {"draft": draft.id, "from": a.number, "to": b.number,
            "summary": {"from": a.draft.get("summary", {}), "to": b.draft.get("summary", {})},
            "sections": diff_drafts(a.draft, b.draft, only_changed=not all_sections)}
