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


#: A yearbook's year whose figures are preliminary or estimated: ``Sơ bộ - Prel. 2023``, ``Sơ bộ 2023``, ``Prel. 2023``,
#: ``Ước tính 2024``.
_PRELIMINARY = re.compile(r"(?i)^(?:sơ bộ|ước tính|ước|prel\.?|est\.?)(?:\s*[-–/]\s*(?:prel\.?|est\.?|sơ bộ))?\s*"
                          r"((?:19|20)\d{2})$")


def preliminary_year(c) -> str | None:
    """The column title of a yearbook's preliminary year (``Sơ bộ 2022``, ``Sơ bộ - Prel. 2023`` → ``Năm 2022 (sơ
    bộ)``), None for any other cell."""
    if not isinstance(c, str):
        return None
    m = _PRELIMINARY.match(unicodedata.normalize("NFC", " ".join(c.split())))
    return f"Năm {m.group(1)} (sơ bộ)" if m else None


def years_down(header: list[str], rows: list[tuple[int, list]]):
    """A table of years down its first column under a title of periods (``Năm | Tổng số | Nam | Nữ`` over ``2022 |
    3,31 | …`` and ``Sơ bộ - Prel. 2023 | 3,94 | …``, a yearbook): its indicators are the columns; turned the usual
    way as :func:`read_across` does, or None when the first title is no period column, a column names indicators, or
    a row's first cell names no period."""
    if not header or fold(str(header[0])) not in _PERIOD_COLUMN or \
            any(read_title(h).column == "chi_tieu" for h in header[1:] if h):
        return None
    if not rows or any(_period_title(r[0] if r else None) is None for _, r in rows):
        return None
    return read_across([(0, list(header)), *rows], 1)


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
    if prel := preliminary_year(t):   # a yearbook's last year, its figures preliminary: «Sơ bộ - Prel. 2023»
        return prel
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
        if not _enough_indicators(titles) or not all(isinstance(c, str) and re.search(r"[^\W\d_]{2}", c)
                                                     and not _number(c) for _, c in titles):
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


def _enough_indicators(titles: list[tuple[int, object]]) -> bool:
    """Two indicators' titles at least, or one that gives its unit in brackets (``Số bác sỹ trên 10.000 dân (bác
    sỹ)`` alone beside ``Năm``: :func:`one_indicator_by_years`, round 32) — a lone title with no unit may be a
    row's label column's."""
    return len(titles) >= 2 or (len(titles) == 1 and isinstance(titles[0][1], str) and bool(_indicator(titles[0][1])[1]))


#: Titles of a long export's period column (folded): ``Kỳ``, ``Thời gian``, ``Thời kỳ``, ``Kỳ báo cáo`` over texts
#: of periods, one per row.
_PERIOD_COLUMN = {"ky", "thoi gian", "thoi ky", "ky bao cao", "ky du lieu", "period", "nam"}


def _cell_period(c):
    """The period a long export's cell names (``11/2022``, ``Quý I/2022``, ``2021``), with the title it is given as
    a column (``Tháng 11/2022``); None when it names none."""
    t = " ".join(str(c).split()) if c is not None else ""
    if not t:
        return None
    for title in (t, f"Tháng {t}"):
        p = title_period(title)
        if p is not None:
            return p, title
    return None


