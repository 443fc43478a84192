"""A period's value said first and its running total right after it: ``X, lũy kế … Y`` — the first is the period's.

    Trong đó: Công nghiệp khai khoáng ước thực hiện khoảng 2,6 tỷ đồng, lũy kế 2 tháng 4,8 tỷ đồng; …
                                    (xx-lam-dong-duc-trong-ubnd-huyen-cong-nghiep-xay-dung-2020-02, a report of 2020-02)

    … số thu ngân sách trong tháng đạt 85 tỷ đồng, lũy kế từ đầu năm 1.020 tỷ đồng          (the common form)

The clause right after a number opens with a running-total cue (``lũy kế``, ``cộng dồn``, ``tính chung``, ``từ đầu
năm``: ``recognisers.running.RUNNING_CUE``) and states a number of its own: that cue is the second number's, and the
first, set against it in the same breath, is the period's own value — whatever period the sentence before it named
(``Trong đó`` after a sentence about the running total, ``carriedcue``). The first number's own words of time, where
it has any, still decide; this reads only a number that has none.
"""

from __future__ import annotations

import re

from service.checker.recognisers.running import RUNNING_CUE

#: from the end of a number (its unit) to the next clause: no other number, no sentence end, then a comma and an
#: optional ``và`` / ``còn``
_TO_NEXT_CLAUSE = re.compile(r"[^\d.;!?,\n]{0,30},\s*(?:(?:và|còn)\s+)?")
#: the running clause states a value: a digit before the clause or sentence ends
_A_VALUE = re.compile(r"[^.;!?\n]{0,60}?\d")


def running_follows(text: str, end: int) -> bool:
    """The clause after the number ending at ``end`` opens with a running-total cue and states a value of its own:
    ``2,6 tỷ đồng, lũy kế 2 tháng 4,8 tỷ đồng`` — the number is the period's own, set against that total."""
    gap = _TO_NEXT_CLAUSE.match(text, end)
    if gap is None:
        return False
    cue = RUNNING_CUE.match(text, gap.end())
    return cue is not None and _A_VALUE.match(text, cue.end()) is not None
