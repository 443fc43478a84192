"""The section tree every parser produces and every later stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Section:
    """One numbered section of a report.

    ``number`` is the numbering as written without trailing dot (``"II"``,
    ``"2.4"``, ``"a"``, ``"PHẦN I"``); ``path`` joins the numbers of the
    ancestors and this one with ``/`` (``"II/2/2.4"``) and is unique in a report.
    ``paragraphs`` is the body text directly under the heading, one string per
    paragraph (hard-wrapped lines already joined), excluding sub-sections.
    """

    number: str
    heading: str
    level: int
    path: str
    paragraphs: list[str] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)

    @property
    def title(self) -> str:
        """Heading as a reader sees it: ``"2.4. Phối hợp ..."``."""
        sep = "" if self.number.upper().startswith("PHẦN") else "."
        return f"{self.number}{sep} {self.heading}".strip() if self.number else self.heading

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def to_dict(self, with_text: bool = False) -> dict:
        d = {"number": self.number, "heading": self.heading, "level": self.level, "path": self.path,
             "children": [c.to_dict(with_text) for c in self.children]}
        if with_text:
            d["paragraphs"] = list(self.paragraphs)
        return d


@dataclass
class ParsedReport:
    """A prior report read into structure plus metadata.

    ``preamble`` holds paragraphs before the first heading (title lines, the
    opening line of purpose); ``closing`` the paragraphs after the body that are
    not part of any section ("Trên đây là báo cáo ...", Nơi nhận, signature).
    """

    source: str
    title: str
    sections: list[Section]
    preamble: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    period: str | None = None        # normalised: "2023-H1", "2023", "2023-Q2", "2023-07"
    period_text: str | None = None   # as written: "6 tháng đầu năm 2023"
    agency: str | None = None
    series: str | None = None
    content_hash: str = ""

    def walk(self):
        for s in self.sections:
            yield from s.walk()

    def find(self, path: str) -> Section | None:
        return next((s for s in self.walk() if s.path == path), None)
