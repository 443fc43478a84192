"""The whole country's number set against the report's own: ``trong khi cả nước …``, ``Còn cả nước, …``.

    Trong sáu tháng đầu năm, công an TP đã kéo giảm 4,69% tội phạm trong khi cả nước là 0,99%.
                                                        (c42-plo-cong-an-tphcm-2019-h1)
    … Thủ đô ghi nhận 6.779 ca mắc sốt xuất huyết … Còn cả nước, theo số liệu mới nhất của Cục Y tế dự phòng (Bộ Y
    tế), tính trong tuần qua ghi nhận 9.750 ca mắc, có 1 trường hợp tử vong ở Bình Dương.
                                                        (t20-infonet-sxh-hanoi-2022)

The contrast says the country is not the report's own place: ``trong khi (đó) cả nước`` (``toàn quốc``) right before
the number (``là``, ``chỉ``, ``đạt``, ``có`` … between), or a sentence that opens on ``Còn cả nước,`` — every number
of that sentence. ``cả nước`` as a plain subject (``Từ đầu năm đến nay, cả nước ghi nhận …``) is a national report's
own and stays checked.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_NATION = r"(?:cả\s+nước|toàn\s+quốc|bình\s+quân\s+(?:chung\s+)?cả\s+nước|trung\s+bình\s+(?:chung\s+)?cả\s+nước)"
_WHILE = re.compile(r"(?i)(?<!\w)trong\s+khi\s+(?:đó\s+)?" + _NATION +
                    r"(?:\s+(?:là|chỉ|chỉ\s+là|đạt|có|ở\s+mức|mới|giảm|tăng))?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_OPENS = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?còn\s+(?:(?:ở|tại|trên)\s+)?(?:phạm\s+vi\s+)?" + _NATION + r"\s*,")
_REACH = 300


def nation_contrasted(text: str, start: int) -> bool:
    """The number at ``start`` is the whole country's, set against the report's own (see the module)."""
    if _WHILE.search(text, max(0, start - 60), start):
        return True
    s = sentence_start(text, start, _REACH)
    return s is not None and _OPENS.match(text, s) is not None
