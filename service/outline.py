"""The outline of the report to draft.

Precedence, as drafters expect: an outline written in the spec wins; else the
previous edition's section tree; else the sections named by the figures'
``muc`` column.
"""

from __future__ import annotations

import re

from index.model import ParsedReport, Section
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


def choose(spec_outline: list[OutlineItem] | None, prior: ParsedReport | None, current: FigureTable) -> tuple[list[Section], str]:
    """The outline to draft and where it came from (``spec``, ``previous edition``, ``figures``)."""
    if spec_outline:
        return from_spec(spec_outline), "spec"
    if prior is not None and prior.sections:
        return prior.sections, "previous edition"
    return from_figures(current), "figures"


def flatten(sections: list[Section]) -> list[Section]:
    return [s for top in sections for s in top.walk()]
