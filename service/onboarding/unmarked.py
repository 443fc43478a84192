"""A rate of change printed without its ``%`` (round 32).

=========================  ===================================================================================
``rate_sign_dropped``      ``ước đạt 43,2 ngàn tỷ đồng, tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ``
                           (yl-ba-ria-vung-tau-so-cong-thuong-san-xuat-cong-nghiep-2023-01; the hand: 6,71 %),
                           ``Tổng sản lượng đạt 1.000 tấn, tăng 1,5 so với cùng kỳ`` (p-lamha-channuoi-2022-h1; the
                           hand: cùng kỳ 985, «tăng 1,5 (thiếu %)»): a decimal number with no unit after ``tăng``/
                           ``giảm`` and right before ``so với`` last period counts nothing (a count has no decimals, an
                           amount its unit) — the change of the row before it in its sentence, its ``%`` dropped by
                           the source.  A derivation of that row, never a row «Số so …» of its own; the note says
                           the sign is missing (the source is not corrected).
=========================  ===================================================================================

Counter-cases: a whole number (``tăng 15 so với cùng kỳ`` may count the row's own noun, elided), a number with its
unit or ``%``, no row before it in its sentence, a rate before it (``đạt 85,5%, tăng 1,5 so với cùng kỳ`` may
be points).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

_BASE_AFTER = re.compile(r"(?i)^\s+so\s+(?:với\s+)?(?:cùng\s+kỳ|tháng\s+trước|quý\s+trước|năm\s+trước|kỳ\s+trước)(?!\w)")
_DECIMAL = re.compile(r"^\d+,\d+$")


def rate_sign_dropped(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.kind != "change" or m.unit or m.comparison not in ("tăng", "giảm"):
        return False
    base = _BASE_AFTER.match(p.text[m.num_end:])
    if base is None or not _DECIMAL.match(p.text[m.num_start:m.num_end]):
        return False
    row = next(iter(p.rows_before(i)), None)
    if row is None or row.unit == "%":
        return False                       # a rate's change with no sign may be in points: left
    row.derived.append(Derivation(p.quote(m), f"{m.comparison} {' '.join(base.group().split())} (báo cáo ghi «{m.raw}», thiếu dấu %: "
                                  f"đọc là {P.fmt(m.value)}%)", m.value))
    p.rows[i] = row
    return True


UNMARKED = (rate_sign_dropped,)
