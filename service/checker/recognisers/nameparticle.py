"""The number that ends a proper name, told by the particle after it (round 93, issue 13).

    … các nhà máy thủy điện Hủa Na, DakDrinh hoạt động với sản lượng cao 123%-133% kế hoạch, nhà máy Vũng Áng 1 cũng
    hoàn thành 106% kế hoạch                        (xt-toan-quoc-pv-power-san-luong-dien-2021-h1)
    … ĐTC Biển Đức 16 đã tiến hành việc …          (sweep page)
    … Lúa Nàng Hoa 9 được thu mua với giá …        (sweep page)

A count stands before its noun (``38 HCV``, ``5 nhà máy``) or, after a name, is followed by what it counts (``Hà Nội
38 HCV``). After a name of two or more capitalised syllables, a number of one or two digits followed straight by a
particle of aspect, mood or voice — the closed class ``cũng``, ``đã``, ``đang``, ``sẽ``, ``vẫn``, ``vừa``, ``mới``,
``chưa``, ``không``, ``được``, ``bị`` that opens a predicate — counts nothing: the predicate's subject is the name, the
number its last part (a plant's unit, a pope's ordinal, a variety). ``digitname`` reads a number with more
capitalised words after it (``Dinh 1 Bảo Đại``); this reads the one the predicate follows. So do the two phrases
that open a named thing's attribute, ``ở mức`` and ``với tổng`` (``Lãi sau thuế của Thủy điện Sử Pán 2 ở mức 9,2 tỷ
đồng``, xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1; ``gồm Đa M’bri, Đa Siat và Đa Dâng 2 với tổng công suất
122,5 MW``, xn-lam-dong-thuy-dien-mien-nam-shp-…; the sweep's ``Nàng Hoa 9 ở mức 6.000 - 6.100 đồng/kg``). Not a heading in capitals
(``QUÝ II 2 …``: every letter a capital), nor a number with a decimal or grouping part.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_WORD = r"[^\W\d_]+"
_PARTICLE = r"(?:cũng|đã|đang|sẽ|vẫn|vừa|mới|chưa|không|được|bị|ở\s+mức|với\s+tổng)(?!\w)"
#: Up to four words before the number; the name is the run of capitalised ones that ends right before it.
_NAME_NUMBER = re.compile(rf"(?<!\w)((?:{_WORD}[ \t]+){{2,4}})(\d{{1,2}})(?![\w.,/%])[ \t]+{_PARTICLE}")


def _named(text: str, m: re.Match) -> bool:
    """The two words or more right before the number are capitalised, one at least not all capitals (no heading)."""
    words = m.group(1).split()
    run = []
    for w in reversed(words):
        if not w[0].isupper():
            break
        run.append(w)
    return len(run) >= 2 and any(not w.isupper() for w in run)


NAME_BEFORE_PARTICLE = Rule(
    "name-before-particle", "name", "the number ending a name, a predicate after it (Vũng Áng 1 cũng hoàn thành)",
    _NAME_NUMBER, group=2, accept=_named)
