"""One indicator over several spans of time: the period the text last named chooses the value.

A statistics office's sheet often keeps one indicator in several columns of time — ``Tháng 9 | Quý III | 9 tháng``
— and the figures loader keeps each part of the period as a row of its own (code + ``-<kỳ>``: ``R-7-2020-09``,
``R-7-2020-Q3``, beside the period's own ``R-7``; ``service.figures.load._part_figures``).  The text names the
spans in turn, each once for several figures:

    Ước tính tháng 9 năm 2020, doanh thu … đạt 456 tỷ đồng … Trong đó vận tải hành khách đạt 1.816 nghìn lượt
    người …  Như vậy, 9 tháng năm 2020 vận tải hành khách đạt 15.350 nghìn lượt người …  Vận tải hàng hoá đạt
    26.286 nghìn tấn …                                                    (zd-nam-dinh-van-tai-2020-9t)

The label says which indicator; the period named last before the number in its paragraph (``service.periods``:
not a comparison, a plan or a target) says which span.  ``span_families`` groups the rows; ``SpanCues`` finds the
span a position is under.  The running total (``-LK``) keeps its own words (``recognisers.running``).
"""

from __future__ import annotations

import bisect
import re

from service.checker.recognisers.running import RUNNING_CUE
from service.periods import find_mentions

#: a part of the period's row code: ``<mã>-<kỳ>`` with the loader's period codes (``2020``, ``2020-Q3``,
#: ``2020-09``, ``2020-9T``, ``2020-H1``), a ``'`` added when a code was taken
_PART = re.compile(r"^(?P<base>.+?)-(?P<span>(?:19|20)\d{2}(?:-(?:H[12]|Q[1-4]|\d{1,2}T|\d{2}))?)'*$")
#: spans written two ways: six months from January is the first half, three the first quarter, twelve the year
_SAME = {"6T": "H1", "3T": "Q1"}


def span_code(code: str | None) -> str | None:
    """One spelling of a period code (``2020-6T`` and ``2020-H1`` are one span)."""
    if not code:
        return None
    year, _, rest = code.partition("-")
    if rest == "12T":
        return year
    return f"{year}-{_SAME.get(rest, rest)}" if rest else year


def part_span(code: str) -> str | None:
    """The span a part's row code ends with (``II.6-2024`` → ``2024``, ``R-4-2020-09`` → ``2020-09``), or None."""
    m = _PART.match(code or "")
    return span_code(m.group("span")) if m else None


def one_indicator(a: str, b: str) -> bool:
    """Two rows that are one indicator over two spans: a row and its part of the period, or two parts."""
    pa, pb = _PART.match(a), _PART.match(b)
    return a != b and (pa or pb) is not None and (pa.group("base") if pa else a) == (pb.group("base") if pb else b)


def span_families(by_code: dict, report_code: str | None) -> dict[str, dict[str, object]]:
    """Each row that has parts of the period → its family, span code → row: the row itself under the report's
    period, each part under its own.  Rows without parts are in no family."""
    report = span_code(report_code)
    families: dict[str, dict[str, object]] = {}
    for code, row in by_code.items():
        m = _PART.match(code)
        if m is None or m.group("base") not in by_code:
            continue
        fam = families.setdefault(m.group("base"), {})
        fam.setdefault(span_code(m.group("span")), row)
    out: dict[str, dict[str, object]] = {}
    for base, fam in families.items():
        if report is not None and report not in fam:
            fam[report] = by_code[base]
        for row in fam.values():
            out[row.fig.ma] = fam
    return out


class SpanCues:
    """The periods a text names as what it reports (comparisons, plans and targets left out — but a comparison told with
    its own value, ``(năm 2019 là 115,0 …)``, dates the numbers after it), in order; words of the
    year to date that name no year (``Từ đầu năm đến nay``, ``lũy kế``) name the report's own period
    (zf-gia-lai-hien-mau-tinh-nguyen-2022-h1: ``Năm 2021, … 83 đợt … Từ đầu năm đến nay, … 42 đợt``)."""

    def __init__(self, text: str, report_code: str | None = None, *, reported_only: bool = True):
        """``reported_only=False``: every period named but a comparison's base (``từ tháng 9-2020 sức mua ôtô …``,
        a span from a month on, says that month's figures too)."""
        found = [(m.start, m.end, span_code(report_code if report_code and m.recogniser == "so-far"
                                            and not m.year_stated else m.period.code))   # its year borrowed
                 for m in find_mentions(text) if m.period is not None
                 and ((m.reported and not m.same_period or m.valued) if reported_only else not m.comparison or m.valued)]
        if report_code:
            taken = [(a, b) for a, b, _ in found]
            found += [(c.start(), c.end(), span_code(report_code)) for c in RUNNING_CUE.finditer(text)
                      if not any(a < c.end() and c.start() < b for a, b in taken)]
            found.sort(key=lambda f: f[1])
        self._starts = [a for a, _, _ in found]
        self._ends = [b for _, b, _ in found]
        self._codes = [code for _, _, code in found]

    def before(self, pos: int, lo: int) -> str | None:
        """The span named last before ``pos`` and at or after ``lo`` (the paragraph's start), or None."""
        k = bisect.bisect_right(self._ends, pos) - 1
        if k < 0 or self._starts[k] < lo:
            return None
        return self._codes[k]
