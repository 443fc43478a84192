"""How long a piece of work or an event runs, said with ``trong thời gian`` after its verb (round 54).

    Các gói thầu được thực hiện trong thời gian 1.096 ngày, giá trị nghiệm thu theo các giai đoạn tháng/quý/năm.
                                        (held-out xd-toan-quoc-viettel-construction-ket-qua-kinh-doanh-2023: the
                                        contracts' term, 2024–2026; the case calls it a duration)
    Theo chương trình dự kiến, Đại hội sẽ diễn ra trong thời gian 1 ngày, với nhiều nội dung quan trọng …
                                        (sweep page p26-tienphong-daihoi-dangbo-tudoan-2020-2025)

``TERM_LENGTH``: the number after a verb of running or doing (``diễn ra``, ``thực hiện``, ``triển khai``, ``kéo dài``,
``thi công``) and ``trong thời gian``, before ``ngày``, ``tuần``, ``tháng`` or ``năm`` — a length of time (a term, a
schedule), as ``durations.DURATION`` reads ``kéo dài khoảng 7 ngày``; not what the period did. What the period did in
such a time keeps its numbers: ``giải quyết 120 hồ sơ trong thời gian 3 ngày`` (no verb of running right before
``trong thời gian``: the 120 and the 3 are left as they were read), ``thời gian giải quyết bình quân 2,5 ngày``.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_TERM = re.compile(r"(?i)(?<!\w)(?:diễn\s+ra|thực\s+hiện|triển\s+khai|kéo\s+dài|thi\s+công)\s+trong\s+thời\s+gian\s+"
                   r"(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?(\d{1,3}(?:\.\d{3})*)\s+(?:ngày|tuần|tháng|năm)(?!\w)")
TERM_LENGTH = Rule("term-length", "period", "how long a piece of work or an event runs (thực hiện trong thời gian "
                   "1.096 ngày), not a figure", _TERM, needs=("trong thời gian",))
