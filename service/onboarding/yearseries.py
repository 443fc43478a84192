"""A pasted table of a series of years: the year before the last kept as a row of its own (round 45).

A yearbook's table pasted as text (yf Huế y tế: ``Năm 2011 | Năm 2012 | Năm 2013 | Năm 2014 | Năm 2015``; yb Đà Nẵng
tư pháp: ``2018 | 2019 | 2020 | 2021 | Sơ bộ 2022``) is read by the figures loader as a sheet of the last year: its
value the row, the years before rows of their own (``Cơ sở y tế (năm 2011)``), and the year right before the last
its ``cùng kỳ`` (``Row.base``) — a value the template's sheet does not write (its «Cùng kỳ năm trước» column holds the
row's own value, for the next edition).  So that one year of the page went missing: 187 cơ sở in 2014, 900 vụ án in
2021.  In a table whose value columns are all whole years, three or more, every year the page writes is a row, as
the loader makes of the others: ``<chỉ tiêu> (năm <year>)``, in the row's unit.

A table with a ``Cùng kỳ năm trước`` column, or one period that is no year (``6 tháng``, ``Tháng 5``), is no series
of years: its base stays the base.
"""

from __future__ import annotations

from dataclasses import replace

from service.numbers import format_vn
from service.onboarding.model import Row

LEAST_YEARS = 3


def series_years(titles) -> list[int]:
    """The years of a table whose every value column names a whole year (three or more, each once), else []."""
    periods = [t.period for _, t in titles if t.column in ("period", "ky_bao_cao", "cung_ky")]
    if len(periods) != len([t for _, t in titles if t.column not in ("derived", None)]):
        return []
    if len(periods) < LEAST_YEARS or any(p is None or p.kind != "year" for p in periods):
        return []
    years = [p.year for p in periods]
    return years if len(set(years)) == len(years) else []


def base_year_row(row: Row, label: str, years: list[int]) -> Row | None:
    """The row of the year before the last for ``row`` (the last year's, ``label`` its loader's label), when the
    table is a series of years and the loader kept that year as ``row.base``."""
    if not years or row.base is None or row.running_of is not None or max(years) - 1 not in years:
        return None
    year = max(years) - 1
    past = replace(row, value=row.base, base=None, plan=None, label=f"{label} (năm {year})", derived=[],
                   repeats=[], notes=list(row.notes), code="")
    shown = row.base / row.scale
    past.quote = f"{row.quote.rsplit(' … ', 1)[0]} … {format_vn(shown)}"
    past.decimals = max(0, -shown.normalize().as_tuple().exponent)
    return past
