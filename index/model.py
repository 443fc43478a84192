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
    # Added by the index parser (defaults keep older callers working):
    kind: str = ""        # numbering style: "part", "roman", "arabic", "decimal", "letter"
    run_in: bool = False  # heading and body shared one source paragraph ("2.1. Hạn chế: Việc ...")

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
            d["kind"] = self.kind
            d["run_in"] = self.run_in
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Section":
        return cls(number=d["number"], heading=d["heading"], level=d["level"], path=d["path"],
                   paragraphs=list(d.get("paragraphs", [])), kind=d.get("kind", ""), run_in=d.get("run_in", False),
                   children=[cls.from_dict(c) for c in d.get("children", [])])

    @property
    def text(self) -> str:
        """The whole section as a reader sees it: heading, body, then sub-sections."""
        parts = [self.title] + self.paragraphs
        parts += [c.text for c in self.children]
        return "\n\n".join(p for p in parts if p)


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
    area: str | None = None          # e.g. "huyện Bù Đăng", when the text states it

    def to_dict(self) -> dict:
        return {"source": self.source, "title": self.title, "period": self.period, "period_text": self.period_text,
                "agency": self.agency, "area": self.area, "series": self.series, "content_hash": self.content_hash,
                "preamble": list(self.preamble), "closing": list(self.closing),
                "sections": [s.to_dict(with_text=True) for s in self.sections]}

    @classmethod
    def from_dict(cls, d: dict) -> "ParsedReport":
        return cls(source=d["source"], title=d["title"], sections=[Section.from_dict(s) for s in d["sections"]],
                   preamble=list(d.get("preamble", [])), closing=list(d.get("closing", [])),
                   period=d.get("period"), period_text=d.get("period_text"), agency=d.get("agency"),
                   series=d.get("series"), content_hash=d.get("content_hash", ""), area=d.get("area"))

    def walk(self):
        for s in self.sections:
            yield from s.walk()

    def find(self, path: str) -> Section | None:
        return next((s for s in self.walk() if s.path == path), None)
