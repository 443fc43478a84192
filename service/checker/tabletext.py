"""A table pasted as text: each row's label, then its cells, read as the table they were.

Web pages and text copied from a ``.docx`` or ``.pdf`` keep a report's table as its cells in reading order, one per
line or side by side on one line:

    1                                       Tổng số giường bệnh    160    165    103%    165    165
     Tổng số giường bệnh                    (cells on one line, split by tabs, runs of spaces or ``|``)
    160
    165
    103%
    165                        (zo-nam-dinh-benh-vien-tam-than-dieu-tri-noi-tru-2009-h1: cells one per line)

A cell there is no sentence: no words around it say what it counts, or which period — the row's label does, and
its place in the row says the column.  So a cell is checked against the row its label names (``label_row`` in the
checker): any of that row's values (this period's, last year's, the plan: a table states them side by side, so
last year's value there is no stale figure), or the rate of one of them to another (``103%`` = 165 / 160); a
value that is none of them is the wrong number for that row — a changed digit, or another row's value.

``text_rows`` finds the rows by layout alone: a line with letters (the label) followed by at least two lines that
are each one number (form A), or one line of a label and at least two number fields (form B).  A row's serial
number (``STT``) standing alone before its label is no cell of the row before it: it is recognised by counting
(the last cell before each label is 1, 2, 3, … in order).  A cell written with a bound (``< 45``) is a threshold,
left to the sentence rules.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from service.checker.extract import read_cell
from service.checker.match import fold, value_supports
from service.checker.pasted import (are_cells, bar_serials, cell_value, column_name_numbers, english_notation,
                                    only_notation, table_writes_english,
                                    unit_factor, unit_lines)
from service.checker.wording import fmt_row_value
from service.figures.schema import read_title
from service.figures.units import read_unit
from service.numbers import format_vn
from service.numwords import SCALES

#: one cell: a number, perhaps signed, perhaps a percent or a bound (``< 45``), alone on its line or in its field
_CELL = re.compile(r"[<>≤≥~]?\s*[-+]?\d[\d.,]*\s*%?")
_BOUND = re.compile(r"\s*[<>≤≥~]")
#: a field separator of form B: a tab, two spaces or more, or a vertical bar
_FIELD_SEP = re.compile(r"\t+|\s{2,}|\s*\|\s*")
_LETTER = re.compile(r"[^\W\d_]")
LABEL_MAX = 160            # a label is a short line, no paragraph
LEAST_CELLS = 2
LEAST_ROWS = 2           # rows of one width that tell a table's columns from the ones it lacks


@dataclass
class TextRow:
    label: str
    label_start: int
    cells: list[tuple[int, int]] = field(default_factory=list)   # (start, end) of each cell, in order
    unit: tuple[int, int] | None = None   # the row's unit on a line between label and cells (``đ/chai 750ml``)
    serial: tuple[int, int] | None = None  # form C: the row's serial number before its label (``7.``, ``II``)
    scale: int = 1   # a scale word in the row's unit (``Nghìn Lượt khách``: its cells are thousands; ``"`` the row above's)
    #: a one-value table's serials of the headings and blank rows right before this row (``2.`` / ``Loại hình gia
    #: đình:``): no row of theirs, no figure either
    heading_serials: list = field(default_factory=list)
    #: the unit closing the label, a scale abbreviated in it (``Trkwh``, ``Tr.viên``, ``1000sp``: the ĐVT column read
    #: into the label): its span; the row's ``scale`` is its scale
    label_unit: tuple[int, int] | None = None
    #: the column of each cell when the row leaves some empty before its last (``_empty_cell_places``): ``[0, 2]``
    #: for ``13. Chi phí khác |`` / ``298,506,655 |`` / ``|`` / ``17,660,000 |``; None: the cells fill the first places
    places: list[int] | None = None
    #: a yearbook's sub-row repeated under several groups (``Công lập - Public`` under Tiểu học, Trung học cơ sở, …):
    #: the group row it stands under (``sub_row_groups``); None for any other row
    group: "TextRow | None" = field(default=None, repr=False, compare=False)
    #: a line of spaces alone (a web page's ``&nbsp;`` cell) right after the row's last cell: its last column left
    #: empty (``_blank_cell_after``), one column more than its cells
    blank_after: bool = field(default=False, compare=False)
    #: the row's unit is its cell in the table's unit column (``column_unit_line``): every row of the table has one,
    #: so a line before the label with no unit of its own is a heading (``II. Dịch vụ lữ hành …``), no label's line
    column_unit: bool = field(default=False, compare=False)

    def place(self, n: int) -> int:
        """The column of the row's ``n``-th cell (its index when no cell before it was left empty)."""
        return self.places[n] if self.places is not None else n

    def width(self) -> int:
        """The columns the row's cells span, its empty ones among them (the empty ones after its last cell unseen)."""
        return self.places[-1] + 1 if self.places else len(self.cells)


def _is_cell(s: str) -> bool:
    return bool(s.strip()) and (_CELL.fullmatch(s.strip()) is not None or is_none_cell(s))


#: a cell that says "none" (``-``, ``x``, ``…``, ``..``): no number, but a place of its row — the next cells keep
#: their columns (``Ngoài công lập - Non-public   -   166,67   220,00``: the first school year has none)
_NONE_CELL = re.compile(r"[-–—xX…]|\.{2,3}")


def is_none_cell(s: str) -> bool:
    """``-``, ``–``, ``x``, ``…``, ``..``: a table's cell for none (a yearbook's ``-``, a plan's ``x``)."""
    return _NONE_CELL.fullmatch(s.strip()) is not None


def _is_label(s: str) -> bool:
    s = s.strip()
    return bool(s) and len(s) <= LABEL_MAX and _LETTER.search(s) is not None and not s.endswith((".", ";"))


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


#: a number grouped by spaces (``230 065``, ``20 950``): one cell when a bar or a tab is what splits the row's fields
#: (``Tiểu học - Primary school | 230 065 | 240 771 | …``, s4-nghean-nien-giam-hoc-sinh-pho-thong-2017)
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+")


def _one_line_row(start: int, line: str) -> TextRow | None:
    """Form B: ``Tổng số giường bệnh    160    165    103%``, a leading serial number dropped."""
    fields, pos = [], 0
    for sep in _FIELD_SEP.finditer(line):
        fields.append((pos, line[pos:sep.start()]))
        pos = sep.end()
    fields.append((pos, line[pos:]))
    fields = [(p + len(f) - len(f.lstrip()), f.strip()) for p, f in fields if f.strip()]
    cells = []
    barred = "|" in line or "\t" in line
    while fields and (_is_cell(fields[-1][1]) or barred and _SPACE_GROUPED.fullmatch(fields[-1][1])):
        cells.insert(0, fields.pop())
    if fields and len(fields) > 1 and (_is_cell(fields[0][1]) or barred and _ROMAN_SERIAL.fullmatch(fields[0][1])):
        fields = fields[1:]           # its STT (``1 | Thành phố Quy Nhơn``; ``II | Khu vực nông thôn``: ``roman_serial``)
    if len(fields) == 1 and cells and not barred:
        p0, f0 = fields[0]
        typed = single_spaced_cells(f0)
        if typed:                     # ``Cả Nước 1,052,600 36.0 … 4,606,844``, then ``1,099,751   46.7 …`` aligned
            fields = [(p0, f0[:typed[0][0]].rstrip())]
            cells = [(p0 + a, f0[a:b]) for a, b in typed] + cells
    if not fields and _year_row_with_none_cells([c for _, c in cells]):
        fields, cells = cells[:1], cells[1:]       # "2017   11,11   …   …": the year is the row's label
    if len(cells) < LEAST_CELLS or len(fields) != 1 or not _is_label(fields[0][1]) and \
            not _YEAR_CELL.fullmatch(fields[0][1]) or all(is_none_cell(c) for _, c in cells):
        return None
    p, label = fields[0]
    return TextRow(label, start + p, [(start + q, start + q + len(c)) for q, c in cells])


#: a cell typed in English or Vietnamese notation with its thousands grouped or its decimals (``1,052,600``,
#: ``36.0``, ``4.606.844``, ``40,9``): no serial, no year, no code
_GROUPED_CELL = re.compile(r"-?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|-?\d+[.,]\d{1,2}")


def single_spaced_cells(field: str) -> list[tuple[int, int]]:
    """The cells typed with single spaces closing a spaced row's label field, before the cells a run of spaces
    aligns (``Cả Nước 1,052,600 36.0 3,787,100 1,126,391 40.9 4,606,844   1,099,751   46.7   5,132,037``: s3
    atlasnn's maize page — the first two years single-spaced, the last aligned; the label had kept six cells, the
    row three): the label's last tokens while each is a cell with grouped thousands or decimals (``_GROUPED_CELL``),
    at least ``LEAST_CELLS`` of them, words before them — their spans in the field; else ``[]``. A bare whole number
    (``Quý 2 2020``, ``lớp 10``) may be the label's, so it stops the run."""
    tokens = list(re.finditer(r"\S+", field))
    k = len(tokens)
    while k > 0 and _GROUPED_CELL.fullmatch(tokens[k - 1].group()):
        k -= 1
    if len(tokens) - k < LEAST_CELLS or k == 0 or not _LETTER.search(field[:tokens[k].start()]):
        return []
    return [(t.start(), t.end()) for t in tokens[k:]]


#: a group row's serial in a roman numeral, its own field of a barred row: ``I``, ``II``, ``IV``
_ROMAN_SERIAL = re.compile(r"[IVX]{1,4}\.?")


def roman_serial(field: str) -> bool:
    """A barred row's first field is its serial in a roman numeral (``I | Khu vực thành thị | 6,39 | 10.618 | …``,
    ``II | Khu vực nông thôn | 14,37 | …``: s13 Bình Định's table of poor households, a group row over its districts
    numbered ``1 | Thành phố Quy Nhơn | …``), as a number there is (``1 | …``): the row's STT, not its label — the row
    had not been read at all (two fields before the cells). Only a barred row: a spaced line's ``I`` may open its
    label (``I Tổng số phòng``); and ``A | B | 1 | 2 …``, the header's column letters, stays no row."""
    return bool(_ROMAN_SERIAL.fullmatch(field.strip()))


def _year_row_with_none_cells(cells: list[str]) -> bool:
    """``2017   11,11   …   …``, ``2018   -4,05   …   …``: a transposed table's year, then its cells, some of them
    a cell for none (``…``, ``-``) and one a number at least — that year's row (thongkehoabinh 2021 p. 75's blocks
    ``Tỷ lệ tăng tự nhiên``, ``Tỷ suất di cư thuần``: the rows of numbers alone are read as cells split by spaces,
    ``service.checker.pasted.are_cells``, which a ``…`` breaks)."""
    return len(cells) > LEAST_CELLS and _YEAR_CELL.fullmatch(cells[0]) is not None and \
        any(is_none_cell(c) for c in cells[1:]) and not all(is_none_cell(c) for c in cells[1:]) and \
        not any(_YEAR_CELL.fullmatch(c) for c in cells[1:])


def _spaced_row(text: str, p: int, s: str, spaced: dict, before) -> TextRow | None:
    """Form C: ``Phẩm chất 953 194 187 195 221 156`` — a label, then cells split by single spaces
    (``service.checker.pasted.are_cells``); a line of cells alone takes the line before it for its label."""
    spans = next((v for a, v in spaced.items() if p <= a <= p + len(s)), None)
    if spans is None:
        return None
    head = text[p:spans[0][0]]
    label, at = head.strip(), p + len(head) - len(head.lstrip())
    stt = _STT.match(label) if label else None     # its STT (``7.``, ``II``)
    serial = (at, at + len(stt.group(1))) if stt else None
    label = label[stt.end():] if stt else label
    at = p + text[p:spans[0][0]].find(label) if label else at
    if not label and len(spans) > LEAST_CELLS and _YEAR_CELL.fullmatch(text[spans[0][0]:spans[0][1]]) and \
            not any(_YEAR_CELL.fullmatch(text[a:b]) for a, b in spans[1:]):
        return TextRow(text[spans[0][0]:spans[0][1]], spans[0][0], list(spans[1:]))   # "2016 1487684 727751 …"
    if not label and before is not None and _is_label(before[1]) and not _is_cell(before[1]):
        label, at = before[1].strip(), before[0] + len(before[1]) - len(before[1].lstrip())
    if not label or not _LETTER.search(label) or len(label) > LABEL_MAX:
        return None
    return TextRow(label, at, list(spans), serial=serial)


_STT = re.compile(r"([IVX]+|\d{1,3})\.?\s+(?=[^\W\d_])")


