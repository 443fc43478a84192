"""A number said of an earlier period the table keeps: checked, never set aside as another period's.

The set-aside passes of ``check`` read a number of another year (``giảm nhanh từ 9,94% năm 2010 xuống còn 0,19%``,
``Riêng năm 2009, … huy động được hơn 171 triệu``, ``tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)``) as no figure of
the period — right when the table keeps nothing of that year. When it keeps that year's value of the very row the words
are about (a row labelled ``Tỷ lệ hộ nghèo (năm 2010)``, or last year's column ``Cùng kỳ`` of ``Tỷ lệ thực hiện kế
hoạch khám bệnh`` after ``so với cùng kỳ``), the right value is supported by that cell and a wrong one must stay flagged:
set aside, it would pass silently.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.clauses import clause_before
from service.checker.match import Row, TableIndex
from service.checker.recognisers import sentence_start
from service.checker.wording import fmt_row_value

#: the year named right after the number (``9,94% năm 2010``, ``6,1% (năm 2001)``)
_YEAR_AFTER = re.compile(r"[ \t]*\(?[ \t]*(?:vào[ \t]+)?năm[ \t]+((?:19|20)\d\d)(?!\d)", re.I)
#: ... or right before it (``(năm 2017 đạt 90,4%``, ``năm 2009 là``, ``Riêng năm 2009, toàn chi hội … được hơn``)
_YEAR_BEFORE = re.compile(r"(?i)(?<!\w)năm[ \t]+((?:19|20)\d\d)(?!\d)[^.;:()\n\d]{0,80}$")
#: a comparison with the same period of last year said in the sentence before the number
_LAST_YEAR_SAID = re.compile(r"(?i)(?<!\w)cùng[ \t]+kỳ(?!\w)")
FIT = 0.5   # the words fit the row as ``_a_row_is_about`` asks


def year_beside(text: str, start: int, end: int) -> int | None:
    """The year written right after the number, or opening its clause before it."""
    m = _YEAR_AFTER.match(text, end)
    if m:
        return int(m.group(1))
    m = _YEAR_BEFORE.search(text, max(0, start - 100), start)
    return int(m.group(1)) if m else None


def _kind_fits(kind: str, row: Row) -> bool:
    return row.kind == kind or (kind == "ratio" and row.kind == "count")


def kept_earlier(idx: TableIndex, text: str, start: int, end: int, kind: str, year: int | None,
                 last_year: int | None) -> tuple[Row, str] | None:
    """The row keeping the value of ``year`` (read beside the number when not given) that the words before the
    number are about: a row whose label or group names the year, or — when the year is the report's last year and the
    sentence compares with ``cùng kỳ`` — a row that keeps last year's column; with the column that holds it."""
    year = year or year_beside(text, start, end)
    if year is None:
        return None
    said = re.compile(rf"(?<!\d){year}(?!\d)")
    clause = idx.context(clause_before(text, start) + " " + text[end:end + 40])
    sentence = text[sentence_start(text, start, 400) or max(0, start - 400):start]
    for r in idx.rows:
        if not _kind_fits(kind, r) or "ky_bao_cao" not in r.values:
            continue
        if said.search(unicodedata.normalize("NFC", f"{r.fig.muc or ''} {r.fig.chi_tieu}")) \
                and idx.fit(clause, r) >= FIT:
            return r, "ky_bao_cao"
    if year == last_year and _LAST_YEAR_SAID.search(sentence):
        wide = idx.context(sentence)
        for r in idx.rows:
            if _kind_fits(kind, r) and r.values.get("cung_ky") is not None and idx.fit(wide, r) >= FIT:
                return r, "cung_ky"
    return None


def kept_reason(n, kept: tuple[Row, str]) -> None:
    """Name the kept cell on a number left flagged (``Tỷ lệ hộ nghèo (năm 2010)`` = 9,94%, not «9,24%»)."""
    row, column = kept
    v = row.values[column]
    if n.verdict == "unsupported" and n.source is None:
        n.source, n.expected = {"ma": row.fig.ma, "column": column}, fmt_row_value(row, v)
        n.reason = (f"{row.fig.ma} ({row.fig.chi_tieu[:70]}) ghi {fmt_row_value(row, v)} cho kỳ được nêu, "
                    f"không phải «{n.text.strip()}»")
