"""A range of rates said of several units at once: each unit's rate falls in it, no one row's value.

    … công suất phòng các khách sạn đạt trên 70%, một số điểm đến ven biển đạt tỷ lệ lấp đầy 95-100% trong thời gian
    nghỉ lễ.                                   (xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04)
    … tốc độ tăng trưởng kinh tế ở các huyện Duyên Hải, Cầu Ngang, Trà Cú và Châu Thành đều đạt từ 14 đến 16% trở
    lên                                        (sweep t38-thiduakhenthuong-cum-1-tra-vinh-2011)
    … nhiều chỉ tiêu đạt 28 - 29% kế hoạch năm (sweep c36-thanhnien-tkv-quy-1-2018)

Grammar: the range's clause, before it, names a plural set — ``một số``, ``nhiều``, ``các``, ``những``, ``hầu hết``
before a noun — whose members each reach a rate of the range. The checker asks this only of a range no row supports:
unproved (the members' own rates are not kept), not wrong. A single rate (``các khách sạn đạt 70%``) is not asked: it
may be the set's whole rate, a row's.
"""

from __future__ import annotations

import re

#: a plural set named in the clause: a quantifier, then its noun
_SEVERAL = re.compile(r"(?i)(?<!\w)(?:một\s+số|nhiều|các|những|hầu\s+hết(?:\s+các)?)\s+[^\W\d_]{2,}")
#: where the range's sentence part starts: the last stop, semicolon or colon before it (commas may list the set)
_CLAUSE_CUT = re.compile(r"[.;:\n](?=\s)")


def several_units_before(text: str, start: int, reach: int = 160) -> bool:
    """Does the text before ``start`` (from its last stop, at most ``reach`` characters) name a plural set, no number
    between that set and ``start``?"""
    head = text[max(0, start - reach):start]
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(head)]
    head = head[cuts[-1]:] if cuts else head
    sets = list(_SEVERAL.finditer(head))
    return bool(sets) and not re.search(r"\d", head[sets[-1].start():])
