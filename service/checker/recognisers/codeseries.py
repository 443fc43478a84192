"""A code ending in a unit's letter, named by the same noun as other codes of its text (round 93, issue 13).

    … trong đó có những chuyên án lớn, như chuyên án 0423T, bắt 2 đối tượng, thu 4 bánh heroin; chuyên án 0323V, bắt
    2 đối tượng, …; chuyên án 1223M, bắt 1 đối tượng, thu 9,5kg …   (xu-lai-chau-cong-an-tinh-toi-pham-ma-tuy-2023)

``names.GLUED`` reads digits glued to capitals as a code (``0423T``, ``4G``, ``9A``) unless the capitals are a unit's
(``KG``, ``KM``, ``M``, ``MW``): ``1223M`` alone may be 1.223 metres, so it was read as a measure and flagged. What
tells the code is its series: the same noun (the word or two right before the number: ``chuyên án``) stands before
another token of digits glued to capitals in the same stretch of text, one that can only be a code (its capitals no
unit's). An amount in metres has no such sibling (``dài 1.223M``, ``đạt 500M``: no ``dài 0423T`` near it); a list of
measures (``cao 12M, rộng 8M``) names different nouns and units alike. Grammar only: no list of nouns.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: The capitals a unit may be written in (``names.GLUED`` leaves these to the measures).
_UNIT_CAPS = re.compile(r"(?:KG|KM|HA|M|CM|MM|KW|KV|MW|GB|MB|TB|VND|VNĐ|Đ)$")
#: The noun right before a number: one or two words of letters (``chuyên án``, ``lớp``).
_NOUN_BEFORE = re.compile(r"(?<![\w])([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]+$")
_REACH = 600


def _series_noun(text: str, start: int, end: int, noun: str) -> bool:
    """Another token of digits glued to non-unit capitals stands right after ``noun`` within reach."""
    sibling = re.compile(rf"(?i:(?<![\w]){re.escape(noun)})[ \t]+(\d+([A-ZĐ]{{1,3}}))(?![\w])")
    for m in sibling.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if m.start(1) != start and not _UNIT_CAPS.search(m.group(2)):
            return True
    return False


def _accept(text: str, m: re.Match) -> bool:
    if not _UNIT_CAPS.search(m.group(2)):
        return False   # not a unit's capitals: ``names.GLUED`` reads it already
    noun = _NOUN_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    if noun is None:
        return False
    words = noun.group(1).split()
    return any(_series_noun(text, m.start(1), m.end(1), " ".join(words[k:])) for k in range(len(words)))


CODE_SERIES = Rule("code-series", "name", "a code of a series its noun names (chuyên án 0423T … chuyên án 1223M)",
                   re.compile(r"(?<![\w.,/])(\d{2,}([A-ZĐ]{1,3}))(?![\w])"), accept=_accept)
