"""A row of another period supports only a sentence about that period (checker round 96, issue #13).

The figures loader keeps a month or quarter of the report's year before it, and a year before the report, as rows of
their own period (``R-4-2020-09`` «Doanh số bán hàng toàn thị trường (tháng 9 năm 2020)``, ``1-2020-Q1``; figures
round 47, ``service.figures.earlieredition``).  Such a row is no figure of the report's period:

    GDP 9 tháng năm 2020 tăng 3,68% (Quý I tăng 3,68%; …)   (yk-toan-quoc-tong-cuc-thong-ke-tang-truong-gdp-2020-q3)

the nine months' rate written with the first quarter's value: the first quarter's row may not prove it.  And the other
way round:

    Theo đó, từ tháng 9-2020 sức mua ôtô đã bắt đầu tăng khá cao, đạt 36.359 xe      (xt-toan-quoc-vama-doanh-so-o-to-2020-11)

September's sentence with November's (the report's) value, where the table keeps September's own row: a swap.

The period a number is said of is its own year right after it (``từ 6,1% năm 2001 xuống còn …``), else the one named
last before it in its paragraph (``recognisers.spans.SpanCues``, every period but a comparison's base); a row of a period outside the report's supports it only when that period is named so.  A
part of the report's period (a month of a nine months' report) is ``_span_pass``'s (``recognisers.spans``), left alone.

Nor is such a row the one a number the table does not give «seems to be about» (``stands_for``, figures round 50): the
lớp-10 sheet keeps last year's cut-off scores only (``THPT Dĩ An - nguyện vọng 1 (năm 2024)``, column ``part:2024``,
``service.figures.lastyearonly``), and «THPT Phước Hòa …, đều có điểm chuẩn dưới 11 điểm» — no year named — is no
wrong score of 2024 (expected 23,3): with no row it stands for, it is read as the bound it is
(xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025).
"""

from __future__ import annotations

from service.checker.movementend import own_year
from service.checker.recognisers.forecasts import within
from service.checker.recognisers.spans import part_span, span_code, span_families
from service.checker.wording import fmt_like, fmt_row_value
from service.periods import parse_period


def outside(code: str, report) -> bool:
    """Is the span ``code`` neither the report's period nor a part of it (an earlier month, a year before)?"""
    try:
        p = parse_period(code)
    except ValueError:
        return False
    return span_code(p.code) != span_code(report.code) and not within(p, report)


def rows_of_their_period(checker) -> None:
    """Re-verdict, in place, each number a row supports whose period is not the one the number's paragraph names."""
    report = checker.report
    if report is None:
        return
    families = span_families(checker.idx.by_code, report.code)
    if not families:
        return
    own_code = span_code(report.code)
    ends = checker._movement_ends
    for i, m in enumerate(checker.mentions):
        r, row = checker.results[i], checker.rows[i]
        if r is None or r.verdict != "supported" or row is None or row.fig.ma not in families \
                or (r.source or {}).get("column") != "ky_bao_cao" or i in checker._anchored or i in ends.judged:
            continue   # a movement between equal ends, or the wrong way: the movement pass judges the pair
        fam = families[row.fig.ma]
        span = next((c for c, x in fam.items() if x is row), None)
        if span is None:
            continue
        lo = ends.lo(i, checker._para_start(checker.where[i].paragraph))
        said = said_of(checker, i, lo) or (own_code if ends.is_end(i) else None)
        if said == span:
            continue
        if outside(span, report):
            other = fam.get(said) if said is not None else None
            _flag(checker, i, row, span, said, other)
        elif span == own_code and said is not None and said in fam and outside(said, report):
            _flag(checker, i, row, span, said, fam[said])


def _flag(checker, i: int, row, span: str, said: str | None, other) -> None:
    """Mention i is not ``row``'s (of ``span``): the paragraph names ``said`` (``other`` its row, if kept)."""
    m = checker.mentions[i]
    v = other.values.get("ky_bao_cao") if other is not None else None
    if v is not None and checker._cell_of(i, other, ("ky_bao_cao",)) is not None:
        return   # the named period's row holds it too
    told = f"còn đoạn này đang nói về {_text(said)}" if said else "đoạn này không nêu kỳ ấy"
    theirs = f"; {other.fig.ma} ({other.fig.chi_tieu[:70]}) = {fmt_row_value(other, v)}" if v is not None else ""
    checker.results[i] = checker._result(
        m, "unsupported", row=other if v is not None else row, column="ky_bao_cao",
        reason=f"«{m.raw.strip()}» là số liệu của {_text(span)} ({row.fig.ma}), {told}{theirs}",
        expected=fmt_like(m, v) if v is not None else None)
    if other is not None and v is not None:
        checker.rows[i] = other


def _text(code: str) -> str:
    """A span's words (``2020-Q1`` → ``quý I năm 2020``), or its code when unread."""
    try:
        return parse_period(code).text
    except ValueError:
        return code


def row_span(row) -> str | None:
    """The period a row's value is of when the loader kept it as a part of the period or another period (its column
    family ``part:<kỳ>``; for a row built without the loader, its code's tail ``<mã>-<kỳ>``), else None."""
    column = row.fig.column or ""
    if column.startswith("part:"):
        return span_code(column.split(":")[1])
    return part_span(row.fig.ma) if not column else None


def said_of(checker, i: int, lo: int | None = None) -> str | None:
    """The period mention i is said of: its own year right after it (``tăng từ 25 triệu đồng (năm 2010) lên …``), else
    the one named last before it (every period but a comparison's base: ``checker._period_cues``) since ``lo``, by
    default its paragraph's start, else None."""
    m = checker.mentions[i]
    own = own_year(checker.text, m.end)
    if own:
        return span_code(own)
    if lo is None:
        lo = checker._para_start(checker.where[i].paragraph)
    return checker._period_cues.before(m.num_start, lo)


def stands_for(checker, i: int, row) -> bool:
    """May ``row`` be the row mention i is about (the guess an unsupported number is given)?  Not a row of a period
    outside the report's, unless the number is said of that very period."""
    report = checker.report
    span = row_span(row) if report is not None else None
    if span is None or not outside(span, report):
        return True
    return said_of(checker, i) == span
