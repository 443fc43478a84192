"""A disaster risk level (``cấp độ rủi ro thiên tai``), a grade on the law's scale of 1 to 5, never a count.

    ✅ Cảnh báo cấp độ rủi ro thiên tai do lũ: Cấp 1
    Tin phát lúc: 09h00 ngày 14/10/2025            (c49-nchmf-canh-bao-lu-song-cau-song-thuong)
          Cảnh báo cấp độ rủi ro thiên tai: cấp 1.
    Tin phát lúc 3h10'                              (c49-khituongvietnam-lu-quet-tuyen-quang-ha-giang)
    … Bắc Cạn, Tuyên Quang, Thanh Hóa, Nghệ An. Cấp độ rủi ro thiên tai: cấp 1.
                                                    (c49-baomoi-lu-thuong-nguon-song-hong-15-5-2017)

``RISK_LEVEL``: ``rủi ro thiên tai`` (after ``cấp độ``, or with ``cấp độ N`` right after it: ``Rủi ro thiên tai cấp độ
1 gồm …``), then — on the same line, in the same sentence, within a few words (the hazard: ``do lũ``, ``do lũ quét, sạt
lở đất``) — ``cấp`` (``cấp độ``) and a grade of 1 to 5 (a range ``cấp 1-2`` whole). A bigger number, or one with a
decimal, after ``cấp`` (the verb to grant: ``đã cấp 120 giấy phép``) is not a grade and stays a count.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_GRADE = r"([1-5](?:\s?[-–]\s?[1-5])?)(?![\d.,]?\d)(?!\w)"
#: ``cấp độ rủi ro thiên tai <hazard words>: cấp N`` (the hazard words hold no sentence end and no digit)
_AFTER = re.compile(rf"(?i)(?<!\w)rủi\s+ro\s+thiên\s+tai[^.;\n\d]{{0,80}}?(?<!\w)(?:lên\s+)?cấp(?:\s+độ)?\s*:?\s*{_GRADE}")
#: ``Cấp độ rủi ro thiên tai: cấp 1`` said the other way round, ``rủi ro thiên tai cấp độ 1``
_RIGHT_AFTER = re.compile(rf"(?i)(?<!\w)rủi\s+ro\s+thiên\s+tai\s+cấp\s+độ\s+{_GRADE}")

RISK_LEVEL = Rule("risk-level", "ordinal", "a disaster risk level (cấp độ rủi ro thiên tai: cấp 1), a grade, not a figure",
                  _RIGHT_AFTER, _AFTER, needs=("rủi ro thiên tai",))
