"""Read a figures file (CSV, XLSX, JSON) into raw cells, finding the header.

Agency sheets put title rows (and blank rows) above the header, sometimes a
second header row under it (``Kết quả thực hiện`` over ``Kỳ này | Cùng kỳ``) and
a row numbering the columns (``(1) (2) (3)``); the header is the first row that
names the indicator column and at least one other column, or three columns, or
two (one of them values) beside a title of the agency's own words; failing that,
the first found by its shape (short titles with ``STT``/``ĐVT``/``Ghi chú`` among
them over columns of numbers), said in a warning.  No header is an error saying
so, with the first row and the titles expected.  A CSV row
with more filled fields than the header is refused (an unquoted separator in a
cell would otherwise shift and cut the row silently).
The format comes from the name the user gave the file (``name``), not from the
path it is stored under.  Nothing is validated here beyond "can the file be
read": :mod:`service.figures.load` does that.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from service.errors import InputError, Problem
from service.figures.headings import bare_year, bracketed_qualifier, years_under_the_word_year
from service.figures.schema import DERIVED, PERIOD, STT, TITLES, fold, is_none_mark, read_title, read_unit, title_period
from service.figures.export import database_export
from service.figures.instants import readings_at_hours
from service.figures.carried import COLUMN_KEY, take_families
from service.figures.ratios import PercentCell
from service.figures.transpose import (calendar_grid, one_indicator_by_years, preliminary_year, read_across, read_long,
                                      yearbook_blocks, years_down)
from service.figures.transpose import is_number as _is_number
from service.figures.sheet import lone_unit_row
from service.figures.swallowed import swallowed_rows
from service.figures.partsgrid import parts_with_total, total_column, unsummed_grid

HEADER_SCAN_ROWS = 30
FORMATS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".json": "json", ".csv": "csv", ".txt": "csv", ".tsv": "csv", "": "csv"}


@dataclass(frozen=True)
class Uncached:
    """A formula cell saved without its computed value (written by a program that does not calculate)."""

    ref: str
    formula: str


@dataclass
class RawTable:
    """Cells as read. ``rows`` are ``(row number in the file, cells)``; cells are str, Decimal, None or Uncached."""

    source: str
    header_row: int
    header: list[str]
    rows: list[tuple[int, list]]
    titles: list[str] = field(default_factory=list)      # text of the rows above the header
    meta: dict = field(default_factory=dict)             # JSON top-level keys (series, period); xlsx sheet
    warnings: list[Problem] = field(default_factory=list)
    parts: list["RawTable"] = field(default_factory=list)  # a second biểu under the first, with its own header


def nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _columns(cells: list) -> set[str]:
    return {read_title(c).column for c in cells if isinstance(c, str) and c.strip()} - {None, DERIVED}


_VALUES = {"ky_bao_cao", "cung_ky", "ke_hoach", "ky_truoc", PERIOD}


def _is_header(cells: list) -> bool:
    """The row naming the indicator column and one other, or three columns — or, when the indicator column has
    a title of the agency's own (``Hạng mục thiệt hại``, ``Tiêu chí``), two columns, one of them values, beside
    a title that is words (the columns module finds the indicator column by its cells)."""
    cols = _columns(cells)
    named = cols - {STT}
    if ("chi_tieu" in cols and len(named) >= 2) or len(named) >= 3:
        return True
    return (len(named) >= 2 or _has_share_title(cells)) and bool(named & _VALUES) and any(
        isinstance(c, str) and read_title(c).column is None and len(c) <= 60 and re.search(r"[^\W\d_]{2}", c)
        for c in cells)


def _has_share_title(cells: list) -> bool:
    """A column of shares or rates beside the values (``Tỷ lệ (%)``, ``So với cùng kỳ (%)``): a column every agency's
    table may have, which with a column of the period's values and a title of words makes a header
    (``Danh hiệu | Số được công nhận năm 2012 | Tỷ lệ (%)``, zv-binh-duong-thu-dau-mot-gia-dinh-van-hoa-2012)."""
    return any(isinstance(c, str) and c.strip() and read_title(c).column == DERIVED for c in cells)


_NUMBERING = re.compile(r"^[(\[]?[0-9A-Za-z]{1,2}[)\]]?(\s*[=*/+x×:\-]\s*[(\[]?[0-9A-Za-z]{1,2}[)\]]?)*$")


def _is_numbering(cells: list) -> bool:
    """A row numbering the columns: ``A | B | 1 | 2 | 3=2/1`` or ``(1) | (2) | (3)``."""
    vals = [c for c in cells if c not in (None, "")]
    if len(vals) < 2:
        return False
    return all((isinstance(v, Decimal) and v == v.to_integral_value() and 0 <= v < 100)
               or (isinstance(v, str) and _NUMBERING.match(v.strip())) for v in vals)


def _is_subheader(cells: list, header: list[str]) -> bool:
    """A second header row: every filled cell a column title, none under the indicator column; or, under a group
    title merged over empty cells (``Năm 2019`` over ``Kế hoạch | Ước thực hiện | Đánh giá``, ``Chia ra`` over
    ``Đường bộ | Đường sắt``, ``Vi phạm phát hiện`` over ``Tiền (tỷ đồng) | Đất (ha)``), every filled cell short
    words, no number, none under the indicator or STT column, and one under a merged group's empty cell."""
    vals = [(i, c) for i, c in enumerate(cells) if c not in (None, "")]
    if not vals:
        return False
    if years_under_the_word_year(cells, header):
        return True   # "Năm" merged over "2024 | 2023": the years, typed as numbers
    keyed = [i for i, h in enumerate(header) if read_title(h).column in ("chi_tieu", STT)]
    if all(bracketed_qualifier(c) and i < len(header) and _text(header[i]) and i not in keyed for i, c in vals):
        return True   # "(26/01 - 01/02/2017)" under "Đợt phim Tết Đinh Dậu": dates qualifying the title above
    if all(isinstance(c, str) and read_title(c).column for _, c in vals):
        return not any(i in keyed and read_title(header[i]).column == "chi_tieu" for i, _ in vals)
    if any(i in keyed or not (_is_title_cell(c) or bracketed_unit(c)) for i, c in vals):
        return False
    return any(i < len(header) and not _text(header[i]) and _group_of(header, i) is not None for i, _ in vals)


def units_under(header: list[str], cells: list) -> list[str] | None:
    """The header with the units of the row right under it (``Chỉ tiêu | Thực hiện | So với dự toán`` over ``| Tỷ
    đồng | % |``: ``Thực hiện (Tỷ đồng)``, ``So với dự toán (%)``), or None when that row is no row of units: nothing
    under the indicator's column, two units at least, each a unit alone (no digit, no column title, no period) and
    one at least of money, a percentage or a measure (a count's noun alone, ``Nam | Nữ``, may be a sub-title)."""
    vals = [(i, _text(c)) for i, c in enumerate(cells) if _filled(c)]
    label = [i for i, h in enumerate(header) if read_title(h).column == "chi_tieu"]
    if len(vals) < 2 or any(i in label or i >= len(header) or not _text(header[i]) for i, _ in vals):
        return None
    units = {}
    for i, c in vals:
        unit = read_unit(c) if not re.search(r"\d", c) and len(c.split()) <= 3 else None
        if unit is None or (unit.kind == "count" and read_title(c).column) or title_period(c) or bracketed_unit(c) \
                or fold(c) in ("ty le", "ti le", "phan tram"):    # "Tỷ lệ" under a title: a sub-title
            return None
        units[i] = unit
    if all(u.kind == "count" for u in units.values()):
        return None
    return [f"{h} ({_text(cells[i])})" if i in units else h for i, h in enumerate(header)]


#: A unit alone in brackets, as a header's second row writes it under a merged title: ``(ha)``, ``(%)``, ``(tỷ đồng)``.
_BRACKETED = re.compile(r"^\(\s*([^()]{1,20}?)\s*\)$")


def bracketed_unit(c) -> str | None:
    """The unit of a cell that is only a unit in brackets (``(ha)``, ``(%)``), else None."""
    m = _BRACKETED.match(unicodedata.normalize("NFC", c).strip()) if isinstance(c, str) else None
    if not m or not re.search(r"[^\W\d_A-Z]|%", m.group(1)):   # "(1)", "(A)": a column-numbering row, no unit
        return None
    return m.group(1) if read_unit(m.group(1)) is not None else None


