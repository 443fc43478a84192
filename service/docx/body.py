"""The report body: headings and paragraphs, with the checker's marks and revisions.

One paragraph is cut into runs at every problem number's [start, end) and at
every revision boundary, so a highlight and its comment cover exactly the
number and a tracked change exactly the rewritten words.  Headings are their
own bold paragraphs starting with their number, so a report we write parses
back as a prior report with the same section tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from service.checker.model import NumberCheck
from service.docx import comments, ooxml
from service.docx.numbering import duplicate_numbers
from service.docx.revisions import Piece, Revisions, align, as_deleted, diff_pieces
from service.draft import Draft, DraftSection, Paragraph

LETTER = re.compile(r"^[a-zđ]$")  # "a" of "a)"; not the Roman "I"


@dataclass
class Ctx:
    doc: Document
    prof: dict
    revisions: Revisions
    indicators: dict = field(default_factory=dict)   # code -> {"label", "unit"}: comments name indicators


def heading_text(section: DraftSection, prof: dict) -> str:
    """``II. KẾT QUẢ ...``, ``2.4. Phối hợp ...``, ``a) ...`` as the reader sees them."""
    if LETTER.match(section.number or ""):
        text = f"{section.number}) {section.heading}".strip()
    else:
        text = section.title
    return text.upper() if _heading_style(section, prof).get("caps") else text


def _heading_style(section: DraftSection, prof: dict) -> dict:
    return prof["headings"].get(min(max(section.level, 1), 4))


# --------------------------------------------------------------------------- one paragraph

def _problems(par: Paragraph) -> list[NumberCheck]:
    """Checks a reviewer must see (problems, unverified derivations) whose offsets really point at their text
    (else found by search)."""
    out = []
    for c in par.checks:
        if not c.needs_review:
            continue
        if par.text[c.start:c.end] != c.text:
            at = par.text.find(c.text)
            if at < 0 or not c.text:
                continue
            c = NumberCheck(**{**c.to_dict(), "start": at, "end": at + len(c.text)})
        out.append(c)
    return out


def _carried_spans(par: Paragraph, carried: list[dict] | None) -> list[dict]:
    """Carried sentences still to confirm whose offsets point at their text (else found by search)."""
    out = []
    for c in carried or []:
        if c.get("confirmed"):
            continue
        start, end = c.get("start", -1), min(c.get("end", -1), len(par.text))
        if start < 0 or par.text[start:end] != (c.get("text") or "")[:end - start]:  # the end mark may be gone
            start = par.text.find(c.get("text") or "\0")
            if start < 0:
                continue
            end = start + len(c["text"])
        out.append({**c, "start": start, "end": end})
    return out


def write_paragraph(ctx: Ctx, p: DocxParagraph, par: Paragraph | None, *, old: str | None = None,
                    whole: str | None = None, run_style: dict | None = None,
                    carried: list[dict] | None = None) -> None:
    """Fill ``p`` with ``par``'s text; ``old`` makes it a word diff, ``whole`` ins/del it entirely.

    ``par`` is None for a paragraph that only exists in the previous version.
    ``carried``: sentences kept from last period (offsets into ``par.text``), each
    highlighted with a comment asking the reviewer to confirm or remove it.
    One comment per problem: a marked paragraph gets its own comment only when
    no number in it carries one (its note would repeat theirs).
    """
    font = ctx.prof["font"]["name"]
    marks = ctx.prof["marks"]
    rs = run_style or {}

    def new_run(container, text: str) -> Run:
        r = OxmlElement("w:r")
        container.append(r)
        run = Run(r, p)
        run.text = text
        ooxml.preserve_spaces(run)
        ooxml.style_run(run, font, rs.get("size"), bold=rs.get("bold"), italic=rs.get("italic"))
        return run

    if par is None:                      # deleted paragraph
        w = ctx.revisions.wrapper("del")
        p._p.append(w)
        as_deleted(new_run(w, old or "")._r)
        ctx.revisions.mark_paragraph(p, "del")
        return

    text = par.text
    pieces = [Piece("ins", text, 0)] if whole == "ins" else diff_pieces(old, text)
    problems = _problems(par)
    kept = _carried_spans(par, carried)
    cuts = sorted({0, len(text)} | {c.start for c in problems} | {c.end for c in problems}
                  | {c["start"] for c in kept} | {c["end"] for c in kept})
    by_check: dict[int, list[Run]] = {i: [] for i in range(len(problems))}
    by_carried: dict[int, list[Run]] = {i: [] for i in range(len(kept))}
    body_runs: list[Run] = []

    for piece in pieces:
        container = p._p if piece.kind == "equal" else ctx.revisions.wrapper(piece.kind)
        if container is not p._p:
            p._p.append(container)
        if piece.kind == "del":
            as_deleted(new_run(container, piece.text)._r)
            continue
        lo, hi = piece.start, piece.start + len(piece.text)
        edges = [lo] + [c for c in cuts if lo < c < hi] + [hi]
        for s, e in zip(edges, edges[1:]):
            run = new_run(container, text[s:e])
            body_runs.append(run)
            hit = next((i for i, c in enumerate(problems) if c.start <= s and e <= c.end), None)
            kept_hit = next((i for i, c in enumerate(kept) if c["start"] <= s and e <= c["end"]), None)
            if kept_hit is not None:
                by_carried[kept_hit].append(run)
            if hit is not None:
                ooxml.set_highlight(run._r.get_or_add_rPr(), marks.get(problems[hit].verdict, "yellow"))
                by_check[hit].append(run)
            elif par.marked:
                ooxml.set_highlight(run._r.get_or_add_rPr(), marks["marked_paragraph"])
            elif kept_hit is not None:
                ooxml.set_highlight(run._r.get_or_add_rPr(), marks["carried"])
    if whole == "ins":
        ctx.revisions.mark_paragraph(p, "ins")

    when, who = ctx.revisions.date, marks["author"]   # the checker speaks in comments, people in revisions
    for i, check in enumerate(problems):
        if by_check[i]:
            comments.add_comment(ctx.doc, by_check[i], comments.check_comment_text(check, marks, ctx.indicators),
                                 who, when)
    if par.marked and body_runs and not any(by_check.values()):
        comments.add_comment(ctx.doc, body_runs, comments.marked_comment_text(par.note, marks), who, when)
    for i, c in enumerate(kept):
        if by_carried[i]:
            comments.add_comment(ctx.doc, by_carried[i], comments.carried_comment_text(c, marks), who, when)


# --------------------------------------------------------------------------- lists of paragraphs

def write_paragraphs(ctx: Ctx, pars: list[Paragraph], old: list[Paragraph] | None,
                     carried: dict[int, list[dict]] | None = None) -> None:
    """Body paragraphs (Normal style); against ``old`` when a previous version exists.

    ``carried``: carried-over sentences by index of the paragraph in ``pars``.
    """
    carried = carried or {}
    if old is None:
        for j, par in enumerate(pars):
            write_paragraph(ctx, ctx.doc.add_paragraph(), par, carried=carried.get(j))
        return
    for i, j in align([o.text for o in old], [n.text for n in pars]):
        p = ctx.doc.add_paragraph()
        if j is None:
            write_paragraph(ctx, p, None, old=old[i].text)
        elif i is None:
            write_paragraph(ctx, p, pars[j], whole="ins", carried=carried.get(j))
        else:
            write_paragraph(ctx, p, pars[j], old=old[i].text, carried=carried.get(j))


def write_heading(ctx: Ctx, section: DraftSection, *, old: DraftSection | None = None,
                  whole: str | None = None, repeats: DraftSection | None = None) -> None:
    """A heading paragraph in ``Heading N`` style with explicit bold/italic on its runs (none for a section
    without a heading: the whole text of a previous edition that had none).

    ``repeats``: an earlier section with the same number; the heading gets a comment saying so.
    """
    if not section.number and not section.heading and (old is None or not (old.number or old.heading)):
        return
    hs = _heading_style(section, ctx.prof)
    p = ctx.doc.add_paragraph(style=f"Heading {min(max(section.level, 1), 4)}")
    if section.number.upper().startswith("PHẦN"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER  # part titles are centred
        p.paragraph_format.first_line_indent = 0
    style = {"bold": hs["bold"], "italic": hs["italic"]}
    text = heading_text(section, ctx.prof)
    if whole == "del":
        write_paragraph(ctx, p, None, old=text, run_style=style)
        return
    old_text = heading_text(old, ctx.prof) if old is not None else None
    write_paragraph(ctx, p, Paragraph(text), old=old_text, whole=whole, run_style=style)
    if repeats is not None:
        runs = [Run(r, p) for r in p._p.iter(qn("w:r")) if r.getparent().tag != qn("w:del")]
        if runs:
            marks = ctx.prof["marks"]
            comments.add_comment(ctx.doc, runs, comments.duplicate_number_comment_text(
                section.number, heading_text(repeats, ctx.prof), marks), marks["author"], ctx.revisions.date)


def _carried_of(section: DraftSection) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for c in (section.provenance or {}).get("carried_over") or []:
        out.setdefault(int(c.get("paragraph", -1)), []).append(c)
    return out


def write_sections(ctx: Ctx, draft: Draft, previous: Draft | None) -> None:
    """Sections in order; with ``previous``, added/removed sections become whole revisions."""
    repeats = duplicate_numbers(draft.sections)
    if previous is None:
        for s in draft.sections:
            write_heading(ctx, s, repeats=repeats.get(s.path))
            write_paragraphs(ctx, s.paragraphs, None, _carried_of(s))
        return
    old, new = previous.sections, draft.sections
    for i, j in align([s.path for s in old], [s.path for s in new]):
        if j is not None and i is not None and old[i].path != new[j].path:
            _removed(ctx, old[i])
            i = None
        if j is None:
            _removed(ctx, old[i])
        elif i is None:
            write_heading(ctx, new[j], whole="ins", repeats=repeats.get(new[j].path))
            carried = _carried_of(new[j])
            for k, par in enumerate(new[j].paragraphs):
                write_paragraph(ctx, ctx.doc.add_paragraph(), par, whole="ins", carried=carried.get(k))
        else:
            write_heading(ctx, new[j], old=old[i], repeats=repeats.get(new[j].path))
            write_paragraphs(ctx, new[j].paragraphs, old[i].paragraphs, _carried_of(new[j]))


def _removed(ctx: Ctx, section: DraftSection) -> None:
    write_heading(ctx, section, whole="del")
    for par in section.paragraphs:
        write_paragraph(ctx, ctx.doc.add_paragraph(), None, old=par.text)
