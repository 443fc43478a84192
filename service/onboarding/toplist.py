"""A number after ``top`` / ``tốp`` names the size of a ranked group, not a count of the period (round 49).

==============  ========================================================================================
``top_group``   ``4 đơn vị có tỷ lệ học sinh đoạt giải cao nằm trong top 5 đứng đầu cả nước`` (yk-ha-tinh-so-gddt-
                hoc-sinh-gioi-quoc-gia-2017-2018), ``Tỉnh Ninh Bình nằm trong tốp 5 điểm đến thu hút đông khách nhất
                cả nước`` (t39-nld-du-lich-mua-le-hoi-2024), ``vị trí những địa phương thuộc top 10 về số lượng giải``
                (p16-tienphong-hsg-2019-2020), ``Như vậy, top 5 tỉnh, thành phố này chiếm 63,7% tổng kim ngạch``
                (p26-vietnamnet-xuatkhau-bacninh-10t-2025), ``thuộc top 10 quốc gia trên thế giới về nhận kiều hối``
                (t23-quochoitv-kieuhoi-2022): the number right after ``top`` (the borrowed word, or its Vietnamese
                spelling ``tốp``) says how wide the ranking is that a place falls in — a rank's bound, like the
                ``63`` of ``xếp thứ 16/63``. No row; whatever follows it (``chiếm 63,7%``) stays as read.
==============  ========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, right after the ranks (``RANKS``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``top``, ``Top``, ``TOP``, ``tốp`` right before the number (``top-5`` too); not a word ending in them (``laptop``).
_TOP = re.compile(r"(?i)(?<![^\W\d_])(?:top|tốp)\s*-?\s*$")


def top_group(p: Para, i: int, m: Mention) -> bool:
    """``nằm trong top 5 đứng đầu cả nước``: the size of the ranked group — no row."""
    if m.value is None or m.comparison:
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_TOP.search(p.text[max(0, at - 8):at]))


TOPS = (top_group,)
