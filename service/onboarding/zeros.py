"""A count of zero said in words (round 33): ``không có người bị thương``, ``không xảy ra cháy rừng``.

A report says that nothing of a kind happened with a negated verb of occurring or finding — ``không``/``chưa`` then
``có``, ``xảy ra``, ``ghi nhận``, ``phát sinh`` (``thêm``) — and the counted noun: ``Đường thủy xảy ra 3 vụ, làm
chết 2 người, không có người bị thương`` (ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01), ``may mắn
không có người tử vong …, cũng không có người bị thương`` (yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-mao-2023-01),
``Trong tuần không có ca chuyển nặng``, ``không ghi nhận thêm ca tử vong`` (zr-quang-binh-bao-cao-tuan-ubnd-tinh-
covid-19-2022-06), ``chưa ghi nhận trường hợp mắc bệnh tả nào`` (zd-toan-quoc-y-te-du-phong-2012-01): the hands keep
each as a row of 0. ``zero_said`` reads it as a figure 0 of the noun after it (a mention written in words, as the
extraction reads ``tám anh chị``), when that noun is one the template counts (``nouns.known_noun``: người, ca,
trường hợp, vụ …); ``không xảy ra`` an event (``cháy rừng``, ``tai nạn``) counts it in ``vụ``.
``không có gì``, ``không có thay đổi`` (no counted noun) say no figure, nor does ``chưa có`` (not yet having:
``doanh nghiệp … chưa có tổ chức công đoàn`` describes the firms, zd-can-tho-co-do-ldld-tet-2022-01).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding.elided import none_happened
from service.onboarding.nouns import known_noun
from service.onboarding.verdicts import court_cases

_NEGATED = re.compile(r"(?i)(?<!\w)(?:không\s+(?P<verb>có|xảy\s+ra|ghi\s+nhận|phát\s+sinh)|chưa\s+(?P<yet>xảy\s+ra|"
                      r"ghi\s+nhận|phát\s+sinh))(?:\s+thêm)?\s+"
                      r"(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,5})")
#: Events a report counts in ``vụ`` when it says none happened.
_EVENT = re.compile(r"(?i)^(?:tai\s+nạn|cháy|vụ|sự\s+cố)")


def _counted(words: list[str]) -> bool:
    return bool(known_noun(words))


def zero_said(text: str, hit: re.Match) -> Mention | None:
    """The mention of 0 a negated ``có``/``xảy ra``/``ghi nhận``/``phát sinh`` says, or None."""
    noun = hit.group("noun")
    words = noun.split()
    verb = hit.group("verb") or hit.group("yet")
    event = verb.lower().startswith("xảy") and _EVENT.match(noun) or verb.lower() == "có" and court_cases(words)
    if not (event or _counted(words)):
        return None
    at = hit.start("noun")
    return Mention(start=hit.start(), end=at, num_start=hit.start(), num_end=at, raw=text[hit.start():at].strip(),
                   value=Decimal(0), kind="count", numeral=Decimal(0), unit="vụ" if event else None,
                   noun=noun, notation="word")


def zeros_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each zero said in words added, in the text's order (none inside another mention)."""
    extra = []
    for hit in _NEGATED.finditer(text):
        if any(m.start <= hit.start() < m.end for m in mentions):
            continue
        z = zero_said(text, hit)
        if z is not None:
            extra.append(z)
    extra += [z for z in none_happened(text, mentions) if not any(m.start <= z.start < m.end for m in mentions)]
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.num_start)
