"""A number that names something rather than counts it: no figure of the period (round 36).

========================  ===================================================================================
``code_after_ma``         ``Bạch tuộc tươi, đông lạnh mã HS 03 chiếm 83% tổng xuất khẩu bạch tuộc``
                          (t27-vcci-muc-8t-2022: a row «Số chiếm …» 3 of no unit), ``tuyến xe buýt Bến Thành -
                          Chợ Lớn (mã số 63)`` (held-out bus routes): a number right after ``mã`` (a code), ``mã
                          số``, ``mã HS``, ``mã hiệu``, ``mã ngành`` is the code itself — its leading zero (``03``)
                          shows it is written as a name, not a quantity
``channel_frequency``     ``xây dựng khung chương trình phát thanh mới trên sóng kênh FM 94Mhz và sóng kênh FM
                          105Mhz. Kênh FM 94Mhz phát sóng với tổng thời lượng là 19h`` (xy-hoa-binh-dai-ptth-tinh-
                          phat-thanh-2020: four rows «Số Mhz …» of the channels' names; round 80): a frequency
                          (``Hz`` with its prefix, ``kHz``, ``MHz``, ``GHz``, glued or spaced) right after a band's name
                          (``FM``, ``AM``) or ``tần số`` names the channel it is broadcast on, not a quantity of the
                          period
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


#: A band's name or ``tần số`` right before the number: ``FM 94``, ``AM 702``, ``tần số 97,5``.
_BAND_BEFORE = re.compile(r"(?<!\w)(?:FM|AM|(?i:tần\s+số))\s*:?\s*$")
#: A frequency's unit right after the number: ``Mhz``, ``MHz``, ``kHz``, ``GHz``.
_FREQUENCY_AFTER = re.compile(r"(?i)^\s*[kmg]hz(?!\w)")


def channel_frequency(p: Para, i: int, m: Mention) -> bool:
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return m.value is not None and bool(_BAND_BEFORE.search(p.text[max(0, start - 12):start])) and \
        bool(_FREQUENCY_AFTER.match(p.text[m.num_end:]))


IDENTIFIERS = (code_after_ma, channel_frequency)
