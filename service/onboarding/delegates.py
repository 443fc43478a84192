"""The official delegates a congress convenes are its make-up, not a figure of the term (round 49).

=======================  ===================================================================================
``official_delegates``   ``lãnh đạo xã Tiên Phong cùng 80 đại biểu chính thức tham dự`` (s-tien-phong-mttq-xa-2019-
                         2024), ``Tham dự có 150 đại biểu chính thức, đại diện cho hơn 14.700 hội viên nông dân``
                         (ye-thai-nguyen-dong-hy-hoi-nong-dan-nhiem-ky-2018-2023), ``Phó Chủ tịch UBND tỉnh Lê Văn
                         Thanh cùng 150 đại biểu chính thức đại diện cho 4.616 hội viên NKT`` (yx-quang-nam-hoi-
                         nguoi-khuyet-tat-tinh-nhiem-ky-2011-2016), ``Tham dự đại hội có 196 đại biểu chính thức đại
                         diện cho trên 58 nghìn hội viên`` (zx-nam-dinh-hai-hau-hoi-lhpn-huyen-nhiem-ky-2016-2021): a
                         count of ``đại biểu chính thức`` — the delegates with a vote, fixed when the congress is
                         convened — is how the congress is made up: the standing sheet's. The held-out hands keep
                         none of the four as rows. Delegates a congress *elects* to go on (``bầu 8 đại biểu chính
                         thức … đi dự Đại hội``) are ``recognisers.congress_make_up``'s, tried before this.
=======================  ===================================================================================

Not: delegates said without ``chính thức`` (``cùng 89 đại biểu đại diện``, ``Hơn 200 đại biểu đại diện``, ``với
3.750 đại biểu tham dự``, ``tập huấn cho 2.500 đại biểu``): a conference's or a training's attendance, which the
hands keep as often as not — they stay rows.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, right after ``congress_make_up``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing

#: The delegates with a vote: ``đại biểu chính thức`` as the counted noun (``đại biểu chính thức tham dự``, ``đại
#: biểu chính thức, đại diện cho …``).
_OFFICIAL = re.compile(r"(?i)^\s*đại\s+biểu\s+chính\s+thức(?!\w)")


def official_delegates(p: Para, i: int, m: Mention) -> bool:
    """``cùng 80 đại biểu chính thức tham dự``: the congress's delegates — standing."""
    if m.value is None or m.comparison or m.kind != "count" or m.pair_role:
        return False
    if not _OFFICIAL.match(p.text[m.num_end:]):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


DELEGATES = (official_delegates,)
