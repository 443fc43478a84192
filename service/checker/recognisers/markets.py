"""A world market's price stated as the context of a period's results, not the agency's figure.

``Tính đến ngày 25/10, bình quân giá vàng thế giới là hơn 1.909 USD một ounce`` (c17-vnexpress-cpi-t10-2023: the
statistics office explains the domestic gold index by the world price), ``Doanh thu tăng chủ yếu do giá dầu thô thế
giới bình quân Quý I/2017 là 51,78 USD/thùng`` (the held-out
zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1: a company explains its revenue by the oil price).

The price follows ``giá <goods> thế giới`` (``giá vàng thế giới``, ``giá dầu thô thế giới``, ``giá dầu trên thị trường
thế giới``) in the same clause: no comma, semicolon or colon between (``Do giá dầu thế giới giảm, kim ngạch … chỉ đạt
1,29 tỷ USD``: the amount after the comma is the period's result).  The checker asks this only of an amount no row of
the table backs (a table that keeps the price as a row still checks it).
"""

from __future__ import annotations

import re

#: ``giá vàng thế giới``, ``giá dầu thô thế giới``, ``giá dầu trên thị trường thế giới``: the price of goods on the
#: world market (up to three words name the goods).
_WORLD_PRICE = re.compile(r"(?i)(?<!\w)giá(?:\s+[^\W\d_]+){0,3}?\s+(?:trên\s+)?(?:thị\s+trường\s+)?thế\s+giới(?!\w)")
#: What ends the clause of the price before the number.
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n]")
#: The most words between the world price's name and its value.
_WORDS_BETWEEN = 8


def world_price(text: str, start: int) -> bool:
    """Does the amount at ``start`` give a world market's price named before it in its clause?"""
    before = text[max(0, start - 160):start]
    cues = list(_WORLD_PRICE.finditer(before))
    if not cues:
        return False
    between = before[cues[-1].end():]
    if _CLAUSE_BREAK.search(re.sub(r"\d[.,]\d", "00", between)):
        return False
    return len(between.split()) <= _WORDS_BETWEEN
