"""A house number in an address (round 41): ``karaoke 68 Trần Thái Tông, quận Cầu Giấy, Hà Nội cháy làm 13 người
tử vong`` (yl-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2016: a row «Số Trần Thái Tông, quận Cầu Giấy» 68),
``Cơ sở Trứng gia cầm Hòa Phước Út Ly, 341 Huỳnh Ngọc Huệ, TP. Đà Nẵng: 300.000 quả trứng gà``
(s3-da-nang-ung-ho-phong-chong-covid-2021-08: a row «Số Huỳnh Ngọc Huệ …» 341).

The grammar of a Vietnamese street address: the number, the street's name (two to four words, each capitalised),
a comma, then the unit it lies in (``quận``, ``phường``, ``huyện``, ``thị xã``, ``thành phố``/``TP``, ``tỉnh``,
``xã``, ``thị trấn``, ``Q.``, ``P.``).  What follows a count is a noun in lower case (``300.000 quả trứng gà``,
``13 người``) — a capitalised name then a unit of the map is where, not how many.  The checker reads ``số 36 …``
(with ``số``) already; this is the address written without it.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_NAME_WORD = r"[^\W\d_][^\s,.;:()\d]*"
_STREET_THEN_UNIT = re.compile(
    rf"^\s(?P<street>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}})\s*,\s*"
    rf"(?:quận|phường|huyện|thị\s+xã|thành\s+phố|TP|tỉnh|xã|thị\s+trấn|Q\.|P\.)(?=[\s.])")


def house_number(p: Para, i: int, m: Mention) -> bool:
    """A whole number right before a street's name and the unit of the map it lies in is no figure."""
    if m.value is None or m.kind != "count" or m.comparison or (m.raw or "").strip() != p.text[m.num_start:m.num_end]:
        return False
    if not re.fullmatch(r"\d{1,4}", p.text[m.num_start:m.num_end]):
        return False
    hit = _STREET_THEN_UNIT.match(p.text[m.num_end:m.num_end + 80])
    return hit is not None and all(w[0].isupper() for w in hit.group("street").split())


HOUSE_NUMBERS = (house_number,)