def read_long(header: list[str], rows: list[tuple[int, list]]):
    """A long export, one row per indicator and period (``Mã chỉ tiêu | Tên chỉ tiêu | Kỳ | Giá trị | Đơn vị`` over
    ``NTM01 | Số xã đạt chuẩn | 10/2021 | 5360 | xã`` and ``NTM01 | … | 11/2022 | 5869 | xã``): (header, rows, periods)
    laid the usual way — the other columns, then one column per period, earliest first — which the columns module
    reads as any table of periods side by side; a comparison column beside the value (``So với kỳ trước (%)``, a
    database export's, round 29's f01) becomes each period's own, ``<kỳ> so với kỳ trước (%)`` right of that period's
    value (dropped where no row states it); None when the table is not such (no column of periods beside one column of
    numbers, or no indicator written on two rows)."""
    folded = [fold(h) for h in header]
    at = next((k for k, h in enumerate(folded) if h in _PERIOD_COLUMN), None)
    if at is None:
        return None
    cells = [c[at] if at < len(c) else None for _, c in rows]
    read = [_cell_period(c) for c in cells]
    if not rows or any(r is None for r, c in zip(read, cells) if c not in (None, "")) or len({r[0] for r in read if r}) < 2:
        return None
    numeric = [k for k in range(len(header)) if k != at and all(_number(c[k]) for _, c in rows
                                                                 if k < len(c) and c[k] not in (None, ""))
               and any(k < len(c) and c[k] not in (None, "") for _, c in rows) and read_title(header[k]).column != "ma"]
    companions = [k for k in numeric if read_title(header[k]).column == DERIVED]   # "So với kỳ trước (%)": each
    numeric = [k for k in numeric if k not in companions]                          # period's own comparison
    if len(numeric) != 1:
        return None
    value = numeric[0]
    keys = [k for k in range(len(header)) if k not in (at, value, *companions)]
    periods = sorted({r for r in read if r}, key=lambda r: (r[0].year, r[0].months if r[0].kind != "term" else (0, 0)))
    width = 1 + len(companions)   # each period's value, then its comparisons
    order: dict[tuple, list] = {}
    for (n, c), r in zip(rows, read):
        key = tuple(" ".join(str(c[k]).split()) if k < len(c) and c[k] is not None else "" for k in keys)
        slot = order.setdefault(key, [n, [None] * (len(periods) * width)])
        if r is not None:
            at_period = periods.index(r) * width
            for off, k in enumerate((value, *companions)):
                slot[1][at_period + off] = c[k] if k < len(c) else None
    if len(order) == len(rows):
        return None   # no indicator on two rows: a table with a period column of its own
    names = [header[k] for k in keys]
    for j, k in enumerate(keys):  # "Đơn vị" over "xã", "%", "tiêu chí/xã": the unit, not the reporting unit
        if fold(header[k]) == "don vi" and all(read_unit(str(c[k])) is not None for _, c in rows
                                               if k < len(c) and c[k] not in (None, "")):
            names[j] = "Đơn vị tính"
    new_header = names + [h for _, title in periods
                          for h in (title, *(f"{title} {_lower(header[k])}" for k in companions))]
    new_rows = [(n, list(key) + vals) for key, (n, vals) in order.items()]
    empty = {j for j in range(len(names), len(new_header))   # a comparison no row states for that period
             if (j - len(names)) % width and all(r[j] in (None, "") for _, r in new_rows)}
    if empty:
        new_header = [h for j, h in enumerate(new_header) if j not in empty]
        new_rows = [(n, [v for j, v in enumerate(r) if j not in empty]) for n, r in new_rows]
    return new_header, new_rows, [title for _, title in periods]


def _lower(title: str) -> str:
    return f"{title[:1].lower()}{title[1:]}"


#: A yearbook's gloss after its Vietnamese words: ``Nam - Male``, ``Người - Person``, ``Sơ bộ - Prel. 2023``.
_GLOSS = re.compile(r"\s+[-–]\s+[A-Za-z][A-Za-z .,()%/&'-]*$")


def _vietnamese(c) -> str:
    """A bilingual title's Vietnamese words (``Nam - Male`` → ``Nam``)."""
    t = unicodedata.normalize("NFC", " ".join(str(c).split())) if _filled(c) else ""
    unit = _UNIT.match(t)
    if unit and read_unit(unit.group(2)) is not None and _GLOSS.search(unit.group(1)):
        return _GLOSS.sub("", unit.group(1)).strip() + f" ({unit.group(2).strip()})"
    return _GLOSS.sub("", t).strip()


def _block_heading(cells: list) -> tuple[str, str] | None:
    """(words, unit) of a yearbook's line that heads a block of years, alone in the first cell: ``Người - Person``
    → ("", "người"); ``So với dân số - Proportion of population (%)`` → ("so với dân số", "%"); None otherwise."""
    if not cells or not _filled(cells[0]) or any(_filled(c) for c in cells[1:]) or _number(cells[0]):
        return None
    t = _vietnamese(cells[0])
    if not t or _YEAR.match(t) or _PRELIMINARY.match(t):
        return None
    m = _UNIT.match(t)
    if m and read_unit(m.group(2)) is not None:
        return m.group(1)[:1].lower() + m.group(1)[1:], m.group(2).strip()
    if "(" not in t and len(t.split()) <= 2 and read_unit(t) is not None and not title_period(t):
        return "", t.lower()
    return None