def _group_of(header: list[str], k: int) -> int | None:
    """The index of the merged group title over column ``k`` (the first filled cell to its left), or None."""
    j = k
    while j > 0 and not _text(header[j]):
        j -= 1
    return j if _text(header[j]) and j != k else None


#: A group title whose sub-titles are parts of the value beside it (``Chia ra``, ``Trong đó``): kept as their prefix.
_PARTS_GROUP = re.compile(r"(?i)^\s*(chia\s+ra|trong\s+đó|bao\s+gồm|chia\s+theo)\b")


def join_header(header: list[str], sub: list[str]) -> list[str]:
    """A second header row under the first: each sub-title replaces the title above it, or joins the period its
    group names (``Năm 2024`` merged over ``KH | TH`` → ``Năm 2024 KH | Năm 2024 TH``; a merged cell's text sits
    in its first cell, so a group runs right over the empty cells after it)."""
    width = max(len(header), len(sub))
    header = header + [""] * (width - len(header))
    sub = sub + [""] * (width - len(sub))
    out = []
    for k in range(width):
        if not sub[k]:
            out.append(header[k])
            continue
        if header[k] and bracketed_qualifier(sub[k]):  # "Đợt phim Tết Đinh Dậu" over "(26/01 - 01/02/2017)": one
            out.append(f"{header[k]} {sub[k]}")         # title, the dates qualifying it
            continue
        j = k
        while j > 0 and not header[j] and sub[j - 1]:
            j -= 1
        group = header[j] if sub[j] else ""
        if group and fold(group) == "nam" and bare_year(sub[k]):   # "Năm" over "2024": «Năm 2024»
            out.append(f"Năm {sub[k]}")
            continue
        joins = group and title_period(group) and not title_period(sub[k]) and not read_title(sub[k]).period
        parts = group and _PARTS_GROUP.match(unicodedata.normalize("NFC", group))
        compared = group and not joins and (_compared_under(group, sub[k]) or _base_under(group, sub[k]) or
                                            _unit_under(group, sub[k]))
        out.append(_joined(group, sub[k]) if joins else f"{parts.group(1)}: {sub[k]}" if parts else
                   compared or sub[k])
    return out


def _unit_under(group: str, sub: str) -> str | None:
    """A unit alone under a merged title (``Diện tích`` over ``(ha) | (%)``): the title and its unit, one title
    ``Diện tích (ha)``, ``Diện tích (%)`` (the bracket alone names no column)."""
    return f"{group.strip()} {sub.strip()}" if bracketed_unit(sub) else None


#: A title that is a comparison itself (folded): ``So với cùng kỳ …``, ``Tăng/giảm so với …``, ``Tốc độ tăng …``.
_COMPARING = re.compile(r"^(?:so |tang|giam|chenh lech|toc do|ty le|chi so)")


def _compared_under(group: str, sub: str) -> str | None:
    """A comparison merged over the periods it compares (``So với cùng kỳ năm 2018 (%)`` over ``Tháng 3 năm 2019 |
    Quý I năm 2019``): each sub-title the period compared, the group its base — one title ``Quý I năm 2019 so với
    cùng kỳ năm 2018 (%)``, a comparison still (the sub-title alone read as the period's counts).  None when the
    group is no comparison or the sub-title names no period."""
    g = unicodedata.normalize("NFC", group).strip()
    if read_title(group).column != DERIVED or not (title_period(sub) or read_title(sub).period) \
            or not (_COMPARING.match(fold(g)) or "%" in g):
        return None   # "Thời điểm so sánh" over "Cuối năm 2021 | Cuối năm 2020": the bases, values of their own
    return f"{sub.strip()} {g[:1].lower()}{g[1:]}" if fold(g).startswith("so ") else f"{g}: {sub.strip()}"


#: The bases a comparison is made against, as a sub-title names them alone (``Tháng trước``, ``Cùng kỳ năm trước``,
#: ``Kế hoạch năm``): the columns a bare sub-title of these reads as.
_BASES = ("cung_ky", "ky_truoc", "ke_hoach")


def _base_under(group: str, sub: str) -> str | None:
    """A comparison merged over the bases it compares against (``So sánh (%)`` over ``Tháng trước | Cùng kỳ``, Sở
    Công Thương Thái Nguyên's monthly 5/2019; ``So với (%)`` over ``Tháng trước | Cùng kỳ năm trước``, Cục Thống kê
    Vĩnh Phúc's retail 7/2018): each sub-title the base, the group the comparison — one title ``So với tháng trước
    (%)``, a comparison still (the sub-title alone read as last month's or last year's amount: 113,2 % as 113,2 tỷ
    đồng).  None when the group is no comparison or the sub-title names no base."""
    g = unicodedata.normalize("NFC", group).strip()
    if read_title(g).column != DERIVED or not (_COMPARING.match(fold(g)) or "%" in g) or \
            read_title(sub).column not in _BASES or title_period(sub):
        return None
    m = re.match(r"^(.*?)\s*(\([^()]*\))?\s*$", g)
    words, unit = m.group(1).strip(), m.group(2) or ""
    words = "So với" if fold(words) in ("so sanh", "so voi", "so sanh voi", "") else \
        words if fold(words).endswith(("so voi", "so sanh voi")) else f"{words} so với"
    base = sub.strip()
    return " ".join(x for x in (words, base[:1].lower() + base[1:], unit) if x)


def _joined(period: str, sub: str) -> str:
    """A period group and the title under it as one title; a bare year (a yearbook's ``2005`` over ``Diện tích
    (ha)``) is written ``Năm 2005`` when the two words alone read no period."""
    joined = f"{period} {sub}"
    if re.fullmatch(r"(?:19|20)\d{2}", period.strip()) and read_title(joined).period is None:
        return f"Năm {period.strip()} {sub}"
    return joined


def _text(c) -> str:
    return "" if c is None else str(c).strip()


#: Titles that back a header found by its shape: every agency's table has some, and they say nothing of its values.
_SUPPORT = frozenset({STT, "ma", "don_vi_tinh", "ghi_chu", "don_vi", "chi_tieu", "muc"})
SHAPE_ROWS = 8          # rows under a header looked at for its shape
EXPECTED = ("cần các cột như 'Chỉ tiêu' (tên chỉ tiêu), 'Đơn vị tính', 'Kỳ báo cáo' (số liệu của kỳ; hoặc tên kỳ: "
            "'Năm 2024', '6 tháng đầu năm 2024'); có thể thêm 'STT', 'Mã', 'Cùng kỳ năm trước', 'Kế hoạch', 'Ghi chú'")


def _filled(c) -> bool:
    return c is not None and (not isinstance(c, str) or bool(c.strip()))


def _is_title_cell(c) -> bool:
    """A column title: short words, not a number (``Số đăng ký năm 2012`` is one, ``111.522`` is not)."""
    return isinstance(c, str) and len(c.strip()) <= 80 and bool(re.search(r"[^\W\d_]{2}", c)) and not _is_number(c)


#: A bound word before a number (``trên 1.300``, ``gần 100``): the number is still there.
_BOUND = re.compile(r"(?i)^\s*(?:trên|gần|hơn|khoảng|dưới|ước|tới|đến)\s+")


