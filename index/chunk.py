"""Chunker: a parsed report -> retrieval chunks, one or more per section.

A chunk is a section's own text (heading breadcrumb + paragraphs).  Sections
longer than ``max_chars`` are split at paragraph boundaries (a paragraph longer
than that at sentence boundaries) and consecutive pieces overlap by the last
paragraph or sentence, so a figure near a cut is in both neighbours.  The
breadcrumb ("II. KẾT QUẢ ... › 2. ... › 2.4. ...") is part of the text: short
drafter queries often name the parent area, not the leaf.

Sections with no text of their own (a heading over sub-sections) give no chunk;
the preamble (title, purpose line) gives one with an empty ``section_path``.
Metadata holds only str/int/float/bool values, as Chroma requires.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.model import ParsedReport, Section
from index.text import numbers_in, sentences

MAX_CHARS = 1200
OVERLAP_CHARS = 300


@dataclass
class Chunk:
    id: str
    text: str
    metadata: dict


def chunk_report(report: ParsedReport, report_id: str, *, max_chars: int = MAX_CHARS,
                 overlap_chars: int = OVERLAP_CHARS) -> list[Chunk]:
    base = {"report_id": report_id, "series": report.series or "", "period": report.period or "",
            "period_key": period_key(report.period), "agency": report.agency or "", "area": report.area or "",
            "title": report.title, "source": report.source, "content_hash": report.content_hash}
    out: list[Chunk] = []
    units: list[tuple[int, Section | None, list[Section]]] = []
    if report.preamble:
        units.append((0, None, []))
    order = 0

    def visit(sec: Section, ancestors: list[Section]):
        nonlocal order
        order += 1
        if sec.paragraphs or not sec.children:
            units.append((order, sec, ancestors))
        for c in sec.children:
            visit(c, ancestors + [sec])

    for s in report.sections:
        visit(s, [])
    for order_no, sec, ancestors in units:
        if sec is None:
            header, paras = "", report.preamble
            meta = {"section_path": "", "section_number": "", "heading": "", "section_title": "", "level": 0,
                    "breadcrumb": ""}
        else:
            crumb = " › ".join([a.title for a in ancestors] + [sec.title])
            header, paras = crumb, sec.paragraphs
            meta = {"section_path": sec.path, "section_number": sec.number, "heading": sec.heading,
                    "section_title": sec.title, "level": sec.level, "breadcrumb": crumb}
        bodies = split_body(paras, max_chars, overlap_chars) or [""]
        for part, body in enumerate(bodies):
            text = f"{header}\n\n{body}".strip() if header else body
            nums = numbers_in(body)
            md = dict(base, **meta, order=order_no, part=part, parts=len(bodies),
                      numbers=" ".join(nums), n_numbers=len(nums))
            cid = f"{report_id}#{report.content_hash[:10]}#{order_no:03d}.{part:02d}"
            out.append(Chunk(cid, text, md))
    return out


def split_body(paragraphs: list[str], max_chars: int = MAX_CHARS, overlap_chars: int = OVERLAP_CHARS) -> list[str]:
    """Pack paragraphs into bodies of at most ``max_chars``, overlapping by one short piece."""
    pieces: list[str] = []
    for p in paragraphs:
        if len(p) <= max_chars:
            pieces.append(p)
        else:
            pieces.extend(_pack(sentences(p), max_chars, " "))
    return _pack(pieces, max_chars, "\n\n", overlap_chars)


def _pack(pieces: list[str], limit: int, sep: str, overlap: int = 0) -> list[str]:
    out: list[list[str]] = []
    cur: list[str] = []
    size = 0
    for piece in pieces:
        if cur and size + len(sep) + len(piece) > limit:
            out.append(cur)
            tail = cur[-1]
            cur = [tail] if overlap and len(tail) <= overlap and len(tail) + len(piece) <= limit else []
            size = sum(len(x) for x in cur)
        cur.append(piece)
        size += len(piece) + len(sep)
    if cur:
        out.append(cur)
    return [sep.join(x) for x in out]


def period_key(code: str | None) -> int:
    """Sortable integer for a period code: months since year 0 at the period's end, ×10 + kind.

    Editions are compared by when their period ends; the kind digit orders a
    half-year before the year that ends the same month.  0 when unknown.
    """
    if not code:
        return 0
    from service.periods import parse_period

    p = parse_period(code)
    last_year = p.year + (p.index if p.kind == "term" else 0)
    kind = {"month": 1, "quarter": 2, "half": 3, "ytd": 3, "year": 4, "term": 5}[p.kind]
    return (last_year * 12 + p.months[1]) * 10 + kind
