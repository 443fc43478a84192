"""A full date between a named period and the number: the moment the number is counted at.

``Theo Sách trắng Hợp tác xã Việt Nam năm 2023, tại thời điểm 31/12/2022, tổng số HTX hiện có của cả nước là 29.378
HTX`` in the report on 2022: the last *period* named before the number is the publication's year (2023), but a dated
moment named after it (``31/12/2022``) is when the number was counted.  When that moment falls inside the report's
period and outside the named one, the named period is not the number's: it is this period's figure, checked against
the table.  A window dated inside its own named period (``quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020)``) changes
nothing.
"""
from __future__ import annotations

import re

#: a moment of counting: ``tại thời điểm 31/12/2022``, ``tính đến (hết) ngày 30/6/2019``, ``đến hết 31-12-2020`` (not a
#: document's date ``Quyết định số … ngày 31/12/2021``, nor a window's end ``từ … đến 29/2/2020``)
_FULL_DATE = re.compile(r"(?i)(?:thời\s+điểm|tính\s+đến(?:\s+hết)?|đến\s+hết|đến\s+cuối)\s+(?:ngày\s+)?"
                        r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?![\d/])")


def dated_within(sentence: str, after: int, first: int, last: int) -> bool:
    """Does ``sentence`` name, after offset ``after``, a full date whose month (counted as year*12 + month) lies in
    ``first``..``last``, the report's months?"""
    for m in _FULL_DATE.finditer(sentence, after):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12 and first <= year * 12 + month <= last:
            return True
    return False
