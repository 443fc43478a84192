"""``X/Y`` of one unit whose share is said with ``chiếm``: Y is the whole X is part of, a figure of its own — not X's
plan (round 60).

==================  ==================================================================================================
``whole_of_share``  ``nâng tổng số hội viên hiện nay 160.874/188.744 NCT (chiếm 85,2%)`` (xh-quang-nam-hoi-nguoi-cao-
                    tuoi-tinh-tong-ket-2018: the table's ``Tổng số người cao tuổi 188.744``) and ``Trung tâm đã hoàn
                    thành 180/228 vụ việc chiếm 79% tổng số vụ việc`` (xc-ha-tinh-trung-tam-tgpl-…-2020: ``Tổng số vụ
                    việc tính tỷ lệ hoàn thành 228``): ``chiếm`` (takes up) names a part of a whole, where ``đạt``
                    (reaches) names a value against its plan — the Y is the whole's own row, as a handled ``X/Y``'s is
                    (``rows.whole_row``), and the share a derivation of the X
==================  ==================================================================================================

Real negatives: ``cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới`` (yi-toan-quoc-bo-nnptnt-…-2022-h1,
yj-…-2021-10: the country's communes, what an area is made of — the hand tables note ``trên tổng số 8.227 xã``, no row);
``140/142 xã, phường, thị trấn có Quỹ …, đạt tỷ lệ 98,59%`` (xh-lam-dong-hoi-nguoi-cao-tuoi: ``đạt``, the plan stays).

``whole_of_stock`` (round 62): ``X/Y`` said as a standing total, with no ``chiếm``: ``số hội viên người cao tuổi toàn
tỉnh hiện là 87.759/102.804 người`` (xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t: the table's ``Tổng số
người cao tuổi 102.804``) and ``nâng tổng số hội viên toàn tỉnh 206.391/255.086 người (tổng số phụ nữ từ 18 tuổi trở
lên …)`` (t4-tayninh-phunu-2011-9t): a total held now (``hiện là``, ``hiện nay``, ``nâng tổng số``, ``tổng số … là``) is a
stock, and a stock over Y is a part of its whole; a plan is set on what the period does (``đạt``, ``thực hiện``,
``phát triển``, ``kết nạp``). Real negatives: ``phát triển 4.476/6.000 đoàn viên mới`` (ym-ninh-thuan-ninh-son-huyen-
doan: the plan), ``xã thực hiện 13/13 chỉ tiêu`` (yv-ha-noi-phu-xuyen), ``đạt 14.504/18.600 hộ``; a plan word in the lead
(``kế hoạch``, ``chỉ tiêu``, ``đạt``, ``thực hiện``, ``so với``) keeps the plan.

``part_unit`` (round 62): the part of such a whole counts what its lead names after ``(tổng) số``, not the whole's noun:
``nâng tổng số hội viên hiện nay 160.874/188.744 NCT`` (xh-quang-nam-hoi-nguoi-cao-tuoi: the table's ``Tổng số hội viên
160.874 hội viên``, not ``người cao tuổi``), ``nâng tổng số hội viên toàn tỉnh 206.391/255.086 người``
(t4-tayninh-phunu-2011-9t: members of the women's union over all women). Only a noun the checker knows counts
(``COUNT_UNITS``); ``tổng số hộ nghèo hiện còn 16.003/80.276 hộ`` keeps ``hộ`` (the same noun).
"""

from __future__ import annotations

import re

from service.checker.extract import COUNT_UNITS, Mention
from service.checker.standing import composition_noun
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: Right after the whole's noun: ``(chiếm``, ``, chiếm``, ``chiếm``.
_TAKES_UP = re.compile(r"(?i)^\s*[,(]?\s*chiếm(?!\w)")


