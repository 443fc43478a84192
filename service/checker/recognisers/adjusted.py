"""A figure read after taking something out: ``Nếu loại trừ …, thì …`` states an adjusted view, not the period's figure.

    Nếu loại trừ 170 tỷ đồng trong Quý I/2016 do điều chỉnh thuế suất ưu đãi theo kết luận của Kiểm toán Nhà nước
    thì lợi nhuận Quý I/2017 bằng 112% lợi nhuận thực hiện Quý I/2016.      (zi-toan-quoc-petrolimex, a quarter)
    … giảm 8,7% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá giảm 10,4% …          (a province's statistics)
    Nếu loại trừ những khoản thu đột biến, đặc thù thì chỉ tăng 9,7% so cùng kỳ.          (a province's budget)

A condition that takes an amount out (``nếu loại trừ``, ``nếu không kể``, ``nếu không tính``, ``nếu trừ đi``,
``nếu bỏ qua``) opens before the number in its sentence: the amount taken out and what the sentence then says are
not the table's figures (``nếu so với …`` only compares, and is not this).  Only asked of a number no row supports,
so a figure the table keeps is still checked.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_TAKEN_OUT = re.compile(r"(?i)(?<!\w)nếu\s+(?:như\s+)?(?:loại\s+trừ|loại\s+bỏ|không\s+(?:kể|tính)(?:\s+đến)?|trừ\s+(?:đi|ra)"
                        r"|bỏ\s+qua|không\s+có)(?!\w)")
_REACH = 400


def adjusted(text: str, start: int) -> bool:
    """Does a condition that takes an amount out open before ``start`` in the number's sentence?"""
    s = sentence_start(text, start, _REACH)
    return _TAKEN_OUT.search(text, max(0, start - _REACH) if s is None else s, start) is not None
