"""A generation named by its decade: ``Diễm My 9x``, ``thế hệ 8X``, ``cô gái 9x`` — people born in the 1990s (the
1980s), a name's part or a kind of person, never a count of nine.

    …, diễn viên Nhan Phúc Vinh, Dương Cẩm Ly, Diễm My 9x, Tâm Tít, MC Tùng Leo, …
                              (xa-toan-quoc-quy-hieu-ve-trai-tim-tin-nhan-ung-ho-mo-tim-2013-q1)

Notation only: one digit 5–9 (or ``2k`` for the 2000s) glued to ``x``/``X``/``k``/``K``, nothing glued after it, no
digit or decimal mark before it (``3x3`` is a size, ``0,9x`` no generation).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

GENERATION = Rule("generation", "name", "a generation named by its decade (9x, 8X, 2k), not a count",
                  re.compile(r"(?=[25-9])(?<![\w.,/])((?:[5-9][xX]|2[kK]))(?![\w/]|[.,]\d)"), group=1)
