"""Tables of the service, on the shared ``service.db.Base``.

Every row that holds agency material carries ``agency_id`` so each query can
be scoped to the caller's agency.  Versions are immutable: only their review
``status`` may move once, from ``proposed`` to ``accepted``/``rejected``
(enforced below, so no code path can overwrite a draft's history).
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base

ROLES = ("drafter", "reviewer", "admin")
JOB_ACTIVE = ("queued", "running")


def utcnow() -> dt.datetime:
    """Naive UTC, so SQLite and PostgreSQL round-trip the same value."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def new_id(prefix: str) -> str:
    """Opaque public ids (``d_3kF9...``): unguessable, so ids leak nothing across agencies."""
    return f"{prefix}_{secrets.token_urlsafe(9)}"


class Agency(Base):
    __tablename__ = "api_agencies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ApiKey(Base):
    """A key is stored as sha256 of the whole key; ``prefix`` (public part) finds the row."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[int] = mapped_column(ForeignKey("api_agencies.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class Upload(Base):
    """A prior report or a figures table, stored under ``data_dir/agencies/<slug>/``."""

    __tablename__ = "api_uploads"
    __table_args__ = (Index("ix_api_uploads_agency_kind", "agency_id", "kind"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("api_agencies.id"))
    kind: Mapped[str] = mapped_column(String(16))          # report | figures
    name: Mapped[str] = mapped_column(String(255))         # file name as uploaded (sanitised)
    rel_path: Mapped[str] = mapped_column(String(500))     # relative to the agency's directory
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    series: Mapped[str | None] = mapped_column(String(200), default=None)
    period: Mapped[str | None] = mapped_column(String(32), default=None)
    info: Mapped[dict] = mapped_column(JSON, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class UploadBlob(Base):
    """An upload's bytes, on PostgreSQL: every API process and worker reads them from here.

    Local files under ``data_dir/agencies/`` are then only a per-machine cache
    (``storage.local_file``).  Removing the upload removes its bytes (cascade).
    """

    __tablename__ = "api_upload_blobs"
    upload_id: Mapped[str] = mapped_column(ForeignKey("api_uploads.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DraftRow(Base):
    __tablename__ = "api_drafts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("api_agencies.id"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    spec: Mapped[dict] = mapped_column(JSON)               # as posted, file fields = upload ids
    engine: Mapped[str | None] = mapped_column(String(16), default=None)
    status: Mapped[str] = mapped_column(String(16), default="queued")  # mirrors its job
    error: Mapped[dict | None] = mapped_column(JSON, default=None)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Version(Base):
    """One immutable state of a draft: v1 from the job, later ones from reviewers' rewrites."""

    __tablename__ = "api_versions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("api_drafts.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    parent: Mapped[int | None] = mapped_column(Integer, default=None)
    author: Mapped[str] = mapped_column(String(200))
    instruction: Mapped[str | None] = mapped_column(Text, default=None)
    section_path: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    draft: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="proposed")  # proposed | accepted | rejected
    decided_by: Mapped[str | None] = mapped_column(String(200), default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)


IMMUTABLE_VERSION_FIELDS = ("draft_id", "number", "parent", "author", "instruction", "section_path",
                            "created_at", "draft")


@event.listens_for(Version, "before_update")
def _versions_are_immutable(_mapper, _conn, target: Version) -> None:
    from sqlalchemy import inspect

    state = inspect(target)
    changed = [f for f in IMMUTABLE_VERSION_FIELDS if state.attrs[f].history.has_changes()]
    if changed:
        raise RuntimeError(f"version {target.number} of {target.draft_id} is immutable ({', '.join(changed)})")
    hist = state.attrs["status"].history
    if hist.has_changes() and (hist.deleted or ["proposed"])[0] != "proposed":
        raise RuntimeError(f"version {target.number} of {target.draft_id} was already {hist.deleted[0]}")


class Job(Base):
    __tablename__ = "api_jobs"
    __table_args__ = (Index("ix_api_jobs_agency_status", "agency_id", "status"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("api_agencies.id"))
    draft_id: Mapped[str] = mapped_column(ForeignKey("api_drafts.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="queued")  # queued | running | done | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[dict | None] = mapped_column(JSON, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class JobEvent(Base):
    """Progress events, numbered per job so an SSE client resumes with Last-Event-ID."""

    __tablename__ = "api_job_events"
    __table_args__ = (UniqueConstraint("job_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("api_jobs.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RateWindow(Base):
    """Requests counted per key and fixed window, when several API processes share one database."""

    __tablename__ = "api_rate_windows"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    window: Mapped[int] = mapped_column(Integer, primary_key=True)   # seconds since the epoch // window length
    hits: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    __tablename__ = "api_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("api_agencies.id"), default=None)
    key_prefix: Mapped[str | None] = mapped_column(String(32), default=None)  # who
    action: Mapped[str] = mapped_column(String(64))                           # what
    target: Mapped[str | None] = mapped_column(String(200), default=None)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class AgencyDefaults(Base):
    """What an agency's draft form starts from: issuer, number pattern, place, signer, recipients, profile."""

    __tablename__ = "api_agency_defaults"
    agency_id: Mapped[int] = mapped_column(ForeignKey("api_agencies.id"), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_by: Mapped[str | None] = mapped_column(String(200), default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CarriedConfirmation(Base):
    """A reviewer confirmed that a sentence kept from last period still holds: it is marked no more.

    Keyed by the sentence's text in its section, so it holds for every later
    version that keeps the sentence as it is (and no longer once it is edited).
    """

    __tablename__ = "api_carried_confirmations"
    __table_args__ = (UniqueConstraint("draft_id", "section_path", "sentence_hash"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("api_drafts.id"), index=True)
    section_path: Mapped[str] = mapped_column(String(200))
    sentence_hash: Mapped[str] = mapped_column(String(64))
    sentence: Mapped[str] = mapped_column(Text)
    confirmed_by: Mapped[str] = mapped_column(String(200))
    confirmed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
