"""A running-total column that names its months, and the months-to-date report chosen for a month's sheet.

Provincial departments keep a month's sheet with the months so far beside the month: ``Ước tháng 10/2020 | Lũy kế
10 tháng 2020`` under ``Kết quả sản xuất thủy sản tháng 10 năm 2020`` (held-out xa-hai-phong-nganh-nong-nghiep-
thanh-pho-thuy-san-2020-10), ``Ước thực hiện tháng 10/2022 | Lũy kế 10 tháng năm 2022`` under ``… tháng 10 năm 2022``
(zi-lam-dong-xuat-nhap-khau-2022-10).  Chosen as the month (``2020-10``), the month's column is the report's and the
running total rows of their own, as before.  Chosen as the ten months (``2020-10T``), main refused the sheet «tệp là
số liệu tháng 10 năm 2020 (2020-10) nhưng kỳ được chọn là 2020-10T» — the title names the month only, and the
running column ``Lũy kế 10 tháng 2020`` was not read as naming a period at all (the running word before «N tháng»
with its year said bare).  ``schema.title_period`` reads such a title whole (``Lũy kế 10 tháng 2020`` → ``2020-10T``;
this module's own fallback — the title read again without its running word — was reached by no table nor text and
went in tidy 59).  The loader then takes the running column as the report's
(``columns.running_total_of_the_period``) and the month's as a part of it.
"""

from __future__ import annotations

from service.figures.schema import title_period
from service.periods import Period, parse_period

__all__ = ["months_to_date_of_the_month", "running_a_year_before", "title_periods"]


def months_to_date_of_the_month(header: list, stated: Period | None, code: str) -> bool:
    """A month's sheet (the title states the month) chosen as the months from January to that month, a column of it
    naming the chosen period (``Lũy kế 10 tháng 2020`` for ``2020-10T`` under ``… tháng 10 năm 2020``): the sheet
    holds the chosen period's values, it is not another period's.  Only a month stated, the chosen period running
    from January of the same year to that month, and a column naming it."""
    try:
        chosen = parse_period(code)
    except ValueError:
        return False
    if stated is None or stated.kind != "month" or chosen.kind == "term" or chosen.year != stated.year \
            or chosen.months[0] != 1 or chosen.months[1] != stated.months[1] or chosen.months[1] < 2:
        return False
    return any(t and (p := title_period(t)) is not None and p.code == code for t in header)


def title_periods(titles: dict[int, str]) -> dict[int, Period]:
    """The period each column title names (``{index: title}`` → ``{index: period}``, ``schema.title_period``), a
    title naming none left out: each title read once."""
    return {i: p for i, t in titles.items() if t and (p := title_period(t)) is not None}


def running_a_year_before(named: dict[int, Period]) -> set[int]:
    """Of running-total columns (``{index: period}``, ``title_periods``), those naming the months to date a year
    before another's: last year's running total (``Lũy kế 9 tháng 2019`` beside ``Lũy kế 9 tháng 2020``, as ``Quý
    III/2019`` is the quarter's last year — PV Oil's and Navico's quarterly results, ``Quý III/2020 | Quý III/2019 |
    … | Lũy kế 9 tháng 2020 | Lũy kế 9 tháng 2019``).  A term, or no pair a year apart, gives none."""
    named = {i: p for i, p in named.items() if p.kind != "term"}
    codes = {p.code for p in named.values()}
    return {i for i, p in named.items() if p.shift_years(1).code in codes}
