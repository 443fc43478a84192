"""A number said in percentage points: ``đóng góp 0,84 điểm phần trăm vào mức tăng trưởng chung``.

    Trong đó, khu vực nông, lâm nghiệp và thủy sản 9.590 tỷ đồng, tăng 3,99%, đóng góp 0,84 điểm phần trăm vào mức
    tăng trưởng chung.           (xx-nam-dinh-cuc-thong-ke-grdp-thu-chi-ngan-sach-2020, a table with a column
                                  ``Đóng góp vào tăng trưởng (điểm phần trăm)``)

A gap between two rates, or a part's contribution to a whole's growth, is written as a number then ``điểm phần
trăm`` / ``điểm %`` / ``% điểm`` / ``pp``; the figures loader keeps a cell in that unit as its own kind, ``points``
(``service.figures.units.percentage_points``). The text's number is read without a unit (``điểm`` alone is no unit
the extractor knows), so it is a bare count; said so, it is the value of a row in points, the same unit — the
loader's own reading of the words decides, so every spelling it knows is the text's too. ``8,5 điểm`` alone (a
score) is none.
"""

from __future__ import annotations

import re

from service.figures.units import POINTS, read_unit

#: the words right after the number that may name percentage points (the loader's reading decides which do)
_WORDS = re.compile(r"(?i)\s*(điểm\s*(?:phần\s+trăm|%)|%\s*điểm|pp)(?!\w)")


def said_in_points(text: str, end: int) -> bool:
    """The number ending at ``end`` is followed by a unit of percentage points (``0,84 điểm phần trăm``)."""
    words = _WORDS.match(text, end)
    if words is None:
        return False
    unit = read_unit(words.group(1))
    return unit is not None and unit.kind == POINTS
