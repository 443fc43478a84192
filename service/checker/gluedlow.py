"""A range whose low end is glued to the word before it: a lost space, not a lost number (round 101, issue 13).

    Thịt bò đùi 210.000-220.000 đ/kg; … thịt gà ta làm sẵn nguyên con 120.000-125.000 đ/kg; thịt vịt ta làm sẵn
    nguyên con75.000-80.000 đ/kg; cá lóc 45.000-50.000 đ/kg; …   (xx-kien-giang-so-cong-thuong-gia-mat-hang-trong-yeu-2019-05)

Extraction reads digits glued to the letters before them only before ``%`` or a scale word (``bằng107,07%``,
``đạt16.743 tỷ đồng``), so ``con75.000`` is no number and ``80.000 đ/kg`` was read alone: the table's cell is the
range ``75.000-80.000`` (a range typed in one cell is stated only by both its ends), and a single end was flagged.
The notation says the rest: a numeral grouped in thousands like the mention's, glued to a word and joined to the
mention by a dash, smaller than it, is the range's low end. Read here before any row is matched: the mention is the
range ``75.000-80.000 đ/kg`` from the glued digits on. A dash after a word with no digits glued (``Hà Nội-80.000``),
a low end that is not smaller, or digits not grouped like the mention's are left as they were.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: Digits grouped in thousands glued to the letters before them, then a dash right before the mention's numeral.
_GLUED_LOW = re.compile(r"(?<=[^\W\d_])(\d{1,3}(?:\.\d{3})+)[ \t]?[-–][ \t]?$")
_AMOUNTS = ("count", "measure", "money")


def glued_low_ends(text: str, mentions: list) -> list:
    """``mentions`` with each one whose range's low end is glued to the word before it read as that range."""
    for m in mentions:
        if m.low is not None or m.kind not in _AMOUNTS or not m.grouped or not m.numeral or m.comparison is not None:
            continue
        g = _GLUED_LOW.search(text, max(0, m.num_start - 24), m.num_start)
        if g is None or "," in text[m.num_start:m.num_end]:
            continue
        low = Decimal(g.group(1).replace(".", ""))
        if not low < m.numeral:
            continue
        m.low = low * m.value / m.numeral
        m.start = m.num_start = g.start(1)
        m.raw = text[m.start:m.end]
    return mentions
