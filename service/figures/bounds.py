"""The largest figure a report states, as a bound against hostile or broken cells (round 32).

No figure of a Vietnamese report reaches 10^24 in its stored unit (the country's GDP is some 10^16 đồng); a cell of
thousands of digits (``999…9``), or an XLSX number of 1E+300, is a broken or hostile sheet, not a figure — main loaded
a 4000-digit count as the period's value (the store keeps a value as text of 60 characters).
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["MAX_WHOLE_DIGITS", "too_large"]

MAX_WHOLE_DIGITS = 24


def too_large(d: Decimal, scale: int | Decimal = 1) -> int | None:
    """The number of whole digits of ``d`` in the stored unit (``d`` times ``scale``, 10^9 for ``tỷ đồng``) when
    more than :data:`MAX_WHOLE_DIGITS`, -1 when ``d`` is no finite number; else None.  Counted from the exponents,
    never by multiplying (a Decimal product rounds to 28 digits)."""
    if not d.is_finite():
        return -1
    if not d:
        return None
    digits = d.adjusted() + Decimal(scale).adjusted() + 1
    return digits if digits > MAX_WHOLE_DIGITS else None
