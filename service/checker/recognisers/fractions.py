"""A vulgar fraction after an approximation: ``ước đạt khoảng 1/3 thu ngân sách cả nước`` (sweep
c50-cafef-thu-ngan-sach-dia-phuong-2022: TP. HCM's share of the nation's revenue), ``thu nội địa tháng 4 chỉ ước đạt
72.500 tỉ đồng, giảm gần 1/4 so với số thu tháng 3`` (sweep d14-thanhnien-thungansach-4t-2020).

``a/b`` is read as a pair (``22/26 đ/c``: 22 of 26 comrades, two counts of the period). Said roughly (``khoảng``,
``gần``, ``hơn``, ``chừng``, ``xấp xỉ``, ``trên``, ``dưới`` before it), with a numerator smaller than a denominator of
ten at most, it is one share written as a fraction (a third, a quarter): neither part is a count. By grammar, no list of
nouns: a pair of counts is said exactly (``8/9 huyện``, ``22/26 đ/c`` stay pairs), a fraction roughly.
"""

from __future__ import annotations

_ROUGHLY = frozenset({"khoảng", "gần", "hơn", "chừng", "khoảng chừng", "xấp xỉ", "trên", "dưới"})


def vulgar_fraction(text: str, a, b) -> bool:
    """``a/b`` (two mentions, ``/`` between them and nothing else) is a rough fraction (see the module)."""
    if text[a.num_end:b.num_start] != "/" or a.qualifier not in _ROUGHLY:
        return False
    if a.numeral is None or b.numeral is None or a.decimals or b.decimals:
        return False
    return 1 <= a.numeral < b.numeral <= 10
