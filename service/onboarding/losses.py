"""A loss said of a profit: the profit's row, valued negative (round 77).

``Lũy kế 9 tháng đầu năm, … lợi nhuận trước thuế lỗ 305 tỉ đồng so với cùng kỳ lãi 351 tỉ đồng``
(xt-toan-quoc-pv-oil-ket-qua-kinh-doanh-2020-q3): the amount after ``lỗ`` is the value of the profit the clause
names right before it — a loss is a profit below zero. The hand tables keep it so wherever the row is a profit:
``Lợi nhuận trước thuế … -305`` (pv-oil), ``Lợi nhuận sau thuế … -17,3``, ``-99,5`` (xt-…-doanh-nghiep-thuy-dien-…,
``6 tháng 2020 lỗ 17,3 tỷ đồng``), ``-2`` (xn-lam-dong-thuy-dien-mien-nam-shp-…, ``cùng kỳ năm ngoái lỗ gần 2 tỷ
đồng``), ``-84`` (xp-toan-quoc-duong-sat-ha-noi-sai-gon-…), ``-13,17`` (xm-toan-quoc-navico-anv-…).

The grammar: ``lợi nhuận`` then at most six words (no number, no punctuation: ``trước thuế``, ``sau thuế``) then
``lỗ`` (a rounding word may follow) right before the amount, which made a money row.  Not: a loss with no profit named
(``năm 2020, tổng công ty lỗ hơn 1.300 tỉ đồng``, ``gánh lỗ hơn 400 tỉ đồng``, xh-toan-quoc-tong-cong-ty-duong-sat-
van-tai-2021-h1): the row is the loss, kept positive (the hand's «Lỗ» 400, 1.300).
"""

from __future__ import annotations

import re

from service.onboarding.model import Para

_PROFIT_LOSS = re.compile(r"(?i)(?<!\w)lợi\s+nhuận(?:\s+[^\W\d_]+){0,6}?\s+lỗ\s+"
                          r"(?:(?:gần|hơn|khoảng|trên|xấp\s+xỉ)\s+)?$")


def loss_of_profit_pass(p: Para) -> None:
    """Each money row whose amount follows ``lợi nhuận … lỗ`` in its clause is valued below zero."""
    for i, row in p.rows.items():
        m = p.figures[i]
        if row.kind != "money" or m.value is None or row.value != m.value or row.value <= 0:
            continue
        start = m.qualifier_start if m.qualifier_start is not None else m.num_start
        if _PROFIT_LOSS.search(p.text[max(0, start - 80):start]):
            row.value = -row.value