def yearbook_blocks(rows: list[tuple[int, list]], scan: int):
    """A yearbook's table of years as rows under a bilingual header of two rows over an untitled first column (``|
    Tổng số | Phân theo giới tính | | …`` over ``| Total | Nam - Male | Nữ - Female | …``), the years in blocks each
    headed by a line of its unit (``Người - Person``, ``So với dân số - Proportion of population (%)``; round 15's
    w02, Hòa Bình): (row number of the header, the header turned the usual way, the rows turned: one indicator per
    column and block, its unit the block's) or None when the rows are not such."""
    for k in range(min(scan, len(rows) - 2)):
        top, sub = rows[k][1], rows[k + 1][1]
        if not top or _filled(top[0]) or (len(sub) and _filled(sub[0])):
            continue
        cols = [j for j in range(1, max(len(top), len(sub))) if (j < len(top) and _filled(top[j]))
                or (j < len(sub) and _filled(sub[j]))]
        if len(cols) < 2 or not all(isinstance(c, str) and not _number(c) for c in [*top[1:], *sub[1:]] if _filled(c)):
            continue
        titles, group = {}, ""
        for j in cols:
            own = j < len(top) and _filled(top[j])
            if own:
                group = _vietnamese(top[j])
            glossed = j < len(sub) and _filled(sub[j]) and _GLOSS.search(" ".join(str(sub[j]).split()))
            # under its own title, a line with no gloss translates it («Tổng số» over «Total»)
            below = _vietnamese(sub[j]) if j < len(sub) and (glossed or not own) else ""
            titles[j] = group if not below else below if not group or _names_a_whole(group) else f"{group}: {below}"
            if not titles[j]:
                break
        if not all(titles.get(j) for j in cols):
            continue
        blocks, heading, periods = [], None, []
        for n, r in rows[k + 2:]:
            if not any(_filled(c) for c in r):
                continue
            head = _block_heading(r)
            if head is not None:
                heading = head
                blocks.append((heading, []))
                continue
            title = _period_title(r[0] if r else None)
            if title is None or heading is None or not all(_number(r[j]) for j in cols if j < len(r) and _filled(r[j])):
                return None
            blocks[-1][1].append((title, r))
            if title not in periods:
                periods.append(title)
        if not blocks or not all(b for _, b in blocks) or len(periods) < 1:
            return None
        header = ["STT", "Chỉ tiêu", "Đơn vị tính", *periods]
        turned, pos = [], 0
        for (words, unit), years in blocks:
            by_period = dict(years)
            for j in cols:
                pos += 1
                label = f"{titles[j]}: {words}" if words else titles[j]
                turned.append((rows[k][0], [str(pos), label, unit] +
                               [by_period[p][j] if p in by_period and j < len(by_period[p]) else None
                                for p in periods]))
        return rows[k][0], header, turned
    return None


def _names_a_whole(title) -> bool:
    """A group title that only sorts its columns (``Phân theo giới tính``, ``Chia theo thành thị, nông thôn``): the
    column under it is named by its own title."""
    return bool(re.match(r"(?i)^\s*(?:phân|chia)\s+(?:theo|ra)\b", unicodedata.normalize("NFC", str(title))))


#: A month's own column title: ``T1``, ``T.1``, ``Th1``, ``Tháng 1``, ``Tháng 1 - Jan.``.
_MONTH_TITLE = re.compile(r"(?i)^\s*(?:t|th|tháng)\.?\s*(\d{1,2})\s*(?:[-–]\s*[a-z]{3,9}\.?)?\s*$")
_YEAR_CELL = re.compile(r"(?:^|\D)((?:19|20)\d{2})\s*$")
_UNIT_LINE = re.compile(r"(?i)^\s*\(?\s*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*[:\-]")


#: The year's own total beside its twelve months (folded): ``Cả năm``, ``Tổng``, ``Tổng cộng``, ``Tổng số``, ``Năm``.
_YEARS_TOTAL = re.compile(r"^(?:ca nam|tong|tong cong|tong so|nam|luy ke ca nam)$")


def month_title(c) -> int | None:
    """The month a column title names alone (``T12`` → 12, ``Tháng 3`` → 3), None for any other cell."""
    m = _MONTH_TITLE.match(unicodedata.normalize("NFC", c)) if isinstance(c, str) else None
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


