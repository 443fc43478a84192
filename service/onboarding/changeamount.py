"""The amount a change rate comes to, said right after it with ``bằng`` / ``tương đương`` (round 65).

============================  ===============================================================================
``change_amount_after_rate``  ``Tổng sản lượng lương thực vụ Xuân ước đạt 134.161,5 tấn, tăng 1,68%, bằng 2.217,2
                              tấn so với cùng kỳ năm trước``, ``đàn trâu, bò có trên 283.000 con, tăng 2,64%, bằng
                              7.300 con``, ``đàn lợn trên 537.600 con, tăng 1,11%, bằng 5.900 con``
                              (t46-xuctiendautuhagiang-ktxh-2018-h1); ``Tổng sản phẩm bình quân đầu người đạt 22,4
                              triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng)`` (c22-hagiang-ktxh-2017): the
                              amount after the rate is the same change in the row's own unit — a derivation of the
                              row (and its last-period value), not a row of its own.
============================  ===============================================================================

The amount must be what the rate of the row comes to (the row's value × rate / (100 ± rate), or × rate / 100,
within 2 %), in the row's unit.  Not: ``thị trường châu Mỹ (chiếm 8,59% tỷ trọng) tăng 58,66%, tương đương 411,52
triệu USD`` (p10-brvt-xuatkhau-2022-07): no row of that market before the rate — the amount is the market's own
level, a row; ``tăng 1%, bằng 22,4% KH năm`` (a plan share: a percentage, left to ``share_of_plan``).

Tried with ``service.onboarding.recognisers.RECOGNISERS``, right before ``change``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para, Row

#: Between the rate and the amount: ``, bằng``, `` tương đương``, ``, tương ứng với`` (and a rounding word).
_SAID_AS = re.compile(r"(?i)[ \t]*,?[ \t]*(?:bằng|tương[ \t]+(?:đương|ứng))(?:[ \t]+(?:với|là))?[ \t]*"
                      r"(?:(?:trên|hơn|gần|khoảng)[ \t]+)?")

#: How close the amount must come to what the rate of the row gives (the text rounds both).
_CLOSE = Decimal("0.02")


def _comes_to(row: Row, rate: Decimal, up: bool, amount: Decimal) -> bool:
    """Is ``amount`` the change ``rate`` % of ``row`` stands for (on this period's value or on last period's)?"""
    if not amount or not row.value:
        return False
    on_last = row.value * rate / (Decimal(100) + (rate if up else -rate)) if rate < 100 or up else None
    on_this = row.value * rate / Decimal(100)
    return any(x is not None and abs(x - amount) <= _CLOSE * amount for x in (on_last, on_this))


def _units_fit(row: Row, m: Mention) -> bool:
    if row.kind == "money":
        return m.kind == "money"
    unit = (m.unit or m.noun or "").lower().split()
    return bool(unit) and row.unit.lower().split()[:1] == unit[:1]


def change_amount_after_rate(p: Para, i: int, m: Mention) -> bool:
    """``tăng 1,68%, bằng 2.217,2 tấn``: the change of the rate's row in its own unit — that row's derivation."""
    if not i or m.value is None or m.kind == "percent" or m.comparison or m.pair_role:
        return False
    prev = p.figures[i - 1]
    if prev.kind != "percent" or prev.comparison not in ("tăng", "giảm") or prev.value is None:
        return False
    if not _SAID_AS.fullmatch(p.text, prev.end, m.qualifier_start or m.num_start):
        return False
    row = p.rows.get(i - 1)
    if row is None or row.kind == "percent" or not _units_fit(row, m):
        return False
    up = prev.comparison == "tăng"
    if not _comes_to(row, prev.value, up, m.value):
        return False
    row.derived.append(Derivation(p.quote(m), f"{prev.comparison} so với cùng kỳ (mức tuyệt đối)", m.value))
    row.base = row.value - m.value if up else row.value + m.value
    p.rows[i] = row
    return True


CHANGE_AMOUNTS = (change_amount_after_rate,)
