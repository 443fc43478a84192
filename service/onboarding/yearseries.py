"""A table of years, one column a year: the year before the last is a year of the series too (round 50).

A yearbook's table, a district's five-year sheet or a company's income statement pasted as text gives one column a
year (``2018 2019 2020 2021 Sơ bộ 2022``; ``Chỉ tiêu / ĐVT / 2003 / 2004 / 2005 / 2006``; ``Đơn vị: 1.000.000đ`` /
``2018 2019 2020 2021 2022``).  The figures loader reads the last year as the period's value, every earlier year as a
past period's row (``<chỉ tiêu> (năm 2019)``) — and the year right before the last as the period's comparison
(``Cùng kỳ năm trước``), kept as the row's ``base`` and made no row of its own.  In a series of three years or more
that year is no comparison the page makes but one of its columns like the others, and the clerk's sheet keeps it
as it keeps them (yb Đà Nẵng's 2021, yf Thừa Thiên Huế's 2014, zy Văn Chấn's 2005 — every row of that column the
only one missed; t40 BSC's statements, the same).

``prior_year_rows``: for a table whose every column is a year (three or more, a run of consecutive years),
a row of the year before the last for each row of the period that holds it as its base: ``<chỉ tiêu> (năm Y)``,
the base as its value, quoted as the cell.  A table of two years (``Năm 2017`` beside ``Ước tính năm 2018``) is a
period and its comparison: left as it is, as the loader reads it.  The period's row keeps its base.

A selection of years (``2010 2013 2014 2015 2016``: a base year, then the latest — yf and zy Quảng Ngãi's yearbook
pages) compares the latest with the years before, and a table whose years run down its side (one row a column,
``pasted``'s transposed and grouped sheets: yh Quảng Ngãi's rates, 2010 … 2016 a line each) is no row of years:
both are left as the loader reads them (the hands keep that year as the period's comparison there).

Composed in ``pasted.table_rows``, after the rows each plain pasted table makes (where ``ratecells`` reads its rate
columns).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from service.figures.schema import ColumnTitle
from service.numbers import format_vn
from service.onboarding.model import Row

#: a series: this many year columns at least (two are a period and its comparison)
LEAST_YEARS = 3


def series_years(titles: list[tuple[str, ColumnTitle]]) -> list[int]:
    """The years of a table whose every column is one year, a run of consecutive years (``2018 … 2022``); else [].
    A selection of years — a base year, then the latest (``2010 2013 2014 2015 2016``, a yearbook's layout: yf, zy
    Quảng Ngãi) — compares the latest with what came before: the loader's reading stands."""
    years = []
    for _, t in titles:
        if t.column != "period" or t.period is None or t.period.kind != "year" or t.aim or t.cumulative:
            return []
        years.append(t.period.year)
    if len(years) < LEAST_YEARS or any(b - a != 1 for a, b in zip(years, years[1:])):
        return []
    return years


def _cell(row: Row, value: Decimal) -> str:
    """The cell as the page wrote it, after the row's label: ``Số vụ án đã khởi tố … 900``."""
    label = row.quote.rsplit(" … ", 1)[0]
    return f"{label} … {format_vn(value / row.scale)}"


def prior_year_rows(titles: list[tuple[str, ColumnTitle]], rows: list[Row], start: int) -> list[Row]:
    """The rows of the year before the last of the table at ``start`` (``rows``: every row made so far; this
    table's are those stated at it) — see the module."""
    years = series_years(titles)
    if not years:
        return []
    year, anchor = years[-2], ((-2, start), start)
    own = [r for r in rows if r.sentence == anchor]
    said = {r.label for r in own}
    out = []
    for r in own:
        label = f"{r.label} (năm {year})"
        if r.base is None or r.running_of is not None or label in said or r.label.endswith(")") and "(năm " in r.label:
            continue
        shown = Decimal(r.base) / r.scale
        out.append(replace(r, value=Decimal(r.base), label=label, quote=_cell(r, Decimal(r.base)), plan=None,
                           base=None, derived=[], repeats=[], notes=list(r.notes), code="",
                           decimals=max(0, -shown.normalize().as_tuple().exponent)))
    return out
