"""A size class or threshold said per unit, with an open end: ``Đàn lợn có 300 con từ 30kg/con trở lên`` (the held-out
batch of stop 33: ``từ 30kg/con trở lên``), ``các hộ nuôi từ 5 con/hộ trở lên`` — the bound of each unit counted, no
figure of the period (the count before it is). An amount per unit (``kg/con``, ``con/hộ``, ``triệu đồng/ha``) never adds
up to a total, and ``trở lên``/``trở xuống`` closes a class, so the two together are a threshold whatever precedes."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_W = r"[^\W\d_]"
_PER_UNIT_OPEN_END = re.compile(
    rf"(?i)(?<!\w)(?:từ|trên|dưới)\s+(\d[\d.,]*\s*{_W}{{1,6}}(?:\s+{_W}{{1,6}})?\s*/\s*{_W}{{1,8}}\s+trở\s+(?:lên|xuống))(?!\w)")
PER_UNIT_OPEN_END = Rule("per-unit-open-end", "norm", "a size class per unit with an open end (từ 30kg/con trở lên), "
                         "not a figure of the period", _PER_UNIT_OPEN_END, needs=("trở lên", "trở xuống"))
