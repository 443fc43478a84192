"""Numbers that say which kind of figure the clause gives, not a figure of the period.

==========================  ==================================================================================
``price_base_year``         ``theo giá so sánh 1994 ước tính tăng 3,8%``: the year of the prices a value is
                            measured in (the extraction reads a bare year after ``giá so sánh`` as a count)
``share_of_standing``       ``dân số thành thị 35,93 triệu người, chiếm 36,8%``: the share of a standing fact
                            right after it is standing too, no row
``rate_target``             ``thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)``: the target rate a share
                            is measured against, in brackets after its name — the row's, no row
==========================  ==================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para

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


#: ``so với chỉ tiêu UBND tỉnh giao (``: a target named, its value in the bracket that opens.
_TARGET_NAMED = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\w)[^.;:()\d%]{0,50}?\(\s*$")


def rate_target(p: Para, i: int, m: Mention) -> bool:
    """``tổng số người tham gia BHXH 206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động (LLLĐ), thấp hơn 0,4% so với
    chỉ tiêu UBND tỉnh giao (35,5%)`` (t4-brvt-bhxh-2021): the target of the share before it — the nearest row's
    (recorded with it), no row of its own."""
    if m.kind != "percent" or m.value is None or m.comparison:
        return False
    if not _TARGET_NAMED.search(p.text[max(0, m.num_start - 70):m.num_start]):
        return False
    before = p.rows_before(i)
    if not before:
        return False
    before[0].derived.append(Derivation(p.quote(m), "chỉ tiêu tỷ lệ được giao", m.value))
    p.rows[i] = before[0]
    return True


CONTEXT = (price_base_year, share_of_standing, rate_target)
