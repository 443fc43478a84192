"""Days listed before the month they share: ``bắt giữ 134 đối tượng gây rối trong các ngày 13, 14 và 15-5``
(yv-tp-ho-chi-minh-cong-an-thanh-pho-so-ket-6-thang-2014-h1), ``Từ ngày 20, 21 đến 22 tháng 7 năm 2022``,
``trong các ngày 2, 3 và 4/9/2023``, ``Kỳ họp … trong hai ngày 13,14 tháng 12 năm 2018``
(sweep page p29-bachthong-hdnd-phien-thang9-2018-09) — every day of the list is a date, the month written once after
the last.

``ngày`` (or ``mùng``) opens the list; the days rise, each 1–31, parted by commas with ``và``/``&``/``đến``/``tới``/a
comma before the last, which carries its month (``15-5``, ``4/9``, ``22 tháng 7``), a real month 1–12, and no counted
noun follows (``mỗi ngày 2, 3 và 4-5 lượt`` stays counts). Two days (``ngày 10 và 11/6``) are :data:`dates.DAY_LIST`'s
too; this rule also claims the middle days and a last day written with a hyphen or ``tháng``.
"""

from __future__ import annotations

import re

from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, _lowered, splits
from service.checker.recognisers.dates import COUNTED

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_LIST = re.compile(
    rf"(?i)(?<!mỗi\s)(?<!hằng\s)(?<!hàng\s)(?<!\w)(?:ngày|mùng|mồng)\s+((?P<days>{_DAY}(?:\s*,\s*{_DAY})*)\s*(?:,|và|&|đến|tới)\s*(?:ngày\s+)?"
    rf"(?P<last>{_DAY})\s?(?:[/.\-]\s?|\s+tháng\s+)(?P<month>0?[1-9]|1[0-2]))(?![\d.,]\d|\d)")

_YEAR_AFTER = re.compile(r"\s?(?:[/.\-]\s?|\s+năm\s+)(?:19|20)\d\d(?!\d)")


class DaysOfMonth(Recogniser):
    """The days of the list (one claim) and the last day with its month (another, unless a full date's rule has
    already claimed it: ``4/9/2023``); the days rise (a list of a month's days is written in order) and nothing counted
    follows the month."""

    name, kind = "days-of-month", "date"
    _NOTE = "days listed before the month they share (ngày 13, 14 và 15-5)"
    _NEEDS = splits("ngày") + ("mùng", "mồng")

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = _lowered(text, a, b)   # the window's lower case, shared with every rule that asks
        if not any(n in window for n in self._NEEDS):
            return
        for m in _LIST.finditer(text, a, b):
            days = [int(d) for d in re.findall(r"\d+", m.group("days"))] + [int(m.group("last"))]
            year = _YEAR_AFTER.match(text, m.end())
            if any(x >= y for x, y in zip(days, days[1:])) or COUNTED.match(text, year.end() if year else m.end()):
                continue
            yield Claim(m.start("days"), m.end("days"), self.kind, self._NOTE, self.name)
            yield Claim(m.start("last"), m.end("month"), self.kind, self._NOTE, self.name)


DAYS_OF_MONTH = DaysOfMonth()
