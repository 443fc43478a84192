"""A count of what a whole's children count, the whole counting another noun.

    Kết quả kỳ thi chọn học sinh giỏi quốc gia: Tây Ninh đạt 5 giải
        (2 Thí sinh đạt giải = 5 thí sinh; 2.1 Giải Ba = 1 giải, 2.2 Giải Khuyến khích = 4 giải)
                                          (xf-tay-ninh-so-gddt-hoc-sinh-gioi-quoc-gia-2012-2013)
    Tuyên Quang: Trao 23 giải báo chí viết về nông thôn mới
        (R-7 Tác phẩm đạt giải = 23 tác phẩm; R-7.a Giải A = 2 giải, … R-7.d Giải Khuyến khích = 9 giải)
                                          (xg-tuyen-quang-hoi-nha-bao-cuoc-thi-nong-thon-moi-2019)

The noun said (``giải``) is the unit of every child of one row, not the row's own (``thí sinh``, ``tác phẩm``): the
number is the children's total, checked as their sum — all of them, never a choice among them (a choice of parts
adding up by chance would excuse a wrong number).  A number that is not their sum stays unsupported.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: a child's code: its parent's and one more step after a dot (``2.1`` under ``2``, ``R-7.a`` under ``R-7``)
_CHILD = re.compile(r"^(?P<parent>.+)\.(?:\d+|[a-zđ])$")


def _parent(code: str) -> str | None:
    m = _CHILD.match(code or "")
    return m.group("parent") if m else None


def children_total(idx, noun: str, value: Decimal):
    """(parent, children) of the one row whose children all count ``noun`` (their unit, ``idx.unit_fit`` 1), the
    parent counting another (fit not 1), and whose values add up to ``value``; else None."""
    if not noun or value is None:
        return None
    by_code = {r.fig.ma: r for r in idx.rows if r.fig.ma}
    groups: dict[str, list] = {}
    for r in idx.rows:
        p = _parent(r.fig.ma)
        if p is not None and p in by_code:
            groups.setdefault(p, []).append(r)
    for code, kids in groups.items():
        parent = by_code[code]
        values = [k.values.get("ky_bao_cao") for k in kids]
        if len(kids) < 2 or any(v is None for v in values) or len({k.unit for k in kids}) != 1:
            continue
        if idx.unit_fit(noun, parent) == 1 or any(idx.unit_fit(noun, k) != 1 for k in kids):
            continue
        if sum(values) == value:
            return parent, kids
    return None
