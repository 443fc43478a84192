"""A target an authority assigned for a stated year: ``hoàn thành chỉ tiêu của Đảng, Quốc hội giao trước 4 năm (Đảng,
Quốc hội giao tỷ lệ bao phủ bảo hiểm y tế năm 2020 là trên 80%)`` (c22-khoahocphothong-bhyt-2017) — ``giao`` (assign),
what is assigned, the year it is for, ``là`` and the value: the level set, not reached. Not ``bàn giao``/``chuyển
giao``/``giao đất``… (hand over): the year and ``là`` after the assigned indicator are what a target says."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_ASSIGNED = re.compile(r"(?i)(?<!bàn\s)(?<!chuyển\s)(?<!\w)giao\s+(?:[^\W\d_]+\s+){1,10}?năm\s+(?:19|20)\d\d\s+là\s+"
                       r"(?:(?:trên|dưới|từ|khoảng|ít\s+nhất|tối\s+thiểu|tối\s+đa)\s+)?(\d[\d.,]*\s*%?)")
ASSIGNED_FOR_YEAR = Rule("assigned-for-year", "target", "a target assigned for a stated year (giao … năm 2020 là …)",
                         _ASSIGNED, needs=("giao",))
