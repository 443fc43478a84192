"""A line written as an address's slug — lower case, no marks, no punctuation — on a page written with its marks: the
page's headline given again as a picture's text or a link's name, its numbers the headline's, stating nothing new.

    dich ta lon chau phi tiep tuc lan rong 16 trieu con da phai tieu huy
    Tiêu hủy lợn nhiễm dịch ở Bình Dương          (c49-tuoitrethudo-dich-ta-lon-1-6-trieu-con: ``1,6 triệu`` of the
                                                   headline, its comma lost in the slug)
    thai nguyen gia tri san xuat cong nghiep 6 thang dau nam dat tren 257 nghin ty dong
                                                  (c38-thainguyentv-gtsx-cong-nghiep-6-thang-2017)

``alttext`` wants the picture's index after a dash (``… - Anh 1``); this line has none, so its shape alone says what it
is: the whole line, six words or more, at least four of them words of letters, every letter a lower-case one without a
mark, nothing but spaces between them (no comma, stop or dash: a sentence typed without marks has them). A page written
without marks (fewer than 20 marked letters) keeps its lines as its words; a line of numbers only (a table's row)
is not a slug; a line with one capital or one mark (``Tiêu hủy lợn …``) is the page's own words; a line holding an
English function word (``of``, ``and``, ``by`` …) is English, not a slug.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_NUMBER = re.compile(r"\d+")
_MARKED = re.compile(r"[à-ỹÀ-ỸđĐ]")
_SLUG = re.compile(r"(?m)^[ \t]*(?P<line>[a-z0-9]+(?:[ ][a-z0-9]+){5,})[ \t]*$")
_WORD = re.compile(r"(?<![a-z0-9])[a-z]+(?![a-z0-9])")
#: English function words no Vietnamese slug holds: a bilingual yearbook's English line in lower case (``at constant
#: 2010 prices by types of ownership``, sweep s1-hoa-binh-nien-giam-chi-so-grdp-2021) is a caption, not a slug
_ENGLISH = re.compile(r"(?<![a-z0-9])(?:of|and|by|with|from|at|for)(?![a-z0-9])")


@lru_cache(maxsize=64)
def _slug_numbers(text: str) -> tuple[tuple[int, int], ...]:
    if len(_MARKED.findall(text)) < 20:
        return ()
    found = []
    for m in _SLUG.finditer(text):
        if len(_WORD.findall(m.group("line"))) < 4 or _ENGLISH.search(m.group("line")):
            continue
        found.extend((n.start(), n.end()) for n in _NUMBER.finditer(text, m.start("line"), m.end("line")))
    return tuple(found)


class SlugLine(Recogniser):
    name, kind = "slug-line", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e in _slug_numbers(text):
            if a <= s < b:
                yield Claim(s, e, self.kind, "a line written as an address's slug (the headline again)", self.name)


SLUG_LINE = SlugLine()
