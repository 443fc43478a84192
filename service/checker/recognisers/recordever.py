"""A record since ever: ``cao nhất … từ trước đến nay``, ``kỷ lục từ trước tới nay`` — the period's own value, no total.

    Doanh số đã đạt mức cao nhất so với tất cả các phiên chợ được tổ chức từ trước đến nay với 1 tỷ 570 triệu đồng.
                                                                        (c44-sggp-phien-cho-co-do-2010)
    … Hội chợ Mùa Thu năm 2025 được tổ chức với quy mô lớn nhất từ trước đến nay tại Việt Nam, gồm 3.000 gian hàng …
                                                                        (c9-vn-hoicho-muathu-2025)
    … giá xuất khẩu bình quân cà phê của Việt Nam ghi nhận mức cao kỷ lục từ trước tới nay, với 2.828 USD/tấn, tăng
    5,4% so với tháng 6/2023 …                                          (p13-vneconomy-caphe-15ngay-2023-08)

``stock.to_date`` reads ``từ trước đến nay`` before a number as a total since the work began (``Tổng số ca tử vong từ
trước đến nay là 82 ca``). After a superlative or a record (``nhất``, ``kỷ lục``) with no number or mark of a sentence's
end between, the words compare: the period's value is the highest (lowest, largest) ever — the number is the period's
own. A running total named in the same sentence (``lũy kế``) keeps the stock's reading.
"""

from __future__ import annotations

import re

_SINCE_EVER = re.compile(r"(?i)(?<!\w)từ\s+trước\s+(?:đến|tới)\s+nay(?!\w)")
#: a superlative or a record, then up to twelve words (no digit, no sentence's end) before ``từ trước đến nay``
_RECORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:nhất|kỷ\s+lục|kỉ\s+lục)(?!\w)[^\d.;!?\n]{0,90}$")
_RUNNING_TOTAL = re.compile(r"(?i)(?<!\w)(?:lũy|luỹ)\s+(?:kế|tiến)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def record_since_ever(text: str, num_start: int) -> bool:
    """The ``từ trước đến nay`` before the number in its sentence follows a superlative or a record: the number is the
    period's record value, not a total since ever."""
    lo = max(0, num_start - 240)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, num_start)]
    s = ends[-1] if ends else lo
    last = None
    for last in _SINCE_EVER.finditer(text, s, num_start):
        pass
    if last is None or _RUNNING_TOTAL.search(text, s, num_start):
        return False
    return _RECORD_BEFORE.search(text, max(s, last.start() - 90), last.start()) is not None
