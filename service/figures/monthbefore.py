"""A column comparing each row with the month (quarter, period) just before, the sheet holding no value of it.

Statistics offices and industry departments set beside the month's estimate a comparison with the month before and
one with last year's (``Dự kiến tháng 7/2018 | So với (%)`` over ``Tháng trước | Cùng kỳ năm trước``, held-out
yl-vinh-phuc-cuc-thong-ke-ban-le-2018-07; ``Ước thực hiện tháng 5/2019 | So sánh (%)`` over ``Tháng trước | Cùng
kỳ``, ym-thai-nguyen-so-cong-thuong-2019-05; ``Tháng 5/2023 so với (%)`` over ``Tháng trước | Cùng kỳ năm trước``,
zq-binh-dinh-cuc-thong-ke-2023-05).  Last year's comparison gives back last year's value; the month before's gives
back nothing the sheet keeps, so it was set aside and the row's month-on-month change was lost.  It is the row's own
figure, of a base the title names: kept as a row «<chỉ tiêu>: so với tháng trước» (in %), as the CPI releases'
rows «…: tháng 9/2021 so với tháng trước» already are and the checker reads them (an index, 101,39, or a change)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["a_before_row", "against_the_period_before"]

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


def a_before_row(title: str) -> bool:
    """The measure title :func:`against_the_period_before` gives (``so với tháng trước``): the loader's rows of such
    columns, not a column a sheet titles so for another reason (a CPI's ``Chỉ số tháng 4/2018 so với tháng trước``)."""
    return bool(re.fullmatch(r"so với (?:tháng|quý|kỳ) trước", str(title or "")))
