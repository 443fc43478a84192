"""A fraction of a comparison base: ``bằng 1/4 so với …`` (round 71).

``Lãi sau thuế của Thủy điện Sử Pán 2 ở mức 9,2 tỷ đồng, bằng 1/4 so với số lãi ghi nhận trong quý II năm ngoái``
(xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1), ``… đạt 58.500 tỉ đồng, giảm gần 1/4 so với số thu tháng 3``
(sweep page d14-thanhnien-thungansach-4t-2020): a small fraction ``a/b`` said with a comparison word and followed by
``so với`` compares the amount before it with another period's — a proportion (as ``gấp 2 lần`` is a multiple), no
figure of the period.  The template made the numerator a row of its own (``1 so``, its noun read from ``so với``).

The grammar: ``bằng``, ``giảm``, ``tăng`` or ``còn`` (``chỉ``, ``gần``, ``khoảng``, ``hơn``, ``chưa đến`` may come
between), then ``a/b`` with no unit, ``a`` smaller than ``b`` and ``b`` at most 10, then ``so`` (``so với``).  The
fraction is a derivation of the nearest amount before it in its sentence, when there is one; claimed either way.

Not read: a pair with a noun (``53/54 tỉnh``, ``762.320/800.719 đối tượng``: a part of a whole, xn-toan-quoc-bo-y-te-
tiem-vac-xin-soi-2025-04); a rank (``thứ 5/30``); a fraction with no comparison word before it (``1/4 số hộ``); a
date (``20/1``: never a pair of the same unit).

Tried with ``service.onboarding.recognisers.RECOGNISERS``, at the tuple's end (``FRACTIONS``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para

#: The comparison word (and its hedges) right before the fraction.
_BEFORE = re.compile(r"(?i)(?<!\w)(?:bằng|giảm|tăng|còn)(?:\s+(?:chỉ|gần|khoảng|hơn|chưa\s+đến|xấp\s+xỉ))*\s*$")
#: ``so`` (``so với``) right after the fraction.
_AFTER = re.compile(r"(?i)\s*so(?!\w)")
_LARGEST_PART = 10


def _denominator(p: Para, m: Mention) -> Mention | None:
    if not m.same_unit_pair or m.pair_role != "numerator" or m.partner is None:
        return None
    return p.mentions[m.partner]


def fraction_of_base(p: Para, i: int, m: Mention) -> bool:
    """``bằng 1/4 so với …``: a proportion to another period's amount, never a row (module docstring)."""
    whole = _denominator(p, m)
    if whole is None or m.value is None or whole.value is None or m.unit or whole.unit:
        return False
    if not (0 < m.value < whole.value <= _LARGEST_PART):
        return False
    if not _BEFORE.search(p.text[max(0, m.num_start - 30):m.num_start]) or not _AFTER.match(p.text, whole.end):
        return False
    amounts = [r for r in p.rows_before(i) if r.kind != "percent"]
    if amounts:
        quote = p.text[m.qualifier_start if m.qualifier_start is not None else m.num_start:whole.end]
        amounts[0].derived.append(Derivation(quote, "tỷ lệ (phân số) so với kỳ được so sánh", m.value / whole.value))
        p.rows[i] = amounts[0]
    return True


FRACTIONS = (fraction_of_base,)
