"""A table laid across: each indicator a column, each period a row (``Thời gian | Số vụ (vụ) | Số người chết``
over ``9 tháng năm 2021 | 8.161 | 4.175``; ``Năm | Nhân khẩu bình quân 1 hộ (người) | Tỷ lệ phụ thuộc`` over
``2016 | … | 0,64`` and ``2018 | 3,70 | 0,69``).  Agencies print it when they have few indicators and several
periods, or one period and a handful of counts.

:func:`read_across` finds it when no header of the usual shape was found: a row of two or more titles of words
(the indicators) over rows whose first cell names a period (``9 tháng năm 2021``, ``Cùng kỳ năm 2014``, a bare year
``2018``) or a comparison (``Tăng/giảm (%)``) and whose other cells are numbers.  It returns the table turned the
usual way — ``STT | Chỉ tiêu | Đơn vị tính | <one column per period row>`` — which the columns module then reads
as any other (the period's column, last year's, a change).  A row numbers each indicator by its column's position;
the unit is the one the indicator's title gives in parentheses (``Số vụ (vụ)``) or its counted noun (``Số người
chết`` → ``người``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from service.figures.schema import DERIVED, fold, read_title, read_unit, title_period
from service.numbers import parse_table_number

_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*$")
_COUNT = re.compile(r"(?i)^\s*(?:tổng\s+)?số\s+(\w+)")
_UNIT = re.compile(r"^(.*?)\s*\(([^()]{1,25})\)\s*$")


def _filled(c) -> bool:
    return c is not None and (not isinstance(c, str) or bool(c.strip()))


def _number(c) -> bool:
    if isinstance(c, Decimal):
        return True
    if not isinstance(c, str):
        return False
    try:
        parse_table_number(c.replace("−", "-"))
        return True
    except ValueError:
        return False


def _period_title(c) -> str | None:
    """The column title a period row's first cell becomes: ``2018`` → ``Năm 2018``; a period or comparison as
    written; None when it is neither."""
    if isinstance(c, Decimal) and c == c.to_integral_value() and 1900 <= c <= 2100:
        return f"Năm {int(c)}"
    if not isinstance(c, str) or not c.strip():
        return None
    t = unicodedata.normalize("NFC", " ".join(c.split()))
    if _YEAR.match(t):
        return f"Năm {t}"
    ct = read_title(t)
    if title_period(t) or ct.period or ct.column in ("cung_ky", "ky_truoc", DERIVED):
        return t
    return None


def _indicator(title: str) -> tuple[str, str]:
    """(label, unit) of an indicator column's title."""
    t = unicodedata.normalize("NFC", " ".join(str(title).split()))
    m = _UNIT.match(t)
    if m and read_unit(m.group(2)) is not None:
        return m.group(1), m.group(2).strip()
    c = _COUNT.match(t)
    if c and (u := read_unit(c.group(1).lower())) is not None and u.kind == "count":
        return t, c.group(1).lower()
    return t, ""


def read_across(rows: list[tuple[int, list]], scan: int) -> tuple[int, list[str], list[tuple[int, list]]] | None:
    """(row number of the indicators' row, the header turned the usual way, the rows turned) or None."""
    for k, (rownum, cells) in enumerate(rows[:scan]):
        titles = [(i, c) for i, c in enumerate(cells) if i > 0 and _filled(c)]
        if len(titles) < 2 or not all(isinstance(c, str) and re.search(r"[^\W\d_]{2}", c) and not _number(c)
                                      for _, c in titles):
            continue
        below = [(n, r) for n, r in rows[k + 1:] if any(_filled(x) for x in r)]
        periods = []
        for n, r in below:
            head = _period_title(r[0] if r else None)
            vals = [r[i] for i, _ in titles if i < len(r) and _filled(r[i])]
            if head is None or not vals or not all(_number(v) or fold(str(v)) in ("", "x") or str(v).strip() in
                                                     ("-", "—", "–", "…") for v in vals):
                break
            periods.append((n, head, r))
        if not periods or not any(read_title(h).column != DERIVED for _, h, _ in periods):
            continue
        header = ["STT", "Chỉ tiêu", "Đơn vị tính"] + [h for _, h, _ in periods]
        turned = []
        for pos, (i, title) in enumerate(titles, start=1):
            label, unit = _indicator(title)
            turned.append((rownum, [str(pos), label, unit] + [r[i] if i < len(r) else None for _, _, r in periods]))
        return rownum, header, turned
    return None
