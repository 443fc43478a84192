"""Request and response bodies (pydantic), so /docs shows what each endpoint takes and gives."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from service.api.contract import PositiveInt, UtcDateTime


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
    created_at: UtcDateTime

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


class Warning_(BaseModel):
    code: str = Field(..., description="stable, for clients: prior_figures_missing, no_common_codes, …")
    message: str = Field(..., description="in Vietnamese, for the drafter")


class DraftCreated(BaseModel):
    id: str
    job: str
    status: str
    links: Links
    warnings: list[Warning_] = Field(default_factory=list, description="what the drafter should know (see preflight)")


class Preflight(BaseModel):
    ok: bool = Field(..., description="true when nothing needs the drafter's attention")
    warnings: list[Warning_]
    spec: dict = Field(..., description="the spec as it will be stored (file fields as upload ids, date as ISO)")


class DraftSummary(BaseModel):
    id: str
    title: str
    series: str | None = None
    period: str | None = Field(None, description="as the spec writes it: '6 tháng đầu năm 2024'")
    date: str | None = Field(None, description="the report's date (ISO)")
    author: str | None = Field(None, description="who started the draft (the key's name)")
    status: str
    current_version: int | None
    versions: int
    created_at: UtcDateTime


class RewriteIn(BaseModel):
    instruction: str = Field(..., min_length=1, max_length=2000,
                             description="What to change in the section's wording (figures cannot be changed this way).")
    base: PositiveInt | None = Field(None, description="Must be the current (latest accepted) version, which is the "
                                                     "default; a rewrite of anything else could never be accepted.")


class EditIn(BaseModel):
    text: str = Field(..., max_length=100_000,
                      description="The section's whole new text, one paragraph a line; every number is re-checked.")
    base: PositiveInt | None = Field(None, description="Must be the current version (the default).")


class ConfirmIn(BaseModel):
    sentence: str | None = Field(None, max_length=20_000, description="a carried sentence of the section, as shown")
    all: bool = Field(False, description="confirm every carried sentence of the section still to confirm")


class FormDefaults(BaseModel):
    """What an agency's draft form starts from (every field optional)."""

    model_config = {"extra": "forbid"}
    series: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=500)
    profile: Literal["party", "state"] | None = None
    issuer: dict[str, str] | None = Field(None, description="parent, name, number (e.g. 'Số:    /BC-UBND')")
    place: str | None = Field(None, max_length=200)
    signer: dict[str, str] | None = Field(None, description="authority, title, name")
    recipients: list[str] | None = None


class DefaultsOut(BaseModel):
    data: FormDefaults
    updated_by: str | None = None
    updated_at: UtcDateTime | None = None


class VersionOut(BaseModel):
    number: int
    parent: int | None
    author: str
    instruction: str | None
    section_path: str | None
    status: Literal["proposed", "accepted", "rejected"]
    created_at: UtcDateTime
    decided_by: str | None = None
    decided_at: UtcDateTime | None = None
    kind: Literal["draft", "rewrite", "edit", "rebase"] = Field(
        "draft", description="how it was made: drafted, rewritten to an instruction, edited by hand, re-applied")
    summary: dict = Field(default_factory=dict)

    @classmethod
    def of(cls, row) -> "VersionOut":
        change = ((row.draft or {}).get("provenance") or {}).get("change") or {}
        kind = change.get("kind") or ("draft" if row.parent is None else "rewrite")
        return cls(number=row.number, parent=row.parent, author=row.author, instruction=row.instruction,
                   section_path=row.section_path, status=row.status, created_at=row.created_at,
                   decided_by=row.decided_by, decided_at=row.decided_at, kind=kind,
                   summary=(row.draft or {}).get("summary", {}))


class KeyCreate(BaseModel):
    role: Literal["drafter", "reviewer", "admin"]
    name: str = Field("", max_length=200)


class KeyOut(BaseModel):
    prefix: str
    role: str
    name: str
    created_at: UtcDateTime
    revoked_at: UtcDateTime | None = None
    key: str | None = Field(None, description="Only in the response that creates the key; store it now.")
