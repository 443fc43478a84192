"""What the draft form starts from: the agency's saved defaults, and what last period's report says.

``GET/PUT /api/defaults`` keep one set of form values per agency (issuer,
number pattern, place, signer, Nơi nhận, profile…), saved when a drafter
starts a draft.  ``GET /api/reports/{id}/form`` reads a prior report's header
and signature blocks (when the parser gives them) and suggests the next
edition's values: same issuer and signer, the number left blank, the period
moved on a year.
"""

from __future__ import annotations

import re

from fastapi import APIRouter
from sqlalchemy import select

from service.api import review
from service.api.audit import audit
from service.api.deps import Drafter, Reader, SessionDep, SettingsDep
from service.api.models import AgencyDefaults, Upload, utcnow
from service.api.schemas import DefaultsOut, FormDefaults
from service.api.storage import agency_dir, local_file
from service.errors import NotFoundError
from service.periods import parse_period

router = APIRouter(tags=["form"])


@router.get("/defaults", summary="The agency's saved draft-form values (empty until saved)")
def get_defaults(principal: Reader, session: SessionDep) -> DefaultsOut:
    row = session.get(AgencyDefaults, principal.agency_id)
    if row is None:
        return DefaultsOut(data=FormDefaults())
    return DefaultsOut(data=FormDefaults.model_validate(row.data or {}), updated_by=row.updated_by,
                       updated_at=row.updated_at)


@router.put("/defaults", summary="Save the agency's draft-form values (whole set; fields left out are cleared)")
def put_defaults(body: FormDefaults, principal: Drafter, session: SessionDep) -> DefaultsOut:
    row = session.get(AgencyDefaults, principal.agency_id)
    data = body.model_dump(exclude_none=True)
    if row is None:
        row = AgencyDefaults(agency_id=principal.agency_id, data=data, updated_by=principal.label)
        session.add(row)
    else:
        row.data, row.updated_by, row.updated_at = data, principal.label, utcnow()
    audit(session, principal, "defaults.save", None, detail={"fields": sorted(data)})
    session.commit()
    return DefaultsOut(data=FormDefaults.model_validate(row.data), updated_by=row.updated_by, updated_at=row.updated_at)


def _clean_recipient(line: str) -> str:
    return re.sub(r"^[\s\-–•+]+", "", line).rstrip(" ;,.").strip()


def suggested_form(report) -> dict:
    """The next edition's form values from a parsed prior report (only what the report states)."""
    out: dict = {}
    if report.series:
        out["series"] = report.series
    title = report.title or ""
    if report.period_text and report.period_text in title:
        title = title.replace(report.period_text, " ")
    title = " ".join(title.split()).strip(" -–")
    if title and title.upper() != "BÁO CÁO":
        out["title"] = title[:1].upper() + title[1:]
    if report.period:
        try:
            out["period"] = parse_period(report.period).shift_years(1).text
        except ValueError:
            pass
    header = getattr(report, "header", None)
    if header is not None:
        if getattr(header, "profile", None) in ("party", "state"):
            out["profile"] = header.profile
        issuer = {k: v for k, v in (("parent", getattr(header, "parent", None)),
                                    ("name", getattr(header, "issuer", None))) if v}
        template = header.number_template() if hasattr(header, "number_template") else None
        if template:
            issuer["number"] = template
        if issuer:
            out["issuer"] = issuer
        if getattr(header, "place", None):
            out["place"] = header.place
    signature = getattr(report, "signature", None)
    if signature is not None:
        signer = {k: getattr(signature, k) for k in ("authority", "title", "name") if getattr(signature, k, "")}
        if signer:
            out["signer"] = signer
    recipients = [_clean_recipient(r) for r in getattr(report, "recipients", None) or []]
    if any(recipients):
        out["recipients"] = [r for r in recipients if r]
    return out


@router.get("/reports/{report_id}/form", summary="Draft-form values suggested by a prior report "
                                                  "(issuer, number pattern, place, signer, Nơi nhận, next period)")
def report_form(report_id: str, principal: Reader, session: SessionDep, settings: SettingsDep) -> dict:
    row = session.scalar(select(Upload).where(Upload.id == report_id, Upload.agency_id == principal.agency_id,
                                              Upload.kind == "report"))
    if row is None:
        raise NotFoundError(f"đơn vị của bạn không có báo cáo «{report_id}»")
    parsed = review.parsed_report(local_file(session, agency_dir(settings, principal.agency_slug), row))
    if parsed is None:
        return {"report": row.id, "name": row.name, "form": {}, "read": False}
    return {"report": row.id, "name": row.name, "form": suggested_form(parsed), "read": True,
            "period": parsed.period, "period_text": parsed.period_text}
