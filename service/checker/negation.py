"""Whether a number's own words say ``chưa`` (not yet).

``Số xã chưa đạt chuẩn`` is what ``còn 5 xã chưa đạt chuẩn`` counts, not ``đã có 57 xã đạt chuẩn``
(``attribution._polarity_differs``). Within the number's clause window, a ``chưa`` is not this number's when it is:

- in the previous number's own phrase, after it and before the comma that closes it: ``phát hiện … khoảng 24.888
  khoản chi chưa đủ thủ tục theo quy định, số tiền thực từ chối thanh toán là 18,2 tỷ đồng``
  (xj-toan-quoc-kbnn-kiem-soat-chi-2015-10t) — while one before the previous number governs both
  (``từ chối chưa thanh toán 16 món chi, số tiền gần 2 tỷ đồng``, xj-hoa-binh-kbnn-tinh-tu-choi-thanh-toan-2013-h1);
- before a comma and a joining word that opens a clause of its own: ``một số khoản chi chưa đủ thủ tục, đồng thời từ
  chối thanh toán hơn 13 tỷ đồng`` (…-2017-q1);
- after the next number: ``có 3,5 tỷ đồng chi thường xuyên và 9,6 tỷ đồng chi đầu tư XDCB do chủ đầu tư đề nghị
  thanh toán khối lượng phát sinh chưa được phê duyệt`` (…-2017-q1).
"""

from __future__ import annotations

import re

_NEGATION = re.compile(r"(?i)(?<!\w)chưa(?!\w)")
#: the comma that closes a phrase (not a decimal comma)
_COMMA = re.compile(r",\s")
#: a comma and a word joining a clause of its own: ``, đồng thời``, ``, ngoài ra``
_NEW_CLAUSE = re.compile(r"(?i),\s+(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|mặt\s+khác)(?!\w)")


def own_negation(text: str, lo: int, hi: int, num_start: int, num_end: int, prev: tuple[int, int] | None,
                 next_start: int | None) -> bool:
    """``chưa`` in the number's own words within the window ``lo``..``hi`` (see the module)."""
    for m in _NEW_CLAUSE.finditer(text, lo, num_start):
        lo = m.end()
    if next_start is not None and num_end <= next_start < hi:
        hi = next_start
    spans = [(lo, hi)]
    if prev is not None and lo <= prev[1] <= num_start:
        commas = list(_COMMA.finditer(text, prev[1], num_start))
        if commas:   # the previous number's own phrase (its end to the last comma) is left out
            spans = [(lo, max(lo, prev[0])), (commas[-1].end(), hi)]
    return any(_NEGATION.search(text, a, b) for a, b in spans if a < b)
