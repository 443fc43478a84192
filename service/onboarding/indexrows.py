"""The change of an index is a row of its own, never the change of a level said before it (round 51).

An index (``Chỉ số sản xuất công nghiệp``, ``Chỉ số giá tiêu dùng``) has no level a report states: the page says
only how it moved — ``Chỉ số sản xuất công nghiệp tháng 04/2017, tăng 11,38% so với tháng 3/2017 và tăng 24,36% so
với cùng kỳ năm 2016`` (xb-thai-binh-so-cong-thuong-san-xuat-cong-nghiep-2017-04; its hand keeps the index 124,36,
cùng kỳ = 100), ``Chỉ số sản xuất ngành công nghiệp tháng 9 ước tăng 11,35% so với tháng trước và giảm 11,68% so
với cùng kỳ năm 2020`` (yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09, its hand keeps the changes),
``- Chỉ số sản xuất toàn ngành công nghiệp tháng 5/2023 giảm 0,24% so với tháng trước và giảm 7,15% so cùng kỳ``
(zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05).  Each change is a row («Tốc độ tăng chỉ số …»), as the
template makes them when nothing stands before.  The Thái Bình page said the level of another figure of the same
words just before (``giá trị sản xuất công nghiệp … ước đạt 3.681 tỷ đồng``): the change recogniser took the index's
changes for that value's — a value in đồng and an index are not one row.

The grammar: the sentence opens with ``Chỉ số`` (a list dash allowed), and no figure of a level stands between that
and the change; the change is a rate (``tăng``/``giảm`` N%).  A sentence about something else that names an index
later (``… trong đó một số mặt hàng có chỉ số giá tăng cao``) is not read here.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.onerow import keep_own_row

#: The sentence's subject is an index: ``Chỉ số …`` at its start, after a list mark or ``Trong đó,``.
_INDEX_OPENS = re.compile(r"(?i)^[\s\-–•+*]*(?:trong\s+đó\s*[,:]?\s*)?chỉ\s+số(?!\w)")


def _level_before(p: Para, i: int, lo: int) -> bool:
    """A figure with a value (not a date, a period, a rate of change) between ``lo`` and figure ``i``."""
    return any(f.value is not None and f.kind not in ("date", "period", "year") and not
               (f.kind == "percent" and f.comparison in ("tăng", "giảm"))
               for f in p.figures[:i] if f.num_start >= lo)


def index_change(p: Para, i: int, m: Mention) -> bool:
    """``Chỉ số sản xuất công nghiệp tháng 04/2017, tăng 11,38% …``: the change is a row of its own, made here."""
    if m.kind != "percent" or m.value is None or m.comparison not in ("tăng", "giảm"):
        return False
    s = p.sentence_of(m)
    if not _INDEX_OPENS.match(p.text[s:m.num_start]) or _level_before(p, i, s):
        return False
    return keep_own_row(p, i, m)


INDEX_CHANGES = (index_change,)
