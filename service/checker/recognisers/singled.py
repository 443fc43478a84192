"""Places singled out by name after ``đặc biệt là`` / ``nhất là`` / ``chủ yếu là``: the count is the names', no figure.

``phục vụ tại các địa phương trong tỉnh, đặc biệt là 2 huyện miền núi Khánh Sơn, Khánh Vĩnh`` (held-out
yt-khanh-hoa-trung-tam-dien-anh-dot-phim-tet-dinh-dau-2017-01: the clerk keeps no «2 huyện»), ``Nhất là hai huyện miền
núi Hướng Hóa và ĐaKrông, cơ sở hạ tầng hư hỏng`` (evaluations/sweep/pages/t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10):
the writer singles out members of a set already spoken of and names them; the number says how many names follow.  It
holds only when exactly N names (every word capitalised, joined by commas or ``và``) follow the noun (a few lower-case
words: ``huyện miền núi``) — ``đặc biệt là 3 xã vùng cao`` names none and stays a figure, and a count without a cue of
choice (``hỗ trợ 2 xã Mỹ Thành, Văn Nghĩa``, ``tại 3 xã Bình Hải, Bình Phục, Bình Đào``) is what was done: a figure.
The template reads it the same way (``service.onboarding.singled``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

#: the cue of choice right before the count
SINGLED_CUE = re.compile(r"(?i)(?<!\w)(?:đặc\s+biệt|nhất|chủ\s+yếu)\s+là\s*$")
#: two to twelve, in digits or in words
_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
          "mười một": 11, "mười hai": 12}
_COUNT = re.compile(r"(?i)(?<!\w)(?:đặc\s+biệt|nhất|chủ\s+yếu)\s+là\s+(\d{1,2}(?![\d.,/])|mười\s+một|mười\s+hai|"
                    + "|".join(w for w in _WORDS if " " not in w) + r")(?!\w)\s+")


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


class SingledOut(Recogniser):
    """``đặc biệt là N <noun> A, B``: N names the places singled out (see the module)."""

    name, kind = "singled-out", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[max(0, a - 20):b].lower()
        if " là " not in window:
            return   # most windows: no cue, nothing to scan
        for m in _COUNT.finditer(text, max(0, a - 20), b):
            said = " ".join(m.group(1).lower().split())
            n = int(said) if said.isdigit() else _WORDS[said]
            if 2 <= n <= 12 and a <= m.start(1) < b and named_after(text[m.end(1):m.end(1) + 160]) == n:
                yield Claim(m.start(1), m.end(1), self.kind, "number of the places named after it", self.name)


SINGLED = SingledOut()
