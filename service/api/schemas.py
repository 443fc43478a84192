"""Request and response bodies (pydantic), so /docs shows what each endpoint takes and gives."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field


class UploadOut(BaseModel):
    id: str
    kind: Literal["report", "figures"]
    name: str
    size: int
    sha256: str
    series: str | None = None
    period: str | None = None
    info: dict = Field(default_factory=dict)
    warnings: list[dict] = Field(default_factory=list, description="figures: what loaded with a remark "
                                 "(file, row, column, message); never blocks an upload")
    created_at: dt.datetime

    @classmethod
    def of(cls, row) -> "UploadOut":
        info = row.info or {}
        return cls(id=row.id, kind=row.kind, name=row.name, size=row.size, sha256=row.sha256, series=row.series,
                   period=row.period, info=info, warnings=list(info.get("warnings") or []), created_at=row.created_at)


class DraftCreate(BaseModel):
    spec: dict[str, Any] = Field(..., description="A report spec (see examples/*.yaml) as JSON. File fields "
                                 "(figures, prior.report, prior.figures, exemplars) hold upload ids or names.")
    engine: Literal["offline", "llm"] | None = Field(None, description="default: llm when a model is configured")


class Links(BaseModel):
    self: str
    events: str
    docx: str
    versions: str


class DraftCreated(BaseModel):
    id: str
    job: str
    status: str
    links: Links


class DraftSummary(BaseModel):
    id: str
    title: str
    status: str
    current_version: int | None
    versions: int
    created_at: dt.datetime


class RewriteIn(BaseModel):
    instruction: str = Field(..., min_length=1, max_length=2000,
                             description="What to change in the section's wording (figures cannot be changed this way).")
    base: int | None = Field(None, ge=1, description="Version to rewrite; default: the current (latest accepted) one.")


class VersionOut(BaseModel):
    number: int
    parent: int | None
    author: str
    instruction: str | None
    section_path: str | None
    status: Literal["proposed", "accepted", "rejected"]
    created_at: dt.datetime
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    summary: dict = Field(default_factory=dict)

    @classmethod
    def of(cls, row) -> "VersionOut":
        return cls(number=row.number, parent=row.parent, author=row.author, instruction=row.instruction,
                   section_path=row.section_path, status=row.status, created_at=row.created_at,
                   decided_by=row.decided_by, decided_at=row.decided_at, summary=(row.draft or {}).get("summary", {}))


class KeyCreate(BaseModel):
    role: Literal["drafter", "reviewer", "admin"]
    name: str = Field("", max_length=200)


class KeyOut(BaseModel):
    prefix: str
    role: str
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None = None
    key: str | None = Field(None, description="Only in the response that creates the key; store it now.")
