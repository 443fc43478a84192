"""Numbers that say which kind of figure the clause gives, not a figure of the period.

==========================  ==================================================================================
``price_base_year``         ``theo giá so sánh 1994 ước tính tăng 3,8%``: the year of the prices a value is
                            measured in (the extraction reads a bare year after ``giá so sánh`` as a count)
``share_of_standing``       ``dân số thành thị 35,93 triệu người, chiếm 36,8%``: the share of a standing fact
                            right after it is standing too, no row
==========================  ==================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``giá so sánh``, ``giá cố định``, ``giá thực tế``, ``giá hiện hành`` right before the year (``năm`` optional).
_PRICES_OF = re.compile(r"(?i)(?<!\w)giá\s+(?:so\s+sánh|cố\s+định|thực\s+tế|hiện\s+hành)(?:\s+năm)?\s*$")


def price_base_year(p: Para, i: int, m: Mention) -> bool:
    """``Giá trị sản xuất nông, lâm nghiệp và thuỷ sản sáu tháng đầu năm 2012 theo giá so sánh 1994 ước tính tăng
    3,8%`` (t4-gdp-2012-h1): a year after ``giá so sánh`` names the prices, no row (the rate after it is the value's
    change, its own row)."""
    if m.value is None or m.comparison or m.kind != "count" or not 1900 <= m.value <= 2100 or \
            m.value != m.value.to_integral_value() or m.raw.strip() != str(int(m.value)):
        return False
    return bool(_PRICES_OF.search(p.text[max(0, m.num_start - 30):m.num_start]))


#: ``35,93 triệu người, chiếm 36,8%``: the share verb right after the count and its noun.
_SHARE_GAP = re.compile(r"(?i)^[^\W\d_]*(?:\s+[^\W\d_]+){0,3}?\s*[,(]?\s*(?:chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?\s*$")


def share_of_standing(p: Para, i: int, m: Mention) -> bool:
    """``Trong tổng dân số, dân số thành thị 35,93 triệu người, chiếm 36,8%; dân số nông thôn 61,65 triệu người, chiếm
    63,2%`` (t4-tcts-danso-2020): the share of a count read as standing (the population), said right after it — no
    row (the standing fact carries it; a row ``Tỷ lệ`` would name nothing)."""
    if m.kind != "percent" or m.value is None or m.comparison or i == 0 or (i - 1) not in p.standing_at:
        return False
    prev = p.figures[i - 1]
    if p.sentence_of(prev) != p.sentence_of(m):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_SHARE_GAP.match(p.text[prev.end:start]))


CONTEXT = (price_base_year, share_of_standing)
