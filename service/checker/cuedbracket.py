"""Last year's values listed in a bracket right after the base they are (round 93, issue 13).

    Mặc dù số ca mắc và tử vong do SXH giảm so với cùng kỳ năm 2024 (36.276 ca mắc SXH và 6 ca tử vong) nhưng …
                                                    (xu-toan-quoc-bo-y-te-sot-xuat-huyet-ca-mac-2025-7t)

The base named before a bracket (``so với cùng kỳ năm 2024 (``) makes the bracket's first number last year's value
(``attribution._CUE_BEFORE`` reads it so); the numbers after it in the same list are last year's too — the bracket
states the base, item by item. ``6`` (last year's deaths) read as this period's, stale.

The grammar: the bracket opens with a number (a bracket opening with words — ``(trong đó …)``, ``(cùng kỳ năm 2024
tăng 8,8%)``, ``(khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …)`` — says something else, often this period's
breakdown, and is not read here); between its opening and the number stand only the list's items — numbers, their
nouns, ``,`` ``;`` ``và`` — no word of change, share or comparison (``tăng``, ``giảm``, ``đạt``, ``chiếm``, ``so``,
``bằng``, ``gấp``, ``còn``, ``lên``, ``xuống``, ``trong đó``, a percent, a colon, a slash: ``(186,6/191,6 tỷ đồng)``
is this period's over last year's), which would make a later number a rate or a part of
something said inside the bracket. Whether the words before the bracket name a base is the caller's cue.
"""

from __future__ import annotations

import re

#: How far back the bracket may open.
_REACH = 160
_OPEN_WITH_NUMBER = re.compile(r"\(\s*\d")
_NOT_A_LIST = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|đạt|chiếm|so|bằng|gấp|còn|lên|xuống|trong\s+đó|kế\s+hoạch|KH)(?!\w)"
                         r"|[%:/]")


def later_item_of(text: str, num_start: int) -> int | None:
    """Where the bracket opens when the number at ``num_start`` is a later item of a bracket's list of values that
    opens with a number; None otherwise (outside a bracket, the bracket's first number, or words between)."""
    lo = max(0, num_start - _REACH)
    stretch = text[lo:num_start]
    opened = stretch.rfind("(")
    if opened < 0 or ")" in stretch[opened:]:
        return None
    at = lo + opened
    first = _OPEN_WITH_NUMBER.match(text, at)
    if first is None or first.end() - 1 >= num_start:
        return None   # words first, or this number is the first: the cue before the bracket reads it
    if _NOT_A_LIST.search(text, first.end(), num_start):
        return None
    return at
