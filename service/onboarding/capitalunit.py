"""A row label's unit in brackets written with a capital: ``(Nghìn ha)``, ``(Ha)``, ``(Nghìn ster)`` (round 78).

A pasted table's label closes with its unit in brackets (``Tổng thu từ du lịch (tỷ đồng)``); a lower-case bracket
was read as the unit, a capitalised one was not, lest an abbreviation (``(GRDP)``) or a gloss's word (``(Trường)``,
left to ``pasted.glossed_bracket_unit``) be taken for one.  The statistics office's page
(xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t) capitalises its units the way it capitalises its
labels: ``Diện tích rừng trồng mới tập trung (Nghìn ha)``, ``Cháy rừng (Ha)``.  Such a bracket is the unit when it
is written as a word (a capital, then lower case — no abbreviation) and, lowered, reads as a measure or as a scale
word before a unit (``nghìn ha``, ``triệu người``) by the figures loader's own reader; a bare count word stays no
unit (``(Trường)`` may be a gloss).
"""

from __future__ import annotations

from service.figures.units import MEASURE, read_unit



def _written_as_word(said: str) -> bool:
    """A capital, then lower case only (digits allowed: ``m3``): ``Nghìn ha``, ``Ha``, ``Nghìn m3`` — not ``GRDP``."""
    return bool(said) and said[0].isupper() and not any(c.isupper() for c in said[1:]) and "(" not in said


def capitalised_unit(bracket: str) -> str:
    """The unit a capitalised bracket states, lowered (``Nghìn ha`` → ``nghìn ha``); ``""`` when it states none."""
    said = " ".join(bracket.split())
    if not _written_as_word(said):
        return ""
    lowered = said[0].lower() + said[1:]
    unit = read_unit(lowered)
    if unit is None or not (unit.kind == MEASURE or unit.scale > 1):
        return ""
    return lowered
