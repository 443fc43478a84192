"""The value of one gift: an amount said of a gift not counted, so of each one handed out, not a total of the period.

    Dịp này, các cụ 90 tuổi nhận Thiếp mừng thọ của Chủ tịch nước trị giá 1.000.000 đồng và Giấy mừng thọ … cùng
    phần quà trị giá 200.000 đồng.          (ys-dong-nai-dinh-quan-hoi-nguoi-cao-tuoi-xa-phu-loi-chuc-tho-2025-02)
    Cụ ông, cụ bà phấn khởi nhận quà 100.000 đồng …  Chương trình phát quà 100.000 đồng nhân dịp Quốc khánh 2.9 …
                                                        (c42-thanhnien-qua-100000-dong-quoc-khanh-2025)

The gift (an open list: ``quà``, ``phần quà``, ``suất quà``, ``món quà``, ``thiếp mừng thọ``, ``sổ tiết kiệm`` …) has no
count before it, or one (``một suất quà``): the amount is what one gift is worth — ``trị giá`` (``có giá trị``) after
the gift and its own words (``của Chủ tịch nước``), or the amount right after the gift. A counted gift (``trao 60 suất
quà trị giá 30 triệu đồng``, ``các phần quà``) is the total, and ``tổng trị giá`` always is, and so is an amount whose
recipients follow (``trao quà trị giá 50 triệu đồng cho 100 hộ``).  ``each.each_governs``
keeps ``mỗi suất quà trị giá``. Only asked of an amount no row supports; a table keeping the value per gift checks it.
"""

from __future__ import annotations

import re

#: the gifts (open: any ``<phần|suất|món|gói|túi|xuất> quà``, a congratulation card, a savings book)
_GIFT = (r"(?:phần|suất|xuất|món|gói|túi|bộ)\s+quà(?:\s+(?:tặng|tết|trung\s+thu))?"
         r"|thiếp\s+(?:mừng|chúc)\s+thọ|sổ\s+tiết\s+kiệm")
#: what may stand before an uncounted gift (a verb of giving, a link word, one)
_BEFORE = r"(?:nhận|tặng|trao|trao\s+tặng|phát|cùng|và|kèm|kèm\s+theo|với|được|1|01|một)"
_WORDS = r"(?:\s+[^\W\d_]+){0,8}?"
#: (bare ``quà`` is a mass noun: ``trao quà trị giá 50 triệu đồng`` may be the whole; only its receiver's ``nhận quà``)
_ONE_GIFT = re.compile(r"(?i)(?<!\w)(?:" + _BEFORE + r"\s+(?:" + _GIFT + r")|nhận\s+quà)"
                       r"(?:" + _WORDS + r"\s+(?<!tổng\s)(?:trị\s+giá|có\s+giá\s+trị)"
                       r"|)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_REACH = 120
#: the recipients named after the amount (``trao quà trị giá 50 triệu đồng cho 100 hộ``): the amount is what they all got
_TO_THEM = re.compile(r"(?i)[^,;:.\n]*?(?<!\w)(?:cho|tới|đến)(?!\w)")


def one_gift_value(text: str, start: int, end: int) -> bool:
    """The amount from ``start`` to ``end`` is the value of one gift not counted (see the module)."""
    before = text[max(0, start - _REACH):start]
    return _ONE_GIFT.search(before) is not None and _TO_THEM.match(text, end) is None
