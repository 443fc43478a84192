"""Specs posted to the API: file fields name uploads, never server paths.

A file field (``figures``, ``prior.report``, ``prior.figures``,
``exemplars[i]``) holds an upload id (``f_…``/``r_…``) or the name of a file
the agency uploaded.  Anything path-like that could leave the agency's space
(absolute, ``..``, ``~``, drive letters) is refused with 403 before any lookup;
ids of other agencies are simply not found (404), so they reveal nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

from pydantic import ValidationError

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.api.auth import Principal
from service.api.models import Upload
from service.api.problems import Forbidden, validation_message
from service.api.storage import agency_dir, local_file
from service.errors import InputError, NotFoundError, Problem
from service.settings import Settings
from service.spec import ReportSpec

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
        raise InputError("thông số, trường 'exemplars': cần một danh sách mã hoặc tên báo cáo đã tải lên")
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
        raise InputError("thông số: cần một đối tượng JSON gồm các trường (series, title, period, figures, …)")
    out = normalise_date(copy.deepcopy(raw))
    for label, kind, value in file_fields(raw):
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"thông số, trường '{label}': cần mã hoặc tên của một tệp đã tải lên",
                             [Problem("cần mã hoặc tên tệp đã tải lên", column=label)])
        ref = value.strip()
        if _ESCAPE.search(ref):
            where = "figures" if kind == "figures" else "reports"
            raise Forbidden(f"thông số, trường '{label}': «{ref}» trỏ ra ngoài tài liệu của đơn vị; "
                            f"hãy dùng mã hoặc tên tệp đã tải lên (GET /api/{where})",
                            [Problem("đường dẫn ra ngoài tài liệu của đơn vị", column=label)])
        row = find_upload(session, principal, ref)
        if row is None:
            raise NotFoundError(f"thông số, trường '{label}': đơn vị chưa tải lên tệp «{ref}»; hãy tải lên trước "
                                f"(POST /api/{'figures' if kind == 'figures' else 'reports'})",
                                [Problem("không có tệp đã tải lên này", column=label)])
        if row.kind != kind:
            raise InputError(f"thông số, trường '{label}': «{ref}» là {_KIND_VN[row.kind]}, cần {_KIND_VN[kind]}",
                             [Problem(f"cần {_KIND_VN[kind]}", column=label)])
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
                raise NotFoundError(f"thông số, trường '{label}': tệp «{ref}» đã bị xóa; hãy soạn bản mới")
            _set(resolved, label, str(root / "missing" / str(ref)))
            continue
        path = local_file(session, root, row)  # from the database if not on this machine
        _set(resolved, label, str(path))
        names[str(Path(path).resolve())] = row.name
        sheet = (row.info or {}).get("sheet")
        if sheet and label in ("figures", "prior.figures"):
            _set_sheet(resolved, label, sheet)
    spec = validate_spec(resolved, root)
    spec.display_names.update(names)
    for name, path in spec.input_files():
        if check_files and not Path(path).resolve().is_relative_to(root):  # belt and braces
            raise Forbidden(f"thông số, trường '{name}': nằm ngoài tài liệu của đơn vị")
        if check_files and not Path(path).is_file():
            raise NotFoundError(f"thông số, trường '{name}': không còn tệp này trên máy chủ; hãy tải lên lại")
    return spec


_KIND_VN = {"figures": "bảng số liệu", "report": "báo cáo"}


def validate_spec(raw: dict, base_dir: Path) -> ReportSpec:
    """The spec model, or the first problem in Vietnamese naming its field (``thông số, trường 'date': …``)."""
    if not isinstance(raw, dict):
        raise InputError("thông số: cần một đối tượng JSON gồm các trường (series, title, period, figures, …)")
    try:
        return ReportSpec.model_validate({**raw, "base_dir": base_dir})
    except ValidationError as exc:
        problems = [Problem(validation_message(e), column=".".join(str(p) for p in e["loc"])) for e in exc.errors()]
        first = problems[0]
        raise InputError(f"thông số, trường '{first.column}': {first.message}", problems) from None


_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_WORDS_DATE = re.compile(r"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def parse_date_vn(value) -> dt.date | None:
    """``05/7/2024``, ``05-07-2024``, ``ngày 05 tháng 7 năm 2024`` or ISO ``2024-07-05``; None if none of them."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = _DMY.match(value) or _WORDS_DATE.search(value)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def normalise_date(raw: dict) -> dict:
    """The spec with a Vietnamese-written ``date`` (dd/mm/yyyy) as ISO, so every later reader agrees."""
    d = raw.get("date")
    if isinstance(d, str) and d.strip():
        parsed = parse_date_vn(d)
        if parsed is None:
            raise InputError(f"thông số, trường 'date': «{d}» không phải ngày (viết dd/mm/yyyy, ví dụ 05/07/2024)",
                             [Problem("ngày không hợp lệ", column="date")])
        return {**raw, "date": parsed.isoformat()}
    return raw
