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
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.standing import composition_noun
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: Right after the whole's noun: ``(chiếm``, ``, chiếm``, ``chiếm``.
_TAKES_UP = re.compile(r"(?i)^\s*[,(]?\s*chiếm(?!\w)")


def whole_of_share(p: Para, m: Mention) -> bool:
    """The numerator of ``X/Y <noun> (chiếm Z%)``, Y not a unit an area is made of: Y is the whole, no plan."""
    if not (m.same_unit_pair and m.pair_role == "numerator" and m.partner is not None) or m.value is None:
        return False
    y = p.mentions[m.partner]
    if y.value is None or m.value > y.value or composition_noun(y.noun or ""):
        return False
    end = P.noun_span(p.text, y.end)[1]
    return bool(_TAKES_UP.match(p.text[end:end + 20]))
