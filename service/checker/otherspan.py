"""A number its own clause dates to a span the table does not keep is no wrong value of the period's row.

    GDP 9 tháng năm 2020 tăng 2,12% (Quý I tăng 3,68%; quý II tăng 0,39%; quý III tăng 2,62%), là mức tăng thấp nhất …
                                                        (yk-toan-quoc-tong-cuc-thong-ke-tang-truong-gdp-2020-q3)

``quý I tăng 3,68%`` in a report of the third quarter, against a table of the third quarter's and the nine months'
rates: the first quarter's rate, which the table does not hold — it was flagged as a wrong third-quarter rate. The clause
names its span (``recognisers.spans.SpanCues``: the periods a text names as what it reports) right before the number;
where that span is neither the report's nor one the table keeps as a row of its own (``span_families``), the number is
unverified, said so. A span the table keeps (the previous quarter's value as ``Kỳ trước``, a part's row) still checks it.
"""

from __future__ import annotations

import re

from service.checker.match import within_rounding
from service.periods import parse_period
from service.checker.recognisers.spans import span_code, span_families

#: An item that opens with its span and goes straight to its change: ``Quý I tăng ``, ``; quý II tăng ``, ``tháng 8/2020
#: giảm ``.
_ITEM_OF_A_SPAN = re.compile(r"(?i)\s*(?:quý|tháng)\s+[^\s,;()]+(?:[\s/-]*(?:năm\s+)?(?:19|20)\d\d)?\s+(?:ước\s+(?:tính\s+)?)?"
                            r"(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")


def spans_not_kept(checker) -> None:
    """Re-verdict, in place, each unsupported number its clause dates to a span the table does not keep."""
    report = span_code(checker.report.code) if checker.report is not None else None
    if report is None:
        return
    kept = {report}
    for fam in span_families(checker.idx.by_code, checker.report.code).values():
        kept |= set(fam)
    previous = None
    if any(r.values.get("ky_truoc") is not None for r in checker.idx.rows):
        previous = _previous(report)
        kept.add(previous)   # the previous edition kept: its span is checked against it ("quý II tăng 0,39%")
    for i, m in enumerate(checker.mentions):
        r = checker.results[i]
        if r is None or r.verdict != "unsupported" or m.value is None or m.kind != "percent" \
                or m.comparison not in ("tăng", "giảm"):
            continue
        w = checker.where[i]
        item = max(w.clause, _bracket_start(checker.text, w.clause, m.num_start))
        if not _ITEM_OF_A_SPAN.match(checker.text[item:m.num_start]):
            continue   # the span must open the item: "(Quý I tăng 3,68%; quý II tăng …", not "Tại thời điểm 1/4/2018 … giảm"
        said = checker._span_cues.before(m.num_start, item)   # the whole text's spans, read once per check
        if said is not None and said == previous and m.kind == "percent":
            # "quý II tăng 0,39%" where the row keeps the second quarter's rate as «Kỳ trước»: that cell's
            row = next((x for x in checker.idx.rows if x.kind == "percent" and x.values.get("ky_truoc") is not None
                        and within_rounding(x.values["ky_truoc"], m.value, m.decimals, m.qualifier)), None)
            if row is not None:
                r.verdict, r.reason, r.expected = "supported", None, None
                r.source = {"ma": row.fig.ma, "column": "ky_truoc"}
                r.derivation = f"số kỳ trước ({said}) của {row.fig.ma}"
                continue
        if said is None or said in kept or not _an_earlier_part(said, checker.report):
            continue
        r.verdict, r.source, r.expected = "unverified", None, None
        r.reason = (f"Chưa kiểm được: «{m.raw.strip()}» là số liệu của một kỳ khác ({said}) mà bảng số liệu không giữ; "
                    f"không phải số liệu của kỳ báo cáo")


def _bracket_start(text: str, lo: int, pos: int) -> int:
    """Just after the last ``(`` or ``;`` between ``lo`` and ``pos``: a bracketed list's item opens there."""
    k = max(text.rfind("(", lo, pos), text.rfind(";", lo, pos))
    return k + 1 if k >= 0 else lo


def _previous(code: str) -> str | None:
    """The span right before ``code`` (``2020-Q3`` → ``2020-Q2``, ``2020-01`` → ``2019-12``, ``2020`` → ``2019``)."""
    year, _, rest = code.partition("-")
    if not year.isdigit():
        return None
    y = int(year)
    if not rest:
        return str(y - 1)
    kind, num = (rest[0], rest[1:]) if rest[0] in "QH" else ("M", rest)
    if not num.isdigit():
        return None
    n = int(num)
    last = {"Q": 4, "H": 2, "M": 12}[kind]
    y, n = (y - 1, last) if n == 1 else (y, n - 1)
    return f"{y}-{kind}{n}" if kind != "M" else f"{y}-{n:02d}"


def _an_earlier_part(code: str, report) -> bool:
    """``code`` is a quarter, month or half of the report's year that ends no later than the report does (the first
    quarter in a report of the third, or of nine months) — a span beside the report's, not a restatement of it (``Tính
    chung 10 tháng`` in a report filed as October names the report's own figures, another spelling)."""
    try:
        said = parse_period(code)
    except ValueError:
        return False
    if said.kind not in ("quarter", "month", "half") or said.year != report.year:
        return False
    return said.months[1] <= report.months[1] and said.months != report.months
