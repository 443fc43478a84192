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
class Header:
    """The document's header block, read as data (never as sections).

    State profile (Nghị định 30): cơ quan chủ quản (``parent``), cơ quan ban
    hành (``issuer``), ``Số: 12/BC-UBND``, Quốc hiệu and Tiêu ngữ,
    ``<place>, ngày … tháng … năm …``, ``BÁO CÁO`` and the trích yếu.  Party
    profile: ``ĐẢNG BỘ …``/``HUYỆN ỦY …``, ``*``, ``Số 12-BC/HU``, ``ĐẢNG CỘNG SẢN
    VIỆT NAM``.  Every field is as written (NFC, spaces squashed) or ``None``.
    """

    profile: str | None = None      # "state" | "party"
    parent: str | None = None       # cơ quan chủ quản: "HUYỆN ỦY HÀM THUẬN BẮC", "UBND TỈNH BÌNH THUẬN"
    issuer: str | None = None       # cơ quan ban hành: "BAN CHỈ ĐẠO CÔNG TÁC DÂN VẬN QP-AN"
    organisations: list[str] = field(default_factory=list)   # every body named, outermost first
    number: str | None = None       # "Số: 12/BC-UBND", "Số 45-BC/HU", "Số:    /BC-UBND"
    place: str | None = None        # "Hàm Thuận Bắc"
    date: str | None = None         # ISO "2024-07-05" when day, month and year are all written
    date_text: str | None = None    # "Hàm Thuận Bắc, ngày 05 tháng 7 năm 2024"
    doc_type: str | None = None     # "BÁO CÁO"
    subject: str | None = None      # trích yếu

    @property
    def number_symbol(self) -> str | None:
        """The kind-and-issuer part of the number: ``BC-UBND`` (state), ``BC/HU`` (party)."""
        from index.frame import number_parts

        return number_parts(self.number)[1] if self.number else None

    def number_template(self) -> str | None:
        """The number with its sequence left blank, as a new edition's spec writes it: ``Số:    /BC-UBND``."""
        from index.frame import number_parts

        if not self.number:
            return None
        _seq, symbol, party = number_parts(self.number)
        if not symbol:
            return None
        return f"Số    -{symbol}" if party else f"Số:    /{symbol}"

    def to_dict(self) -> dict:
        return {"profile": self.profile, "parent": self.parent, "issuer": self.issuer,
                "organisations": list(self.organisations), "number": self.number,
                "number_symbol": self.number_symbol, "place": self.place, "date": self.date,
                "date_text": self.date_text, "doc_type": self.doc_type, "subject": self.subject}

    @classmethod
    def from_dict(cls, d: dict | None) -> "Header | None":
        if not d:
            return None
        return cls(**{k: (list(v) if k == "organisations" else v) for k, v in d.items()
                      if k in cls.__dataclass_fields__})


@dataclass
class Signature:
    """The signing block: ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` (authority), ``PHÓ CHỦ TỊCH``
    (title), the signer's name; ``lines`` as written, in order."""

    authority: str = ""
    title: str = ""
    name: str = ""
    signed: bool = False            # "(Đã ký)" stands in for the signature
    lines: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"authority": self.authority, "title": self.title, "name": self.name, "signed": self.signed,
                "lines": list(self.lines)}

    @classmethod
    def from_dict(cls, d: dict | None) -> "Signature | None":
        if not d:
            return None
        return cls(authority=d.get("authority", ""), title=d.get("title", ""), name=d.get("name", ""),
                   signed=d.get("signed", False), lines=list(d.get("lines", [])))


@dataclass
class Furniture:
    """A line that is page or web-page furniture, dropped from the body: what it said, what kind, where."""

    text: str
    kind: str        # "web-meta", "timestamp", "caption", "image", "byline", "url", "navigation", "page-number", ...
    line: int = 0    # 1-based line (txt/pdf) or paragraph (docx) of the source; 0 when unknown

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind, "line": self.line}


@dataclass
class ParsedReport:
    """A prior report read into structure plus metadata.

    ``preamble`` holds paragraphs before the first heading (title lines, the
    opening line of purpose); ``closing`` the paragraphs after the body that are
    not part of any section ("Trên đây là báo cáo ...", Nơi nhận, signature).
    ``header``, ``signature`` and ``recipients`` are those blocks read as data;
    ``furniture`` the page and web-page lines left out of every section.
    """

    source: str
    title: str
    sections: list[Section]
    preamble: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    period: str | None = None        # normalised: "2023-H1", "2023", "2023-Q2", "2023-07"
    period_text: str | None = None   # in standard wording: "6 tháng đầu năm 2023"
    period_words: str | None = None  # as the report writes it, when it states the year: "sáu tháng đầu năm 2023"
    agency: str | None = None
    series: str | None = None
    content_hash: str = ""
    area: str | None = None          # e.g. "huyện Bù Đăng", when the text states it
    header: Header | None = None
    signature: Signature | None = None
    recipients: list[str] = field(default_factory=list)    # Nơi nhận, one item each, as written
    furniture: list[Furniture] = field(default_factory=list)

    def metadata(self) -> dict:
        """Everything but the text: what ``index outline --format json`` and the index show."""
        return {"source": self.source, "title": self.title, "period": self.period, "period_text": self.period_text,
                "period_words": self.period_words, "agency": self.agency, "area": self.area, "series": self.series,
                "header": self.header.to_dict() if self.header else None,
                "signature": self.signature.to_dict() if self.signature else None,
                "recipients": list(self.recipients), "furniture": [f.to_dict() for f in self.furniture]}

    def to_dict(self) -> dict:
        return {**self.metadata(), "content_hash": self.content_hash,
                "preamble": list(self.preamble), "closing": list(self.closing),
                "sections": [s.to_dict(with_text=True) for s in self.sections]}

    @classmethod
    def from_dict(cls, d: dict) -> "ParsedReport":
        return cls(source=d["source"], title=d["title"], sections=[Section.from_dict(s) for s in d["sections"]],
                   preamble=list(d.get("preamble", [])), closing=list(d.get("closing", [])),
                   period=d.get("period"), period_text=d.get("period_text"),
                   period_words=d.get("period_words"), agency=d.get("agency"),
                   series=d.get("series"), content_hash=d.get("content_hash", ""), area=d.get("area"),
                   header=Header.from_dict(d.get("header")), signature=Signature.from_dict(d.get("signature")),
                   recipients=list(d.get("recipients", [])),
                   furniture=[Furniture(f["text"], f["kind"], f.get("line", 0)) for f in d.get("furniture", [])])

    def body_paragraphs(self) -> list[str]:
        """The report's text outside any header, title and closing: preamble (title dropped) and sections."""
        pre = [p for p in self.preamble if p != self.title]
        return pre + [p for s in self.walk() for p in ([s.title] if s.heading or s.number else []) + s.paragraphs]

    def walk(self):
        for s in self.sections:
            yield from s.walk()

    def find(self, path: str) -> Section | None:
        return next((s for s in self.walk() if s.path == path), None)