def _is_header_by_shape(rows: list[tuple[int, list]], i: int) -> bool:
    """A header no title names enough of (``STT | Danh hiệu văn hóa | ĐVT | Số gia đình | Ghi chú``), found by its
    shape: three or more short titles of words, one of them a title every table has (``STT``, ``ĐVT``, ``Ghi chú``,
    ``Mã``), above rows whose cells are mostly numbers under a title that is none of those."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 3 or not all(_is_title_cell(c) for _, c in titled):
        return False
    support = {k for k, c in titled if read_title(c).column in _SUPPORT}
    if not support:
        return False
    below = [r for _, r in rows[i + 1:i + 1 + SHAPE_ROWS] if any(_filled(c) for c in r)]
    if below and _is_numbering(below[0]):
        below = below[1:]
    for k, _ in titled:
        if k in support:
            continue
        vals = [r[k] for r in below if k < len(r) and _filled(r[k]) and not is_none_mark(str(r[k]))]
        if vals and sum(1 for v in vals if _is_number(v) or _is_number(_BOUND.sub("", str(v)))) >= 2 / 3 * len(vals):
            return True
    return False


_NONE = {"-", "--", "—", "–", "x", "X", "…", "..."}


def find_header(rows: list[tuple[int, list]]) -> tuple[int, bool] | None:
    """(index of the header row among ``rows``, found by its shape rather than its titles), or None: a row whose
    titles name the columns first; else one found by its shape."""
    scan = rows[:HEADER_SCAN_ROWS]
    for i, (_, cells) in enumerate(scan):
        if _is_header(cells):
            return i, False
    for i in range(len(scan)):
        if _is_header_by_shape(rows, i):
            return i, True
        if _is_period_header(rows, i):
            return i, PERIODS_ONLY
        if _is_comparisons_header(rows, i):
            return i, (COMPARISONS_ONLY if not _filled(rows[i][1][0]) else True)
        if _values_over_stub(rows, i):
            return i, True
        if _is_quantities_header(rows, i):
            return i, True
        if _is_periods_over_quantities(rows, i):
            return i, PERIODS_OVER
        if one_indicator_by_years(rows, i):
            return i, True
    for i in range(len(scan)):
        if names_by_measures(rows, i):
            return i, True
    for i in range(len(scan)):
        if parts_with_total(rows, i):
            return i, PARTS_GRID
    return None


#: A mark of a bound or an estimate before a number (``~50.000``, ``>124.854``, ``<5``): the number is still there.
_MARKED = re.compile(r"^\s*(?:[~<>≈≤≥]\s*)")


def _number_in(c) -> bool:
    """A cell holding a number, maybe after a bound's word or mark (``trên 1.300``, ``~50.000``)."""
    return _is_number(c) or _is_number(_MARKED.sub("", _BOUND.sub("", str(c))))


def names_by_measures(rows: list[tuple[int, list]], i: int) -> bool:
    """A matrix of names × measures with no ``Chỉ tiêu`` column (``Địa phương | Tổng thu NSNN (tỷ đồng) | So với dự
    toán (%) | So với cùng kỳ (%)``; ``Đơn vị | Số việc (việc) | Số tiền (tỷ đồng) | Tỷ lệ (%)``): the first column's
    title words over a name in each row (provinces, bodies, kinds), then three or more columns in all, each a title of
    words naming no period, numbers under every one of them (a bound's mark allowed: ``~50.000``), and at least one
    title a table's own (a share or comparison, ``So với dự toán (%)``) or carrying its unit in brackets — so a row of
    the page's prose above numbers is never taken.  Looked for only when no other header is found."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 3 or titled[0][0] != 0 or not all(_is_title_cell(c) for _, c in titled):
        return False
    if any(read_title(_text(c)).period or title_period(_text(c)) for _, c in titled):
        return False
    first, measures = _text(titled[0][1]), titled[1:]
    if read_title(first).column not in (None, "don_vi", "chi_tieu") or _TITLE_WITH_UNIT.fullmatch(first):
        return False
    if not any(read_title(_text(c)).column == DERIVED or bracketed_unit(c) for _, c in measures):
        return False
    below = [r for _, r in rows[i + 1:i + 1 + SHAPE_ROWS] if r and isinstance(r[0], str) and _is_title_cell(r[0])]
    if len(below) < 2 or len({_text(r[0]) for r in below}) < len(below):
        return False
    for k, _ in measures:
        vals = [r[k] for r in below if k < len(r) and _filled(r[k]) and not is_none_mark(str(r[k]))]
        if not vals or sum(1 for v in vals if _number_in(v)) < 2 / 3 * len(vals):
            return False
    return True


PERIODS_OVER = "periods over quantities"  # find_header's second value for years merged over the quantities below


def _is_periods_over_quantities(rows: list[tuple[int, list]], i: int) -> bool:
    """A yearbook's header of two rows: the label column's title (``Tỉnh, vùng``, merged down), then periods each
    merged over the quantities of the row below (``2005`` over ``Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng
    (tấn)``), numbers under them."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 3 or titled[0][0] != 0 or not _is_title_cell(titled[0][1]) \
            or read_title(_text(titled[0][1])).period or i + 2 >= len(rows):
        return False
    periods = titled[1:]
    if not all(read_title(_text(c)).period or title_period(_text(c)) for _, c in periods):
        return False
    header = [_text(c) for c in cells]
    sub = rows[i + 1][1]
    if not _is_subheader(sub, header) or _filled(sub[0] if sub else None):
        return False
    below = [r for _, r in rows[i + 2:i + 2 + SHAPE_ROWS] if any(_filled(c) for c in r)]
    return sum(any(k < len(r) and _filled(r[k]) and _is_number(r[k]) for k, _ in periods) for r in below) >= 2


#: A column title that carries its unit in brackets at its end: ``Số vụ (vụ)``, ``Số người chết (người)``.
_TITLE_WITH_UNIT = re.compile(r"[^()]*[^\W\d_][^()]*\(\s*[^\W\d_][^()]{0,20}\)\s*")


def _is_quantities_header(rows: list[tuple[int, list]], i: int) -> bool:
    """A table of kinds by quantities (``Loại vụ việc | Số vụ (vụ) | Số người chết (người) | Số người bị thương
    (người)``, zs-tay-ninh-tai-nan-giao-thong): a title of words over the first column's words, then two or more
    quantities each with its unit in brackets, numbers under them in at least two rows."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 3 or titled[0][0] != 0 or not _is_title_cell(titled[0][1]) \
            or _TITLE_WITH_UNIT.fullmatch(_text(titled[0][1])):
        return False
    quantities = titled[1:]
    if not all(isinstance(c, str) and _TITLE_WITH_UNIT.fullmatch(c.strip()) and not read_title(c).period
               for _, c in quantities):
        return False
    below = [r for _, r in rows[i + 1:i + 1 + SHAPE_ROWS] if r and isinstance(r[0], str) and _is_title_cell(r[0])]
    return sum(any(k < len(r) and _filled(r[k]) and _is_number(r[k]) for k, _ in quantities) for r in below) >= 2


def _is_comparisons_header(rows: list[tuple[int, list]], i: int) -> bool:
    """A statistics office's table of indexes (``Ngành | Tháng 10/2022 so với tháng 9/2022 (%)``): a title of words
    over the first column's words — or no title there, the stub a statistics office leaves blank as a yearbook does
    (`` | Ước tính tháng 6 năm 2015 so với tháng trước | …`` over ``TOÀN NGÀNH CÔNG NGHIỆP | 90,18 | …``: round 23's
    d05; ``COMPARISONS_ONLY``) — then only comparisons, each naming a period (``Tháng 10/2022 so với …``), numbers
    under them in at least two rows."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 2 or (titled[0][0] != 0 and not _untitled_stub(rows, i, titled[0][0])) or \
            titled[0][0] == 0 and (not _is_title_cell(titled[0][1])
                                   or read_title(_text(titled[0][1])).column == DERIVED):
        return False
    compared = titled[1:] if titled[0][0] == 0 else titled
    if not all(read_title(_text(c)).column == DERIVED and title_period(_text(c)) for _, c in compared):
        return False
    below = [r for _, r in rows[i + 1:i + 1 + SHAPE_ROWS] if r and isinstance(r[0], str) and _is_title_cell(r[0])]
    return sum(all(k < len(r) and _filled(r[k]) and _is_number(r[k]) for k, _ in compared) for r in below) >= 2


def _values_over_stub(rows: list[tuple[int, list]], i: int) -> bool:
    """The statistics office's header: two or more columns of values by their roles (``Thực hiện tháng trước |
    Ước tính tháng này | Cộng dồn từ đầu năm``, then comparisons) over an untitled first column of names (round 24's
    e03): every title a column's, the first cell blank, words on the rows below it."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(titled) < 2 or titled[0][0] != 1 or _filled(cells[0]):
        return False
    roles = [read_title(_text(c)).column for _, c in titled]
    return sum(r in _VALUES for r in roles) >= 2 and all(r is not None for r in roles) and \
        _untitled_stub(rows, i, titled[0][0])


def _untitled_stub(rows: list[tuple[int, list]], i: int, first: int) -> bool:
    """The header's first column is left blank (its first title in column ``first`` = 1) and holds words on the rows
    below it: the rows' names."""
    below = [r for _, r in rows[i + 1:i + 1 + SHAPE_ROWS] if r]
    return first == 1 and sum(1 for r in below if isinstance(r[0], str) and _is_title_cell(r[0])) >= 2


