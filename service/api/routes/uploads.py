"""Prior reports and figures tables: upload (validated before stored), list, validate, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Response, UploadFile
from sqlalchemy import select

from service.api import storage
from service.api.audit import audit
from service.api.auth import Principal
from service.api.deps import Admin, Drafter, Reader, SessionDep, SettingsDep
from service.api.models import Upload, new_id
from service.api.schemas import UploadOut
from service.api.stages import validate_figures
from service.errors import InputError, NotFoundError
from service.periods import parse_period

router = APIRouter(tags=["uploads"])
FileField = Annotated[UploadFile, File(description="the file; its extension must match its content")]


def _save(session, settings, principal: Principal, *, kind: str, file: UploadFile, allowed, check,
          series=None, period=None) -> Upload:
    """Validate and store the file, then the row; undo the file if the row cannot be committed."""
    name = storage.safe_name(file.filename, allowed)
    label = storage.user_name(file.filename, name)  # messages name the file as the user sent it
    upload_id = new_id("r" if kind == "report" else "f")
    root = storage.agency_dir(settings, principal.agency_slug)
    info: dict = {}

    def checked(tmp: Path) -> None:
        result = check(tmp, label)
        if isinstance(result, dict):
            info.update(result)

    stored = storage.store(file.file, root=root, subdir="reports" if kind == "report" else "figures",
                           final_name=f"{upload_id}-{name}", max_bytes=int(settings.max_upload_mb * 1_048_576),
                           check=checked, label=label)
    row = Upload(id=upload_id, agency_id=principal.agency_id, kind=kind, name=name, rel_path=stored.rel_path,
                 size=stored.size, sha256=stored.sha256, series=series, period=period, info=info,
                 created_by=principal.key_id)
    try:
        session.add(row)
        audit(session, principal, f"{kind}.upload", upload_id, detail={"name": name, "size": stored.size})
        session.commit()
    except BaseException:
        session.rollback()
        stored.path.unlink(missing_ok=True)
        raise
    return row


def _get(session, principal: Principal, kind: str, upload_id: str) -> Upload:
    row = session.scalar(select(Upload).where(Upload.id == upload_id, Upload.agency_id == principal.agency_id,
                                              Upload.kind == kind))
    if row is None:
        raise NotFoundError(f"no {kind} {upload_id!r} in your agency")
    return row


def _list(session, principal: Principal, kind: str) -> list[UploadOut]:
    rows = session.scalars(select(Upload).where(Upload.agency_id == principal.agency_id, Upload.kind == kind)
                           .order_by(Upload.created_at.desc(), Upload.id)).all()
    return [UploadOut.of(r) for r in rows]


def _remove(session, settings, principal: Principal, kind: str, upload_id: str) -> Response:
    row = _get(session, principal, kind, upload_id)
    path = storage.agency_dir(settings, principal.agency_slug) / row.rel_path
    session.delete(row)
    audit(session, principal, f"{kind}.remove", upload_id, detail={"name": row.name})
    session.commit()
    path.unlink(missing_ok=True)  # after the commit: a failed commit leaves both in place
    return Response(status_code=204)


# --- prior reports ------------------------------------------------------------------------------

@router.post("/reports", status_code=201, summary="Upload a prior report (.docx, .txt or .pdf)")
def upload_report(principal: Drafter, session: SessionDep, settings: SettingsDep, file: FileField,
                  series: Annotated[str | None, Form(description="the report series it belongs to")] = None) -> UploadOut:
    row = _save(session, settings, principal, kind="report", file=file, allowed=storage.REPORT_EXTS,
                check=storage.check_report, series=series or None)
    return UploadOut.of(row)


@router.get("/reports", summary="The agency's prior reports")
def list_reports(principal: Reader, session: SessionDep) -> list[UploadOut]:
    return _list(session, principal, "report")


@router.get("/reports/{report_id}", summary="One prior report")
def get_report(report_id: str, principal: Reader, session: SessionDep) -> UploadOut:
    return UploadOut.of(_get(session, principal, "report", report_id))


@router.delete("/reports/{report_id}", status_code=204, summary="Remove a prior report (admin)")
def remove_report(report_id: str, principal: Admin, session: SessionDep, settings: SettingsDep) -> Response:
    return _remove(session, settings, principal, "report", report_id)


# --- figures ----------------------------------------------------------------------------------

@router.post("/figures", status_code=201, summary="Upload a figures table (.csv, .xlsx or .json) for a series and period")
def upload_figures(principal: Drafter, session: SessionDep, settings: SettingsDep, file: FileField,
                   series: Annotated[str, Form(min_length=1, description="report series, e.g. ham-thuan-bac-dan-van-qpan")],
                   period: Annotated[str, Form(min_length=1, description="'2024-H1' or '6 tháng đầu năm 2024'")],
                   sheet: Annotated[str | None, Form(description="the workbook sheet to read (.xlsx; default: the "
                                                     "first sheet with a header row)")] = None) -> UploadOut:
    """Validated exactly as ``baocao figures load`` validates the file: errors refuse it (422, every problem
    listed), warnings are returned in ``warnings`` (and ``info.warnings``) and do not block it."""
    try:
        code = parse_period(period).code
    except ValueError as exc:
        raise InputError(f"trường 'period' (kỳ báo cáo): {exc}") from None
    sheet = (sheet or "").strip() or None
    row = _save(session, settings, principal, kind="figures", file=file, allowed=storage.FIGURES_EXTS,
                check=lambda p, n: storage.check_figures(p, n, series=series, period=code, sheet=sheet),
                series=series.strip(), period=code)
    return UploadOut.of(row)


@router.get("/figures", summary="The agency's figures tables")
def list_figures(principal: Reader, session: SessionDep) -> list[UploadOut]:
    return _list(session, principal, "figures")


@router.get("/figures/{figures_id}", summary="One figures table")
def get_figures(figures_id: str, principal: Reader, session: SessionDep) -> UploadOut:
    return UploadOut.of(_get(session, principal, "figures", figures_id))


@router.get("/figures/{figures_id}/validate", summary="Every problem of a stored table, located by row and column")
def validate(figures_id: str, principal: Reader, session: SessionDep, settings: SettingsDep) -> dict:
    row = _get(session, principal, "figures", figures_id)
    root = storage.agency_dir(settings, principal.agency_slug)
    report = validate_figures(storage.local_file(session, root, row), series=row.series, period=row.period,
                              label=row.name, sheet=(row.info or {}).get("sheet"))
    return {"id": row.id, "name": row.name, **report}


@router.delete("/figures/{figures_id}", status_code=204, summary="Remove a figures table (admin)")
def remove_figures(figures_id: str, principal: Admin, session: SessionDep, settings: SettingsDep) -> Response:
    return _remove(session, settings, principal, "figures", figures_id)
