"""A rate's gap to its target, the target unsaid: ``đạt tỷ lệ 83,5% (cao hơn chỉ tiêu Quốc hội đề ra 8,5%)``.

A report that states a rate often says right after it by how many points it beats (or misses) the target it was
set, without the target itself:

    đạt tỷ lệ 23,4% (vượt chỉ tiêu giao 2,9%)                               (m-hatinh-bhxh-2022-q1)
    đạt tỉ lệ 81,41% (tăng 2,82% so với năm 2019, cao hơn 1,41% so với chỉ tiêu được giao)
                                                                   (yq-toan-quoc-tong-cuc-thads-thi-hanh-an-dan-su-2020)
    đạt tỷ lệ 83,5% (cao hơn chỉ tiêu Quốc hội đề ra 8,5%); án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 91,13%
    (cao hơn chỉ tiêu giao 1,13%)                                                      (c38-baonghean-138-nam-2020)

The second number is the rate less the target (81,41 − 80 = 1,41 points): a comparison whose base — the target — the
table keeps only where a plan's column or row holds it.  Two word orders: the gap word and the plan before the number
(``cao hơn chỉ tiêu giao 1,13%``, ``vượt chỉ tiêu giao 2,9%``), or the gap word before and ``so với`` the plan after
(``cao hơn 1,41% so với chỉ tiêu được giao``).  A gap whose target the sentence states is another derivation's
(``derive._gap_to_stated_target``); this module only says the words are a gap to a plan.
"""

from __future__ import annotations

import re

_QUALIFIER = r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?"
_GAP = r"(?:(?:cao|thấp|kém|hụt)\s+hơn|vượt|hụt|thiếu)"
_PLAN = r"(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|KH)"
#: ``cao hơn chỉ tiêu Quốc hội đề ra``, ``vượt chỉ tiêu giao``: the gap word, the plan and who set it, then the number
_PLAN_BEFORE = re.compile(r"(?i)(?<!\w)" + _GAP + r"\s+(?:so\s+(?:với\s+)?)?" + _PLAN + r"(?!\w)[^\d;.()%]{0,40}?"
                          + _QUALIFIER + r"\s*$")
#: ``cao hơn 1,41%`` … ``so với chỉ tiêu được giao``: the gap word before the number, the plan after it
_GAP_BEFORE = re.compile(r"(?i)(?<!\w)" + _GAP + _QUALIFIER + r"\s*$")
_PLAN_AFTER = re.compile(r"(?i)\s*so\s+(?:với\s+)?(?:[^\W\d_]+\s+){0,3}?" + _PLAN + r"(?!\w)")


def gap_to_plan(text: str, start: int, end: int, clause: int = 0) -> bool:
    """Is the percent at ``[start, end)`` (``start`` at its number: ``cao hơn`` may have lent its ``hơn`` to the
    qualifier) said as a gap to a plan's target?"""
    lo = max(clause, start - 70)
    if _PLAN_BEFORE.search(text, lo, start):
        return True
    return bool(_GAP_BEFORE.search(text, lo, start)) and bool(_PLAN_AFTER.match(text, end))
