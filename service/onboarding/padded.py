"""A rate's decimals padded with zeros (round 59): ``ĐB là người dân tộc thiểu số 86 người (tỉ lệ 17,30%)``, ``ĐB là
phụ nữ 133 người (tỉ lệ 26,80%)`` of 496 (t44-plo-bau-cu-khoa-xiv: 17,34 % and 26,81 %), ``tái cử 160 người
(32,30%)`` of 496 (t44-thuonghieuviet-bau-cu-khoa-xiv: 32,26 %) — the writer rounded to one decimal and wrote two,
the way the same pages write ``(66,60%)`` and ``(62,50%)``.  A trailing zero after the decimal comma says nothing of
the precision: a share is checked at the decimals before it (``17,3`` of 17,34), so the rate is the row's share, not
a row of its own.  ``(tỉ lệ 1,3%)`` of 6 in 496 (1,21 %) has no zero to drop and stays as it is.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention


def significant_decimals(m: Mention) -> int:
    """``m.decimals`` less the zeros that end the number as written (``17,30`` → 1, ``15,60`` → 1, ``1,3`` → 1)."""
    digits = re.sub(r"[^\d,.]", "", m.raw or "")
    tail = re.search(r"[,.](\d+)$", digits)
    if not tail or m.decimals <= 0:
        return m.decimals
    return max(0, m.decimals - (len(tail.group(1)) - len(tail.group(1).rstrip("0"))))