#: The clause right before X names a total held now: ``… hiện là``, ``… hiện nay``, ``nâng tổng số …``, ``tổng số … là``.
_STOCK_LEAD = re.compile(r"(?i)(?:\bhiện\s+(?:là|nay)\s*$|\btổng\s+số\b[^,;.:()]{0,60}$)")
#: A word of a plan or of the period's work in that lead: the Y stays a plan.
_PLAN_WORD = re.compile(r"(?i)\b(?:kế\s+hoạch|chỉ\s+tiêu|đạt|thực\s+hiện|hoàn\s+thành|so\s+với|phát\s+triển|kết\s+nạp|"
                        r"mục\s+tiêu|phấn\s+đấu|giao)\b")
#: The clause before X: back to the last ``,;.:()`` or line start.
_CLAUSE_START = re.compile(r"[,;.:()\n](?=[^,;.:()\n]*$)")


#: The part's own noun in its lead: ``(nâng) (tổng) số <noun> …``.
_PART_NOUN = re.compile(r"(?i)(?<![^\W\d_])số(?:\s+lượng)?\s+(?P<noun>[^\W\d_][^.;:,()]{0,60}?)\s*$")


def part_unit(p: Para, m: Mention) -> str:
    """The count noun ``(tổng) số <noun>`` names before the part of a whole (``whole_of``); '' when none is known."""
    if not whole_of(p, m):
        return ""
    hit = _PART_NOUN.search(_lead(p, m))
    if not hit:
        return ""
    words = P.words_of(hit.group("noun"))
    return _count_noun(words) if words and not words[0].isupper() else ""


def y_unit(p: Para, m: Mention, unit: str) -> str:
    """The whole's unit: its own noun when the part took the noun of its lead (``part_unit``), else the part's."""
    if not part_unit(p, m):
        return unit
    return _count_noun(P.words_of(p.text[p.mentions[m.partner].end:][:60])) or unit


def _count_noun(words: list[str]) -> str:
    """The count noun ``words`` open with: one the checker knows (``người``, ``hộ gia đình``) or an abbreviation
    (``NCT``, spelled out later by ``spelled.spell_units``); '' when none."""
    low = " ".join(words).lower()
    known = next((u for u in sorted(COUNT_UNITS, key=len, reverse=True) if low == u or low.startswith(u + " ")), None)
    if known:
        return " ".join(words[:len(known.split())])
    return words[0] if words and words[0].isalpha() and words[0].isupper() and len(words[0]) > 1 else ""


def whole_of(p: Para, m: Mention) -> bool:
    """Y of ``X/Y`` is the whole X is part of (its own row, no plan): said with ``chiếm`` or as a total held now."""
    return whole_of_share(p, m) or whole_of_stock(p, m)


def _lead(p: Para, m: Mention) -> str:
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    before = p.text[max(0, start - 90):start]
    cut = _CLAUSE_START.search(before)
    return before[cut.end():] if cut else before


def _whole_partner(p: Para, m: Mention) -> Mention | None:
    """The Y of the numerator ``m`` of ``X/Y`` when Y can be X's whole: a value no smaller than X's, its noun no unit
    an area is made of; None otherwise."""
    if not (m.same_unit_pair and m.pair_role == "numerator" and m.partner is not None) or m.value is None:
        return None
    y = p.mentions[m.partner]
    if y.value is None or m.value > y.value or composition_noun(y.noun or ""):
        return None
    return y


def whole_of_stock(p: Para, m: Mention) -> bool:
    """The numerator of ``X/Y`` after a total held now (``hiện là``, ``nâng tổng số …``) with no plan word: a stock
    over its whole, not a value over its plan."""
    if _whole_partner(p, m) is None:
        return False
    lead = _lead(p, m)
    return bool(_STOCK_LEAD.search(lead)) and not _PLAN_WORD.search(lead)


def whole_of_share(p: Para, m: Mention) -> bool:
    """The numerator of ``X/Y <noun> (chiếm Z%)``, Y not a unit an area is made of: Y is the whole, no plan."""
    y = _whole_partner(p, m)
    if y is None:
        return False
    end = P.noun_span(p.text, y.end)[1]
    return bool(_TAKES_UP.match(p.text[end:end + 20]))
