"""The administrative place nouns of Vietnamese, by level: one grammar for every reader of a place.

A province (``tỉnh``), a district's level (``huyện``, ``quận``, ``thị xã``, ``thành phố``; written short ``TP``,
``TX``) and a commune's (``xã``, ``phường``, ``thị trấn``).  Each reader builds its own pattern from these (the
checker's place names ``checker/placenamed.py``, the other units ``checker/recognisers/otherunits.py``, the loader's
unit columns ``figures/unitrows.py`` — folded there) and keeps its own extra words as its own.  Open-ended as the
readers are: a noun not here is no place noun, and the text is read as it was.
"""

from __future__ import annotations

PROVINCE = ("tỉnh",)
DISTRICT = ("huyện", "quận", "thị xã", "thành phố")
COMMUNE = ("xã", "phường", "thị trấn")
#: the short forms of district nouns as written before a name (``TP Vinh``, ``TX. Sơn Tây``)
SHORT = {"thành phố": "TP", "thị xã": "TX"}


def alternation(nouns, either_case_first: bool = False) -> str:
    """A regex alternation of ``nouns``, their words apart by any whitespace; ``either_case_first``: the first letter
    in either case (``[hH]uyện``), the rest as written."""
    def one(noun: str) -> str:
        head = f"[{noun[0]}{noun[0].upper()}]{noun[1:]}" if either_case_first else noun
        return r"\s+".join(head.split())
    return "|".join(one(n) for n in nouns)


def short_forms(nouns) -> str:
    """A regex alternation of the short forms of ``nouns``, each with or without its full stop (``TP\\.?``)."""
    return "|".join(SHORT[n] + r"\.?" for n in nouns if n in SHORT)