#: a line that only separates cells (``|``, as a web page's table comes out one cell a line)
_BAR_LINE = re.compile(r"[\s|]*")
#: the row's unit on a line of its own between its label and its cells: short (``đ/kg``, ``"`` for the same as above)
UNIT_LINE_MAX = 24


def _unit_line(lines, j: int) -> bool:
    """Line ``j`` is a row's unit: short, no cell, a unit's notation (a slash, or no letter: a ditto mark ``"``) and
    a cell right after it — a short line of words is rather the label's second line."""
    if j + 1 >= len(lines):
        return False
    u = lines[j][1].strip()
    return not _is_cell(u) and len(u) <= UNIT_LINE_MAX and ("/" in u or not re.search(r"[^\W_]", u)) \
        and _is_cell(lines[j + 1][1])


#: a table with a unit column: its header names it (``ĐVT``, ``Đơn vị tính`` standing as a title of its own — one
#: word a paragraph, ``Đơn`` / ``vị`` / ``tính``, as well — not a unit line ``Đơn vị tính: %``, ``Đơn vị tính - Unit:``)
_UNIT_COLUMN_TITLE = re.compile(r"(?im)^[ \t]*(?:đơn\s+vị\s+tính|đvt)[ \t.]*$")
#: a ditto mark alone on its line: ``"``, ``''`` — "the same unit as the row above"
_DITTO = re.compile(r"[\"“”″]|''")
#: a unit in a table's unit column: a few words or an abbreviation (``Lượt khách``, ``Tấn``, ``Trđ``, ``1000sp``,
#: ``m3``), no serial, no dash, no colon — no label of a row of its own
_COLUMN_UNIT = re.compile(r"[^\W_][^\s:;,.()]*\.?[^\W_]*(?:\s+[^\W\d_][^\s:;,()]*){0,2}")


def unit_column(lines) -> bool:
    """The table has a unit column between its labels and its values: its header titles it (``ĐVT``, ``Đơn`` /
    ``vị`` / ``tính``), or a row's unit cell is a ditto mark (``1.1. Lượt khách ngủ qua đêm`` / ``"`` / ``1654876``,
    yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01; ``Tổng đàn bò`` / ``''`` / ``1.450``,
    zy-yen-bai-van-chan): a ditto mark repeats the cell above it, so the column holds units."""
    text = "\n".join(s for _, s in lines)
    if _UNIT_COLUMN_TITLE.search(text):
        return True
    return any(_DITTO.fullmatch(s.strip()) and _is_cell(lines[j + 1][1]) for j, (_, s) in enumerate(lines[:-1]))


def column_unit_line(lines, j: int) -> bool:
    """Line ``j``, in a table with a unit column (``unit_column``), is the row's unit cell: a short unit
    (``_COLUMN_UNIT``: ``Lượt khách``, ``Ngày khách``, ``Tấn``, ``Trđ``) right before the row's first value — not the
    row's label (``1. Tổng lượt khách phục vụ`` / ``Lượt khách`` / ``1844671``: read as the label, its cells were
    matched to the row «Lượt khách trong ngày»)."""
    if j + 1 >= len(lines):
        return False
    u = lines[j][1].strip()
    return not _is_cell(u) and len(u) <= UNIT_LINE_MAX and _COLUMN_UNIT.fullmatch(u) is not None \
        and not _SERIAL_START.match(u) and _is_cell(lines[j + 1][1])


#: a row's unit on its own line(s) that opens on a scale word: ``Nghìn Lượt khách``, ``Nghìn`` then ``Lượt khách``,
#: ``Triệu đồng`` (zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05)
_SCALED_UNIT = re.compile(r"(?i)\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+[^\W\d_]+){0,3}\s*")
_UNIT_WORDS = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*")


def _scaled_unit_lines(lines, j: int) -> int:
    """How many lines from ``j`` (1 or 2, else 0) are a row's unit opening on a scale word, a cell right after."""
    if j + 1 < len(lines) and _SCALED_UNIT.fullmatch(lines[j][1]) and _is_cell(lines[j + 1][1]):
        return 1
    if j + 2 < len(lines) and _SCALED_UNIT.fullmatch(lines[j][1]) and len(lines[j][1].split()) == 1 \
            and _UNIT_WORDS.fullmatch(lines[j + 1][1]) and _is_cell(lines[j + 2][1]):
        return 2
    return 0


#: a unit abbreviating its scale, the last word of a row's label (the ĐVT column between label and cells): ``Tr``
#: then a consonant or a dot (``Trkwh``, ``Trđ``, ``Tr.viên``: triệu — a Vietnamese word opens ``Tr`` on a vowel,
#: ``Trường``), ``Tỷ``/``Tỉ`` likewise, or ``1000``/``1.000`` glued to a word (``1000sp``: nghìn sản phẩm)
_LABEL_UNIT = re.compile(r"(?i)(?<!\S)(?:(?P<tr>tr)(?:\.|(?=[bcdđfghklmnpqrstvxz]))|(?P<ty>t[ỷỉ])(?:\.|(?=[bcdđfghklmnpqrstvxz]))"
                         r"|(?P<k>1[.]?000)(?=[^\W\d_]))[^\s\d]{0,8}$")


def label_unit(label: str) -> tuple[int, int, int] | None:
    """(start, end, scale) of the unit abbreviating its scale that closes a pasted row's label (``Điện thương phẩm
    Trkwh`` / ``4.8``: 4,8 triệu kWh; ``Sản phẩm may mặc 1000sp`` / ``14.5``: 14.500 sản phẩm — the held-out
    zy-yen-bai-van-chan), or None."""
    m = _LABEL_UNIT.search(label.rstrip())
    if m is None or m.start() == 0:
        return None
    return m.start(), m.end(), 10**6 if m.group("tr") else 10**9 if m.group("ty") else 10**3


#: the row's unit in brackets closing its label, opening on a scale word: ``III. Tổng thu từ du lịch (tỷ đồng)``,
#: ``Giá trị xuất khẩu (triệu USD)``, ``Tạo việc làm mới (nghìn người)``
_BRACKET_SCALE = re.compile(r"(?i)\(\s*(nghìn|ngàn|triệu|tỷ|tỉ)\s+[^\W\d_][^()]*\)\s*$")


def bracket_scale(label: str) -> int:
    """The scale of the unit in brackets closing a pasted row's label (``(tỷ đồng)``: 10⁹), or 1: its cells are
    written in that unit (``III. Tổng thu từ du lịch (tỷ đồng) | 18.595,7 | 20.041,2 | 1.947,9 | 115,2``, held-out
    zs-kien-giang; ``Thu ngân sách Nhà nước (Tỷ đồng)`` / ``7.788`` …, s6-thua-thien-hue-chi-tieu-kinh-te-xa-hoi)."""
    m = _BRACKET_SCALE.search(without_footnote_mark(label))
    return SCALES[m.group(1).lower()] if m else 1


#: a footnote's mark closing a label (``Diện tích (km²)[36]``, ``Dân số (nghìn người) [36]``: a web page's citation)
_FOOTNOTE_MARK = re.compile(r"\s*\[\d{1,3}\]\s*$")


def without_footnote_mark(label: str) -> str:
    """A label without the footnote mark closing it (``Dân số (nghìn người) [36]`` → ``Dân số (nghìn người)``, s14
    Quảng Ninh): the mark is the page's reference, no part of the label — left there it hid the unit in brackets
    before it (the cells ``300.267`` … were read as persons, not thousands)."""
    return _FOOTNOTE_MARK.sub("", label)


def _row_scales(text: str, rows: list[TextRow]) -> None:
    """Each row's scale from its unit (``Nghìn …``: 1.000); a ditto mark ``"`` keeps the row above's."""
    above = 1
    for r in rows:
        if r.unit is None:
            above = 1
            r.scale = bracket_scale(r.label)
            if (lu := label_unit(r.label)) is not None and r.cells:   # "Trkwh" closing the label: the ĐVT column
                word = r.label[lu[0]:lu[1]]                                # read into it
                at = text.rfind(word, r.label_start, r.cells[0][0])
                if at >= 0:
                    r.label_unit, r.scale = (at, at + len(word)), lu[2]
            continue
        u = text[r.unit[0]:r.unit[1]].strip()
        word = _SCALED_UNIT.match(u)
        if word and word.end() == len(u):
            r.scale = SCALES[word.group(1).lower()]
        elif (lu := _LABEL_UNIT.fullmatch(u)) is not None:   # "Trđ", "Trkwh", "1000sp" in the unit column
            r.scale = 10**6 if lu.group("tr") else 10**9 if lu.group("ty") else 10**3
        elif not _LETTER.search(u) and u.strip("\"“”'″ ") == "":
            r.scale = above
        above = r.scale


#: a flip-book's strip of page numbers under the page (``   79   80   81   82 … 89``): five numbers or more, each one
#: more than the one before, none a year (``2019 2020 2021 2022 2023`` is a header of years)
_PAGE_STRIP = re.compile(r"\s*\d{1,4}(?:\s+\d{1,4}){4,}\s*")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def page_strip(line: str) -> bool:
    """``   79   80   81   82   83   84   85   86   87   88   89``: the page numbers a flip-book's text keeps under
    each page (ict2023.vn 2021 p. 84 and 86, the 113.161.26.104 NGTK2018 p. 66, thongkehoabinh 2021 p. 81, 2022
    p. 531) — no row's cells, and no cells of the row above it: read so, the row above (``Sơ bộ - Prel. 2021   16,1
    7,4   8,7``, the latest year's, the one a report quotes) became the label of a row of eleven page numbers and
    its own cells went unread."""
    if not _PAGE_STRIP.fullmatch(line):
        return False
    nums = line.split()
    return not any(_YEARLIKE.fullmatch(x) for x in nums) and \
        all(int(b) - int(a) == 1 for a, b in zip(nums, nums[1:]))


#: a preliminary year's column title a flip-book splits over lines: ``Sơ bộ`` / ``- Prel`` / ``. 2016``
_SPLIT_YEAR = re.compile(r"(?P<mark>Sơ bộ|Ước tính|Ước)\s*[-–]?\s*(?P<en>Prel|Est)\s*\.?\s*(?P<year>(?:19|20)\d\d)")


def split_year_title(lines, k: int) -> tuple[str, int] | None:
    """``Sơ bộ`` / ``- Prel`` / ``. 2016`` then the year's cells one a line (``13,93`` / ``5,28`` / ``8,65``): a
    yearbook's row of its preliminary year whose title a flip-book's text splits over two or three lines
    (thongkequangngai.com 2016 p. 27 under each of its three groups, p. 55 twice) — the row's label, written whole
    (``Sơ bộ - Prel. 2016``), and the line its cells start on; None when no such title, or no cell after it (the
    same split title in a header, ``Sơ bộ`` / ``Prel`` / ``. 2016`` / ``TỔNG SỐ -``, is no row)."""
    for width in (2, 3):
        if k + width >= len(lines):
            return None
        joined = " ".join(" ".join(x.split()) for _, x in lines[k:k + width])
        m = _SPLIT_YEAR.fullmatch(joined)
        if m and _is_cell(lines[k + width][1]):
            return f"{m.group('mark')} - {m.group('en')}. {m.group('year')}", k + width
    return None


