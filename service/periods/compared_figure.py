"""A period right after the figure a comparison is made with: the other side, never the period reported (round 53).

``lãi sau thuế trên 34 tỷ đồng, tăng 87% so với quý 1/2023 và cải thiện đáng kể so với số lỗ 84 tỷ đồng quý
4/2023`` (held-out xp-toan-quoc-duong-sat-ha-noi-sai-gon, coded 2024-Q1): ``so với`` names the compared value with its
unit, and the period right after dates that value.  The same grammar: ``dự kiến ... đạt 2,5-2,6 tỷ USD, tăng 12-16% so
với 2,24 tỷ USD năm 2012`` (sweep t22-vov-thuysan-9t-2013), ``tăng 7% so với 732.151 tấn tháng 2, nhưng vẫn giảm 2%
so với 799.534 tấn tháng 3/2014`` (sweep t26-angimex-gaothai-t3-2015).  :data:`.recognisers.COMPARISON` reads the
figure only when ``của``/``trong`` joins it to its period (``so với tỷ lệ 43,3% của 4 tháng đầu năm 2017``); this
reads it bare.  Grammar only: ``so với``, maybe the value's noun (``số lỗ``, ``mức``), maybe a hedge, the number, one
to three unit words that are no period's (``tháng``, ``năm``, ``quý``, ``ngày``, ``tuần``: ``so với 6 tháng đầu năm
2020`` is itself the period compared, read already), then the period; no comma or stop between.
"""

from __future__ import annotations

import re

_PERIOD_WORD = r"(?:tháng|năm|quý|ngày|tuần|kỳ|đợt|vụ|mùa|giai|nửa)"
#: "so với số lỗ 84 tỷ đồng ", "so với 2,24 tỷ USD ", "so với 799.534 tấn ": the comparison's value, up to its period
_COMPARED = re.compile(r"(?<!\w)so\s+với\s+(?:(?:số|mức|con\s+số|khoản)(?:\s+(?!" + _PERIOD_WORD + r"(?!\w))[^\W\d]+){0,2}\s+)?"
                       r"(?:(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ|chỉ)\s+)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*"
                       r"(?:(?!" + _PERIOD_WORD + r"(?!\w))[^\W\d]+\s+){1,3}$", re.I)


def figure_compared(before: str) -> bool:
    """Whether ``before`` (the mention's clause up to it) ends ``so với`` + a value and its unit: the period dates it."""
    return bool(_COMPARED.search(before))
