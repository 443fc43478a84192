"""A column of one day (or a span of days, maybe from an hour to an hour) inside the report's period: ``Riêng 7h 28/1 -
7h 29/1/2017`` beside ``3 ngày Tết Đinh Dậu 2017`` (the Ministry of Health's Tết report, held-out
wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01: «riêng trong ngày mùng 1 Tết … 350 ca nhập viện»), ``Ngày 28/1/2017``,
``Trong ngày 03/02/2019``.  Agencies give the busiest day of a holiday or a campaign beside its whole; the day's
numbers are a part of the period, never its value, and main set the column aside («cột không thuộc bảng số liệu»),
losing them.

:func:`day_span_inside` reads the title's grammar: an optional lead word (``Riêng``, ``Trong``, ``Ngày``, ``Trong
ngày``), then a date ``d/m[/yyyy]`` maybe after an hour (``7h``, ``7 giờ``, ``7g30``), maybe ``-``/``đến`` a second
such date; the year is the last date's (or the period's when none is written).  Every date must fall in the period's
months of its year; anything else (a date outside, words after the dates, a comparison) is no such column.
"""

from __future__ import annotations

import re
import unicodedata

from service.figures.schema import fold

_HOUR = r"(?:\d{1,2}\s*(?:h|g|gio)(?:\s*\d{2})?\s*(?:ngay\s+)?)?"
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*((?:19|20)\d{2}))?"
_SPAN = re.compile(r"^(?:(?:rieng|trong|tinh)\s+)?(?:(?:trong\s+)?ngay\s+)?(?:tu\s+)?" + _HOUR + _DATE +
                   r"(?:(?:\s*(?:-|–|den|toi)\s*|\s+)" + _HOUR + _DATE + r")?\s*$")


def day_span_inside(title: str, months: tuple[int, int], year: int) -> tuple[str, int, int] | None:
    """(the title's words with its first letter lowered, the month and the first day of the span) when ``title``
    names a day or a span of days inside the months ``months`` (first, last) of ``year``; None otherwise."""
    t = unicodedata.normalize("NFC", str(title or "")).strip()
    m = _SPAN.match(fold(t))   # folding drops the dash between the dates: a space joins them
    if m is None:
        return None
    dates = [(int(m.group(k)), int(m.group(k + 1)), m.group(k + 2)) for k in (1, 4) if m.group(k)]
    written = {int(y) for _, _, y in dates if y}
    if written and written != {year}:
        return None
    for day, month, _ in dates:
        if not (1 <= day <= 31 and months[0] <= month <= months[1]):
            return None
    return f"{t[:1].lower()}{t[1:]}", dates[0][1], dates[0][0]