def text_rows(text: str) -> list[TextRow]:
    """The rows of any table pasted as text, in order (see the module)."""
    lines = [(p, _trailing_bar(s)) for p, s in _lines(text) if s.strip() and not _BAR_LINE.fullmatch(s)
             and not page_strip(s)]
    kept = {p for p, _ in lines}
    spaced = {spans[0][0] - 0: spans for spans in are_cells(text)   # form C: cells split by single spaces
              if text.rfind("\n", 0, spans[0][0]) + 1 in kept or not page_strip(_line_at(text, spans[0][0]))}
    rows: list[TextRow] = []
    column = unit_column(lines)
    k = 0
    while k < len(lines):
        p, s = lines[k]
        one = _one_line_row(p, s) if _FIELD_SEP.search(s.strip()) else None
        if one is None:
            one = _spaced_row(text, p, s, spaced, lines[k - 1] if k else None)
        if one is not None:
            rows.append(one)
            k += 1
            continue
        if _is_label(s) and not _is_cell(s):
            j = k + 1
            unit, by_column = None, False
            split = split_year_title(lines, k)
            if split:            # "Sơ bộ" / "- Prel" / ". 2016": the preliminary year's title over three lines
                s, j = split
                p = lines[k][0] + len(lines[k][1]) - len(lines[k][1].lstrip())
            elif _unit_line(lines, j):
                q, u = lines[j]
                q += len(u) - len(u.lstrip())
                unit, j = (q, q + len(u.strip())), j + 1
            elif (n := _scaled_unit_lines(lines, j)):
                q, u = lines[j]
                q += len(u) - len(u.lstrip())
                e, v = lines[j + n - 1]
                unit, j = (q, e + len(v.rstrip())), j + n
            elif column and column_unit_line(lines, j):     # "1. Tổng lượt khách phục vụ" / "Lượt khách" / cells
                q, u = lines[j]
                q += len(u) - len(u.lstrip())
                unit, j, by_column = (q, q + len(u.strip())), j + 1, True
            cells = []
            while j < len(lines) and (_is_cell(lines[j][1]) or (cells or _cells_follow(lines, j + 1, spaced))
                                      and _spaced_line(lines[j], spaced)):
                q, c = lines[j]
                if not _is_cell(c):
                    cells += _spaced_line(lines[j], spaced)     # "1.819 1.651" amid cells one a line
                    j += 1
                    continue
                q += len(c) - len(c.lstrip())
                cells.append((q, q + len(c.strip())))
                j += 1
            nxt = next((i for i, (a, b) in enumerate(cells) if _YEAR_CELL.fullmatch(text[a:b])), None) \
                if split else None
            if nxt is not None and nxt >= LEAST_CELLS:   # the next block's years after the split year's cells
                a, b = cells[nxt]                         # ("2011" / "126,00" / …): rows of their own
                rows.append(TextRow(s.strip(), p, cells[:nxt], unit))
                rows.append(TextRow(text[a:b], a, cells[nxt:]))
                k = j
                continue
            if len(cells) >= LEAST_CELLS:
                rows.append(TextRow(s.strip(), p + (0 if split else len(s) - len(s.lstrip())), cells, unit,
                                    column_unit=by_column))
                k = j
                continue
        k += 1
    dashes = [r.label for r in rows if all(is_none_cell(text[a:b]) for a, b in r.cells)] + \
        [_DASH_CELLS.sub("", s) for _, s in lines if _DASH_CELLS.search(s) and _is_label(_DASH_CELLS.sub("", s))]
    rows = [r for r in rows if not all(is_none_cell(text[a:b]) for a, b in r.cells)]   # "9. Huyện Tây Trà" / "-" …
    rows = [x for r in rows for x in _year_rows(text, r)]
    _continued(text, lines, rows)
    _wrapped_labels(text, lines, rows)
    _gloss_labels(text, lines, rows)
    _drop_serials(text, rows)
    _extra_last_cells(text, rows)
    _row_scales(text, rows)
    rows = [r for r in rows if len(r.cells) >= LEAST_CELLS]
    _empty_cell_places(text, rows)
    sub_row_groups(text, rows, dashes)
    rows = _with_one_value_rows(rows, one_value_rows(text, lines))
    typed = one_value_lines(lines)       # a row read already on its line (form B, C) stays as it was read
    typed = [x for x in typed if not any(r.label_start <= x.cells[0][0] <= r.cells[-1][1] for r in rows)]
    return _with_one_value_rows(rows, typed)


#: a line with nothing in it at all: between a row's cells one a line, where the row's other cells stand on adjacent
#: lines, an empty cell
_EMPTY_LINE = re.compile(r"")
#: a line of spaces alone: a web page's empty cell (``&nbsp;``, ``BLANK_CELL``)
_SPACES_LINE = re.compile(r"[ \t\u00a0]+")
#: a line of a bar alone: a cell's closing bar, or an empty cell when nothing open is there to close
_ONE_BAR_LINE = re.compile(r"[ \t]*\|[ \t]*")


def _empty_cell_places(text: str, rows: list[TextRow]) -> None:
    """A table one cell a line keeps an EMPTY CELL as a line of its own, and the cells after it keep their columns:
    a bar with no open cell to close (``Chi phí tài chính`` / ``|`` / ``|`` / ``|`` / ``11,254``: the label's bar,
    then two empty cells, s6-toan-quoc-bsc-vef; ``13. Chi phí khác |`` / ``298,506,655 |`` / ``|`` / ``17,660,000 |``,
    s6-phu-yen-thuy-dien-song-ba-ha), a line of spaces alone (a web page's ``&nbsp;`` cell), or — where the row's
    other cells stand on adjacent lines, so that an empty line is no paragraphs' gap — an empty line (``- Nguyên liệu
    giấy`` / ``Tấn`` / `` `` / `` `` / ``200`` / ``300``: 2003 and 2004 blank, held-out zy-yen-bai-van-chan). Only the
    empty cells before the row's last cell are seen (those after it are the page's gap as well): ``places``."""
    tables = pasted_tables(text, rows)
    for r in rows:
        if r.places is not None or len(r.cells) < LEAST_CELLS or _years_only(text, r):
            continue                      # a header of years ("2015" / "2018" … under "ĐVT: Tỷ đồng"): no row
        starts = [a for a, _ in r.cells]
        if any("\n" not in text[b:c] for (_, b), c in zip(r.cells, starts[1:])):
            continue                      # two cells on one line: a row side by side, its empty cells unseen
        head = _head_end(text, r)
        if head < 0:
            continue
        table = next((t for t in tables if any(x is r for x in t)), [])
        tight = sum(1 for x in table if x is not r and _tight(text, x)) >= LEAST_ROWS
        opened = not text[r.label_start:head].rstrip().endswith("|")   # the label's line is closed by its bar
        places, empty, k = [], 0, 0
        for line in text[head + 1:r.cells[-1][1]].split("\n"):
            if k < len(starts) and line.strip() and not _ONE_BAR_LINE.fullmatch(line):
                q = text.find(line.strip(), starts[k] - len(line), r.cells[-1][1]) if line.strip() else -1
                if q != starts[k] and not (q <= starts[k] < q + len(line)):
                    continue              # the label's second line, the unit, a serial: no cell
                places.append(k + empty)
                opened = not line.rstrip().endswith("|")
                k += 1
            elif _ONE_BAR_LINE.fullmatch(line):
                if opened:
                    opened = False        # the bar closing the cell (or the label) before it
                else:
                    empty += 1
            elif _SPACES_LINE.fullmatch(line) or (tight and _EMPTY_LINE.fullmatch(line)):
                empty += 1
        if k == len(starts) and empty and places[-1] >= len(starts):
            r.places = places
        elif k == len(starts) and not empty and _blank_cell_after(text, r.cells[-1][1]):
            r.blank_after = True        # ``>90`` / `` `` (``&nbsp;``): the last column left empty


def _blank_cell_after(text: str, end: int) -> bool:
    """A line of spaces alone (a web page's ``&nbsp;`` cell) follows the row's last cell before any line with words or
    numbers: the row's last column left empty (the health yearbook's ``98.6`` / ``98.6`` / ``>90`` / `` `` under
    four columns, yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020) — an empty line is the paragraphs' gap."""
    nl = text.find("\n", end)
    while nl >= 0:
        nxt = text.find("\n", nl + 1)
        line = text[nl + 1:nxt if nxt >= 0 else len(text)]
        if _SPACES_LINE.fullmatch(line):
            return True
        if line.strip():
            return False
        nl = nxt
    return False


def _head_end(text: str, r: TextRow) -> int:
    """The end of the line that closes the row's label (or its unit's line) before its first cell, or -1."""
    head = max(x for x in (r.label_start + len(r.label), (r.unit or (0, 0))[1], (r.label_unit or (0, 0))[1])
               if x <= r.cells[0][0])
    return text.find("\n", head, r.cells[0][0])


def _tight(text: str, r: TextRow) -> bool:
    """A row one cell a line with no empty line anywhere from its label to its last cell (``- Tre luồng`` / ``''`` /
    ``600`` / ``650`` / ``700`` / ``750``): the rows of a table so laid out say its empty lines are empty cells."""
    head = _head_end(text, r)
    return head >= 0 and all(line.strip() for line in text[head + 1:r.cells[-1][1]].split("\n")) and \
        all(text[b:c].count("\n") == 1 for (_, b), (c, _) in zip(r.cells, r.cells[1:]))


def slotted_cells(text: str, r: TextRow, width: int) -> list[str]:
    """The row's cells as a sheet's row of ``width`` columns: each at its place, ``""`` where the row left a cell
    empty (``places``) or ended before the last column."""
    out = [""] * max(width, r.width())
    for n, (a, b) in enumerate(r.cells):
        out[r.place(n)] = text[a:b].strip()
    return out


def _cells_follow(lines, j: int, spaced: dict) -> bool:
    """The row's cells go on one a line after a first line of cells split by spaces: a line ``j`` of cells (one, or
    several split by spaces) — ``Tiểu học -`` / ``Primary`` / ``100,47 100,67`` / ``97,53 101,58`` / ``98,81``
    (s5-quang-ngai-nien-giam-lop-hoc-pho-thong-2016: the row's FIRST line holds two cells)."""
    return j < len(lines) and (_is_cell(lines[j][1]) or bool(_spaced_line(lines[j], spaced)))


def _spaced_line(line: tuple[int, str], spaced: dict) -> list[tuple[int, int]]:
    """A line of cells split by single spaces (``service.checker.pasted.are_cells``) and nothing else: amid a row's
    cells one a line, a page copied from a flip-book keeps two or more of them on one line (``1.810`` / ``1.691`` /
    ``119`` / ``1.819 1.651`` / ``168``; ``16.908`` / ``17.275 137.271 137.910 138.057``) — they are the row's next
    cells, not a row of their own (s4-quang-ngai-nien-giam-lop-mam-non-huyen-2016)."""
    p, s = line
    body = s.strip()
    at = p + len(s) - len(s.lstrip())
    spans = spaced.get(at)
    if not spans or spans[-1][1] != at + len(body):
        return []
    return list(spans)


#: a row's serial number alone on its line: ``I``, ``II``, ``1``, ``12.`` (a numbered table copied one cell a line)
_SERIAL_LINE = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\.?")
#: a line opening on a list's mark: a row of its own (``- Số hộ gia đình 2 thế hệ …``)
_ITEM_START = re.compile(r"\s*(?:[-–+•*]|[a-zđ]\))\s")
#: a one-value table is numbered: this many of its rows at least carry their serial number
ONE_VALUE_SERIALS = 2


def _label_line(s: str) -> bool:
    return _is_label(s) and not _is_cell(s) and _SERIAL_LINE.fullmatch(s.strip()) is None


def _serial_line(lines, j: int) -> bool:
    """Line ``j`` is a row's serial number: alone on its line, a label line right after it."""
    return j + 1 < len(lines) and _SERIAL_LINE.fullmatch(lines[j][1].strip()) is not None and \
        _label_line(lines[j + 1][1])


def _value_line(lines, j: int, next_no: int) -> bool:
    """Line ``j`` is a row's one value: a number alone on its line that is not the next row's serial — the serial
    due, with a label after it (``5`` then ``6``; ``1`` after ``III``: ``Loại phòng học`` / ``1`` / ``Phòng học kiên
    cố`` / ``12``); any other number is the value (``50`` / ``3m2/trẻ em``, ``0`` / ``Bổ sung có mục tiêu``)."""
    if j >= len(lines) or not _is_cell(lines[j][1]) or is_none_cell(lines[j][1]) or _BOUND.match(lines[j][1]):
        return False
    if _serial_line(lines, j) and lines[j][1].strip().rstrip(".") == str(next_no):
        return False
    return j + 1 == len(lines) or not _is_cell(lines[j + 1][1]) or _serial_line(lines, j + 1)


