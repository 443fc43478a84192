"""A multiple of a base the text names but does not state, with no ``so với`` between: ``Lợi nhuận sau thuế đạt 70,35
tỷ đồng, gấp 4,6 lần quý III/2019`` (zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t), ``đạt 149.400 doanh nghiệp,
giảm nhẹ 0,03% so với cùng kỳ năm 2022, gấp 1,2 lần mức bình quân doanh nghiệp gia nhập … giai đoạn 2018-2022``
(c41-tapchitaichinh-doanh-nghiep-8t-2023).

``gấp N lần`` followed by a period named by its own noun (``quý``, ``tháng``, ``học kỳ``, ``giai đoạn``, ``vụ``) or by
a level (``mức …``, ``bình quân``, ``trung bình``) compares this period's value with that base: a rate of change
written as a multiple, unproved when the text does not give the base — never a count of ``lần``. Last year's base
(``lần cùng kỳ``, ``lần năm 2019``) is ``derive._multiple_of_last``'s; a base after ``so với`` is
``derive._TIMES_OTHER_AFTER``'s.
"""

from __future__ import annotations

import re

#: ``lần`` then the base's own noun: a period named by its kind, or a level (an average, a rate).
_BASE_NAMED = re.compile(r"(?i)\s*lần[ \t]+(?:(?:quý|tháng|học[ \t]+kỳ|giai[ \t]+đoạn|vụ|tuần)(?=[ \t]+[\dIVXivx])"
                         r"|mức(?=[ \t]+[^\W\d_])|(?:bình[ \t]+quân|trung[ \t]+bình)(?!\w))")


def times_named_base(text: str, num_end: int) -> bool:
    """The multiple ending at ``num_end`` (``gấp 4,6`` + `` lần quý III/2019``) is of a base its words name after
    ``lần`` without ``so với``: another period by its noun and number, or a level."""
    return bool(_BASE_NAMED.match(text, num_end))
