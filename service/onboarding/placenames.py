"""A list of places said as ``Name: value`` pairs: the name is the row's place, never its noun (round 63).

``Các địa phương có số hội viên được kết nạp mới tăng cao là: Lục Nam: 671; Lục Ngạn: 450 và Tân Yên: 409 hội viên``
(t45-baobacgiang-hnd-ketnap-q3) made ``671 lục Nam`` and ``450 lục Nam``: the name before the colon was read as the
count noun (``onerow.named_unit`` falls back on its head) and its capital taken for the one a colon gives (``Trong
đó: Nữ: 1 đ/c``). ``Quảng Ngãi: 28; Gia Lai: 03, Kon Tum: 4`` (p18-giadinhonline-bao9-2020-10) is the same
construction, its noun said by a count before it.

=====================  ============================================================================================
``proper_name``        every word of the name opens with a capital and there are two or more (``Lục Nam``, ``Gia
                       Lai``): a place's name, kept as written (``Nữ``, ``BCH``, ``Bệnh nhân …`` are not)
``list_noun_after``    the count noun written after a later value of the same sentence's list (``và Tân Yên: 409
                       hội viên``): the noun the whole list counts
=====================  ============================================================================================
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.onboarding.model import Para


def proper_name(words: list[str]) -> bool:
    """Two or more words, each opening with a capital and going on in small letters (``Lục Nam``, not ``UBND``)."""
    return len(words) >= 2 and all(w[:1].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


def list_noun_after(p: Para, i: int, m: Mention) -> str:
    """The count noun of the first later count of ``m``'s sentence that writes one ("" when none does)."""
    s = p.sentence_of(m)
    for later in p.figures[i + 1:]:
        if p.sentence_of(later) != s:
            break
        if later.kind == "count" and later.unit:
            return later.unit
    return ""
