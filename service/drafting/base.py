"""What every drafting engine receives and returns, one section at a time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from index.model import Section
from service.draft import Paragraph
from service.figures.model import Figure, FigureTable
from service.periods import Period


@dataclass
class SectionContext:
    """Everything needed to draft one section, gathered by the pipeline.

    ``prior_paragraphs``: the previous edition's text of this section.
    ``exemplars``: passages from other reports, ``{"id", "text", "source", "section"}``.
    ``figures``: this period's figures assigned to this section.
    ``current``/``prior_table``: the whole tables (the checker needs them).
    ``instruction``/``previous``: set for a reviewer's rewrite of an existing draft.
    """

    section: Section
    prior_paragraphs: list[str]
    figures: list[Figure]
    current: FigureTable
    period: Period
    prior_table: FigureTable | None = None
    prior_period: Period | None = None
    exemplars: list[dict] = field(default_factory=list)
    instruction: str | None = None
    previous: list[str] | None = None


@dataclass
class SectionResult:
    paragraphs: list[Paragraph]
    provenance: dict = field(default_factory=dict)


class Engine(Protocol):
    """A drafting engine.  ``adraft`` must check every number it returns."""

    name: str

    async def adraft(self, ctx: SectionContext) -> SectionResult: ...
