"""A reviewer's rewrite as tracked changes (``w:ins``/``w:del``), word by word.

The office reviews in Word or LibreOffice with Accept/Reject, so a rewrite is
exported as revisions against the previous draft instead of a silent new text.
Diffs are over tokens where a number (``135.697``, ``84,61%``) is one token and
whitespace between two changes is folded into them, so a changed figure reads
as one deletion and one insertion, not a patchwork.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TOKEN = re.compile(r"\d+(?:[.,/]\d+)*%?|\w+|\s+|[^\w\s]")


@dataclass
class Piece:
    """A stretch of paragraph text: ``equal``/``ins`` carry ``start`` into the new text."""

    kind: str          # "equal" | "ins" | "del"
    text: str
    start: int | None = None


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


def diff_pieces(old: str | None, new: str) -> list[Piece]:
    """``new`` as equal/ins pieces with ``old``'s removed text as del pieces, in reading order."""
    if old is None or old == new:
        return [Piece("equal", new, 0)] if new else []
    a, b = tokenize(old), tokenize(new)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # fold whitespace-only equal stretches lying between two changes into the change
    merged: list[list] = []
    for i, (tag, i1, i2, j1, j2) in enumerate(ops):
        gap = tag == "equal" and 0 < i < len(ops) - 1 and "".join(a[i1:i2]).isspace()
        kind = "change" if tag != "equal" or gap else "equal"
        if merged and merged[-1][0] == kind == "change":
            merged[-1][2], merged[-1][4] = i2, j2
        else:
            merged.append([kind, i1, i2, j1, j2])
    pieces: list[Piece] = []
    pos = 0
    for kind, i1, i2, j1, j2 in merged:
        old_txt, new_txt = "".join(a[i1:i2]), "".join(b[j1:j2])
        if kind == "equal":
            pieces.append(Piece("equal", new_txt, pos))
        else:
            if old_txt:
                pieces.append(Piece("del", old_txt))
            if new_txt:
                pieces.append(Piece("ins", new_txt, pos))
        pos += len(new_txt)
    return pieces


def align(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Pair paragraphs of two versions: (old_i, new_j), ``None`` on the side that lacks it.

    Replaced blocks pair up in order (then diffed word by word); the surplus
    on either side is a whole inserted or deleted paragraph.
    """
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        n = max(i2 - i1, j2 - j1)
        for k in range(n):
            i = i1 + k if i1 + k < i2 else None
            j = j1 + k if j1 + k < j2 else None
            pairs.append((i, j))
    return pairs


class Revisions:
    """Makes ``w:ins``/``w:del`` wrappers stamped with one author and date, unique ids."""

    def __init__(self, author: str, date: dt.datetime | dt.date | None = None, first_id: int = 100000):
        if date is None:
            date = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        elif not isinstance(date, dt.datetime):
            date = dt.datetime(date.year, date.month, date.day, tzinfo=dt.timezone.utc)
        self.author = author
        self.date = date
        self.stamp = date.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if date.tzinfo \
            else date.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = first_id
        self.count = 0

    def _attrs(self) -> dict:
        self._next += 1
        return {qn("w:id"): str(self._next), qn("w:author"): self.author, qn("w:date"): self.stamp}

    def wrapper(self, kind: str):
        """A fresh ``w:ins`` or ``w:del`` element to hold runs."""
        self.count += 1
        return OxmlElement(f"w:{kind}", attrs=self._attrs())

    def mark_paragraph(self, paragraph, kind: str) -> None:
        """Track the paragraph mark itself, so a whole inserted/deleted paragraph accepts cleanly."""
        pPr = paragraph._p.get_or_add_pPr()
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = OxmlElement("w:rPr")
            pPr.insert_element_before(rPr, "w:sectPr", "w:pPrChange")
        rPr.insert(0, OxmlElement(f"w:{kind}", attrs=self._attrs()))


def as_deleted(r) -> None:
    """Deleted runs hold their text in ``w:delText`` (Word drops plain ``w:t`` inside ``w:del``)."""
    for t in r.findall(qn("w:t")):
        t.tag = qn("w:delText")
