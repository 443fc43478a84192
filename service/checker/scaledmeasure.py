"""A measure the table is in, written after a scale word in a spelling extraction does not know (chk95, issue 13).

``sản lượng củi khai thác đạt 15,6 triệu ste`` (xw-toan-quoc-tong-cuc-thong-ke-san-xuat-lam-nghiep-2019-10, its row
in ``triệu ste``): extraction knows the common measures after a scale word (``triệu m3``, ``nghìn ha``) and reads any
other word there as the noun a count counts, so ``15,6 triệu`` was a count no row held. The rule is the table's, not
a list: a word (or two) right after the scale word that spells the measure some row of the table is in
(``service.figures.units.MEASURES``: ``ste``/``xte``/``ster``/``m3 xếp``, ``mét``, ``hec ta`` …) is that measure, and
the number is read as it (in base units, as the row is stored).
"""

from __future__ import annotations

import re

from service.checker.extract import _noun_after
from service.figures.units import _MEASURE_BY_KEY, _key

#: the one or two words right after the scale word (``ste``, ``m3 xếp``), on the same line
_WORDS_AFTER = re.compile(r"[ \t]+([^\W_]+)(?:[ \t]+([^\W_]+))?")


def _table_measures(index) -> dict[str, str]:
    """{folded spelling: measure} of the measures the table's rows are in."""
    kept = {r.unit for r in index.rows if r.kind == "measure" and r.unit}
    return {k: sym for k, sym in _MEASURE_BY_KEY.items() if sym in kept}


def measure_after_scale(text: str, mention, spellings: dict[str, str]) -> tuple[str, int] | None:
    """(measure, end) when the words right after ``mention``'s scale word spell one of ``spellings``."""
    if mention.kind != "count" or mention.scale <= 1 or mention.unit is not None and mention.unit in spellings.values():
        return None
    wm = _WORDS_AFTER.match(text, mention.end)
    if wm is None:
        return None
    if wm.group(2) and (sym := spellings.get(_key(wm.group(1) + " " + wm.group(2)))):
        return sym, wm.end(2)
    sym = spellings.get(_key(wm.group(1)))
    return (sym, wm.end(1)) if sym else None


def scaled_table_measures(text: str, mentions: list, index) -> list:
    """``mentions`` with each count in ``<scale> <a spelling of a table's measure>`` read as that measure."""
    spellings = _table_measures(index)
    if not spellings:
        return mentions
    for m in mentions:
        found = measure_after_scale(text, m, spellings)
        if found:
            m.kind, m.unit = "measure", found[0]
            m.end = found[1]
            m.noun = _noun_after(text, m.end)[0]   # what the measure is of, as extraction reads a measure's
    return mentions
