"""Standing facts: numbers that describe the agency or its area, not the period.

``toàn huyện có 16 xã, thị trấn``, ``06 đoàn thể``, ``17/17 xã``, ``13 chi
hội``: true in every edition, in no period's table.  The checker gives them
their own verdict, ``standing`` (not a problem while it holds), from three
sources, strongest first:

1. **a list** the agency keeps (``read_standing``): a ``.csv``, or a sheet of the
   figures workbook titled ``Số liệu cố định`` (or ``standing``), with the
   figures template's columns: ``Chỉ tiêu`` (what it is), ``Đơn vị tính`` (the
   noun the text counts with: ``xã, thị trấn``), a value column (``Số liệu``,
   ``Giá trị``, ``Số lượng``) and optionally ``Ghi chú`` (the phrase of the text).
2. **the series' prior edition** (``learn_from_prior``): a count the previous
   report states on the same noun, that was no row of that period's table.
3. **grammar**, when neither says anything (``composition``): a count of the
   area's or agency's own units (communes, villages, member organisations,
   branches) stated as its make-up — ``toàn huyện có``, ``gồm``, ``X/X xã``, the
   whole of a ``số/tổng`` pair; and the area's description (``describes_area``:
   distance, size, population, coordinates).

A fact from a list or the prior edition also catches a change: the same noun
with another value and no row of the table behind it is flagged.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from service import archive
from service.checker.fracwhole import kept_whole
from service.checker.listednoun import lists_row_units
from service.checker.recognisers import committee
from service.checker.recognisers.grouplevel import LEVEL_BEFORE_HAS
from service.checker.recognisers.markets import world_price
from service.checker.wording import fmt_like
from service.errors import InputError
from service.figures.read import is_standing_sheet
from service.numbers import format_vn, parse_table_number, parse_vn

VALUE_COLUMNS = ("so lieu", "gia tri", "so luong", "value", "so", "ky bao cao")
NOUN_COLUMNS = ("don vi tinh", "dvt", "danh tu", "noun", "unit")
LABEL_COLUMNS = ("chi tieu", "noi dung", "label", "ten")
QUOTE_COLUMNS = ("ghi chu", "trich dan", "quote", "note")


#: Units an area or an organisation is made of (its composition, not its activity).
COMPOSITION_NOUNS = (
    "xã", "phường", "thị trấn", "thôn", "ấp", "bản", "buôn", "làng", "sóc", "khóm", "xóm", "khu phố", "tổ dân phố",
    "khu dân cư", "tổ dân cư", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "đơn vị hành chính", "đoàn thể",
    "tổ chức chính trị", "tổ chức thành viên", "chi hội", "hội cơ sở", "chi bộ", "đảng bộ", "chi đoàn",
    "cơ sở đoàn", "đoàn cơ sở", "tổ hội", "cơ sở hội", "ban ngành", "cơ quan", "đơn vị", "cụm", "tổ tự quản")
_COMPOSITION_HEAD = re.compile(
    r"(?i)^(?:" + "|".join(sorted(map(re.escape, COMPOSITION_NOUNS), key=len, reverse=True)) + r")(?![\w])")
#: ``toàn huyện có``, ``cả tỉnh hiện có``, ``trên địa bàn ... có``, ``gồm``, ``bao gồm``, ``với``, ``của``.
_COMPOSITION_CUE = re.compile(
    r"(?i)(?:(?:toàn|cả)\s+(?:huyện|xã|tỉnh|thị xã|thành phố|quận|phường|thị trấn|hội|đảng bộ|khối|ngành|lực lượng)"
    r"(?:\s+\S+){0,2}?\s+(?:hiện\s+)?(?:có|gồm)|(?:bao\s+)?gồm(?:\s+có)?|trực thuộc|(?:thuộc|của|tại|ở|với)(?:\s+(?:các|tất cả))?"
    r"|(?:địa bàn|địa phương)(?:\s+\S+){0,3}?\s+(?:có|gồm)|tổng số(?:\s+\S+){0,4}?\s+(?:là|có|:))"
    r"[\s:]*(?:\w+\s+)?$")


@dataclass(frozen=True)
class StandingFact:
    value: Decimal
    noun: str                    # the noun the text counts with, lower case: "xã, thị trấn"
    label: str = ""              # what it is ("Số xã, thị trấn của huyện")
    quote: str | None = None     # the phrase of a text that states it
    source: str = "list"         # "list", "prior" or "grammar"

    def describe(self) -> str:
        return f"{format_vn(self.value)} {self.noun}".strip()

    def to_dict(self) -> dict:
        """JSON-able (a draft's provenance, a .docx's metadata); ``from_dict`` reads it back."""
        return {"value": format(self.value, "f"), "noun": self.noun, "label": self.label, "quote": self.quote,
                "source": self.source}

    @classmethod
    def from_dict(cls, d: dict) -> "StandingFact":
        return cls(Decimal(str(d["value"])), str(d.get("noun") or "").lower(), str(d.get("label") or ""),
                   d.get("quote") or None, str(d.get("source") or "list"))


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(s))


def noun_fits(fact_noun: str, noun: str) -> bool:
    """The noun after a number names the fact's noun (``xã, thị trấn`` ⇐ ``xã``, ``xã, thị trấn tổ chức``)."""
    want, have = _words(fact_noun), _words(noun)
    if not want or not have:
        return False
    n = min(len(want), len(have), 2)
    return have[:n] == want[:n]


