"""The size of each unit counted, said right after the count (round 41): ``tiếp nhận 303 đơn vị máu. Trong đó, 215
đơn vị máu thể tích 350 ml, 86 đơn vị 250 ml và 2 đơn vị 150 ml`` (yk-gia-lai-hoi-chu-thap-do-tinh-le-hoi-xuan-hong-
2026-01: three rows «Số ml» 350, 250, 150), ``đã thu được 269 đơn vị máu; trong đó có 60 đơn vị 350 ml, vượt 122% so
với chỉ tiêu tỉnh giao`` (t28-ctdbinhdinh-anlao-hmtn-2020: a row «Số ml» 350, the 122 % taken as its plan's rate).

The grammar: a count and its noun, then at once a measure (a number and a unit of measure: ``ml``, ``kg``, ``tấn``
…), with nothing between but, at most, the word naming the dimension (``thể tích``, ``dung tích``, ``trọng lượng``,
``khối lượng``, ``tải trọng``, ``công suất``, ``loại``, ``cỡ``).  The measure is what kind of unit was counted —
like ``khách sạn 5 sao`` or ``xe 16 chỗ`` — not an amount of the period: no row.  Anything else between (``5.664
tàu cá với 1.851.808 CV``: ``với``; ``… tấn, đạt …``) leaves the measure a figure.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.figures.units import MEASURE, read_unit
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: Between the count's noun and the size: nothing, or the dimension named.
_DIMENSION = re.compile(r"(?i)^\s*(?:(?:thể\s+tích|dung\s+tích|trọng\s+lượng|khối\s+lượng|tải\s+trọng|công\s+suất|loại"
                        r"|cỡ)\s+)?$")


#: A metric symbol the units table may not hold: a prefix (m, c, d, k) and a base (l, g, m), or ``cc``.
_METRIC_SYMBOL = re.compile(r"^(?:[mcdk]?[lgm]|cc)$")


def _measure_unit_after(p: Para, m: Mention) -> bool:
    words = P.noun_after(p.text, m.end)
    if not words or not words[0][:1].isalpha():
        return False
    unit = read_unit(words[0])
    return unit is not None and unit.kind == MEASURE and unit.text == P.nfc(words[0]).lower() or \
        bool(_METRIC_SYMBOL.match(words[0]))


def size_of_unit_counted(p: Para, i: int, m: Mention) -> bool:
    """A measure said right after a count's noun (``86 đơn vị 250 ml``) is the size of each unit: no row."""
    if m.value is None or i == 0 or m.comparison or m.qualifier or m.kind not in ("count", "measure"):
        return False
    prev = p.figures[i - 1]
    if prev.kind != "count" or prev.value is None or not prev.unit:
        return False
    noun_end = prev.end
    said = p.text[prev.end:m.num_start]
    if said.lower().lstrip().startswith(prev.unit.lower()):      # the extraction's span may stop before its noun
        noun_end = p.text.lower().index(prev.unit.lower(), prev.end) + len(prev.unit)
    if not _DIMENSION.match(p.text[noun_end:m.num_start]):
        return False
    return m.kind == "measure" or _measure_unit_after(p, m)


UNIT_SIZES = (size_of_unit_counted,)
