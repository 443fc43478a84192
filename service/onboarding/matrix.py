"""Units listed clause by clause, each named before its figure: whose figure a row is (round 25).

``Long Xuyên 9/9 cơ sở Hội tổ chức Đại hội (đạt 100%); Châu Đốc 7/7 cơ sở Hội tổ chức Đại hội (đạt 100%); Tân Châu
12/14 …`` (t18-angiang-hnd-daihoi-coso-2018): a page listing several units' figures one clause each — a matrix of
units read as a list — gives each unit's figure the same words (``Số cơ sở Hội tổ chức Đại hội`` eight times), so the
sheet reads as the whole's rows said again.  The unit's name is the clause's opening words right before the number:
two to five words each opening on a capital (a place, a school, a body: ``Châu Thành``, ``THPT Nguyễn Quang Diêu``),
no number in them, and the paragraph names two units or more that way (a list, not a sentence that happens to open
on a name).  The label is the row's, then the unit's — ``Số cơ sở Hội tổ chức Đại hội: Long Xuyên`` — as the figures
loader names a row's parts (``<row>: <part>``, ``parts.part_label`` for parts in brackets).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5
#: What ends the clause before a unit's name: a semicolon, a colon, a comma, a full stop, a bracket, a line.
_CLAUSE_BREAK = re.compile(r"[;:,.!?()\n]")


def _capitalised(word: str) -> bool:
    """A word of a name: opens on a capital letter, letters (and an abbreviation's dot) only — ``TP.``, ``Đốc``."""
    return word[:1].isupper() and word.replace(".", "").isalpha()


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def unit_name(text: str, start: int) -> str | None:
    """The words between the clause's start and the number at ``start`` when they name a unit, else None."""
    piece = text[max(0, start - 60):start]
    cut = max((mm.end() for mm in _CLAUSE_BREAK.finditer(piece)), default=0)
    if cut == 0 and start > 60:
        return None
    words = piece[cut:].split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not all(_capitalised(w) for w in words):
        return None
    return " ".join(words)


def listed_units(p: Para) -> set[str]:
    """The names of the units the paragraph lists clause by clause (empty when fewer than two)."""
    names = {n for m in p.figures if (n := unit_name(p.text, _start(m)))}
    return names if len(names) >= 2 else set()


def unit_label(p: Para, i: int, m: Mention, label: str) -> str | None:
    """``<row's label>: <unit>`` for a figure opening a clause of a list of units, else None."""
    name = unit_name(p.text, _start(m))
    if not name or not label or name not in listed_units(p) or name in label:
        return None
    return f"{label}: {name}"
