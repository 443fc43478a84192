"""A rule's required size, and the same size for each region or kind listed after it: no figure of the period.

    … thôn ở trung du miền núi phía Bắc phải có từ 150 hộ, Tây Nguyên từ 200 hộ, miền Trung 250 hộ, đồng bằng sông
    Hồng 300 hộ, miền Nam 350 hộ …            (zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021)

The grammar: a verb that requires (``phải có``, ``phải đạt``; not ``tối thiểu`` alone: ``vận động … hộ trang bị tối
thiểu 1 bình chữa cháy`` counts what was done, b-ha-tinh-pccc-2023-10t), perhaps ``từ``, a number and its noun; then, in the same sentence, items of a list — a comma (or ``và``), a few words naming the region or kind, perhaps
``từ`` or ``tối thiểu``, a number and the same noun.  A list item with another noun ends the list.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_NUM = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
_FIRST = re.compile(r"(?i)(?<!\w)phải\s+(?:có|đạt)\s+(?:tối\s+thiểu\s+|ít\s+nhất\s+)?(?:là\s+)?(?:từ\s+)?(" + _NUM
                    + r")\s+([^\W\d_]+)")
_ITEM = re.compile(r"(?i)\s*(?:,|;|\bvà\b)\s*(?:riêng\s+)?(?:[^\W\d_]+\s+){1,6}?(?:(?:từ|tối\s+thiểu|ít\s+nhất)\s+)?("
                   + _NUM + r")\s+([^\W\d_]+)")


class RequiredSizes(Recogniser):
    name, kind = "required-sizes", "norm"
    note = "a size a rule requires (phải có từ …), and the same for each region listed after it"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _FIRST.finditer(text, a, b):
            noun = m.group(2).lower()
            yield Claim(m.start(1), m.end(1), self.kind, self.note, self.name)
            pos = m.end()
            while (item := _ITEM.match(text, pos, b)) is not None and item.group(2).lower() == noun:
                yield Claim(item.start(1), item.end(1), self.kind, self.note, self.name)
                pos = item.end()


REQUIRED_SIZES = RequiredSizes()
