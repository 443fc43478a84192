"""A scale word abbreviated before its unit (round 33): ``Tr.`` for ``triệu``.

Statistical offices print ``2.435,2 Tr.USD`` (ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05:
«Giá trị xuất khẩu ước đạt 2.435,2 Tr.USD, giảm 2% so với tháng trước») and ``281,3 Tr.người.Km``
(c9-ninhbinh-vantai-2008-11: «Khối lượng hành khách luân chuyển 11 tháng ước đạt 281,3 Tr.người.Km»): ``Tr.`` is
``triệu`` (a million) written short, joined by its dot to the unit it scales. The extraction reads the ``tr`` as the
counted noun, so the template made a row «Số Tr giá trị xuất khẩu» 2.435,2 in «Tr». ``million_abbreviated`` reads the
number at its scale in the unit after the dot: money for ``USD``/``đồng``/``đ``/``VNĐ``, else a count of that unit.
The dot is required: ``tr`` alone (``tr.đ/lượng`` has one; a word ``tr`` before a space has none) is not read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention

#: ``Tr.USD``, ``Tr. USD``, ``tr.đồng``, ``Tr.đ``, ``Tr.người.Km`` right after the number.
_TR = re.compile(r"\s*[Tt]r\.\s?(?P<unit>USD|VNĐ|VND|đồng|đ\b|[^\W\d_][\w.]*)")
_MONEY = {"usd": "USD", "vnđ": "đồng", "vnd": "đồng", "đồng": "đồng", "đ": "đồng"}
MILLION = 10 ** 6


def million_abbreviated(text: str, m: Mention) -> bool:
    """Read ``m`` as ``<number> Tr.<unit>`` (a million of the unit) when it is written so; True when read."""
    if m.kind != "count" or m.value is None or m.scale != 1 or (m.noun or "").lower() != "tr":
        return False
    hit = _TR.match(text, m.num_end)
    if not hit:
        return False
    unit = hit.group("unit").rstrip(".")
    money = _MONEY.get(unit.lower())
    m.value = Decimal(m.numeral if m.numeral is not None else m.value) * MILLION
    m.scale = MILLION
    if money:
        m.kind, m.unit, m.noun = "money", money, ""
    else:
        m.unit, m.noun = unit, unit
    return True


def abbreviations_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each abbreviated scale (``million_abbreviated``) read."""
    for m in mentions:
        million_abbreviated(text, m)
    return mentions
