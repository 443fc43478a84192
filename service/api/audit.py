"""The audit log: who did what, when — written in the same transaction as the change itself."""

from __future__ import annotations

from sqlalchemy.orm import Session

from service.api.models import AuditEntry


def audit(session: Session, principal, action: str, target: str | None = None, *,
          agency_id: int | None = None, detail: dict | None = None) -> None:
    """``principal`` None means the service itself (job runner, startup)."""
    session.add(AuditEntry(agency_id=principal.agency_id if principal else agency_id,
                           key_prefix=principal.prefix if principal else None,
                           action=action, target=target, detail=detail or {}))