# ---------------------------------------------------------------------------- reading a list

def read_standing(path: str | Path) -> list[StandingFact]:
    """Standing facts from a .csv, or from the ``Số liệu cố định`` sheet of an .xlsx (none if it has no such sheet)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: không tìm thấy tệp")
    if path.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(path)
        if rows is None:
            return []
    else:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: không phải văn bản UTF-8 (byte sai ở vị trí {exc.start}); hãy lưu tệp dưới dạng UTF-8") \
                from None
        tables = [list(csv.reader(io.StringIO(text), delimiter=d)) for d in (",", ";", "\t")]
        rows = next((t for t in tables if _header_at(t) is not None), tables[0])
    return _facts(rows, str(path))


def _header_at(rows: list[list]) -> int | None:
    for h, row in enumerate(rows[:30]):  # title rows may stand above the header
        header = [fold(str(c)) for c in row]
        if _column(header, VALUE_COLUMNS) is not None and _column(header, NOUN_COLUMNS) is not None:
            return h
    return None


def _xlsx_rows(path: Path) -> list[list] | None:
    archive.check(path, str(path), archive.XLSX)  # bombs, huge shared strings, DTDs: refused before openpyxl
    try:
        import openpyxl   # heavy: loaded only when a .xlsx is read

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken workbook
        raise InputError(f"{path}: không đọc được bảng tính .xlsx ({type(exc).__name__})") from None
    try:
        for ws in wb.worksheets:
            if is_standing_sheet(ws.title):
                return [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
        return None
    finally:
        wb.close()


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        for k, h in enumerate(header):
            if h == name or h.startswith(name + " "):
                return k
    return None


def _facts(rows: list[list], source: str) -> list[StandingFact]:
    h = _header_at(rows)
    if h is None:
        raise InputError(f"{source}: không tìm thấy hàng tiêu đề có cột giá trị (Số liệu / Giá trị / Số lượng) và cột "
                         "danh từ (Đơn vị tính / Danh từ)")
    header = [fold(str(c)) for c in rows[h]]
    value_col, noun_col = _column(header, VALUE_COLUMNS), _column(header, NOUN_COLUMNS)
    label_col, quote_col = _column(header, LABEL_COLUMNS), _column(header, QUOTE_COLUMNS)
    out, problems = [], []
    for k, row in enumerate(rows[h + 1:], start=h + 2):
        cell = lambda c: str(row[c]).strip() if c is not None and c < len(row) and row[c] is not None else ""
        raw, noun = cell(value_col), cell(noun_col)
        if not raw and not noun:
            continue
        try:
            value = Decimal(str(row[value_col])) if isinstance(row[value_col], (int, float)) else \
                parse_table_number(raw, integral=True)
        except (ValueError, ArithmeticError):
            problems.append(f"dòng {k}, cột «{rows[h][value_col]}»: «{raw}» không phải là số")
            continue
        if not noun:
            problems.append(f"dòng {k}, cột «{rows[h][noun_col]}»: để trống (cần danh từ mà văn bản dùng để đếm, "
                            "ví dụ «xã, thị trấn»)")
            continue
        out.append(StandingFact(value, unicodedata.normalize("NFC", noun).lower(),
                                unicodedata.normalize("NFC", cell(label_col)), cell(quote_col) or None))
    if problems:
        raise InputError(f"{source}: bảng số liệu cố định không đọc được: " + "; ".join(problems))
    return out


def gather(listed=None, *, known=(), prior_text: str | None = None, prior=None) -> list[StandingFact]:
    """Every standing fact a drafting run knows, once: those ``known`` already (kept with the figures file: its
    ``Số liệu cố định`` sheet), the spec's ``standing:`` (a file, or entries ``{value, noun, quote}``), and the
    counts the prior edition states on a noun that were no row of its table (``check.standing_from_prior``)."""
    facts: list[StandingFact] = list(known)
    if isinstance(listed, (str, Path)):
        facts += read_standing(listed)
    elif listed:
        facts += from_case([e if isinstance(e, dict) else e.model_dump() for e in listed])
    if prior_text:
        from service.checker.check import standing_from_prior  # check imports this module: read at call time

        known = {(f.value, f.noun) for f in facts}
        facts += [f for f in standing_from_prior(prior_text, prior) if (f.value, f.noun) not in known]
    return facts


#: The number a quote states and the noun it counts: ``3.189 hộ dân``, ``06 đoàn thể``, ``17/17 xã`` (the whole),
#: ``diện tích tự nhiên hơn 5.171ha``.
_QUOTED = re.compile(r"(?:(\d[\d.]*)\s*/\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*([^\W\d_][^\d,;.()]*)?")


def _read_quote(quote: str) -> tuple[Decimal, str] | None:
    """``{quote: "3.189 hộ dân"}`` with no ``value``: the value and noun the quote states (its first number; a
    fraction's whole), or None."""
    m = _QUOTED.search(unicodedata.normalize("NFC", quote or ""))
    if m is None:
        return None
    try:
        value = parse_vn(m.group(2))
    except (ValueError, ArithmeticError):
        return None
    return value, " ".join((m.group(3) or "").split()).lower()


def from_case(entries: list[dict]) -> list[StandingFact]:
    """``standing:`` entries of a spec or a real case (``{quote, value, noun}``; a quote alone gives both: its number
    and the noun after it)."""
    out = []
    for e in entries or ():
        try:
            if e.get("value") is None:
                read = _read_quote(str(e.get("quote") or ""))
                if read is None:
                    continue
                e = {**e, "value": read[0], "noun": e.get("noun") or read[1]}
            out.append(StandingFact(Decimal(str(e["value"])), str(e.get("noun", "")).lower(), str(e.get("label") or ""),
                                    e.get("quote"), "list"))
        except (KeyError, ArithmeticError):
            continue
    return out


# ---------------------------------------------------------------------------- grammar

#: The area described, not its work: distances, size, population, coordinates.
_AREA_CUE = re.compile(
    r"(?i)(?:cách(?:\s+\S+){0,5}?|chiều\s+(?:dài|rộng)(?:\s+\S+){0,3}?|diện\s+tích(?:\s+đất)?\s+tự\s+nhiên(?:\s+\S+){0,3}?"
    r"|dân\s+số(?:\s+\S+){0,3}?|quy\s+mô(?:\s+\S+){0,3}?|to[aạ]\s+độ(?:\s+\S+){0,3}?|(?:kinh|vĩ|vỹ)\s+độ|tổng\s+diện\s+tích\s+tự\s+nhiên)"
    r"[\s:,]*(?:(?:là|có|khoảng|gần|hơn|trên)\s+)?(?:\d[\d.,]*\s*(?:[-–]|[^\W\d_]+\s*[,;])\s*){0,2}$")


#: ``cách ly``, ``cách làm``, ``cách thức``, ``cách mạng``: another word than ``cách`` (at a distance from).
_NOT_DISTANCE = re.compile(r"(?i)(?<!\w)cách\s+(?:ly|làm|thức|mạng|điệu|nhìn|tân|chức|xử\s+lý|giải\s+quyết|tiếp\s+cận|"
                           r"sử\s+dụng|phòng|trở|đây|nay)(?!\w)")
#: Words that start another predicate between the cue and the number (``ban dân số KHHGĐ tổ chức 7 đợt truyền thông``,
#: ``tổ chức quy mô lớn cho 500 người``): then the number is what was done, not the area described.
_PREDICATE = re.compile(r"(?i)(?<!\w)(?:tổ\s+chức|thực\s+hiện|triển\s+khai|tuyên\s+truyền|hỗ\s+trợ|phối\s+hợp|cho|"
                        r"được|đã|đạt|với|và|tiếp\s+nhận|vận\s+động|tham\s+gia|mở)(?!\w)")


def describes_area(text: str, start: int, clause_start: int) -> bool:
    """``cách trung tâm huyện 13 km``, ``diện tích đất tự nhiên là 2.941,86 ha``, ``dân số: 2782 hộ``; not ``cách ly
    250 người``, ``ban dân số KHHGĐ tổ chức 7 đợt truyền thông``."""
    before = text[max(clause_start, start - 60):start]
    m = _AREA_CUE.search(before)
    if m is None:
        return False
    return not (_NOT_DISTANCE.match(before, m.start()) or _PREDICATE.search(before, m.start()))


def composition_noun(noun: str) -> str | None:
    """The unit an area or an organisation is made of that ``noun`` counts (``xã``, ``chi hội``), if any."""
    m = _COMPOSITION_HEAD.match(noun or "")
    return m.group(0) if m else None


#: Closed-class words that end a counted noun ("06 đoàn thể của huyện" counts "đoàn thể").
_NOUN_END = {"của", "được", "đã", "đang", "sẽ", "có", "và", "với", "trong", "tại", "ở", "cho", "là", "trên", "thuộc",
             "về", "theo", "để", "do", "bị", "đều", "cùng", "từ", "đến", "như", "nhưng", "mà", "này", "đó", "các",
             "những", "đạt", "gồm", "hoàn", "tham", "tổ chức", "trực"}


def noun_head(noun: str, most: int = 3) -> str:
    """The counted noun without what follows it: ``đoàn thể của huyện`` → ``đoàn thể``."""
    out = []
    for w in (noun or "").split():
        if w in _NOUN_END or len(out) == most:
            break
        out.append(w)
    return " ".join(out)


def composition(text: str, start: int, noun: str, clause_start: int, end: int | None = None) -> bool:
    """Is the count at ``start`` (counting ``noun``) the make-up of the area or the agency? With the number's ``end``,
    a make-up said in passing counts too (:func:`said_in_passing`)."""
    if not composition_noun(noun):
        return False
    before = text[max(clause_start, start - 80):start]
    cue = _COMPOSITION_CUE.search(before)
    if cue is not None and end is not None and _HAS_CUE.search(cue.group()) and _done_after(text, end):
        return False  # "Toàn huyện có 2 xã đạt 16/19 tiêu chí": the units said to have done something, a figure
    return cue is not None or (end is not None and said_in_passing(text, start, end, clause_start))


_HAS_CUE = re.compile(r"(?i)(?<!\w)(?:có|gồm)(?:\s+\w+)?[\s:]*$")


#: ``Hội CCB huyện … có 26 cơ sở hội``, ``hiện có``, ``gồm có``: the organisation or area has so many units.
_HAS = re.compile(r"(?i)(?<!\w)(?:(?:hiện|nay)(?:\s+nay)?\s+)?(?:có|gồm)(?:\s+(?:tất\s+cả|tổng\s+cộng))?\s*$")
#: A list of the units made of (``17 xã, thị trấn``, ``3 phường và xã``) after the first noun.
_MORE_UNITS = re.compile(r"(?i)(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?:" + "|".join(sorted(map(re.escape, COMPOSITION_NOUNS), key=len,
                                                                              reverse=True)) + r")(?!\w)")
#: What may follow the units of a make-up said in passing: the clause's end, what they belong to (``trực thuộc Thành
#: ủy``, ``của huyện``), where they are, a bracket, or the next part of the make-up (``, với 236 chi hội``, ``, trong
#: đó …``). A verb after the units (``5 xã đạt chuẩn``, ``3 chi bộ được công nhận``) says what the period did.
_NOTHING_DONE = re.compile(
    r"(?i)(?:\s*(?:[.;:!?…\n]|$)|\s+(?:trực\s+thuộc|thuộc|của|trên\s+địa\s+bàn|ở|tại)(?!\w)"
    r"|\s*,?\s*(?:với|và|gồm|trong\s+đó)\s+(?:có\s+)?(?:\d|các(?!\w)|tổng(?!\w)))")


def said_in_passing(text: str, start: int, end: int, clause_start: int) -> bool:
    """``Hiện nay, Hội CCB huyện Vị Xuyên có 26 cơ sở hội, với 236 chi hội``, ``Có 8 đảng bộ trực thuộc Thành ủy``: the
    count of units right after ``có``/``gồm``, nothing said of them but what they belong to — the make-up said in
    passing. Not ``có 5 xã đạt chuẩn nông thôn mới`` (a verb after the units: what they did in the period)."""
    if LEVEL_BEFORE_HAS.search(text, max(clause_start, start - 60), start):
        return False  # "đạt từ 15-18 tiêu chí có 14 xã": the group a level names, what the period reached
    return bool(_HAS.search(text[max(clause_start, start - 30):start])) and _nothing_done_after(text, end)


def _after_units(text: str, end: int) -> int | None:
    """Where the units counted by the number ending at ``end`` (a list of them, a bracket) end, if it counts units."""
    head = _COMPOSITION_HEAD.match(text[end:].lstrip(" \t"))
    if head is None:
        return None
    at = len(text) - len(text[end:].lstrip(" \t")) + head.end()
    while (more := _MORE_UNITS.match(text, at)) is not None:
        at = more.end()
    bracket = _BRACKET.match(text, at)  # "17 xã (…)": what follows the bracket decides ("2.045 xã (23%) được công nhận")
    return bracket.end() if bracket else at


def _done_after(text: str, end: int) -> bool:
    """A verb after the units, in their clause: ``2 xã đạt 16/19 tiêu chí``."""
    at = _after_units(text, end)
    return at is not None and _DONE.search(_REST.match(text, at).group()) is not None


def _nothing_done_after(text: str, end: int) -> bool:
    """After the number ending at ``end``: units of a make-up, and nothing said they did (see :func:`said_in_passing`)."""
    at = _after_units(text, end)
    if at is None or _NOTHING_DONE.match(text, at) is None:
        return False
    # "trực thuộc Thành ủy", "trên địa bàn huyện": what they belong to — then no verb up to the clause's end ("Có 5 xã
    # trên địa bàn huyện đạt chuẩn" says what they did)
    return _DONE.search(_REST.match(text, at).group()) is None


_BRACKET = re.compile(r"\s*\([^()\n]{0,80}\)")
#: The rest of the clause after the units, up to the next part of the make-up (``, với 236 chi hội``).
_REST = re.compile(r"[^.;!?\n,(]*")
#: Auxiliaries and the verbs of results that open a predicate (a closed class, with the few verbs reports say units did).
_DONE = re.compile(r"(?i)(?<!\w)(?:đạt|được|đã|đang|sẽ|chưa|không|bị|hoàn\s+thành|về\s+đích|tổ\s+chức|thực\s+hiện|"
                   r"triển\s+khai|xây\s+dựng|tham\s+gia|vi\s+phạm|xếp\s+loại)(?!\w)")


#: ``Ban Chấp hành Hiệp hội có 109 ủy viên``, ``BCH Hội gồm 47 đồng chí``: the size of a standing committee.
_COMMITTEE_HAS = re.compile(r"(?i)(?<!\w)(?:" + committee.BODY_NAMES + r")(?!\w)"
                            r"(?:\s+[^\s,.;:]+){0,5}?\s+(?:hiện\s+(?:nay\s+)?)?(?:có|gồm)(?:\s+có)?\s*$")
_SEATS = re.compile(r"(?i)\s*(?:ủy\s+viên|uỷ\s+viên|đồng\s+chí|đ/c|thành\s+viên)(?!\w)")


def committee_size(text: str, start: int, end: int, clause_start: int) -> bool:
    """``Ban Chấp hành Hiệp hội có 109 ủy viên``: the seats of a committee, the organisation's make-up (the committee
    an Đại hội elects is ``recognisers.events.elected``)."""
    before = text[max(clause_start, start - 80):start]
    return _SEATS.match(text, end) is not None and _COMMITTEE_HAS.search(before) is not None \
        and committee.ELECT.search(before) is None


#: ``kiện toàn tổ chức bộ máy Hội từ 7 Ban xuống còn 3 Ban``, ``sắp xếp từ 12 đầu mối thành 8 đầu mối``: a verb of
#: reorganising, then ``từ X <units> xuống (còn)|còn|thành Y <the same units>``.
_REORGANISED = re.compile(r"(?i)(?<!\w)(?:kiện\s+toàn|sắp\s+xếp|tinh\s+gọn|sáp\s+nhập|hợp\s+nhất|thu\s+gọn|"
                          r"giảm\s+đầu\s+mối|tổ\s+chức\s+lại|cơ\s+cấu\s+lại)(?!\w)")
_FROM = re.compile(r"(?i)(?<!\w)từ\s+$")
_TO_FEWER = re.compile(r"(?i)\s+(?P<units>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:xuống\s+(?:còn\s+)?|còn\s+|thành\s+)\d[\d.]*"
                       r"\s+(?P=units)(?!\w)")


def restructured_from(text: str, start: int, end: int, clause_start: int) -> str | None:
    """The units the count at ``start`` counts, when it is the make-up before a restructuring the clause reports (``từ 7
    Ban xuống còn 3 Ban``): the state the period started from, not what it did (the count after it is the figure)."""
    before = text[max(clause_start, start - 120):start]
    after = _TO_FEWER.match(text, end)
    return after.group("units") if after and _FROM.search(before) and _REORGANISED.search(before) else None


# ---------------------------------------------------------------------------- judging one number

def quote_spans(text: str, facts: list[StandingFact]) -> list[tuple[int, int, StandingFact]]:
    """Where each fact's quote stands in ``text`` (spacing and case aside)."""
    out = []
    for f in facts:
        if not f.quote:
            continue
        words = unicodedata.normalize("NFC", f.quote).split()
        if not words:
            continue
        rx = re.compile(r"\s+".join(map(re.escape, words)), re.I)
        out.extend((m.start(), m.end(), f) for m in rx.finditer(text))
    return out


def judge(facts: list[StandingFact], value: Decimal, noun: str, window: str, at: int,
          quotes: list[tuple[int, int, StandingFact]], written: Decimal | None = None
          ) -> tuple[str | None, StandingFact | None]:
    """``("standing", fact)`` when a fact states this number, ``("changed", fact)`` when the number
    counts a fact's noun with another value, else ``(None, None)``.

    A fact states the number when its quote covers the number (the fact's value, or
    another number of its quoted words: ``04 khách sạn 5 sao với 1.463 phòng``,
    yr-ba-ria-vung-tau-so-vhttdl), or the values are equal and its noun is the noun after the number, or every word of its noun
    stands in the number's clause (``Tổng số cơ sở đoàn ... là 24``).  An amount may be listed as written before
    its scale word (``84.513,1`` with the noun ``tỷ đồng vốn đăng ký``): ``written``.
    """
    values = {value} if written is None else {value, written}
    quoted = [f for s, e, f in quotes if s <= at < e]
    for f in quoted:
        if f.value in values:
            return "standing", f
    if quoted:   # "04 khách sạn 5 sao với 1.463 phòng" listed for its 04: the rooms are the fact's own words, as quoted
        return "standing", quoted[0]
    win = set(_words(window))
    for f in facts:
        if f.value not in values:
            continue
        if noun_fits(f.noun, noun) or (_words(f.noun) and set(_words(f.noun)) <= win):
            return "standing", f
    for f in facts:
        if f.value != value and noun_fits(f.noun, noun) and len(_words(noun)) >= len(_words(f.noun)) \
                and _words(noun)[:len(_words(f.noun))] == _words(f.noun):
            return "changed", f
    return None, None


#: A row that states a price (``Giá dầu thô thế giới bình quân``, ``Đơn giá xuất khẩu``; not ``Giá trị sản xuất``).
_PRICE_LABEL = re.compile(r"(?i)(?<!\w)(?:đơn\s+)?giá(?!\w)(?!\s+trị)")


class StandingVerdicts:
    """The standing-facts pass, mixed into the checker (``check._Checker``): after every other pass, on
    numbers still unsupported."""

    def _standing_pass(self) -> None:
        """Counts no row backs that describe the agency or its area (``service.checker.standing``)."""
        quotes = quote_spans(self.text, self.standing) if self.standing else []
        for i, r in enumerate(self.results):
            m = self.mentions[i]
            if r is None or r.verdict != "unsupported" or m.value is None or self.rows[i] is not None:
                continue
            w = self.where[i]
            if m.kind == "money" and world_price(self.text, m.qualifier_start or m.num_start) \
                    and not self._keeps_prices():
                self.results[i] = self._result(m, "not_a_figure", derivation=(
                    "giá trên thị trường thế giới nêu làm bối cảnh, không phải số liệu của đơn vị"))
                continue
            if m.kind in ("count", "measure") and describes_area(self.text, m.qualifier_start or m.num_start, w.clause) \
                    and not r.source:
                self.results[i] = self._result(m, "standing", derivation="số liệu cố định: mô tả địa bàn")
                continue
            if m.kind not in ("count", "ratio", "measure", "money", "percent"):
                continue
            if m.pair_role == "numerator" and not any(s <= m.num_start < e for s, e, _ in quotes) \
                    and any(self.idx.unit_fit(m.noun, x) > 0 for x in self.idx.rows):
                continue   # "9/9 huyện" where the fact is the 9 districts and a row counts the districts that did:
                # the numerator is that part, never the whole its fact names (xq-thai-nguyen-…'s «7/9 huyện» beside
                # 08 = 7 huyện, m-khanhhoa-pcgd-2023's «8/9 huyện» beside HU-01 = 8; chk89). With no such row, "Có 9/9
                # ấp đạt danh hiệu" stays the whole, all of them (test_checker_standing)
            window = self.text[w.clause:m.num_start] + " " + m.noun
            noun = m.noun if m.kind in ("count", "ratio") else (m.unit or "")  # "6.013ha", "chiếm 90%"
            written = m.value / m.scale if m.scale > 1 else None   # "84.513,1 tỷ đồng" listed as 84.513,1
            verdict, fact = judge(self.standing, m.value, noun, window, m.num_start, quotes, written)
            if verdict == "standing":
                self.results[i] = self._result(m, "standing", derivation=(
                    f"số liệu cố định: {fact.describe()}" + {"list": "", "prior": " (báo cáo kỳ trước)"}.get(
                        fact.source, "")))
            elif verdict == "changed":
                self.results[i] = self._result(m, "unsupported", expected=fmt_like(m, fact.value), reason=(
                    f"Số liệu cố định của đơn vị là {fact.describe()}"
                    + (" (theo báo cáo kỳ trước)" if fact.source == "prior" else "")
                    + f"; không có chỉ tiêu nào trong bảng số liệu cho ra «{m.raw.strip()}»"))
            elif m.kind in ("count", "ratio"):
                unit = self._composition(i)
                if unit:
                    self.results[i] = self._result(m, "standing", derivation=(
                        f"số liệu cố định: thành phần của địa bàn, đơn vị ({format_vn(m.value)} {unit})"))

    def _keeps_prices(self) -> bool:
        """A row of the table is a price (``Giá dầu thô thế giới bình quân``): the agency keeps prices as its figures,
        so a price the text states is checked, never set aside as the market's context."""
        return any(_PRICE_LABEL.search(r.fig.chi_tieu or "") for r in self.idx.rows)

    def _composition(self, i: int) -> str | None:
        """The make-up of the area or agency by grammar (the unit it counts), where no row of the table counts it."""
        m, w = self.mentions[i], self.where[i]
        noun = m.noun or (self.mentions[m.partner].noun if m.partner is not None else "")
        before = restructured_from(self.text, m.qualifier_start or m.num_start, m.num_end, w.clause)
        if m.partner is None and before:
            return before.lower() + " trước khi sắp xếp"  # "từ 7 Ban xuống còn 3 Ban": the make-up before
        unit = composition_noun(noun)
        if unit is None:
            if m.partner is None and committee_size(self.text, m.qualifier_start or m.num_start, m.num_end, w.clause):
                return noun_head(noun, 2)  # "109 ủy viên": the committee's seats
            return None
        if m.partner is not None:
            other = self.mentions[m.partner]
            if m.pair_role == "denominator":
                num, num_row = self.results[m.partner], self.rows[m.partner]
                if kept_whole(self.idx, num_row) is not None:
                    return None  # "57/59 ấp" where the table keeps "Tổng số ấp, khu phố": the whole is a figure
                if other.value == m.value or (num is not None and num.verdict in ("supported", "derived")
                                              and (num_row is None or "ke_hoach" not in num_row.values)):
                    return unit  # the whole of "593/942 chi hội", "17/17 xã"
            elif other.value == m.value:
                return unit
            else:
                return None  # "toàn huyện có 10/17 xã tổ chức xong đại hội": the part is what the period did
        ctx = self._context(i)
        if any(self.idx.unit_fit(noun, r) == 1 and (self.idx.fit(ctx, r) >= 0.5 or lists_row_units(self.text, m.num_end, r.unit))
               for r in self.idx.rows if r.kind == "count"):
            return None  # "có 3 xã tổ chức ra quân", "ở 11 xã, thị trấn" (a row of "xã, thị trấn"): a row counts it
        return unit if composition(self.text, m.qualifier_start or m.num_start, noun, w.clause, m.num_end) else None
