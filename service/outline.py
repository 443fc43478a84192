"""The outline of the report to draft.

Precedence, as drafters expect: an outline written in the spec wins; else the
previous edition's section tree; else, when the previous edition has text but
no heading the parser recognises (a news write-up, an unnumbered report), one
section carrying that whole text (every figure of the period goes to it);
else the sections named by the figures' ``muc`` column.  Nothing at all is an
error for the caller (:func:`no_outline_message`), never an empty report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from index.model import ParsedReport, Section
from service.checker.extract import extract_numbers
from service.figures.model import FigureTable
from service.spec import OutlineItem

_MUC = re.compile(r"^\s*((?:\d+\.)*\d+)\.?\s+(.*)$")


def from_spec(items: list[OutlineItem]) -> list[Section]:
    def build(item: OutlineItem, parent: str, level: int) -> Section:
        path = f"{parent}/{item.number}" if parent else item.number
        return Section(number=item.number, heading=item.heading, level=level, path=path,
                       children=[build(c, path, level + 1) for c in item.children])

    return [build(i, "", 1) for i in items]


def from_figures(table: FigureTable) -> list[Section]:
    """One section per distinct ``muc`` in table order (``2.4. Tiêu đề`` → number ``2.4``)."""
    seen: dict[str, Section] = {}
    for f in table:
        if not f.muc or f.muc in seen:
            continue
        m = _MUC.match(f.muc)
        number, heading = (m.group(1), m.group(2)) if m else ("", f.muc)
        seen[f.muc] = Section(number=number, heading=heading, level=1, path=number or f"muc-{len(seen) + 1}")
    return list(seen.values())


WHOLE_TEXT = "previous edition (no headings)"
WHOLE_TEXT_PATH = "noi-dung"


def whole_text(prior: ParsedReport) -> Section | None:
    """One unnamed section holding the previous edition's text (its title and closing left out)."""
    paragraphs = prior.body_paragraphs()
    if not paragraphs:
        return None
    return Section(number="", heading="", level=1, path=WHOLE_TEXT_PATH, paragraphs=paragraphs, kind="whole")


def _figures_only_before_headings(prior: ParsedReport) -> bool:
    """Every figure the previous edition states stands before its first heading, and none under a heading: what was
    read as headings is no structure of the report (a news page's byline ``TUỆ NHI`` or its comment form after the
    article) — its whole text is the one section to draft, or the article would be left out."""
    def any_figure(paragraphs) -> bool:   # stops at the first figure: a structured report's first section has one
        return any(m.is_figure for t in paragraphs for m in extract_numbers(t))

    if any_figure(p for s in prior.walk() for p in s.paragraphs):
        return False
    return any_figure(p for p in prior.preamble if p != prior.title)


def headings_carry_nothing(prior: ParsedReport | None, placed: int) -> bool:
    """The previous edition's headings neither hold a figure in its text nor take one of this period's figures
    (``placed`` is how many the assignment put under them): they are no structure of the report — a department's
    signature ``P. Nghiệp vụ`` under a statistics page read as a heading ``P.``, the page's figures in a table spread
    one cell a line — and drafting under them would state nothing; the whole text is the one section to draft."""
    if prior is None or not prior.sections or placed:
        return False
    return not any(m.is_figure for s in prior.walk() for t in s.paragraphs for m in extract_numbers(t))


def with_sections(prior: ParsedReport, sections: list[Section]) -> ParsedReport:
    """The previous edition seen through this outline (so its text is found by section path)."""
    return replace(prior, sections=sections)


def choose(spec_outline: list[OutlineItem] | None, prior: ParsedReport | None, current: FigureTable) -> tuple[list[Section], str]:
    """The outline to draft and where it came from (``spec``, ``previous edition``, ``WHOLE_TEXT``, ``figures``)."""
    if spec_outline:
        return from_spec(spec_outline), "spec"
    if prior is not None and prior.sections and not _figures_only_before_headings(prior):
        return prior.sections, "previous edition"
    if prior is not None:
        body = whole_text(prior)
        if body is not None:
            return [body], WHOLE_TEXT
    return from_figures(current), "figures"


def no_outline_message(spec, prior: ParsedReport | None) -> str:
    """Why there is nothing to draft, and what to give (Vietnamese: the drafter reads it)."""
    what = []
    if spec.prior.report:                       # files by the names the user gave them (an upload's own name)
        what.append(f"báo cáo kỳ trước {Path(spec.display_name(spec.prior.report)).name} không có nội dung đọc "
                    "được" if prior is not None else "không có báo cáo kỳ trước")
    else:
        what.append("spec không có báo cáo kỳ trước (prior.report)")
    what.append(f"bảng số liệu {Path(spec.display_name(spec.figures)).name} không có cột Mục (muc)")
    return ("Không có mục nào để soạn: " + "; ".join(what) + ". Hãy cung cấp báo cáo kỳ trước, "
            "điền cột Mục trong bảng số liệu hoặc khai báo outline trong spec.")


def flatten(sections: list[Section]) -> list[Section]:
    return [s for top in sections for s in top.walk()]
