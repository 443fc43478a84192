"""Onboarding over the API: an uploaded prior report → its figures template, and the spec of its next edition.

``GET /api/reports/{id}/template.xlsx`` (or ``template.csv``) is the sheet ``baocao figures
template`` writes; ``GET /api/reports/{id}/spec`` the spec ``baocao spec init`` writes, as JSON
with file fields naming uploads (``prior.report`` is the report's id; ``figures`` the name the
filled template will have once uploaded) and the notes on what was assumed — what the web
page's draft form is prefilled with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Response

from service.api import storage
from service.api.deps import Reader, SessionDep, SettingsDep
from service.api.routes.uploads import _get
from service.onboarding.sheet import loadable_sheet
from service.onboarding.spec_init import spec_for
from service.onboarding.template import Template, from_report

router = APIRouter(tags=["onboarding"])
PeriodQuery = Annotated[str | None, Query(description="the period of the new edition ('6 tháng đầu năm 2025', "
                                          "'2025-H1'); default: the series' next edition")]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _template(report_id: str, principal, session, settings, period: str | None) -> tuple[Template, object]:
    from index.parse import parse_report

    row = _get(session, principal, "report", report_id)
    path = storage.local_file(session, storage.agency_dir(settings, principal.agency_slug), row)  # any process
    from service.onboarding.pasted import source_text

    report = parse_report(path, series=row.series)
    return from_report(report, period, source_text(path)), row   # a .txt's tables pasted as text read as tables


def template_name(t: Template, suffix: str) -> str:
    period = t.period.code if t.period else "ky-moi"
    return f"bieu-so-lieu-{t.series[:60]}-{period}{suffix}"


@router.get("/reports/{report_id}/template.{fmt}", summary="The figures template of a prior report's next edition",
            response_class=Response, responses={200: {"content": {XLSX: {}, "text/csv": {}}}})
def template(report_id: str, fmt: str, principal: Reader, session: SessionDep, settings: SettingsDep,
             period: PeriodQuery = None) -> Response:
    """Every figure the report states as a row to fill (``Kỳ báo cáo``), coded, labelled, with last period's
    value; standing facts and derived statements on sheets of their own (.xlsx)."""
    from service.errors import InputError

    if fmt not in ("xlsx", "csv"):
        raise InputError(f"template.{fmt}: chỉ có template.xlsx hoặc template.csv")
    t, _ = _template(report_id, principal, session, settings, period)
    name = template_name(t, "." + fmt)
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    _, data = loadable_sheet(t, "." + fmt)   # no prefilled cell the loader would refuse
    return Response(data, media_type="text/csv; charset=utf-8" if fmt == "csv" else XLSX, headers=disposition)


@router.get("/reports/{report_id}/spec", summary="The spec of a prior report's next edition, to prefill the draft form")
def spec(report_id: str, principal: Reader, session: SessionDep, settings: SettingsDep,
         period: PeriodQuery = None) -> dict:
    t, row = _template(report_id, principal, session, settings, period)
    figures = template_name(t, ".xlsx")
    if t.period is None:
        from service.errors import InputError

        raise InputError("báo cáo không ghi kỳ báo cáo: cần nêu kỳ của báo cáo mới (tham số period)")
    body, notes = spec_for(t.report, t.period, Path(figures), Path(row.id), prior_period=t.prior_period)
    body["figures"], body["prior"] = figures, {"report": row.id}
    return {"spec": body, "notes": notes, "template": figures, "rows": len(t.rows), "standing": len(t.standing)}
