"""A spreadsheet's locale read from the marks its numbers carry (round 32).

An agency's sheet saved from a spreadsheet set to an English locale types a count ``869,000`` and a rate ``44.35``
(zf-hau-giang's khám chữa bệnh as its clerk's export; yc-long-dien's ``12,200`` tỷ đồng beside ``110.3``%).  Neither
mark alone tells: ``869,000`` is also a Vietnamese 869 with three decimals, ``44.35`` also a machine's dot.  Together
they do: a dot followed by one, two or four or more digits is a decimal mark (a Vietnamese dot always groups three),
so the sheet's comma is no decimal mark — when no number uses a comma as one (``8,35``: Vietnamese, never English).

:func:`english_by_both_marks` is that reading; ``load`` then reads the sheet in English notation and says so.
"""

from __future__ import annotations

import re

__all__ = ["english_by_both_marks", "number_cells"]

_NUMBER = re.compile(r"[-+(]?\d[\d.,]*\)?%?")
_DOT_DECIMAL = re.compile(r"[-+(]?\d+\.(?:\d{1,2}|\d{4,})\)?%?")      # 44.35, 110.3, 0.1234
_COMMA_GROUPS = re.compile(r"[-+(]?\d{1,3}(?:,\d{3})+\)?")           # 869,000, 12,200, 1,234,567
_COMMA_DECIMAL = re.compile(r"[-+(]?\d+,(?:\d{1,2}|\d{4,})\)?%?")     # 8,35, 0,5, 47,5: Vietnamese
_DOT_GROUPS_AND_COMMA = re.compile(r"[-+(]?\d{1,3}(?:\.\d{3})+,\d+\)?")  # 1.234,5: Vietnamese


def number_cells(rows: list[tuple[int, list]], skip: set[int]) -> list[str]:
    """The cells typed as text that are a number and nothing else (``869,000``, ``44.35``, ``(3,8)``), spaces
    removed, outside the columns ``skip`` (codes, labels, units, notes: ``1.1`` is a code, not a decimal)."""
    out = []
    for _, cells in rows:
        for i, v in enumerate(cells):
            if i in skip or not isinstance(v, str):
                continue
            s = v.strip().replace(" ", "").replace("\u00a0", "")
            if _NUMBER.fullmatch(s):
                out.append(s)
    return out


def english_by_both_marks(cells: list[str]) -> bool:
    """True when a number uses the dot as its decimal mark (``44.35``), another groups thousands with commas
    (``869,000``), and none uses the comma as a decimal mark (``8,35``) nor the Vietnamese dot groups with a decimal
    comma (``1.234,5``): the sheet was typed in English notation."""
    return (any(_DOT_DECIMAL.fullmatch(v) for v in cells)
            and any(_COMMA_GROUPS.fullmatch(v) for v in cells)
            and not any(_COMMA_DECIMAL.fullmatch(v) or _DOT_GROUPS_AND_COMMA.fullmatch(v) for v in cells))