COMPARISONS_ONLY = "comparisons"  # find_header's second value for comparisons over an untitled label column


PARTS_GRID = "parts"  # find_header's second value for a grid of parts with their total (``partsgrid``)


PERIODS_ONLY = "periods"  # find_header's second value for a yearbook's header of periods over an untitled label column


def _is_period_header(rows: list[tuple[int, list]], i: int) -> bool:
    """A yearbook's header: only periods (`` | 2019 | 2020 | … | 2023``, ``2018-2019 | …``) over the first column's
    words, which is left untitled, and numbers under the periods in at least two rows."""
    cells = rows[i][1]
    titled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if titled and titled[0][0] == 0 and names_the_periods(_text(titled[0][1])):
        titled = titled[1:]   # «Năm | 2008 | … | 2012»: the first cell names what the columns are, not the rows
    if len(titled) < 2 or titled[0][0] == 0 or \
            not all(read_title(_text(c)).period or preliminary_year(_text(c)) for _, c in titled):
        return False   # the last year may be preliminary: «| 2018 | … | 2021 | Sơ bộ 2022»
    below = [r for _, r in rows[i + 1:i + 1 + SHAPE_ROWS] if r and isinstance(r[0], str) and _is_title_cell(r[0])]
    return sum(any(k < len(r) and _filled(r[k]) and _is_number(r[k]) for k, _ in titled) for r in below) >= 2


#: The first cell of a yearbook's header naming what its columns are (folded): ``Năm``, ``Năm học``, ``Kỳ``, ``Thời
#: gian``, ``Niên độ`` — over the years, beside the rows' names (vietnamtourism's «Năm | 2008 | … | 2012»).
_PERIODS_WORD = re.compile(r"^(?:nam|nam hoc|ky|ky bao cao|thoi gian|thoi ky|nien do|giai doan)$")


def names_the_periods(title: str) -> bool:
    """``Năm`` over the years (not a row's label, never a value): the header is the periods' row."""
    return bool(_PERIODS_WORD.match(fold(title or "").strip()))


def _repeats_header(cells: list, header: list) -> bool:
    """A row under the header writing the header's titles again in the same columns (a second table under the
    first, ``Biểu 2`` under ``Biểu 1``): at least two titles, every filled cell the header's own, no number."""
    filled = [(k, c) for k, c in enumerate(cells) if _filled(c)]
    if len(filled) < 2 or any(_is_number(c) for _, c in filled):
        return False
    return all(k < len(header) and _filled(header[k]) and fold(_text(c)) == fold(_text(header[k])) for k, c in filled)


def _shown_row(cells: list, limit: int = 8) -> str:
    vals = [_text(c) for c in cells if _filled(c)]
    return " | ".join(vals[:limit]) + (" | …" if len(vals) > limit else "")


def _turned(source: str, rows: list[tuple[int, list]], read: tuple, said: str) -> RawTable:
    """A sheet read turned round (``read``: its header's row number, the header, the rows turned), the lines above the
    header its titles, and the warning that says how it was read."""
    rownum, header, turned = read
    titles = [" ".join(str(c) for c in r if c not in (None, "")) for n, r in rows if n < rownum]
    table = RawTable(source, rownum, header, turned, [t for t in titles if t.strip()])
    table.warnings.append(Problem(said, file=source, row=rownum, severity="warning"))
    return table


