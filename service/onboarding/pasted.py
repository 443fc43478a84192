"""A table pasted as text, read as the table it was: its rows' values by their column titles.

A web page (or text copied from a ``.docx``/``.pdf``) keeps a report's table as its cells in reading order — one per
line, or side by side on a line between bars or runs of spaces (``service.checker.tabletext.text_rows`` finds the
rows by that layout).  A cell there is no sentence: the sentence reader made no row of it, or joined a row's cells
into one number.  Here the table is read as a sheet is:

- a **table** is a run of at least ``LEAST_ROWS`` pasted rows with the same number of cells (a sentence, or two
  lines or more reading as column titles, ends a run: the next table's header); rows of another count in the run —
  a cell left empty, no saying which — make no row, but their numbers are no sentence's either;
- its **header** is the short lines right before its first full row (or a first row whose cells are years:
  ``CHỈ TIÊU / 2016 / 2017 …``), split into fields (blank lines; bars), each read by the figures loader's own
  reader (``service.figures.schema.read_title``); label, code, unit, STT and note titles are no cell's; a row of
  column numbers (``1 | 2 | 3 | … | 6=5-4``) closes the header; a change's title over its amount and rate
  (``Tăng, giảm`` / ``Mức`` / ``%``) is read as two titles; a bare period over two titles (``Năm 2020`` over
  ``Kế hoạch`` and ``Ước TH`` / ``Tháng 01``) is joined to its neighbour until the titles are as many as the cells
  (a page title above them is dropped) — else the header is not read and the table makes no row;
- the table, header and rows, is then given to the **figures loader** as the sheet it was (``Chỉ tiêu | Đơn vị
  tính | <titles>``, the report's title above it): its rows are the rows the loader makes — the period's value
  (``Ước tính tháng 5 năm 2024`` beside ``Thực hiện tháng 4``), a running total's row (``<mã>-LK``), a past
  period's row (``<chỉ tiêu> (năm 2019)``), the plan and last year's value beside; a rate column makes none;
- the row's **unit**: a unit line between label and cells (``Nghìn`` / ``Lượt khách``; ``"`` = the one above) when
  the header has a unit column or the line is a unit's notation (``đ/kg``), else the unit in brackets closing the
  label (``Tổng thu từ du lịch (tỷ đồng)``); its scale word stays in the unit (``nghìn lượt khách``), the value is
  kept in base units;
- a sentence stating a cell again is that row (``said_in_words``), and the paragraphs the parse made of the
  table's lines are left to it (``covered``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from service.checker.extract import read_cell
from service.checker.pasted import GRADE_NAME, HEADER_SEP
from service.checker.tabletext import (BLANK_CELL, TextRow, header_closes, indicator_titles, place_header,
                                       slotted_cells, text_rows, without_footnote_mark)
from service.figures.load import check_table
from service.figures.model import is_index_row
from service.figures.read import RawTable
from service.figures.schema import ColumnTitle, read_title
from service.figures.units import read_unit
from service.numbers import format_vn
from service.onboarding import numbering, ratecells, yearseries
from service.onboarding.model import Row
from service.onboarding.wrapped import rejoined_titles
from service.onboarding.capitalunit import capitalised_unit

LEAST_ROWS = 3
#: a header field is a short line: a title, not a sentence
TITLE_MAX_WORDS = 14
HEADER_MAX_LINES = 60
#: what is no cell of a title row: the row's number, its label, its unit
_NO_CELL = ("stt", "ma", "chi_tieu", "don_vi_tinh", "ghi_chu")
#: the row of column numbers closing a header (``1 | 2 | 3 | 4 | 5 | 6=5-4 | 7=6/4 | 8``): no title
_COLUMN_NUMBER = re.compile(r"\d+(?:\s*=\s*[\d\s+\-*/x()]+)?")
_VALUE = ("ky_bao_cao", "period")
_BAR = re.compile(r"\s*\|\s*")
_FIELDS = re.compile(r"\t+|\s{2,}|\s*\|\s*")
#: a row's numbering before its label: ``I.``, ``1.1.``, ``a)``, ``-``, ``Trong đó:``
_NUMBERING = re.compile(r"^\s*(?:(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s*|[a-zđ]\)\s*|[-–+*•]\s*|trong\s+đó\s*:\s*)+",
                        re.IGNORECASE)
#: the unit in brackets closing a label: ``Tổng thu từ du lịch (tỷ đồng)``, ``Thời gian lưu trú (ngày/khách)``
_BRACKET_UNIT = re.compile(r"\s*\(([^()]{1,24})\)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class Table:
    rows: list[TextRow]                  # the rows read (the table's own number of cells)
    odd: list[TextRow]                   # rows of the run with another number of cells: no rows, no junk
    start: int                           # where its header starts in the text
    end: int                             # where its last cell ends
    titles: list[tuple[str, ColumnTitle]] = field(default_factory=list)   # one per cell, when the header reads
    unit_column: bool = False            # the header has an ``Đơn vị tính`` column
    columns: list[tuple[str, str, list[str]]] | None = None   # a transposed table's sheet: one row a column
    unit: str = ""                       # the unit its ``ĐVT:`` line says for every row (``ĐVT: Tỷ đồng``)
    title: str = ""                      # its own title line naming the period, when the header's titles need it
    #: a header over two lines with merged cells: the titles under each period (``spanned_measures``); each row is
    #: then one row a title, its cells that title's in each period
    measures: list[str] | None = None
    #: columns that are no periods but what each cell is of — a place (``place_columns``) or an indicator with its
    #: unit (``unit_titled_columns``): (name, unit) each; each row is then one row a column, of one value
    across: list[tuple[str, str]] | None = None


def source_text(path) -> str | None:
    """The text of a report as written (a pasted table's cells are lines the parse drops, or takes for headings;
    ``ParsedReport`` keeps no raw text): a ``.txt``/``.md`` as it is, a ``.docx``'s paragraphs one a line with their
    tabs (``docx_text``), a ``.pdf``'s text layer (``pdf_text``); None for a file that cannot be read."""
    p = Path(path)
    if not p.is_file():
        return None
    kind = p.suffix.lower()
    if kind == ".docx":
        text = docx_text(p)
    elif kind == ".pdf":
        text = pdf_text(p)
    elif kind in (".txt", ".md"):
        raw = p.read_bytes()
        try:
            text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    else:
        return None
    if text is None:
        return None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def docx_text(path) -> str | None:
    """A ``.docx``'s body paragraphs one a line, as typed: a table typed as text inside paragraphs keeps its tabs and
    runs of spaces between cells (``Tổng số giường bệnh\t160\t165\t103%``), a soft break (``<w:br/>``) is a new line.
    A Word table is no text of the page here (the reader gives it apart, ``index.readers._table_lines``): its place
    is a blank line, so no pasted run reads across it."""
    try:
        import docx   # python-docx, heavy: loaded only when a .docx is read
        from docx.text.paragraph import Paragraph

        doc = docx.Document(str(path))
    except Exception:   # python-docx raises many kinds on a broken file; the parse names the problem
        return None
    lines = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            lines.append("")
    return "\n".join(lines)


def pdf_text(path) -> str | None:
    """A ``.pdf``'s text layer, its pages one after another (a blank line between two pages)."""
    try:
        from pypdf import PdfReader   # heavy: loaded only when a .pdf is read

        return "\n\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    except Exception:   # a broken or locked file: the parse names the problem
        return None


def _lines_back(text: str, pos: int) -> list[tuple[int, str]]:
    """The lines ending before ``pos``, nearest first, with their starts."""
    out, end = [], pos
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1 if end > 0 else 0
        out.append((start, text[start:end].rstrip("\n")))
        if start == 0:
            break
        end = start
    return out


def _is_sentence(line: str) -> bool:
    s = line.strip()
    if _years_line(s) or header_closes(s) or barred_titles(s):   # ``Jan. Feb. Mar. Apr. May Jun.``: months' titles,
        return False                                               # no sentence; a barred header of many periods
    return len(s.split()) > TITLE_MAX_WORDS or bool(re.search(r"[.;:!?]$", s)) and len(s.split()) > 4


def barred_titles(line: str) -> bool:
    """A barred line of column titles, however long: every field between its bars reads as a column's title and two
    or more as periods (``| Chỉ tiêu | Qúy 4 2024 | Qúy 3 2024 | … | Qúy 1 2020 |``, 20 quarters: s12 cophieu68 VGS;
    ``| Chỉ tiêu | Qúy 4 2024 | … |``, s10 ANT) — no sentence, whatever its number of words."""
    if line.count("|") < 3:
        return False
    fields = [" ".join(f.split()) for f in _BAR.split(line) if f.strip()]
    read = [read_title(f) for f in fields]
    return all(t.column is not None for t in read) and sum(t.column == "period" and t.period is not None
                                                          for t in read) >= 2


def _years_line(s: str) -> bool:
    """A header's line of years and a preliminary mark only (``2018     2019      2020      2021      Prel.``): no
    sentence, though it ends on a stop."""
    return len(_LONE_YEAR.findall(s)) >= 2 and not re.search(r"[^\W\d_]", _PREL_MARK.sub(" ", s))


#: a year standing alone on a header's line (``2018``), not a school year's first half (``2018-`` / ``2019``)
_LONE_YEAR = re.compile(r"(?<![\d./-])(?:19|20)\d\d(?![\d./-])")


def _year_row(text: str, r: TextRow) -> bool:
    """``CHỈ TIÊU / 2016 / 2017 …``: a first row whose cells are years in order is the header."""
    cells = [text[a:b].strip() for a, b in r.cells]
    return all(_YEAR.fullmatch(c) for c in cells) and cells == sorted(cells)


#: a barred table's row left empty: its label, then nothing but bars (``8. Phần lợi nhuận hoặc lỗ trong công ty liên
#: kết liên doanh | ||||``)
_EMPTY_BARRED = re.compile(r"(?:\d{1,2}[.)]\s*)?[^|\d\s][^|]*?(?:\s*\|){2,}\s*")


def empty_barred_row(line: str) -> bool:
    """A line of a barred table whose cells are all empty (``8. Phần lợi nhuận hoặc lỗ trong công ty liên kết liên
    doanh | ||||``, s10 cophieu68 ANT; ``17. Chi phí thuế TNDN hoãn lại | ||||||``, s1 cophieu68 AFX-like pages):
    a row of the table with no value, no sentence ending it — the rows after it are the same table's, under its
    header (they had been a table of their own, with no header, so no row)."""
    return bool(_EMPTY_BARRED.fullmatch(line.strip()))


def _runs(text: str, rows: list[TextRow]) -> list[list[TextRow]]:
    """Rows in runs: a sentence between two rows ends the run."""
    runs: list[list[TextRow]] = []
    last_end = None
    for r in rows:
        between = text[last_end:r.label_start] if last_end is not None else None
        if between is None or any(_is_sentence(x) and not _long_label(text, x, runs[-1][-1], r) and
                                  not empty_barred_row(x) for x in between.split("\n")) \
                or _new_header(between):
            runs.append([])
        runs[-1].append(r)
        last_end = r.cells[-1][1]
    return runs


#: a row's label is at most this long (``Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí``)
LABEL_MAX_WORDS = 2 * TITLE_MAX_WORDS


def _long_label(text: str, line: str, before: TextRow, after: TextRow) -> bool:
    """A long line between two rows of as many cells, with no sentence's closing stop and no number: the next row's
    label written whole (a yearbook's industry over 15 words, its English gloss below) — the table goes on (not after
    a header of years read as a row: a long line there is a title row, ``Diện tích Năng suất Sản lượng Diện tích …``)."""
    s = line.strip()
    return len(before.cells) == len(after.cells) and not _year_row(text, before) and len(s.split()) <= LABEL_MAX_WORDS and \
        not re.search(r"[.;:!?]$", s) and not re.search(r"\d", s)


#: lines between two rows that read as column titles, from which on they are a new table's header
NEW_HEADER_TITLES = 2


def _new_header(between: str) -> bool:
    """``Tổng số`` / ``Nữ`` / ``Dân tộc`` / ``Ghi chú`` / ``Đạt chuẩn`` between two rows: the next table's header
    (a row's label and unit, a heading above it read as no title)."""
    lines = [" ".join(x.replace("|", " ").split()) for x in between.split("\n")]
    return sum(1 for x in lines if x and read_title(x).column is not None) >= NEW_HEADER_TITLES


def _fields(block: str, bars: bool) -> list[str]:
    parts = _BAR.split(block) if bars else _FIELDS.split(block)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _header_fields(text: str, pos: int, bars: bool) -> tuple[list[str], int]:
    """The short lines before ``pos`` as title fields, and where they start."""
    lines = []
    for start, line in _lines_back(text, pos)[:HEADER_MAX_LINES]:
        if line.strip() and _is_sentence(line):
            break
        lines.append((start, line))
    lines.reverse()
    if not lines:
        return [], pos
    chunk = text[lines[0][0]:pos]
    if bars:
        return [" ".join(f.split()) for f in _BAR.split(chunk) if f.strip()], lines[0][0]
    blocks = [b for b in re.split(r"\n\s*\n", chunk) if b.strip()]
    one_per_line = len(blocks) == 1 or all("\n" not in b.strip() for b in blocks)
    out = []
    for b in blocks:
        if one_per_line and "\n" in b.strip():
            out += [f for line in b.split("\n") for f in _fields(line, False)]
        elif _FIELDS.search(b.strip().replace("\n", " ")) and "\n" not in b.strip():
            out += _fields(b, False)
        else:
            out.append(" ".join(b.split()))
    return out, lines[0][0]


def _bare_period(t: ColumnTitle) -> bool:
    return t.column == "period" and not t.estimate and not t.cumulative


def _numbered_at(fields: list[str]) -> int | None:
    """Where a row of column numbers (``1 | 2 | 3 | 4 …``, at least three in order) starts among the fields."""
    for k in range(len(fields) - 2):
        n = 0
        while k + n < len(fields) and _COLUMN_NUMBER.fullmatch(fields[k + n]) and \
                re.match(r"\d+", fields[k + n]).group() == str(n + 1):
            n += 1
        if n >= 3:
            return k
    return None


