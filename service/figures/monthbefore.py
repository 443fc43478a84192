"""A column comparing each row with the month (quarter, period) just before, the sheet holding no value of it.

Statistics offices and industry departments set beside the month's estimate a comparison with the month before and
one with last year's (``Dự kiến tháng 7/2018 | So với (%)`` over ``Tháng trước | Cùng kỳ năm trước``, held-out
yl-vinh-phuc-cuc-thong-ke-ban-le-2018-07; ``Ước thực hiện tháng 5/2019 | So sánh (%)`` over ``Tháng trước | Cùng
kỳ``, ym-thai-nguyen-so-cong-thuong-2019-05; ``Tháng 5/2023 so với (%)`` over ``Tháng trước | Cùng kỳ năm trước``,
zq-binh-dinh-cuc-thong-ke-2023-05).  Last year's comparison gives back last year's value; the month before's gives
back nothing the sheet keeps.  Loaded as rows «<chỉ tiêu>: so với tháng trước» (figures round 39's trial), the
checker read the table as keeping its changes as rows and flagged rates the sheet never gave (3 false alarms on 134
figures, template recall 93,0% → 84,3% on the nine held-out tables with such a column): so the column is kept aside,
with a note in Vietnamese that says why and what to add (the month before's values) to have such sentences checked."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["against_the_period_before"]

# a comparing word, then the period just before named (two-level titles join «So với (%)» and «Tháng trước»)
_BEFORE = re.compile(r"(?i)\b(?:so\s+(?:với|sánh)|tăng|giảm|so)\b.*?\b(tháng|quý|kỳ)\s+(?:liền\s+)?trước\b")
# «so với cùng kỳ tháng trước», «tháng trước nữa»: another base
_NOT_BEFORE = re.compile(r"(?i)\bcùng\s+kỳ\b[^|]*\b(?:tháng|quý|kỳ)\s+trước\b|\btrước\s+(?:nữa|đó)\b")


def against_the_period_before(title: str) -> str | None:
    """``so với tháng trước`` (``quý``, ``kỳ``) when the column title compares with the period just before; else None."""
    t = " ".join(unicodedata.normalize("NFC", str(title or "")).split())
    m = _BEFORE.search(t)
    if not m or _NOT_BEFORE.search(t):
        return None
    return f"so với {m.group(1).lower()} trước"

