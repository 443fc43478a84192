"""A broadcaster's frequency: ``kênh FM 94Mhz``, ``tần số FM 96,5MHz hoặc tần số AM 549KHz`` — the number a channel is
tuned to, part of its name (a unit of frequency glued or next to it), never a figure of the period.

    … xây dựng khung chương trình phát thanh mới trên sóng kênh FM 94Mhz và sóng kênh FM 105Mhz. Kênh FM 94Mhz phát
    sóng với tổng thời lượng là 19h, …                                 (xy-hoa-binh-dai-ptth-tinh-phat-thanh-2020)
    - Kênh VOV1 trên tần số FM 100MHz hoặc tần số AM 675KHz
    - Kênh VOV2 trên tần số FM 96,5MHz hoặc tần số AM 549KHz            (vov.vn, Đài TNVN điều chỉnh công suất phát sóng, 2019)

- ``FREQUENCY``: a numeral (a decimal comma allowed) and a unit of frequency (``Hz``, ``kHz``, ``MHz``, ``GHz``, any
  case, glued or one space apart). What the channel does stays a figure (``Kênh FM 94Mhz phát sóng 19h``: the hours
  are read as before), and so does a power (``công suất 10 kW``: no frequency).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

FREQUENCY = Rule("frequency-channel", "name", "a channel's frequency (kênh FM 94Mhz, tần số AM 675KHz), not a figure",
                 re.compile(r"(?=\d)(?<![\w.,])(\d{1,4}(?:,\d{1,3})?\s?[kKmMgG]?[hH][zZ])(?!\w)"), needs=("hz",))
