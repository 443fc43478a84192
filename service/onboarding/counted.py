"""A bare number right after the name of what it counts, with no verb between (round 38).

``rows.counted_before`` reads ``tổng số lần khám bệnh tuyến tỉnh là 342.488``: ``số <noun> … là/đạt`` then the
number. Reports also write the name and the number side by side, the name opening its clause:
``Số thoát nghèo 16.067, chiếm 5,78%; Số hộ tái nghèo 1345, chiếm 0,48%; số hộ nghèo phát sinh 5.260, chiếm 1,86%``
(yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018), ``Số trẻ là con thứ 3 trở lên 144, so với cùng kỳ giảm 9 trẻ``
(zg-quang-ngai-son-tinh-dan-so-2015), ``số trường hợp tử vong 144, giảm 78% so với cùng kỳ 2013``
(zf-toan-quoc-hiv-aids-phat-hien-2014). ``named_plainly`` gives such a number the count noun its name opens with —
only a noun the checker knows counts (``COUNT_UNITS``: ``hộ``, ``trẻ``, ``trường hợp``); ``Số thoát nghèo 16.067``
names no noun and stays without a row. The name must open its clause (after ``;``, ``,``, the sentence's start), so a
number inside a longer phrase is not read.
"""

from __future__ import annotations

import re

from service.checker.extract import COUNT_UNITS, Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

_NAMED_PLAINLY = re.compile(r"(?i)^\W*(?:tổng\s+)?số(?:\s+lượng)?\s+(?P<noun>[^\W\d_][^.;:,()]{0,60}?)\s*$")


def named_plainly(p: Para, m: Mention, start: int) -> str:
    """The count noun of a bare number whose clause opens on ``(tổng) số <noun> …`` right before it; '' when none."""
    clause = p.text[P.clause_start(p.text, start):start]
    hit = _NAMED_PLAINLY.match(clause)
    if not hit:
        return ""
    words = P.words_of(hit.group("noun"))
    low = " ".join(words).lower()
    known = next((u for u in sorted(COUNT_UNITS, key=len, reverse=True) if low == u or low.startswith(u + " ")), None)
    return " ".join(words[:len(known.split())]) if known else ""