#: a group's serial alone in its field (``A``, ``II``, ``1.``): the body begins there, no title
_SERIAL = re.compile(r"(?:[A-ZĐ]|[IVXLC]+|\d+)\.?")
#: a sub-title under a change's title: a word or two, no comma (``Mức`` / ``%`` under ``Tăng, giảm``)
SUB_TITLE_WORDS = 2
#: a field this long before the header's titles is the page's title, no column's
PAGE_TITLE_WORDS = 8


def _spanned(fields: list[str]) -> list[str]:
    """A change's title over its amount and its rate (``Tăng, giảm`` / ``Ghi chú`` / ``Mức`` / ``%``: the group's
    sub-titles come after the top row's titles): each sub-title read under the group's (``Tăng, giảm Mức``)."""
    for k, f in enumerate(fields):
        if read_title(f).column != "derived":
            continue
        subs = [j for j in range(k + 1, len(fields)) if read_title(fields[j]).column not in _NO_CELL]
        tail = [fields[j] for j in subs]
        if len(tail) >= 2 and all(len(x.split()) <= SUB_TITLE_WORDS and "," not in x for x in tail) and \
                not any(read_title(x).column in _VALUE + ("ke_hoach", "cung_ky", "ky_truoc") for x in tail):
            keep = [x for j, x in enumerate(fields) if j != k and j not in subs]
            place = len([j for j in range(k) if j not in subs])
            return keep[:place] + [f"{f} {x}" for x in tail] + keep[place:]
    return fields


#: a group's title over its sub-titles: ``Chia ra theo khối lớp``, ``Phân theo giới tính``, ``Trong đó``
_GROUP_TITLE = re.compile(r"(?i)\s*(?:chia\s+(?:ra\s+)?theo|phân\s+(?:chia\s+)?theo|trong\s+đó|chia\s+ra)\b")


#: an English phrase of words in lower or title case (``Target indicaters``, ``User Yearbook``), no acronym, no number
_ENGLISH_PHRASE = re.compile(r"[A-Z]?[a-z]+(?:[ ]+[A-Z]?[a-z]+)+\W*")
_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _gloss_free_fields(fields: list[str]) -> list[str]:
    """A bilingual header each of whose titles is a Vietnamese line and its English gloss (``Thực hiện`` / ``Implemented
    target 2019``, ``Mục tiêu đến năm 2020`` / ``Target to 2020``: the health yearbook, yj-toan-quoc-bo-y-te-nien-giam-
    chi-tieu-muc-tieu-2020): the Vietnamese words kept, with the year only the gloss names (``Thực hiện năm 2019``); an
    English line alone (``Target indicaters``) is no title.  A header with no such gloss is left as it is."""
    out = []
    for f in fields:
        if _ENGLISH_PHRASE.fullmatch(f.strip()):
            continue
        vn = without_english_gloss(f)
        year = _YEAR_IN.search(f[len(vn):]) if vn != f and f.startswith(vn) else None
        out.append(vn + (f" năm {year.group(1)}" if year and not _YEAR_IN.search(vn) else ""))
    return out


#: where a period's title begins on a header line that types several side by side: a quarter (``Q4 2023``, ``Quý
#: 1/2024``, ``Qúy 4 2024`` — the broker pages' misspelling kept), a school year (``Năm học: 2019-2020``), a year
#: (``Năm 2015``); each piece must read as a period (``read_title``) for the split to stand
_PERIOD_TITLE_AT = re.compile(r"(?i)(?<!\S)(?=(?:q|qu[ýúy]|qú[yý])\s*(?:[1-4]|i{1,3}|iv)\b[\s/.-]*(?:19|20)\d\d\b"
                              r"|năm(?:\s+học)?\s*:?\s*(?:19|20)\d\d\b)")


def side_by_side_periods(field: str) -> list[str]:
    """The period titles a header line types one after another with single spaces (``Q4 2023 Q1 2024 Q2 2024 Q3 2024
    Q4 2024``, s10 BSC pages; ``Năm học: 2019-2020 Năm học: 2020-2021``, s10 Đà Nẵng): each a column's title, in
    the line's order — the page's latest quarter may stand last as well as first.  ``[]`` unless the line is two
    period titles or more and nothing else, each a different period."""
    starts = [m.start() for m in _PERIOD_TITLE_AT.finditer(field)]
    if len(starts) < 2 or field[:starts[0]].strip():
        return []
    pieces = [field[a:b].strip() for a, b in zip(starts, starts[1:] + [len(field)])]
    read = [read_title(p) for p in pieces]
    if any(t.column != "period" or t.period is None for t in read) or len({t.period for t in read}) < len(read):
        return []
    return pieces


#: the first year of a school or crop year a narrow column broke after its hyphen: ``2010-`` (``2011`` the next line)
_YEAR_BROKEN = re.compile(r"(?:19|20)\d\d\s*[-–]")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def joined_school_years(fields: list[str]) -> list[str]:
    """A header's school years broken over two lines by a narrow column (``2010-`` / ``2011`` / ``2012-`` / ``2013``
    …, s10 Hải Phòng's preschool table; ``2015-`` / ``2016`` in a flip-book's header) joined into one title each
    (``2010-2011``) when the second year is the next after the first, every year of the header so broken (two
    pairs or more, no year alone left) — else the fields as they are: a flip-book's header that lost its layout
    (``2016`` / ``2017`` / ``2018`` / ``2019`` / ``2019-`` / ``2020``, s8 Hòa Bình 2019 p. 611) is read by its years
    (``_headed_year_titles``)."""
    out: list[str] = []
    joined = 0
    for f in fields:
        prev = out[-1].strip() if out else ""
        if _YEAR_BROKEN.fullmatch(prev) and _YEAR_ALONE.fullmatch(f.strip()) and \
                int(f.strip()) == int(prev[:4]) + 1:
            out[-1] = f"{prev[:4]}-{f.strip()}"
            joined += 1
            continue
        out.append(f)
    if joined < 2 or any(_YEAR_ALONE.fullmatch(f.strip()) or _YEAR_BROKEN.fullmatch(f.strip()) for f in out):
        return fields
    return out


#: a period's title as a header types it, whole: a quarter (``Q4 2023``, ``Qúy 4 2024``) or a (school) year (``Năm
#: học: 2019-2020``, ``Năm 2015``)
_PERIOD_TITLE = re.compile(r"(?i)(?<!\S)(?:(?:q|qu[ýúy]|qú[yý])\s*(?:[1-4]|i{1,3}|iv)\b[\s/.-]*(?:19|20)\d\d"
                           r"|năm(?:\s+học)?\s*:?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)(?!\d)")
#: a period's total and its parts under it: ``Tổng số Chia ra`` (the parts named on the line below)
_TOTAL_FIRST = re.compile(r"(?i)tổng\s+số\b")
SPAN_PART_TITLE = "Chia ra"


def period_spans(fields: list[str], cells: int) -> list[tuple[str, ColumnTitle]]:
    """A header of periods side by side, each over its total and its parts (``Năm học: 2019-2020 Năm học:
    2020-2021`` / ``Tổng số Chia ra Tổng số Chia ra`` / ``Công lập Ngoài công lập Công lập Ngoài công lập`` over
    six cells, s10 Đà Nẵng's two district tables): each period's first column is its total (the period's title),
    the others its parts (``Chia ra``: the loader keeps each as a part of that period's value). ``[]`` unless the
    periods are two or more, each as wide (``cells`` a multiple of them), and the words after them open with
    ``Tổng số`` once a period."""
    chunk = " ".join(fields)
    found = list(_PERIOD_TITLE.finditer(chunk))
    if len(found) < 2 or cells % len(found) or cells // len(found) < 2:
        return []
    between = [chunk[a.end():b.start()] for a, b in zip(found, found[1:])]
    after = chunk[found[-1].end():]
    if any(x.strip() for x in between) or len(_TOTAL_FIRST.findall(after)) != len(found) or \
            not _TOTAL_FIRST.match(after.strip()):
        return []
    read = [read_title(m.group(0)) for m in found]
    if any(t.column != "period" or t.period is None for t in read) or len({t.period for t in read}) < len(read):
        return []
    width = cells // len(found)
    out = []
    for m, t in zip(found, read):
        out += [(m.group(0), t)] + [(SPAN_PART_TITLE, read_title(SPAN_PART_TITLE))] * (width - 1)
    return out


#: a header's month titles with no year (``Tháng 1``, ``Tháng 12``), one a line or side by side on one line
_MONTHS_ONLY = re.compile(r"(?i)(?:tháng\s*(?:1[0-2]|0?[1-9])\s*(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|may|"
                          r"june|july)?\s*)+")   # (``Tháng 1 Jan.``: a barred header's month and its gloss in one field)
_MONTH_NUMBER = re.compile(r"(?i)tháng\s*(\d{1,2})")
#: the year a table's title gives its months: ``các tháng năm 2019`` (not ``so với kỳ gốc 2014``, nor ``so với
#: tháng 12 năm 2017``: the base); failing that, the one year its title states after ``năm``
_MONTHS_YEAR = re.compile(r"(?i)\bcác\s+tháng\s+năm\s+((?:19|20)\d\d)\b")
_TITLE_YEAR = re.compile(r"(?i)\bnăm\s+((?:19|20)\d\d)\b")


def month_titles(fields: list[str], cells: int) -> list[tuple[str, ColumnTitle]]:
    """A header of months with no year, side by side on one line or one a line (``Tháng 1 Tháng 2 … Tháng 6``, its
    English gloss ``Jan. Feb. … Jun.`` under it: yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung, a yearbook's CPI by
    month; Quảng Trị's yearbook 2018 p. 391, the same sheet), the year in the table's title (``… các tháng năm 2019 so
    với kỳ gốc 2014``; ``… các tháng năm 2018 so với tháng 12 năm 2017``): each month a column of that year
    (``Tháng 1/2019``).  ``[]`` unless the months are as many as the cells, in order, and the title states one year
    (``các tháng năm …``, else after ``năm``)."""
    at = [k for k, f in enumerate(fields) if _MONTHS_ONLY.fullmatch(f.strip())]
    if not at:
        return []
    run = [at[-1]]
    while run[0] - 1 in at:
        run.insert(0, run[0] - 1)
    if any(not header_closes(f) for f in fields[run[-1] + 1:]):   # after the months: their gloss only
        return []
    months = [int(m) for k in run for m in _MONTH_NUMBER.findall(fields[k])]
    years = {m.group(1) for f in fields[:run[0]] for m in _MONTHS_YEAR.finditer(f)} or \
        {m.group(1) for f in fields[:run[0]] for m in _TITLE_YEAR.finditer(f)}
    if len(months) != cells or months != sorted(set(months)) or len(years) != 1:
        return []
    year = years.pop()
    return [(f"Tháng {m}/{year}", read_title(f"Tháng {m}/{year}")) for m in months]


#: a column of a year over the year before it (``2019/2018``); ``2020/2021``, a later year second, is a season
_YEAR_OVER = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*/\s*((?:19|20)\d\d)(?![\d/])")
_YEARS_OVER_ONLY = re.compile(r"(?:(?:19|20)\d\d\s*/\s*(?:19|20)\d\d\s*)+")


def year_over_year_titles(fields: list[str], cells: int) -> list[tuple[str, ColumnTitle]]:
    """A header of years each over the year before it (``2015/2014`` / ``2016/2015`` / … / ``2019/2018`` under
    ``Đơn vị tính - Unit: %``, s13 Nghệ An's index of industrial production by industry): each column the later
    year's index, the year before = 100 — the yearbooks' ``Năm trước = 100`` written as two years (Quảng Trị's
    yearbook 2021 p. 369 types the same index's columns as ``2015 2018 2019 2020 Sơ bộ 2021``): titled by that year
    (``Năm 2019``), the table's unit (``%``) the rows'.  ``[]`` unless the fields hold as many such pairs as the
    cells, nothing else on their lines, each a year over the one right before it (``2020/2021``, a later year
    second, is a crop or school year: ``niên vụ 2020/2021``, ``vụ 2019/2020``), the years in order."""
    pairs = [(int(m.group(1)), int(m.group(2))) for f in fields if _YEARS_OVER_ONLY.fullmatch(f.strip())
             for m in _YEAR_OVER.finditer(f)]
    pairs = pairs[-cells:] if len(pairs) >= cells else []
    years = [a for a, _ in pairs]
    if not pairs or any(b != a - 1 for a, b in pairs) or years != sorted(set(years)):
        return []
    return [(f"Năm {y}", read_title(f"Năm {y}")) for y in years]


#: a column titled as a total (``Tổng số``, ``Tổng số - Total``), the first of a total-and-parts header
_TOTAL_TITLE = re.compile(r"(?i)(?<!\S)tổng\s+số(?!\S)")


def one_period_total(fields: list[str], cells: int) -> list[tuple[str, ColumnTitle]]:
    """A table of ONE period — its title states one year (``Số giường bệnh năm 2020 phân theo quận/huyện``, s12 Đà
    Nẵng; ``238. Số cơ sở y tế năm 2016 phân theo huyện/thành phố …``, s12 Quảng Ngãi) — whose header is a total and
    its parts (``Tổng số Trong đó`` / ``Bệnh viện …``; ``Tổng số`` / ``Total`` / ``Bệnh viện`` / … / ``Of which``):
    the first column is the period's value (``Năm 2020``), each other a part of it (``Chia ra``, as ``period_spans``
    reads a period's parts).  ``[]`` unless the header titles a total (``Tổng số``), its fields state one year, no
    other period, and the table has two columns or more."""
    chunk = " ".join(fields)
    years = {m.group(1) for m in _TITLE_YEAR.finditer(chunk)}
    if cells < 2 or len(years) != 1 or not _TOTAL_TITLE.search(chunk) or len(set(_YEAR_IN.findall(chunk))) != 1:
        return []
    year = years.pop()
    return [(f"Năm {year}", read_title(f"Năm {year}"))] + \
        [(SPAN_PART_TITLE, read_title(SPAN_PART_TITLE))] * (cells - 1)


