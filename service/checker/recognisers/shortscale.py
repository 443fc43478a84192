"""A scale written short before what the amount is in: ``Tr.`` for ``triệu`` (``ng.`` for ``nghìn`` before a
currency), the unit after it kept.

Statistical offices and company pages print ``Giá trị xuất khẩu ước đạt 2.435,2 Tr.USD`` (held-out
ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05), ``68 tỷ 097 tr.đ``, ``12 tỷ 300 trđ`` (c-series
co-operatives' reports), ``tổng sản lượng điện ước đạt 9.844 Tr.kWh`` and ``kế hoạch cả năm (18.700 trkwh)`` (held-out
xt-toan-quoc-pv-power-san-luong-dien-2021-h1), ``mạch điện tử tích hợp ước đạt 28,4 Tr.SP`` (sweep page
c38-congthuongthainguyen-san-pham-cong-nghiep-3-thang), ``Khối lượng hành khách luân chuyển 11 tháng ước đạt 281,3
Tr.người.Km`` (c9-ninhbinh-vantai-2008-11): ``triệu`` written short and joined to the unit it scales. The grammar:

- ``Tr``/``tr`` is the scale when its dot follows, or a consonant glued to it — a Vietnamese syllable opens ``tr`` on a
  vowel (``trường``, ``trong``, ``triệu``), so ``trkwh``, ``trđ`` are no word. ``Ng``/``ng`` only with its dot or right
  before ``đ`` (``ngh…`` opens ``nghìn`` itself).
- A currency right after (``USD``, ``đồng``, ``đ``, ``VNĐ``; one space allowed after the dot, ``Tr. USD``) makes the
  amount money; it must end there — not before ``/`` and a word (``9999 tr.đ/lượng``: a grade of gold).
- Any other word glued to ``Tr``'s dot or to ``tr`` (``kWh``, ``SP``, ``người.Km``) is what the amount counts, kept as
  written; a space after the dot is no unit (``tr.`` is a page as well: ``300 tr. Giá bán …``).
- Nothing after it (``tr. 5``), or no dot and a space (``12,5 tr đồng``), is no scale.

One reader for both layers: the checker's extraction reads the amount with it, and the template reads the mentions the
extraction gives (round 33's own reader of ``Tr.`` went with stop 60's tidy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONSONANTS = "bcdđfghklmnpqrstvwxzBCDĐFGHKLMNPQRSTVWXZ"
_SCALE = re.compile(r"[ \t]?(?:(?P<tr>[Tt]r)(?:\.|(?=[" + _CONSONANTS + r"]))|(?P<ng>[Nn]g)(?:\.|(?=đ)))")
#: the currency after the short scale, ending the amount
_CURRENCY = re.compile(r"[ \t]?(?P<cur>USD|usd|đồng|đ|VNĐ|VND|vnđ)(?![\w/]|/(?!\w))")
#: the unit glued after the short scale: a word, dots inside it (``người.Km``)
_UNIT = re.compile(r"[^\W\d_][\w.]*")
_CURRENCY_WORDS = frozenset(("usd", "đồng", "đ", "vnđ", "vnd"))


@dataclass(frozen=True, slots=True)
class ShortScale:
    """``scale`` of the amount, ``unit`` it is in (``USD``/``đồng`` when ``money``, else as written: ``kWh``,
    ``người.Km``), ``end`` of the unit in the text."""

    scale: int
    unit: str
    money: bool
    end: int


def short_scale(text: str, end: int) -> ShortScale | None:
    """The scale written short right after the number ending at ``end``, with the unit after it (see the module);
    else None."""
    m = _SCALE.match(text, end)
    if m is None:
        return None
    scale = 10 ** 6 if m.group("tr") else 10 ** 3
    cur = _CURRENCY.match(text, m.end())
    if cur:   # a space before it only after the dot: the scale needs its dot or a consonant glued
        return ShortScale(scale, "USD" if cur.group("cur").lower() == "usd" else "đồng", True, cur.end())
    unit = _UNIT.match(text, m.end()) if m.group("tr") else None
    if unit is None:
        return None
    word = unit.group().rstrip(".")
    if word.lower() in _CURRENCY_WORDS:
        return None   # a currency not ending the amount ("tr.đ/lượng"): no count of «đ»
    return ShortScale(scale, word, False, unit.start() + len(word))
