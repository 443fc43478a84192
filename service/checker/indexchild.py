"""Rows under an index row are indices too (issue #13, round 53).

A sheet that keeps an index against a base (``2 | Chỉ số sản xuất công nghiệp so cùng kỳ năm 2016 (cùng kỳ = 100)
| % | 124,36``) often keeps its branches as child rows with bare names (``2.1 | Ngành khai khoáng | % | 118,9``):
the child's value is an index on the same base, as its parent's label says, and ``ngành khai khoáng tăng 18,9%`` is
118,9 − 100 (xb-thai-binh-so-cong-thuong-san-xuat-cong-nghiep-2017-04). The same shape, one level deeper, in a
statistics office's CPI by group: ``1 | Chỉ số giá tiêu dùng | % | 110,07`` over ``1.1 | Hàng ăn và dịch vụ ăn uống
| % | 104,94`` over ``1.1.1 | Lương thực | % | 106,91`` (yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-
2019-h1).

A child counts as an index only when it is a percent row whose own label says no comparison or change of its own
(``Tốc độ tăng …``, ``Tỷ lệ …``: then its label says what it is) and an ancestor's label is an index's.
"""

from __future__ import annotations

import re
from typing import Callable

from service.checker.match import Row, fold
from service.checker.twins import parent_code


#: A label that says what its own value is: a change, a rate, a share or an index of its own.
_OWN_MEANING = re.compile(r"\b(?:tang|giam|chenh|vuot|so voi|so cung|chi so|ty le|toc do|ty trong)\b")


def index_by_parent(row: Row, by_code: dict, is_index_label: Callable[[str], bool]) -> bool:
    """The percent row ``row`` with a bare label stands (at any depth) under a row whose folded label
    ``is_index_label`` says is an index: its value is an index on the same base."""
    if row.kind != "percent" or _OWN_MEANING.search(fold(row.fig.chi_tieu)):
        return False
    code = _parent(row.fig.ma, by_code)
    while code:
        parent = by_code[code]
        label = fold(parent.fig.chi_tieu)
        if is_index_label(label):
            return parent.kind == "percent"
        if _OWN_MEANING.search(label):
            return False
        code = _parent(code, by_code)
    return False


#: a child's code with the loader's column suffix (``1.1-2019-01``: the month's column of row 1.1)
_SUFFIXED = re.compile(r"^(?P<base>.+?)\.\d+(?P<suffix>-.+)$")


def _parent(code: str, by_code: dict) -> str | None:
    """The code of the row above ``code`` that the table holds: ``2.1`` → ``2``; a code with the loader's column
    suffix keeps it (``1.1-2019-01`` → ``1-2019-01``, yl-hoa-binh's months); None when no such row is kept."""
    plain = parent_code(code)
    if plain in by_code:
        return plain
    m = _SUFFIXED.match(code or "")
    up = m.group("base") + m.group("suffix") if m else None
    return up if up in by_code else None
