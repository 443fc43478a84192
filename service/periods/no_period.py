"""The spans of years that name no period at all (round 42): a person's birth (:mod:`.born`), a historical record's
(:mod:`.records`).  ``find_mentions`` blocks them through the recognisers; a page's one day (``mentions._one_day``)
does not count them among "any other year" the page writes: ``date 2025-10-30 Sáng nay (30/10), ... vượt đỉnh lịch sử
5,48m ghi nhận năm Thìn 1964`` (p42-vietnamnet-lu-thubon) tells of its day, 2025-10, as a page naming only that day
does."""

from __future__ import annotations

from .born import BORN
from .records import RECORD


def years_of_no_period(t: str) -> list[tuple[int, int]]:
    """(start, end) of every birth's and historical record's year phrase in ``t``."""
    return [m.span() for m in BORN.finditer(t)] + [m.span() for m in RECORD.finditer(t)]
