"""A year's end a stock is counted to, and the stretch of years that ends it: the stretch is the report (round 53).

``Ba năm trồng trên 15 nghìn ha rừng nguyên liệu giấy / Đến hết năm 2008 toàn tỉnh đã trồng được 66,9 ngàn ha rừng
nguyên liệu giấy, như vậy trong 3 năm qua, từ 2006 - 2008, toàn tỉnh đã trồng được 15.530 ha`` (held-out xp-phu-tho-
trong-rung-nguyen-lieu-giay, coded 2006-2008): ``đến hết năm 2008`` dates the total planted so far (a stock at the
year's end), and the stretch the page reports is the one that ends with that year.  The same construction: ``giai
đoạn 2010 - 2019, tổng kinh phí ... Kết quả, đến hết năm 2019, dự kiến có 130/191 xã đạt tiêu chí`` (held-out
yn-hoa-binh-nganh-y-te-tram-y-te-xa, coded 2010-2019: the stretch named first, already read so).  Grammar only:
``(tính) đến/tới hết năm`` before the year, and a stretch of years stated in the text, reported (no plan, no
comparison), whose last year is that year.  Not a year's end alone (``Đến hết năm 2017, tỷ lệ hộ nghèo của huyện
còn ...``, sweep c19-yenthe-hongheo: the year stays), nor a stretch ending another year.
"""

from __future__ import annotations

import re
from .model import Mention

#: "Đến hết năm ", "tính đến hết năm ": the year's end, right before the year (its "năm" maybe the mention's own)
_TO_END = re.compile(r"(?<!\w)(?:tính\s+)?(?:đến|tới)\s+hết\s+(?:năm\s+)?$", re.I)


def to_year_end(t: str, men: Mention) -> bool:
    """``men`` is a year a stock is counted to its end: ``đến hết năm 2008``."""
    return men.period is not None and men.period.kind == "year" and men.year_stated \
        and bool(_TO_END.search(t[max(0, men.start - 25):men.start]))


def stretch_to_year_end(first: Mention, mentions: list[Mention]) -> Mention:
    """The stated stretch of years ending the year ``first`` counts a stock to, when there is one; else ``first``."""
    if not first.year_end:
        return first
    stretch = [m for m in mentions if m.period.kind == "term" and m.year_stated and m.reported
               and m.period.year + m.period.index == first.period.year]
    return stretch[0] if stretch else first
