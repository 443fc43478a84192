"""A row half-way down a sheet that re-heads a value column for the rows below it (figures round 41).

The Cục Quản lý đăng ký kinh doanh's quarterly sheet (held-out xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1) heads its
columns ``Quý I/2018 | Tăng/giảm so với cùng kỳ (%)``, then, under the quarter's rows, writes a row of titles only:
``| Tháng 3/2018 (phần kỳ) | | | Tăng/giảm so với tháng trước (%) |``.  The rows below it give the month's value and
its change against February; read under the header's title, their rates were taken for rates against last year and
two rows got a «last year's value» worked out from a month-before rate.

A re-heading row is told by its grammar, not by its words: a row with no number in any cell, below rows of numbers
and above rows with numbers in the column it re-heads, whose cell in a value column is a column title (a comparison —
``so với``, ``so sánh``, ``tăng/giảm`` — or a period) other than the header's.  The cells of that column below it, to
the next re-heading, are not the header column's: they are set aside with a note that names the row and the new title
(a comparison with the period just before, :func:`~service.figures.monthbefore.against_the_period_before`, says so,
as round 39's column note does).  A row repeating the header's own titles is the reader's (a second biểu), not this.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from service.figures.cells import filled, text
from service.figures.monthbefore import against_the_period_before
from service.figures.schema import fold
from service.figures.titlereading import title_reading
from service.numbers import parse_table_number

__all__ = ["Reheading", "reheadings", "set_aside_reheaded"]

#: Column roles that hold words, never a value: a re-heading is read in the other columns only.
WORD_ROLES = {"ma", "chi_tieu", "don_vi_tinh", "don_vi", "muc", "ghi_chu", "stt"}

_COMPARES = re.compile(r"(?i)\b(?:so\s+với|so\s+sánh|tăng\s*(?:\(\+\))?\s*/\s*giảm|tăng,\s*giảm)\b")


@dataclass(frozen=True)
class Reheading:
    row: int          # the re-heading row's number in the file
    column: int       # the column it re-heads
    old: str          # the header's title of that column
    new: str          # the title the row gives it
    below: tuple      # the rows under it, to the next re-heading, with a number in that column


def _number(c) -> bool:
    if not filled(c):
        return False
    try:
        return parse_table_number(c) is not None
    except Exception:   # words, a date: not a number
        return False


def is_column_title(t: str) -> bool:
    """A cell's words read as a column title: a comparison, or a period with no number but its own (``Tháng 3/2018``)."""
    t = " ".join(unicodedata.normalize("NFC", t).split())
    return bool(_COMPARES.search(t)) or title_reading(t) is not None


def _value_columns(layout, width: int) -> list[int]:
    return [i for i in range(width) if layout.cols.get(i) not in WORD_ROLES and i != layout.stt
            and i not in layout.qualifiers]


def reheadings(raw, layout) -> list[Reheading]:
    """Every re-heading of a value column in ``raw`` (none on most sheets)."""
    width = max([len(raw.header), *(len(c) for _, c in raw.rows)], default=0)
    cols = _value_columns(layout, width)
    found, seen_numbers = [], False
    for k, (rownum, cells) in enumerate(raw.rows):
        if any(_number(c) for c in cells):
            seen_numbers = True
            continue
        if not seen_numbers:
            continue
        for i in cols:
            c = cells[i] if i < len(cells) else None
            old = str(raw.header[i]) if i < len(raw.header) and raw.header[i] else ""
            if not (filled(c) and isinstance(c, str)) or not old or fold(text(c)) == fold(old) \
                    or not is_column_title(text(c)):
                continue
            below = []
            for n, more in raw.rows[k + 1:]:
                m = more[i] if i < len(more) else None
                if not any(_number(x) for x in more) and filled(m) and isinstance(m, str) and is_column_title(text(m)):
                    break     # the next re-heading of that column
                if _number(m):
                    below.append(n)
            if below:
                found.append(Reheading(rownum, i, old, text(c), tuple(below)))
    return found


def _note(r: Reheading) -> str:
    rows = ", ".join(map(str, r.below[:8])) + (" …" if len(r.below) > 8 else "")
    before = against_the_period_before(r.new)
    why = (f"các ô là mức {before}, bảng không có số của {before[len('so với '):]} nên không tính lại được" if before else
           "không phải số của cột theo tiêu đề ở hàng tiêu đề")
    return (f"hàng {r.row} đặt lại tiêu đề cột '{r.old}' thành «{r.new}» cho các hàng dưới (hàng {rows}): {why}; "
            f"không đọc các ô này theo tiêu đề cũ, bỏ qua cột này ở các hàng đó")


def set_aside_reheaded(raw, layout, problems):
    """``raw`` with the cells a re-heading row re-heads blanked, each re-heading said; ``raw`` itself if none."""
    found = reheadings(raw, layout)
    if not found:
        return raw
    blank = {(n, r.column) for r in found for n in r.below}
    rows = [(n, [None if (n, i) in blank else c for i, c in enumerate(cells)]) for n, cells in raw.rows]
    for r in found:
        problems.warn(_note(r), file=raw.source, row=r.row, column=r.old)
    return replace(raw, rows=rows)
