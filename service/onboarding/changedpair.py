"""The second count of a slash pair after a change is the same change (round 39).

=======================  ====================================================================================
``change_pair_second``   ``Triệt phá 40 vụ/224 đối tượng đánh bạc (tăng 25 vụ/153 đối tượng)``
                         (yk-binh-thuan-cong-an-tinh-cao-diem-tan-cong-tran-ap-toi-pham-2023-08), ``(tăng 147 vụ/1.063
                         đối tượng so với …)`` (zx-tp-ho-chi-minh-cong-an-thanh-pho-toi-pham-ma-tuy-2020), ``(giảm 78
                         vụ/276 bị can …)`` (zj-toan-quoc-phong-chong-tham-nhung-2015): the extraction reads ``25
                         vụ/153`` as a pair (numerator, denominator) and gives the change (``tăng``) to the first only;
                         the second counts the same change of its own noun (``153 đối tượng`` more) — a change of the
                         row that counts ``đối tượng``, never a row of its own. Only with ``/`` alone between the two
                         and a change word on the first (``chained_change`` reads ``tăng 13 vụ, 6 bị cáo`` and ``tăng
                         2.014 vụ với 15.842 bị cáo``)
=======================  ====================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, before the changes.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_SLASH = re.compile(r"^\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*)?/\s*$")   # the first's unit may stand in the gap


def change_pair_second(p: Para, i: int, m: Mention) -> bool:
    """The denominator of a pair whose numerator is a change: the same change of its own noun, no row."""
    from service.onboarding.recognisers import change   # recognisers imports this module: read at call time

    if i == 0 or m.value is None or m.kind != "count" or m.comparison or m.pair_role != "denominator":
        return False
    prev = p.figures[i - 1]
    if prev.pair_role != "numerator" or prev.comparison not in ("tăng", "giảm"):
        return False
    if not _SLASH.match(p.text[prev.end:m.num_start]):
        return False
    was = (m.kind, m.comparison, m.pair_role)
    m.kind, m.comparison, m.pair_role = "change", prev.comparison, None
    if change(p, i, m):
        return True
    m.kind, m.comparison, m.pair_role = was
    return True               # no row of its own the change can go to: still no row


CHANGED_PAIR = (change_pair_second,)