#: a header line's pieces: words joined by single spaces, split by runs of two spaces or more
_ALIGNED_PIECE = re.compile(r"\S+(?: \S+)*")
#: a value as a row's cell writes it (``7.680``, ``101,63``): no header's piece
_CELL_LIKE = re.compile(r"(?<![\d/])\d{1,3}(?:\.\d{3})+(?![\d/])|(?<![\d/])\d+,\d+(?![\d/])")
#: how far (characters) a header's piece may stand off its column and still be its title
ALIGN_SLACK = 2


def aligned_titles(text: str, first: TextRow, start: int) -> list[str]:
    """The column titles of a header laid out over several space-aligned lines above a one-line row (a flip-book
    page: ``Ước năm 2024 so với (%)`` over two columns, ``Ước năm`` / ``2024`` over one, ``Năm 2023`` beside the
    label's ``Chỉ tiêu``, ``Thực hiện`` / ``năm 2023`` and ``Kế hoạch`` / ``năm 2024`` under the comparison: s12
    Điện Biên 6 tháng 2024 p. 36): each line's pieces (words split by two spaces or more) given to the columns of the
    first row's cells they stand over — a piece over two columns to both, one a little off its column to it —
    and read top down (``Ước năm 2024``, ``Ước năm 2024 so với (%) Kế hoạch năm 2024``).  Pieces left of the first
    cell are the label column's (``Chỉ tiêu``), one from there across two columns or more the page's title.  ``[]`` unless the row's cells are on one line, the
    header's lines hold runs of spaces, every piece stands over or near a column, and every column gets a title."""
    line_at = text.rfind("\n", 0, first.cells[0][0]) + 1
    if "\n" in text[first.cells[0][0]:first.cells[-1][1]]:
        return []
    spans = [(a - line_at, b - line_at) for a, b in first.cells]
    lo = spans[0][0] - ALIGN_SLACK
    titles: list[list[str]] = [[] for _ in spans]
    header_end = text.rfind("\n", 0, first.label_start) + 1
    lines = text[start:header_end].split("\n")
    if not any("  " in ln.strip() for ln in lines):
        return []
    for ln in lines:
        for m in _ALIGNED_PIECE.finditer(ln):
            ps, pe = m.span()
            over = [k for k, (a, b) in enumerate(spans) if ps < b and pe > a]
            if pe <= lo or ps < lo and len(over) > 1:   # the label column's (``Chỉ tiêu``), or a page title
                continue                                # running across the columns from the left
            if _CELL_LIKE.search(m.group()):   # ``7.680 7.168 120   392``: a row of cells above, no header's line
                return []
            if not over:     # between two columns: the nearer's, if near enough
                mid = (ps + pe) / 2
                k = min(range(len(spans)), key=lambda k: abs((spans[k][0] + spans[k][1]) / 2 - mid))
                if ps >= spans[k][1] + ALIGN_SLACK or pe <= spans[k][0] - ALIGN_SLACK:
                    return []
                over = [k]
            for k in over:
                titles[k].append(m.group())
    if not all(titles):
        return []
    return [" ".join(t) for t in titles]


def _split_periods(fields: list[str]) -> list[str]:
    """``fields`` with each line of period titles side by side (``side_by_side_periods``) split into its titles."""
    out = []
    for f in fields:
        out.extend(side_by_side_periods(f) or [f])
    return out


def _roles(fields: list[str], cells: int) -> tuple[list[tuple[str, ColumnTitle]], bool]:
    """The cells' titles by position, and whether there is a unit column; [] when they cannot be told.  A bilingual
    header is read first without its English glosses, from the label column's title on (what stands before it is the
    page's: ``User Yearbook``, ``1.1 - Chỉ tiêu mục tiêu``); when that gives no column of values, as it was."""
    bare = _gloss_free_fields(fields)
    label = next((k for k, f in enumerate(bare) if read_title(f).column == "chi_tieu"), None)
    if bare != fields and label is not None and len(bare) - label - 1 >= cells:
        titled, unit_column = _titled(bare[label:], cells)
        if any(t.column in _VALUE or t.column == "period" for _, t in titled):
            return titled, unit_column
    return _titled(fields, cells)


def from_serial_title(fields: list[str]) -> list[str]:
    """The header from its STT column's title on (``TT``, ``STT``, ``Số TT``: always the first column): the lines
    above it are the page's (``A. TÌNH HÌNH KT - XH 9 tháng đầu năm 2021`` / ``Các chỉ tiêu chủ yếu`` / ``TT`` /
    ``Chỉ số`` / …, ys Phú Xuân — ``Các chỉ tiêu chủ yếu`` read as a plan's title, a column too many)."""
    k = next((k for k, f in enumerate(fields) if read_title(f).column == "stt"), 0)
    return fields[k:]


#: what a value's column is called with no period of its own (``TH``, ``Thực hiện``, ``Kế hoạch``, ``Ước TH``)
_ROLES = ("ky_bao_cao", "ke_hoach", "cung_ky", "ky_truoc")


def role_over_period(top: ColumnTitle, under: ColumnTitle) -> bool:
    """``TH`` / ``9 tháng năm 2021``: a column's role with no period over the period under it — one title cut over
    two paragraphs (ys Phú Xuân), joined before a period is joined to the title after it; ``Thực hiện`` / ``năm 2014``
    (yl Huế du lịch, its header typed the same) alike."""
    return top.column in _ROLES and top.period is None and _bare_period(under)


#: a comparison's title over the columns under it is short (``So sánh (%)``, ``So sánh``, ``Tỷ lệ (%)``)
COMPARISON_WORDS = 3


def comparison_over(titled: list[tuple[str, ColumnTitle]], cells: int) -> list[tuple[str, ColumnTitle]]:
    """A header one title too many whose comparison's title (``So sánh (%)``) stands before two titles or more: it
    spans them (``9 tháng/ KH năm 2021`` / ``Ước TH năm 2021``), each read under it (``So sánh (%) Ước TH năm
    2021``: a rate, not a second estimate of the year — ys Phú Xuân)."""
    lead = next((k for k, (_, t) in enumerate(titled) if t.column is not None), len(titled))
    if len(titled) - lead != cells + 1:      # (the label column's title before, ``Chỉ số``, dropped later)
        return titled
    k = next((k for k, (f, t) in enumerate(titled) if t.column == "derived" and len(f.split()) <= COMPARISON_WORDS),
             None)
    if k is None or len(titled) - k - 1 < 2:
        return titled
    under = [f"{titled[k][0]} {f}" for f, _ in titled[k + 1:]]
    return titled[:k] + [(f, read_title(f)) for f in under]


def _titled(fields: list[str], cells: int) -> tuple[list[tuple[str, ColumnTitle]], bool]:
    fields = from_serial_title(fields)
    numbered = _numbered_at(fields)
    if numbered is not None:     # the row of column numbers closes the header: what follows is the body's
        fields = fields[:numbered]
    serial = next((k for k in range(1, len(fields)) if _SERIAL.fullmatch(fields[k])), None)
    if serial is not None:       # ``A | Chỉ tiêu về kinh tế``: the body's first group heading, under the header
        fields = fields[:serial]
    fields = _spanned(fields)
    read = [(f, read_title(f)) for f in fields]
    unit_column = any(t.column == "don_vi_tinh" and not said_unit(f) for f, t in read)
    titled = [(f, t) for f, t in read if (t.column not in _NO_CELL or t.start) and not _COLUMN_NUMBER.fullmatch(f)]
    while len(titled) > cells:   # "Năm 2020" over "Kế hoạch" and "Ước TH": a bare period joined to its neighbour
        pairs = [k for k in range(len(titled) - 1) if _bare_period(titled[k][1]) != _bare_period(titled[k + 1][1])
                 and "derived" not in (titled[k][1].column, titled[k + 1][1].column)]
        if not pairs:
            break
        # a group's period stands before the titles under it; a period under a title ("Ước TH" / "Tháng 01") after it
        k = next((k for k in pairs if _bare_period(titled[k][1])), pairs[0])
        k = next((j for j in pairs if role_over_period(titled[j][1], titled[j + 1][1])), k)
        joined = f"{titled[k][0]} {titled[k + 1][0]}"
        titled[k:k + 2] = [(joined, read_title(joined))]
    titled = comparison_over(titled, cells)   # "So sánh (%)" over "9 tháng/ KH năm 2021" and "Ước TH năm 2021"
    while len(titled) > cells:   # "Chia ra theo khối lớp" over "lớp 6" … "lớp 9": a group's title, no column
        group = next((k for k in range(1, len(titled) - 2) if titled[k][1].column is None and
                      _GROUP_TITLE.match(titled[k][0]) and all(_grade_title(x) or t.column for x, t in titled[k + 1:])),
                     None)
        if group is None:
            break
        del titled[group]
    while len(titled) > cells and (titled[0][1].column is None or len(titled[0][0].split()) > PAGE_TITLE_WORDS):
        titled = titled[1:]        # the label column's title (``Mặt hàng``), the page's title above the header
    return (titled, unit_column) if len(titled) == cells else ([], unit_column)


#: a row's serial number alone on its paragraph (``2``, ``13``): what may stand before a label one cell a paragraph
_SERIAL_CELL = re.compile(r"\d{1,2}")
#: how many rows must end on the next row's serial before the table's trailing numbers are read as serials
SERIALS_LEAST = 3


#: a line of spaces alone (a web page's ``&nbsp;``): one cell a paragraph, an empty cell
_SPACES_ONLY = re.compile(r"\n[ \t\u00a0]+(?=\n)")


def blank_serial_between(after: str) -> bool:
    """``105`` / `` `` / ``- Nông, lâm, ngư nghiệp``: an empty paragraph between a row's last number and the next
    label is the next row's STT cell left empty (a sub-row's), so that number is its row's own last cell, no serial
    (ys Phú Xuân's ``Tổng sản lượng đánh bắt và NTTS`` … ``96`` / `` `` / ``- Đánh bắt TN``; zj Vinh Hà's rows the
    same: `` `` / ``- Nông, lâm, ngư nghiệp``)."""
    return bool(_SPACES_ONLY.search(after))


def cut_row_label(text: str, end: int) -> int:
    """After a run's last row: where the next non-empty line starts when it is a label alone (a row the page cuts
    after its first cells, ``7`` / ``Tổng chi ngân sách`` / ``Triệu đồng`` / ``7.671``), else ``end`` (nothing read
    as the serial of a row that is not there)."""
    m = re.compile(r"\s*\n\s*(?=\S)").match(text, end)
    if not m:
        return end
    line = text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
    return m.end() if re.match(r"[^\W\d_]", line) and len(line.split()) <= LABEL_MAX_WORDS else end


def trailing_serials(text: str, run: list[TextRow]) -> list[TextRow]:
    """A table one cell a paragraph whose rows are numbered (``STT`` / ``Chỉ tiêu`` / ``Năm 2011`` …): the reader
    takes the next row's serial for the last cell of the row before it (``3,3`` / ``2,2`` / ``-0,7`` / ``5,66`` /
    ``4,22`` / ``2`` / ``Tổng sản phẩm trong tỉnh …``: s10 Thừa Thiên Huế 2011–2015; its 2019 page,
    closing each row with a notes cell, is left as it is). When
    at least ``SERIALS_LEAST`` rows end on a whole number of one or two digits right before the next label, and those
    numbers go up, no higher than the rows there are, each is the next row's serial, no cell: the row without it. Else the run as it is. (Read as a
    cell, the serial made each such row one cell longer than the header's years, so the years slid one column and
    the latest year's value was the next row's number.)"""
    ends = []
    for k, r in enumerate(run):
        a, b = r.cells[-1]
        nxt = run[k + 1].label_start if k + 1 < len(run) else cut_row_label(text, b)
        after = text[b:nxt]
        if nxt > b and len(r.cells) >= 2 and _SERIAL_CELL.fullmatch(text[a:b].strip()) and not after.strip() and \
                not text[a - 1:a].strip() and "\n" in text[r.cells[-2][1]:a] and not blank_serial_between(after):
            ends.append(k)
    numbers = [int(text[slice(*run[k].cells[-1])]) for k in ends]
    if len(ends) < SERIALS_LEAST or numbers != sorted(set(numbers)) or numbers[-1] > len(run) + 1:
        return run      # (a serial numbers a row of the run, or the row the page cut after it: ``10`` / ``30`` /
                        # ``95`` closing 11 rows, yj's targets, are cells)
    return [replace(r, cells=r.cells[:-1]) if k in ends else r for k, r in enumerate(run)]


