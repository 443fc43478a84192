"""A variety named by a code or a name with a number, followed by its price: ``OM 380 giá 5.300 - 5.400 đồng/kg``,
``Nàng Hoa 9 ở mức 6.000 - 6.100 đồng/kg``, ``gạo TP IR 504 là 9.300-9.450 đồng/kg``, ``Đài thơm 8 đang được
thương lái thu mua tại ruộng ở mức 6.400 – 6.600 đồng/kg``, ``lúa (tươi) OM 308 dao động ở mức 5.700 - 5.900 đồng/kg``
(c48-thegioitiepthi-gia-gao-2021-10, c48-thegioitiepthi-gia-lua-gao-2022-04, c48-thoibaotaichinh-gia-lua-gao-2023-04,
c48-thoibaotaichinh-gia-lua-gao-2025-08: three sites' price bulletins); and a price table flattened to text, each row
a name and its low - high price: ``Đài Thơm 8 6.100 - 6.200 Giảm 100 OM 18 6.000 - 6.100`` (c48-baohatinh-…-giam-100).

``varieties.VARIETY`` reads a variety when its crop's noun is right before it (``lúa OM 18``); an item of a price list
names the crop once, at the list's head, and each item after a semicolon opens with the variety alone. What marks the
number as part of a name here is the grammar, not a list of varieties: the number sits between a name (a code of two
to four capitals, or two or three words the first capitalised, no grammatical word among them) and the price that the
item gives for it — a count would carry its own noun or unit (``Cà Mau 5 tấn``, ``Bạc Liêu 61 nhà``) and is never
claimed, and a number right before a price with nothing of its own is what the price is of.

The price: an amount of money per unit (``đồng/kg``, ``USD/tấn``), after at most a few words with no number, comma or
sentence end between (``giá``, ``ở mức``, ``còn``, ``dao động``, ``đang được … thu mua tại ruộng ở mức``); or, in a
flattened table, a range of grouped thousands right after the number (``6.000 - 6.100``). A state in brackets may
follow the number (``OM 5451 (tươi)``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser
from service.checker.recognisers.nouns import words_before
from service.checker.recognisers.varieties import bare_numerals

#: A code of capitals naming a variety or a grade (``OM``, ``IR``, ``CL``).
_CODE = re.compile(r"[A-ZĐ]{2,4}")
#: Grammatical words that cannot stand inside a name (a closed class).
_FUNCTION_WORDS = frozenset("đã đang sẽ được bị có gồm là và với cho của tại đạt còn vừa mới cũng thì này đó trong "
                            "ra vào lên xuống từ đến nhận không chưa hơn trên dưới gần khoảng giá mức như "
                            "tháng năm ngày tuần quý".split())
#: A state in brackets after the number: ``(tươi)``, ``(khô)``.
_STATE = re.compile(r"[ \t]*\([^\W\d]+\)")
#: An amount of money per unit.
_MONEY_PER_UNIT = r"\d[\d.,]*(?:[ \t]*[-–][ \t]*\d[\d.,]*)?[ \t]*(?:đồng|đ|USD|VND|VNĐ)[ \t]*/[ \t]*[^\W\d]+"
#: The item's price after the number: a few words with no number, comma or sentence end, then money per unit.
_PRICE_AFTER = re.compile(rf"[ \t]+(?:[^\W\d]+[ \t]+){{0,10}}?{_MONEY_PER_UNIT}")
#: A flattened table's low - high price right after the number (grouped thousands both).
_TABLE_RANGE = re.compile(r"[ \t]+\d{1,3}(?:\.\d{3})+[ \t]*[-–][ \t]*\d{1,3}(?:\.\d{3})+(?![\d,])")
#: A quantity right after the number: it is counted or measured, not named.
_QUANTITY_AFTER = re.compile(r"[ \t]*(?:[%‰]|(?:ha|tấn|tạ|kg|m|km|lít|nghìn|ngàn|triệu|tỷ|tỉ|đồng|USD|lần)(?!\w))",
                             re.I)


def _name_before(words: tuple[str, ...]) -> bool:
    """A code of capitals right before, or two or three words the first capitalised, none grammatical."""
    if words and _CODE.fullmatch(words[-1]):
        return True
    for g in (2, 3):
        if len(words) < g:
            break
        name = words[-g:]
        if not all(w.isalpha() and w.lower() not in _FUNCTION_WORDS for w in name):
            break
        if name[0][:1].isupper() and not name[0].isupper():
            return True
    return False


def priced_item(text: str, end: int) -> bool:
    """After the number ending at ``end``: the item's price (see the module)."""
    at = end
    state = _STATE.match(text, at)
    if state is not None:
        at = state.end()
    return bool(_PRICE_AFTER.match(text, at) or state is None and _TABLE_RANGE.match(text, at))


class PricedVariety(Recogniser):
    """See the module."""

    name, kind = "priced-variety", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e in bare_numerals(text, a, b, _QUANTITY_AFTER):
            if _name_before(words_before(text, s)) and priced_item(text, e):
                yield Claim(s, e, self.kind, "number in the name of a priced variety", self.name)


PRICED_VARIETY = PricedVariety()