def one_value_rows(text: str, lines) -> list[TextRow]:
    """A table of ONE value column copied one cell a line (a school's ``công khai`` form, a budget's ``Dự toán``):
    ``I`` / ``Tổng số phòng`` / ``12`` / ``II`` / ``Loại phòng học`` / ``1`` / ``Phòng học kiên cố`` / ``12`` … — each
    row its serial number (``I``, ``1``), its label on a line or two (a Vietnamese line and its English gloss), and one
    number; a heading with no value (``Loại phòng học``, then the next serial) and a note after the value (``Số
    m2/trẻ em``, a second column's words) are no rows. A row of one cell is no row anywhere else (``LEAST_CELLS``): here
    a run of ``LEAST_ROWS`` + 1 such rows at least, ``ONE_VALUE_SERIALS`` of them numbered, is the table, and a
    sentence ends it."""
    found: list[TextRow] = []
    run: list[TextRow] = []
    pending: list[tuple[int, int]] = []

    def close():
        if len(run) > LEAST_ROWS and sum(1 for r in run if r.serial) >= ONE_VALUE_SERIALS:
            found.extend(run)
        run.clear()
        pending.clear()

    k, next_no = 0, 1
    while k < len(lines):
        p, s = lines[k]
        serial = None
        j = k
        if _serial_line(lines, k):
            at = p + len(s) - len(s.lstrip())
            serial, j = (at, at + len(s.strip())), k + 1
            no = s.strip().rstrip(".")
            next_no = int(no) + 1 if no.isdigit() else 1
        elif not run or not _label_line(s):
            if run and (not _is_label(s) or len(s.split()) > LABEL_MAX_WORDS):
                close()      # a sentence, a line of cells: the table has ended
            k += 1
            continue
        first = j
        while j < len(lines) and j < first + LABEL_LINES and _label_line(lines[j][1]) and \
                (j == first or not _ITEM_START.match(lines[j][1]) and not lines[j - 1][1].rstrip().endswith(":")):
            j += 1               # a label and its English gloss; not a heading (``Loại hình gia đình:``) and its item
        if j == first or len(" ".join(x for _, x in lines[first:j]).split()) > LABEL_MAX_WORDS:
            close()
            k = j + 1
            continue
        if not _value_line(lines, j, next_no):
            if serial:
                pending.append(serial)
            k = j                # a heading of no value (its parts follow: ``Trong đó - Of which:``), a row left blank
            continue
        q, c = lines[j]
        q += len(c) - len(c.lstrip())
        ls, lx = lines[first]
        label = " ".join(" ".join(x.split()) for _, x in lines[first:j])
        run.append(TextRow(label, ls + len(lx) - len(lx.lstrip()), [(q, q + len(c.strip()))], serial=serial,
                           heading_serials=pending[:]))
        pending.clear()
        k = j + 1
    close()
    return found


#: a label's words at most (a one-value row's label over its lines)
LABEL_MAX_WORDS = 28


#: a numbered row typed on one line, single spaces between its fields: ``1 Phòng học kiên cố 13``, ``IV Tổng diện tích
#: đất toàn trường (m2) 8000 m2 20,25 m2/ trẻ`` (its serial, its label, its one value, then a second column's words)
_SERIAL_START = re.compile(r"\s*([IVX]{1,4}|\d{1,2})(?:\.\s*|\s+)(?=[^\W\d_])")     # ``3.Doanh thu thuần …`` too
_NUMBER_TOKEN = re.compile(r"(?<!\S)-?\d[\d.,]*(?!\S)")                     # ``-156,817,731``: a loss
#: a unit right after a value (``8000 m2``, ``12 ha``): short, a letter in it
_UNIT_TOKEN = re.compile(r"\S{1,3}")


def _one_line_value(line: str) -> tuple[int, int, int, int] | None:
    """(label start, label end, value start, value end) in a numbered one-value row typed on one line: the value is
    the first number standing alone after a word of the label that ends the line's numbers, or is followed by its
    unit (``8000 m2 20,25 m2/ trẻ``: the second number is the next column's); a number inside the label (``Số hộ gia
    đình 2 thế hệ … 7.917.838``, a word after it) is the label's."""
    m = _SERIAL_START.match(line)
    if m is None:
        return None
    for n in _NUMBER_TOKEN.finditer(line, m.end()):
        tail = line[n.end():].split()
        later = _NUMBER_TOKEN.search(line, n.end()) is not None
        if not later or tail and _UNIT_TOKEN.fullmatch(tail[0]) and _LETTER.search(tail[0]):
            label = line[m.end():n.start()].rstrip()
            if label.split() and _NUMBER_TOKEN.fullmatch(label.split()[-1]):
                return None      # ``6 Chi phí bán hàng 117.316 165.401 …``: cells side by side, form C's row
            if not _LETTER.search(label) or ":" in label:
                return None      # ``1. Chương trình “Cứu trẻ em bệnh tim bẩm sinh”: 333 ca``: a list's sentence
            return m.end(), m.end() + len(label), n.start(), n.end()
    return None


def one_value_lines(lines) -> list[TextRow]:
    """A ONE VALUE column table typed one row a line with single spaces (a school's ``công khai`` form pasted from a
    web page: ``STT Nội dung Số lượng Bình quân`` / ``I Tổng số phòng 13 Số m2/trẻ em`` / ``II Loại phòng học`` / ``1
    Phòng học kiên cố 13`` …): every line opens on its serial, the serials in order (``1``, ``2`` … again after a
    roman one); a line with no value is a heading. ``LEAST_ROWS`` + 1 valued rows at least, or no table."""
    found: list[TextRow] = []
    run: list[TextRow] = []
    pending: list[tuple[int, int]] = []
    next_no = None

    def close():
        if len(run) > LEAST_ROWS:
            found.extend(run)
        run.clear()
        pending.clear()

    for p, s in lines:
        m = _SERIAL_START.match(s)
        if m is None or _FIELD_SEP.search(s.strip()):     # fields split by bars, tabs or runs of spaces: form B's
            close()
            next_no = None
            continue
        no = m.group(1)
        if no.isdigit():
            if next_no is not None and int(no) != next_no:
                close()
            next_no = int(no) + 1
        else:
            next_no = 1
        got = _one_line_value(s)
        at = p + m.start(1)
        if got is None:
            pending.append((at, at + len(no)))
            continue                 # a heading (``II Loại phòng học``), a row left blank (``4 Phòng học nhờ``)
        a, b, c, d = got
        run.append(TextRow(s[a:b], p + a, [(p + c, p + d)], serial=(at, at + len(no)), heading_serials=pending[:]))
        pending.clear()
    close()
    return found


def _with_one_value_rows(rows: list[TextRow], single: list[TextRow]) -> list[TextRow]:
    """The rows with a one-value table's rows in their places; a row read across them (the value and the next row's
    serial taken for two cells: ``Diện tích phòng giáo dục thể chất (m2)`` / ``70`` / ``6``) is theirs."""
    if not single:
        return rows
    spans = [(x.label_start, x.cells[-1][1]) for x in single]

    def theirs(r: TextRow) -> bool:
        return any(lo <= r.label_start <= hi or any(lo <= a < hi for a, _ in r.cells) for lo, hi in spans)

    return sorted([r for r in rows if not theirs(r)] + single, key=lambda r: r.label_start)


#: a year as a row's label: ``2015 1487640 726870 …``, ``2010`` alone on its line over its cells
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def _year_rows(text: str, r: TextRow) -> list[TextRow]:
    """A table whose rows are years (a yearbook's ``2015 1487640 726870 …``, or ``2010`` / ``1.014.825`` / … one a
    line): a year opening a run of cells is its row's label, not a cell. One line of cells opening on a year is that
    year's row; cells one a line with a year every ``k`` cells, ascending, are rows of ``k - 1`` cells each."""
    cells = [text[a:b].strip() for a, b in r.cells]
    if not cells or not _YEAR_CELL.fullmatch(cells[0]):
        return [r]
    first_line = text.rfind("\n", 0, r.cells[0][0]) + 1
    one_line = text.rfind("\n", 0, r.cells[-1][0]) + 1 == first_line
    if one_line:      # "2015 1487640 726870 760770 471530 1016110": the line's own year; "Sơ bộ - Prel. 2023 …"
        if len(cells) < LEAST_CELLS + 1 or any(_YEAR_CELL.fullmatch(c) for c in cells[1:]):
            return [r]     # "2010 2011 2012 …": a header of years, not a row
        a, b = r.cells[0]
        label_on_line = r.label_start >= first_line
        label = (r.label + " " + cells[0]) if label_on_line else cells[0]
        return [TextRow(label, r.label_start if label_on_line else a, r.cells[1:], r.unit, r.serial, r.scale)]
    years = [k for k, c in enumerate(cells) if _YEAR_CELL.fullmatch(c)]
    if r.unit is not None and len(years) == 1:
        return [r]        # "- Khách Việt Nam ra nước ngoài" / '"' / "2094" / "82" …: a value after the row's unit
    step = years[1] if len(years) >= 2 else len(cells)
    if step < LEAST_CELLS + 1 or years != list(range(0, len(cells), step))[:len(years)] or \
            len(years) * step < len(cells) - step or [int(cells[k]) for k in years] != sorted(int(cells[k]) for k in years):
        return [r]
    out = []
    for k in years:
        a, b = r.cells[k]
        out.append(TextRow(cells[k], a, r.cells[k + 1:k + step]))
    return out


def _continued(text: str, lines, rows: list[TextRow]) -> None:
    """A row whose cells go on over the next lines (``3. Huyện Sơn Tịnh`` / ``14.176 14.345`` / ``-`` / ``-`` / ``-``):
    the lone cells right after it are its own while it is shorter than the row before it."""
    starts = [p for p, _ in lines]
    for n in range(1, len(rows)):
        r, width = rows[n], len(rows[n - 1].cells)
        k = bisect.bisect_right(starts, r.cells[-1][0]) - 1
        nxt = rows[n + 1].label_start if n + 1 < len(rows) else len(text)
        while len(r.cells) < width and k + 1 < len(lines) and lines[k + 1][0] < nxt and _is_cell(lines[k + 1][1]) \
                and not _FIELD_SEP.search(lines[k + 1][1].strip()) and " " not in lines[k + 1][1].strip():
            q, c = lines[k + 1]
            q += len(c) - len(c.lstrip())
            r.cells.append((q, q + len(c.strip())))
            k += 1


#: a label line continued on the next (``TỔNG SỐ -`` / ``TOTAL``): it ends on a dash after a space
_CONTINUES = re.compile(r"\s[-–]\s*$")
LABEL_LINES = 2


def _label_key(label: str) -> str:
    """A label's words folded, its dashes and colons aside: ``Công lập -`` / ``Public`` and ``Công lập - Public``
    are ``cong lap public``."""
    return " ".join(re.findall(r"\w+", fold(label)))


#: a row's label that is a year, perhaps preliminary (``2015``, ``Sơ bộ - Prel. 2016``): a transposed table's row
_YEAR_LABEL = re.compile(r"(?:(?:Sơ bộ|Ước tính|Ước)\b.*)?(?<!\d)(?:19|20)\d\d")


#: a row that is a part of the row above (``Trong đó: Số giáo viên đạt chuẩn trở lên`` / ``Of which: …``), folded
_OF_WHICH = re.compile(r"(?:trong do|of which)\b")


#: a list item's bullet opening a label (``- Số giáo viên``, ``+ Nam``)
_BULLET = re.compile(r"\s*([-–+•*])\s")


def _bullet(label: str) -> str:
    """The bullet a label opens with (``-`` of ``- Số giáo viên``), or ``""``. Two items of one list are siblings:
    the one above is no group of the other (s12 Thừa Thiên Huế's ``A. Khối mầm non`` / ``- Số trường học`` / ``- Số
    lớp học`` / ``- Số phòng học`` / ``- Số giáo viên``: «Số giáo viên» recurs under each block, «Số phòng học» once,
    and had been taken for its group)."""
    m = _BULLET.match(label)
    return m.group(1) if m else ""


def sub_row_groups(text: str, rows: list[TextRow], dashes: list[str] = ()) -> None:
    """A yearbook breaks each group down into the same sub-rows: ``Tiểu học - Primary school`` / ``Công lập -
    Public`` / ``Ngoài công lập - Non-public`` / ``Trung học cơ sở`` / ``Công lập - Public`` / … (held-out yf
    Quảng Ngãi; ``Nhà nước - State`` under ``- Bệnh viện - Hospital`` and ``- Phòng khám khu vực``, s8 Kiên Giang;
    ``Trong đó: Nữ - Of which: Female`` under each level, s8 Nam Định). Such a label says nothing of whose it is:
    its group does. Each group holds one of each sub-row, so a sub-row's label recurs in its table more often than
    its group's: the group of a row whose label recurs (two rows of it at least) is the nearest row above it, in
    the same table, whose label recurs fewer times (``TextRow.group``). The rows of dashes only (``Ngoài công lập -``
    / ``Non-public`` / ``-`` ×5) are counted too (``dashes``: their labels as read before they were dropped) — they
    are the group's sub-rows all the same, and so are the label lines closed by dash cells (``Ngoài công lập -
    Non-public   -   -   -   -   -``, ``_DASH_CELLS``: no row read). Labels that recur as often as each other (two
    blocks of ``Nam``, ``Nữ``
    under no group row) have no group. A row of ``Trong đó`` (of which) is a part of the row above it, no group: the
    ``Công lập`` / ``Ngoài công lập`` under ``Số giáo viên (Người)`` / ``Trong đó: Số giáo viên đạt chuẩn trở lên``
    add up to Số giáo viên (1.747 + 80 = 1.827, s8 Quảng Ngãi). A group title whose cells are blank (``Phân theo cấp
    quản lý - By management level`` / `` `` ×5, s6 Nghệ An) is the group of the rows under it, though no row: a
    row under it has no group row (its ``Trung ương - Central`` is no part of the ``Nữ - Female`` above). Every row of
    a sub-row's label has its group: a label whose first row has none is a block's row repeated in the next block
    (``Số giáo viên (Người)`` first under the header, then again in the index block right after ``Số học sinh bình
    quân một lớp học``, s8 Quảng Ngãi) — no group for any of its rows."""
    dash_keys = [k for k in (_label_key(x) for x in dashes) if k]
    for table in pasted_tables(text, rows):
        keys = [_label_key(r.label) for r in table]
        counts = [keys.count(k) + sum(1 for d in dash_keys if k == d or k.endswith(" " + d)) for k in keys]
        for n, r in enumerate(table):
            r.group = None
            if not keys[n] or counts[n] < LEAST_ROWS or _YEAR_LABEL.fullmatch(" ".join(r.label.split())):
                continue        # a year recurs in each block of a table whose rows are years: no sub-row
            for j in range(n - 1, -1, -1):
                if _blank_cells_after(text, table[j].cells[-1][1], table[j + 1].label_start) or \
                        _years_only(text, table[j]):
                    break       # "Phân theo cấp quản lý - By management level" / " " ×5: its own group, no row; a
                                # header of years ("2010" / "2013" / …) read as a row, the table's start
                if _bullet(table[j].label) and _bullet(table[j].label) == _bullet(r.label):
                    continue    # "- Số phòng học" / "- Số giáo viên": items of one list, siblings, no group
                if counts[j] < counts[n] and not _OF_WHICH.match(keys[j]):
                    r.group = table[j]
                    break
        for n, r in enumerate(table):   # a label one of whose rows has no group is no sub-row label
            if r.group is not None and any(x.group is None for k, x in zip(keys, table) if k == keys[n]):
                r.group = None