def tables(text: str) -> list[Table]:
    """Every table pasted as text in ``text`` (see the module)."""
    out = []
    for run in _runs(text, text_rows(text)):
        run = trailing_serials(text, run)
        header_row = run[0] if _year_row(text, run[0]) else None
        body = run[1:] if header_row else run
        counts = [len(r.cells) for r in body if r.places is None]
        if not counts:
            continue
        n = max(set(counts), key=counts.count)
        if counts.count(n) < LEAST_ROWS and not (header_row and len(header_row.cells) >= n):
            continue     # (one row under a header of years is a table: ``Hệ số ICOR 4.80 4.90 …``)
        first = next(r for r in body if len(r.cells) == n)
        bars = "|" in text[first.label_start:first.cells[-1][1]]
        flipped = transposed(text, [r for r in body if len(r.cells) == n], bars) if header_row is None else None
        if flipped is not None:
            out.append(flipped)
            continue
        spanned = spanned_measures(text, first, n) if header_row is None else None
        if spanned is not None:   # ``Tỉnh, vùng 2005 2010 2017`` over ``Diện tích Năng suất Sản lượng`` three times
            years, measures, start = spanned
            body = body[body.index(first):]
            out.append(Table([r for r in body if _fits(r, n)], [r for r in body if not _fits(r, n)], start,
                             body[-1].cells[-1][1], [(f"Năm {y}", read_title(f"Năm {y}")) for y in years],
                             measures=measures))
            continue
        places = place_columns(text, first, n) if header_row is None else None
        if places is not None:    # ``Thành phố`` / ``Cao Lãnh`` / … / ``Huyện`` / ``Tháp Mười`` over ``Diện tích (km²) 107 …``
            names, start = places
            end, body = rest_of_block(text, body[-1].cells[-1][1]), \
                [r for r in body[body.index(first):] if not _years_only(text, r)]
            out.append(Table([r for r in body if _fits(r, n)], [r for r in body if not _fits(r, n)], start,
                             end, _one_value_title(), across=[(x, "") for x in names]))
            continue
        if header_row is not None:
            fields = ["Năm " + text[a:b].strip() for a, b in header_row.cells][:left_aligned_years(header_row, n)]
            start = header_row.label_start
        else:
            fields, start = _header_fields(text, _label_start(text, first, bars), bars)
            fields = joined_school_years(fields)   # ``2010-`` / ``2011``: one school year
            fields = rejoined_titles(fields, n) or fields   # ``Thực`` / ``hiện`` / ``6 tháng`` …: one title wrapped
            typed = _typed_header(text, _label_start(text, first, bars), n)
            if typed:            # "Chỉ tiêu\tNăm 2014\tNăm 2015\tNăm 2016": the header typed on one line
                fields = typed
        indicators = unit_titled_columns(_header_fields(text, first.label_start, bars)[0], n) \
            if header_row is None else None
        if indicators is not None:   # ``Huyện, Thành phố`` / ``Diện tích (km2)`` / ``Dân số (người)``: no period
            body = body[body.index(first):]
            out.append(Table([r for r in body if _fits(r, n)], [r for r in body if not _fits(r, n)], start,
                             body[-1].cells[-1][1], _one_value_title(), across=indicators))
            continue
        # ``… các tháng năm 2019 …`` / ``Tháng 1 Tháng 2 … Tháng 6`` / ``Jan. Feb. … Jun.``: months, the title's year
        titles, unit_column, own_title = month_titles(fields, n), False, ""
        if titles:
            own_title = next((f for f in fields if _MONTHS_YEAR.search(f)), "") or \
                next((f for f in fields if _TITLE_YEAR.search(f)), "")
        else:   # ``2015/2014`` … ``2019/2018``: each year's index over the year before
            titles = year_over_year_titles(fields, n)
        if not titles:
            titles, unit_column = _roles(fields, n)
        if not titles and _split_periods(fields) != fields:   # ``Q4 2023 Q1 2024 … Q4 2024`` on one line
            titles, unit_column = _roles(_split_periods(fields), n)
        if not titles:   # ``Năm học: 2019-2020 Năm học: 2020-2021`` / ``Tổng số Chia ra Tổng số Chia ra``
            titles = period_spans(fields, n)
        heading = ""
        if not titles:   # a yearbook's header of years ("2010 … 2015" read as a row, "Sơ bộ Prel." / "2016" after it)
            first_at = _label_start(text, first, bars)
            titles, heading = _headed_year_titles(
                fields if header_row is None else _header_fields(text, first_at, bars)[0], n)
        if not titles and header_row is None:   # the header's years laid AFTER the rows (a flip-book page)
            after = _years_after_row(text, body, n, fields)
            if after:                          # (its row of years, the page's number closing it, no row of the table)
                titles, body = after[0], [r for r in body if r is not after[1]]
        if not titles and header_row is None:   # ``… năm 2020 phân theo quận/huyện`` / ``Tổng số Trong đó`` / …
            titles = one_period_total(fields, n)
        if not titles and header_row is None and not bars:   # a header over several space-aligned lines
            aligned = aligned_titles(text, first, start)
            if aligned:
                titles, unit_column = _titled(aligned, n)
                if not any(t.column in _VALUE or t.column == "period" for _, t in titles):
                    titles = []
        if not titles and n == 1:
            titles = _one_value_title()
        if header_row is None:   # rows above the first full row are the header's (``1 | 2 | 3 …``)
            body = body[body.index(first):]
        above = fields + ([header_row.label] + _header_fields(text, header_row.label_start, bars)[0] if header_row
                          else [])
        body = [zero_row(text, r, n) or r for r in body]   # ``Các khoản giảm trừ doanh thu 0 0``: nothing, 0
        out.append(Table([r for r in body if _fits(r, n)], [r for r in body if not _fits(r, n)],
                         start, body[-1].cells[-1][1], titles, unit_column,
                         unit=next((u for u in map(said_unit, above) if u), "") or _heading_unit(heading),
                         title=own_title))
    return out


def spanned_measures(text: str, first: TextRow, cells: int) -> tuple[list[int], list[str], int] | None:
    """A header over two lines with merged cells: a line of years (``Tỉnh, vùng 2005 2010 2017``) over a line of the
    titles under each (``Diện tích Năng suất Sản lượng Diện tích Năng suất Sản lượng …``, nine titles under three
    years: atlasnn's rice and soybean pages, s14) — each year a merged cell over the same few titles, so the rows'
    cells go year by year, title by title.  Read as the sheet it is turned round to: each row one row a title
    (``Cả nước - Sản lượng``), its cells that title's in each year.  The titles line is typed with single spaces: a
    Vietnamese title opens on its one capital word (``_sentence_case_titles``), a unit in brackets after it aside
    (s3's maize page adds ``( ha)`` and ``(tấn)`` under its last year only).  Returns the years, the titles under
    each, and where the header starts; ``None`` unless the two lines right above the first row are those, the years
    two or more and in order, the cells as many as years × titles, and the titles the same under every year."""
    back = [(start, line) for start, line in _lines_back(text, first.label_start) if line.strip()][:2]
    if len(back) < 2:
        return None
    (_, titles_line), (start, years_line) = back
    years = [int(y) for y in _LONE_YEAR.findall(years_line)]
    if len(years) < 2 or years != sorted(set(years)) or cells % len(years) or cells == len(years) or \
            re.search(r"\d", _LONE_YEAR.sub(" ", years_line)):
        return None
    # a title's unit in brackets (``Diện tích ( ha)``, ``Sản lượng (tấn)``: the maize page's last year only) no title
    titles = _sentence_case_titles([_BRACKETED_UNIT.sub("", titles_line)], cells)
    width = cells // len(years)
    if titles is None or any(_fold_title(t) != _fold_title(titles[k % width]) for k, t in enumerate(titles)):
        return None
    return years, titles[:width], start


#: a short unit in brackets after a title typed on a line of titles (``Diện tích ( ha)``, ``Sản lượng (tấn)``)
_BRACKETED_UNIT = re.compile(r"\s*\(\s*[^()\d]{1,12}\)")


