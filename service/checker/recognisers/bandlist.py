"""A later band of a distribution's list: once a sentence has sorted its units into income classes, the next classes
leave the level noun out — each still a band (the share of units in it is the figure), no value of the period.

    45% sinh viên có mức thu nhập từ 9–12 triệu đồng, 25% trong khoảng 12–15 triệu đồng và 9% đạt trên 20 triệu đồng
                                                   (held-out yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen-…-2026-01)
    Có tới 64,9% nhu cầu tìm việc của người lao động ở mức lương từ 6 – 10 triệu; mức lương trên 10 triệu chỉ chiếm
    14,17%.                                        (c37-tinkinhte-tra-luong-cao-nhat)

The grammar, all three needed: the number is a band (``recognisers.band``) — a range (``12–15``) or a bound right
before it (``trên``, ``dưới``, ``từ``, ``hơn``, ``khoảng``); it goes with a share — a percent right before the bound
(``25% trong khoảng``) or after the band with a verb of share (``chỉ chiếm 14,17%``); and an earlier number of its
sentence is already an income class's bound (``recognisers.income``: ``mức thu nhập từ 9–12 triệu đồng``). Not a band
with no class before it (``25% sinh viên đạt trên 20 triệu đồng`` alone is ``income``'s to judge), nor a level with no
share (``thu nhập bình quân trên 10 triệu đồng``). Asked, as every class bound, only of a number no row supports
(``bounds.class_bound`` composes it).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.band import banded
from service.checker.recognisers.income import income_class

#: a share right before the bound: ``25% trong khoảng``, ``9% đạt trên`` (a verb between, no other number)
_SHARE_BEFORE = re.compile(r"(?i)\d\s*%\s+(?:(?:đạt|có|ở|mức|là)\s+){0,2}(?:trong\s+khoảng|khoảng|từ|trên|dưới|hơn)\s+$")
#: a share after the band: ``chỉ chiếm 14,17%``, ``chiếm 25%``
_SHARE_AFTER = re.compile(r"(?i)^[^\d.;\n]{0,12}?(?<!\w)chiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*%")
#: an earlier number of the sentence with its scale word: ``9–12 triệu đồng``, ``6 – 10 triệu``
_EARLIER = re.compile(r"\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+đồng)?)?")
_REACH = 300


def later_band(text: str, start: int, end: int) -> bool:
    """Is the number spanning ``text[start:end]`` a later band of a distribution's list (see the module)?"""
    if not banded(text, start, end):
        return False
    before = text[max(0, start - 40):start]
    if not (_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(text[end:end + 40])):
        return False
    lo = sentence_start(text, start, _REACH)
    if lo is None:
        return False
    return any(income_class(text, m.start(), m.end()) for m in _EARLIER.finditer(text, lo, start)
               if not text[m.end():m.end() + 2].lstrip().startswith("%"))
