"""Specs posted to the API: file fields name uploads, never server paths.

A file field (``figures``, ``prior.report``, ``prior.figures``,
``exemplars[i]``) holds an upload id (``f_…``/``r_…``) or the name of a file
the agency uploaded.  Anything path-like that could leave the agency's space
(absolute, ``..``, ``~``, drive letters) is refused with 403 before any lookup;
ids of other agencies are simply not found (404), so they reveal nothing.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.api.auth import Principal
from service.api.models import Upload
from service.api.problems import Forbidden
from service.api.storage import agency_dir, local_file
from service.errors import InputError, NotFoundError, Problem
from service.settings import Settings
from service.spec import ReportSpec, spec_from_dict

_ESCAPE = re.compile(r"(^[/\\~])|(^[A-Za-z]:)|(\.\.)|(\x00)")


def file_fields(raw: dict) -> list[tuple[str, str, object]]:
    """(label, expected upload kind, value) of every file field present in a raw spec."""
    out = []
    if "figures" in raw:
        out.append(("figures", "figures", raw["figures"]))
    prior = raw.get("prior") or {}
    if isinstance(prior, dict):
        if prior.get("report") is not None:
            out.append(("prior.report", "report", prior["report"]))
        if prior.get("figures") is not None:
            out.append(("prior.figures", "figures", prior["figures"]))
    exemplars = raw.get("exemplars") or []
    if not isinstance(exemplars, list):
        raise InputError("spec field 'exemplars': expected a list of uploaded report ids or names")
    for i, v in enumerate(exemplars):
        out.append((f"exemplars[{i}]", "report", v))
    return out


def _set(raw: dict, label: str, value: str) -> None:
    if label == "figures":
        raw["figures"] = value
    elif label.startswith("prior."):
        raw["prior"][label.split(".", 1)[1]] = value
    else:
        raw["exemplars"][int(label[len("exemplars["):-1])] = value


def _set_sheet(raw: dict, label: str, sheet: str) -> None:
    """The sheet chosen at upload, unless the spec names one itself."""
    holder = raw if label == "figures" else raw["prior"]
    holder.setdefault("figures_sheet", sheet)


def find_upload(session: Session, principal: Principal, ref: str, kind: str | None = None) -> Upload | None:
    """An upload of the caller's agency by id, else by name (the newest with that name)."""
    q = select(Upload).where(Upload.agency_id == principal.agency_id)
    if kind:
        q = q.where(Upload.kind == kind)
    row = session.scalar(q.where(Upload.id == ref))
    if row is None:
        row = session.scalar(q.where(Upload.name == ref).order_by(Upload.created_at.desc(), Upload.id.desc()))
    return row


def normalise_refs(session: Session, principal: Principal, raw: dict) -> dict:
    """The spec with every file field replaced by the id of the agency's upload it names."""
    if not isinstance(raw, dict):
        raise InputError("spec: expected a JSON object of fields (series, title, period, figures, ...)")
    out = copy.deepcopy(raw)
    for label, kind, value in file_fields(raw):
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"spec field '{label}': expected the id or name of an uploaded file",
                             [Problem("expected an upload id or name", column=label)])
        ref = value.strip()
        if _ESCAPE.search(ref):
            where = "figures" if kind == "figures" else "reports"
            raise Forbidden(f"spec field '{label}': {ref!r} points outside your agency's files; "
                            f"use the id or name of a file you uploaded (GET /api/{where})",
                            [Problem("path outside the agency's space", column=label)])
        row = find_upload(session, principal, ref)
        if row is None:
            raise NotFoundError(f"spec field '{label}': no upload {ref!r} in your agency; upload it first "
                                f"(POST /api/{'figures' if kind == 'figures' else 'reports'})",
                                [Problem("upload not found", column=label)])
        if row.kind != kind:
            raise InputError(f"spec field '{label}': {ref!r} is a {row.kind} upload, expected {kind}",
                             [Problem(f"expected a {kind} upload", column=label)])
        _set(out, label, row.id)
    return out


def build_spec(session: Session, principal_agency: tuple[int, str], raw: dict, settings: Settings,
               *, check_files: bool = True) -> ReportSpec:
    """A ``ReportSpec`` whose file fields point at the stored uploads (ids resolved to paths)."""
    agency_id, slug = principal_agency
    root = agency_dir(settings, slug)
    resolved = copy.deepcopy(raw)
    names: dict[str, str] = {}
    for label, _kind, ref in file_fields(raw):
        row = session.scalar(select(Upload).where(Upload.agency_id == agency_id, Upload.id == ref))
        if row is None:
            if check_files:
                raise NotFoundError(f"spec field '{label}': the upload {ref!r} was removed; start a new draft")
            _set(resolved, label, str(root / "missing" / str(ref)))
            continue
        path = local_file(session, root, row)  # from the database if not on this machine
        _set(resolved, label, str(path))
        names[str(Path(path).resolve())] = row.name
        sheet = (row.info or {}).get("sheet")
        if sheet and label in ("figures", "prior.figures"):
            _set_sheet(resolved, label, sheet)
    spec = spec_from_dict(resolved, base_dir=root, label="spec", check_files=check_files)
    spec.display_names.update(names)
    for name, path in spec.input_files():
        if check_files and not Path(path).resolve().is_relative_to(root):  # belt and braces
            raise Forbidden(f"spec field '{name}': outside your agency's files")
    return spec
