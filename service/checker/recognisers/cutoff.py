"""A number whose word after it the page cut off: the text ends a letter or two into the next word, so what the number
counts or weighs is lost, and no table row can be matched to it.

    … Ước tổng thiệt hại khoảng 5 t                       (xo-mien-nui-phia-bac-dong-loc-nha-toc-mai-2024-04: 5 tỷ? 5 tấn?)
    … sửa chữa và làm mới 71km đường giao thông nông thôn, xây dựng mới 9 c
                                                           (yb-dong-bang-song-hau-cum-tinh-doan-giao-ban-2023-h1)

The grammar: the number, a space, then one to three letters with no vowel — no Vietnamese syllable lacks a vowel, so
the word was cut — and nothing but blanks to the end of the text.  A unit symbol (``5 km``, ``12 m``, ``3 kg``: the
checker's measures) is a whole word, not a cut one, and a whole word at the end (``… đạt 5 tỷ``) is left alone.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: a numeral, a space, a fragment of consonants (lower case: a cut word mid-sentence)
_CUT = re.compile(r"(?<![\w.,])(\d[\d.,]*)[ \t]+([bcdfghjklmnpqrstvwxzđ]{1,3})(?![\w])")
#: unit symbols that are whole words of consonants (the checker's measures)
_SYMBOLS = frozenset({"km", "m", "cm", "mm", "kg", "g", "l", "ml", "kw", "kwh", "mw", "mwh"})


def _at_text_end(text: str, m: re.Match) -> bool:
    """Nothing but blanks after the fragment, and the fragment is no unit symbol (a tonne is written ``tấn``)."""
    return not text[m.end():].strip() and m.group(2) not in _SYMBOLS


CUT_OFF = Rule("cut-off", "furniture", "the page cut the word after this number off: what it counts is lost",
               _CUT, accept=_at_text_end)