def calendar_grid(rows: list[tuple[int, list]], scan: int):
    """A calendar of one indicator: one row per year (``2015``, ``Sơ bộ 2016``), one column per month (``T1 … T12``)
    under the indicator's name in the title above (``Chỉ số giá tiêu dùng các tháng trong năm``).  Turned the usual
    way: one row, a column per month of each year (``Tháng 12/2016``), so the chosen month, the same month a year
    before and the month before are columns like any others.  A further column naming the last month
    (``Tháng 12 năm báo cáo so với tháng 12 năm trước``) is an indicator of its own, its cells that month's; the
    year's total beside twelve months (``Cả năm``, ``Tổng``) is the year's column (``Năm 2016``).  Returns
    (header's row number, header, rows) as :func:`read_across` does, or None."""
    for k, (rownum, cells) in enumerate(rows[:scan]):
        months = [(i, m) for i, c in enumerate(cells) if i > 0 and (m := month_title(c)) is not None]
        if len(months) < 3 or [m for _, m in months] != list(range(months[0][1], months[0][1] + len(months))):
            continue
        years = []
        for n, r in rows[k + 1:]:
            if not any(_filled(x) for x in r):
                continue
            y = _YEAR_CELL.search(str(r[0]).strip()) if r and r[0] is not None else None
            vals = [r[i] for i, _ in months if i < len(r) and _filled(r[i])]
            if y is None or not vals or not all(_number(v) for v in vals):
                break
            years.append((n, int(y.group(1)), r))
        titles = [" ".join(str(c) for c in r if c not in (None, "")).strip() for n, r in rows[:k]]
        names = [t for t in titles if t and not _UNIT_LINE.match(t)]
        if not years or not names:
            continue
        last = months[-1][1]
        whole = next((i for i, c in enumerate(cells) if i > months[-1][0] and isinstance(c, str)
                      and _YEARS_TOTAL.match(fold(c))), None) if len(months) == 12 else None
        header = ["Chỉ tiêu"] + [f"Tháng {m}/{y}" for _, y, _ in years for _, m in months] + \
            ([f"Năm {y}" for _, y, _ in years] if whole is not None else [])
        turned = [(rownum, [names[-1]] + [r[i] if i < len(r) else None for _, _, r in years for i, _ in months] +
                   ([r[whole] if whole < len(r) else None for _, _, r in years] if whole is not None else []))]
        for i, c in enumerate(cells):
            if i == 0 or i == whole or any(i == j for j, _ in months) or not _filled(c):
                continue
            named = re.search(r"(?i)tháng\s+(\d{1,2})\b", unicodedata.normalize("NFC", str(c)))
            if named and int(named.group(1)) == last:
                turned.append((rownum, [str(c).strip()] + [(r[i] if i < len(r) else None) if m == last else None
                                                           for _, _, r in years for _, m in months] +
                               ([None] * len(years) if whole is not None else [])))
        return rownum, header, turned
    return None


def one_indicator_by_years(rows: list[tuple[int, list]], i: int) -> bool:
    """``Năm | Vụ việc tham gia tố tụng bình quân một trợ giúp viên pháp lý (vụ việc)`` over ``2023 | 32,4`` and
    ``2024 | 38,4`` (round 32: the Cục TGPL's average a year; the Bộ Y tế's doctors per 10.000 people): a transposed
    sheet of one indicator, its unit in brackets, the years down — a header row (main found no header: two cells
    are too few for a header by its shape).  Row ``i`` holds the word for the periods' column and one title with a
    unit in brackets; the rows under it (two at least) each a period and a number."""
    cells = [c for c in rows[i][1] if c not in (None, "")]
    if len(cells) != 2 or not isinstance(cells[0], str) or fold(cells[0]) not in _PERIOD_COLUMN \
            or not isinstance(cells[1], str) or not _indicator(cells[1])[1]:
        return False
    below = [[c for c in r if c not in (None, "")] for _, r in rows[i + 1:i + 1 + 12]]
    below = [r for r in below if r]
    return len(below) >= 2 and all(len(r) == 2 and _period_title(r[0]) and is_number(r[1]) for r in below)


def is_number(c) -> bool:
    """A cell that reads as a number (a spreadsheet's, or text ``111.522``, ``84,6``): :mod:`read`'s header tests and
    :func:`one_indicator_by_years`'s."""
    if isinstance(c, Decimal):
        return True
    try:
        parse_table_number(str(c))
        return True
    except ValueError:
        return False
