"""``write_docx``: a Draft and its spec as the official .docx that leaves the building."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import docx

from service.docx import body, layout
from service.docx.profiles import load_profile
from service.docx.revisions import Revisions
from service.draft import Draft, Paragraph
from service.periods import names_period, trich_yeu


def closing_paragraphs(draft: Draft, prof: dict) -> list[Paragraph]:
    """The draft's closing, or "Trên đây là báo cáo …"; the last one ends with ``./.``."""
    closing = list(draft.closing)
    if not closing:
        subject = draft.title[:1].lower() + draft.title[1:] if draft.title else ""
        period = "" if names_period(subject) else draft.period       # a title naming its own periods
        text = prof["closing"]["default"].format(subject=subject, period=period)
        closing = [Paragraph(" ".join(text.split()))]
    mark = prof["closing"]["end_mark"]
    last = closing[-1]
    if not last.text.rstrip().endswith(mark):
        stripped = last.text.rstrip().rstrip(".")
        closing[-1] = Paragraph(stripped + mark, checks=last.checks, marked=last.marked, note=last.note)
    return closing


def end_mark_once(draft: Draft, prof: dict) -> Draft:
    """The report ends with ``./.`` once: a body paragraph carried from last period's last line loses it."""
    mark = prof["closing"]["end_mark"]

    def clean(p: Paragraph) -> Paragraph:
        t = p.text.rstrip()
        if not t.endswith(mark):
            return p
        return replace(p, text=t[:-len(mark)].rstrip().rstrip(".") + ".")

    return replace(draft, opening=[clean(p) for p in draft.opening],
                   sections=[replace(s, paragraphs=[clean(p) for p in s.paragraphs]) for s in draft.sections],
                   closing=[clean(p) for p in draft.closing[:-1]] + draft.closing[-1:])


def indicators_of(spec) -> dict:
    """Code → label and unit of this period's figures, so comments name indicators as the sheet does."""
    try:
        from service.figures.load import load_table

        table = load_table(spec.resolve(spec.figures))
    except Exception:  # a missing or unreadable table only costs the labels
        return {}
    return {f.ma: {"label": f.chi_tieu, "unit": f.don_vi_tinh} for f in table.figures}


def write_docx(draft: Draft, spec, path, *, previous: Draft | None = None, author: str = "baocao",
               date: dt.datetime | dt.date | None = None, indicators: dict | None = None) -> Path:
    """Write ``draft`` laid out per Nghị định 30 in ``spec.profile`` (``state``/``party``).

    Problem numbers (unsupported/stale) are highlighted with a comment saying
    why; paragraphs the engine marked carry a comment with its note (comments
    are signed by the checker, ``marks.author`` in the profile).  With
    ``previous``, every difference from that version is a tracked change by
    ``author`` at ``date`` (default: now), ready for Accept/Reject.
    Sentences carried from last period (section provenance ``carried_over``)
    are highlighted with a comment asking to confirm or remove them; a
    section number repeated under one parent gets a comment on its heading.
    ``indicators`` (code → label) name the indicators in comments; by default
    they are read from the spec's figures table.
    """
    prof = load_profile(spec.profile)
    draft = end_mark_once(draft, prof)
    previous = end_mark_once(previous, prof) if previous is not None else None
    if indicators is None:
        indicators = indicators_of(spec)
    doc = docx.Document()
    layout.setup_document(doc, prof)
    layout.page_numbers(doc, prof)
    layout.header_block(doc, spec, prof)
    layout.title_block(doc, draft.title or spec.title, draft.period or spec.period, prof)

    ctx = body.Ctx(doc=doc, prof=prof, revisions=Revisions(author, date), indicators=indicators)
    old = previous
    body.write_paragraphs(ctx, draft.opening, old.opening if old else None)
    body.write_sections(ctx, draft, old)
    closing = closing_paragraphs(draft, prof)
    body.write_paragraphs(ctx, closing, closing_paragraphs(old, prof) if old else None)
    layout.signature_block(doc, spec, prof)
    _properties(doc, draft, spec, author, ctx.revisions.date)
    _check_metadata(doc, draft, prof, len(closing))

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _properties(doc, draft: Draft, spec, author: str, when: dt.datetime) -> None:
    """File properties name the report and its author, not the template's "python-docx"."""
    cp = doc.core_properties
    cp.title = trich_yeu(draft.title or spec.title, draft.period or spec.period)
    cp.subject = spec.series
    cp.author = cp.last_modified_by = author
    cp.language = "vi-VN"
    cp.keywords = cp.comments = cp.category = ""
    cp.created = cp.modified = when.replace(tzinfo=None)
    cp.revision = 1


_ITEM_PROPS = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{%s}" '
               'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
               '<ds:schemaRef ds:uri="%s"/></ds:schemaRefs></ds:datastoreItem>')


def _check_metadata(doc, draft: Draft, prof: dict, closing: int) -> None:
    """What ``baocao check`` needs to repeat the draft's verdicts, as a custom XML part (service.checker.docmeta)."""
    import uuid

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import Part

    from service.checker import docmeta

    def section(s) -> docmeta.SectionMeta:
        args = s.provenance.get("check") or {}
        return docmeta.SectionMeta(body.heading_text(s, prof), args.get("section", s.title), tuple(args.get("placed") or ()))

    meta = docmeta.DocMeta(series=draft.series, period=draft.provenance.get("period") or draft.period,
                           opening=len(draft.opening), closing=closing, sections=[section(s) for s in draft.sections],
                           standing=list(draft.provenance.get("standing") or ()))
    package = doc.part.package
    item = Part(package.next_partname("/customXml/item%d.xml"), "application/xml", docmeta.to_xml(meta), package)
    doc.part.relate_to(item, RT.CUSTOM_XML)
    item_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{docmeta.NS}/{draft.series}/{meta.period}")).upper()
    props = Part(package.next_partname("/customXml/itemProps%d.xml"),
                 "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                 (_ITEM_PROPS % (item_id, docmeta.NS)).encode("utf-8"), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)


def write_tracked_rewrite(draft: Draft, previous: Draft, spec, path, *, author: str,
                          date: dt.datetime | dt.date | None = None, indicators: dict | None = None) -> Path:
    """A reviewer's rewrite of ``previous`` exported as tracked changes by ``author``."""
    return write_docx(draft, spec, path, previous=previous, author=author, date=date, indicators=indicators)
