"""The second multiple of one trade's change, the verb said once, of the other aspect (template round 76).

=========================  ======================================================================================
``multiple_other_aspect``  ``Thái Lan tăng 3,5 lần về lượng và 2,2 lần về giá trị``
                           (xs-binh-thuan-so-cong-thuong-xuat-khau-thanh-long-2013-4t), ``xuất khẩu gạo sang
                           Bangladesh tăng gần 300 lần về lượng và hơn 360 lần về giá trị``
                           (xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-gao-bangladesh-2021-4t; there the first is itself
                           a row — a change no row precedes — so both stay, by the rule below):
                           the second multiple shares the first's ``tăng`` and names the other aspect — last period's
                           value times that much, a change as the first is, never a row of ``lần``. The hands keep
                           it as the value row's rate (``tăng 2,2 lần`` beside +120 %) or its note (``hơn 360 lần``)
=========================  ======================================================================================

The grammar is the checker's (``service.checker.recognisers.aspectpair.aspect_pair``, which pairs two rates so):
the first multiple's ``lần về <aspect> và``, then the second multiple, ``lần`` and an aspect word. The first must be a
change (``tăng``/``giảm`` before it, as the extraction reads it) that is no row of its own: a first multiple made a row
leaves the second one to the other readers (two multiples of a thing no row states, the hand's rows or not).  The
second is read as a change (``recognisers.change``: the value row's derivation); with no such row it is the same
change said of the other aspect, claimed with no row.

Tried with ``service.onboarding.recognisers.RECOGNISERS`` right before ``chained_change`` (``with_change(change)``: the
change reader passed down, no import of its module).
"""

from __future__ import annotations

import re
from typing import Callable

from service.checker.extract import Mention
from service.checker.recognisers.aspectpair import aspect_pair
from service.onboarding.model import Para

_TIMES = re.compile(r"(?i)[ \t]*lần(?!\w)")


def _times_end(p: Para, m: Mention) -> int | None:
    """Where ``lần`` right after the multiple ends (None: no multiple)."""
    hit = _TIMES.match(p.text, m.num_end)
    return hit.end() if hit else None


def multiple_other_aspect(p: Para, i: int, m: Mention, change: Callable[[Para, int, Mention], bool]) -> bool:
    """The second multiple of an aspect pair (module docstring); ``change`` is the template's change reader
    (``recognisers.change``, passed in by the one place that composes the readers)."""
    if m.value is None or m.value <= 0 or m.kind not in ("count", "change") or i == 0 or \
            m.comparison not in (None, "tăng", "giảm"):
        return False
    first = p.figures[i - 1]
    end, first_end = _times_end(p, m), _times_end(p, first)
    if end is None or first_end is None or first.comparison not in ("tăng", "giảm"):
        return False
    if not aspect_pair(p.text, first_end, m.qualifier_start if m.qualifier_start is not None else m.num_start, end):
        return False
    held = p.rows.get(i - 1)
    if held is not None and held.at and tuple(held.at[:2]) == (p.key, first.num_start):
        return False                       # the first multiple is a row of its own: so is this one
    was = (m.kind, m.comparison)
    m.kind, m.comparison = "change", first.comparison
    if change(p, i, m):
        return True
    m.kind, m.comparison = was
    return True                            # the other aspect's change of a row no sentence here states: no row


def with_change(change: Callable[[Para, int, Mention], bool]) -> tuple:
    """The readers of this module, reading a change with ``change``."""
    def other_aspect_multiple(p: Para, i: int, m: Mention) -> bool:
        return multiple_other_aspect(p, i, m, change)
    return (other_aspect_multiple,)
