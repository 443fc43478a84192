"""A number written again in words, in brackets right after its digits: ``13.503.000.000đ (Mười ba tỷ, năm trăm
linh ba triệu đồng)``, ``05 (năm) đồng chí``, ``2.500.000 đồng (Bằng chữ: hai triệu năm trăm nghìn đồng)``.

The words are the same number said again, the way receipts, budgets and lists of elected members write it: one
claim, the digits'. The words are no second figure (read piece by piece, ``Mười ba tỷ`` and ``năm trăm linh ba triệu``
would be two false alarms on a real table).

When the words say another number than the digits (``05 (sáu) đồng chí``), that is an error of the text: the words
are then read as one number, which the table has to hold like any other (so it is flagged).

The rule is over notation only: digits (with at most a few unit words after them), an opening bracket, and inside it
nothing but number words, the unit or currency words, commas and ``bằng chữ:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from service.numbers import parse_vn
from service.numwords import SCALES, WordNumber, find_number_words

_DIGITS_THEN_BRACKET = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"      # the digits, Vietnamese notation
    r"[ \t]*((?:[^\W\d_]+[ \t]*){0,3})"                              # a few unit words: đ, đồng, triệu đồng, đồng chí
    r"\.?[ \t]*\([ \t]*(?:bằng[ \t]+chữ[ \t]*:?[ \t]*)?"                      # the bracket, maybe "Bằng chữ:"
    r"([^\W\d_][^()\d\n]{0,150}?)[ \t.]*\)", re.IGNORECASE)
#: Words a spelled-out amount may carry besides its number words and the digits' own unit words.
_FILLER = {"đồng", "đ", "vnđ", "vnd", "chẵn", "chẳn", "và", "lẻ"}


@dataclass(frozen=True, slots=True)
class Spelled:
    """The words ``text[start:end]`` inside the brackets ``text[open:close]`` restate (or not) the digits before."""

    open: int
    close: int
    words: WordNumber       # all the number words as one number (their pieces summed)
    same: bool


def _digits_value(digits: str, units: str) -> Decimal | None:
    try:
        value = parse_vn(digits)
    except ValueError:
        return None
    for word in units.lower().split():
        value *= SCALES.get(word, 1)
    return value


def spelled_out(text: str) -> list[Spelled]:
    """Every bracket of number words right after digits, with whether it says the same number (see the module)."""
    out = []
    for m in _DIGITS_THEN_BRACKET.finditer(text):
        digits = _digits_value(m.group(1), m.group(2))
        ws, we = m.span(3)
        pieces = find_number_words(text, ws, we)
        if digits is None or not pieces or pieces[0].start != ws:
            continue
        rest = text[ws:we]
        for p in reversed(pieces):
            rest = rest[:p.start - ws] + " " + rest[p.end - ws:]
        units = set(m.group(2).lower().split())
        left = [w for w in re.split(r"[\s,:;]+", rest.lower()) if w]
        if any(w not in _FILLER and w not in units and w not in SCALES for w in left):
            continue  # "5 xã (trong đó hai xã đạt chuẩn)": a breakdown, not the number said again
        value = sum((p.value for p in pieces), Decimal(0))
        words = WordNumber(pieces[0].start, pieces[-1].end, value, tuple(w for p in pieces for w in p.words),
                           len(pieces) > 1 or pieces[0].structured, max(p.decimals for p in pieces))
        out.append(Spelled(text.rindex("(", m.start(), ws), m.end(), words, value == digits))
    return out
