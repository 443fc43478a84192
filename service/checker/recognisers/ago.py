"""A sentence that opens on last year — ``Cũng thời điểm này năm ngoái, …``, ``Năm ngoái, …``, ``Cùng kỳ năm trước,
…`` — speaks of last year: its numbers are no figures of the period, whatever row their words fit.

    Cũng thời điểm này năm ngoái, ĐH Kinh tế quốc dân có 3.690 tân cử nhân thì 1.420 em tốt nghiệp xuất sắc, chiếm
    38,5%. Như vậy số SV tốt nghiệp xuất sắc năm nay tăng tới 14,5%.
                                                   (zy-toan-quoc-cac-truong-dai-hoc-xep-loai-tot-nghiep-2025)

``opens_on_last_year(text, start)``: the number's sentence begins (after a list mark) with such a phrase and a comma.
Asked only of a number no row supports, and not when the table keeps last year's values (then a wrong one is caught
against its cell).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_LAST_YEAR = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:(?:cũng|cùng|vào|và)\s+)?(?:(?:thời\s+điểm|thời\s+gian|dịp|kỳ|kì|lúc)"
                        r"\s+(?:này|đó)\s+|cùng\s+kỳ\s+|cùng\s+kì\s+)?năm\s+(?:ngoái|trước)\s*,")


def opens_on_last_year(text: str, start: int) -> bool:
    """The number's sentence opens on last year (see the module)."""
    s = sentence_start(text, start, 300)
    return s is not None and _LAST_YEAR.match(text, s) is not None
