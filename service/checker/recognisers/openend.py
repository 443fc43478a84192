"""A bound from below with an open end — the threshold grammar the class readers share: the units named, ``từ``, the
number, its unit, then ``trở lên``/``trở xuống`` (``1.627 cơ sở nuôi lợn từ 1.500 con trở lên``: ``bounds``; ``những
người hiến máu từ 40-70 lần trở lên``: ``namedclass``; ``thu nhập hàng năm từ 150 triệu đồng trở lên``: ``income``).
Each reader names its own units before ``từ``; the open end after the number is read here.
"""

from __future__ import annotations

import re

_OPEN = r"trở\s+(?:lên|xuống)(?!\w)"
#: ``… trở lên``, ``… trở xuống`` right after the number and its unit (up to 25 characters, no number, no stop).
OPEN_END = re.compile(rf"(?i)^[^\d.,;:!?\n]{{0,25}}?(?<!\w){_OPEN}")
#: The same, its unit named in one or two words (``lần trở lên``, ``tuổi trở lên``): the narrower form after units
#: named by a determiner (``các``/``những``), where a bare ``từ 300 trở lên`` may still be an approximate count.
UNIT_OPEN_END = re.compile(rf"(?i)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+{_OPEN}")


def open_bound(before: str, after: str, units_from: re.Pattern, unit_named: bool = False) -> bool:
    """The clause ``before`` the number ends as ``units_from`` reads (the units, ``từ``) and the text ``after`` it opens
    with the open end (``UNIT_OPEN_END`` when ``unit_named``, else ``OPEN_END``)."""
    end = UNIT_OPEN_END if unit_named else OPEN_END
    return bool(units_from.search(before)) and bool(end.match(after))
