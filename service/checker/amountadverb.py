"""An amount of change after ``tăng``/``giảm`` and an adverb of degree: ``tăng nhẹ 1.000 đồng`` (round 54).

    … giá heo hơi của các công ty đưa về cơ sở giết mổ tại TP HCM tăng nhẹ 1.000 đồng, dao động 54.000 – 62.000
    đồng/kg.                       (held-out xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11: +1.000 on both rows)
    … Kiên Giang tăng mạnh 2.000 đồng lên 32.000 đồng/kg.        (sweep page c31-daidoanket-tag-gia-thit-heo-mien-tay)
    … tại Bình Phước, Tây Ninh giá heo hơi giảm nhẹ 1.000 đồng/kg xuống còn 40.000 đồng/kg   (c9-vn-heohoi-2019-08)
    … tiêu thụ giảm nhẹ 0,09 triệu tấn so với tháng 7 …          (t24-batdongsan-ximang-8t-2018)

``recognisers.changes.adverbed`` reads the same grammar for a rate (``giảm nhẹ 2%``); :func:`adverbed_amount` reads it
for an amount (money, a measure, a count): the verb, an adverb of degree (``nhẹ``, ``mạnh``, ``nhanh``, ``sâu``,
``đáng kể``, ``chậm``, ``mạnh mẽ``), maybe ``thêm`` and an approximation, then the amount — the change, as ``tăng 1.000
đồng`` is. Not after ``với``, ``là``, ``ở mức`` (``tăng mạnh với 1.225 bản kê khai``: the new level, a count of the
period: zj-toan-quoc-phong-chong-tham-nhung-2015), nor after ``cao`` (``tăng cao`` says the level is high).
"""

from __future__ import annotations

import re

_ADVERBED = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:(?:rất|khá|hơi)[ \t]+)?(?:nhẹ|mạnh[ \t]+mẽ|mạnh|nhanh|sâu|"
                       r"đáng[ \t]+kể|chậm)(?:[ \t]+thêm)?[ \t]+(?:(?:gần|hơn|khoảng|trên|dưới|xấp[ \t]+xỉ)[ \t]+)?$")


def adverbed_amount(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the amount at ``num_start`` follows the verb and an adverb of degree (``tăng nhẹ 1.000
    đồng``)."""
    m = _ADVERBED.search(text, max(0, num_start - 40), num_start)
    return m.group(1).lower() if m else None


#: ``tăng tới 832 triệu USD so với cùng kỳ năm trước`` (xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-sau-rieng-2023-h1),
#: ``tăng tới 1,46 triệu tấn so với tháng 4``, ``giảm tới hơn 5 tỷ USD so với cùng kỳ 2022`` (sweep): ``tới`` after the
#: verb stresses the size of the change — the amount is the change when its base follows it at once (``so với …``);
#: without one (``giá tăng tới 32.000 đồng/kg``) it may be the level reached, and is left as read.
_TO = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:thêm[ \t]+)?tới[ \t]+(?:(?:gần|hơn|khoảng|trên|dưới|xấp[ \t]+xỉ)[ \t]+)?$")
_BASE_AT_ONCE = re.compile(r"(?i)[ \t]+so[ \t]+(?:với[ \t]+)?(?:cùng[ \t]+kỳ|năm|tháng|quý|kỳ|đầu[ \t]+năm)(?!\w)")


def stressed_amount(text: str, num_start: int, end: int) -> str | None:
    """``tăng``/``giảm`` when the amount at ``text[num_start:end]`` follows the verb and ``tới`` and its base follows
    it at once (``tăng tới 832 triệu USD so với cùng kỳ``)."""
    m = _TO.search(text, max(0, num_start - 30), num_start)
    return m.group(1).lower() if m and _BASE_AT_ONCE.match(text, end) else None
