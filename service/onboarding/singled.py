"""Places singled out by name after ``đặc biệt là`` / ``nhất là`` (round 40): the count is the names', no figure.

``phục vụ tại các địa phương trong tỉnh, đặc biệt là 2 huyện miền núi Khánh Sơn, Khánh Vĩnh``
(yt-khanh-hoa-trung-tam-dien-anh-dot-phim-tet-dinh-dau-2017-01: the hand keeps no «2 huyện»), ``Nhất là hai huyện
miền núi Hướng Hóa và ĐaKrông, cơ sở hạ tầng hư hỏng`` (t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10): the
writer singles out members of a set already spoken of (``đặc biệt là``, ``nhất là``, ``chủ yếu là``) and names them;
the number says how many names follow.  It holds only when exactly N names (every word capitalised, joined by
commas or ``và``) follow the noun (a few lower-case words: ``huyện miền núi``) — ``đặc biệt là 3 xã vùng cao``
names none and stays a figure.  (``enumerated.names_after`` reads the top N after ``gồm``; there a count without a
cue of choice is what was done.)
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_SINGLED = re.compile(r"(?i)(?<!\w)(?:đặc\s+biệt|nhất|chủ\s+yếu)\s+là\s*$")


def named_after(tail: str) -> int:
    """How many names follow the lower-case noun words that open ``tail`` (``huyện miền núi Khánh Sơn, Khánh
    Vĩnh`` → 2), up to the first lower-case word after a name; 0 when no noun word opens it."""
    toks = re.findall(r"[^\s,]+|,", tail)
    k = 0
    while k < len(toks) and k < 4 and toks[k] != "," and toks[k][:1].islower():
        k += 1
    if not k:
        return 0
    n = words = 0
    for tok in toks[k:]:
        if tok in (",", "và"):
            if not words:
                break
            n, words = n + 1, 0
            continue
        w = tok.rstrip(".;:!?")
        if not w or not w[0].isupper() or words == 4:
            break
        words += 1
        if w != tok:
            break
    return n + (1 if words else 0)


def singled_out(p: Para, i: int, m: Mention) -> bool:
    """``đặc biệt là N <noun> A, B``: N names the places singled out (module docstring)."""
    if m.value is None or m.kind != "count" or not float(m.value).is_integer() or not 2 <= m.value <= 12:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _SINGLED.search(p.text[max(0, start - 30):start]):
        return False
    return named_after(p.text[m.num_end:m.num_end + 160]) == int(m.value)


SINGLED = (singled_out,)
