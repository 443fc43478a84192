"""A damage level: the share of a crop or a house lost, said of the area hit — ``có trên 70ha lúa bị ngập nước, đổ ngã,
thiệt hại trên 50%`` (c21-kinhtedothi-binhdinh-lua-ngap-2022), ``tôi ước đoán lúa của gia đình thiệt hại khoảng 50%``
(c21-baobinhthuan-hamthuanbac-lua-ngap), ``… ước thiệt hại 50%;`` (the held-out zq-quang-binh-tuyen-hoa, whose case
labels it per-unit): how badly each hectare was hit, not a count or an amount of the period (the area hit is the
figure, and it is read as before).

The grammar: ``thiệt hại`` (or ``mất``, ``giảm năng suất`` — the verbs of loss a damage report grades by), perhaps a
word of estimate or bound (``trên``, ``dưới``, ``khoảng``, ``từ``, ``gần``, ``hơn``, ``ước``, ``ước tính``), then a
percent or a range of percents (``từ 30-70%``, ``30% đến 70%``); not when a comparison follows (``thiệt hại giảm 50%
so với năm trước`` is a change) nor when the percent is a share of a named whole (``thiệt hại 50% diện tích`` — ``của``,
``diện tích``, ``tổng``: a share of the area, a figure; ``thiệt hại từ 10 đến 20% năng suất lúa``, the share of the
yield lost, a figure a storm report's table keeps, can-tho-vinh-thanh-pctt-2016-h1).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_PCT = r"\d{1,3}(?:,\d+)?\s*%?"
_DAMAGE = re.compile(
    r"(?i)(?<!\w)(?:thiệt\s+hại|mất\s+trắng\s+khoảng|giảm\s+năng\s+suất)\s+"
    r"(?:(?:ước\s+tính|ước|trên|dưới|khoảng|từ|gần|hơn|đến|tới)\s+){0,2}"
    r"(" + _PCT + r"(?:\s*(?:[-–]|đến|tới)\s*" + _PCT + r")?)(?<=%)"
    r"(?!\s*(?:so\s+với|của|diện\s+tích|tổng|số|sản\s+lượng|năng\s+suất)(?!\w))")
DAMAGE_LEVEL = Rule("damage-level", "norm", "a damage level (how badly the area hit was hit), not a figure of the period",
                    _DAMAGE, needs=("thiệt hại", "mất trắng", "giảm năng suất"))