#: a breakdown's heading: ``Phân theo đơn vị cấp huyện``, ``A. Phân theo khu vực kinh tế``, ``Phân theo thành phần
#: kinh tế - By types of ownership``
_BREAKDOWN = re.compile(r"(?i)\s*(?:[A-ZĐ]\.\s*|[IVX]{1,4}\.\s*)?phân\s+theo\s")


def breakdown_heading(line: str) -> bool:
    """A line that opens a breakdown (``Phân theo …``) heads the rows under it: the first row's label does not go on
    it (zu Tổng cục Thống kê's ``A. Phân theo khu vực kinh tế`` / ``Nông, lâm nghiệp và thủy sản`` / ``4,07`` /
    ``1,83``; Đà Nẵng's yearbook ``Phân theo đơn vị cấp huyện`` / ``Quận Liên Chiểu``, s10, s12; Huế's retail
    ``Phân theo nhóm ngành hàng`` / ``Doanh thu bán lẻ``, p10; Quảng Trị's ``Phân theo thành phần kinh tế - By types
    of ownership``, s15 — each had been read as the start of that row's label)."""
    return bool(_BREAKDOWN.match(line))


def _wrapped_labels(text: str, lines, rows: list[TextRow]) -> None:
    """A label over two lines: ``I. Khu vực đồng bằng`` / ``Plain districts`` / ``158.855 …`` (a yearbook's Vietnamese
    line and its English one), ``Tốt`` / ``(tỉ lệ so với tổng số)   40%`` / ``502`` … — the line before the label, when
    it lies between the row before and this one with no other line (a serial number aside) and is no cell, no
    sentence and no column title, is the label's first line; before the first row, only a line ending on a dash
    (``TỔNG SỐ -``) says it goes on."""
    starts = [p for p, _ in lines]
    for n, r in enumerate(rows):
        k = bisect.bisect_right(starts, r.label_start) - 1
        if k <= 0:
            continue
        if rows[n].label_start > lines[k][0] + len(lines[k][1]) - len(lines[k][1].lstrip()) + 0 and \
                text[lines[k][0]:r.label_start].strip():
            continue          # the label starts inside its line after something else: leave it
        lo = rows[n - 1].cells[-1][1] if n else -1
        before = [(p, x) for p, x in lines[:k] if p >= lo and x.strip()]
        before = [(p, x) for p, x in before if not _STT_ALONE.fullmatch(x.strip())]   # "1", "II", "a": its STT
        if not before or _YEAR_CELL.fullmatch(r.label.strip()):
            continue        # a year is a whole label ("2016" under "Cơ cấu - Structure (%)": the block's title)
        p, x = before[-1]
        goes_on = bool(_CONTINUES.search(x))
        if _is_cell(x) or not _is_label(x) or x.strip().endswith(":"):
            continue
        if _closed_by_bar(text, p, r.label_start) or _blank_cells_after(text, p, r.label_start) or \
                _DASH_CELLS.search(x):
            continue        # "Các khoản giảm trừ doanh thu" / "|" ×6, "Phân theo giới tính - By sex" / " " ×5, "Ngoài
                            # Nhà nước - Non-state   -   -   -": a row of its own whose cells are empty
        if r.column_unit and _SERIAL_START.match(x):
            continue        # "II. Dịch vụ lữ hành …" / "1. Lượt khách du lịch theo tour" / "Lượt khách": a heading
        if not goes_on and (read_title(" ".join(x.split())).column or x.upper() == x):
            continue        # a column title, a heading in capitals ("3. GIẢM NGHÈO")
        if breakdown_heading(x):
            continue        # "A. Phân theo khu vực kinh tế" / "Nông, lâm nghiệp và thủy sản": the rows' group
        if n == 0 or lo < 0 or _years_only(text, rows[n - 1]):
            ok = goes_on    # before the first row: the header's lines
        else:
            ok = len(before) < LABEL_LINES or goes_on
        if ok:
            at = p + len(x) - len(x.lstrip())
            r.label = " ".join(x.split()) + " " + r.label
            r.label_start = at


#: a line of English letters only: a bilingual yearbook's gloss (``Agriculture, forestry and fishing``); it may open
#: on a share that is part of its name, as its Vietnamese line does (``Doanh nghiệp 100% vốn Nhà nước`` / ``100% State
#: capital``, s8 Bình Định; ``DN 100% vốn Nhà nƣớc`` / ``100% capital State owned``, s8 Quảng Trị)
_ENGLISH = re.compile(r"(?:\d{1,3}(?:[.,]\d+)?\s?%\s+)?[A-Za-z][A-Za-z0-9 .,;:()'&/%-]*")
#: a label line closed by two empty cells or more written as dashes (``Công ty hợp danh - Collective name - - - - -``):
#: a row of its own whose cells are none, no first line of the next row's label (one dash closing it, ``Công lập -``
#: / ``Public``, ``TỔNG SỐ -``, says the label goes on)
_DASH_CELLS = re.compile(r"(?:[ \t]+[-–—]){2,}[ \t]*$")


#: the header's last title, a year or a school year (``2020-2021``, ``Prel. 2021``, ``Sơ bộ 2016``): the first row's
#: label starts right under it
_HEADER_YEAR = re.compile(r"(?:(?:Sơ bộ|Prel\.?|Est\.?)\s*[-–]?\s*)*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?")


#: a header's line of months side by side, in Vietnamese or in the English gloss under them: ``Tháng 1 Tháng 2 …
#: Tháng 6``, ``Jan. Feb. Mar. Apr. May Jun.``, ``July Aug. Sep. Oct. Nov. Dec.`` — two months or more
_MONTH = r"(?:Tháng\s+\d{1,2}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|May|June|July)"
_HEADER_MONTHS = re.compile(rf"{_MONTH}(?:\s+{_MONTH})+")


def header_closes(line: str) -> bool:
    """The line is a header's last, the first row's label starting right under it: a year or a school year
    (``_HEADER_YEAR``), or months side by side (``_HEADER_MONTHS``: ``Jan. Feb. Mar. Apr. May Jun.`` /
    ``Chỉ số giá tiêu dùng`` / ``Consumer price index 110,07 …``, yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung;
    ``July Aug. Sep. Oct. Nov. Dec.`` / ``Chỉ số giá tiêu dùng`` / ``Consumer price index 101,08 …``, Quảng Trị's
    yearbook 2018 p. 391)."""
    line = " ".join(line.split())
    return _HEADER_YEAR.fullmatch(line) is not None or _HEADER_MONTHS.fullmatch(line) is not None


def _gloss_labels(text: str, lines, rows: list[TextRow]) -> None:
    """A row labelled by its English gloss only (``Nông nghiệp, lâm nghiệp và thủy sản`` / ``Agriculture, forestry and
    fishing`` / ``5.787`` …, a heading and its gloss above them): the Vietnamese line right above the gloss's lines —
    with nothing but English lines between, after the row before — is where the label starts (``Sản xuất và phân phối
    điện, …`` / ``Production and distribution of electricity, gas,`` / ``hot water, steam and airconditioning``); a Vietnamese line
    opening in lower case goes on from the one above it."""
    starts = [p for p, _ in lines]
    for n, r in enumerate(rows):
        if not _ENGLISH.fullmatch(r.label.strip()):
            continue
        lo = rows[n - 1].cells[-1][1] if n else -1
        k = bisect.bisect_right(starts, r.label_start) - 1
        if lo < 0 and k >= 2 and not _ENGLISH.fullmatch(lines[k - 1][1].strip()) and \
                header_closes(lines[k - 2][1]):
            lo = lines[k - 1][0]   # the first row under a header closed by its year: ``2020-2021`` / ``Số trường (Trường)``
        if lo < 0 or k <= 0 or lines[k][0] + len(lines[k][1]) - len(lines[k][1].lstrip()) < r.label_start:
            continue        # before the first row (the header's glosses), or a label inside its line
        j = k - 1
        while j >= 0 and lines[j][0] >= lo and _ENGLISH.fullmatch(lines[j][1].strip()):
            j -= 1
        if j < 0 or lines[j][0] < lo:
            continue
        p, x = lines[j]
        if _is_cell(x) or not _is_label(x) or x.strip().endswith(":") or x.upper() == x:
            continue
        if _blank_cells_after(text, p, r.label_start) or _closed_by_bar(text, p, r.label_start):
            continue        # "Phân theo giới tính - By sex" / " " ×5 / "Nam - Male": a group's title, its own row
        while x.strip()[:1].islower() and j > 0 and lines[j - 1][0] >= lo and _is_label(lines[j - 1][1]) and \
                not _is_cell(lines[j - 1][1]) and not _ENGLISH.fullmatch(lines[j - 1][1].strip()):
            j -= 1           # ``Cung cấp nước; hoạt động quản lý`` / ``và xử lý rác thải, nước thải``: the line goes on
            p, x = lines[j]
        r.label = " ".join(text[p:r.label_start].split()) + " " + r.label if r.label_start > p else r.label
        r.label = " ".join(r.label.split())
        r.label_start = p + len(x) - len(x.lstrip())


#: a cell's closing bar: a line of bars alone (``|``: an empty cell of a table one cell a line) or a bar ending the line
_CLOSING_BAR = re.compile(r"\|[ \t]*(?:\n|$)")


def _closed_by_bar(text: str, line_start: int, label_start: int) -> bool:
    """The line at ``line_start`` is closed by a field's bar before the label at ``label_start`` begins — it ends on
    ``|`` or a line of bars alone follows it: a cell of its own (a row whose cells are all empty), no first line of
    the next label. A bar closes a cell in a page's table one cell a line: ``Các khoản giảm trừ doanh thu`` / ``|`` ×6
    / ``Doanh thu thuần`` / ``|`` / ``268`` (s6-toan-quoc-bsc-vef); ``2. Các khoản giảm trừ doanh thu |`` / ``|`` ×5 /
    ``3. Doanh thu thuần …`` (s6-phu-yen-thuy-dien-song-ba-ha); a label over two lines has no bar between them
    (``5. Huyện Tam`` / ``Đảo |``, s6-vinh-phuc-nien-giam-lua-dong-xuan-huyen-2018)."""
    return _CLOSING_BAR.search(text, line_start, label_start) is not None


#: an empty cell of a table one cell a paragraph: a line of spaces alone (a web page's ``&nbsp;`` cell), not an empty
#: line (the paragraphs' gap)
BLANK_CELL = re.compile(r"\n[ \t\u00a0]+(?=\n)")


def _blank_cells_after(text: str, line_start: int, label_start: int) -> bool:
    """Lines of spaces alone lie between the line at ``line_start`` and the label at ``label_start``: the line is a
    row of its own whose cells are blank — a group's title (``Phân theo giới tính - By sex`` / `` `` ×5 / ``Nam -
    Male`` / ``3.042``, s6-nghe-an-nien-giam-hoc-sinh-tccn-2020; ``Phân Theo Giới Tính`` / `` `` ×4 / ``Nam`` /
    ``394.585``, s6-da-nang-dan-so-quan-huyen-2010; s5-vinh-phuc-nien-giam-hoc-sinh-tccn-2017), no first line of the
    label under it."""
    return BLANK_CELL.search(text, line_start, label_start) is not None


