"""A person's age said after ``tuổi`` (``ở tuổi 47``, ``bước sang tuổi 49``): who the person is, not what the period did
(round 54).

    Phạm Văn Mách vô địch thế giới ở tuổi 47            (c47-thethaovietnamplus-the-hinh-the-gioi-2023, a caption)
    Đây là danh hiệu vô địch thế giới thứ 7 trong sự nghiệp của ngôi sao quê An Giang năm nay đã bước sang tuổi 49.
                                                        (c47-soha-pham-van-mach-lan-thu-7-vo-dich)

``AGE_REACHED``: the number right after ``tuổi`` when ``ở``, ``sang``, ``tròn`` or ``ngoài`` opens the phrase (at the
age of, turning, a full, past) — one person's age. ``dates.AGE`` reads ``60 tuổi``, ``trên 60 tuổi`` (the number
first). An age group keeps its own rules: ``độ tuổi 15-35``, ``tuổi 60 trở lên`` (a bound, a range: not claimed here).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_REACHED = re.compile(r"(?i)(?<!\w)(?:ở|sang|tròn|ngoài)\s+tuổi\s+(\d{1,3})(?![\d.,]?\d)"
                      r"(?!\s*(?:[-–/]|trở|đến|tới|và|%))")
AGE_REACHED = Rule("age-reached", "age", "a person's age after tuổi (ở tuổi 47, bước sang tuổi 49), not a figure",
                   _REACHED, needs=("tuổi",))
