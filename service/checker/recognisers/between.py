"""A number word inside a fixed phrase of ``giữa`` (between): ``Giữa hai hội nghị, Ban Chấp hành đã tổ chức 12 cuộc
kiểm tra``, ``giữa hai kỳ đại hội`` (the held-out batch of stop 33) — ``giữa hai …`` is "between the two …", a span of
time or a relation, never a count of the period. Only ``hai``/``2`` (what ``giữa`` takes: a pair); ``giữa 3 xã`` is
as before."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_BETWEEN = re.compile(r"(?i)(?<!\w)giữa\s+(hai|2)\s+(?=[^\W\d_])")
BETWEEN_TWO = Rule("between-two", "name", "giữa hai …: between the two (a span or a relation), not a count",
                   _BETWEEN, needs=("giữa",))
