"""A change said with an adverb of degree between its verb and the number: ``tăng nhẹ 2%``, ``giảm mạnh tới 36,5%``.

``extract`` reads the direction of a change only from the verb right before the number (``tăng 2%``, ``giảm hơn 42%``);
an adverb of how much (``nhẹ``, ``mạnh``, ``rất mạnh``, ``khá mạnh``, ``sâu``, ``nhanh``, ``đột biến``, ``đáng kể``),
with ``tới``/``đến`` after it, leaves the number with no direction. The direction pass (``check._direction_pass``)
then lets a rate row kept with its sign (−3,8: a fall) stand for ``tăng nhẹ 3%``. Read here for that pass only: the
mention itself is not changed (its kind, its plants, the other passes stay as they were).

Not ``tăng lên``/``giảm xuống``/``tăng đến`` alone: those say the level reached (``tăng lên 28,6%``), not the change.
"""

from __future__ import annotations

import re

_DEGREE = r"(?:nhẹ|mạnh|sâu|nhanh|vọt|đột\s+biến|đáng\s+kể)"
_DIRECTION_BEFORE = re.compile(
    r"(?i)(?<!\w)(tăng|giảm)\s+(?:(?:rất|khá|khá\s+là)\s+)?" + _DEGREE + r"(?:\s+(?:tới|đến))?"
    r"(?:\s+(?:hơn|gần|trên|khoảng|xấp\s+xỉ))?\s*$")


def degree_direction(text: str, num_start: int) -> str | None:
    """``tăng`` or ``giảm`` when the words right before the number are a verb of change and an adverb of degree."""
    m = _DIRECTION_BEFORE.search(text, max(0, num_start - 40), num_start)
    return m.group(1).lower() if m else None
