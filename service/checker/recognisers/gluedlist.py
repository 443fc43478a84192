"""A count glued to its abbreviated noun inside a list of counts of one family: ``5 huy chương: 1HCV, 2HCB, 2HCĐ``
(xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04), ``Đoàn Bình Dương … với 5 HCV, 5HCB, 7 HCĐ``
(sweep page p38-vov-taekwondo-tre-ketthuc-none).

A number glued to capitals is read as a code (``5K``, ``4G``, ``3D``: ``names.GLUED``).  But when a neighbouring item
of the same list — after or before a comma, a semicolon or ``và`` — is a number with capitals that open with the same
two letters (``HCV`` beside ``HCB``: the family ``HC``, huy chương), the glued token is one more count of that list,
the space merely left out: the number is a figure, its abbreviation the noun.  A lone glued code (``đạt 2HCB`` with no
sibling), one-letter codes (``4G, 5G``: no family of two letters) and letters before the digits (``U16``, ``A1``,
``H5N1``, ``COVID-19``) are not this.
"""

from __future__ import annotations

import re

#: an item of the list: a number, an optional space, two or more capitals (the abbreviation)
_ITEM = r"\d{1,4}[ \t]?([A-ZĐ]{2,4})(?![\w])"
#: the sibling before the glued token: ``1 HCV, `` / ``5 HCV và `` right before it
_BEFORE = re.compile(_ITEM + r"[ \t]*(?:[,;]|[ \t]và)[ \t]*$")
#: the sibling after it: ``, 2HCĐ`` / `` và 7 HCĐ``
_AFTER = re.compile(r"[ \t]*(?:[,;]|[ \t]và)[ \t]*" + _ITEM)


def family_sibling(text: str, start: int, end: int, letters: str) -> bool:
    """The glued token ``text[start:end]`` (capitals ``letters``) has a list neighbour whose abbreviation opens
    with the same two letters."""
    if len(letters) < 2:
        return False
    before = _BEFORE.search(text, max(0, start - 16), start)
    after = _AFTER.match(text, end)
    return any(s is not None and s.group(1)[:2] == letters[:2] for s in (before, after))


_GLUED_CAPS = re.compile(r"([A-ZĐ]{2,4})(?![\w])")


def glued_count(text: str, start: int, end: int) -> bool:
    """The number ``text[start:end]`` runs straight into capitals that make it a count of such a list
    (``family_sibling``): no document's number (``huy chương: 1HCV`` is not ``chương 1``)."""
    caps = _GLUED_CAPS.match(text, end)
    return caps is not None and family_sibling(text, start, caps.end(), caps.group(1))
