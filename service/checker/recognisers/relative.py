"""A time counted back from when the page was read: ``3 giờ trước``, ``15 phút trước``, ``2 ngày trước`` — a news
site's furniture (``… trong lĩnh vực lâm nghiệp 3 giờ trướcBài gốc``, zj-khanh-hoa-khanh-son-hat-kiem-lam-xu-ly-vi-pham-
2024-11), no figure.  Not ``trước`` with a date or a comparison after it (``2 ngày trước khi``, ``3 tháng trước đó``
are spans a sentence counts)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

RELATIVE_TIME = Rule("relative-time", "furniture", "time counted back from reading (page furniture)",
                     re.compile(r"(?i)(?<![\w.,])(\d{1,2})\s*(?:giây|phút|giờ|tiếng|ngày|tuần)\s+trước"
                                r"(?!\s*(?:khi|đó|đây|ngày|thời|hạn|tết|kỳ|năm|tháng|\d))"), needs=("trước",))
