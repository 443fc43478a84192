"""What one gift's value is made of: ``mỗi suất trị giá 1,8 triệu đồng bao gồm 1,5 triệu đồng tiền mặt … và phiếu mua
hàng trị giá 300.000 đồng``, ``mỗi phần quà trị giá 700.000 đồng (gồm các nhu yếu phẩm và 500.000 đồng tiền mặt)`` —
the parts of one unit's amount, no total of the period (the count of gifts and their total are the figures).

    … trao tặng 700 suất quà, mỗi suất trị giá 1,8 triệu đồng bao gồm 1,5 triệu đồng tiền mặt (chuyển khoản) và phiếu
    mua hàng trị giá 300.000 đồng cho các hộ gia đình …    (c45-baomoi-cong-doan-vien-chuc-tphcm-tet-2025)
    … 93 đoàn viên khó khăn đặc biệt đã được nhận quà Tết …, mỗi phần quà trị giá 700.000 đồng (gồm các nhu yếu phẩm và
    500.000 đồng tiền mặt).                                  (c45-nld-nghiep-doan-quan-10-tet-2024)
    … tặng quà với định mức 200.000 đồng/suất (gồm 100.000 đồng tiền quà và 100.000 đồng tiền mặt).
                                                             (t29-cand-qua-cu-100-tuoi)

The grammar: an amount said of one unit (``mỗi suất``/``mỗi phần (quà)``/``mỗi gói`` … ``trị giá`` and the amount, or
``định mức`` and the amount, or the amount ``/suất``), then ``gồm``/``bao gồm`` (in brackets or after a comma): every
amount of money after it, to the bracket's close or the sentence's end, is a part of that one unit's value. Its
sibling ``each.EACH_MADE_OF`` reads the make-up of a unit that is no gift (``mỗi tổ gồm 3 …``). An amount after
``tổng`` there is a total, and ends the reading.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*)?(?:đồng|đ)(?!\w)"
_GIFT = r"(?:suất|phần|gói|túi|thùng|phần\s+quà|suất\s+quà|gói\s+quà|túi\s+quà)"
_HEAD = re.compile(
    rf"(?i)(?:(?<!\w)mỗi\s+{_GIFT}\s+(?:quà\s+)?(?:(?:trị\s+giá|có\s+giá\s+trị|là)\s+)?(?:khoảng\s+)?{_AMOUNT}"
    rf"|(?<!\w)định\s+mức\s+{_AMOUNT}(?:\s*/\s*{_GIFT})?"
    rf"|{_AMOUNT}\s*/\s*{_GIFT}(?!\w))"
    r"(?P<open>\s*,?\s*(?:bao\s+)?gồm(?:\s+có)?|\s*\(\s*(?:bao\s+)?gồm(?:\s+có)?)(?!\w)")
_PART = re.compile(rf"(?i)(?<![\d.,]){_AMOUNT}")
_TOTAL = re.compile(r"(?i)(?<!\w)tổng(?!\w)")


class GiftParts(Recogniser):
    name, kind = "gift-parts", "norm"
    note = "a part of one gift's value (mỗi suất trị giá … bao gồm 1,5 triệu đồng tiền mặt …), not a total"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "gồm" not in text[a:b]:
            return
        for m in _HEAD.finditer(text, a, b):
            bracket = "(" in m.group("open")
            stop = re.compile(r"\)" if bracket else r"[.;!?](?=\s|$)|\n").search(text, m.end())
            end = min(stop.start() if stop else len(text), b)
            total = _TOTAL.search(text, m.end(), end)
            if total:
                end = total.start()
            for p in _PART.finditer(text, m.end(), end):
                yield Claim(p.start(), p.end(), self.kind, self.note, self.name)


GIFT_PARTS = GiftParts()
