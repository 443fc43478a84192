"""A discount off a price (round 59): ``áp dụng chính sách giá vé …, giảm đến 50% giá vé tùy loại chỗ``
(t44-vnexpress-duong-sat-vnr-2024: a row «Tỷ lệ giá vé tùy loại chỗ» 50 %), ``Khi du khách tham gia chương trình
“Về phố Hội du xuân” sẽ được giảm 50% giá vé tham quan. Đoàn từ 8 khách trở lên sẽ được giảm 50% giá vé tham quan``
(p19-znews-hoian-tet-nhamdan-2022-02: two rows «Tốc độ giảm …» 50 %).

The grammar: ``giảm`` (with ``đến``/``tới``/``khoảng`` or none), a rate, and right after it the price it is taken
off — ``giá`` and the price's name.  A change of the period puts the measure before the verb (``doanh thu giảm
5%``, ``giá vé giảm 5%``) or ``so với`` after the rate; a rate followed by ``giá trị`` (value) is the value's
change (``giảm 5% giá trị``), not a price cut.  What is taken off a price is the offer, not a figure of the period.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_CUT_BEFORE = re.compile(r"(?i)(?<!\w)giảm(?:\s+(?:đến|tới|khoảng))?\s*$")
_PRICE_AFTER = re.compile(r"(?i)^\s*(?:%|phần\s+trăm)\s+giá(?!\s+trị)(?=\s+[^\W\d_])")


def price_cut(p: Para, i: int, m: Mention) -> bool:
    """A rate between ``giảm`` and the price it is taken off (``giá vé``) is a discount, no figure."""
    if m.value is None or not _CUT_BEFORE.search(p.text[max(0, m.num_start - 20):m.num_start]):
        return False
    return bool(_PRICE_AFTER.match(p.text[m.num_end:m.num_end + 40]))


DISCOUNTS = (price_cut,)
