"""A class of a distribution: the amounts bounding a share are the class, not a figure (round 42).

A survey says how a population spreads over classes of an amount: ``45% sinh viên có mức thu nhập từ 9–12 triệu
đồng, 25% trong khoảng 12–15 triệu đồng và 9% đạt trên 20 triệu đồng`` (yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen-
viec-lam-tan-cu-nhan-2026-01: the hand keeps the shares, no amount), ``10.03% có mức thu nhập từ 10 đến 15 triệu``,
``thu nhập trên 15 triệu đồng/tháng có 3.68% sinh viên`` (t32-giaoducthoidai-thuy-loi-thu-nhap-5-8-trieu; the same
survey is the held-out zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017), ``72% em có thu nhập trên 9
triệu đồng/tháng`` (t32-plo-ueh-72-sinh-vien-thu-nhap-hon-9-trieu-2026).  The share is the figure; the amount,
written as a bound (``từ``, ``trên``, ``hơn``, ``dưới``, ``khoảng``, or both ends ``A–B``, ``A đến B``: the band
``recognisers.band`` reads), names its class.  ``share_band``: a bounded amount in the clause of a share, said
after it (``X% … có/đạt/trong khoảng … amount``) or before ``có X%`` (``amount có X% sinh viên``).  A change's
level (``tăng 9% đạt trên 20 tỷ đồng``), a plan's share (``đạt 95% kế hoạch với trên 20 tỷ``) and a share in
another clause (``thu được trên 5 tỷ đồng, đạt 105%``) stay as they were.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.recognisers.band import banded
from service.onboarding.model import Para

#: A clause's end between the share and the amount: ``;``, ``.`` or a comma then a space (not ``9,5``), ``và``.
_CLAUSE_END = re.compile(r"[;.:]\s|,\s|(?<!\w)và(?!\w)")
#: What links a share to its class after it: having or reaching (``có``, ``đạt``, ``ở``, ``trong khoảng``).
_LINK = re.compile(r"(?i)(?<!\w)(?:có|đạt|ở|trong\s+khoảng|thuộc)(?!\w)")
#: A share that is a change or a plan's: ``tăng 9%``, ``giảm 2%``, ``… kế hoạch``.
_CHANGE_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|bằng|vượt)\s*(?:thêm\s*)?$")
_PLAN = re.compile(r"(?i)(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu|cùng\s+kỳ|so\s+với)(?!\w)")
#: ``có X%`` right after the amount.
_SHARE_AFTER = re.compile(r"(?i)^[^\d;,.%]{0,30}?(?<!\w)có\s+\d[\d.,]*\s*%")


def _bounded(p: Para, m: Mention) -> bool:
    """A bound right before the amount (within a short reach) or both ends in it (``recognisers.band``)."""
    return banded(p.text, m.start, m.end, reach=14)


def _share_before(p: Para, m: Mention) -> bool:
    for s in p.mentions:
        if s.kind != "percent" or s.value is None or s.end > m.start or m.start - s.end > 60:
            continue
        between = p.text[s.end:m.start]
        if _CLAUSE_END.search(between) or _PLAN.search(between) or not _LINK.search(between):
            continue
        if _CHANGE_BEFORE.search(p.text[max(0, s.start - 12):s.start]):
            continue
        return True
    return False


def share_band(p: Para, i: int, m: Mention) -> bool:
    """A bounded amount naming the class of a share said with it (see the module): no row."""
    if m.value is None or m.kind == "percent" or m.comparison or not _bounded(p, m):
        return False
    return _share_before(p, m) or bool(_SHARE_AFTER.match(p.text[m.num_end:m.num_end + 50]))


BANDS = (share_band,)
