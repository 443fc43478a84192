"""A company's other years, stated as its history beside this period's figures (round 101, issue 13).

    Như vậy, chỉ sau 6 tháng đầu năm, lợi nhuận của Sawaco đã vượt xa mức lợi nhuận năm 2018 là 368 tỷ đồng và gần
    bằng mức cả năm 2019 là 454 tỷ đồng.            (xx-tp-ho-chi-minh-sawaco-ket-qua-kinh-doanh-2020-h1)
    Theo báo cáo tài chính, trong 4 năm gần nhất, mỗi năm Viwasupco đều đạt trên 400 tỉ đồng doanh thu và lợi nhuận
    ròng sau thuế xấp xỉ 150 tỉ đồng.               (xx-ha-noi-viwasupco-ket-qua-kinh-doanh-2019-q3)

The period rules of ``check._not_of_this_period`` set a number aside as another period's only when no row of the table
is about its words (``earlier_said``: ``năm 2017 đạt …``, asked of a number with no expected value), so that a wrong
value of a row is still caught. Here a row is about the words (``lợi nhuận`` is «Lợi nhuận sau thuế»), yet the grammar
dates the number itself:

- **a whole earlier year as its predicate's subject**: ``năm 2018 là 368 tỷ đồng``, ``cả năm 2019 là 454`` — the year
  right before ``là``/``đạt`` then the number (``forecasts.earlier_said``), a year that ended before the report began
  and is not what the comparison columns hold (the same period last year, the previous edition);
- **each of several past years**: ``trong 4 năm gần nhất, mỗi năm … đều đạt trên 400 tỉ đồng`` — a span of past
  years, then ``mỗi năm``/``hằng năm`` before the number in its sentence: a level every one of those years reached.

Negatives: a table that keeps a row for that year (its label or group names it, the words fit) checks the number
there; the report's own year (``năm 2020 đạt …`` in the 2020 report) and the year a comparison column holds are
untouched; a number tied to a cell (``source``) or already given any verdict but ``unsupported`` is left alone.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.forecasts import earlier_said

#: A span of past years: ``trong 4 năm gần nhất``, ``qua 5 năm gần đây``, ``suốt nhiều năm qua``, ``trong 3 năm liên
#: tiếp``.
_PAST_YEARS = re.compile(r"(?i)(?<!\w)(?:trong|qua|suốt)\s+(?:\d{1,2}|mấy|nhiều|các|những)\s+năm\s+"
                         r"(?:gần\s+(?:nhất|đây)|vừa\s+qua|qua|trước|liên\s+tiếp)(?!\w)")
#: Each of them: ``mỗi năm``, ``hằng năm``, ``hàng năm``.
_EACH_YEAR = re.compile(r"(?i)(?<!\w)(?:mỗi|hằng|hàng)\s+năm(?!\w)")
_KINDS = ("count", "money", "measure", "ratio", "percent")


def _each_past_year(text: str, start: int) -> str | None:
    """``trong 4 năm gần nhất, mỗi năm … đều đạt`` before ``start`` in its sentence: the span's words."""
    s = sentence_start(text, start, 300)
    if s is None:
        return None
    span = None
    for span in _PAST_YEARS.finditer(text, s, start):
        pass
    if span is None or _EACH_YEAR.search(text, span.end(), start) is None:
        return None
    return " ".join(span.group(0).split())


def other_years(text: str, numbers: list, idx, report, comparisons_kept: bool, keeps_year) -> None:
    """Set aside as ``other-period`` the unsupported numbers their grammar dates by an earlier year (see above).
    ``keeps_year(idx, year, text, start)``: a row of the table is that year's and the words fit it (``check``'s)."""
    if report is None:
        return
    for n in numbers:
        if n.verdict != "unsupported" or n.source is not None or n.kind not in _KINDS:
            continue
        other = earlier_said(text, n.start, report, comparisons_kept=comparisons_kept)
        if other is not None and other.kind == "year" and not keeps_year(idx, other.year, text, n.start):
            n.derivation = f"số của {other.text}, không phải của kỳ báo cáo ({report.text})"
        elif (span := _each_past_year(text, n.start)) is not None and report.kind != "term":
            n.derivation = f"mức đạt được mỗi năm {span}, không phải số liệu của kỳ báo cáo ({report.text})"
        else:
            continue
        n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-period", None, None
