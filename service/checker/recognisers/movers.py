"""How many parts of a stated whole moved one way: ``Có 9/11 nhóm hàng hóa và dịch cụ tiêu dùng có CPI tăng``
(zu-binh-dinh-cuc-thong-ke-cpi-2023-q1), ``có tới 9/11 nhóm hàng tăng giá`` (c41-vda-cpi-thang-1-2022), ``có 4/6 vùng
trên cả nước có số doanh nghiệp đăng ký thành lập tăng so với cùng kỳ năm 2022`` (c41-tapchitaichinh-doanh-nghiep-8t-
2023), ``Trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính, có 10 nhóm hàng tăng giá so với tháng trước và chỉ 1
nhóm hàng giảm giá`` (c41-doisongtieudung-cpi-thang-5).

The count tells the direction each part of a breakdown took (its groups, its regions) — the table keeps each part's
own index or rate, not how many rose: no figure of the period. Claimed only when

- the whole is stated: the count is a fraction's term (``9/11``), or its sentence opened on ``Trong``/``Trong số`` and
  the whole counted in the same noun (``Trong 11 nhóm …, có 10 nhóm …``);
- a verb of movement closes what the parts did: ``tăng``/``giảm`` (``tăng giá``, ``giảm giá``), then a comparison, a
  clause break or the end — ``có 15/63 tỉnh đã ban hành chính sách giảm thời gian`` (an act with an object) and
  ``27/43 tỉnh đạt tỷ lệ …`` (no movement) stay counts.
"""

from __future__ import annotations

import re

#: a fraction around the number: ``9/11`` (either term)
_FRACTION = re.compile(r"\d+[ \t]*/[ \t]*\d+")
#: the counted noun's first word after the number (or after the fraction)
_NOUN = re.compile(r"[ \t]+([^\W\d_]+)")
#: up to twelve words (no digit, no clause break), then the movement and what may close it
_MOVED = re.compile(r"(?i)(?:[ \t]+[^\W\d_]+){0,12}?[ \t]+(?:tăng|giảm)(?:[ \t]+giá)?"
                    r"(?=[ \t]*(?:[,;.:)\n]|$)|[ \t]+(?:so|và|trong|còn|ở|lần|đã)(?!\w))")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _whole_opened(text: str, start: int, noun: str) -> bool:
    """The sentence before ``start`` opened on ``Trong (số) M <noun>``: the whole the count is part of."""
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)]
    lo = stops[-1] if stops else max(0, start - 300)
    return bool(re.match(r"(?i)\s*trong(?:[ \t]+số)?[ \t]+\d+[ \t]+" + re.escape(noun) + r"(?!\w)", text[lo:start]))


def parts_that_moved(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` counts the parts of a stated whole that rose or fell (either term of ``9/11``)."""
    frac = None
    for m in _FRACTION.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            frac = m
    after = frac.end() if frac else end
    noun = _NOUN.match(text, after)
    if noun is None or not _MOVED.match(text, after):
        return False
    return frac is not None or _whole_opened(text, start, noun.group(1))
