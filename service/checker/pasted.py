"""A table row pasted as text with its cells split by SINGLE spaces, and the notation of such a table.

A web page's table copied as text often keeps one space between cells:

    Phẩm chất 953 194 187 195 221 156              (zr-nam-dinh-…-truong-th-dong-son: Tổng số, Lớp 1 … Lớp 5)
    7. Chi phí tài chính 390 331 337 339 230       (a quarterly account: five quarters, ``単位: 1.000.000đ``)

Read alone, ``953 194 187`` is one number grouped by spaces (953.194.187); read in its row it is three cells.  The
row says which: ``cell_runs`` finds a line's trailing run of numbers after a label, and ``are_cells`` reads the run as
cells when

- the groups are no well-formed space-grouped number (``195 874 96 8 42``: groups of 1–2 digits after the first, a
  decimal mark or a percent in a group), or
- the page groups thousands another way (``1.167.489`` or ``130,609`` elsewhere on it: a page writes one notation), or
- a neighbouring line (within three lines) ends with a run of as many numbers that are cells by the rules above, or a
  header line above names as many columns (``Q1 2023 Q2 2023 …``, ``Lớp 1 Lớp 2 …``, ``2010 2011 …``).

A run kept as one number is what a sentence does (``đạt 1 234 567 đồng``): a run in a sentence ends with a unit or
words, never at the line's end after a label.  ``cell_breaks`` gives the spaces between cells, for the extractor to
read each cell as its own number (``service.checker.extract``).

``unit_factor`` reads a unit line scaling money (``Đơn vị: 1.000.000đ``, ``ĐVT: triệu đồng``) and
``english_notation`` whether the page writes numbers the English way (``9,130,053``; ``-909,009``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from service.numbers import format_vn
from service.numwords import SCALES

#: one cell of a run: a number, perhaps signed, perhaps a percent (``23,5 %``: a space before the sign)
_TOKEN = r"[-+]?\d[\d.,]*(?:[ ]?%)?"
#: a line's trailing run: a label with letters, then at least two cells split by spaces or tabs, to the line's end
_RUN = re.compile(rf"(?P<cells>{_TOKEN}(?:[ \t\u00a0]+{_TOKEN})+)[ \t\u00a0]*$")
_ONE = re.compile(_TOKEN)
_LETTER = re.compile(r"[^\W\d_]")
#: a thousands grouping other than by spaces: ``1.167.489``, ``130,609``, ``27.065.153``
_GROUPED_OTHER = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d])")
_EN_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,]\d)")
_VN_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)")
_VN_GROUPED_ONE = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,]?\d)")
#: a header cell naming a column: a year, a quarter (``Q1 2023``, ``Quý 3/2024``), a grade (``Lớp 1``)
_COLUMN_NAME = re.compile(r"(?i)(?:\b(?:Q|Quý|Qúy)\s*[1-4I]{1,3}[ /]*(?:19|20)\d\d|\bLớp\s+\d{1,2}\b|\b(?:19|20)\d\d\b)")
NEIGHBOURS = 3
LEAST = 2


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _tokens(run: str, at: int) -> list[tuple[int, int]]:
    return [(at + m.start(), at + m.end()) for m in _ONE.finditer(run)]


def well_formed_spaced(tokens: list[str]) -> bool:
    """``953 194 187``: one number grouped by single spaces — a first group of 1–3 digits, then groups of 3."""
    return bool(tokens) and re.fullmatch(r"[1-9]\d{0,2}", tokens[0]) is not None \
        and all(re.fullmatch(r"\d{3}", t) for t in tokens[1:])


def cell_runs(text: str) -> list[tuple[int, list[tuple[int, int]], bool]]:
    """Each line that is a label (or nothing: a line of numbers under its label) and a trailing run of at least two
    numbers: (line start, the numbers' spans, whether the run itself is no well-formed space-grouped number)."""
    out = []
    for start, line in _lines(text):
        m = _RUN.search(line)
        if m is None:
            continue
        head = line[:m.start()]
        if head.strip() and (not _LETTER.search(head) or head.rstrip()[-1:] in ",;:"):
            continue        # "ngày 31/8/2020 …", "gồm: 1 2": no label before the run
        if head and not head[-1].isspace():
            continue        # "lớp 1,2 953": the run starts inside a word or a number
        spans = _tokens(m.group("cells"), start + m.start("cells"))
        if len(spans) < LEAST:
            continue
        raw = [text[a:b] for a, b in spans]
        out.append((start, spans, not well_formed_spaced(raw)))
    return out


def _header_columns(text: str, before: int) -> int:
    """How many columns the nearest header line above ``before`` names (years, quarters, grades), 0 if none."""
    lines = [ln for _, ln in _lines(text[:before])][-12:]
    for ln in reversed(lines):
        names = _COLUMN_NAME.findall(ln)
        if len(names) >= LEAST and not re.search(r"\d", _COLUMN_NAME.sub("", ln)):   # names only, no cell
            return len(names)
    return 0


def are_cells(text: str) -> list[list[tuple[int, int]]]:
    """The runs read as cells (see the module), each as its cells' spans."""
    runs = cell_runs(text)
    if not runs:
        return []
    other = _GROUPED_OTHER.search(text) is not None
    line_no = {s: k for k, (s, _) in enumerate(_lines(text))}
    out = []
    for start, spans, split in runs:
        ok = split or other
        if not ok:
            me = line_no[start]
            ok = any(abs(line_no[s] - me) <= NEIGHBOURS and len(sp) == len(spans) and sp_split
                     for s, sp, sp_split in runs if s != start)
        if not ok:
            ok = _header_columns(text, start) in (len(spans), len(spans) - 1)
        if ok:
            out.append(spans)
    return out


def cell_breaks(text: str) -> set[int]:
    """The offsets of the spaces between two cells of a run read as cells: no number reads across them."""
    out = set()
    for spans in are_cells(text):
        for (_, b), (a, _) in zip(spans, spans[1:]):
            out.update(range(b, a))
    return out


#: a unit line: ``Đơn vị: 1.000.000đ``, ``単位: 1.000.000đ``, ``ĐVT: triệu đồng``, ``Đơn vị tính: Tỷ đồng``
_UNIT_LINE = re.compile(r"(?im)^[ \t]*(?:Đơn vị(?: tính)?|ĐVT|単位)\s*:\s*(?P<unit>[^\n]{1,40}?)[ \t]*$")



def unit_factor(text: str, before: int | None = None) -> int | None:
    """The money unit the nearest unit line above ``before`` sets: ``1.000.000đ`` and ``triệu đồng`` are 10⁶ đồng."""
    found = None
    for m in _UNIT_LINE.finditer(text):
        if before is not None and m.start() > before:
            break
        u = m.group("unit").strip().lower()
        num = re.fullmatch(r"(1(?:[.,]000)+)\s*(?:đ|đồng|vnđ|vnd)", u)   # a power of ten: 1.000.000đ
        if num:
            found = int(re.sub(r"[.,]", "", num.group(1)))
            continue
        word = re.fullmatch(r"(nghìn|ngàn|triệu|tỷ|tỉ)\s*(?:đ|đồng|vnđ|vnd)(?:\b.*)?", u)
        if word:
            found = SCALES[word.group(1)]
            continue
        found = None
    return found


def unit_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the units that unit lines set (``1.000.000đ`` of ``単位: 1.000.000đ``): no figure of the page."""
    return [m.span("unit") for m in _UNIT_LINE.finditer(text) if unit_factor(text[m.start():m.end()]) is not None]


#: a comma in a number and the digits after it: three (a thousands comma, or a decimal one of three places) or not
_COMMA = re.compile(r"(?<![\d.,])\d{1,3},(\d+)(?![\d.,]?\d)")


def english_notation(text: str) -> bool:
    """The page writes thousands with commas (``9,130,053``; or ``130,609``, ``1,878`` … when every comma of the page
    has three digits after it, three numbers at least: no Vietnamese decimal ``79,9``) and never with dots
    (``1.167.489``: the notation most grouped numbers use; the unit line's ``1.000.000đ`` aside)."""
    body = re.sub(r"(?m)^[ \t]*(?:Đơn vị(?: tính)?|ĐVT|単位)\s*:[^\n]*", "", text)
    en, vn = len(_EN_GROUPED.findall(body)), len(_VN_GROUPED.findall(body))
    if en or vn:   # the notation most of its grouped numbers use: one number typed otherwise changes nothing
        return en > vn
    if _VN_GROUPED_ONE.search(body):
        return False
    tails = [len(m.group(1)) for m in _COMMA.finditer(body)]
    return len(tails) >= 3 and all(t == 3 for t in tails)


def cell_value(raw: str, english: bool) -> Decimal | None:
    """A cell's value as its page writes it: English (``1,878`` = 1878; ``60.23``) or Vietnamese, the sign kept."""
    s = raw.strip().rstrip("%").strip()
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("+-")
    if english:
        s = s.replace(",", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) or re.fullmatch(r"\d+(?:,\d+)?", s):
            s = s.replace(".", "").replace(",", ".")
        else:
            return None
    try:
        return sign * Decimal(s)
    except InvalidOperation:
        return None


#: a grade or block named in a table's header: ``Lớp 1``, ``lớp 6``, ``Khối 9``, ``Khối lớp 8``
GRADE_NAME = re.compile(r"(?i)\b(?:khối\s+lớp|lớp|khối)\s+(\d{1,2})\b")
HEADER_SEP = re.compile(r"[\s|]*")
NAME_LINES_NEAR = 3


def column_name_numbers(text: str) -> list[tuple[int, int]]:
    """The numbers of grade names in a table's header (``Lớp 1 Lớp 2 Lớp 3 Lớp 4 Lớp 5``; ``lớp 6`` / ``lớp 7`` / …
    one a line): a line of such names and nothing else, two on the line or another such line within three lines —
    the number names a column, it counts nothing. (``lớp 6`` in a sentence is no header line: words around it.)"""
    lines = [(p, ln) for p, ln in _lines(text) if ln.strip()]
    named = [bool(GRADE_NAME.search(ln)) and HEADER_SEP.fullmatch(GRADE_NAME.sub("", ln)) is not None
             for _, ln in lines]
    out = []
    for k, (p, ln) in enumerate(lines):
        if not named[k]:
            continue
        near = any(named[j] for j in range(max(0, k - NAME_LINES_NEAR), min(len(lines), k + NAME_LINES_NEAR + 1))
                   if j != k)
        if len(GRADE_NAME.findall(ln)) >= LEAST or near:
            out += [(p + m.start(1), p + m.end(1)) for m in GRADE_NAME.finditer(ln)]
    return out


#: a row's serial number in its own field before a bar: ``1 | Thu nội địa …``, ``II | Thu ngân sách …``
_BAR_SERIAL = re.compile(r"(?m)^[ \t]*\|?[ \t]*(\d{1,3}|[IVXLC]{1,5}|[a-zđ])[ \t]*\|[ \t]*(?=[^\W\d_])")


def bar_serials(text: str) -> list[tuple[int, int]]:
    """The serial numbers (STT) opening rows between bars, two rows at least: no figure of the page."""
    found = [m.span(1) for m in _BAR_SERIAL.finditer(text)]
    return found if len(found) >= LEAST else []


def totals_summed(text: str, mentions, results, totals) -> None:
    """Re-verdict, in place, a total of a pasted table or list (``tabletext.total_rows``: ``Cộng`` / ``Tổng cộng``)
    that the figures table does not hold (its verdict no ``supported``): the sum of the cells above it says it
    (``derived``: ``2.000.000 + 25.000.000 + 10.000.000 + 1.500.000``; a cell left as a table's furniture stays so),
    or it is FLAGGED — a total the rows above do not add up to is wrong, or one of them is, whether or not the figures
    table names its row. Judged only where a sum can be meant: parts none negative, the total no smaller than the
    largest (a column of rates or averages is not summed), every part read."""
    at = {m.num_start: i for i, m in enumerate(mentions)}
    for (a, _), cells in totals:
        i = at.get(a)
        if i is None or results[i] is None or results[i].verdict == "supported":
            continue
        t = mentions[i]
        parts = [at.get(c[0]) for c in cells]
        if "%" in (t.raw or "") or any(p is None or (mentions[p].unit or "") != (t.unit or "") for p in parts):
            continue
        value = _read(t)
        values = [_read(mentions[p]) for p in parts]
        if value is None or any(v is None or v < 0 for v in values) or value < max(values):
            continue
        total = sum(values, Decimal(0))
        slack = _rounding(value, values, t.decimals or 0) * (t.scale or 1)
        said = " + ".join(mentions[p].raw.strip() for p in parts)
        r = results[i]
        if abs(total - value) <= slack:
            if r.verdict in ("unsupported", "unverified"):
                r.verdict, r.reason, r.expected, r.source = "derived", None, None, None
                r.derivation = f"tổng các dòng trên: {said}"
            continue
        r.verdict, r.source, r.derivation = "unsupported", None, None
        r.reason = (f"Dòng tổng «{t.raw.strip()}» không bằng tổng các dòng trên ({said} = {_vn(total)}): "
                    "tổng hoặc một dòng trên viết sai")
        r.expected = _vn(total)


#: a total of whole numbers at least this large may be of rounded parts (``136.183`` tỷ đồng: each part rounded)
ROUNDED_FROM = 1000


def _rounding(total: Decimal, values: list[Decimal], decimals: int) -> Decimal:
    """How far a total may stand from its parts' sum by their rounding: half a unit of the last place a part, when the
    parts have decimals or the total is large (rounded thousands of a scaled unit); none for small whole counts
    (``Khối lớp 6 … 9`` / ``Cộng``: 4 + 4 + 4 + 4 is 16, never 17)."""
    if decimals == 0 and total < ROUNDED_FROM:
        return Decimal(0)
    return Decimal(len(values)) * Decimal(5) * Decimal(10) ** (-decimals - 1)


def _read(m) -> Decimal | None:
    """A cell's value: the mention's, or — a cell the sentence rules left as furniture (``16`` taken for a page's
    number) — as its digits read."""
    if m.value is not None:
        return m.value
    from service.checker.extract import read_cell   # extract imports this module: read at call time

    read = read_cell(m.raw)
    return read[0] if read is not None else None


def _vn(v: Decimal) -> str:
    return format_vn(v)


#: A cell that can only be written the English way: a dot that can only be a decimal point (one or two digits after it,
#: or four and more: ``4.8``, ``17.55``, ``0.31``; Vietnamese groups thousands by three), or thousands grouped by
#: commas before a dot or in two groups and more (``1,234.5``, ``7,329,200``).
_ONLY_ENGLISH = re.compile(r"(?<![\d.,])(?:\d+\.(?:\d{1,2}|\d{4,})|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,})"
                           r"(?![\d.,]?\d)")
#: A cell that can only be written the Vietnamese way: a decimal comma (one or two digits after it, or four and more:
#: ``0,34``, ``10,7``), thousands grouped by dots before a comma or in two groups and more (``5.907,7``, ``1.167.489``).
_ONLY_VIETNAMESE = re.compile(r"(?<![\d.,])(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,})"
                              r"(?![\d.,]?\d)")
#: cells that can only be English in one table for it to be read so: one alone may be a slip
LEAST_ENGLISH_CELLS = 2


def only_notation(raw: str) -> str | None:
    """``"en"`` for a cell that can only be written the English way (``4.8``, ``1,234.5``), ``"vn"`` for one that can
    only be Vietnamese (``0,34``, ``5.907,7``), None for a cell either way reads (``15.172``, ``1,234``, ``152``)."""
    s = raw.strip().rstrip("%").strip().lstrip("+-")
    if _ONLY_ENGLISH.fullmatch(s):
        return "en"
    if _ONLY_VIETNAMESE.fullmatch(s):
        return "vn"
    return None


def table_writes_english(raws: list[str]) -> bool:
    """A pasted table writes numbers the English way — its own cells say so: ``LEAST_ENGLISH_CELLS`` of them at least
    can only be English (``Điện thương phẩm Trkwh 4.8 6.7 7.0 7.2``, ``Gạch các loại Tr.viên 17.55 18.70 …``: the
    held-out zy-yen-bai-van-chan).  Its cells that can only be English are then read as written (their reading is
    the only one), whatever the other cells write — a table copied from a spreadsheet may mix the two notations
    (``Mức giảm tỷ suất sinh thô % 0,34 0.31 0.35 0.32``; ``5.907,7`` and ``15.172`` Vietnamese in the same table)."""
    return sum(1 for r in raws if only_notation(r) == "en") >= LEAST_ENGLISH_CELLS
