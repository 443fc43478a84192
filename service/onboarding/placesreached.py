"""Units named as where the period's action took place, in a sentence tied to the period, are what the period
reached — a row, not the area's make-up (round 67, issue 14's convention: a number that describes the agency or its
area at the period's end, compared to no period, stays standing; one the text reports as the period's result is a row).

=======================  ========================================================================================
``reached_in_period``    ``Trong quý I năm 2019, Hội đồng nhân dân huyện … tổ chức tiếp xúc cử tri … tại 13 ấp``
                         (zf-kien-giang-kien-hai-hdnd-tiep-xuc-cu-tri-2019-q1), ``Trong đó, đợt 1 triển khai tại 93
                         xã`` (yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014), ``trong đợt này, các hộ
                         … ở 11 xã, thị trấn`` (zi-phu-yen-ban-dan-toc-tro-cap-song-hinh-2007-10): a count of areas
                         right after ``tại``/``ở``, in a sentence that names a period (a date, ``quý I``, or a
                         campaign's round ``đợt 1``/``đợt này``) before it and says no stock (``có``, ``gồm``,
                         ``hiện``) in the clause — where the period's work went. Not: ``Đến nay, toàn huyện có 77 tổ
                         hòa giải ở 11 xã, thị trấn`` (xj-phu-yen-song-hinh-…-2002-2007: what the area has), nor a
                         count of areas with no period named (``Giải … thu hút 130 VĐV, đến từ 12 đơn vị``)
=======================  ========================================================================================

Used by ``recognisers._reached`` (which already reads ``tại 3 đơn vị`` after a count of the clause as reached).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.periods import find_mentions

#: ``tại``, ``ở``, ``tại các``: where something took place, right before the count.
_AT_PLACE = re.compile(r"(?i)(?<!\w)(?:tại|ở)(?:\s+(?:các|tất\s+cả))?\s*$")
#: A campaign's round: ``đợt 1``, ``đợt I``, ``đợt này``, ``đợt cao điểm``.
_ROUND = re.compile(r"(?i)(?<!\w)đợt\s+(?:\d+|[IVX]+|này|cao\s+điểm)(?!\w)")
#: A stock said in the clause: what the area has, not what the period did.
_STOCK_WORD = re.compile(r"(?i)(?<!\w)(?:có|gồm|hiện)(?!\w)")


def reached_in_period(p: Para, m: Mention, at: int) -> bool:
    if not _AT_PLACE.search(p.text[max(0, at - 16):at]):
        return False
    s = p.sentence_of(m)
    lo = P.clause_start(p.text, m.num_start)
    if _STOCK_WORD.search(p.text[max(s, lo):at]):
        return False
    before = p.text[s:at]
    return bool(_ROUND.search(before)) or any(x.period is not None for x in find_mentions(before))
