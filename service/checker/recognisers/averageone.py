"""The one an average is per: ``bình quân``/``trung bình`` then ``một`` (or ``1``) and a noun, then what each one
got — ``vốn đăng ký bình quân một DN đạt 10,6 tỷ đồng`` (c41-thuonghieucongluan-doanh-nghiep-8t-2017), ``Vốn đăng ký
bình quân một doanh nghiệp thành lập mới đạt 22,4 tỉ đồng``, ``mức vay bình quân 1 dự án đạt 475 triệu đồng``
(zt-toan-quoc-hoi-nong-dan-viet-nam-quy-ho-tro-nong-dan-2020-h1), ``bình quân 1 ha canh tác đạt 180 triệu đồng``.

``một`` there is the unit of the average (per one enterprise), never a count of one, whatever else its sentence counts
in the same noun (``cả nước có 12.404 DN … ; vốn đăng ký bình quân một DN đạt …``: ``extract._one_in_a_list`` would
read it as a count). The noun is followed, within a few words, by the verb that gives the average (``đạt``, ``là``,
``có``, ``khoảng``, ``ước``) or by the amount itself.
"""

from __future__ import annotations

import re

_AVERAGE_BEFORE = re.compile(r"(?i)(?<!\w)(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+$")
#: the noun (up to five words, no number, no clause break), then the average's verb or its amount
_NOUN_THEN_VALUE = re.compile(r"(?i)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}?[ \t]+"
                              r"(?:(?:ước[ \t]+(?:tính[ \t]+)?)?(?:đạt|là|có|khoảng|gần|hơn|trên|chỉ)(?!\w)|\d)")


def one_an_average_is_per(text: str, start: int, end: int) -> bool:
    """``một`` (or ``1``) at ``start:end`` right after ``bình quân``/``trung bình`` and before a noun and the value
    each one holds: the unit of the average, no count."""
    return bool(_AVERAGE_BEFORE.search(text, max(0, start - 16), start)) and bool(_NOUN_THEN_VALUE.match(text, end))
