"""A four-digit year right before a verb of estimating: ``kể cả lũy kế của 2016 ước đạt hơn 40.370 tỷ đồng``
(xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1), ``Doanh thu dịch vụ khác 2018 ước tính đạt 509,13 nghìn tỷ đồng``
(c41-cand-ban-le-2018).

A count is followed by what it counts; ``ước đạt``, ``ước tính``, ``ước thực hiện`` open the clause's predicate, so
the number before them closes its subject — the year the subject belongs to, not a figure. Not a count's noun that
begins with ``ước`` (``2016 ước mơ``: the word after ``ước`` is no verb of reaching or estimating).
"""

from __future__ import annotations

import re

#: ``ước`` then a verb of reaching or estimating, or an approximation (``ước khoảng``): a predicate opens.
_ESTIMATE = re.compile(r"(?i)^\s*ước\s+(?:tính|đạt|thực\s+hiện|khoảng|chừng|cả\s+năm|giải\s+ngân|thu)(?!\w)")


def estimate_follows(after: str) -> bool:
    """The words after a number (``after``) open with a verb of estimating."""
    return bool(_ESTIMATE.match(after))
