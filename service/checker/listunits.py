"""The named parts of a measured whole, listed bare in a bracket after it, are measured in the whole's unit:

    … 8.876,34 ha lúa, hoa màu bị ngập úng, thiệt hại (Điện Biên 125,17; Cao Bằng 0,25; Yên Bái 0,52; Lào Cai
    9,43; …; Lâm Đồng 47; Đồng Nai 420,5; Trà Vinh 328).
                          (yw-toan-quoc-ban-chi-dao-phong-chong-thien-tai-mua-lu-sat-lo-2023-08, a national disaster
                           office's daily report: each province's hectares under the country's)

A whole with a unit of measure (``ha``, ``m``, ``tấn``, ``km`` …) then, in its clause, a bracket whose items are a name
(a capitalised word first, no digit, no word of time, comparison or rate in lower case — ``năm 2019: 27``, ``tăng 5``, ``chiếm 29,5%``
are no parts) and a bare number (no unit, no scale word, no suffix): each such number takes the whole's unit, as a
clerk's sheet keeps it (``- Điện Biên | ha | 125,17``). A count whole (``99 ngôi nhà (Điện Biên 82; …)``) leaves its
parts as counts, which match count rows already; an item with its own unit keeps it.
"""

from __future__ import annotations

import re

from service.checker.breakdown import NOT_PARTS

#: from the whole to its bracket: the rest of the whole's noun phrase, in its clause
_TO_BRACKET = re.compile(r"[^.;:!?\n()\d]{0,80}?\(")
#: an item's name: a capitalised word first, then words, no digit, up to the number
_NAME = re.compile(r"\s*[A-ZĐÀ-Ỹ][^\d;,()\n]{0,40}?\s+$")
_REACH = 600
#: what parts one item of the bracket from the next
_ITEM_END = re.compile(r"[;,]")


def _lower_words(name: str) -> str:
    """The name's words not capitalised: ``Cao Bằng`` is a province, no comparison ``bằng``."""
    return " ".join(w for w in name.split() if not w[:1].isupper())


def list_units(text: str, mentions: list) -> None:
    """Give the bare parts of a measured whole the whole's unit (see the module)."""
    for i, whole in enumerate(mentions):
        if whole.kind != "measure" or not whole.unit or whole.value is None:
            continue
        opened = _TO_BRACKET.match(text, whole.end)
        if opened is None:
            continue
        start = opened.end()
        close = text.find(")", start, start + _REACH)
        if close < 0 or "\n" in text[start:close] or "(" in text[start:close]:
            continue
        item_start = start
        for m in mentions[i + 1:]:
            if m.num_start >= close:
                break
            if m.num_start < item_start:
                continue
            name = text[item_start:m.num_start]
            if m.kind == "count" and m.unit is None and m.value is not None and m.scale == 1 \
                    and m.partner is None and m.end == m.num_end and _NAME.fullmatch(name) \
                    and not NOT_PARTS.search(_lower_words(name)) and re.match(r"\s*(?:[;,)]|và\s|$)", text[m.end:close + 1]):
                m.kind, m.unit, m.value = whole.kind, whole.unit, m.numeral if m.numeral is not None else m.value
            sep = _ITEM_END.search(text, m.end, close)
            item_start = sep.end() if sep else close
