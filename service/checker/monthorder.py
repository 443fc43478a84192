"""Which stretch of months a row's label or a sentence names: ``tháng 11`` (the month) or ``11 tháng`` (the months
of the year so far).

Vietnamese puts the count before the noun and the name after it: ``11 tháng`` counts eleven months (the running
total, ``11 tháng ước đạt 3.091,4 tỷ đồng, tăng 19,7% so với cùng kỳ``), ``tháng 11`` names November (``Giá trị sản
xuất công nghiệp tháng 11 tăng so với tháng 10`` = 5,8%).  The same digits and the same words, so a match by words
alone takes one for the other (xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t; the same pair of rows in
p-namdinh-vantai-2022-h1: ``Doanh thu … tháng 6`` and ``Doanh thu … 6 tháng``).  A row whose label names one of the
two is not the row of a sentence that names only the other with the same number.
"""

from __future__ import annotations

import re

#: ``tháng 11``, ``tháng 11/2006``, ``tháng 6-2022`` (not ``tháng 11 tháng``)
_MONTH = re.compile(r"(?i)(?<!\w)tháng[ \t]+(\d{1,2})(?![\d.,]?\d)(?![ \t]+tháng)")
#: ``11 tháng``, ``6 tháng đầu năm`` (not ``ngày 3 tháng 11``, a date; not ``11/6 tháng``)
_MONTHS = re.compile(r"(?i)(?<![\w/.,-])(?<!ngày )(\d{1,2})[ \t]+tháng(?!\w)")


def months_named(words: str) -> frozenset[tuple[str, int]]:
    """``("month", 11)`` for ``tháng 11``, ``("months", 11)`` for ``11 tháng`` — every one the words hold."""
    out = {("month", int(m.group(1))) for m in _MONTH.finditer(words)}
    out |= {("months", int(m.group(1))) for m in _MONTHS.finditer(words)}
    return frozenset(out)


def other_stretch(label: str, said: str) -> bool:
    """The row's ``label`` names the month where the sentence ``said`` names only the months so far with the same
    number (or the other way round): not the sentence's row."""
    kept = months_named(label)
    if not kept:
        return False
    named = months_named(said)
    for shape, n in kept:
        other = ("months" if shape == "month" else "month", n)
        if other in named and (shape, n) not in named:
            return True
    return False
