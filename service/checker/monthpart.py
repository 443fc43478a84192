"""A running span's own row and its last month's part row: one indicator, two columns, as a row and its ``-LK`` row.

A sheet reporting a span from January (``4 tháng``, ``9 tháng``, ``6 tháng``, the year) often keeps its last month
in a column of its own (``Tháng 4/2020 | Lũy kế 4 tháng năm 2020``).  The figures loader keeps the report's span as
the row itself and the month as a part of the period (code + ``-YYYY-MM``: ``R-4`` and ``R-4-2020-04``,
``service.figures.load``) — not as the ``-LK`` pair it makes when the report is the month.  The pair is the same: the
row is the running total, its part row the month, and the words of time before the number choose the column
(``recognisers.running``):

    Kết quả ghi nhận lợi nhuận tháng 4 toàn Tổng công ty đạt 135% kế hoạch tháng, lũy kế 4 tháng đã đạt được 55%
    kế hoạch năm                                        (yc Viglacera, report 2020-4t: ``R-4-2020-04`` 135, ``R-4`` 55)

The pair is read from the rows' periods (the report's span and the month that ends it), not from a code suffix.
"""

from __future__ import annotations

import re

#: ``6 tháng đầu năm``, ``9 tháng năm 2020``, ``Lũy kế 4 tháng``: a running span named by its months
_MONTHS_SPAN = re.compile(r"(?i)(?<![\d/.,])(\d{1,2})\s+tháng(?!\s*(?:/|\d))")


def month_part_pair(code: str, by_code: dict, report) -> tuple[object, bool] | None:
    """(the other row of the pair, whether ``code``'s row is the running total), or None: ``code`` is a running span's
    own row whose last month's part row the table holds, or that part row whose running span's row it holds.  The
    report must be a span from January longer than a month (``2020-4T``, ``2020-H1``, ``2020-Q1``, ``2020``)."""
    if report is None or getattr(report, "kind", None) == "term":
        return None
    first, last = report.months
    if first != 1 or last == 1:
        return None
    suffix = f"-{report.year}-{last:02d}"
    own = code.rstrip("'")
    if own.endswith(suffix):
        whole = by_code.get(own[: -len(suffix)])
        return (whole, False) if whole is not None else None
    part = by_code.get(own + suffix)
    return (part, True) if part is not None else None


def other_span_named(words: str, report) -> bool:
    """The words of time (``words``: the number's sentence before it) name a running span of another length than the
    report's (``Ước 6 tháng đầu năm 2020, vận tải hành khách đạt 1.816 nghìn lượt người`` in the nine months' report,
    whose table keeps September, the third quarter and the nine months): a span the table lacks, which chooses neither
    row of the pair (tests/test_checker_spans_lead.py)."""
    if report is None:
        return False
    said = [int(m.group(1)) for m in _MONTHS_SPAN.finditer(words)]
    return bool(said) and said[-1] != report.months[1] - report.months[0] + 1
