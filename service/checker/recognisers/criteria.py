"""The 100% that says which units a count counts: ``26 xã có tỷ lệ cử tri đi bầu đạt 100%``, ``hơn 32.100 tổ bầu cử
có 100% cử tri đi bầu``, ``ba lớp của trường … có 100% học sinh trúng tuyển``.

    … có 187 điểm và 26 xã có tỷ lệ cử tri đi bầu đạt 100%. … có 87 điểm và 11 xã có 100% cử tri đi bầu; … có 17 tổ
    và 2 xã phường có tỷ lệ đi bầu đạt 100%;   (c29-hatinh24h-ha-tinh-cu-tri-di-bau-dat-gan-100)
    Trong đó hơn 32.100 tổ bầu cử có 100% cử tri đi bầu.   (c29-viettimes-tag-bau-cu-quoc-hoi-gan-96-cu-tri)
    9C3, 9C1 và 9A2 là ba lớp của trường THCS Archimedes có 100% học sinh trúng tuyển …
                                                  (c29-vnexpress-truong-co-ba-lop-do-chuyen-100)

``ALL_OF_COUNTED``: a count of units (digits, a fraction ``160/262`` or a number word), their noun (a few words,
commas between them: ``xã phường, thị trấn``), then ``có`` and ``100%`` with the members after it (``có 100% cử tri
đi bầu``), or ``có`` a rate's words and ``đạt (tỷ lệ) 100%``, or ``đạt tỷ lệ 100%`` and the members — the relative clause says which units are counted
(those where every member did it); the count is the figure, the 100% is its criterion. Only 100%: a lower rate after
a count (``12 xã có 95% hộ dân dùng nước sạch``) may be the units' own figure, and keeps its number.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_COUNT = (r"(?:\d{1,3}(?:\.\d{3})*(?:\s?/\s?\d{1,3}(?:\.\d{3})*)?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|"
          r"mười\s+[^\W\d_]+)")
#: the units' noun: a few words, commas between them — not an age or a length of time (``trẻ 5 tuổi huy động đạt
#: tỷ lệ 100% trong độ tuổi``, c3-lacduong-gd-2020: the 100% is the rate of five-year-olds, a figure)
_NOUN = r"(?!(?:tuổi|năm|tháng|tuần|ngày|giờ|lần)(?!\w))[^\W\d_]+(?:,?\s+[^\W\d_]+){0,5}?"
_ALL = r"(100\s?%)"
_HAS_ALL = re.compile(rf"(?i)(?<![\w.,/]){_COUNT}\s+{_NOUN}\s+có\s+{_ALL}(?=\s+[^\W\d_])")
_RATE_ALL = re.compile(rf"(?i)(?<![\w.,/]){_COUNT}\s+{_NOUN}\s+có\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,6}}?\s+đạt"
                       rf"(?:\s+(?:tỷ|tỉ)\s+lệ)?\s+{_ALL}")

#: ``… là 2/34 địa phương đạt tỉ lệ 100% cử tri đi bầu`` (obsl.net, bầu cử 15-3), ``75 xã, phường, thị trấn với 855 khu
#: vực bỏ phiếu đạt tỷ lệ 100% cử tri đi bầu`` (baucu.vinhphuc.gov.vn, 23/05/2021): the units counted, ``đạt tỷ lệ
#: 100%`` and the members after it — the same criterion, said with ``đạt`` for ``có``.
_REACH_ALL = re.compile(rf"(?i)(?<![\w.,/]){_COUNT}\s+{_NOUN}(?:\s+với\s+\d[\d.]*\s+{_NOUN})?\s+đạt\s+(?:tỷ|tỉ)\s+lệ\s+"
                        rf"{_ALL}(?=\s+[^\W\d_])")

ALL_OF_COUNTED = Rule("all-of-counted", "norm", "the 100% that says which units a count counts (26 xã có tỷ lệ cử tri "
                      "đi bầu đạt 100%), not a figure", _HAS_ALL, _RATE_ALL, _REACH_ALL, needs=("100",))
