"""A drafted report: sections in document order, each number with its verdict.

This is what the pipeline produces, the API stores and serves as JSON, the
.docx writer lays out and the evaluations score.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from service.checker.model import CheckReport, NumberCheck


@dataclass
class Paragraph:
    """A paragraph of body text; check offsets are relative to ``text``.

    ``marked`` is true when the drafting engine could not make every number in
    it traceable and left it for a reviewer (it is highlighted, never silent).
    """

    text: str
    checks: list[NumberCheck] = field(default_factory=list)
    marked: bool = False
    note: str | None = None


@dataclass
class DraftSection:
    path: str
    number: str
    heading: str
    level: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        sep = "" if self.number.upper().startswith("PHẦN") else "."
        return f"{self.number}{sep} {self.heading}".strip() if self.number else self.heading

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def checks(self) -> list[NumberCheck]:
        return [c for p in self.paragraphs for c in p.checks]


@dataclass
class Draft:
    title: str
    period: str
    series: str
    sections: list[DraftSection]
    opening: list[Paragraph] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    unused_figures: list[str] = field(default_factory=list)
    unassigned_figures: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)

    def all_paragraphs(self) -> list[Paragraph]:
        return self.opening + [p for s in self.sections for p in s.paragraphs] + self.closing

    def check_report(self) -> CheckReport:
        return CheckReport([c for p in self.all_paragraphs() for c in p.checks])

    @property
    def summary(self) -> dict:
        s = self.check_report().summary
        s["marked_paragraphs"] = sum(p.marked for p in self.all_paragraphs())
        s["sections"] = len(self.sections)
        return s

    def to_dict(self) -> dict:
        d = asdict(self)
        d["summary"] = self.summary
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Draft":
        def para(p):
            return Paragraph(text=p["text"], checks=[NumberCheck(**c) for c in p.get("checks", [])],
                             marked=p.get("marked", False), note=p.get("note"))

        return cls(
            title=d["title"], period=d["period"], series=d["series"],
            sections=[DraftSection(path=s["path"], number=s["number"], heading=s["heading"], level=s["level"],
                                   paragraphs=[para(p) for p in s["paragraphs"]], provenance=s.get("provenance", {}))
                      for s in d["sections"]],
            opening=[para(p) for p in d.get("opening", [])], closing=[para(p) for p in d.get("closing", [])],
            unused_figures=d.get("unused_figures", []), unassigned_figures=d.get("unassigned_figures", []),
            provenance=d.get("provenance", {}),
        )
