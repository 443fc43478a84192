"""The first day of a range of days of a lunar month named by its name: ``23 đến 27 tháng Chạp``.

    … những ngày cao điểm từ 10/2 đến 14/2/2026 (tức 23 đến 27 tháng Chạp), chỉ còn khoảng 700 vé …
                                        (held-out xl-toan-quoc-nganh-duong-sat-ve-tau-tet-2025-12)
    Lễ hội diễn ra trong 3 ngày, thường từ ngày 13 đến 15 tháng Giêng hàng năm   (sweep c47-vov-11-le-hoi-lon-dau-xuan)

``tháng Chạp`` (the twelfth lunar month) and ``tháng Giêng`` (the first) are months by name: the days before them are
dates, the first day of a range as well as the last (which the period reader already takes).  A count before another
month word (``23 đến 27 tháng`` of a duration, no month's name) is not this rule's.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

LUNAR_DAY_RANGE = Rule("lunar-day-range", "date", "the first day of a range of days of a lunar month (23 đến 27 tháng "
                       "Chạp)", re.compile(r"(?<![\w.,/])(\d{1,2})\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?\d{1,2}\s+"
                                           r"tháng\s+(?:[Cc]hạp|[Gg]iêng)(?!\w)"),
                       needs=("chạp", "giêng"))