def _line_at(text: str, pos: int) -> str:
    """The whole line holding ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def _trailing_bar(line: str) -> str:
    """``100,53 |``, ``Chỉ số giá tiêu dùng |``: a page's table one cell a line, each closed by its bar — the line
    without it (a line of several bars is a row side by side, left as it is)."""
    body = line.rstrip()
    if body.endswith("|") and body.count("|") == 1 and body[:-1].strip():
        return body[:-1].rstrip()
    return line


def _years_only(text: str, r: TextRow) -> bool:
    """``2010 2013 2014 2015``: a header of years, read as a row by layout."""
    return all(_YEAR_CELL.fullmatch(text[a:b].strip()) for a, b in r.cells)


_STT_ALONE = re.compile(r"\d{1,2}|[IVX]{1,4}|[a-zđ]")


def _extra_last_cells(text: str, rows: list[TextRow]) -> None:
    """A row with one cell more than the rows beside it: its last cell is no cell of it — the next row's serial
    number when small (``Tổng hợp kết quả cuối năm … 294`` / ``1`` / ``Lên lớp``), the page's number after the last
    row (``14. Huyện Lý Sơn … 4.473`` / ``365``)."""
    for n, r in enumerate(rows):
        if n == 0:
            continue          # the first row has no row before it to say the width (a header's "1 2 3 4 5")
        widths = {len(x.cells) for x in rows[n - 1:n] + rows[n + 1:n + 2]}
        if len(widths) != 1 or len(r.cells) != next(iter(widths)) + 1 or len(r.cells) <= LEAST_CELLS:
            continue
        a, b = r.cells[-1]
        last = text[a:b].strip()
        if not re.fullmatch(r"\d{1,3}", last):
            continue
        if n + 1 < len(rows) and len(last) <= 2 and rows[n + 1].serial is None and rows[n + 1].label_start > b:
            r.cells.pop()
            rows[n + 1].serial = (a, b)
        elif n + 1 == len(rows):
            r.cells.pop()


def _drop_serials(text: str, rows: list[TextRow]) -> None:
    """The last cell of each row that is the next row's serial number (1, 2, 3, … one more than the row before)."""
    if len(rows) < 2:
        return
    last = [text[a:b].strip() for r in rows for a, b in r.cells[-1:]]
    serial = sum(1 for n, v in enumerate(last[:-1]) if v == str(n + 2))
    if serial >= max(2, (len(rows) - 1) // 2):
        for n, r in enumerate(rows[:-1]):
            if text[r.cells[-1][0]:r.cells[-1][1]].strip() == str(n + 2):
                a, b = r.cells.pop()
                if rows[n + 1].serial is None and rows[n + 1].label_start > b:
                    rows[n + 1].serial = (a, b)     # the next row's STT: no figure (``_table_cells_are_figures``)
        return
    # codes of one group (``1.001``, ``1.002``, …): each last cell one more than the last cell before it
    chained = [k for k in range(1, len(last)) if _next_code(last[k - 1], last[k])]
    if len(chained) >= max(2, (len(rows) - 1) // 2):
        for k in sorted({c for k in chained for c in (k - 1, k)}):
            a, b = rows[k].cells.pop()
            if k + 1 < len(rows) and rows[k + 1].serial is None and rows[k + 1].label_start > b:
                rows[k + 1].serial = (a, b)       # the next row's STT or code (``1`` / ``Tốt``; ``1.002`` / ``Gạo …``)


_CODE_TAIL = re.compile(r"(\d+(?:\.\d+)*\.)?(\d+)")


def _next_code(a: str, b: str) -> bool:
    """``b`` is the code after ``a`` (``1.002`` after ``1.001``, ``12`` after ``11``)."""
    ma, mb = _CODE_TAIL.fullmatch(a), _CODE_TAIL.fullmatch(b)
    return bool(ma and mb) and ma.group(1) == mb.group(1) and int(mb.group(2)) == int(ma.group(2)) + 1 \
        and len(ma.group(2)) == len(mb.group(2))


def cell_labels(text: str, starts: list[int], rows: list[TextRow] | None = None) -> dict[int, tuple[str, int]]:
    """For each number start inside a cell: (its row's label, its cell's index); bounds (``< 45``) left out."""
    rows = text_rows(text) if rows is None else rows
    where = {}
    for r in rows:
        for n, (a, b) in enumerate(r.cells):
            if _BOUND.match(text, a):
                continue
            where[(a, b)] = (r.label, r.place(n))
    out = {}
    spans = sorted(where)
    lows = [a for a, _ in spans]
    for s in starts:
        k = bisect.bisect_right(lows, s) - 1
        if k >= 0 and s < spans[k][1]:
            out[s] = where[spans[k]]
    return out


#: a row the loader made of one year of a term's column (``Cơ sở y tế (năm 2011)``)
_OF_YEAR = re.compile(r"\(năm ((?:19|20)\d\d)\)\s*$")
#: a cell that is zero (``0``, ``0,0``, ``0,00``)
_ZERO_CELL = re.compile(r"0(?:[.,]0+)?")
#: how well a pasted row's label must fit a row of the figures table (label words, idf-weighted)
LABEL_FIT = 0.5
#: an abbreviation in a pasted label: two to five capitals (``BN`` bệnh nhân, ``GB`` giường bệnh)
_ABBR = re.compile(r"(?<!\w)[A-ZĐ]{2,5}(?!\w)")
_NEVER_CELLS = ("date", "time", "year", "anniversary")
_COLUMN_SAID = {"ky_bao_cao": "kỳ này", "cung_ky": "cùng kỳ", "ke_hoach": "kế hoạch", "ky_truoc": "kỳ trước"}


class TableCells:
    """Mixed into the checker (``check._Checker``): a cell of a table pasted as text is checked against the row its
    label names. Needs ``text``, ``mentions``, ``idx``, ``_cells``, ``_set``, ``_anchored``."""

    table_cells: frozenset = frozenset()   # the mentions checked as cells (a set once one is): no sentence rule
    #                                        judges them again

    def _text_cells(self) -> dict[int, tuple[str, int]]:
        got = self.__dict__.get("_text_cell_at")
        if got is None:
            got = self.__dict__["_text_cell_at"] = cell_labels(self.text, [m.num_start for m in self.mentions],
                                                               self._pasted_rows())
        return got

    def _english_cell(self, i: int) -> bool:
        """A cell written the English way (``4.8``) in a pasted table that writes its numbers so (``pasted.
        table_writes_english``: its own cells decide, not the page's sentences): read as written, no notation flag."""
        m = self.mentions[i]
        return m.notation == "foreign" and self._english_span(m.num_start, m.num_end)

    def _english_span(self, a: int, b: int) -> bool:
        """The cell at ``a``–``b`` can only be English (``pasted.only_notation``) and its table writes so."""
        if only_notation(self.text[a:b]) != "en":
            return False
        for table in self._pasted_tables():
            if any(x <= a < y for r in table for x, y in r.cells):
                return table_writes_english([self.text[x:y] for r in table for x, y in r.cells])
        return False

    def _pasted_tables(self) -> list[list[TextRow]]:
        got = self.__dict__.get("_tables")
        if got is None:
            got = self.__dict__["_tables"] = pasted_tables(self.text, self._pasted_rows())
        return got

    def _pasted_rows(self) -> list[TextRow]:
        got = self.__dict__.get("_pasted")
        if got is None:
            got = self.__dict__["_pasted"] = text_rows(self.text)
        return got

    def _label_rows(self, label: str) -> list:
        """The rows of the figures table the label names best (several when their labels are the same), with the
        rows the loader made of the same row's other columns (``… (ước thực hiện năm 2009)``, code ``3-U2009``)."""
        got = self.__dict__.setdefault("_label_rows_of", {})
        if label not in got:
            scored = [(self._label_fit(label, r), r) for r in self.idx.rows]
            best = max((f for f, _ in scored), default=0.0)
            top = [r for f, r in scored if f >= LABEL_FIT and f >= best - 1e-9]
            got[label] = top + [r for r in self.idx.rows if r not in top and any(
                r.fig.ma.startswith(t.fig.ma + "-") and r.fig.chi_tieu.startswith(t.fig.chi_tieu) for t in top)]
        return got[label]

    def _row_of_occurrence(self, at: int, rows: list) -> list:
        """Rows of one label (``Tốt``, ``Đạt`` under each of five qualities): the pasted rows of that label are the
        table's rows of that label in order — the k-th ``Tốt`` of the text is the k-th ``Tốt`` row of the table — when
        the text has as many such rows as the table; else any of them (``rows`` as they are)."""
        if len(rows) < 2:
            return rows
        pasted = self._pasted_rows()
        mine = next((r for r in pasted if any(a <= at < b for a, b in r.cells)), None)
        if mine is None:
            return rows
        same = [r for r in pasted if self._label_rows(self._said_label(r)) == rows]
        top = [r for r in rows if not any(r.fig.ma.startswith(t.fig.ma + "-") and r is not t for t in rows)]
        if len(same) != len(top) or mine not in same:
            return rows
        one = top[same.index(mine)]
        return [one] + [r for r in rows if r is not one and r.fig.ma.startswith(one.fig.ma + "-")]

    def _said_label(self, r: TextRow) -> str:
        """The label a pasted row names its figures-table row by: a sub-row repeated under several groups
        (``TextRow.group``: ``Công lập - Public`` under ``Trung học phổ thông``) names the row of its group —
        ``Trung học phổ thông - Công lập`` — when the group's label and its own together name a row that holds words
        of both (the words one says and the other does not); else its own label, as any row."""
        g = r.group
        if g is None:
            return r.label
        got = self.__dict__.setdefault("_said_labels", {})
        key = (g.label, r.label)
        if key not in got:
            both = f"{g.label} - {r.label}"
            own, theirs = set(_label_key(r.label).split()), set(_label_key(g.label).split())
            top = self._label_rows(both)
            words = set(_label_key(top[0].fig.chi_tieu).split()) if top else set()
            got[key] = both if words & (own - theirs) and words & (theirs - own) else r.label
        return got[key]

    def _pasted_row_at(self, at: int) -> TextRow | None:
        return next((r for r in self._pasted_rows() if any(a <= at < b for a, b in r.cells)), None)

    def _label_fit(self, label: str, row) -> float:
        """Both ways: how much of the row's label the pasted one says, and of the pasted one the row's; a short
        capitalised abbreviation (``BN``, ``GB``, ``PK``) read as the row's words whose initials it is."""
        words = fold(row.fig.chi_tieu).split()
        for abbr in set(_ABBR.findall(label)):
            a = fold(abbr)
            for k in range(len(words) - len(a) + 1):
                if "".join(w[0] for w in words[k:k + len(a)]) == a:
                    label = re.sub(rf"(?<!\w){re.escape(abbr)}(?!\w)", " ".join(words[k:k + len(a)]), label)
                    break
        said = self.idx.context(label)
        mine = self.idx.context(row.fig.chi_tieu)
        back = len(said & mine) / len(said) if said else 0.0
        return (self.idx.fit(said, row) + back) / 2

    def _table_cells_are_figures(self) -> None:
        """A cell the sentence rules took for no figure (``41`` under a header ``Ước tính cả năm 2009`` read as
        another period's) is a cell of its row: its row's label says what it is."""
        for i, m in enumerate(self.mentions):
            if m.is_figure or m.kind in _NEVER_CELLS:
                continue
            at = self._text_cells().get(m.num_start)
            if at is None or not self._label_rows(at[0]):
                continue
            if m.value is None:   # claimed whole as page furniture ("a line of numbers only"): read it as a cell
                if (read := read_cell(m.raw)) is None:
                    continue
                m.value, m.numeral, m.decimals, m.notation = read[0], read[0], read[1], read[2]
            m.kind, m.note = ("percent" if "%" in m.raw else "count"), None
        by_start = sorted(self.mentions, key=lambda x: x.num_start)
        starts = [m.num_start for m in by_start]
        serials = [r.serial for r in self._pasted_rows() if r.serial is not None] + \
            [x for r in self._pasted_rows() for x in r.heading_serials]    # a one-value table's headings' serials
        for a, b in serials if len(serials) >= LEAST_ROWS else ():   # "1 Tỷ lệ số xã … % 60.23 59": its STT
            for m in by_start[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
                m.kind, m.note = "name", "a pasted table row's serial number"
        for a, b in column_name_numbers(self.text) + bar_serials(self.text):   # "lớp 6", "1 | Thu nội địa"
            for m in by_start[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
                if m.is_figure:
                    m.kind, m.note = "name", "a pasted table's column name or row number"
        for a, b in unit_lines(self.text):   # "単位: 1.000.000đ": the unit of the table's money cells
            for m in by_start[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
                m.kind, m.note = "name", "a pasted table's unit line"
        for r in self._pasted_rows():
            for unit in (r.unit, r.label_unit):   # "đ/chai 750ml", "1000sp": a number of the row's unit is its unit's
                for m in by_start[bisect.bisect_left(starts, unit[0]):bisect.bisect_left(starts, unit[1])] \
                        if unit is not None else ():
                    m.kind, m.note = "name", "part of a pasted table row's unit"
            # "Tỉ lệ tử vong trước 24h": a number of the label is part of its name
            end = r.label_start + len(r.label)
            rows = None
            for m in by_start[bisect.bisect_left(starts, r.label_start):bisect.bisect_left(starts, end)]:
                if m.is_figure:
                    rows = self._label_rows(r.label) if rows is None else rows
                    digits = self.text[m.num_start:m.num_end]
                    if any(re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)", x.fig.chi_tieu) for x in rows):
                        m.kind, m.note = "name", "part of a pasted table row's label"

    def _across_of(self, r: TextRow) -> list[str] | None:
        """The names of the columns of the pasted table ``r`` stands in when they are places or indicators, no
        periods (``across_names``, read above the table's first row of ``r``'s width), else ``None``."""
        got = self.__dict__.setdefault("_across", {})
        table = next((t for t in self._pasted_tables() if r in t), None)
        if table is None:
            return None
        first = next(x for x in table if len(x.cells) == len(r.cells))
        key = (first.label_start, len(r.cells))
        if key not in got:
            got[key] = across_names(self.text, first, len(r.cells))
        return got[key] if r.places is None else None   # (a row leaving cells empty: its cells' columns unknown)

    def _by_across_cell(self, i: int, label: str) -> bool:
        """A cell of a table whose columns are places or indicators (``_across_of``): the row it belongs to is its
        row's label and its column's name together (``Diện tích (km²) - Thành phố Cao Lãnh``; ``Phường Bắc Lý - Dân
        số``), of one value — the report's. Checked as that row's value; read as a column of one row with twelve
        columns, every cell had been left unverified (``bảng số liệu không có cột này``) and a district's value
        written in another's place passed."""
        m = self.mentions[i]
        rows = self._label_rows(label)
        if not rows:
            return False
        ok, conflict = self._cells(i, self.idx)
        mine = [c for c in ok + conflict if any(c[0] is r for r in rows)]
        self._anchored.add(i)
        self.__dict__.setdefault("table_cells", set()).add(i)
        if not mine:   # "155,55" under "Diện tích (km2)": a bare cell, its row's unit in the header — as written
            read = self._as_written(m.num_start, m.num_end) | ({m.value} if m.scale == 1 else set())
            mine = [(r, c, v, 0) for r in rows for c, v in r.values.items() if v in read]
        if mine:
            row, col, _, _ = mine[0]
            self._set(i, "supported", row, col)
            return True
        row = rows[0]
        said = "; ".join(f"{_COLUMN_SAID.get(c, c)} {fmt_row_value(row, v)}" for c, v in row.values.items())
        self._set(i, "unsupported", row, "ky_bao_cao", reason=(
            f"Ô này thuộc dòng «{label[:80]}» của bảng trong văn bản, tức {row.fig.ma} ({row.fig.chi_tieu[:60]}): "
            f"{said}; «{m.raw.strip()}» không phải số của dòng này"))
        return True

    def _by_table_cell(self, i: int) -> bool:
        m = self.mentions[i]
        at = self._text_cells().get(m.num_start)
        if at is None or m.value is None:
            return False
        own = self._pasted_row_at(m.num_start)
        across = self._across_of(own) if own is not None else None
        if across is not None and at[1] < len(across) and \
                self._by_across_cell(i, f"{self._said_label(own)} - {across[at[1]]}"):
            return True
        rows = self._row_of_occurrence(m.num_start, self._label_rows(self._said_label(own) if own else at[0]))
        if not rows:
            return self._zero_row_unverified(i, at[0])
        rows = self._row_of_year(m.num_start, at[1], rows)
        ok, conflict = self._cells(i, self.idx)
        mine = [c for c in ok + conflict if any(c[0] is r for r in rows)]
        self._anchored.add(i)
        self.__dict__.setdefault("table_cells", set()).add(i)
        if not mine:   # "0" in a row of rates written "0%" elsewhere: the cell as written, its kind aside
            mine = [(r, c, v, 0) for r in rows for c, v in r.values.items() if v == m.value and m.scale == 1]
        if not mine:   # "-909,009" under "単位: 1.000.000đ": the cell in its page's notation, sign and unit line
            read = self._as_written(m.num_start, m.num_end)
            mine = [(r, c, v, 0) for r in rows for c, v in r.values.items() if v in read]
        width = next((self._place_width(r) for r in self._pasted_rows() if any(a <= m.num_start < b for a, b in r.cells)),
                     0)
        if (width, at[1]) not in self._kept_columns():   # "18,1%" of Lớp 4 equal to Tổng số's 18,1%: a coincidence
            self._set(i, "unverified", rows[0], None, reason=(
                f"Ô thứ {at[1] + 1} của dòng «{at[0][:60]}» trong bảng dán: bảng số liệu không có cột này "
                f"({rows[0].fig.ma} chỉ có {len(rows[0].values)} cột), không đối chiếu được"))
            return True
        if mine:
            row, col, _, _ = mine[0]
            place = self._place_columns().get((width, at[1]))
            if place and place in row.values and not any(c == place for _, c, _, _ in mine):
                # "79,239" written where the row's Q1 2024 is: the cell is another column's value of its row
                self._set(i, "unsupported", row, place, reason=(
                    f"Ô thứ {at[1] + 1} của dòng «{at[0][:60]}» trong bảng dán là cột {_COLUMN_SAID.get(place, place)} "
                    f"của {row.fig.ma}: {fmt_row_value(row, row.values[place])}; «{m.raw.strip()}» là số của cột "
                    f"{_COLUMN_SAID.get(col, col)}"))
                return True
            self._set(i, "supported", row, col)
            return True
        self._kept_columns()
        rate_place = (width, at[1]) in self.__dict__.get("_pasted_rate_places", set())
        for row in rows:
            rate = self._rate_of_cells(m, row, rate_place)
            if rate:
                self._set(i, "derived", row, "ky_bao_cao", derivation=rate)
                return True
        row = rows[0]
        said = "; ".join(f"{_COLUMN_SAID.get(c, c)} {fmt_row_value(row, v)}" for c, v in row.values.items())
        other = next((c[0] for c in ok if all(c[0] is not r for r in rows)), None)
        self._set(i, "unsupported", row, "ky_bao_cao", reason=(
            f"Ô này thuộc dòng «{at[0][:60]}» của bảng trong văn bản, tức {row.fig.ma} ({row.fig.chi_tieu[:60]}): "
            f"{said}; «{m.raw.strip()}» không phải số nào của dòng này"
            + (f" (là số liệu của {other.fig.ma})" if other is not None else "")))
        return True

    def _zero_row_unverified(self, i: int, label: str) -> bool:
        """A cell of a pasted row whose cells are all zero — a statement's line with nothing in it (``8. Phần lợi nhuận
        hoặc lỗ trong công ty liên kết liên doanh 0 0``, ``20. Lợi nhuận sau thuế của cổ đông không kiểm soát 0 0``,
        held-out Vicostone; ``Các khoản giảm trừ doanh thu 0 0 0``, s1 bsc BTW) — whose label names no row of the
        figures table: the table left the line out, there is nothing to check it against. Unverified, no alarm (the
        sentence rules had flagged «0»: no row gives it); a row the table keeps is checked as any other."""
        m = self.mentions[i]
        row = next((r for r in self._pasted_rows() if any(a <= m.num_start < b for a, b in r.cells)), None)
        if row is None or m.value != 0 or not all(_ZERO_CELL.fullmatch(self.text[a:b].strip()) for a, b in row.cells):
            return False
        self._anchored.add(i)
        self.__dict__.setdefault("table_cells", set()).add(i)
        self._set(i, "unverified", None, None, reason=(
            f"Dòng «{label[:60]}» của bảng dán chỉ ghi số 0 và bảng số liệu không có dòng này: không đối chiếu được"))
        return True

    def _row_of_year(self, at: int, column: int, rows: list) -> list:
        """Rows of one indicator by year (``Cơ sở y tế (năm 2011)`` … ``(năm 2015)``, a term's years the loader made
        rows) under a header of those years pasted above (``CHỈ TIÊU`` / ``2011`` / … / ``2015``, one cell a line:
        yf-thua-thien-hue-cuc-thong-ke-y-te-2011-2015): the cell's column names its year, and the row of that year is
        the cell's — another year's value there is a swap. ``rows`` as they are when either is missing."""
        years = {}
        for r in rows:
            y = _OF_YEAR.search(r.fig.chi_tieu)
            if y:
                if int(y.group(1)) in years:
                    return rows   # one label kept under several groups ("Trong đó: Nữ" of each level): not one indicator
                years[int(y.group(1))] = r
        if len(years) < 2:
            return rows
        header = None
        for r in self._pasted_rows():     # the reader's own header of years (``_years_only``), the last before the cell
            if r.cells and r.cells[-1][1] <= at and _years_only(self.text, r):
                header = r
        if header is None:
            return rows
        named = [int(self.text[a:b]) for a, b in header.cells]
        if column >= len(named) or named != sorted(named) or named[column] not in years:
            return rows
        one = years[named[column]]
        return [one] + [r for r in rows if r is not one and r.fig.ma.startswith(one.fig.ma + "-")]

    def _as_written(self, a: int, b: int) -> set:
        """A cell's values as its page writes it (``pasted.cell_value``: English or Vietnamese notation, its sign —
        ``-909,009`` — kept), and scaled by the unit line above it (``Đơn vị: 1.000.000đ``)."""
        english = self.__dict__.get("_pasted_english")
        if english is None:
            english = self.__dict__["_pasted_english"] = english_notation(self.text)
        sign = "-" if self.text[a - 1:a] == "-" and (a < 2 or not self.text[a - 2].isalnum()) else ""
        v = cell_value(sign + self.text[a:b], english or self._english_span(a, b))
        if v is None:
            return set()
        factor = unit_factor(self.text, a)
        scale = self._cell_scale(a)
        return {v, v * factor} if factor else ({v, v * scale} if scale != 1 else {v})

    def _cell_scale(self, a: int) -> int:
        """The scale of the row the cell starting at ``a`` belongs to (``TextRow.scale``)."""
        got = self.__dict__.get("_pasted_scales")
        if got is None:
            got = self.__dict__["_pasted_scales"] = {c: r.scale for r in self._pasted_rows() for c, _ in r.cells
                                                      if r.scale != 1}
        return got.get(a, 1)

    def _kept_columns(self) -> set[tuple[int, int]]:
        """The cell places ((width, 0), (width, 1), …) of the pasted rows that are columns of the table: those where
        half the rows' cells at least are one of their row's values (one wrong cell of two rows leaves its place a
        column). A place where they never are is a column the table lacks (``Lớp 1`` … when the table keeps only
        ``Tổng số``; two of five quarters): its cells are left unverified, not flagged."""
        got = self.__dict__.get("_pasted_kept")
        if got is None:
            hits, seen, named, rates = {}, {}, {}, {}
            for r in self._pasted_rows():
                rows = self._row_of_occurrence(r.cells[0][0], self._label_rows(self._said_label(r)))
                if not rows:
                    continue
                values = {v for x in rows for v in x.values.values()}
                for n, (a, b) in enumerate(r.cells):
                    key = (self._place_width(r), r.place(n))
                    seen[key] = seen.get(key, 0) + 1
                    read = self._as_written(a, b)
                    if read & values or any(self._derivable(x, self.text[a:b], rows) for x in read):
                        hits[key] = hits.get(key, 0) + 1
                    if read and not read & values:   # a rate or change the row's values give ("97,4" of "Tỷ lệ %")
                        rated = rates.setdefault(key, [0, 0])
                        rated[0 if any(self._derivable(x, self.text[a:b], rows) for x in read) else 1] += 1
                    elif read:
                        rates.setdefault(key, [0, 0])[1] += 1
                    cols = {c for x in rows for c, v in x.values.items() if v in read}
                    if len(cols) == 1:   # a value of one column only: a vote for that column at this place
                        votes = named.setdefault(key, {})
                        votes[next(iter(cols))] = votes.get(next(iter(cols)), 0) + 1
            places = {}
            for key, counts in named.items():
                col, k = max(counts.items(), key=lambda ck: ck[1])
                if 2 * k > hits.get(key, 0):   # most cells at this place that are their row's are that column's
                    places[key] = col
            self.__dict__["_pasted_places"] = places
            # a place whose cells are rates of their rows' values and never a value: a rate column written without
            # its "%" ("Tỷ lệ %" over "97,4", "104"): its cells are read as rates (``_rate_of_cells``)
            self.__dict__["_pasted_rate_places"] = {k for k, (d, other) in rates.items() if d >= LEAST_ROWS and not other}
            # places are told apart among rows of one width only, and of two rows at least (a short row, "0 0" of
            # five quarters, says not which columns it fills: its cells are checked as before)
            got = self.__dict__["_pasted_kept"] = {k for k in seen if (hits.get(k, 0) and 2 * hits[k] >= seen[k])
                                                   or seen[k] < LEAST_ROWS}
        return got

    def _place_width(self, r: TextRow) -> int:
        """The width the places of ``r``'s cells are told among: its cell count, or — a row that leaves cells empty
        (``places``: its empty cells after the last unseen) — the width most rows of its pasted table have that its
        places fit (``13. Chi phí khác``'s ``[0, 2]`` among Sông Ba Hạ's rows of four)."""
        if r.places is None:
            return len(r.cells)
        table = next((t for t in self._pasted_tables() if any(x is r for x in t)), [r])
        widths = [len(x.cells) for x in table if x.places is None and len(x.cells) >= r.width()]
        return max(set(widths), key=widths.count) if widths else r.width()

    def _place_columns(self) -> dict:
        """The column of the table at each place of the pasted rows of one width (``(5, 4)``: ``ky_bao_cao``): of the
        cells there that are one of their row's values, most are that column's and no other's."""
        self._kept_columns()
        return self.__dict__.get("_pasted_places", {})

    @staticmethod
    def _derivable(x, raw: str, rows) -> bool:
        """A cell that two of its row's values give (their difference, one as a percent of the other, or its
        change): a column of changes or rates the table derives rather than keeps (``Tăng, giảm: Mức | %``)."""
        decimals = len(re.split(r"[.,]", raw.strip().rstrip("%").strip())[-1]) if re.search(r"[.,]\d{1,2}\s*%?$",
                                                                                            raw.strip()) else 0
        for row in rows:
            for a, b in itertools.permutations(row.values.values(), 2):
                if x == a - b or (b and any(value_supports(r, x, decimals=decimals, truncate=True)
                                            for r in (a / b * 100, a / b * 100 - 100))):
                    return True
        return False

    @staticmethod
    def _rate_of_cells(m, row, rate_place: bool = False) -> str | None:
        """``103%`` beside 160 and 165: one of the row's values as a percent of another, or its change; a price's
        change beside its two prices (``80.000 | 82.000 | 2.000 | 2,50`` under ``Tăng, giảm: Mức | %``): their
        difference, and the change in percent its column writes without the sign (two decimals or more)."""
        rated = m.kind == "percent" or m.decimals >= 2 or rate_place
        for (ca, a), (cb, b) in itertools.permutations(row.values.items(), 2):
            if m.kind != "percent" and a > b and m.value == a - b and m.scale == 1:
                return f"{_COLUMN_SAID.get(ca, ca)} − {_COLUMN_SAID.get(cb, cb)} của {row.fig.ma} = " \
                       f"{format_vn(a)} − {format_vn(b)}"
            if not b or not rated:
                continue
            for rate, how in ((a / b * 100, "="), (a / b * 100 - 100, "tăng")):
                if value_supports(rate, m.value, decimals=m.decimals, truncate=True):
                    return (f"{_COLUMN_SAID.get(ca, ca)} / {_COLUMN_SAID.get(cb, cb)} của {row.fig.ma} = "
                            f"{format_vn(a)} / {format_vn(b)}" + (" − 100%" if how == "tăng" else ""))
        if m.value == 0 and len(set(row.values.values())) == 1 and len(row.values) >= 2:
            return f"các cột của {row.fig.ma} bằng nhau ({format_vn(next(iter(row.values.values())))}): không đổi"
        return None


#: a total row's label: ``Cộng``, ``Tổng cộng`` (``TỔNG CỘNG:``) — the sum of the rows above it (``Tổng số`` heads a
#: yearbook's table, its parts below and nested: not read so)
_TOTAL_LABEL = re.compile(r"(?i)\s*(?:tổng\s+)?cộng\s*:?\s*")
#: a list's line ``- Quỹ Đầu tư Phát triển TP. Đà Nẵng: 25.000.000 đồng`` and its total ``Tổng cộng: 38.500.000 đồng``
_LIST_ITEM = re.compile(r"[ \t]*[-+*•–][ \t]*[^\n:]+:[ \t]*(?P<num>\d[\d.,]*)[ \t]*(?P<unit>[^\n]*?)[ \t]*$", re.M)
_LIST_TOTAL = re.compile(r"[ \t]*(?:tổng\s+cộng|cộng)[ \t]*:[ \t]*(?P<num>\d[\d.,]*)[ \t]*(?P<unit>[^\n]*?)[ \t]*$",
                         re.M | re.I)
#: a line this long between two rows is a sentence: the table above ended there
_SENTENCE_WORDS = 14


#: a line of prose between two pasted rows: a sentence of this many words or more ends one table
PROSE_WORDS = 12


#: the level word opening a Vietnamese place's name (``Thành phố Cao Lãnh``, ``Thị xã Hồng Ngự``, ``Huyện Tân Hồng``,
#: ``Quận Hải Châu``): written with a capital as a name's first word
_PLACE_LEVEL = re.compile(r"(?<!\S)(?:Thành phố|Thị xã|Thị trấn|Huyện|Quận|Phường|Xã|TP\.|TX\.)(?=\s)")


def place_header(text: str, pos: int, cells: int) -> tuple[list[str], int] | None:
    """The names of a table whose COLUMNS are places, from the lines right above its first row at ``pos`` (``Ðơn vị
    hành chính cấp huyện Thành phố`` / ``Cao Lãnh`` / ``Thành phố`` / ``Sa Đéc`` / … / ``Huyện`` / ``Tháp Mười`` over
    ``Diện tích (km²) 107 59,11 …``: khudancu's Đồng Tháp and Quảng Ninh pages, s14): a place's name opens on its level
    word (``Thành phố``, ``Thị xã``, ``Huyện``, ``Quận`` …), so those lines, joined, split before each level word;
    what stands before the first is the label column's own title (``Ðơn vị hành chính cấp huyện``, the level in lower
    case).  Returns the names and where the header starts; ``None`` unless exactly ``cells`` names, each with a name
    after its level word and no digit (the lines read back to a blank line or a sentence's stop)."""
    lines = []
    end = pos
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].rstrip("\n")
        if not line.strip() or re.search(r"[.;!?]\s*$", line) or len(line) > LABEL_MAX:
            break
        lines.append((start, line))
        end = start
    if not lines:
        return None
    joined = " ".join(" ".join(line.split()) for _, line in reversed(lines))
    at = [m.start() for m in _PLACE_LEVEL.finditer(joined)]
    names = [joined[a:b].strip() for a, b in zip(at, at[1:] + [len(joined)])]
    if len(names) != cells or any(not _PLACE_LEVEL.sub("", x).strip() or re.search(r"\d", x) for x in names):
        return None
    return names, lines[-1][0]


#: a column's title naming what it counts and, in brackets, its unit: ``Diện tích (km2)``, ``Dân số (người)``
_INDICATOR_TITLE = re.compile(r"(?P<name>[^\d()]*[^\W\d_][^\d()]*?)\s*\((?P<unit>[^()]{1,16})\)")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def indicator_titles(fields: list[str], cells: int) -> list[tuple[str, str]] | None:
    """A header whose columns are INDICATORS, each title closing on its unit in brackets, and no period (``Huyện,
    Thành phố`` / ``Diện tích (km2)`` / ``Dân số (người)`` over each commune's area and population: s14 Quảng Bình):
    each column is what its title says, in its unit, of the report's period — not a period's value.  The (name,
    unit) of each; ``None`` unless the header's last ``cells`` fields are such titles, their units units the loader
    knows, none naming a period, each naming another thing, and the field before them (the label column's) neither
    such a title nor a period (``Năm 2001`` … ``Năm 2007`` over ``Diện tích (ha)`` / ``Hệ số (lần)`` four times: a
    two-level header, s5 Cục Thống kê's land use page, no indicators' columns)."""
    if cells < 2 or len(fields) < cells:
        return None
    last = fields[-cells:]
    found = [_INDICATOR_TITLE.fullmatch(f.strip()) for f in last]
    if not all(found) or any(read_unit(m.group("unit").strip()) is None or read_title(f).column == "period"
                             or _YEAR_IN.search(f) for m, f in zip(found, last)):
        return None
    if len(fields) > cells and (_INDICATOR_TITLE.fullmatch(fields[-cells - 1].strip()) or
                                read_title(fields[-cells - 1]).column == "period"):
        return None
    names = [fold(m.group("name")) for m in found]
    if len(set(names)) < len(names):
        return None      # ``Diện tích (ha)`` / ``Hệ số (lần)`` four times under ``Năm 2001`` … ``Năm 2007``: periods'
    return [(" ".join(m.group("name").split()), m.group("unit").strip()) for m in found]


def across_names(text: str, first: TextRow, cells: int) -> list[str] | None:
    """What each column of a table is OF when its columns are no periods: the places of ``place_header`` or the
    indicators of ``indicator_titles`` (from the lines right above the first row, one field a line), else ``None``."""
    places = place_header(text, first.label_start, cells)
    if places is not None:
        return places[0]
    fields, end = [], first.label_start
    while end > 0 and len(fields) < cells + 1:
        start = text.rfind("\n", 0, end - 1) + 1
        line = " ".join(text[start:end].split())
        if line:
            fields.insert(0, line)
        end = start
    titles = indicator_titles(fields, cells)
    return [name for name, _ in titles] if titles is not None else None


def pasted_tables(text: str, rows: list[TextRow]) -> list[list[TextRow]]:
    """The pasted rows grouped into tables: a run of rows with no line of prose (``PROSE_WORDS`` words or more)
    between one row's last cell and the next row's label."""
    tables: list[list[TextRow]] = []
    end = None
    for r in sorted(rows, key=lambda r: r.label_start):
        between = text[end:r.label_start] if end is not None and end <= r.label_start else ""
        if not tables or any(len(re.findall(r"[^\W\d_]+", line)) >= PROSE_WORDS for line in between.split("\n")):
            tables.append([])
        tables[-1].append(r)
        end = max((b for _, b in r.cells), default=r.label_start + len(r.label))
    return tables


def total_rows(text: str, rows: list[TextRow] | None = None) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Each total of a table pasted as text and the cells it sums: a row labelled ``Cộng`` / ``Tổng cộng``, cell by
    cell over the rows right above it with as many cells (back to the table's start, a sentence or the total before;
    two at least); a list's ``Tổng cộng: 38.500.000 đồng`` over its lines ``- …: 2.000.000 đồng`` of the same unit
    (the lines of another unit — ``300.000 quả trứng gà`` — are no part). ``(total cell, [part cells])``."""
    rows = text_rows(text) if rows is None else rows
    out = []
    for n, r in enumerate(rows):
        if not _TOTAL_LABEL.fullmatch(r.label):
            continue
        parts, k = [], n - 1
        while k >= 0 and len(rows[k].cells) == len(r.cells) and not _TOTAL_LABEL.fullmatch(rows[k].label):
            between = text[rows[k].cells[-1][1]:(parts[-1] if parts else r).label_start]
            if any(len(x.split()) > _SENTENCE_WORDS for x in between.split("\n")):
                break
            parts.append(rows[k])
            k -= 1
        if len(parts) < 2:
            continue
        for j, cell in enumerate(r.cells):
            out.append((cell, [p.cells[j] for p in reversed(parts)]))
    items = list(_LIST_ITEM.finditer(text))
    for t in _LIST_TOTAL.finditer(text):
        before = []
        for m in reversed([m for m in items if m.end() < t.start()]):
            gap = text[m.end():(before[-1].start() if before else t.start())]
            if gap.strip():
                break
            before.append(m)
        unit = " ".join(t.group("unit").split()).lower()
        same = [m for m in reversed(before) if " ".join(m.group("unit").split()).lower() == unit]
        if len(same) >= 2 and unit:
            out.append((t.span("num"), [m.span("num") for m in same]))
    return out
