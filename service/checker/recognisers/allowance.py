"""An amount named as the norm it is given at: ``với định mức 1.500.000 đồng /năm`` — the allowance each one gets
(a scholarship a year, a gift), not a total of the period.

    Học bổng khuyến tài được trao tặng với định mức 1.500.000 đồng /năm.   (c45-voh-hoc-bong-khuyen-tai)
    … có 145 cụ trên 90 tuổi được Chủ tịch UBND tỉnh tặng quà với định mức 200.000 đồng/suất …
                                                                           (t29-cand-qua-cu-100-tuoi)

The grammar: ``định mức`` (a norm, an allowance: the word says it) right before an amount of money (``là`` or ``từ``
may come between), with its unit per one (``/năm``, ``/suất``) or not. Per unit, the amount is read as such already
(``/suất``); per year (``/năm``) the checker takes a rate of the period — but an allowance per year is each one's, the
period's total is the count of those given (``Đến nay, Hội đã trao tặng học bổng cho 1.000 sinh viên`` stays a
figure). Only money after ``định mức``: ``vượt định mức 20%`` is no amount.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
ALLOWANCE = Rule(
    "allowance", "norm", "an amount named as the norm it is given at (định mức 1.500.000 đồng/năm), not a total",
    re.compile(rf"(?i)(?<!\w)định\s+mức\s+(?:là\s+|từ\s+)?({_AMOUNT}\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*)?"
               r"(?:đồng|đ|VNĐ|VND)(?!\w)(?:\s*/\s*[^\W\d_]+)?)"), needs=("định mức",))
