"""A database's export: column names in English, periods as ISO dates.

Agencies' systems (a customs or trade database, an open-data portal) export one row per indicator and span with the
database's own column names — ``indicator_code, indicator_name, unit, period_start, period_end, value,
pct_change_prev_month, pct_change_same_period_last_year`` (round 29's f01, a coffee trade export) — and dates written
``2020-06-30``.  :func:`database_export` gives such a header the Vietnamese titles the rest of the loader reads, by
the names' words, never by one export's list: a code, a name, a unit, a value, a note; a comparison by ``pct`` /
``percent`` / ``change`` with its base (``prev``/``previous``/``mom``: the period before; ``yoy``/``last year``/``same
period``: last year); and the span ``start``/``end`` (or one ``period``/``date`` column) as the period's name
(``Tháng 6/2020``, ``6 tháng đầu năm 2020``, ``Quý II/2020``, ``Năm 2020``).  An English name it does not know is kept
as written (the columns module sets it aside, said).  The long layout is then read by
:func:`service.figures.transpose.read_long` as any export of ``Kỳ | Giá trị``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

#: a column name as a database writes it: ASCII words joined by «_» (or spaces, or camelCase), no Vietnamese letter
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_ ]*$")
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(name)).lower().replace("_", " ")
    return set(spaced.split())


def _title(name: str) -> str | None:
    """The Vietnamese title of an English column name, or None when its words name nothing known."""
    w = _words(name)
    if w & {"pct", "percent", "percentage", "change", "growth", "yoy", "mom"}:
        if w & {"yoy"} or {"last", "year"} <= w or {"same", "period"} <= w or "previous" in w and "year" in w:
            return "So với cùng kỳ năm trước (%)"
        if w & {"prev", "previous", "mom", "before"}:
            return "So với kỳ trước (%)"
        return None
    if w & {"code", "id"} and w & {"indicator", "item", "series"} or w == {"code"}:
        return "Mã"
    if w & {"name", "indicator", "label", "item"} and not w & {"unit", "value"}:
        return "Chỉ tiêu"
    if w & {"unit", "uom"}:
        return "Đơn vị tính"
    if w & {"value", "amount", "obs"}:
        return "Giá trị"
    if w & {"note", "notes", "remark", "remarks", "comment"}:
        return "Ghi chú"
    return None


def _day(cell) -> date | None:
    m = _ISO.match(str(cell).strip()) if cell is not None else None
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def span_name(start: date, end: date) -> str | None:
    """The period a span of whole months names, as a Vietnamese sheet writes it; None for a span of days."""
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1] or start.year != end.year \
            or end < start:
        return None
    if start.month == end.month:
        return f"Tháng {end.month}/{end.year}"
    if start.month == 1 and end.month == 12:
        return f"Năm {end.year}"
    if start.month == 1:
        return f"{end.month} tháng đầu năm {end.year}"
    if (start.month - 1) % 3 == 0 and end.month == start.month + 2:
        return f"Quý {_ROMAN[(start.month - 1) // 3 + 1]}/{end.year}"
    return None


def database_export(rows: list[tuple[int, list]]) -> tuple[list[tuple[int, list]], str] | None:
    """(rows with the header retitled in Vietnamese and the span's two dates made one ``Kỳ`` column, what was read —
    for the warning), or None when the first filled row is not a database's header (fewer than three English names
    known, no value, no name, or no span)."""
    first = next(((k, n, c) for k, (n, c) in enumerate(rows) if any(x not in (None, "") for x in c)), None)
    if first is None:
        return None
    k, rownum, cells = first
    names = [str(c).strip() if c is not None else "" for c in cells]
    if not names or not all(_NAME.match(n) for n in names if n):
        return None
    titles = [_title(n) for n in names]
    words = [_words(n) for n in names]
    start = next((j for j, w in enumerate(words) if w & {"start", "from", "begin"}), None)
    end = next((j for j, w in enumerate(words) if w & {"end", "to", "until"}), None)
    single = next((j for j, w in enumerate(words) if w & {"period", "date", "month"} and j not in (start, end)
                   and titles[j] is None), None)
    if "Giá trị" not in titles or "Chỉ tiêu" not in titles or (start is None or end is None) and single is None:
        return None
    out = []
    for n, c in rows[k + 1:]:
        c = list(c) + [None] * (len(names) - len(c))
        if start is not None and end is not None:
            a, b = _day(c[start]), _day(c[end])
            period = span_name(a, b) if a and b else None
            if period is None and any(x not in (None, "") for x in c):
                return None   # a span of days, or no dates: not read so
        else:
            d = _day(c[single])
            period = f"Tháng {d.month}/{d.year}" if d else None
        kept = [v for j, v in enumerate(c) if j not in (start, end, single)]
        out.append((n, kept + [period]))
    header = [t or names[j] for j, t in enumerate(titles) if j not in (start, end, single)] + ["Kỳ"]
    said = ", ".join(f"'{names[j]}' → '{titles[j]}'" for j in range(len(names)) if titles[j])
    dates = (f"'{names[start]}'/'{names[end]}'" if start is not None and end is not None else f"'{names[single]}'")
    return [(rownum, header)] + out, f"{said}; {dates} (ngày ISO) → 'Kỳ'"
