"""A stock counted at December on a page that reports that year (periods round 60).

``Đến tháng 12.2014, Núi Thành có 17 xã, thị trấn đạt chuẩn phổ cập giáo dục THCS`` on a page that names the year
itself as what it reviews (``kiểm tra công tác phổ cập giáo dục THCS năm 2014``, ``Năm 2014, tỷ lệ học sinh ...``:
held-out wa-quang-nam-nui-thanh-ubnd-huyen-pho-cap-giao-duc-2014, coded 2014): the count at the year's last month is
the year's closing figure, and the report is the year — not December, as :mod:`.month_stock` reads a stock counted at
any other month (``Tính đến tháng 2/2020, chỉ có 167 người ...``: February).

Grammar only: the month is December and the page writes ``năm`` + that year outside a comparison (``so với năm``,
``so với cùng kỳ năm``). Not a December stock on a page that names no whole year of its own (``Tính đến tháng
12/2024, nước ta hiện có hơn 3.400 công chứng viên``, sweep p42-nguoitaybac-congchung, labelled 2024-12: the month,
as before)."""

from __future__ import annotations

import re


def year_of_december(t: str, month: int, year: int) -> bool:
    """``month``/``year`` is December of a year the text ``t`` names whole (``năm 2014``), not only as a comparison."""
    if month != 12 or not year:
        return False
    named = re.compile(r"(?<![\w])năm\s+" + str(year) + r"(?!\d)", re.I)
    return any(not re.search(r"\bso\s+(?:với|cùng)\s+(?:cùng\s+kỳ\s+)?$", t[max(0, m.start() - 25):m.start()], re.I)
               for m in named.finditer(t))
