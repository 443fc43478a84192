"""The stretch of time a sentence gives its numbers before them, when that is not the report's period (round 103).

    Chỉ riêng từ 7h sáng 28/1 đến 7h sáng 29/1 có hơn 350 người nhập viện do đánh nhau, 92 người được chuyển viện, 2 ca
    tử vong. Trong 3 ngày nghỉ Tết, … 990 người phải nhập viện điều trị, 14 người tử vong. 6 ngày Tết năm ngoái cả
    nước có hơn 3.400 ca nhập viện do đánh nhau, 10 người tử vong.
                                        (wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01: a report of 3 days of Tết)

Two spans of the grammar of time, each said before the numbers it dates, in their sentence:

- **a part of the period set apart** (``part_said_before``): ``riêng`` (``chỉ riêng``, ``tính riêng``, ``với riêng``)
  then a day or hours written as dates and clock times — ``từ 7h sáng 28/1 đến 7h sáng 29/1``, ``ngày 10/2/2019``,
  ``ngày 28 Tết``, ``mùng 6 Tết``: one day or a few hours inside the period, whose counts are that day's;
- **a stretch of last year** (``last_years_stretch_before``): a length of days, weeks or months and, within three
  words, ``năm ngoái``/``năm trước`` — ``6 ngày Tết năm ngoái``, ``3 tháng đầu năm trước`` — not as a comparison's
  base (``so với 6 tháng đầu năm ngoái, …``: the rate after it is this period's).

Negatives: ``riêng`` before no date (``riêng tỉnh Long An``, ``riêng tháng 9``: another rule's month); ``trong năm
qua`` (the report's own year); a stretch of last year after ``so với``, ``so``, ``hơn``, ``bằng``.
"""

from __future__ import annotations

import re

from service.checker.lastyearwords import LAST_YEAR_WORDS
from service.checker.recognisers import sentence_start

#: a time of day: ``7h``, ``7h30``, ``7 giờ``, ``7h sáng``
_CLOCK = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?"
#: a day: ``28/1``, ``ngày 28/1/2017``, ``ngày 28 Tết``, ``mùng 6 Tết``, ``mồng 1``
_DAY = (r"(?:(?:ngày|đêm)\s+)?(?:\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)?\d\d)?(?!\d)"
        r"|(?:ngày\s+|(?:mùng|mồng)\s+)\d{1,2}(?:\s+(?:tháng\s+)?Tết)?(?![\d/]))")
_WHEN = rf"(?:{_CLOCK}\s+(?:ngày\s+)?)?{_DAY}"
#: ``riêng`` then a day or hours: ``Chỉ riêng từ 7h sáng 28/1 đến 7h sáng 29/1``, ``riêng ngày 10/2/2019``
_PART = re.compile(rf"(?i)(?<!\w)riêng\s+(?:trong\s+)?(?:từ\s+)?{_WHEN}(?:\s*(?:đến|tới|-|–)\s*{_WHEN})?")
#: a stretch of last year: ``6 ngày Tết năm ngoái``, ``3 tháng đầu năm trước``
_LAST_YEARS = re.compile(r"(?i)(?<![\w,.])(\d{1,2})\s+(?:ngày|tuần|tháng)(?:\s+[^\W\d_]+){0,3}?\s+" + LAST_YEAR_WORDS
                         + r"(?!\s*(?:đó|đây))(?!\w)")
#: a comparison's base right before the stretch: ``so với``, ``so``, ``hơn``, ``bằng``
_COMPARED = re.compile(r"(?i)(?<!\w)(?:so\s+với|so|với|hơn|bằng)\s*$")


def part_said_before(text: str, start: int) -> str | None:
    """The day or hours ``riêng`` sets apart before ``start`` in its sentence (``từ 7h sáng 28/1 đến 7h sáng 29/1``);
    None when there is none."""
    s = sentence_start(text, start, 300)
    if s is None:
        return None
    found = [m for m in _PART.finditer(text, s, start)]
    return found[-1].group(0) if found else None


def last_years_stretch_before(text: str, start: int) -> str | None:
    """The stretch of last year its sentence dates the number at ``start`` by (``6 ngày Tết năm ngoái``), said before
    it and not as a comparison's base; else None."""
    s = sentence_start(text, start, 300)
    if s is None:
        return None
    for m in reversed(list(_LAST_YEARS.finditer(text, s, start))):
        if not _COMPARED.search(text[max(s, m.start() - 12):m.start()]):
            return m.group(0)
    return None
