"""The base of a rate written bare after its value, the unit's own base: ``ở mức 111,8/100`` and ``(107,9/100)`` of a
row kept in ``bé trai/100 bé gái`` (xs-toan-quoc-bo-y-te-ty-so-gioi-tinh-khi-sinh-2023), ``tỷ lệ tai biến … rất thấp
(1/1000)`` of a row kept in ``ca/1.000 ca`` (xd-nghe-an-vinh-benh-vien-da-khoa-thanh-pho-tong-ket-2019).  No noun
between the value and the slash (``135 nam/100 nữ`` is ``perbase.rate_base``'s): the unit of the value's row says
what the round number after the slash is — the base the row's rate is per, no figure of the period.

Not a fraction whose denominator is no base the unit names (``9/10 xã``, ``114/100`` of a row kept in per cent),
nor a list of slashes (``1/100/2``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_BASES = (100, 1_000, 10_000, 100_000)
#: ``111,8/``: a number right before the slash, nothing between
_VALUE_SLASH = re.compile(r"\d[\d.,]*[ \t]*/[ \t]*$")
#: the round base and a slash going on after it: a list
_LIST_AFTER = re.compile(r"[\d.,]+[ \t]*/")
#: the base a unit is per: ``bé trai/100 bé gái``, ``ca/1.000 ca``, ``người/100.000 dân``
_UNIT_BASE = re.compile(r"/[ \t]*(\d{1,3}(?:[.,]?\d{3})*)(?![\d.,]?\d)")


def _unit_base(unit: str | None) -> Decimal | None:
    found = _UNIT_BASE.search(unit or "")
    if found is None:
        return None
    try:
        return Decimal(re.sub(r"[.,]", "", found.group(1)))
    except InvalidOperation:
        return None


def unit_base(text: str, start: int, value, unit: str | None) -> bool:
    """The number at ``start`` (of ``value``) stands bare after ``<value>/`` and is the base ``unit`` (the unit of
    the value's row) is per."""
    if value is None or value not in _BASES or _VALUE_SLASH.search(text, max(0, start - 24), start) is None:
        return False
    if _LIST_AFTER.match(text, start):
        return False
    base = _unit_base(unit)
    return base is not None and base == value
