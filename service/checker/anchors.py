"""Rows whose ``Ghi chú`` quotes the text: the strongest evidence of what a number is about.

Tables built from a text (or alongside it) often note, for a row, the phrase it
comes from: ``“phát triển 4.781 hội viên mới”``, ``345 vụ/529 đối tượng vi phạm
pháp luật``.  Such a phrase, with its numbers made slots, finds the place of
the text that states the row whatever number is written there now::

    phát triển (N) hội viên mới   →   "... phát triển 123.111 hội viên mới ..."

The slot whose quoted number is one of the row's cells is the row's; the other
slots (other rows of the same phrase) are left open.  ``quote_anchors`` maps
the start of each anchored numeral in the text to ``Anchor``s; a phrase that
fits several places anchors only those whose number is the row's own (where a
number was changed, it cannot tell which place was the row's).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_SEGMENTS = re.compile(r"[“\"«„]([^”\"»“]+)[”\"»]")
_NUMERAL = re.compile(r"\d[\d.,]*\d|\d")
_SCALE_AFTER = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)", re.I)
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
#: a numeral in digits (any separators) or in words (a place counts only where a number of the text starts)
SLOT = r"(\d[\d.,]*\d|\d|[^\W\d_]+(?:\s+[^\W\d_]+){0,7}?)"
MIN_WORDS = 2   # a phrase needs this many words besides its numbers to say what a number is about


@dataclass(frozen=True)
class Anchor:
    row: object            # match.Row
    column: str            # the cell the quoted number is
    words: int             # words of the phrase besides numbers: how specific it is


def _value(numeral: str, after: str) -> Decimal | None:
    s = numeral
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            v = Decimal(s.replace(".", "").replace(",", "."))
        elif re.fullmatch(r"\d+(?:,\d+)?", s):
            v = Decimal(s.replace(",", "."))
        elif re.fullmatch(r"\d+\.\d+", s):
            v = Decimal(s)
        else:
            return None
    except InvalidOperation:
        return None
    m = _SCALE_AFTER.match(after)
    return v * _SCALES[m.group(1).lower()] if m else v


def segments(note: str) -> list[str]:
    """The phrases of a ``Ghi chú`` that may quote the text: the quoted ones, else its parts holding a number."""
    note = unicodedata.normalize("NFC", note or "")
    quoted = [q.strip() for q in _SEGMENTS.findall(note)]
    if quoted:
        return [q for q in quoted if _NUMERAL.search(q)]
    return [p.strip() for p in re.split(r"[;\n]", note) if _NUMERAL.search(p)]


def _pattern(segment: str) -> tuple[re.Pattern, list[Decimal | None], int] | None:
    """The phrase as a regex with a slot per number, the quoted value of each slot, and its word count."""
    segment = segment.strip(" .,;:…")
    pieces, values, pos = [], [], 0
    for m in _NUMERAL.finditer(segment):
        pieces.append(segment[pos:m.start()])
        values.append(_value(m.group(0), segment[m.end():]))
        pos = m.end()
    pieces.append(segment[pos:])
    words = sum(len(re.findall(r"[^\W\d_]+", p)) for p in pieces)
    if not values or words < MIN_WORDS:
        return None
    parts = []
    for k, piece in enumerate(pieces):
        body = r"\s+".join(re.escape(t) for t in piece.split())
        if body:
            parts.append(body)
        if k < len(values):
            parts.append(SLOT)
    try:
        return re.compile(r"(?<!\w)" + r"\s*".join(parts) + r"(?!\w)", re.I), values, words
    except re.error:
        return None


@functools.lru_cache(maxsize=4096)
def phrase_pattern(segment: str) -> tuple[re.Pattern, list[Decimal | None], int] | None:
    """``_pattern``, once per phrase (``notefigure`` asks for the same notes at every number it reads)."""
    return _pattern(segment)


@dataclass(frozen=True)
class Quote:
    row: object
    rx: re.Pattern
    slot: int              # the group of the row's own number
    column: str
    words: int
    values: tuple = ()     # the quoted value of every slot (None: not read)
    first: str | None = None  # the phrase's first word, lower case (None: it starts with a number)


def compile_quotes(rows) -> list[Quote]:
    """Every row's quoted phrases as patterns (once per table)."""
    out = []
    for row in rows:
        for seg in segments(getattr(row.fig, "ghi_chu", "") or ""):
            built = _pattern(seg)
            if built is None:
                continue
            rx, values, words = built
            slots = [(k, col) for k, v in enumerate(values) if v is not None
                     for col, cell in row.values.items() if cell == v and col != "ky_truoc"]
            if slots:
                head = seg.strip(" .,;:…").split()[0]
                lead = _NUMERAL.match(head)
                first = None if lead else head[:lead.start() if lead else len(head)].lower()
                if first is not None and _NUMERAL.search(first):
                    first = first[:_NUMERAL.search(first).start()] or None
                out.append(Quote(row, rx, slots[0][0] + 1, slots[0][1], words, tuple(values), first))
    return out


def _occurrences(low: str, word: str) -> list[int]:
    out, k = [], low.find(word)
    while k >= 0:
        out.append(k)
        k = low.find(word, k + 1)
    return out


def quote_anchors(text: str, quotes: list[Quote], value_at, numbers=()) -> dict[int, list[Anchor]]:
    """``{start of a numeral in text: [Anchor, ...]}``.

    ``value_at(start)`` is the value of the number written at ``start`` (None if
    none is read there); ``numbers`` are the starts of the text's numbers.

    A changed number is one number: where a phrase is the row's, its other
    numbers stay as quoted (``12 vụ, 221 bị can`` for a quoted ``12 vụ, 7 bị
    can``).  Where the phrase still fits several places, the row's is the one
    that also writes the row's own number as quoted; else none: a phrase met
    twice with the row's number cannot tell the row's place from a number
    moved there.
    """
    out: dict[int, list[Anchor]] = {}
    low = text.lower() if len(text.lower()) == len(text) else None
    firsts: dict[str, list[int]] = {}
    for q in quotes:
        if low is None:
            places = list(q.rx.finditer(text))
        else:  # try the phrase only where its first word (or, for a leading number, a number) stands
            if q.first is None:
                at = numbers
            else:
                at = firsts.get(q.first)
                if at is None:
                    at = firsts[q.first] = _occurrences(low, q.first)
            places = [m for m in (q.rx.match(text, p) for p in at) if m]

        def quoted(m, skip=None):
            return all(v is None or k + 1 == skip or value_at(m.start(k + 1)) == v for k, v in enumerate(q.values))

        places = [m for m in places if quoted(m, skip=q.slot)]
        if len(places) > 1:
            full = [m for m in places if quoted(m)]
            places = full if len(full) == 1 else []
        for m in places:
            out.setdefault(m.start(q.slot), []).append(Anchor(q.row, q.column, q.words))
    return out
