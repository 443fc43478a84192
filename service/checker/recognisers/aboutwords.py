"""How much of the words a rate names after ``về`` a row's label says (caught round 66).

``tăng 1,2% về số DN và tăng 2,7% về số vốn đăng ký`` after ``26.785 DN thành lập mới với số vốn đăng ký là 278.489
tỷ đồng`` (xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1; yn-toan-quoc-bo-ke-hoach-dau-tu-dang-ky-doanh-nghiep-2017-08):
the words are few and the label long, so what counts is the share of the *words* the label holds (not of the label
the words cover); an acronym of the words (``DN``) counts when its letters are the initials of syllables in a row of
the label (``doanh nghiệp``).  Between labels that hold them all, the one whose head — a Vietnamese noun phrase's first
word — they name is meant: ``số DN`` is ``Doanh nghiệp thành lập mới tháng 3``'s, not ``Vốn đăng ký của doanh
nghiệp …``'s (``head_named``).  ``số`` and ``lượng`` alone are words of any count: not counted.  Notation only.
"""

from __future__ import annotations

import re

from service.checker.match import fold

_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"[A-ZĐ]{2,6}")
#: words that name no row: a count's ``số``, ``mặt``, the bare ``lượng`` (``về lượng`` is ``aspects``' to read)
_EMPTY = {"so", "mat", "luong", "cac", "nhung"}


def _initials_in(acronym: str, syllables: list[str]) -> bool:
    a = fold(acronym)
    return any("".join(s[0] for s in syllables[k:k + len(a)]) == a for k in range(len(syllables) - len(a) + 1))


def words_named(words: str, label: str) -> float:
    """The share (0..1) of ``words``' own words that ``label`` says, an acronym by its initials."""
    syllables = _WORD.findall(fold(label))
    have = set(syllables)
    said = [w for w in _WORD.findall(words) if fold(w) not in _EMPTY]
    if not said:
        return 0.0
    hit = sum(1 for w in said if (_initials_in(w, syllables) if _ACRONYM.fullmatch(w) else fold(w) in have))
    return hit / len(said)


def head_named(words: str, label: str) -> bool:
    """The words' first own word (an acronym: its initials) starts ``label`` (its first part before a colon)."""
    syllables = _WORD.findall(fold(label.split(":", 1)[0]))
    said = [w for w in _WORD.findall(words) if fold(w) not in _EMPTY]
    if not said or not syllables:
        return False
    first = said[0]
    if _ACRONYM.fullmatch(first):
        return _initials_in(first, syllables[:len(first)])
    return fold(first) == syllables[0]
