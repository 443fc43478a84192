"""A number that names something rather than counts it: no figure of the period (round 36).

========================  ===================================================================================
``code_after_ma``         ``Bạch tuộc tươi, đông lạnh mã HS 03 chiếm 83% tổng xuất khẩu bạch tuộc``
                          (t27-vcci-muc-8t-2022: a row «Số chiếm …» 3 of no unit), ``tuyến xe buýt Bến Thành -
                          Chợ Lớn (mã số 63)`` (held-out bus routes): a number right after ``mã`` (a code), ``mã
                          số``, ``mã HS``, ``mã hiệu``, ``mã ngành`` is the code itself — its leading zero (``03``)
                          shows it is written as a name, not a quantity
========================  ===================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``mã``, ``mã số``, ``mã HS``, ``mã hiệu``, ``mã ngành``, ``mã vạch`` right before the number (an optional ``:``).
_CODE_BEFORE = re.compile(r"(?i)(?<!\w)mã(?:\s+(?:số|hiệu|ngành|vạch|HS|hàng))?\s*:?\s*$")


def code_after_ma(p: Para, i: int, m: Mention) -> bool:
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return m.value is not None and bool(_CODE_BEFORE.search(p.text[max(0, start - 16):start]))


IDENTIFIERS = (code_after_ma,)   # a channel's frequency (FM 94Mhz) is the checker's: recognisers/wavelength.py
