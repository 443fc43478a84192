"""A writer's byline: the name a newspaper item is signed with, read the one way for the checker's digests
(``recognisers.digest``: a line of its own) and the template's (``onboarding.digest``: a line, or brackets closing
the item).

    * Khám bệnh cho 600 người … Hội Chữ thập đỏ tỉnh Bến Tre …
    AN HÒA                                            (held-out yv-quang-ngai-hoi-nan-nhan-…-2015-h1)
    … Tổng kinh phí hơn 556 triệu đồng.
    Như Thảo                                          (c37-tuthienxanh-nha-tinh-nghia-hoc-bong)
    … giúp tổng cộng trên 1,9 tỷ đồng. (AN PHÚ)       (t32-sggp-hoat-dong-tu-thien-post269384)
    … Tổng trị giá quà tặng gần 30 triệu đồng. (Q.QUỲNH)

A name is one to four words, each a syllable in capitals (``SƠN``), a capitalised syllable (``Thảo``) or initials
in capitals (``K.A``, ``N.Đ.C.``, run on into a syllable: ``L.T.NGÂN``); a name of one word is initials. A syllable
holds a vowel (``TCDH``, ``TVB`` are abbreviations), no word a digit; a line naming a province is a heading (``Tại
Điện Biên``, ``Hà Nội``). ``name_line``: a line holding only a name; ``name_bracket``: a paragraph ending with a
name in brackets (``(Thiện Nhân)``, ``(A.T)``).
"""

from __future__ import annotations

import re

from service.checker.recognisers.places import provinces_named

#: initials: ``K.A``, ``N.Đ.C.``
INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\.?")
#: initials run on into a syllable: ``L.T.NGÂN``, ``Q.QUỲNH``
_INITIALS_NAME = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]{2,}")
#: a Vietnamese syllable holds a vowel (``TCDH``, ``TVB`` are abbreviations, no name)
_VOWEL = re.compile(r"(?i)[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
MAX_WORDS = 4
#: a name in brackets closing a paragraph
_BRACKET = re.compile(r"\(\s*([^()]*?)\s*\)\s*$")


def initials(w: str) -> bool:
    """Initials in capitals: ``K.A``, ``N.Đ.C.``, ``L.T.NGÂN``."""
    return w.isupper() and (INITIALS.fullmatch(w) is not None or _INITIALS_NAME.fullmatch(w) is not None
                            and _VOWEL.search(w.rsplit(".", 1)[-1]) is not None)


def name_word(w: str) -> bool:
    """One word of a writer's name: a syllable in capitals (``SƠN``) or capitalised (``Thảo``), or initials."""
    if "." in w:
        return initials(w)
    return w.isalpha() and len(w) >= 2 and _VOWEL.search(w) is not None and (w.isupper() or w[0].isupper()
                                                                           and w[1:].islower())


def name(text: str) -> bool:
    """A writer's name and nothing else (see the module)."""
    words = text.split()
    if len(words) == 1:
        return initials(words[0])
    return 2 <= len(words) <= MAX_WORDS and all(name_word(w) for w in words) and not any(provinces_named(text))


def name_line(line: str) -> bool:
    """A line holding only a writer's name: ``SƠN KIM``, ``Như Thảo``, ``K.A``."""
    return name(line.strip())


def name_bracket(paragraph: str) -> bool:
    """A paragraph ending with a writer's name in brackets: ``… 1,9 tỷ đồng. (AN PHÚ)``, ``(A.T)``."""
    m = _BRACKET.search(paragraph)
    return m is not None and name(m.group(1))
