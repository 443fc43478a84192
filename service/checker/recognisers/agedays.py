"""An age told in days, weeks or months (``cây lúa được 40-45 ngày tuổi``, ``bé trai chỉ mới 17 tháng tuổi``): how old
a crop, a herd or a child is, never a count of the period.

    … thì khu Tuy Tịnh đã xuống vụ với cây lúa được 40-45 ngày tuổi    (c49-baomoi-thuy-loi-binh-thuan-2024)
    … trong đó có 1 bé trai chỉ mới 17 tháng tuổi bị ngã xuống ao …
                                   (t22-dienbientv-duoinuoc-6t-2022; ``17 tháng`` was read as a span)

``AGE_IN_DAYS``: a number or a range, then ``ngày``/``tuần``/``tháng`` and ``tuổi`` (``dates.AGE`` wants ``tuổi`` right
after the number). The count before it stays a count: ``1.500 con gà 45 ngày tuổi`` claims only the 45; ``tuổi thọ``
(a lifespan: ``tuổi thọ 10 năm``) is not an age.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

AGE_IN_DAYS = Rule("age-in-days", "age", "an age in days, weeks or months (40-45 ngày tuổi), not a figure",
                   re.compile(r"(?i)(?<![\w.,/])(\d{1,3}(?:\s?[-–]\s?\d{1,3})?)\s*(?:ngày|tuần|tháng)\s+tuổi(?!\w)"
                              r"(?!\s+thọ)"), needs=("tuổi",))
