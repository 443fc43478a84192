"""The numbers of a picture's alternative text: a line of words without a single mark, then `` - Anh N`` (or ``Hinh
anh N``/``Ảnh N``) ending it, on a page written with its marks — the page's headline given again as the picture's
text, its numbers the headline's, stating nothing new:

- ``Thanh tra Chinh phu phat hien hon 42.600 ty dong sai pham trong quy 3 - Anh 1``
  (zj-toan-quoc-thanh-tra-chinh-phu-ket-qua-thanh-tra-2016-q3);
- ``Cu moi gio dong ho, Viet Nam co them 13 doanh nghiep moi - Anh 1`` (c41-baomoi-doanh-nghiep-10t-2016);
- ``11 thang, xuat sieu giam con 2,84 ti USD - Anh 1``, ``Chi so san xuat cong nghiep tang 7% - Anh 1``,
  ``Hon 1.000 nguoi chet vi tai nan giao thong trong 2 thang dau nam - Hinh anh 1`` (sweep pages).

``captions`` claims the picture's index (the last ``1``) and an unmarked line that repeats an earlier marked one; the
headline is often not on the copied page (an excerpt), so the line's own shape — unmarked words, the picture's index
after a dash — says what it is. A line written with its marks (``Hơn 85 nghìn doanh nghiệp … - Hình 1``) is the
page's own words and stays checked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_MARKED = re.compile(r"[à-ỹÀ-ỸđĐ]")
#: five words or more without a mark from the line's start, a dash, the picture's word and its index, the line's end
_ALT_LINE = re.compile(r"(?m)^[ \t]*(?P<line>[A-Za-z0-9\[][A-Za-z0-9.,:%'\"\[\]-]*(?:[ \t]+[A-Za-z0-9.,:%'\"\[\]-]+){4,}?)"
                       r"[ \t]+[-–][ \t]+(?:[Hh]inh[ \t]+anh|[Aa]nh|Ảnh)[ \t]+\d{1,2}[ \t]*$")


@lru_cache(maxsize=64)
def _alt_numbers(text: str) -> tuple[tuple[int, int], ...]:
    if len(_MARKED.findall(text)) < 20:   # a page written without marks: its lines are its words
        return ()
    return tuple((n.start(), n.end()) for m in _ALT_LINE.finditer(text)
                 for n in _NUMBER.finditer(text, m.start("line"), m.end("line")))


class AltText(Recogniser):
    name, kind = "picture-alt-text", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e in _alt_numbers(text):
            if a <= s < b:
                yield Claim(s, e, self.kind, "a picture's text without marks (the headline again)", self.name)


ALT_TEXT = AltText()
