"""What the review desk reads beside a stored version: tables, indicators, last period's text, the frame.

Routes stay thin: they ask this module for the figures tables of a draft
(cached by file), the indicators a tooltip or comment names, a section
re-checked after a hand edit, carried sentences with their confirmations,
last period's report parsed into sections, and the header and signature
texts a print preview shows (the same ones the .docx writer lays out).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.api.models import CarriedConfirmation, DraftRow, Upload
from service.api.specs import build_spec
from service.api.stages import load_figures
from service.api.storage import agency_dir, local_file
from service.checker.model import VERDICT_VN
from service.draft import Paragraph
from service.errors import BaocaoError
from service.periods import parse_period

_CACHE_SIZE = 16
_lock = threading.Lock()
_tables: OrderedDict = OrderedDict()
_reports: OrderedDict = OrderedDict()


def _cached(cache: OrderedDict, key, make):
    with _lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    value = make()
    with _lock:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            cache.popitem(last=False)
    return value


def _file_key(path: Path) -> tuple:
    st = path.stat()
    return (str(path), st.st_mtime_ns, st.st_size)


# --------------------------------------------------------------------------- figures and indicators

def table_at(path: Path, *, series: str | None, period: str | None, label: str, sheet: str | None = None):
    """A figures table read from a stored upload (cached while the file is unchanged); None if unreadable."""
    try:
        key = _file_key(path) + (series, period, sheet)
    except OSError:
        return None

    def make():
        try:
            return load_figures(path, series=series, period=period, label=label, sheet=sheet)
        except BaocaoError:
            return None

    return _cached(_tables, key, make)


def draft_tables(session: Session, principal, raw_spec: dict, settings):
    """(this period's table, last period's table or None) of a draft's spec (as stored: file fields are upload ids)."""
    spec = build_spec(session, (principal.agency_id, principal.agency_slug), raw_spec, settings, check_files=False)
    try:
        period = parse_period(spec.period)
    except ValueError:
        period = None
    current = table_at(spec.resolve(spec.figures), series=spec.series, period=period.code if period else None,
                       label=str(spec.figures), sheet=getattr(spec, "figures_sheet", None))
    prior = None
    if spec.prior.figures:
        prior = table_at(spec.resolve(spec.prior.figures), series=spec.series,
                         period=period.shift_years(-1).code if period else None, label=str(spec.prior.figures),
                         sheet=getattr(spec.prior, "figures_sheet", None))
    return current, prior


def _num(v) -> str | None:
    from service.numbers import format_vn

    return None if v is None else format_vn(v)


def indicators(current, prior=None) -> dict:
    """Code → label, unit and values as the sheet states them (Vietnamese notation), for tooltips."""
    out = {}
    for f in current or []:
        out[f.ma] = {"label": f.chi_tieu, "unit": f.don_vi_tinh, "ky_bao_cao": _num(f.ky_bao_cao),
                     "cung_ky": _num(f.cung_ky), "ke_hoach": _num(f.ke_hoach), "don_vi": f.don_vi or None}
    for f in prior or []:
        entry = out.setdefault(f.ma, {"label": f.chi_tieu, "unit": f.don_vi_tinh})
        entry["ky_truoc"] = _num(f.ky_bao_cao)
    return out


# --------------------------------------------------------------------------- a hand edit, re-checked



def split_paragraphs(text: str) -> list[str]:
    """A section typed in a text box: one paragraph a line, blank lines and surrounding spaces dropped."""
    return [" ".join(line.split()) for line in re.split(r"\r?\n", text or "") if line.strip()]


def placed_codes(section: dict) -> list[str]:
    """The figures the draft placed in this section (the engine's provenance), so the check reads them there."""
    prov = section.get("provenance") or {}
    if isinstance(prov.get("placed"), list):       # kept through rewrites and edits
        return list(prov["placed"])
    codes = list(prov.get("figures_used") or []) + list(prov.get("figures_unused") or [])
    codes += [c for c in prov.get("figures") or [] if isinstance(c, str)]
    return list(dict.fromkeys(codes))