def split_header(source: str, rows: list[tuple[int, list]]) -> RawTable:
    """Find the header among the first rows; merge a second header row; skip a column-numbering row."""
    exported = database_export(rows)
    if exported is not None:   # "indicator_name | unit | period_start | period_end | value": titled in Vietnamese
        rows, said = exported
        table = split_header(source, rows)
        table.warnings.insert(0, Problem(
            f"tệp xuất từ cơ sở dữ liệu (tên cột tiếng Anh, ngày kiểu ISO «2020-06-30»): đã đọc tên cột {said}",
            file=source, row=rows[0][0], severity="warning"))
        return table
    found = find_header(rows)
    if found is None and (blocks := yearbook_blocks(rows, HEADER_SCAN_ROWS)) is not None:
        rownum, header, _ = blocks
        return _turned(source, rows, blocks, (
            f"niên giám: hàng {rownum} và hàng dưới nó là tiêu đề hai tầng (tiếng Việt - tiếng Anh), mỗi cột một chỉ "
            f"tiêu; mỗi hàng một năm ({', '.join(repr(h) for h in header[3:])}), từng khối năm dưới một dòng ghi đơn "
            "vị: đã đọc xoay lại, mỗi chỉ tiêu của mỗi khối một hàng, đơn vị của khối"))
    if found is None and (grid := calendar_grid(rows, HEADER_SCAN_ROWS)) is not None:
        rownum, header, turned = grid
        return _turned(source, rows, grid, (
            f"lịch tháng: hàng {rownum} ghi các tháng («{_shown_row(next(r for n, r in rows if n == rownum))}»), "
            f"mỗi hàng dưới nó một năm: đã đọc "
            f"xoay lại, một chỉ tiêu «{turned[0][1][0]}», mỗi tháng của mỗi năm một cột ('{header[1]}' … "
            f"'{header[-1]}')"))
    if found is None and (across := read_across(rows, HEADER_SCAN_ROWS)) is not None:
        rownum, header, _ = across
        return _turned(source, rows, across, (
            f"bảng xoay ngang (mỗi cột một chỉ tiêu, tên ở hàng {rownum}; mỗi hàng một kỳ: "
            f"{', '.join(repr(h) for h in header[3:])}): đã đọc xoay lại, mỗi chỉ tiêu một hàng; số liệu của chỉ "
            f"tiêu nằm ở cột của nó (hàng {rownum} là tên)"))
    if found is None:
        first = next(((n, c) for n, c in rows[:HEADER_SCAN_ROWS] if any(_filled(x) for x in c)), None)
        seen = f"; hàng đầu tiên có nội dung là hàng {first[0]}: «{_shown_row(first[1])}»" if first else ""
        seen += only_comparisons(rows[:HEADER_SCAN_ROWS])
        seen += readings_at_hours(rows[:HEADER_SCAN_ROWS])
        seen += unsummed_grid(rows, HEADER_SCAN_ROWS)
        raise InputError(f"{source}: không tìm thấy hàng tiêu đề cột trong {HEADER_SCAN_ROWS} hàng đầu: không hàng "
                         f"nào được lấy làm hàng tiêu đề (không hàng nào ghi tên cột quen thuộc, cũng không có hàng "
                         f"tên cột ngắn nằm trên các hàng số){seen}; {EXPECTED}")
    i, by_shape = found
    rownum, cells = rows[i]
    titles = [" ".join(str(c) for c in r if c not in (None, "")) for _, r in rows[:i]]
    header = [_text(c) for c in cells]
    rest = rows[i + 1:]
    if rest and (unit := lone_unit_row(rest[0][1])):   # "Nghìn người.km" under the years: the table's unit, no group
        titles.append(unit)
        rest = rest[1:]
    if by_shape == PERIODS_OVER:  # "Tỉnh, vùng | 2005 | | | 2010 …" over "| Diện tích (ha) | Năng suất (tạ/ha) …"
        table = split_header(source, [*rows[:i], (rownum, [TITLES["chi_tieu"], *cells[1:]]), *rest])
        table.warnings.append(Problem(
            f"hàng {rownum} ghi tên kỳ, mỗi kỳ trên các cột của hàng {rest[0][0]} («{_shown_row(rest[0][1])}»); cột "
            f"đầu ('{_text(cells[0])}') là tên chỉ tiêu: đã ghép hai hàng làm hàng tiêu đề", file=source, row=rownum,
            severity="warning"))
        return table
    if by_shape == COMPARISONS_ONLY:  # "| … so với tháng trước | …" over "TOÀN NGÀNH | 90,18 | …": the stub's words
        table = split_header(source, [*rows[:i], (rownum, [TITLES["chi_tieu"], *cells[1:]]), *rows[i + 1:]])
        table.warnings.append(Problem(
            f"hàng {rownum} chỉ ghi các cột so sánh («{_shown_row(cells)}»), cột đầu không có tiêu đề: đã lấy hàng này "
            f"làm hàng tiêu đề và cột đầu làm tên chỉ tiêu", file=source, row=rownum, severity="warning"))
        return table
    if by_shape == PARTS_GRID:  # "Loại hình | Giải A | … | Tổng số" over "Báo in | 3 | 8 | 9 | 19 | 39"
        total = total_column(cells)
        table = split_header(source, [*rows[:i], (rownum, [TITLES["chi_tieu"], *cells[1:]]), *rows[i + 1:]])
        table.warnings.append(Problem(
            f"hàng {rownum} («{_shown_row(cells)}») là tiêu đề của một bảng hai chiều: cột đầu ('{_text(cells[0])}') "
            f"ghi tên các hàng, cột '{_text(cells[total])}' là tổng của các cột còn lại (cộng đúng ở các hàng bên "
            f"dưới): đã lấy cột đầu làm tên chỉ tiêu, cột '{_text(cells[total])}' làm số của kỳ, mỗi ô của các cột "
            "kia thành một hàng riêng", file=source, row=rownum, severity="warning"))
        return table
    if by_shape == PERIODS_ONLY:  # "| 2019 | … | 2023" over "Tháng 1 - Jan. | 100,39 | …": the words are the labels
        header[0] = TITLES["chi_tieu"]
        header = [preliminary_year(h) or h for h in header]   # «Sơ bộ 2022»: the year 2022, its figures preliminary
        table = RawTable(source, rownum, header, rest, [t for t in titles if t.strip()])
        table.warnings.append(Problem(
            f"hàng {rownum} chỉ ghi tên kỳ («{_shown_row(cells)}»), cột đầu không có tiêu đề: đã lấy hàng này làm hàng "
            f"tiêu đề và cột đầu làm tên chỉ tiêu", file=source, row=rownum, severity="warning"))
        return table
    if rest and _is_subheader(rest[0][1], header):
        header = join_header(header, [_text(c) for c in rest[0][1]])
        rest = rest[1:]
    if rest and (with_units := units_under(header, rest[0][1])) is not None:
        unit_rownum, header = rest[0][0], with_units
        rest = rest[1:]
        units_said = Problem(f"hàng {unit_rownum} dưới hàng tiêu đề chỉ ghi đơn vị của từng cột: đã ghép vào tiêu đề "
                             f"(«{_shown_row(with_units)}»)", file=source, row=unit_rownum, severity="warning")
    else:
        units_said = None
    if rest and _is_numbering(rest[0][1]):
        rest = rest[1:]
    again = [n for n, c in rest if _repeats_header(c, cells)]
    rest = [(n, c) for n, c in rest if n not in again]
    cut = _second_header(rest, cells)
    tail = rest[cut:] if cut is not None else []
    rest = rest[:cut] if cut is not None else rest
    down = years_down(header, rest)
    if down is not None:  # "Năm | Tổng số | Nam | Nữ" over "2022 | 3,31 | …": each column an indicator, each row a year
        _, turned_header, turned = down
        table = RawTable(source, rownum, turned_header, [(rownum, r) for _, r in turned],
                         [t for t in titles if t.strip()])
        table.warnings.append(Problem(
            f"bảng xoay ngang (cột đầu '{header[0]}' ghi kỳ, mỗi hàng một kỳ: "
            f"{', '.join(repr(h) for h in turned_header[3:])}; mỗi cột một chỉ tiêu): đã đọc xoay lại, mỗi chỉ tiêu "
            "một hàng", file=source, row=rownum, severity="warning"))
        return table
    long = read_long(header, rest)
    if long is not None:  # one row per indicator and period: laid the usual way, one column per period
        header, rest, periods = long
    table = RawTable(source, rownum, header, rest, [t for t in titles if t.strip()])
    if units_said is not None:
        table.warnings.append(units_said)
    if long is not None:
        table.warnings.append(Problem(
            f"bảng dạng dọc (mỗi hàng một chỉ tiêu của một kỳ, {len(periods)} kỳ: {', '.join(periods)}): đã ghép các "
            "hàng cùng chỉ tiêu, mỗi kỳ một cột", file=source, row=rownum, severity="warning"))
    if again:  # "Biểu 2" under "Biểu 1" on one sheet, each with its header
        table.warnings.append(Problem(
            f"hàng {', '.join(map(str, again))} nhắc lại hàng tiêu đề (một bảng nữa bên dưới, cùng các cột): không "
            "phải số liệu, bỏ qua; các hàng dưới nó đọc theo cùng các cột", file=source, row=again[0],
            severity="warning"))
    if by_shape:
        table.warnings.append(Problem(
            f"không hàng nào ghi đủ tên cột quen thuộc: đã lấy hàng {rownum} («{_shown_row(cells)}») làm hàng tiêu "
            "đề, vì nó gồm các tên cột ngắn nằm trên các hàng số; nếu không đúng, sửa tiêu đề cột (" + EXPECTED + ")",
            file=source, row=rownum, severity="warning"))
    if tail:  # "STT | Vốn ủy thác, cho vay | Dư nợ (tỷ đồng) | Số hộ vay (hộ)" under a blank row: a biểu of its own
        part = split_header(source, tail)
        part.titles = part.titles or table.titles
        table.parts = [part, *part.parts]
        part.parts = []
        table.warnings.append(Problem(
            f"hàng {part.header_row} («{_shown_row(part.header)}») sau một hàng trống là hàng tiêu đề của một bảng thứ "
            "hai trên cùng trang: các hàng dưới nó đọc theo các cột của nó, mã chỉ tiêu thêm «B2.»", file=source,
            row=part.header_row, severity="warning"))
    return table


def _second_header(rest: list[tuple[int, list]], header: list) -> int | None:
    """Where a second biểu starts under the first: a row of titles of its own (not the first's again) right after a
    blank row, with rows of numbers under it; None if the sheet holds one biểu."""
    for k in range(1, len(rest) - 1):
        start = k
        while start > 1 and _a_title_line(rest[start - 1][1]):
            start -= 1   # "Biểu 2. KẾT QUẢ … QUÝ III/2021" between the blank row and the second header: its title
        if any(_filled(c) for c in rest[start - 1][1]):
            continue
        cells = rest[k][1]
        if not any(_filled(c) for c in cells) or any(_is_number(c) for c in cells if _filled(c)):
            continue
        if [_text(c) for c in cells if _filled(c)] == [_text(c) for c in header if _filled(c)]:
            continue
        if _is_header(cells) or _is_header_by_shape(rest, k):
            return start
    return None


def _a_title_line(cells: list) -> bool:
    """A row of one filled cell of words (``Biểu 2. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III/2021``): a table's
    title line, as sheets write one above each biểu."""
    filled = [c for c in cells if _filled(c)]
    return len(filled) == 1 and not _is_number(filled[0]) and len(_text(filled[0]).split()) >= 3


def only_comparisons(rows: list[tuple[int, list]]) -> str:
    """What the refusal adds when a row titles its only value columns as comparisons (``Ngành | Tháng 10/2022 so
    với tháng 9/2022 (%)`` over index numbers): the table states no value of the period."""
    for n, cells in rows:
        titled = [c for c in cells if _filled(c)]
        derived = [c for c in titled if isinstance(c, str) and read_title(c).column == DERIVED]
        if derived and len(titled) >= 2 and all(read_title(c).column in (None, DERIVED, STT, "chi_tieu", "don_vi_tinh",
                                                                          "ma", "ghi_chu") for c in titled):
            names = ", ".join(f"'{_text(c)}'" for c in derived)
            return (f"; hàng {n} có cột {names}: chỉ là số so sánh (chỉ số, tỷ lệ so với kỳ khác), không phải số "
                    "liệu của kỳ; thêm cột số liệu kỳ báo cáo (và cột kỳ được so sánh) để nạp")
    return ""


def header_said(raw: RawTable) -> str:
    """Which row was taken as the header, in words for a message: ``hàng 3 được lấy làm hàng tiêu đề: «STT | …»``."""
    if not raw.header_row:  # JSON: the keys of its rows
        return f"tên cột là các khóa của các hàng JSON: «{_shown_row(raw.header, 12)}»"
    return f"hàng {raw.header_row} được lấy làm hàng tiêu đề: «{_shown_row(raw.header, 12)}»"


