"""The API's only doorway to the other stages (figures, pipeline, .docx).

Imported lazily so the service starts even while a stage is missing; a
missing stage is a 503 that says which one, never an ImportError traceback.
Paths in stage messages are replaced by the name the user uploaded, so no
server path leaks into a response.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

from service.api.problems import Unavailable
from service.errors import BaocaoError


def _import(module: str, what: str):
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name == module or module.startswith(exc.name + ".")):
            raise Unavailable(f"máy chủ chưa cài thành phần {what} ({module})") from None
        raise


def relabel(exc: BaocaoError, path: Path | str, label: str) -> BaocaoError:
    """Same error type, with the server path replaced by ``label`` everywhere."""
    p = str(path)
    new = type(exc).__new__(type(exc))
    BaocaoError.__init__(new, exc.message.replace(p, label),
                         [replace(pr, message=pr.message.replace(p, label),
                                  file=(pr.file or "").replace(p, label) or None) for pr in exc.problems])
    return new


def load_figures(path: Path, *, series: str | None, period: str | None, label: str, sheet: str | None = None):
    """The figures table of a stored file, read as the file ``label`` the user uploaded (its format, its name)."""
    load = _import("service.figures.load", "đọc bảng số liệu")
    try:
        return load.load_table(path, series=series, period=period, name=label, sheet=sheet)
    except BaocaoError as exc:
        raise relabel(exc, path, label) from None


def validate_figures(path: Path, *, series: str | None, period: str | None, label: str,
                     sheet: str | None = None) -> dict:
    """Every problem of a stored table, errors and warnings (``severity``), named by the uploaded name ``label``."""
    load = _import("service.figures.load", "đọc bảng số liệu")
    problems = load.validate_file(path, series=series, period=period, name=label, sheet=sheet)
    p = str(path)
    out = [replace(pr, message=pr.message.replace(p, label), file=label if pr.file else None) for pr in problems]
    valid = not any(pr.is_error for pr in out)
    rows = len(load_figures(path, series=series, period=period, label=label, sheet=sheet)) if valid else None
    return {"valid": valid, "rows": rows, "problems": [pr.as_dict() for pr in out]}


def preload() -> None:
    """Import the stages' mapped classes now, before jobs run in threads.

    A module that maps tables (the figures store) imported by one job while
    another job's session configures the mappers leaves SQLAlchemy's registry
    failed for the whole process (every later query raises).
    """
    try:
        importlib.import_module("service.figures.store")
    except ModuleNotFoundError:
        pass


def make_pipeline(settings, engine: str | None):
    mod = _import("service.pipeline", "soạn báo cáo")
    return mod.DraftPipeline(settings=settings, engine=engine)


def write_docx(draft, spec, path: Path, *, previous=None, author: str = "baocao", indicators: dict | None = None) -> None:
    mod = _import("service.docx", "xuất .docx")
    if not hasattr(mod, "write_docx"):
        raise Unavailable("máy chủ chưa cài bộ xuất .docx (service.docx.write_docx)")
    mod.write_docx(draft, spec, path, previous=previous, author=author, indicators=indicators)
