"""The row a clerk keeps as the whole of a part's row (``Tổng số hộ trên địa bàn`` over ``Số hộ nghèo``).

It lived in ``check``, which imports ``fracwhole`` at its top; ``fracwhole`` took it inside three functions to get round
the cycle. Here, below both, each imports it at its top (``check.whole_row`` is still the same function).
"""

from __future__ import annotations

import re

from service.checker.match import Row, TableIndex, fold

#: Words that name a whole's scope, not what is counted: "toàn tỉnh", "cả nước", "trên địa bàn huyện", "tổng số".
_WHOLE_SCOPE = re.compile(r"\b(?:(?:toan|ca) (?:tinh|huyen|xa|thanh pho|quoc|nuoc|truong|nganh)|tren dia ban"
                          r"(?: (?:tinh|huyen|xa|thanh pho|quan))?|tong so|tong|so)\b")


def whole_row(idx: TableIndex, part: Row) -> Row | None:
    """The row a clerk keeps as the whole of the part's row: the same unit, a larger value, and its label the
    part's words without what picks the part out (``Số trường tiểu học toàn tỉnh`` = 216 over ``Số trường tiểu học
    đạt chuẩn quốc gia`` = 155; ``Tổng số hộ trên địa bàn`` over ``Số hộ nghèo``). ``155/226 trường`` then states the
    whole as a figure, checked against that row, no standing set (yc-thua-thien-hue-so-gddt-…, d5-giamngheo-backan-…).
    The most general when several are (fewest words left); None when none, or two equally general, are."""
    v = part.values.get("ky_bao_cao")
    own = set(fold(part.fig.chi_tieu).split())
    if v is None or not own:
        return None
    found = []
    for r in idx.rows:
        w = r.values.get("ky_bao_cao")
        if r is part or w is None or w <= v or r.unit != part.unit or r.kind != part.kind:
            continue
        words = set(_WHOLE_SCOPE.sub(" ", fold(r.fig.chi_tieu)).split())
        if words and words <= own and words != own:
            found.append((len(words), r))
    # the most general of them ("Tổng số hộ trên địa bàn" over both "Số hộ nghèo" and "Số hộ cận nghèo")
    found.sort(key=lambda f: f[0])
    return found[0][1] if found and (len(found) == 1 or found[1][0] > found[0][0]) else None
