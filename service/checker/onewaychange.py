"""A comparison row whose label names one direction of change, ``<chỉ tiêu> tăng so với cùng kỳ``, keeps the size of
that change, whatever its value: ``Doanh thu môi giới tăng so với cùng kỳ năm trước`` = 33 is a rise of 33%
(xn-toan-quoc-cong-ty-chung-khoan-doanh-thu-moi-gioi-2023-q3's ``tăng 33% so với cùng kỳ năm ngoái``), ``Lãi ròng
tăng so với cùng kỳ`` = 110 a rise of 110% (xn-toan-quoc-thuy-dien-song-ba-thac-ba-loi-nhuan-2019-q2's ``tăng 110%
so với cùng kỳ``), ``Sản lượng hành khách vé lượt giảm so với năm 2019`` = 36 a fall of 36%
(xn-ha-noi-xe-buyt-san-luong-hanh-khach-2020) — not an index against the same period (33% − 100%), which is what a
value within an index's range under a bare comparison's name (``So với cùng kỳ (%)`` = 94,1) is.

Grammar only: the direction word (``tăng`` or ``giảm``, one of them: ``indexvalue.one_way``) stands right before the
comparison (``so với``/``so``) in the label; a label naming an index (``Chỉ số … tăng so với``) is left to the index's
reading, as is one naming both ways (``Tăng (+)/giảm (-) so với …``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.indexvalue import INDEX_HIGH, INDEX_LOW, change_of_compared, one_way
from service.checker.match import fold
from service.numbers import format_vn

#: the direction word right before the comparison (folded label): ``… tang so voi``, ``… giam so``, ``- tang so voi``
_WAY_BEFORE_BASE = re.compile(r"\b(?:tang|giam)\s+so(?:\s+voi)?\b")
#: an index named in the label: its value reads as an index
_NAMES_INDEX = re.compile(r"\bchi so\b")


def names_one_way_change(label: str) -> bool:
    """The label keeps a change of one direction by its words (see the module)."""
    folded = fold(label)
    return one_way(label) and _WAY_BEFORE_BASE.search(folded) is not None and _NAMES_INDEX.search(folded) is None


def change_said(v: Decimal, label: str) -> tuple[Decimal, str] | None:
    """(the change, how) a comparison row's value says: the value itself when its label names one direction of change
    (``names_one_way_change``) and the value lies where an index would (below it, such a row is read as before:
    ``indexvalue.change_of_compared``, the size of the change said by other paths), else as ``change_of_compared``
    reads it."""
    if INDEX_LOW <= v <= INDEX_HIGH and names_one_way_change(label):
        return v, f"{format_vn(v)}%"
    return change_of_compared(v, label)
