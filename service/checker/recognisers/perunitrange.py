"""A range of amounts each unit costs or takes: ``(khoảng 30 - 130 triệu đồng mỗi ca)``
— the span one case may fall in, a norm of the field, not a figure of the period.

    Chi phí cho phẫu thuật rất cao so với khả năng kinh tế của bệnh nhân (khoảng 30 - 130 triệu đồng mỗi ca).
                              (xa-toan-quoc-quy-hieu-ve-trai-tim-tin-nhan-ung-ho-mo-tim-2013-q1)

Notation only: two amounts joined by a dash or ``đến``/``tới`` (the first may drop the unit), their unit, then ``mỗi``
and the unit each is of. A price quoted per unit with a slash (``60.000 – 80.000 đồng/kg``) is a market's figure of the
period and stays one (checker rounds 22 and 32). A range said of a whole (``sản lượng đạt 51,98 - 73,53 triệu tấn``) has no
``mỗi`` after it and is left to the range readers.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
_UNIT = r"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|đ|USD|\$)"
PER_UNIT_RANGE = Rule(
    "per-unit-range", "norm", "a range of what each unit costs (30 - 130 triệu đồng mỗi ca), not a figure",
    re.compile(rf"(?=\d)(?<![\d.,])({_AMOUNT}(?:\s*{_UNIT})?\s*(?:[-–]|đến|tới)\s*{_AMOUNT}\s*{_UNIT})"
               rf"(?=\s*mỗi\s+[^\W\d_])", re.I), group=1)
