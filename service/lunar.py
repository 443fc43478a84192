"""The sexagenary cycle that names a lunar year: ten heavenly stems and twelve earthly branches, both ways.

``year_name(2023)`` is ``Quý Mão``; ``year_of("Quý", "Mão")`` is 2023 (of the sixty years from 1984, Giáp Tý,
when a page names no year). The one copy of the cycle: the periods' recognisers, the calendar facts and the
checker's vocabulary read it from here. Imports nothing from ``service`` (it sits below them all).
"""

from __future__ import annotations

#: the ten heavenly stems opening a lunar year's name, in the cycle's order (Giáp 0 … Quý 9)
STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
#: the twelve earthly branches closing it, in the cycle's order (Tý 0 … Hợi 11)
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
#: other spellings of a branch pages use (``Mẹo`` for Mão, ``Tị`` for Tỵ)
OTHER_SPELLINGS = {"Mão": ("Mẹo",), "Tỵ": ("Tị",)}
#: every spelling of a branch, each branch followed by its other spellings
BRANCH_SPELLINGS = tuple(w for b in BRANCHES for w in (b, *OTHER_SPELLINGS.get(b, ())))
#: the year 0 of the cycle's count: 1984 is Giáp Tý
CYCLE_START = 1984

_STEM_AT = {s.lower(): i for i, s in enumerate(STEMS)}
_BRANCH_AT = {w.lower(): i for i, b in enumerate(BRANCHES) for w in (b, *OTHER_SPELLINGS.get(b, ()))}


def year_name(year: int) -> str:
    """A year's lunar name: 2023 → ``Quý Mão``, 2024 → ``Giáp Thìn``."""
    k = year - CYCLE_START
    return f"{STEMS[k % 10]} {BRANCHES[k % 12]}"


def year_of(stem: str, branch: str, lo: int = CYCLE_START) -> int | None:
    """The year of the sixty from ``lo`` a stem and a branch name (``Quý``, ``Mão`` → 2023 from 1984; any case, the
    other spellings too). None for an unknown word or a name no year has (a stem and a branch of different parity)."""
    s, b = _STEM_AT.get(stem.lower()), _BRANCH_AT.get(branch.lower())
    if s is None or b is None or (s - b) % 2:
        return None
    k = next(k for k in range(60) if k % 10 == s and k % 12 == b)
    return lo + k
