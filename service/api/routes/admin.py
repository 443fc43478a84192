"""Admin: the agency's keys and its audit log (an admin key manages only its own agency)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import select

from service.api.audit import audit
from service.api.auth import create_key
from service.api.deps import Admin, SessionDep
from service.api.models import Agency, ApiKey, AuditEntry, utcnow
from service.api.schemas import KeyCreate, KeyOut
from service.errors import NotFoundError

router = APIRouter(tags=["admin"])


def _out(row: ApiKey, key: str | None = None) -> KeyOut:
    return KeyOut(prefix=row.prefix, role=row.role, name=row.name, created_at=row.created_at,
                  revoked_at=row.revoked_at, key=key)


@router.get("/keys", summary="The agency's API keys (never the keys themselves)")
def list_keys(principal: Admin, session: SessionDep) -> list[KeyOut]:
    rows = session.scalars(select(ApiKey).where(ApiKey.agency_id == principal.agency_id).order_by(ApiKey.id)).all()
    return [_out(r) for r in rows]


@router.post("/keys", status_code=201, summary="Create a key in the agency; the response is the only time it is shown")
def new_key(body: KeyCreate, principal: Admin, session: SessionDep) -> KeyOut:
    agency = session.get(Agency, principal.agency_id)
    row, plaintext = create_key(session, role=body.role, agency=agency.name, name=body.name)
    audit(session, principal, "key.create", row.prefix, detail={"role": body.role})
    session.commit()
    return _out(row, plaintext)


@router.delete("/keys/{prefix}", status_code=204, summary="Revoke a key of the agency")
def revoke(prefix: str, principal: Admin, session: SessionDep) -> Response:
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.agency_id == principal.agency_id))
    if row is None:
        raise NotFoundError(f"no key {prefix!r} in your agency")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit(session, principal, "key.revoke", prefix)
        session.commit()
    return Response(status_code=204)


@router.get("/audit", summary="Who did what, when (newest first)")
def audit_log(principal: Admin, session: SessionDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
    rows = session.scalars(select(AuditEntry).where(AuditEntry.agency_id == principal.agency_id)
                           .order_by(AuditEntry.id.desc()).limit(limit)).all()
    return [{"at": r.at, "key": r.key_prefix, "action": r.action, "target": r.target, "detail": r.detail} for r in rows]
