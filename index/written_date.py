"""A site's date line with the month written as a word and the year after a comma: ``10 Tháng 7,2017``,
``Thứ Sáu, 31 tháng 7, 2009``, ``Ngày 13 Tháng 6, 2014 | 09:45 AM``.

The numeric stamp (``10/07/2017``) is the usual form; some sites print the day, ``tháng`` and the month, then the
year after a comma (a web template's "10 July, 2017" put into Vietnamese).  The comma is what makes it a stamp: a
sentence writes ``ngày 10 tháng 7 năm 2017``.  Only a line that is nothing but a stamp is read (see
:func:`index.furniture.timestamp`), so a date inside a sentence is never taken for the page's own.
"""

from __future__ import annotations

import re

#: the pattern, for a stamp line's parts: day, ``tháng``, month, a comma, the year
PATTERN = r"\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s*,\s*(?:19|20)\d{2}(?!\d)"
_DATE = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*,\s*((?:19|20)\d{2})(?!\d)", re.I)


def written_dates(text: str) -> list[tuple[int, int, int]]:
    """(year, month, day) of each such date in a stamp line."""
    return [(int(m.group(3)), int(m.group(2)), int(m.group(1))) for m in _DATE.finditer(text)]
