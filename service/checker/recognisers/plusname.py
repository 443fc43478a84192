"""A model named by a sum: ``mô hình “5+1” (5 CCB có điều kiện giúp 1 CCB nghèo …)``, ``mô hình 15+1`` — the numbers
of the name say how the model works (five members help one), and the bracket right after it spells the name out; none
is a figure of the period.

    … xây dựng 24 mô hình “5+1” (5 CCB có điều kiện giúp 1 CCB nghèo phát triển sinh kế giảm nghèo), …
                                                      (xy-ben-tre-hoi-ccb-tinh-giup-nhau-thoat-ngheo-2010-2020)
    … mô hình “5+1” (5 hộ khá giàu giúp 1 hộ nghèo) giúp CCB thoát nghèo …      (baodongkhoi.vn, 2023)
    … phát động thực hiện mô hình 15+1 trên địa bàn 25 xã, thị trấn.            (baovemoitruong.org.vn, Nghĩa Đàn)

- ``PLUS_NAME``: numerals joined by ``+`` alone inside quotation marks (``“5+1”``), or unquoted right after a naming
  noun (``mô hình 15+1``); each numeral is claimed (``name``), and so are the numerals of a bracket that opens right
  after the name when they are the name's own, in order (``(5 CCB … giúp 1 CCB …)``: 5 and 1).

Negatives: the count of such models before the name (``24 mô hình “5+1”``, ``1.055 mô hình “5+1”, với 5.763 hội
viên``: read as before); a bracket whose numbers are others (``mô hình “5+1” (24 mô hình)``); a sum with a letter or
a decimal (``“3+ 2,5”``) or a quoted name with words (``“5 không, 3 sạch”``: ``names.QUOTED``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, alternation
from service.checker.recognisers.vocab import NAMING_NOUNS

_SUM = r"\d{1,3}(?:[ \t]?\+[ \t]?\d{1,3})+"
_NAME = re.compile(rf"[“\"«][ \t]?({_SUM})[ \t]?[”\"»]"
                   rf"|(?i:(?<!\w)(?:{alternation(NAMING_NOUNS)}))[ \t]+({_SUM})(?![\d.,]?\d|[^\W\d_]|[ \t]?\+|[ \t]+(?i:năm|tháng|ngày|tuổi)(?!\w))")
_INT = re.compile(r"(?<![\d.,])\d+(?![.,]?\d)")
_GLOSS = re.compile(r"[ \t]?\(([^()\n]{1,200})\)")


class PlusName(Recogniser):
    name, kind = "plus-name", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "+" not in text[a:b]:
            return
        for m in _NAME.finditer(text, a, b):
            g = 1 if m.group(1) is not None else 2
            nums = list(_INT.finditer(text, *m.span(g)))
            for d in nums:
                yield Claim(d.start(), d.end(), self.kind, "a model named by a sum (mô hình “5+1”)", self.name)
            gloss = _GLOSS.match(text, m.end())
            if gloss is None:
                continue
            said = list(_INT.finditer(text, *gloss.span(1)))
            if [d.group() for d in said] == [d.group() for d in nums]:
                for d in said:
                    yield Claim(d.start(), d.end(), self.kind, "the bracket spelling out a model's name (5 … giúp 1)",
                                self.name)


PLUS_NAME = PlusName()
