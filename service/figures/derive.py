"""Values reports derive from the table, never stored as rows (README of the corpus).

``tăng 25 vụ`` is ``ky_bao_cao - cung_ky``; ``đạt 84,61%`` is
``ky_bao_cao / ke_hoach``; ``1,9%`` is a share of a total.  Values are exact
Decimals; :func:`format_percent` writes them as reports do, which is often a
truncation (22/26 = 84,615…% → ``84,61%``), so the checker gets both the value
and the formatter and decides the tolerance itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from typing import Iterable

from service.figures.format import format_figure
from service.figures.model import Figure
from service.numbers import format_vn

HUNDRED = Decimal(100)


def _ratio(a: Decimal, b: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 28
        return a * HUNDRED / b


@dataclass(frozen=True)
class Change:
    """This period against the same period last year."""

    current: Decimal
    previous: Decimal
    absolute: Decimal          # current - previous
    percent: Decimal | None    # absolute / previous * 100; None when previous is 0

    @property
    def direction(self) -> str:
        return "tăng" if self.absolute > 0 else "giảm" if self.absolute < 0 else "không đổi"


def change(fig: Figure) -> Change | None:
    """Change against ``cung_ky``; None when the table has no prior-year value."""
    if fig.cung_ky is None:
        return None
    diff = fig.ky_bao_cao - fig.cung_ky
    pct = _ratio(diff, fig.cung_ky) if fig.cung_ky != 0 else None
    return Change(fig.ky_bao_cao, fig.cung_ky, diff, pct)


def percent_of_target(fig: Figure) -> Decimal | None:
    """``ky_bao_cao / ke_hoach * 100`` (22/26 → 84,615…); None without a target (or a zero one)."""
    if not fig.ke_hoach:
        return None
    return _ratio(fig.ky_bao_cao, fig.ke_hoach)


def share(part: Decimal | Figure, whole: Decimal | Figure) -> Decimal:
    """``part / whole * 100`` (3 of 155 → 1,935…); ZeroDivisionError-free: 0 when whole is 0."""
    p = part.ky_bao_cao if isinstance(part, Figure) else Decimal(part)
    w = whole.ky_bao_cao if isinstance(whole, Figure) else Decimal(whole)
    return _ratio(p, w) if w else Decimal(0)


def total(parts: Iterable[Decimal | Figure]) -> Decimal:
    """Sum of parts (DQ-02..DQ-05 → 1.645)."""
    return sum((p.ky_bao_cao if isinstance(p, Figure) else Decimal(p) for p in parts), Decimal(0))


def format_percent(value: Decimal, decimals: int = 2, *, rounding: str = "truncate", space: bool = False) -> str:
    """A percentage as reports write it: ``84,61%`` (truncated), ``1,9%``, ``31 %`` (``space=True``).

    Trailing zeros are dropped (31,00 → ``31``).  ``rounding`` is ``"truncate"``
    (what the corpus reports do) or ``"half_up"``.
    """
    mode = ROUND_DOWN if rounding == "truncate" else ROUND_HALF_UP
    q = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=mode)
    return format_vn(q) + (" %" if space else "%")


def percent_readings(value: Decimal, max_decimals: int = 2) -> set[str]:
    """Every way a report may write this percentage (rounded or truncated, 0..max decimals).

    For the checker: 84,615… → {"85", "84,6", "84,62", "84,61", "84"}.
    """
    out = set()
    for d in range(max_decimals + 1):
        for mode in ("truncate", "half_up"):
            out.add(format_percent(value, d, rounding=mode).removesuffix("%"))
    return out


def change_phrase(fig: Figure, *, percent: bool = False, decimals: int = 2, style: str | None = None) -> str | None:
    """``tăng 25 vụ``, ``giảm 60 người``, ``không tăng, không giảm``, ``tăng 12,5%``.

    None when the table has no prior-year value (or, for ``percent``, it is 0).
    """
    c = change(fig)
    if c is None:
        return None
    if c.absolute == 0:
        return "không tăng, không giảm"
    if percent:
        if c.percent is None:
            return None
        return f"{c.direction} {format_percent(abs(c.percent), decimals)}"
    return f"{c.direction} {format_figure(fig, abs(c.absolute), style)}"


def target_phrase(fig: Figure, decimals: int = 2) -> str | None:
    """``đạt 84,61% so với chỉ tiêu`` (None without a target)."""
    p = percent_of_target(fig)
    if p is None:
        return None
    return f"đạt {format_percent(p, decimals)} so với chỉ tiêu"
