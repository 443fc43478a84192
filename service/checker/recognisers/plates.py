"""Vehicle registration plates: ``ô tô BKS 29H - 00086``, ``BKS 75C - 019.30``, ``xe biển số 51A-123.45``.

A plate is two digits of the province, a series of one or two capitals (a digit may follow), a dash, then four or five
digits (the five often grouped ``3.2``): the digits after the dash name a vehicle, they count nothing. The shape is
the notation's own, so no cue word is needed (an amount never puts capitals and a dash before its digits).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_PLATE = re.compile(r"(?<![\w.,])\d{2}\.?[A-ZĐ][A-Z0-9]?\s?[-–]\s?(\d{3}\.\d{2}|\d{4,5})(?![\w/]|[.,]\d)")

PLATE = Rule("plate", "reference", "vehicle registration plate", _PLATE, group=0)
