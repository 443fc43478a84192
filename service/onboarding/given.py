"""What each recipient got in a giving: the level of a gift, a scholarship, a grant — not the period's total (round 39).

=================  ==========================================================================================
``each_given``     ``Đoàn đã trao tặng giấy mừng thọ và 200 ngàn đồng/cụ`` (t29-baodongthap-tam-nong-nct-2017),
                   ``20 suất quà, mỗi suất trị giá 850.000 đồng`` (zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01),
                   ``học sinh THPT: 800.000 đồng/em`` (t29-tinhuyquangtri-hoc-bong-dakrong), ``người cao tuổi 95 tuổi
                   mức quà tặng là 900 nghìn đồng tiền mặt`` (t29-binhson-nct-2022): an amount of money *per* one
                   recipient or one share (``/cụ``, ``/em``, ``/suất``; ``mỗi suất …``; ``mức quà tặng là …``) in a
                   sentence that gives (``quà``, ``tặng``, ``trao``, ``học bổng``, ``hỗ trợ``, ``thưởng``, ``mừng
                   thọ``) is the norm each got — a standing level the next edition states again, its hands keep
                   the count and the total (most write the level in the count's note: ``mỗi suất 500 ngàn đồng``).
                   Not a mean (``thu nhập bình quân 35,9 triệu đồng/người/năm``, ``Quỹ Hội bình quân một hội viên
                   2,5 triệu đồng``, ``mức vay bình quân 37,7 triệu đồng/hộ``: rows), not an amount per span of time
                   (``mỗi năm``, ``/tháng``), not a total said after ``mỗi`` (``tổng``)
=================  ==========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, before the rows' own readings.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: A span of time: what an amount *per* it says is a rate of the scheme, not one recipient's level.
_TIME = r"(?:ngày|tuần|tháng|quý|năm|giờ|buổi|kỳ|đợt|lần|vụ)"
#: A sentence that gives: ``quà``, ``tặng``, ``trao``, ``học bổng``, ``hỗ trợ``, ``thưởng``, ``mừng thọ``, ``chúc thọ``.
_GIVING = re.compile(r"(?i)(?<!\w)(?:quà|tặng|trao|học\s+bổng|hỗ\s+trợ|thưởng|mừng\s+thọ|chúc\s+thọ|trợ\s+cấp)(?!\w)")
#: A mean or a price or a loan, not a gift's level: ``bình quân``, ``trung bình``, ``thu nhập``, ``lương``, ``vay``.
_MEAN = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình|thu\s+nhập|lương|doanh\s+thu|giá\s+bán|vay|dư\s+nợ|"
                   r"tổng)(?!\w)")
#: ``mỗi suất (quà) (trị giá|gồm|là) …`` before the number, in its clause: what each share held.
_EACH = re.compile(rf"(?i)(?<!\w)mỗi\s+(?!{_TIME}(?!\w))[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?\s*(?:trị\s+giá|gồm|là|:)?"
                   r"[^;.]{0,40}$")
#: ``mức quà tặng là``, ``Mức tặng quà chúc thọ, mừng thọ bằng tiền mặt cho người cao tuổi 70, 75 tuổi là``,
#: ``định mức học bổng:``: the level of a gift named before its amount (who gets it may stand between).
_LEVEL = re.compile(r"(?i)(?<!\w)(?:định\s+)?mức\s+(?:quà|tặng|hỗ\s+trợ|học\s+bổng|thưởng)[^;.]{0,80}?(?:\s(?:là|bằng)|:)"
                    r"\s*$")
#: Where the phrase of the number opens: after the last comma, semicolon, colon or bracket before it.
_PHRASE_BREAK = re.compile(r"[,;:(]")


def _money(m: Mention) -> bool:
    return m.kind == "money" or (m.kind == "count" and (m.noun or "").lower().startswith("đồng"))


def _per_one(m: Mention) -> bool:
    """The extraction read a ``/<noun>`` or ``mỗi <noun>`` that is no span of time."""
    per = (m.per or "").strip().lower()
    return bool(per) and not re.match(rf"{_TIME}(?!\w)", per)


def each_given(p: Para, i: int, m: Mention) -> bool:
    """An amount of money each recipient got, in a sentence that gives: standing (the level), no row."""
    from service.onboarding.recognisers import add_standing

    if m.value is None or m.comparison or not _money(m):
        return False
    s = p.sentence_of(m)
    breaks = [b.end() for b in _PHRASE_BREAK.finditer(p.text, s, m.num_start)]
    before = p.text[breaks[-1] if breaks else s:m.num_start]
    near = p.text[max(s, m.num_start - 120):m.num_start]
    sentence = p.text[s:P.clause_end(p.text, m.end)]
    if not _GIVING.search(sentence) or _MEAN.search(before):
        return False
    if not (_per_one(m) or _EACH.search(before) or _LEVEL.search(near)):
        return False
    add_standing(p, m, "mức mỗi người/suất được nhận")
    p.standing_at.add(i)
    return True


GIVEN = (each_given,)