def _decode(path: Path, source: str) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _no_nul(data.decode("utf-16"), source)
        except UnicodeDecodeError as exc:  # a cut UTF-16 file: an odd byte at its end
            raise InputError(f"{source}: văn bản UTF-16 bị hỏng (byte lỗi ở vị trí {exc.start}); "
                             "hãy lưu lại dưới dạng CSV UTF-8") from None
    if data.startswith(b"PK\x03\x04"):
        raise InputError(f"{source}: tệp này là bảng tính Excel (.xlsx), không phải văn bản; "
                         "đặt tên tệp đuôi .xlsx rồi nạp lại")
    try:
        return _no_nul(data.decode("utf-8-sig"), source)
    except UnicodeDecodeError as exc:
        legacy = windows_1258(data)
        if legacy is not None:
            return _no_nul(legacy, source)
        raise InputError(f"{source}: không phải văn bản UTF-8 (byte lỗi ở vị trí {exc.start}), cũng không phải văn "
                         "bản tiếng Việt mã Windows-1258; trong Excel chọn Lưu thành 'CSV UTF-8' rồi nạp lại") from None


#: What only Vietnamese written in Windows-1258 has, as decoded: a tone mark the code page keeps as a combining
#: character (grave, acute, tilde, hook above, dot below), or a letter of the Vietnamese alphabet a Western code page
#: has not at that byte (ă ơ ư đ, capital or not).
_VIETNAMESE_1258 = re.compile("[\u0300\u0301\u0303\u0309\u0323ăơưđĂƠƯĐ]")


def windows_1258(data: bytes) -> str | None:
    """A text file in Windows-1258, the code page of Vietnamese Windows (an old machine's «CSV (Comma delimited)»):
    the base letters precomposed (â ê ô ă ơ ư đ), the tone marks combining after them; composed here (NFC) so that
    the labels are the ones a UTF-8 sheet has.  None when the bytes do not read as Vietnamese in it: a file in
    another code page is refused as before, never read as Vietnamese."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    if not _VIETNAMESE_1258.search(text) or len(_LOST_LETTER.findall(text)) >= 3:
        return None   # letters the save could not write, left as «?» ("Đơn v? tính", "Ch? tiêu") — refused as before
    return unicodedata.normalize("NFC", text)


#: a question mark right after a letter: a letter a lossy save to the code page replaced (a sheet's own question
#: marks are a note's one or two)
_LOST_LETTER = re.compile(r"[^\W\d_]\?")


def _no_nul(text: str, source: str) -> str:
    """NUL never belongs in a table (and PostgreSQL refuses it in text): a binary file or a wrong encoding."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(f"{source}: có ký tự NUL ở dòng {line} (tệp nhị phân, hay văn bản UTF-16 không có BOM?); "
                         "hãy lưu lại dưới dạng văn bản UTF-8")
    return text


def read_csv(path: Path, source: str | None = None) -> RawTable:
    """CSV with ``,``, ``;`` (Excel in Vietnamese locale) or tab; the one that yields a header wins."""
    source = source or str(path)
    text = nfc(_decode(path, source))
    best: tuple[int, list, str] | None = None
    for delim in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text), delimiter=delim)
        try:
            rows = [(i, cells) for i, cells in enumerate(reader, start=1)]
        except csv.Error as exc:  # a cell past csv's field limit (131.072 characters), a stray NUL
            raise InputError(f"{source}: không đọc được CSV ở dòng {reader.line_num} ({exc})") from None
        score = max((len(_columns(c)) if _is_header(c) else 0 for _, c in rows[:HEADER_SCAN_ROWS]), default=0)
        if not score and find_header(rows):  # found by its shape: any delimiter that finds a header beats none
            score = 1
        if best is None or score > best[0]:
            best = (score, rows, delim)
    rows = [(i, [c.strip() for c in cells]) for i, cells in best[1]]
    if not any(any(c for c in cells) for _, cells in rows):
        raise InputError(f"{source}: tệp số liệu trống")
    table = split_header(source, rows)
    _no_extra_fields(table, best[2])
    table.warnings.extend(swallowed_rows(table.header, table.rows, best[2], source))
    return table


def _no_extra_fields(table: RawTable, delim: str) -> None:
    """A row with more filled fields than the header has columns: a cell holding the separator unquoted (a note
    ``đạt 96,55% kế hoạch`` in a ``,`` file) split it and shifted the rest; reading on would cut it silently.
    Empty fields past the header (trailing separators) are fine."""
    width = len(table.header)
    last = table.header[-1] if table.header else ""
    sep = {",": "dấu phẩy (,)", ";": "dấu chấm phẩy (;)", "\t": "dấu tab"}[delim]
    problems = []
    for rownum, cells in table.rows:
        extra = [c for c in cells[width:] if c]
        if not extra:
            continue
        shown = ", ".join(f"«{c}»" for c in extra[:3]) + (" …" if len(extra) > 3 else "")
        joined = delim.join(cells[width - 1:]).rstrip(delim + " ") if width else ""
        guess = f", chẳng hạn ô cột '{last}' là «{joined}»" if last and joined else ""
        problems.append(Problem(
            f"hàng có {len(cells)} ô nhưng hàng tiêu đề chỉ có {width} cột (thừa {shown}): có lẽ một ô chứa {sep} mà "
            f"không đặt trong dấu ngoặc kép{guess}; hãy đặt ô đó trong dấu ngoặc kép (\"...\")"
            + (", hoặc lưu tệp với dấu chấm phẩy (;) ngăn cách cột" if delim == "," else ""),
            file=table.source, row=rownum))
    if problems:
        raise InputError(f"{table.source}: bảng số liệu không được nạp: {len(problems)} hàng có nhiều ô hơn hàng "
                         "tiêu đề", problems)


def _xlsx_value(cell):
    v = cell.value
    if v is None or isinstance(v, bool):
        return v if v is None else str(v)
    if isinstance(v, (int, float)):
        d = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
        if "%" in (cell.number_format or ""):  # 0.8461 shown as 84,61%: marked, its title may say no «%»
            return PercentCell((d * 100).normalize())
        return d
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return nfc(str(v).strip())


def _sheet_rows(ws, limit: int | None = None) -> list[tuple[int, list]]:
    rows = []
    for row in ws.iter_rows(max_row=limit):
        cells = [_xlsx_value(c) for c in row if hasattr(c, "value")]
        rownum = next((c.row for c in row if hasattr(c, "row")), len(rows) + 1)
        rows.append((rownum, cells))
    return rows


def _uncached_formulas(path: Path, title: str) -> dict[tuple[int, int], str]:
    """``(row, column index) → formula`` of every formula cell of a sheet (read without computed values)."""
    import openpyxl

    with open(path, "rb") as fh:  # a file object: openpyxl judges a path by its extension, an upload has none
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=False)
        try:
            out = {}
            for row in wb[title].iter_rows():
                for i, c in enumerate(row):
                    if getattr(c, "data_type", None) == "f" and isinstance(c.value, str):
                        out[(c.row, i)] = c.value
            return out
        finally:
            wb.close()


def _mark_uncached(path: Path, title: str, rows: list[tuple[int, list]]) -> None:
    """Replace empty cells that hold a formula by ``Uncached`` so the loader names them."""
    if not any(c is None for _, cells in rows for c in cells):
        return
    formulas = _uncached_formulas(path, title)
    if not formulas:
        return
    from openpyxl.utils import get_column_letter

    for rownum, cells in rows:
        for i, c in enumerate(cells):
            if c is None and (rownum, i) in formulas:
                cells[i] = Uncached(f"{get_column_letter(i + 1)}{rownum}", formulas[(rownum, i)])


def read_xlsx(path: Path, source: str | None = None, sheet: str | None = None) -> RawTable:
    """The sheet named ``sheet``, else the first with a header; formulas read as their last computed values."""
    import openpyxl

    from service import archive

    source = source or str(path)
    archive.check(path, source, archive.XLSX)  # bombs, huge shared strings, DTDs: refused before openpyxl
    with open(path, "rb") as fh:  # a file object: openpyxl judges a path by its extension, an upload has none
        try:
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        except Exception as exc:  # zip/xml errors: not a workbook
            raise InputError(f"{source}: không đọc được bảng tính .xlsx ({type(exc).__name__}); "
                             "mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nạp lại") from None
        table = _read_workbook(wb, source, sheet)
    _mark_uncached(path, table.meta["sheet"], table.rows)
    _fill_merged_down(path, table)
    return table


