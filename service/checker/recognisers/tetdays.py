"""The days of Tết named by their number: the first days of the lunar year, dates, not counts.

    Theo đó, từ rạng sáng ngày 1 Tết đến nay đã có khoảng hơn 50.000 ngàn lượt khách …
                                                                        (c44-baohatinh-den-ba-hai-2018)
    … chương trình nghệ thuật tổng hợp phục vụ đêm Giao thừa và các đêm mùng 1, 2 và 3 tết …  Chỉ tính trong 3 ngày
    mở cửa miễn vé từ 1 đến 3 tết đã có hơn 30.000 lượt khách …          (c44-baothuathienhue-di-tich-hue-tet-2014)

A word that dates (``ngày``, ``mùng``, ``mồng``, ``từ``, ``đêm``, ``sáng`` …) and a day of Tết (1 to 10), then more days
joined by a comma, ``và``, ``đến``/``tới`` or a dash, then ``Tết``: each day is a date (``dates.DAY_MUNG`` reads a first
``mùng`` already; the days after it and the bare ``ngày 1 Tết`` are this module's). Without the dating word the number
counts (``Đã 2 Tết không về quê``, ``trong 3 ngày Tết``), and a day past ten is no day of Tết (``hỗ trợ 25 Tết ấm``;
``28 Tết`` is ``dates.DAY_BEFORE_TET``'s).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

#: a day of Tết (the first ten days of the lunar year)
_DAY = r"(?:0?[1-9]|10)(?![\d.,]\d)"
#: the words that date a day (open: any part of the day, ``ngày``, ``mùng``/``mồng``, ``từ``)
_DATING = r"(?:ngày|mùng|mồng|từ|đêm|sáng|chiều|tối|trưa|đến|tới)"
#: a joint between two days, the next one's own dating word allowed (``từ 1 đến ngày 3 Tết``)
_JOINT = r"[ \t]*(?:,|và|đến|tới|[-–])[ \t]*(?:(?:ngày|mùng|mồng)[ \t]+)?"
_TET_DAYS = re.compile(rf"(?i)(?<!\w){_DATING}[ \t]+({_DAY}(?:{_JOINT}{_DAY})*)[ \t]+t[ếẾ]t(?!\w)")
_ONE_DAY = re.compile(r"\d+")


class TetDays(Recogniser):
    name, kind = "tet-days", "date"
    note = "a day of Tết (mùng 1, 2 và 3 Tết)"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[a:b].lower()
        if "tết" not in window and "têt" not in window:
            return
        for m in _TET_DAYS.finditer(text, a, b):
            for d in _ONE_DAY.finditer(text, m.start(1), m.end(1)):
                yield Claim(d.start(), d.end(), self.kind, self.note, self.name)


TET_DAYS = TetDays()
