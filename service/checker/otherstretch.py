"""A rate against a stretch of months that is neither the report's period nor its same period last year (round 93).

    Thông tin từ Bộ NN-PTNT, giá mủ cao su xuất khẩu hiện dao động ở mức 37-39 triệu đồng/tấn, tăng 40% so với 8
    tháng đầu năm 2020.          (xt-ba-ria-vung-tau-cao-su-xuat-khau-doanh-nghiep-2020-10: a report of 10 months 2020)

``so với tháng 8``, ``so với quý II`` are read as another period's base (``derive._against_other_period``: unproved,
not wrong); a stretch of months named by its length and year was not, and the rate was taken for a rate against last
year's same period, which the table keeps and which gives something else. The base ``N tháng [đầu năm] [năm] YYYY``
is the table's only when it is the report's own stretch (or its year to date) a year before (``tăng 22,3% so với 11 tháng năm 2016`` in
a report of 11 months 2017): any other length or year names a base the table holds no value of. A stretch with no
year (``so với 6 tháng đầu năm``) is left as it was read. The report's stretch is counted to its period's end, so a
month's or a quarter's running total against last year's is the table's too.
"""

from __future__ import annotations

import re

#: ``so với 8 tháng đầu năm 2020``, ``so 5 tháng 2022``: the comparison's base, right after the rate.
_STRETCH = re.compile(r"(?i)\s*so\s+(?:với\s+)?(\d{1,2})\s+tháng\s+(?:đầu\s+)?(?:năm\s+)?(\d{4})(?![\d/])")


def _months(report) -> int | None:
    """How many months from January to the report period's end: its own stretch, or its running total's (a month's
    or a quarter's report keeps the year to date too: ``so với 9 tháng đầu năm 2017`` in a report of Q3 2018,
    xq-binh-duong-cao-su-phuoc-hoa-…-2018-q3; ``so với 5 tháng đầu năm 2023`` in May's, xo-toan-quoc-hoa-phat-…)."""
    per = {"ytd": 1, "month": 1, "quarter": 3, "half": 6}.get(report.kind)
    if report.kind == "year":
        return 12
    return report.index * per if per else None


def stretch_base_apart(text: str, end: int, report) -> str | None:
    """The base's words when the words right after a rate ending at ``end`` compare it with a stretch of months
    that is not the report's same stretch last year (nor its own); None otherwise, or with no report period."""
    m = _STRETCH.match(text, end)
    if m is None or report is None:
        return None
    months, year = int(m.group(1)), int(m.group(2))
    if months == _months(report) and year in (report.year - 1, report.year):
        return None
    return " ".join(m.group(0).split())