def _fill_merged_down(path: Path, table: RawTable) -> None:
    """Words merged down over several rows (``HỒ TIÊU`` over its regions' prices): read-only openpyxl gives them to
    the top row only, so each row under it gets them, as the agency means (numbers merged down are left alone)."""
    import openpyxl

    with open(path, "rb") as fh:
        wb = openpyxl.load_workbook(fh, data_only=True)
        try:
            ranges = list(wb[table.meta["sheet"]].merged_cells.ranges)
            _say_hidden(wb[table.meta["sheet"]], table)
        finally:
            wb.close()
    filled = []
    for part in [table, *table.parts]:
        at = {n: cells for n, cells in part.rows}
        for r in ranges:
            if r.min_col != r.max_col or r.max_row == r.min_row or r.min_row not in at:
                continue
            k = r.min_col - 1
            top = at[r.min_row][k] if k < len(at[r.min_row]) else None
            if not (isinstance(top, str) and re.search(r"[^\W\d_]{2}", top)) or _is_number(top):
                continue
            for n in range(r.min_row + 1, r.max_row + 1):
                if n in at and k < len(at[n]) and not _filled(at[n][k]):
                    at[n][k] = top
                    filled.append(n)
    if filled:
        table.warnings.append(Problem(
            f"{len(filled)} ô nằm trong vùng gộp ô theo chiều dọc (hàng {', '.join(map(str, filled[:8]))}"
            f"{' …' if len(filled) > 8 else ''}): đã điền chữ của ô đầu vùng gộp xuống các hàng dưới",
            file=table.source, severity="warning"))


def _say_hidden(ws, table: RawTable) -> None:
    """Rows and columns of the sheet hidden in Excel (round 24's e08: the year's plan in a hidden column D, a plan-only
    row hidden): hiding is how a sheet is printed, not what its numbers are — read as every other cell (a sum of
    the sheet counts them too), and said, naming each, so a clerk who hid a draft row can take it out."""
    from openpyxl.utils import get_column_letter

    width = max((len(cells) for _, cells in table.rows), default=len(table.header))
    cols = sorted({c for dim in ws.column_dimensions.values() if dim.hidden and dim.min
                   for c in range(dim.min, (dim.max or dim.min) + 1) if c <= width})
    held = {n for n, cells in table.rows if any(_filled(c) for c in cells)}
    rows = sorted(n for n, dim in ws.row_dimensions.items() if dim.hidden and n in held)
    if not cols and not rows:
        return
    def named(c):
        title = table.header[c - 1] if c - 1 < len(table.header) and table.header[c - 1] else ""
        return f"{get_column_letter(c)}" + (f" '{title}'" if title else "")
    said = ([f"{len(cols)} cột ẩn ({', '.join(named(c) for c in cols)})"] if cols else []) + \
        ([f"{len(rows)} hàng ẩn (hàng {', '.join(map(str, rows))})"] if rows else [])
    table.warnings.append(Problem(
        f"bảng tính có {' và '.join(said)}: vẫn nạp như mọi ô khác (ẩn chỉ là cách in, số liệu vẫn là của bảng); "
        "xóa hàng, cột đó nếu không phải số liệu cần nạp", file=table.source, severity="warning"))


def _read_workbook(wb, source: str, sheet: str | None) -> RawTable:
    try:
        names = [ws.title for ws in wb.worksheets]
        if sheet is not None:
            match = [ws for ws in wb.worksheets if fold(ws.title) == fold(sheet)]
            if not match:
                raise InputError(f"{source}: không có trang tính '{sheet}' (các trang: "
                                 f"{', '.join(repr(n) for n in names)})")
            candidates = match
        else:  # the standing-facts sheet has figures-like headers, but holds no figure of the period
            candidates = [ws for ws in wb.worksheets if not is_standing_sheet(ws.title)] or wb.worksheets
        if len(candidates) > 1:  # a sheet whose titles name its columns before one found only by its shape
            named = [ws for ws in candidates if _has_named_header(ws)]
            candidates = named + [ws for ws in candidates if ws not in named]
        first_error = None
        for k, ws in enumerate(candidates):
            rows = _sheet_rows(ws)
            try:
                table = split_header(source, rows)
            except InputError as exc:
                first_error = first_error or exc
                continue
            table.meta["sheet"] = ws.title
            later = candidates[k + 1:]
            for o in list(later):
                added = _add_earlier_sheet(source, table, o)
                if added:
                    later.remove(o)
                    table.warnings.append(Problem(added, file=source, severity="warning"))
                    break
            others = [o.title for o in later if _has_header(o)]
            if others:
                table.warnings.append(Problem(
                    f"tệp có {len(others) + 1} trang tính có bảng số liệu; đã dùng trang '{ws.title}', bỏ qua "
                    f"{', '.join(repr(o) for o in others)} (chọn trang khác bằng --sheet hoặc trường 'sheet')",
                    file=source, severity="warning"))
            break
        else:
            if first_error is not None and len(candidates) > 1:
                raise InputError(f"{source}: không trang tính nào có hàng tiêu đề cột "
                                 f"({', '.join(repr(n) for n in names)}); {first_error.message.split(': ', 1)[-1]}")
            raise first_error or InputError(f"{source}: bảng tính không có trang nào")
    finally:
        wb.close()
    return table


def _period_column(table: RawTable) -> tuple[int, object] | None:
    """The one column of a table whose title names a period (``Tháng 12/2015``), with that period; None if none or
    several (a sheet of this period beside last year's is read by its own columns)."""
    found = [(i, p) for i, h in enumerate(table.header) if h and (p := title_period(h)) is not None
             and read_title(h).column in (None, PERIOD, "ky_bao_cao")]
    return found[0] if len(found) == 1 else None


def _label_column(table: RawTable) -> int | None:
    return next((i for i, h in enumerate(table.header) if read_title(h).column == "chi_tieu"), None)


def earlier_sheet(table: RawTable, other: RawTable) -> tuple[str, dict[str, object]] | None:
    """(title, {folded label: value}) of another sheet of a workbook that holds the same indicators for an earlier
    period of the same kind (``Tháng 11-2015`` beside ``Tháng 12-2015``: the office keeps the edition it compares
    with), None otherwise: each sheet one column naming its period, a column of labels, and half of this sheet's
    labels at least found on the other."""
    mine, theirs = _period_column(table), _period_column(other)
    li, lo = _label_column(table), _label_column(other)
    if mine is None or theirs is None or li is None or lo is None:
        return None
    (_, p), (j, q) = mine, theirs
    if q.kind != p.kind or (q.year, q.index) >= (p.year, p.index):
        return None
    values = {fold(_text(c[lo])): (c[j] if j < len(c) else None) for _, c in other.rows if lo < len(c) and _text(c[lo])}
    labels = [fold(_text(c[li])) for _, c in table.rows if li < len(c) and _text(c[li])]
    if not labels or sum(1 for x in labels if x in values) * 2 < len(labels):
        return None
    return other.header[j], values


def _add_earlier_sheet(source: str, table: RawTable, ws) -> str | None:
    """The other sheet's earlier period as a column of ``table`` (matched by label), and what was done; None when
    the sheet is no earlier edition of the same indicators."""
    try:
        other = split_header(source, _sheet_rows(ws))
    except InputError:
        return None
    found = earlier_sheet(table, other)
    if found is None:
        return None
    title, values = found
    li = _label_column(table)
    width = len(table.header)
    table.header = [*table.header, title]
    matched, missing = 0, []
    for n, (rownum, cells) in enumerate(table.rows):
        label = fold(_text(cells[li])) if li < len(cells) else ""
        v = values.get(label) if label else None
        matched += v is not None
        if label and v is None:
            missing.append(rownum)
        table.rows[n] = (rownum, [*cells, *[None] * (width - len(cells)), v])
    said = f"; hàng {', '.join(map(str, missing))} không có ở trang đó" if missing else ""
    return (f"trang '{ws.title}' ghi cùng các chỉ tiêu cho kỳ trước ('{title}'): đã thêm thành cột '{title}' của "
            f"trang '{table.meta.get('sheet')}', ghép theo tên chỉ tiêu ({matched} hàng{said})")


