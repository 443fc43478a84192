"""A list of honours, item by item: each item names an honour, then ``cho`` and who receives it, counted — ``… các hình
thức khen thưởng tổng kết năm 2024 gồm có: Huân chương Lao động cho 19 cá nhân; Bằng khen của Thủ tướng Chính phủ cho
52 cá nhân; Cờ thi đua của Chính phủ cho 10 tập thể, danh hiệu Chiến sĩ thi đua toàn quốc cho 01 cá nhân; … Bằng khen
của Chủ tịch UBND tỉnh cho 493 tập thể, 356 cá nhân`` (c39-bacninhtv-xet-khen-thuong-2024), ``Lễ đón nhận Huân chương
Lao động hạng ba cho 2 tập thể (…); Cờ thi đua Chính phủ  cho 1 tập thể (…); Cờ thi đua của UBND Thành phố Hồ Chí Minh
cho 4 tập thể (…)`` (c36-sameco-sawaco-tong-ket-2017).

Who is honoured, and how many, is the honours list's — no figure of the period unless the table counts commendations
(the step is asked only then not, as ``events.awarded``). ``events.awarded`` reads a clause whose verb gives the honour
(``trao``, ``tặng``); the items of such a list, cut by ``;`` or ``,``, carry no verb of their own: the honour opening the
item, then ``cho`` right before the number, says it. The item after a counted recipient (``cho 493 tập thể, 356 cá
nhân``) goes on counting the same honour's recipients.

Kept as figures: a title recognised as reached (``công nhận danh hiệu Gia đình văn hóa cho 12.500 hộ`` counts what the
period achieved), a number with no ``cho`` before it, an item that does not open on an honour.
"""

from __future__ import annotations

import re

from service.checker.recognisers import alternation

#: Honours a list names (open-ended: the commendations of the Law on Emulation and Commendation and their like).
HONOURS = ("huân chương", "huy chương", "bằng khen", "giấy khen", "cờ thi đua", "cờ", "kỷ niệm chương", "huy hiệu",
           "danh hiệu", "chiến sĩ thi đua", "chiến sỹ thi đua", "bằng công nhận", "giải thưởng", "phần thưởng")
#: What may stand before the honour at the item's opening: a conjunction, a verb of giving or proposing.
_LEAD = r"(?:(?:và|cùng|tặng|trao|trao\s+tặng|tặng\s+thưởng|đề\s+nghị(?:\s+tặng)?|khen\s+thưởng)\s+)*"
#: Cuts between items: ``;``, ``:``, ``,``, a sentence's stop, a line's end.
_CUT = re.compile(r"[;:,]|[.!?](?=\s|$)|\n")
_ITEM = re.compile(r"(?i)\s*[-–•+]?\s*" + _LEAD + r"(?:" + alternation(HONOURS) + r")(?!\w)")
#: ``cho`` right before the number (``cho hơn 300``)
_GIVEN_TO = re.compile(r"(?i)(?<!\w)cho\s+(?:(?:hơn|gần|trên|khoảng|tổng\s+số)\s+)?$")
#: a recipient counted: the number, then one to four words (``493 tập thể``, ``300 VĐV``)
_COUNTED = re.compile(r"(?i)\d[\d.]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*$")
_RECOGNISED = re.compile(r"(?i)(?<!\w)công\s+nhận(?!\w)")


def _items(text: str, start: int, back: int = 200) -> list[tuple[int, int]]:
    """The items before the number at ``start``, nearest first, as (start, end) spans; the last ends at ``start``."""
    lo = max(0, start - back)
    cuts = [m for m in _CUT.finditer(text, lo, start) if not (m.group() in ".," and _in_numeral(text, m.start()))]
    spans, end = [], start
    for cut in reversed(cuts):
        spans.append((cut.end(), end))
        end = cut.start()
        if text[cut.start()] not in ",":
            break   # a ";", ":" or a stop ends the item list on this side
    return spans


def _in_numeral(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _names_honour(text: str, span: tuple[int, int]) -> bool:
    """The item opens on an honour and gives it ``cho`` someone, no title recognised."""
    a, b = span
    return bool(_ITEM.match(text, a, b)) and not _RECOGNISED.search(text, a, b)


def honour_item(text: str, start: int) -> bool:
    """The number at ``start`` counts who receives an honour of a list of honours (see the module)."""
    items = _items(text, start)
    if not items:
        return False
    a, b = items[0]
    if _names_honour(text, items[0]) and _GIVEN_TO.search(text, a, b):
        return True
    # "cho 493 tập thể, 356 cá nhân": the number opens its item, the one before counted the same honour's recipients
    if text[a:b].strip() or len(items) < 2:
        return False
    pa, pb = items[1]
    counted = _COUNTED.search(text, pa, pb)
    return bool(counted) and _names_honour(text, items[1]) and bool(_GIVEN_TO.search(text, pa, counted.start()))