def _fold_title(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", title).lower().split())


def measure_rows(sheet: list[tuple[str, str, list[str]]], measures: list[str]) -> list[tuple[str, str, list[str]]]:
    """A table of ``spanned_measures``' layout as its sheet: each row one row a title, its cells that title's."""
    width = len(measures)
    return [(f"{label} - {m}", unit, cells[k::width]) for label, unit, cells in sheet for k, m in enumerate(measures)]


def place_columns(text: str, first: TextRow, cells: int) -> tuple[list[str], int] | None:
    """A table whose COLUMNS are places and rows indicators, the unit in each row's label (``Ðơn vị hành chính cấp
    huyện Thành phố`` / ``Cao Lãnh`` / … / ``Huyện`` / ``Tháp Mười`` over ``Diện tích (km²) 107 59,11 …`` and ``Dân
    số 2019 (người) 225.940 …``: s14 Đồng Tháp, and Quảng Ninh's page of the same site): the columns' names as the
    checker reads them (``tabletext.place_header``: split before each place's level word), and where the header
    starts.  Each cell is then a row of its own, of one value: ``Diện tích - Thành phố Cao Lãnh`` (km²)."""
    return place_header(text, first.label_start, cells)


def rest_of_block(text: str, end: int) -> int:
    """Where a table typed as a block of lines ends: its last read row, then the lines right after it up to a blank
    line — rows whose cells are words (``Số đơn vị hành chính cấp xã 21 phường, 12 xã 13 phường, 3 xã …``, ``Loại đô
    thị I II II …``: s14 Quảng Ninh) and the block's source line — as long as none closes a sentence.  Left out of the
    table's region, the block's paragraph was no table's, and the sentence reader made rows of its cells (``Số phường
    ðơn vị hành chính cấp huyện Thành phố`` = 21, thirteen times)."""
    pos = end
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return pos
        after = text.find("\n", nl + 1)
        line = text[nl + 1:after if after >= 0 else len(text)]
        if not line.strip() or re.search(r"[.;!?]\s*$", line):
            return pos
        pos = nl + 1 + len(line)


def _years_only(text: str, r: TextRow) -> bool:
    """A row whose every cell is a year (``Năm thành lập 2007 2013 2008 …``): when each place was founded, no
    figure of the period."""
    return all(_YEAR.fullmatch(text[a:b].strip()) for a, b in r.cells)


def unit_titled_columns(fields: list[str], cells: int) -> list[tuple[str, str]] | None:
    """A header whose columns are INDICATORS, each title closing on its unit in brackets, and no period (``Huyện,
    Thành phố`` / ``Diện tích (km2)`` / ``Dân số (người)`` over each commune's area and population: s14 Quảng Bình,
    «Dân số và diện tích của các xã, phường, thị trấn»): each column is what its title says, in its unit, of the
    report's period — not a period's value (``tabletext.indicator_titles``, the checker's reading).  Each cell is
    then a row of its own, of one value (``Phường Bắc Lý - Dân số``, người).  (Read as periods, the last column's
    values were the rows', under labels not saying what they count: ``Phường Bắc Lý`` = 13536.)"""
    return indicator_titles(fields, cells)


def across_rows(sheet: list[tuple[str, str, list[str]]], across: list[tuple[str, str]]) \
        -> list[tuple[str, str, list[str]]]:
    """A table of ``place_columns``' or ``unit_titled_columns``' layout as its sheet: one row a cell, of one value,
    named by its row and its column, in the column's unit or else the row's."""
    return [(f"{label} - {name}", unit or row_unit, [cells[k]])
            for label, row_unit, cells in sheet for k, (name, unit) in enumerate(across) if k < len(cells)]


#: a cell stating nothing as a number: ``0``, ``0,0``, ``0.00``
_ZERO_CELL = re.compile(r"0(?:[.,]0+)?")


def zero_row(text: str, r: TextRow, cells: int) -> TextRow | None:
    """A row short of the table's cells whose cells are all zero (``Các khoản giảm trừ doanh thu 0 0`` under ``Q3
    2024 … Q3 2025``: held-out zq Viettel Global, BSC's page; ``2. Các khoản giảm trừ doanh thu 0 0 0``, s13 TLP;
    ``Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh 0 0``, Vicostone's): an income statement prints 0 for
    nothing and leaves the other quarters blank — nothing too — so the row is 0 in every column, the period's
    included (zq's reference: ``Các khoản giảm trừ doanh thu`` 0 in the quarter). Read as a full row of zeros (its
    first zero cell for each column); ``None`` unless two cells or more, every one a zero, and no cell's place known
    (``TextRow.places``: a row whose empty cells are placed is read as it is)."""
    stated = [text[a:b].strip() for a, b in r.cells]
    if r.places is not None or len(stated) < 2 or len(stated) >= cells or \
            not all(_ZERO_CELL.fullmatch(c) for c in stated):
        return None
    return replace(r, cells=[r.cells[0]] * cells)


def left_aligned_years(header_row: TextRow, cells: int) -> int:
    """How many of a header row's years title the rows' ``cells`` columns: all of them, or — when the header
    names more years than the rows have cells (``Chỉ tiêu ĐV tính 2010 2011 … 2018`` over ``Hệ số ICOR 4.80 4.90 …
    5.00``, eight values: held-out zw ICOR; s1 Bắc Giang's economic targets, the same site, whose rows of eight cells
    had been read as 2011–2018) — the first ``cells``: a series is typed from its first year, the latest year's
    column the one left blank while its figure is not out."""
    return min(len(header_row.cells), cells)


def _fits(r: TextRow, n: int) -> bool:
    """A row of a table of ``n`` columns: ``n`` cells, or a row that left cells empty (``TextRow.places``) whose
    places lie within them (``- Nguyên liệu giấy`` / ``Tấn`` / `` `` / `` `` / ``200`` / ``300``: 2005 and 2006's)."""
    if r.places is None:   # (or a row one cell short whose last column a line of spaces left empty: ``blank_after``)
        return len(r.cells) == n or r.blank_after and len(r.cells) == n - 1
    return r.width() <= n


#: a year heading a column of a yearbook's table, perhaps preliminary: ``2014``, ``Sơ bộ Prel. 2016``, ``Sơ bộ - Prel. 2023``
_YEAR_TITLE = re.compile(r"(?:(?P<prel>Sơ bộ|Ước tính|Ước)\s*(?:[-–]\s*)?(?:Prel\.?|Est\.?)?\s*)?"
                         r"(?:(?<=Prel\.)|(?<=Est\.)|(?<![\d./-]))"     # ``Sơ bộ Prel.2017``: the mark, then the year
                         r"(?P<year>(?:19|20)\d\d)(?![\d./-])")


#: a preliminary mark the page's layout put between two years of the header, apart from its year: ``2021      Prel.``
#: / ``2022`` (a flip-book page lays ``Sơ bộ`` / ``Prel.`` / ``2022`` over three lines beside the other years' one,
#: s5-hoa-binh-nien-giam-dien-tich-rau-huyen-2022) — no title between them
_PREL_MARK = re.compile(r"(?i)\b(?:sơ\s+bộ|ước\s+tính|prel|est)\b\.?")


def _year_titles(fields: list[str], cells: int) -> list[tuple[str, ColumnTitle]]:
    """A yearbook's header: its last ``cells`` titles are years in order, one a line or side by side, with nothing
    but a preliminary mark between them (``… by district`` / ``2010`` / ``2013`` / ``2014`` / ``2015`` / ``Sơ bộ
    Prel.`` / ``2016``): each a year's column (``Năm 2016``); the page title's own year, before them, is not one."""
    chunk = " ".join(fields)
    found = list(_YEAR_TITLE.finditer(chunk))
    if len(found) < cells:
        return []
    last = found[-cells:]
    years = [int(m.group("year")) for m in last]
    between = "".join(chunk[a.end():b.start()] for a, b in zip(last, last[1:])) + chunk[last[-1].end():]
    if years != sorted(set(years)) or re.search(r"[^\W\d_]", _PREL_MARK.sub(" ", between)):
        return []
    return [(f"Năm {y}", read_title(f"Năm {y}")) for y in years]


#: the title of a one-value table's column when its header does not read (``STT Nội dung Số lượng Bình quân`` typed
#: with single spaces): its count, this period's
ONE_VALUE_TITLE = "Số lượng"


def _one_value_title() -> list[tuple[str, ColumnTitle]]:
    """A table of ONE value column (``tabletext.one_value_rows`` / ``one_value_lines``: a school's ``công khai`` form,
    numbered, one number a row) whose header gives no title: its column is the count as of the report (``Số
    lượng``) — a plan's or last year's column would have said so in the header."""
    return [(ONE_VALUE_TITLE, read_title(ONE_VALUE_TITLE))]


def _headed_year_titles(fields: list[str], cells: int) -> tuple[list[tuple[str, ColumnTitle]], str]:
    """The years' titles (``_year_titles``), and the block's heading when one closes the header after the years — a
    short bilingual line over the rows (``| 2010 | 2014 | 2015 | 2016 | Sơ bộ Prel.2017 | |`` / ``| Người – Person |``,
    s4-nghean-nien-giam-hoc-sinh-pho-thong-2017): no column, the rows' unit."""
    titles = _year_titles(fields, cells)
    if titles or not fields or _YEAR_TITLE.search(fields[-1]) or not re.search(r"[^\W\d_]", fields[-1]) or \
            len(fields[-1].split()) > SUB_TITLE_WORDS * 3:
        return titles, ""
    titles = _year_titles(fields[:-1], cells)
    return (titles, fields[-1]) if titles else ([], "")


def _years_after(text: str, body: list[TextRow], cells: int, above: list[str]) -> list[tuple[str, ColumnTitle]]:
    """A flip-book page lays a table's header of years AFTER its rows (``… Foreign invested sector`` / ``Cơ cấu -`` /
    ``Structure (%)`` / ``2010`` / ``2013`` / ``2014`` / ``2015`` / ``Triệu đӗng -``, only the preliminary year's
    ``Sơ bộ`` / ``Prel`` / ``. 2016`` above the rows: s5-quang-ngai-nien-giam-gtsx-cong-nghiep-loai-hinh-2016): a row
    of years in order after the table's last full row, with the years above it, is the header when they are as many
    as the cells and in order."""
    found = _years_after_row(text, body, cells, above)
    return found[0] if found else []


def _years_after_row(text: str, body: list[TextRow], cells: int, above: list[str]) \
        -> tuple[list[tuple[str, ColumnTitle]], TextRow] | None:
    """``_years_after``'s titles and the row of years they were read from (no row of the table's)."""
    full = [i for i, r in enumerate(body) if len(r.cells) == cells]
    if not full:
        return None
    for r in body[full[0] + 1:]:
        after = [text[a:b].strip() for a, b in r.cells]
        if page_number_closes(text, r):
            after = after[:-1]
        if len(after) >= cells or not after or not all(_YEAR.fullmatch(c) for c in after) or after != sorted(after):
            continue
        found = [m.group("year") for m in _YEAR_TITLE.finditer(" ".join(above))]
        years = after + found[-(cells - len(after)):] if cells > len(after) else after
        if len(years) == cells and [int(y) for y in years] == sorted({int(y) for y in years}):
            return [(f"Năm {y}", read_title(f"Năm {y}")) for y in years], r
    return None


#: a flip-book page's printed number: one to three digits, the page's last line (``21``, ``347``)
_PRINTED_PAGE = re.compile(r"\d{1,3}")


def page_number_closes(text: str, r: TextRow) -> bool:
    """The row's last cell is the page's printed number closing a flip-book page (``… / 2015`` / ``21``, Quảng Ngãi's
    yearbook 2016 p. 21, its header of years laid after the rows; ``… / Of which`` / ``347``, p. 348): one to three
    digits, the last thing in the text."""
    a, b = r.cells[-1]
    return bool(_PRINTED_PAGE.fullmatch(text[a:b].strip())) and not text[b:].strip()


def _heading_unit(heading: str) -> str:
    """The unit a block's heading says: ``Người – Person`` → ``Người``, ``Cơ cấu - Structure (%)`` → ``%``."""
    if not heading:
        return ""
    said = _BRACKET_UNIT.search(heading)
    if said:
        return said.group(1).strip()
    return _vn_part(heading.replace(" – ", " - ")).strip()


def year_title_line(line: str) -> bool:
    """``Prel. 2021`` under ``Sơ bộ``, ``Sơ bộ - Prel. 2023``, ``2019``: a line that is a year's column title, perhaps
    preliminary — the header's, never the first row's label (``_label_start`` stops there)."""
    rest = _YEAR_TITLE.sub("", " ".join(line.split()), count=1)
    return rest != " ".join(line.split()) and re.fullmatch(r"[\s\-–]*(?:(?:Prel|Est)\.?)?[\s\-–]*", rest) is not None


#: a gloss's line: letters of the English alphabet only (``Total``, ``By sex``, ``Male Female Urban Rural``)
_ASCII_LINE = re.compile(r"[A-Za-z][A-Za-z0-9 .,;:()'&/%-]*")
#: a unit in brackets alone (``(ha)``, ``(kg/ha/năm)``): a column's unit
_BRACKET_ONLY = re.compile(r"\((?P<unit>[^()]{1,24})\)")


#: the word naming a table's unit on a line of its own: ``ĐVT``, ``Đơn vị tính``, ``Đơn vị``, or ``単位`` ("unit": the
#: broker's Japanese pages print ``単位: 1.000.000đ`` over the same Vietnamese table, s1/p23 BSC pages)
_UNIT_SAID = re.compile(r"(?i)(?:đvt|đơn\s+vị(?:\s+tính)?|単位)\s*[:\-–]?\s*(?P<rest>.*)")


#: a unit of money written as a multiple of the đồng: ``1.000.000đ`` (s10 BSC pages' ``Đơn vị: 1.000.000đ``),
#: ``1.000 đồng``, ``1000đ``, ``1.000.000 VNĐ``
_DONG_MULTIPLE = re.compile(r"(?i)1(?P<zeros>(?:[.,\s]?000){1,3})\s*(?:đ|đồng|vnđ|vnd)\.?")
_SCALE_WORD = {1: "nghìn đồng", 2: "triệu đồng", 3: "tỷ đồng"}


def dong_multiple_unit(unit: str) -> str:
    """A unit of money written as a number of đồng, in words: ``1.000.000đ`` → ``triệu đồng``, ``1.000 đồng`` →
    ``nghìn đồng``, ``1.000.000.000đ`` → ``tỷ đồng`` — the figures' unit read by the loader, which takes
    ``1.000.000đ`` for a count of ``000đ`` scaled by a thousand (every value ×1000).  Any other unit as it is."""
    m = _DONG_MULTIPLE.fullmatch(unit.strip())
    return _SCALE_WORD[m.group("zeros").count("000")] if m else unit


#: the unit said in brackets closing the table's title, on the title's paragraph: ``Số lớp/nhóm trẻ mầm non phân theo
#: huyện/quận`` / ``(Đơn vị tính: lớp)`` (s10 Đà Nẵng's district tables); ``(ĐVT: Tỷ đồng)``
_UNIT_BRACKETED = re.compile(r"(?i)\(\s*((?:đvt|đơn\s+vị\s+tính)\s*:[^()]{1,24})\)\s*$")


def said_unit(field: str) -> str:
    """The unit an ``ĐVT`` line says for the whole table: ``ĐVT: Tỷ đồng - Unit: Bill. dongs`` → ``Tỷ đồng``,
    ``ĐVT: Hộ``, ``Đơn vị tính: Tỷ đồng``, ``Đơn vị tính - Unit: %`` → ``%`` (its English half only when no other);
    ``""`` for any other line."""
    m = _UNIT_SAID.fullmatch(" ".join(field.split()))
    if m is None:
        closing = _UNIT_BRACKETED.search(" ".join(field.split()))
        return said_unit(closing.group(1)) if closing else ""
    rest = m.group("rest")
    english = re.match(r"(?i)unit\s*:\s*(.+)", rest)
    if english:
        return english.group(1).strip() if len(english.group(1)) <= 24 else ""
    rest = re.split(r"\s+[-–]\s+unit\b", rest, flags=re.IGNORECASE)[0].strip(" .;")
    return dong_multiple_unit(rest) if 0 < len(rest) <= 24 else ""


_NAMED_GROUP = re.compile(r"(?i)\s*(?:chia\s+(?:ra\s+)?theo|phân\s+(?:chia\s+)?theo)\s+(?P<parts>.+)")


_GROUP_AT = re.compile(r"(?i)(?:chia\s+(?:ra\s+)?theo|phân\s+(?:chia\s+)?theo)\b")


def _vn_words(line: str) -> str:
    """The Vietnamese words opening a line that goes on in English (``Tổng số By sex By residence`` → ``Tổng số``)."""
    words = line.split()
    last = max((k for k, w in enumerate(words) if re.search(r"[^\x00-\x7f]", w)), default=-1)
    return " ".join(words[:last + 1])


def _single_spaced_titles(lines: list[str], n: int) -> tuple[list[str], str] | None:
    """A two-level header typed with single spaces (``Tổng số Phân theo giới tính Phân theo thành thị, nông thôn`` /
    ``Nam Nữ Thành thị Nông thôn`` / ``Người - Person``): the group line split where each group's title starts, the
    line under it split by the parts a group names (``thành thị``, ``nông thôn``) and, for a group naming none
    (``Phân theo giới tính``), by its words one a title (``Nam``, ``Nữ``); a title before the groups (``Tổng số``, on
    the group line or opening the line after it) first. The line after the sub-titles is the block's heading. A line
    of one group's title after other words is the page's title, no group line.
    ``None`` unless the titles come out as many as the cells."""
    for g, line in enumerate(lines):
        flat = " ".join(line.split())
        starts = [m.start() for m in _GROUP_AT.finditer(flat)]
        if not starts or len(starts) < 2 and starts[0] > 0:
            continue         # the page's title (``Dân số trung bình phân theo giới tính``): no group line
        lead = [flat[:starts[0]].strip()] if flat[:starts[0]].strip() else []
        groups = [flat[a:b].strip(" ,") for a, b in zip(starts, starts[1:] + [len(flat)])]
        named = [p.strip() for x in groups for p in (re.split(r",\s*|\s+và\s+", _NAMED_GROUP.fullmatch(x).group(
            "parts")) if _NAMED_GROUP.fullmatch(x) else []) if len(re.split(r",\s*|\s+và\s+", _NAMED_GROUP.fullmatch(
            x).group("parts"))) >= 2]
        for k in range(g + 1, len(lines)):
            sub = " ".join(lines[k].split())
            low = sub.lower()
            at = [(low.find(p.lower()), p) for p in named]
            if not named or any(a < 0 for a, _ in at):
                if not lead and _vn_words(sub) and not _GROUP_AT.search(sub):
                    lead = [_vn_words(sub)]      # ``Tổng số By sex By residence``: the title before the groups
                continue
            taken = sorted((a, a + len(p)) for a, p in at)
            rest, pos, pieces = [], 0, []
            for a, b in taken:
                rest += [(pos + m.start(), m.group()) for m in re.finditer(r"\S+", sub[pos:a])]
                pieces.append((a, sub[a:b]))
                pos = b
            rest += [(pos + m.start(), m.group()) for m in re.finditer(r"\S+", sub[pos:])]
            titles = lead + [t for _, t in sorted(rest + pieces)]
            if len(titles) != n or any(not re.search(r"[^\W\d_]", t) for t in titles):
                return None
            after = [_vn_part(" ".join(x.split())) for x in lines[k + 1:]]
            return titles, (after[0] if len(after) == 1 else "")
    return None


def _last_named_part(fields: list[str], titles: list[str]) -> int | None:
    """``Phân theo thành thị, nông thôn`` names its sub-columns: where the last of them (``Nông thôn``) stands among
    the titles — a title after it is no column (the block's heading, ``Người - Person``)."""
    def fold(x: str) -> str:
        return " ".join(unicodedata.normalize("NFC", x).lower().split())

    at = None
    for f in fields:
        m = _NAMED_GROUP.fullmatch(f)
        parts = re.split(r",\s*|\s+và\s+", m.group("parts")) if m else []
        if len(parts) >= 2:
            found = [k for k, t in enumerate(titles) if fold(t) == fold(parts[-1])]
            at = found[-1] if found else at
    return at


def _vn_part(field: str) -> str:
    """A bilingual title's Vietnamese part: ``Thành thị - Urban`` → ``Thành thị``; ``Cơ cấu - Structure (%)`` → ``Cơ cấu (%)``."""
    head, sep, tail = field.partition(" - ")
    if sep and _ASCII_LINE.fullmatch(tail.strip()) and not _ASCII_LINE.fullmatch(head.strip()):
        unit = _BRACKET_UNIT.search(tail)
        return head.strip() + (f" ({unit.group(1)})" if unit else "")
    return field


def _gloss_free_lines(text: str, lo: int, hi: int) -> list[str]:
    """The header's lines between ``lo`` and ``hi``, a bilingual yearbook's English line under each Vietnamese one
    dropped (``Tổng số`` / ``Total`` / ``Phân theo giới tính`` / ``By sex`` / ``Nam`` / ``Male``: a line of English letters
    only after a line kept is its gloss; ``Nam`` after a gloss is kept)."""
    out, kept_last = [], False
    for line in text[lo:hi].split("\n"):
        s = line.strip()
        if not s:
            continue
        if _ASCII_LINE.fullmatch(s) and kept_last:
            kept_last = False
            continue
        out.append(line)
        kept_last = True
    return out


#: a title that is a unit: the block's heading after the columns' titles (``Triệu đồng - Mill. dongs``), no column
_UNIT_TITLE = re.compile(r"(?i)(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|người|lượt|hộ|ha|tấn|%")
_ENGLISH_ONLY = re.compile(r"[A-Za-z][A-Za-z0-9 .,;:()'&/%-]*")


def _without_gloss_row(titles: list[str], n: int) -> tuple[list[str], str]:
    """A two-level header's English row laid after its Vietnamese one (``Tổng số`` / ``Chia ra - Of which`` / ``Bán lẻ
    hàng hóa`` / … / ``Dịch vụ khác`` / ``Total`` / ``Retail sale`` / ``Accommodation, food  and beverage service`` /
    ``Tourism`` / ``Other service``: s5-vinh-long-ban-le-hang-hoa-nganh-kinh-doanh-2018) — the line-by-line gloss rule
    keeps every other English title: a run of two English titles or more closing the header (before the block's
    unit, ``Triệu đồng - Mill. dongs``), right after as many titles in Vietnamese as the cells, is the glosses' row,
    no columns (``Nam`` amid ``Tổng số`` / ``Nam`` / ``Nữ`` / ``Thành thị`` is no such run); the unit after it is the
    block's heading (returned second, and kept last among the titles for the caller to take off)."""
    end = len(titles) - 1 if titles and _UNIT_TITLE.fullmatch(titles[-1].strip()) else len(titles)
    start = end
    while start > 0 and _ENGLISH_ONLY.fullmatch(titles[start - 1].strip()):
        start -= 1          # the run of English titles closing the header (before the block's unit)
    before = titles[max(0, start - n):start]     # the cells' Vietnamese titles, right before the glosses
    if end - start >= 2 and len(before) == n and not any(_ENGLISH_ONLY.fullmatch(t.strip()) for t in before):
        return titles[:start] + titles[end:], (titles[end] if end < len(titles) else "")
    return titles, ""


def transposed(text: str, rows: list[TextRow], bars: bool) -> Table | None:
    """A TRANSPOSED table (see ``_flipped``): the line right above the first year read as its block's group
    (``Thành thị - Urban``) when the titles above it are the columns' all; else as the header's last title (``Tổng
    số`` / ``Chia ra - Of which`` / ``Thành thị - Urban`` / ``Nông thôn - Rural`` one a paragraph, s3 Vĩnh Phúc)."""
    return _flipped(text, rows, bars, True) or _flipped(text, rows, bars, False)


def _flipped(text: str, rows: list[TextRow], bars: bool, grouped: bool) -> Table | None:
    """A TRANSPOSED table: its rows are years (``2015 1.236.306 615.531 …``, ``Sơ bộ - Prel. 2023 …``; ``2010`` / ``|``
    / ``748.700`` …), its columns what is counted (``Tổng số | Nam | Nữ | Thành thị | Nông thôn``, ``Tổng diện tích |
    DT thu hoạch | Sản lượng | Năng suất``).  Read as the sheet it would be turned round: one row a column, titled by
    the header's last titles (a group's title over its sub-titles — ``Phân theo giới tính`` over ``Nam`` ``Nữ``,
    ``Chia ra`` — no column; English glosses and unit titles aside), one column a year, the years in order (the rows
    of a second block of the same years — ``Tỷ lệ tăng`` under ``Người`` — make none).  Units: a unit title a column
    (``(ha)`` | ``(tấn)``), else the block's own (``Người - Person``, ``Cơ cấu - Structure (%)``) or the page's ``ĐVT``."""
    blocks = _year_blocks(rows)
    if blocks is None or len(blocks[0]) < LEAST_ROWS:
        return None
    years, block = [y for y, _ in blocks[0]], [r for _, r in blocks[0]]
    n = len(block[0].cells)
    top = _numbered_title_above(text, block[0].label_start)
    _, start = _header_fields(text, top if top is not None else block[0].label_start, bars)
    page_unit = _page_unit(text, start, rows[-1].cells[-1][1])
    group_at, group = _block_group(text, start, block[0].label_start) if page_unit and grouped else (None, "")
    if grouped and not group:
        return None          # (read once, without a group)
    lines = _gloss_free_lines(text, start, top if top is not None else
                              block[0].label_start if group_at is None else group_at)
    fields = []
    for line in lines:
        fields += _fields(line, bars) if (bars or _FIELDS.search(line.strip())) else [" ".join(line.split())]
    fields = [_vn_part(f) for f in fields]
    unit, units, titles = "", [], []
    for f in fields:
        said = said_unit(f) or (m.group("unit").strip() if (m := _BRACKET_ONLY.fullmatch(f)) else "")
        if said:
            units.append(said)
        elif _GROUP_TITLE.match(f) or read_title(f).column == "period" and read_title(f).period is None:
            continue         # ``Phân theo giới tính``, ``Chia ra``; the label column's ``Năm``
        else:
            titles.append(f)
    titles, glossed_unit = _without_gloss_row(titles, n)
    if grouped and len([t for t in titles if not _ENGLISH_ONLY.fullmatch(t)]) >= n:
        titles = [t for t in titles if not _ENGLISH_ONLY.fullmatch(t)]   # "Total" under "Tổng số", on the line of
                                                                         # the sub-titles: its gloss, no column
    # the block's own heading right above its first row (``Người - Person``, ``Cơ cấu - Structure (%)``): its unit
    # (side-by-side titles above it: a line of one field under a line of several)
    side = [len(_fields(x, bars)) if (bars or _FIELDS.search(x.strip())) else 1 for x in lines]
    # (or, one title a line, the title after a group's last named part: ``Người - Person`` after ``Nông thôn``)
    last = _last_named_part(fields, titles)
    heading = titles[-1] if len(titles) > n and (len(side) > 1 and side[-1] == 1 and side[-2] > 1 or
                                                 last is not None and last == len(titles) - 2) else None
    if glossed_unit:     # the unit closing a header whose English row was dropped: the block's, no column
        heading = titles[-1]
    if heading is not None:
        titles = titles[:-1]
        said = _BRACKET_UNIT.search(heading)
        unit = said.group(1).strip() if said else heading
    if units and len(units) != n:
        unit, units = unit or units[-1], []
    titles = titles[-n:] if len(titles) >= n else []
    if len(titles) < n or any(_GROUP_TITLE.search(x) or not re.search(r"[^\W\d_]", x) or
                              len(x.split()) > PAGE_TITLE_WORDS for x in titles):
        spaced = _single_spaced_titles(lines, n)   # a title row split by single spaces: by its groups' parts
        if spaced is None and (cased := _sentence_case_titles(lines, n)) is not None:
            spaced = cased, ""
        if spaced is None:
            return None      # could not be split: no rows, no junk
        titles, heading = spaced
        if heading and not units:
            said = _BRACKET_UNIT.search(heading)
            unit = said.group(1).strip() if said else heading
    if page_unit and not units and (not unit or group):
        unit = page_unit     # "‰" / "Đơn vị tính - Unit: ‰": the page's, the block's heading its group
    per = units if units else [unit] * n
    columns = [_column(_grouped(title, group), per[j], [text[a:b].strip() for a, b in (r.cells[j] for r in block)])
               for j, title in enumerate(titles)]
    taken = list(block)
    for later in blocks[1:]:   # the same years again under the next group ("Thành thị -" / "Urban"): its columns
        if [y for y, _ in later] != years or not page_unit or not group:
            continue
        _, name = _block_group(text, taken[-1].cells[-1][1], later[0][1].label_start)
        if not name:
            continue
        columns += [_column(_grouped(title, name), per[j], [text[a:b].strip() for a, b in (r.cells[j] for _, r in later)])
                    for j, title in enumerate(titles)]
        taken += [r for _, r in later]
    year_titles = [(f"Năm {y}", read_title(f"Năm {y}")) for y in years]
    return Table(taken, [r for r in rows if r not in taken], start, rows[-1].cells[-1][1], year_titles, False,
                 columns)


#: a word opening on a capital: a Vietnamese title's first word (titles are written in sentence case)
_CAPITAL_WORD = re.compile(r"(?<!\S)[A-ZÀ-ỸĐ][^\s]*")


def _sentence_case_titles(lines: list[str], n: int) -> list[str] | None:
    """Column titles typed with single spaces, one after another on a line (``Tỷ suất sinh thô Tỷ suất chết thô Tỷ
    lệ tăng tự nhiên``, cucthongke.binhdinh.gov.vn 2023 p. 103) or over lines (``Tỷ suất sinh thô`` / ``Tỷ suất chết
    thô Tỷ lệ tăng tự nhiên``, thongkequangngai.com 2016 p. 27): a Vietnamese title is written in sentence case, so
    each title opens on the one capital word in it — the lines right above the rows (English glosses, unit signs
    aside) split before each capital word, read upwards until they give ``n`` titles. ``None`` unless exactly
    ``n``, each of two words or more and none holding a digit or a comma (a page title, a proper noun: no split)."""
    titles: list[str] = []
    for line in reversed(lines):
        s = " ".join(line.split())
        if not s or _ASCII_LINE.fullmatch(s) or _SIGN_UNIT.fullmatch(s) or said_unit(s):
            continue
        if re.search(r"[\d,;:()]", s):
            return None
        starts = [m.start() for m in _CAPITAL_WORD.finditer(s)]
        if not starts or starts[0] != 0:
            return None
        pieces = [s[a:b].strip() for a, b in zip(starts, starts[1:] + [len(s)])]
        titles = pieces + titles
        if len(titles) >= n:
            break
    if len(titles) != n or any(len(t.split()) < 2 for t in titles):
        return None
    return titles


#: a table's numbered title (``22. Tỷ suất chết của trẻ em dưới một tuổi phân theo giới tính``)
_NUMBERED_TITLE = re.compile(r"\s*\d{1,3}\.\s+[A-ZÀ-ỸĐ][^\d]*")


def _numbered_title_above(text: str, pos: int) -> int | None:
    """Where the table's numbered title starts when a flip-book's text lays it right above the first row, AFTER the
    header (``Tổng số`` / ``Total`` / ``Nam - Male`` / ``Nữ - Female`` / ``22. Tỷ suất chết của trẻ em dưới một tuổi
    phân theo giới tính`` / ``2010   38,1 …``, 113.161.26.104 NGTK2018 p. 66): the header lies above it — read as a
    sentence, the title had ended the header there, and the rows had no titles. None when no such line."""
    for start, line in _lines_back(text, pos)[:3]:
        if not line.strip():
            continue
        return start if _NUMBERED_TITLE.fullmatch(line) and not _YEAR_TITLE.search(line) else None
    return None


def _year_blocks(rows: list[TextRow]) -> list[list[tuple[int, TextRow]]] | None:
    """A transposed table's rows as blocks of years: a year not after the one before opens the next block (the
    same years again under ``Thành thị - Urban``, then ``Nông thôn - Rural``). ``None`` when a row is no year's."""
    blocks: list[list[tuple[int, TextRow]]] = []
    for r in rows:
        m = _YEAR_TITLE.fullmatch(" ".join(r.label.split()))
        if m is None:
            return None
        y = int(m.group("year"))
        if not blocks or y <= blocks[-1][-1][0]:
            blocks.append([])
        blocks[-1].append((y, r))
    return blocks


#: a unit written as its sign alone on a line of the page (``‰``, ``%``): a yearbook's unit line with no ``ĐVT``
_SIGN_UNIT = re.compile(r"\s*(‰|%)\s*")


def _page_unit(text: str, lo: int, hi: int) -> str:
    """The unit the page states for the whole table: its ``ĐVT`` / ``Đơn vị tính - Unit: ‰`` line in the header, a
    sign alone on a header line (``‰``, cucthongke.binhdinh.gov.vn 2023 p. 102, 103), or the unit line a flip-book
    lays after the rows (``Đơn vị tính`` / ``- Unit: ‰``, thongkequangngai.com 2016 p. 27); ``""`` when none."""
    head = [x for x in text[lo:hi].split("\n") if x.strip()]
    for k, line in enumerate(head):
        said = said_unit(line) or (m.group(1) if (m := _SIGN_UNIT.fullmatch(line)) else "")
        if said == "%" and k + 1 < len(head) and head[k + 1].strip() == "o":
            return "‰"       # "%" / "o": per mille typed as "%o", split over two lines (113.161.26.104 KTMCDXDPT p. 106)
        if said:
            return said
    tail = " ".join(text[hi:hi + UNIT_AFTER_CHARS].split())
    m = re.search(r"(?i)(?:đvt|đơn\s+vị(?:\s+tính)?)\s*[-–]?\s*unit\s*:\s*(\S{1,12})", tail)
    return m.group(1) if m else ""


#: how far after a flip-book table's last row its unit line may lie (the preliminary year's row the reader missed,
#: split over three lines, between: ``Sơ bộ`` / ``- Prel`` / ``. 2016`` / ``13,83`` / ``5,28`` / ``8,55``)
UNIT_AFTER_CHARS = 120


def _block_group(text: str, lo: int, hi: int) -> tuple[int | None, str]:
    """The group a block of years stands under, laid right above its first year: ``Thành thị - Urban``, ``TỔNG SỐ -
    TOTAL``, ``Nông thôn -`` / ``Rural`` — a short line (or two, the English gloss aside) with letters and no digit,
    right above the first row, after the header's titles or the block before's last cell. Where it starts and its
    Vietnamese part (``Thành thị``, ``TӸ SUҨT CHUNG``), or ``(None, "")``. Read only where the page states its unit
    elsewhere (``_page_unit``): a heading there names no unit (``Người - Person``, ``Cơ cấu - Structure (%)`` head a
    block of their unit on pages that state none)."""
    picked: list[tuple[int, str]] = []
    for start, line in _lines_back(text, hi):
        if start < lo:
            break
        s = " ".join(line.split())
        if not s:
            if picked:
                break
            continue
        if re.search(r"\d", s) or not re.search(r"[^\W\d_]", s) or len(s.split()) > PAGE_TITLE_WORDS or \
                _BRACKET_UNIT.search(s) or said_unit(s) or len(_fields(line, False)) > 1:
            break        # a number, a unit, a line of several titles side by side: the header's, no group
        picked.insert(0, (start, s))
        if len(picked) == 2 or not (_ASCII_LINE.fullmatch(s) or s.endswith(" -") or s.endswith(" –")):
            if not (len(picked) == 1 and (_ASCII_LINE.fullmatch(s))):
                break
    if not picked:
        return None, ""
    if len(picked) == 2 and _ASCII_LINE.fullmatch(picked[1][1]) and not picked[0][1].endswith(("-", "–")):
        picked = picked[:1] + [(picked[1][0], "- " + picked[1][1])]   # "Tỷ lệ tăng tự nhiên" / "Natural increase
                                                                      # rate": the line and its gloss
    joined = " ".join(s for _, s in picked)
    if _ASCII_LINE.fullmatch(joined):
        return None, ""     # an English title line alone: the header's, no group
    if len(picked) == 1 and not re.search(r"\s[-–]\s", joined):
        return None, ""     # a title alone on its line (no gloss): the header's last title, no group
    name = _vn_part(joined.replace(" – ", " - ")).rstrip(" -–")
    if _GROUP_TITLE.match(name):
        return None, ""
    return picked[0][0], name


def _column(title: str, unit: str, cells: list[str]) -> tuple[str, str, list[str]]:
    """A transposed table's column as a sheet's row; a count unit over rates keeps no unit (``_rate_of_a_count``:
    ``ĐVT: Số con/phụ nữ`` over ``2,22`` / ``2,16`` …, ict2023.vn 2021 p. 86 — the loader refused the whole table,
    «2,22» không phải là số nguyên)."""
    return title, "" if _rate_of_a_count(unit, [c for c in cells if c]) else unit, cells


def _grouped(title: str, group: str) -> str:
    """A column's title with its block's group, as a sheet names the row: ``Tỷ suất sinh thô - Thành thị``."""
    return f"{title} - {group}" if group else title


def _typed_header(text: str, pos: int, cells: int) -> list[str] | None:
    """The line right above the first row, typed as a row of titles split by tabs, runs of spaces or bars, when its
    fields read as as many column titles as the rows have cells (a label or unit column's title aside): the header
    itself — the title and unit lines above it are the page's (``BÁO CÁO`` / ``… năm 2016`` / ``ĐVT: Hộ`` /
    ``Chỉ tiêu→Năm 2014→Năm 2015→Năm 2016``, a ``.docx`` table typed with tabs)."""
    back = [x for _, x in _lines_back(text, pos) if x.strip()]
    if not back or not _FIELDS.search(back[0].strip()):
        return None
    fields = _fields(back[0], "|" in back[0])
    titled = [f for f in fields if read_title(f).column not in _NO_CELL or read_title(f).start]
    return fields if len(titled) == cells and all(read_title(f).column for f in titled) else None


def _label_start(text: str, r: TextRow, bars: bool) -> int:
    """Where the first row's own lines start: its label, and above it the numbered lines that are no title
    (``I. Dịch vụ lưu trú`` / ``1. Tổng lượt khách phục vụ`` / ``Nghìn`` / ``Lượt khách``)."""
    if bars:
        return r.label_start
    pos = r.label_start
    for start, line in _lines_back(text, r.label_start):
        s = line.strip()
        if not s:
            continue
        if read_title(" ".join(s.split())).column is not None or _grade_title(s) or year_title_line(s) or \
                _years_line(s) or header_closes(s):
            break         # a column's title: "Tổng số", "lớp 9" (a grade's column, ``_grade_title``); the header's
                          # years on one line, the preliminary mark glued to the last ("2018 2019 2020 2021 Sơ bộ 2022");
                          # months side by side ("Tháng 1 Tháng 2 … Tháng 6" / "Jan. Feb. …", ``header_closes``)
        pos = start
    return pos


def _grade_title(line: str) -> bool:
    """``lớp 9``, ``Lớp 1 Lớp 2 … Lớp 5``, ``Khối 6``: a line of grade names only, columns of a school's table."""
    return bool(GRADE_NAME.search(line)) and HEADER_SEP.fullmatch(GRADE_NAME.sub("", line)) is not None


def _value(raw: str, scale: int) -> tuple[Decimal, int] | None:
    read = read_cell(raw)
    if read is None:
        return None
    numeral, decimals, _ = read
    return numeral * scale, decimals


def _row_label_unit(text: str, lo: int, r: TextRow, unit_column: bool, bars: bool) -> tuple[str, str]:
    """The row's label and its unit as written (``'"'`` for the unit above)."""
    if bars:
        label = r.label
        if r.unit is not None:   # the unit's own line between label and cells (``đ/kg``; ``"`` the one above)
            return _clean_label(label), " ".join(text[r.unit[0]:r.unit[1]].split())
    else:
        region = _after_blank_cells(text[lo:r.cells[0][0]])
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", region) if b.strip()]
        if len(blocks) < 2:
            blocks = [" ".join(x.split()) for x in region.split("\n") if x.strip()]
        if r.unit is not None:
            unit = " ".join(text[r.unit[0]:r.unit[1]].split())   # a unit on two lines: "Nghìn" / "Lượt khách"
            return _clean_label(_last_label(blocks, unit)), unit
        if unit_column and len(blocks) >= 2:
            return _clean_label(blocks[-2]), blocks[-1]
        # the label ``text_rows`` read when it lies in this row's region (a wrapped one whole: ``TỔNG SỐ - TOTAL``)
        mine = " ".join(r.label.split())
        label = mine if r.label_start >= lo and mine in " ".join(region.split()) else (blocks[-1] if blocks else r.label)
    label = without_footnote_mark(label)
    bare = without_english_gloss(label)
    glossed = glossed_bracket_unit(label, bare)
    if glossed:
        return _clean_label(bare[:_BRACKET_UNIT.search(bare).start()]), glossed
    if bare != label and _BRACKET_UNIT.search(bare):
        label = bare   # ``… y tế (%) Percentage of village having VHW``: the unit closes the Vietnamese words (a
        #                yearbook's label is kept with its gloss otherwise: ``Huyện Đà Bắc Da Bac district``)
    said = _BRACKET_UNIT.search(label)
    if said and said.group(1).strip().lower() in ("%0", "%o", "‰"):
        return _clean_label(label[:said.start()]), "‰"   # ``IMR (%0)``: per mille typed as a per cent and a zero
    if said and re.match(r"\s*(?:%|[^\W\d_A-ZĐ])", said.group(1)) and not re.search(r"\d", said.group(1)):
        return _clean_label(label[:said.start()]), said.group(1).strip()
    if said and capitalised_unit(said.group(1)):   # ``Cháy rừng (Ha)``, ``(Nghìn ha)``: a unit written capitalised
        return _clean_label(label[:said.start()]), capitalised_unit(said.group(1))
    if _PERCENT_LABEL.match(_clean_label(label)):
        return _clean_label(label), "%"   # ``Tỷ lệ % tiêm chủng đầy đủ cho trẻ em<1 tuổi``: a rate in per cent
    return _clean_label(label), ""


#: one word, capitalised: a yearbook's unit in a bilingual label's brackets (``Trường``, ``Lớp``, ``Phòng``)
_BRACKET_WORD = re.compile(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+")


def glossed_bracket_unit(label: str, bare: str) -> str:
    """The unit of a bilingual label whose Vietnamese half and English gloss both close with a bracketed word (``Số
    trường học (Trường)`` / ``Number of schools (School)``, s10 Hải Phòng; ``Số trường học (Trường)`` / ``Number of
    schools (School)`` in s7 Quảng Ngãi's yearbook): the Vietnamese bracket, written with a capital as the
    yearbook writes it (``Trường``) — a lower-case bracket is a unit already, an abbreviation in capitals
    (``(GRDP)``) is none. ``""`` for any other label."""
    if bare == label or not label.startswith(bare):
        return ""
    vn, en = _BRACKET_UNIT.search(bare), _BRACKET_UNIT.search(label[len(bare):])
    if vn is None or en is None or not _BRACKET_WORD.fullmatch(vn.group(1).strip()) or \
            not _BRACKET_WORD.fullmatch(en.group(1).strip()):
        return ""
    return vn.group(1).strip()


#: what may close a Vietnamese label before its English gloss: a short bracket (``(%)``), numbers and dashes
#: (``2011-2020``), a dash alone
_VN_TAIL_TOKEN = re.compile(r"\([^()]{1,8}\)|[\d.,/\-–]+|[-–:]|[A-Z]{2,6}")   # ``YSSN``: an abbreviation


#: a label that opens by naming a rate, in per cent unless a bracket says otherwise: ``Tỷ lệ % …``, ``Tỷ lệ dân số
#: tham gia bảo hiểm y tế``
_PERCENT_LABEL = re.compile(r"(?i)t[ỷỉ]\s+lệ\b")


def without_english_gloss(label: str) -> str:
    """A bilingual label on one line, its English gloss after the Vietnamese words dropped (``Tỷ lệ thôn bản có nhân
    viên y tế (%) Percentage of village having VHW`` → ``Tỷ lệ thôn bản có nhân viên y tế (%)``; ``Số giường bệnh viện
    ngoài công lập In which: Private hospital``: the health yearbook, yj-toan-quoc-bo-y-te-nien-giam-…-2020).  A gloss
    is two words or more opening with a capital and holding a lower-case English word (``Name of Indicators``); an
    abbreviation after the words (``– IMR (%0)``, ``FDI``) is none."""
    words = label.split()
    last = max((k for k, w in enumerate(words) if re.search(r"[^\x00-\x7f]", w)), default=-1)
    if last < 0:
        return label
    k = last + 1
    while k < len(words) and _VN_TAIL_TOKEN.fullmatch(words[k]):
        k += 1
    rest = words[k:]
    if len(rest) >= 2 and re.fullmatch(r"[A-Z][A-Za-z]*", rest[0]) and \
            any(re.fullmatch(r"[a-z]{2,}", w.strip(":,.;()")) for w in rest) and \
            all(not re.search(r"[^\x00-\x7f]", w) for w in rest):
        return " ".join(w for w in words[:k] if w not in ("-", "–", ":")).rstrip(" -–:")
    return label


def _after_blank_cells(region: str) -> str:
    """The part of a row's region after its last line of blank cells: the lines above it are a group title's row
    with empty cells (``Phân theo giới tính - By sex`` / `` `` ×5 / ``Nam - Male`` / ``3.042``,
    s6-nghe-an-nien-giam-hoc-sinh-tccn-2020), neither the row's label nor its unit
    (``service.checker.tabletext._blank_cells_after``)."""
    last = None
    for last in BLANK_CELL.finditer(region):
        pass
    return region[last.end():] if last is not None else region


def _last_label(blocks: list[str], unit: str) -> str:
    rest = [b for b in blocks if b != unit]
    return rest[-1] if rest else ""


def _clean_label(label: str) -> str:
    label = _NUMBERING.sub("", " ".join(label.split())).strip(" :")
    return label[:1].upper() + label[1:]


def _kind_scale(unit: str, raw: str, label: str) -> tuple[str, int, str]:
    if "%" in raw or unit == "%":
        return "percent", 1, "%"
    if not unit:
        return "count", 1, ""
    known = read_unit(unit)
    unit = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in unit.split())   # "Nghìn Lượt khách"
    if known is None:
        return "count", 1, unit
    kind = known.kind if known.kind in ("count", "money", "measure", "percent") else "count"
    if kind == "measure" and known.scale > 1:
        unit = known.text   # ``nghìn ha``: the value is kept in hectares, its unit too (round 78)
    return kind, known.scale, unit


def _sheet_rows(text: str, t: Table) -> list[tuple[str, str, list[str]]]:
    """Each row of the table as a sheet writes it: (label, unit as written — the one above for ``"`` —, cells)."""
    bars = "|" in text[t.rows[0].label_start:t.rows[0].cells[-1][1]]
    lo = _label_start(text, t.rows[0], bars)
    out, unit_above, said, units = [], "", {}, {}
    width = max((len(x.cells) for x in t.rows if x.places is None), default=0)
    heading = ""
    for r in sorted([*t.rows, *t.odd], key=lambda x: x.label_start):
        mine, lo = lo, r.cells[-1][1]
        heading = lettered_heading(text[mine:r.label_start]) or heading
        if not _LIST_ITEM.match(text, r.label_start):
            heading = ""     # "I. Dịch vụ lưu trú" / "1. Tổng lượt khách phục vụ": the items below are this row's
        if r not in t.rows:
            continue
        label, unit = _row_label_unit(text, mine, r, t.unit_column, bars)
        if heading and r.group is None:
            label = f"{heading} - {label}"   # "A. Khối mầm non" / "- Số trường học": the block's item
        said[id(r)] = label
        units[id(r)] = unit
        if r.group is not None and r.group.label_start < r.label_start:
            # "Công lập - Public" under "Số phòng học (Phòng)": the group's row, as a yearbook's sheet names it
            label = f"{said.get(id(r.group)) or _clean_label(r.group.label)} - {label}"
            unit = unit or group_unit(units.get(id(r.group), ""))
        if not unit and not t.unit_column and t.unit:
            unit = t.unit            # "ĐVT: Tỷ đồng" above the header: every row's unit
        if unit and not unit.strip("\"'“”″〃 "):
            unit = unit_above        # '"': the unit of the row above
        unit_above = unit or unit_above
        cells = slotted_cells(text, r, width)
        out.append((label, "" if _rate_of_a_count(unit, [c for c in cells if c]) else unit, cells))
    return out


#: a block's heading on a line of its own: a letter or Roman serial, then words, no number (``A. Khối mầm non``,
#: ``II. Xã hội``), its cells left blank
_LETTERED_HEADING = re.compile(r"(?:[A-ZĐ]|[IVXLC]+)\.\s+(?P<name>[^\d|]*[^\W\d_][^\d|]*?)\s*(?:\(\*\))?")
#: a list item's bullet opening a row's label (``- Số trường học``)
_LIST_ITEM = re.compile(r"\s*[-–+•]\s")


def lettered_heading(between: str) -> str:
    """The block heading standing between two rows on a line of its own (``A. Khối mầm non``, then its blank cells;
    ``C. Khối trung cấp chuyên nghiệp (*)``): its name, or ``""``. The list items right under it (``- Số trường``,
    ``- Số giáo viên``) are that block's — each block repeats the same items (s12 Thừa Thiên Huế «Chỉ số về giáo
    dục»: ``Số giáo viên`` five times, one a block); a row of its own under the heading (``I. Dịch vụ lưu trú`` /
    ``1. Tổng lượt khách phục vụ``) ends it: the items after that row are the row's."""
    for line in reversed(between.split("\n")):
        m = _LETTERED_HEADING.fullmatch(line.strip())
        if m:
            return m.group("name").strip()
    return ""


def group_unit(unit: str) -> str:
    """The unit a group's part takes from its group's title (``Công lập – Public`` under ``Số trường học (Trường)``:
    trường, s10 Hải Phòng): the group's own unit, a ditto mark (``"``) none."""
    return "" if not unit.strip("\"'“”″〃 ") else unit


def _rate_of_a_count(unit: str, cells: list[str]) -> bool:
    """A unit counted in whole numbers over cells with decimals (all of them, or most with one or two): the unit is
    the numerator's of a rate per so many (``Số người nhiễm HIV được phát hiện tên 100.000 dân (người)   11,39 8,83
    …``, t7-danang-yte-2021; ``Số người chết do HIV/AIDS trên 100.000 dân (người)   0,78 …``), not the cells' — as
    the cells' unit it made the loader refuse the whole table (``«15,06» không phải là số nguyên``); the row keeps no
    unit."""
    known = read_unit(unit) if unit else None
    if known is None or not known.integral or known.kind != "count" or known.scale != 1:
        return False
    return bool(cells) and (all(_DECIMAL_COMMA.fullmatch(c) for c in cells) or
                            2 * sum(1 for c in cells if _FEW_DECIMALS.fullmatch(c)) > len(cells))


#: a cell with one or two decimals (``22,93``, ``9,6``): no count of whole things — an average or a rate. A row most
#: of whose cells are so is a row of averages whatever its whole cells (``22,93`` / ``18`` / ``16,75``: a yearbook
#: drops a whole value's zeros, held-out yf Quảng Ngãi's ``Công lập - Public`` under ``ĐVT: Học sinh``); one such cell
#: among counts is a rate column (``3.834.607`` … ``115,2``, held-out Kiên Giang); an English thousands group has three
#: digits (``1,234``)
_FEW_DECIMALS = re.compile(r"-?\d{1,3}(?:\.\d{3})*,\d{1,2}")


#: a cell written with a decimal comma the Vietnamese way (``11,39``, ``1.234,5``): a value with decimals
_DECIMAL_COMMA = re.compile(r"-?\d{1,3}(?:\.\d{3})*,\d+")


#: a cell of a table typed in English notation as far as it shows: commas grouping three digits each (``293,949``,
#: ``-2,165``), no dot
_COMMA_GROUPED = re.compile(r"-?\d{1,3}(?:,\d{3})+")
#: how many such cells a table needs before its commas are read as thousands: a Vietnamese table gives a decimal
#: comma one or two digits as often as three, never only three in so many cells
COMMA_GROUPED_LEAST = 5


def comma_grouped(cells: list[str]) -> bool:
    """A table whose numbers are in English notation with no cell saying so (``293,949``, ``15,604`` … ``8``,
    ``-67``: s10 cophieu68 ANT; ``130,609`` … ``-1,032``: s1 BSC BTW): every cell holding a comma groups three
    digits after each (``_COMMA_GROUPED``), none holds a dot, and there are at least ``COMMA_GROUPED_LEAST`` such
    cells. The loader would read ``293,949`` as 293,949 with decimals (the Vietnamese comma) — a thousandth of the
    value; a table with a cell only English writes (``1,122,014``) it reads right already."""
    typed = [c.strip().replace(" ", "") for c in cells if c and c.strip()]
    commas = [c for c in typed if "," in c]
    return (len(commas) >= COMMA_GROUPED_LEAST and all(_COMMA_GROUPED.fullmatch(c) for c in commas)
            and not any("." in c for c in typed))


#: a cell with a decimal POINT, English-style: one or two digits after the dot (``48.9``, ``15.0``), perhaps after
#: comma groups (``1,234.5``); a Vietnamese dot groups three digits, never fewer
_POINT_DECIMAL = re.compile(r"-?\d{1,3}(?:,\d{3})*\.\d{1,2}")


def point_decimals(cells: list[str]) -> bool:
    """A table in English notation whose rates have a decimal point (``204,100 14.3 292,700``, ``68,128 15.0
    102,296``: atlasnn's soybean page, s14; its rice page the same with ``7,716,546``): every cell holding a comma
    groups three digits after each (``_COMMA_GROUPED``, at least ``COMMA_GROUPED_LEAST`` of them), every cell holding
    a dot has one or two digits after it (``_POINT_DECIMAL``) — a dot the Vietnamese way groups three —, and at least
    one such.  The loader read ``68,128`` as 68,128 with decimals (a Vietnamese comma): a thousandth of the area."""
    typed = [c.strip().replace(" ", "") for c in cells if c and c.strip()]
    commas = [c for c in typed if "," in c]
    dots = [c for c in typed if "." in c]
    return (len(commas) >= COMMA_GROUPED_LEAST and all(_COMMA_GROUPED.fullmatch(c.split(".")[0]) for c in commas)
            and bool(dots) and all(_POINT_DECIMAL.fullmatch(c) for c in dots))


def _vn_grouped(sheet: list[tuple[str, str, list[str]]]) -> list[tuple[str, str, list[str]]]:
    """``sheet`` with its commas as thousands' dots when the table is in English notation (``comma_grouped``), and
    its decimal points as commas when it writes them (``point_decimals``)."""
    if point_decimals([c for _, _, cells in sheet for c in cells]):
        swap = str.maketrans({",": ".", ".": ","})
        return [(label, unit, [c.translate(swap) if c else c for c in cells]) for label, unit, cells in sheet]
    if not comma_grouped([c for _, _, cells in sheet for c in cells]):
        return sheet
    return [(label, unit, [c.replace(",", ".") if c else c for c in cells]) for label, unit, cells in sheet]


def table_rows(text: str | None, title: str = "") -> tuple[list[Row], list[tuple[int, int]]]:
    """The rows of every table pasted in ``text`` (the report as written) and the regions the tables cover.

    The table is given to the figures loader as the sheet it was (``Chỉ tiêu | Đơn vị tính | <the titles>``, the
    report's title above it), so its rows are the rows the loader would make of it: the period's value, a running
    total's row (``<mã>-LK``), a past period's row (``<chỉ tiêu> (năm 2019)``), the plan and last year's value."""
    if not text:
        return [], []
    out, regions = [], []
    for t in tables(text):
        regions.append((t.start, t.end))
        if not t.titles:
            continue
        sheet = _vn_grouped(t.columns if t.columns is not None else _sheet_rows(text, t))
        sheet = numbering.without_numbering(sheet)   # «A | B | 1 | 2 | 3»: the columns' numbers, no row
        if t.measures:
            sheet = measure_rows(sheet, t.measures)
        if t.across:
            sheet = across_rows(sheet, t.across)
        header = ["Chỉ tiêu", "Đơn vị tính", *[x for x, _ in t.titles]]
        own = t.title or title      # months with no year: the table's own title line gives it (``month_titles``)
        body = [(n + 3, [label, unit, *cells]) for n, (label, unit, cells) in enumerate(sheet)]
        loaded = None
        for titles in ([own] if own else [], []) if own and self_dated(t.titles) else ([own] if own else [],):
            try:      # a table whose columns name their own periods, refused under the report's title (``Năm
                      # 2023 | Ước năm 2024`` in a report of «6 tháng đầu năm 2024»): read again on its own
                loaded, problems = check_table(RawTable("pasted", 2, header, body, titles=titles))
            except Exception:   # a header the loader cannot read: no rows, and no junk either
                loaded = None
                continue
            refused = {p.row for p in problems if p.is_error}
            if None not in refused and loaded.figures:
                break
            loaded = None if None in refused else loaded   # (no figure: tried again without the title)
        if loaded is None:
            continue   # the sheet as a whole (its columns) unread
        by_code: dict[str, Row] = {}
        made: dict = {}   # each sheet line's row of the period's value: its comparison cells' (``ratecells``)
        for fig in loaded.figures:   # a row the loader refused is left out, the others kept (the health yearbook's
            # «Life expectancy at birth (year)» gave «73.7» a unit counted in whole numbers: yj-toan-quoc-bo-y-te-…)
            if fig.row is None or not 0 <= fig.row - 3 < len(sheet) or fig.ky_bao_cao is None \
                    or is_index_row(fig.chi_tieu) or fig.row in refused or fig.edition:
                continue   # (an index against last year the loader keeps as a row is the template's derivation; an
                           # earlier edition's row, ``Quý I/2025`` in a statement of 2025-Q3, no row of the next one's)
            label, unit, cells = sheet[fig.row - 3]
            kind, scale, unit_text = _kind_scale(unit, cells[0] if fig.don_vi_tinh != "%" else "%", label)
            if fig.don_vi_tinh == "%":
                kind, scale, unit_text = "percent", 1, "%"
            shown = Decimal(fig.ky_bao_cao) / scale
            row = Row(value=Decimal(fig.ky_bao_cao), unit=unit_text, kind=kind, label=fig.chi_tieu, section="",
                      path="", quote=f"{label} … {format_vn(shown)}", decimals=max(0, -shown.normalize().as_tuple().exponent),
                      scale=scale, plan=fig.ke_hoach, base=fig.cung_ky)
            row.notes.append("số của bảng dán dạng văn bản")
            row.sentence = ((-2, t.start), t.start)   # "stated" at the table: no sentence reader's paragraph
            head, _, tail = fig.ma.rpartition("-")
            if tail == "LK" and head in by_code:
                row.running_of = by_code[head]
            by_code[fig.ma] = row
            ratecells.line_row(made, fig.row - 3, fig.ma, row)
            out.append(row)
        if t.columns is None and not t.measures and not t.across:
            ratecells.rate_cells(t.titles, sheet, made)
            out += yearseries.prior_year_rows(t.titles, out, t.start)   # a series' year before the last: a row too
    return out, regions


def self_dated(titles: list[tuple[str, ColumnTitle]]) -> bool:
    """Every column of the table that holds a period's value names its period (``Năm 2023``, ``Ước năm 2024``,
    ``Qúy 4 2024``), two or more of them: the table needs no report title to be read."""
    dated = [t for _, t in titles if t.column == "period"]
    return len(dated) >= 2 and all(t.period is not None for t in dated)


def said_in_words(rows: list[Row], tabled: list[Row]) -> list[Row]:
    """A sentence of the report stating a pasted table's cell again (``khách quốc tế 82.848 lượt, tăng 5,6%``
    beside the table's ``Khách quốc tế (lượt) | … | 82.848``) states that row: the sentence's row is dropped, its
    quote kept as a repeat and what it derived (the change) moved to the table's row."""
    kept = []
    for r in rows:
        same = next((t for t in tabled if t.value == r.value and t.kind == r.kind and r.running_of is None), None)
        if same is None:
            kept.append(r)
            continue
        same.repeats.append(r.quote)
        same.derived.extend(r.derived)
    return kept


def _squash(s: str) -> str:
    """The words of ``s`` without the bars between cells (the parse joins a cell's lines: ``Sữa DIELAC ( 400g) đ/hộp``)."""
    return " ".join(unicodedata.normalize("NFC", s).replace("|", " ").split())


#: a paragraph this much of which is a pasted table is the table's, its few other words (a title, a date) no sentence
MOSTLY_TABLE = 0.8


def covered(paragraph: str, regions: list[tuple[int, int]], text: str) -> bool:
    """The paragraph is part of a pasted table (its header, labels or cells): the sentence reader leaves it. So is a
    paragraph that is mostly one such table: a page laid one cell a line with no empty line keeps its title and its
    table in one paragraph (``Bảng thống kê dân số …  |`` / ``STT |`` / ``Đơn vị hành chính/Dân tộc |`` / … / ``1 |`` /
    ``Bắc Trung bộ và Duyên hải miền Trung |`` / ``20,187,293 |`` …, s7-toan-quoc-kehoachviet; a school's form typed
    with single spaces under its title, ``STT Nội dung Số lượng Bình quân`` / ``I Tổng số phòng 13 Số m2/trẻ em`` …,
    s4-hanam-mn-dao-ly): read as sentences, its cells were each a row of the template (``Số Tày bảng thống kê dân số
    tỉnh Bắc Trung`` 14,429; ``Số tiền Phòng học tạm`` 0 đồng)."""
    mine = _squash(paragraph)
    if not mine:
        return False
    return any(mine in (table := _squash(text[a:b])) or table in mine and len(table) >= MOSTLY_TABLE * len(mine)
               or table_tail_in(mine, text[a:b]) for a, b in regions)


#: how much of a table's squashed text must close a paragraph before its lines are tried one by one (``table_tail_in``)
TAIL_PROBE = 40


def table_tail_in(mine: str, region: str) -> bool:
    """The squashed paragraph ``mine`` holds the table's text from one of its lines on, and is mostly that: a parse
    that cut the header's first line off the table's paragraph and left lines after the rows in it (BSC's Japanese
    pages: ``単位: 1.000.000đ`` dropped, ``Q4 2023 … Q4 2024`` a paragraph of its own, then the rows and three
    label-only lines ``Số lượng cổ phiếu đang lưu hành`` / ``Thu nhập trên 1 cổ phiếu (EPS cơ bản)`` … one paragraph:
    neither the whole table inside it nor it inside the table, so the sentence reader made 48 rows of the cells, ``Số
    Doanh thu thuần`` = 1.719, s13-toan-quoc-bsc-dvn). Tried only when the paragraph holds the table's last
    characters; a line at a time from the top, while what is left is still most of the paragraph."""
    whole = _squash(region)
    if whole[-TAIL_PROBE:] not in mine:
        return False
    lines = region.split("\n")
    for k in range(1, len(lines)):
        tail = _squash("\n".join(lines[k:]))
        if len(tail) < MOSTLY_TABLE * len(mine):
            return False
        if tail in mine:
            return True
    return False