#: Titles of a workbook's standing-facts sheet (``Số liệu cố định``: the agency's facts that hold in every
#: period, read by ``service.checker.standing``), folded: never taken for the figures sheet.
STANDING_SHEET_TITLES = ("so lieu co dinh", "standing", "thong tin co dinh", "so lieu on dinh")


def is_standing_sheet(title: str) -> bool:
    return any(t in fold(title) for t in STANDING_SHEET_TITLES)


def _has_named_header(ws) -> bool:
    return any(_is_header(cells) for _, cells in _sheet_rows(ws, HEADER_SCAN_ROWS))


def _has_header(ws) -> bool:
    return find_header(_sheet_rows(ws, HEADER_SCAN_ROWS + SHAPE_ROWS)) is not None


def read_json(path: Path, source: str | None = None) -> RawTable:
    """A list of row objects, or ``{"series", "period", "figures": [...]}``; numbers kept exact."""
    source = source or str(path)
    try:
        data = json.loads(_decode(path, source), parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InputError(f"{source}: JSON lồng nhau quá sâu; một bảng số liệu là danh sách các hàng") from None
    meta, titles = {}, []
    if isinstance(data, dict):
        meta = {k: nfc(v) for k, v in data.items() if k in ("series", "period") and isinstance(v, str)}
        whole = data
        data = data.get("figures", data.get("rows"))
        if data is None:  # an open-data export: {"tieu_de": "…", "du_lieu": [{…}, …]}: its one list of rows, its
            lists = [v for v in whole.values() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)]
            data = lists[0] if len(lists) == 1 else None     # words the title rows a sheet has above its table
            titles = [nfc(v) for k, v in whole.items() if isinstance(v, str) and k not in ("series", "period")]
            if data is None and not lists:   # {"Số học sinh": {"Mầm non": {"Nhà trẻ": {"Tổng số": …}}}}
                data = tree_rows(whole) or None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError(f"{source}: cần một danh sách JSON các hàng (đối tượng) hoặc {{\"figures\": [...]}}")
    data = flatten_groups(data)
    if families := take_families(data):   # an export's column families (``figures.carried``)
        meta[COLUMN_KEY] = families
    header: list[str] = []
    for r in data:
        for k in r:
            if nfc(str(k)) not in header:
                header.append(nfc(str(k)))
    rows = []
    for i, r in enumerate(data, start=1):
        rec = {nfc(str(k)): v for k, v in r.items()}
        rows.append((i, [_json_cell(rec.get(h)) for h in header]))
    return RawTable(source, 0, header, rows, titles=titles, meta=meta)


#: The names a tree export's rows get: the label, and the value when a group holds bare numbers.
TREE_LABEL, TREE_VALUE = "Chỉ tiêu", "Số liệu"


def _is_number_leaf(v) -> bool:
    return isinstance(v, Decimal) or (isinstance(v, (int, float)) and not isinstance(v, bool))


def _leaves(node: dict) -> list[dict]:
    """The objects of the tree whose every value is a number (``{"Tổng số": 696309, "Công lập": 445640}``)."""
    out = []
    for v in node.values():
        if isinstance(v, dict) and v:
            out.extend([v] if all(_is_number_leaf(x) for x in v.values()) else _leaves(v))
    return out


def tree_rows(whole: dict) -> list[dict]:
    """A JSON export that nests named groups as objects (``{"Số học sinh, sinh viên": {"Mầm non": {"Nhà trẻ":
    {"Tổng số": 696309, "Công lập": 445640, "Ngoài công lập": 250669}}}}``) as the rows a sheet has: each group a
    heading row naming its path (``Số học sinh, sinh viên: Mầm non``), each object of numbers whose keys recur in
    other such objects (the measures: ``Tổng số``, ``Công lập``) a row of those columns, any other number a row of
    its own under the key that names it.  Strings at the top are the title rows (``"Năm học": "2024-2025"``).
    Nothing when the object holds no group of numbers (it is refused as before, naming what is expected)."""
    leaves = _leaves(whole)
    seen: dict[str, int] = {}
    for leaf in leaves:
        for k in leaf:
            seen[nfc(str(k))] = seen.get(nfc(str(k)), 0) + 1
    measures = {k for k, n in seen.items() if n > 1}
    value_key = next((nfc(str(k)) for leaf in leaves for k in leaf if nfc(str(k)) in measures), TREE_VALUE)
    rows: list[dict] = []

    def walk(node: dict, path: list[str]) -> None:
        headed = False
        for k, v in node.items():
            name = nfc(str(k))
            if not headed and path and (_is_number_leaf(v) or (isinstance(v, dict) and v and all(
                    _is_number_leaf(x) for x in v.values()))):
                rows.append({TREE_LABEL: ": ".join(path)})
                headed = True
            if _is_number_leaf(v):
                rows.append({TREE_LABEL: name, value_key: v})
            elif isinstance(v, dict) and v and all(_is_number_leaf(x) for x in v.values()) and \
                    all(nfc(str(x)) in measures for x in v):
                rows.append({TREE_LABEL: name, **{nfc(str(x)): y for x, y in v.items()}})
            elif isinstance(v, dict) and v:
                walk(v, [*path, name])
                headed = False

    walk(whole, [])
    return rows if leaves or any(_is_number_leaf(v) for v in whole.values()) else []


def _rows_under(r: dict) -> list[dict]:
    """The row objects nested in a JSON row (``"chi_tiet": [{…}, …]``): a group's or a whole's own rows."""
    return [x for v in r.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v) for x in v]


def _name_key(rows: list[dict]) -> str | None:
    """The key that names the rows (the first whose value is words in the first row: ``ten``, ``chi_tieu``)."""
    return next((k for k, v in rows[0].items() if isinstance(v, str) and re.search(r"[^\W\d_]{2}", v)), None) \
        if rows else None


def flatten_groups(rows: list[dict]) -> list[dict]:
    """A JSON export with nested groups (``{"ten_nhom": …, "chi_tieu": [{"ten": …, "gia_tri": …, "chi_tiet":
    [{…}]}]}``) as the rows a sheet has: a group that states only its name becomes a heading row (its name under
    the key that names its rows), then its rows; a row with numbers of its own stays a row, its nested rows after it
    as its parts (``- Nhật Bản``), as a clerk's dashed sub-items.  Rows without nesting are returned as they are."""
    if not any(_rows_under(r) for r in rows):
        return rows
    out: list[dict] = []
    for r in rows:
        kids = _rows_under(r)
        own = {k: v for k, v in r.items() if not isinstance(v, (list, dict))}
        if not kids:
            out.append(own)
            continue
        flat, key = flatten_groups(kids), _name_key(kids)
        texts = [k for k, v in own.items() if isinstance(v, str)]
        if key and len(own) == 1 and texts:   # a group's name alone: the heading over its rows
            out.append({key: own[texts[0]]})
            out.extend(flat)
            continue
        out.append(own)
        name = _name_key([own]) if own else None
        out.extend({**k, name: f"- {k[name]}"} if name and isinstance(k.get(name), str) and name in k else k
                   for k in flat)
    return out


def _json_cell(v):
    if v is None or isinstance(v, Decimal):
        return v
    return nfc(str(v).strip())


def read_raw(path: str | Path, *, name: str | None = None, sheet: str | None = None) -> RawTable:
    """Read a figures file.  ``name``: the file's name as the user gave it (its format; used in messages)."""
    path = Path(path)
    source = name or str(path)
    if not path.is_file():
        raise InputError(f"{source}: không tìm thấy tệp số liệu")
    ext = Path(name or path.name).suffix.lower()
    kind = FORMATS.get(ext)
    if kind == "xlsx":
        return read_xlsx(path, source, sheet)
    if sheet is not None:
        raise InputError(f"{source}: chỉ bảng tính .xlsx mới có trang tính (sheet '{sheet}')")
    if kind == "json":
        return read_json(path, source)
    if kind == "csv":
        return read_csv(path, source)
    if ext == ".xls":
        raise InputError(f"{source}: không đọc được tệp .xls (Excel cũ); lưu lại dạng .xlsx hoặc CSV UTF-8")
    raise InputError(f"{source}: không nhận loại tệp {ext!r} (cần .csv, .xlsx hoặc .json)")