def recheck(texts: list[str], section: dict, current, prior) -> list[Paragraph]:
    """Each paragraph checked number by number, marked with a Vietnamese note when a number is a problem."""
    from service.checker import check_text

    title = f"{section.get('number', '')}. {section.get('heading', '')}".strip(". ")
    out = []
    for text in texts:
        if current is None:
            out.append(Paragraph(text=text))
            continue
        report = check_text(text, current, prior, section=title, placed=placed_codes(section))
        problems = report.problems
        note = "; ".join(f"“{c.text}” {VERDICT_VN.get(c.verdict, c.verdict)}: {c.reason or ''}".rstrip(": ")
                         for c in problems) or None
        out.append(Paragraph(text=report.text or text, checks=report.numbers, marked=bool(problems), note=note))
    return out


# --------------------------------------------------------------------------- carried sentences, confirmed or not

def sentence_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def with_confirmations(session: Session, draft_id: str, content: dict) -> dict:
    """The draft content with each carried sentence a reviewer confirmed marked ``confirmed: {by, at}``."""
    rows = session.scalars(select(CarriedConfirmation).where(CarriedConfirmation.draft_id == draft_id)).all()
    if not rows:
        return content
    done = {(r.section_path, r.sentence_hash): {"by": r.confirmed_by, "at": r.confirmed_at.isoformat()} for r in rows}
    sections = []
    for s in content.get("sections", []):
        carried = (s.get("provenance") or {}).get("carried_over")
        if carried:
            carried = [{**c, **({"confirmed": done[(s["path"], sentence_hash(c["text"]))]}
                                if (s["path"], sentence_hash(c["text"])) in done else {})} for c in carried]
            s = {**s, "provenance": {**s["provenance"], "carried_over": carried}}
        sections.append(s)
    return {**content, "sections": sections}


def carried_summary(content: dict) -> dict:
    """How many carried sentences are still to confirm, and of which kinds."""
    todo = [c for s in content.get("sections", []) for c in (s.get("provenance") or {}).get("carried_over") or []
            if not c.get("confirmed")]
    return {"to_confirm": len(todo), "events": sum(c.get("kind") == "event" for c in todo)}


# --------------------------------------------------------------------------- last period's report, by section

def prior_report(session: Session, principal, draft: DraftRow, settings) -> dict:
    """Last period's report of the draft's spec, parsed: ``{"name", "period", "sections": [{path, title, paragraphs}]}``."""
    ref = (draft.spec.get("prior") or {}).get("report") if isinstance(draft.spec, dict) else None
    row = session.scalar(select(Upload).where(Upload.agency_id == principal.agency_id, Upload.id == ref)) if ref else None
    if row is None:
        return {"name": None, "period": None, "sections": []}
    parsed = parsed_report(local_file(session, agency_dir(settings, principal.agency_slug), row))
    if parsed is None:
        return {"name": row.name, "period": None, "sections": []}
    return {"name": row.name, "period": parsed.period_text or parsed.period,
            "sections": [{"path": s.path, "title": s.title, "paragraphs": list(s.paragraphs)} for s in parsed.walk()]}


def parsed_report(path: Path):
    """``index.parse.parse_report`` of a stored upload, cached while the file is unchanged; None if unreadable."""
    try:
        key = _file_key(path)
    except OSError:
        return None

    def make():
        try:
            from index.parse import parse_report

            return parse_report(path)
        except (BaocaoError, ImportError):
            return None

    return _cached(_reports, key, make)


# --------------------------------------------------------------------------- the document's frame

def frame(session: Session, principal, draft: DraftRow, settings) -> dict | None:
    """Header, number, date, Nơi nhận and signature exactly as the .docx lays them out (for the print preview)."""
    try:
        spec = build_spec(session, (principal.agency_id, principal.agency_slug), draft.spec, settings,
                          check_files=False)
        from service.docx.layout import frame_texts
        from service.docx.profiles import load_profile
    except (BaocaoError, ImportError):
        return None
    return frame_texts(spec, load_profile(spec.profile))


def section_warnings(content: dict) -> list[dict]:
    """Problems of structure a reviewer must fix by hand (a section number used twice)."""
    from service.docx.numbering import duplicate_numbers

    out = []
    for path, first in duplicate_numbers(content.get("sections", [])).items():
        s = next(x for x in content["sections"] if x["path"] == path)
        first_title = f"{first['number']}. {first['heading']}"
        out.append({"section": path, "kind": "duplicate_number",
                    "message": f"Số mục «{s['number']}» trùng với mục «{first_title}» ở trên — cần đánh lại số thứ tự."})
    return out
