"""A column of the whole each row's value is counted out of: ``X trên tổng số Y``.

Two real sheets write the whole beside the value: the Bắc Giang trade unions' ``Năm 2012 (đến thời điểm báo cáo) |
Trên tổng số`` (held-out xj-bac-giang-ldld-tinh-dai-hoi-cong-doan-co-so-2012: «309/1.301 CĐCS tổ chức đại hội», the
note repeating ``309/1.301``) and Châu Phú's ``Số đạt năm 2021 | Tổng số | Tỷ lệ đạt (%)`` (ya-an-giang-chau-phu-xet-
danh-hieu-van-hoa-2021: «100/100 ấp đạt chuẩn ấp văn hóa …, đạt tỷ lệ 100%»).  Main set both aside: ``Trên tổng số``
reads as a share's title (``Tỷ lệ trên tổng số (%)``) and was «cột không thuộc bảng số liệu»; Châu Phú's ``Tổng số``
equals its value in the one row filled (all the hamlets met the standard), and a whole was only taken when one row
at least is larger.  The loader's convention for such a whole (``columns._place_wholes``): the ``Kế hoạch`` column,
which the checker reads as the base a part is out of (``39/45``, ``đạt 86,7%``).

- ``names_the_whole``: the title is the preposition of a whole and ``tổng số`` alone (``Trên tổng số``, ``Trong tổng
  số``, with a counted noun after it or not), no per cent, no «tỷ lệ» — grammar, not a list of one sheet's words.  Its
  numbers must still each be at least the row's value (checked where it is placed).
- ``whole_by_its_rate``: a whole equal to the value in every row it fills is still the whole when a rate column on
  those rows gives back value / whole × 100 (``100 | 100 | 100``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from service.figures.schema import fold, is_none_mark
from service.numbers import parse_table_number

__all__ = ["names_the_whole", "whole_by_its_rate"]

#: ``trên tổng số``, ``trong tổng số cđcs`` (folded): the preposition of a whole, then «tổng số» and at most a noun.
_OF_THE_WHOLE = re.compile(r"^(?:tren|trong)\s+tong\s+so(?:\s+[a-z]+){0,3}$")


def names_the_whole(title) -> bool:
    """``Trên tổng số``: a column of the whole the row's value is out of, not a share of it (no %, no «tỷ lệ»)."""
    said = unicodedata.normalize("NFC", str(title or "")).strip()
    return "%" not in said and bool(_OF_THE_WHOLE.match(fold(said)))


def _number(v):
    if v is None or (isinstance(v, str) and (not v.strip() or is_none_mark(v))):
        return None
    if not isinstance(v, str):
        return Decimal(str(v)) if isinstance(v, (int, float, Decimal)) else None
    try:
        return parse_table_number(v)
    except ValueError:
        return None


def whole_by_its_rate(rows, whole: int, value: int, rates: list[int]) -> bool:
    """Every row filling both the value and the whole has them equal (``100 | 100``), and a rate column gives back
    value / whole × 100 (``100``) on each such row, to its last written decimal: the whole, all of it reached."""
    pairs = []
    for cells in rows:
        w = _number(cells[whole]) if whole < len(cells) else None
        p = _number(cells[value]) if value < len(cells) else None
        if w is not None and p is not None:
            pairs.append((cells, w, p))
    if not pairs or any(w != p or w <= 0 for _, w, p in pairs):
        return False
    for r in rates:
        shown = [(_number(c[r]) if r < len(c) else None, p * 100 / w) for c, w, p in pairs]
        if all(s is not None and abs(s - exact) <= Decimal("0.05") for s, exact in shown):
            return True
    return False
