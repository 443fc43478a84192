"""A stock counted at a month's start on that month's page (stop 50's working batch).

``tính đến đầu tháng 7/2020`` is read as the year so far through June (the to-date recogniser: a running total to the
month before).  A monthly page that counts a stock there (``lượng tồn kho tính đến đầu tháng 7/2020 là: …``) and then
reports the month itself (``Giá trị sản xuất công nghiệp … tháng 7/2020 ước đạt 65.113,4 tỷ đồng``,
xb-thai-nguyen-so-cong-thuong-tinh-hinh-nganh-2020-07) takes the stock at the start of its own month: the mention is
that month, not the half before it.  A running total through the month before with no such month named after it
(``Tính đến đầu tháng 7/2020, toàn tỉnh đã giải ngân …``) stays what it was."""

from __future__ import annotations

import re

from .model import Period


def month_opened(t: str, m: re.Match, month: int, year: int) -> Period | None:
    """The month ``month``/``year`` when ``m`` (a to-date mention) counts to its start (``đầu``) and ``t`` names that
    month by itself elsewhere (``tháng 7/2020``, ``tháng 7 năm 2020``, not after ``đầu`` or ``đến``), else None."""
    if not (m.group(1) or "").strip().lower().startswith("đầu"):
        return None
    named = re.compile(r"(?<!đầu )(?<!đến )(?<!tới )(?<!hết )(?<!cuối )\btháng\s*0?" + str(month)
                       + r"(?:\s*[/.\-]\s*|\s+năm\s+)" + str(year) + r"(?!\d)", re.I)
    if any(x.start() >= m.end() or x.end() <= m.start() for x in named.finditer(t)):
        return Period(year, "month", month)
    return None
