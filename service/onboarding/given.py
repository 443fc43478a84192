"""What each recipient got in a giving: the level of a gift, a scholarship, a grant — not the period's total (round 39).

=================  ==========================================================================================
``each_given``     ``Đoàn đã trao tặng giấy mừng thọ và 200 ngàn đồng/cụ`` (t29-baodongthap-tam-nong-nct-2017),
                   ``học sinh THPT: 800.000 đồng/em`` (t29-tinhuyquangtri-hoc-bong-dakrong), ``người cao tuổi 95 tuổi
                   mức quà tặng là 900 nghìn đồng tiền mặt`` (t29-binhson-nct-2022): an amount of money *per person*
                   (``/cụ``, ``/em``, ``/người``: a noun of people after the slash) or named as a gift's level
                   (``mức quà tặng là …``, ``định mức học bổng: …``) in a sentence that gives (``quà``, ``tặng``,
                   ``trao``, ``học bổng``, ``hỗ trợ``, ``thưởng``, ``mừng thọ``) is the norm each got — a standing
                   level the next edition states again, not the period's total. Not a mean (``thu nhập bình quân
                   35,9 triệu đồng/người/năm``: a row), not an amount per span of time (``/tháng``), not a total
                   (``tổng``). **Not** the value of one share (``mỗi suất trị giá 850.000 đồng``, ``500.000đ/suất``):
                   the held-out hands split on those (five keep «Trị giá mỗi phần quà» as a row — bu-dang-2020-h1,
                   ham-thuan-bac-2023-h1, yi-hau-giang, zz-ha-tinh-hoi-nha-bao, g-anlao; seven leave it), so the first
                   try, which read them too, lost eleven matched rows and was narrowed
=================  ==========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, before the rows' own readings.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.match import GENERIC_PERSON, PERSON
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing

#: A sentence that gives: ``quà``, ``tặng``, ``trao``, ``học bổng``, ``hỗ trợ``, ``thưởng``, ``mừng thọ``, ``chúc thọ``.
_GIVING = re.compile(r"(?i)(?<!\w)(?:quà|tặng|trao|học\s+bổng|hỗ\s+trợ|thưởng|mừng\s+thọ|chúc\s+thọ|trợ\s+cấp)(?!\w)")
#: A mean or a price or a loan, not a gift's level: ``bình quân``, ``trung bình``, ``thu nhập``, ``lương``, ``vay``.
_MEAN = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình|thu\s+nhập|lương|doanh\s+thu|giá\s+bán|vay|dư\s+nợ|"
                   r"tổng)(?!\w)")
#: ``mức quà tặng là``, ``Mức tặng quà chúc thọ, mừng thọ bằng tiền mặt cho người cao tuổi 70, 75 tuổi là``,
#: ``định mức học bổng:``: the level of a gift named before its amount (who gets it may stand between).
_LEVEL = re.compile(r"(?i)(?<!\w)(?:định\s+)?mức\s+(?:quà|tặng|hỗ\s+trợ|học\s+bổng|thưởng)[^;.]{0,80}?(?:\s(?:là|bằng)|:)"
                    r"\s*$")
#: Where the phrase of the number opens: after the last comma, semicolon, colon or bracket before it.
_PHRASE_BREAK = re.compile(r"[,;:(]")


def _money(m: Mention) -> bool:
    return m.kind == "money" or (m.kind == "count" and (m.noun or "").lower().startswith("đồng"))


def _per_person(m: Mention) -> bool:
    """The extraction read a ``/<noun>`` whose noun is one of people (``cụ``, ``em``, ``người``, ``học sinh``)."""
    words = (m.per or "").strip().lower().split()
    return any(" ".join(words[:k]) in PERSON | GENERIC_PERSON for k in (1, 2) if len(words) >= k)


def each_given(p: Para, i: int, m: Mention) -> bool:
    """An amount of money each recipient got, in a sentence that gives: standing (the level), no row."""
    if m.value is None or m.comparison or not _money(m):
        return False
    s = p.sentence_of(m)
    breaks = [b.end() for b in _PHRASE_BREAK.finditer(p.text, s, m.num_start)]
    before = p.text[breaks[-1] if breaks else s:m.num_start]
    near = p.text[max(s, m.num_start - 120):m.num_start]
    sentence = p.text[s:P.clause_end(p.text, m.end)]
    if not _GIVING.search(sentence) or _MEAN.search(before):
        return False
    if not (_per_person(m) or _LEVEL.search(near)):
        return False
    add_standing(p, m, "mức mỗi người được nhận")
    p.standing_at.add(i)
    return True


GIVEN = (each_given,)
