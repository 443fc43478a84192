"""The stretch of text whose negation (``chưa``) is a number's own.

``Số xã chưa đạt chuẩn`` is what ``còn 5 xã chưa đạt chuẩn`` counts, not ``đã có 57 xã đạt chuẩn``
(``attribution._polarity_differs``). A ``chưa`` belongs to the number whose comma-segment holds it, between the
numbers around it: ``khoảng 24.888 khoản chi chưa đủ thủ tục theo quy định, số tiền thực từ chối thanh toán là
18,2 tỷ đồng`` (xj-toan-quoc-kbnn-kiem-soat-chi-2015-10t) and ``một số khoản chi chưa đủ thủ tục, đồng thời từ chối
thanh toán hơn 13 tỷ đồng`` (…-2017-q1): the ``chưa`` is the previous segment's, the refused sum is no count of what
is not yet done; ``có 3,5 tỷ đồng chi thường xuyên và 9,6 tỷ đồng chi đầu tư XDCB do chủ đầu tư đề nghị thanh toán
khối lượng phát sinh chưa được phê duyệt``: the ``chưa`` after the next number is not the first's.
"""

from __future__ import annotations

import re

#: a comma-segment's start: a comma then a blank (not a decimal comma)
_SEGMENT_START = re.compile(r",\s")


def own_stretch(text: str, lo: int, hi: int, num_start: int, num_end: int, prev_end: int | None,
                next_start: int | None) -> tuple[int, int]:
    """``(start, end)`` within the clause window ``lo``..``hi``: from the last comma-segment start before the number
    (and after the previous number) to the next number."""
    start = max(lo, prev_end if prev_end is not None and prev_end <= num_start else lo)
    for m in _SEGMENT_START.finditer(text, start, num_start):
        start = m.end()
    end = min(hi, next_start) if next_start is not None and next_start >= num_end else hi
    return start, max(end, num_end)
