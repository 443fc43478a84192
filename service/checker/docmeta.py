"""What a .docx written by the service tells ``baocao check`` about itself.

The draft checks each paragraph knowing its section and the figures placed
there by meaning (``check_text(section=..., placed=...)``); a reader of the
.docx alone knows neither.  So the writer stores that knowledge in the file,
as a custom XML part (``customXml/itemN.xml``, the standard place for a
document's own data: Word keeps it through edits, nothing shows on the page)::

    <check xmlns="urn:baocao:check:1" version="1" series="..." period="2024-H1"
           opening="0" closing="1">
      <section heading="2.4. Phối hợp ..." title="2.4. Phối hợp ..." placed="TQ-01 TQ-02"/>
      ...
      <standing value="16" noun="xã, thị trấn" quote="..." source="list"/>
    </check>

``heading`` is the heading paragraph as written in the document (found again
by its text), ``title`` the section name the checker was given, ``placed`` the
codes placed in it; ``opening``/``closing`` count the body paragraphs before
the first heading and after the last section.  ``standing`` are the agency's
standing facts the draft was checked with (its list, and what the prior edition
taught), so a check of the file alone gives them the same ``standing`` verdict.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

NS = "urn:baocao:check:1"
VERSION = "1"


@dataclass
class SectionMeta:
    heading: str
    title: str | None = None
    placed: tuple[str, ...] = ()


@dataclass
class DocMeta:
    series: str | None = None
    period: str | None = None
    opening: int = 0
    closing: int = 0
    sections: list[SectionMeta] = field(default_factory=list)
    standing: list[dict] = field(default_factory=list)   # StandingFact.to_dict() of each fact


def to_xml(meta: DocMeta) -> bytes:
    root = ET.Element(f"{{{NS}}}check", {"version": VERSION, "opening": str(meta.opening),
                                         "closing": str(meta.closing)})
    if meta.series:
        root.set("series", meta.series)
    if meta.period:
        root.set("period", meta.period)
    for s in meta.sections:
        el = ET.SubElement(root, f"{{{NS}}}section", {"heading": s.heading})
        if s.title is not None:
            el.set("title", s.title)
        if s.placed:
            el.set("placed", " ".join(s.placed))
    for fact in meta.standing:
        ET.SubElement(root, f"{{{NS}}}standing", {k: str(v) for k, v in fact.items() if v not in (None, "")})
    ET.register_namespace("", NS)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def from_xml(blob: bytes) -> DocMeta | None:
    """The metadata in ``blob``, or None when it is not ours (or not XML)."""
    try:
        root = ET.fromstring(blob)
    except ET.ParseError:
        return None
    if root.tag != f"{{{NS}}}check":
        return None

    def count(name: str) -> int:
        try:
            return max(0, int(root.get(name, "0")))
        except ValueError:
            return 0

    sections = [SectionMeta(el.get("heading", ""), el.get("title"), tuple((el.get("placed") or "").split()))
                for el in root.findall(f"{{{NS}}}section")]
    standing = [dict(el.attrib) for el in root.findall(f"{{{NS}}}standing") if el.get("value") and el.get("noun")]
    return DocMeta(root.get("series"), root.get("period"), count("opening"), count("closing"), sections, standing)


def from_docx(path) -> DocMeta | None:
    """The service's metadata in a .docx, if it carries any."""
    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if re.fullmatch(r"customXml/item\d+\.xml", name):
                    meta = from_xml(z.read(name))
                    if meta is not None:
                        return meta
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def same_heading(a: str, b: str) -> bool:
    """Headings compared as a reader would: case, spacing and Unicode form aside."""
    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).casefold().split())
    return norm(a) == norm(b)
