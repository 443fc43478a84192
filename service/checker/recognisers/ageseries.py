"""The age classes of a youth event listed as bare numbers after their first class (round 56).

    Đội tuyển Việt Nam tham gia giải với 82 kỳ thủ tham dự đủ các nhóm tuổi của giải gồm U8, 10, 12, 14 16 và 18 nam
    và nữ, …             (xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04)
    … dành cho các kỳ thủ nam, nữ thuộc các nhóm tuổi 6, 7, 9, 11, 13, 15, 17 và 20.
                         (c56-baomoi-co-vua-tre-toan-quoc-2019)

``AGE_SERIES``: after a class code ``U8`` (``U-8``) or after ``nhóm``/``lứa``/``độ tuổi`` and its first age, the bare
numbers that go on rising (commas, ``và`` or a bare space between them) are the next classes of the same series — the
event's names, not counts. The series holds at least three classes of youth ages (up to 25) and closes on the end of
its clause or the sex / ``tuổi`` of the classes; a series that falls, a decimal, or a noun after the last number (``U8,
10 kỳ thủ``, ``nhóm tuổi 6 có 30, 25 và 40 em``) is no series and keeps its numbers. ``norms.AGE_LIST`` reads a list
closed by ``tuổi`` (``7, 9, 11 tuổi``); ``sports.AGE_GROUP`` two bounds (``đôi nữ 16-17``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, _lowered

#: the first class: ``U8``, ``U-10`` (capital U glued to it), or the first age after ``nhóm tuổi`` (``gồm``/``:`` maybe)
_HEAD = re.compile(r"(?<![\w\-])U-?(\d{1,2})(?![\d\w]|[.,]\d)|(?i:(?<!\w)(?:nhóm|lứa|độ)\s+tuổi\s+(?:gồm\s+|:\s*)?)"
                   r"(\d{1,2})(?![\d\w]|[.,]\d)")
#: the next class: a comma with a space, ``và``, or a bare space, then a bare number of one or two digits
_NEXT = re.compile(r"(?:\s*,\s*(?:và\s+)?|\s+và\s+|\s+)(\d{1,2})(?![\d\w]|[.,]\d)")
#: what closes the series: its clause's end, or the sex or ``tuổi`` of the classes
_CLOSE = re.compile(r"\s*(?:[.;:,)\n]|$|(?:nam|nữ|tuổi)(?!\w))")
_OLDEST = 25


class AgeSeries(Recogniser):
    """``gồm U8, 10, 12, 14 16 và 18 nam và nữ``: the numbers after the first class continue its series of ages."""

    name, kind = "age-series", "name"
    _NOTE = "the age classes of a youth event listed after the first one (U8, 10, 12 …), not figures"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        low = _lowered(text, a, b)
        if "u" not in low and "tuổi" not in low:
            return
        for head in _HEAD.finditer(text, a, b):
            last = int(head.group(1) or head.group(2))
            items, pos = [], head.end()
            while (nxt := _NEXT.match(text, pos)) is not None and nxt.end(1) <= b:
                age = int(nxt.group(1))
                if age <= last or age > _OLDEST:
                    items = []
                    break
                items.append(nxt)
                last, pos = age, nxt.end()
            if len(items) >= 2 and last <= _OLDEST and _CLOSE.match(text, pos):
                for item in items:
                    yield Claim(item.start(1), item.end(1), self.kind, self._NOTE, self.name)


AGE_SERIES = AgeSeries()
