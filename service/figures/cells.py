"""One cell of a figures table read as the row's unit says: numbers typed any way an office types them.

``1.250``, ``84,6``, ``1.234,5``, ``84,61%``, ``1 540``, a number with its unit
(``12 vụ``), a spreadsheet number, ``-``/``—`` for "none", a formula the file
kept no value for (an error naming its cell).  Money is scaled to đồng.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from service.errors import ProblemList
from service.figures.columns import Layout
from service.figures.read import RawTable, Uncached
from service.figures.schema import (BOUND_WORD, COUNT, FOOTNOTE_MARK, NONE_MARKS, NUMERIC, TITLES, fold, is_none_mark,
                                    read_unit, strip_marks)
from service.figures.bounds import MAX_WHOLE_DIGITS, too_large
from service.figures.clocktimes import clock_seconds
from service.figures.rangecells import RANGE
from service.figures.comparisons import compares_with_a_period, without_the_sign_of_a_rise
from service.numbers import format_vn, parse_table_number

NONE = "none"  # what value() returns for a "-" cell: nothing this period (compare with ``is``)
_VN_DEC = re.compile(r"\d,\d")
_VN_GROUPS = re.compile(r"-?\d{1,3}(\.\d{3}){2,}(,\d+)?")
_DOT_DEC = re.compile(r"-?\d+\.(?:\d{1,2}|\d{4,})")   # 12.5, 84.61, 0.1234: a dot as the decimal mark
_NUMBER_AND_WORDS = re.compile(r"^([-\d.,\s\u00a0]*\d[\d.,%]*)\s*([^\d\s].*)$")


class Span(Decimal):
    """A range typed in a cell (``10 - 20``, ``400-500``, ``từ 6 đến 8``), as a text gives one (``thiệt hại từ 10
    đến 20%``, ``khoảng 400-500 triệu đồng``): its value is the upper end, ``low`` the lower. A sentence stating the
    range is checked at both ends; arithmetic on it is arithmetic on the upper end."""

    low: Decimal | None

    def __new__(cls, value, low=None):
        obj = super().__new__(cls, value)
        obj.low = None if low is None else Decimal(low)
        return obj

    def __reduce__(self):
        return type(self), (str(self), None if self.low is None else str(self.low))

    def text(self) -> str:
        """``10..20``: how the store keeps it (see ``parse_span``)."""
        return f"{format(self.low, 'f')}..{format(Decimal(self), 'f')}"


def parse_span(stored: str) -> Decimal:
    """A stored value: ``135697`` or a range ``10..20`` (``Span.text``)."""
    low, dots, high = stored.partition("..")
    return Span(high, low) if dots else Decimal(stored)


_RANGE = RANGE   # «12.000-13.000», «từ 6 đến 8»: service.figures.rangecells


ENGLISH = "english"
#: Cells only one notation writes: ``95,000.5``, ``1,234,567`` (English); ``95.000,5``, ``1.234.567`` (Vietnamese).
_EN_SURE = re.compile(r"-?\d{1,3}(?:,\d{3})+\.\d+|-?\d{1,3}(?:,\d{3}){2,}")
_VN_SURE = re.compile(r"-?\d{1,3}(?:\.\d{3})+,\d+|-?\d{1,3}(?:\.\d{3}){2,}")


def notation_of(raw: RawTable, cols: dict[int, str]) -> str | None:
    """``"english"`` if a numeric cell is one only English notation writes (``95,000.5``, ``1,234,567``) and none is
    one only Vietnamese writes: then ``1,644`` is 1644 (said in a warning by ``load``);
    ``"vn"`` if any numeric cell uses a decimal comma or several dot groups (so ``1.035`` is 1035);
    ``"machine"`` if none does and one writes a dot as the decimal mark (``12.5``, ``84.61``: so ``1.035 ha`` is
    1,035); None when the cells do not tell (``1.035`` is then 1035, as an agency types it)."""
    idx = [i for i, c in cols.items() if c in NUMERIC or c.startswith(RUNNING)]
    typed = [v.strip().replace(" ", "") for _, cells in raw.rows for i in idx
             if i < len(cells) and isinstance(v := cells[i], str)]
    if any(_EN_SURE.fullmatch(v) for v in typed) and not any(_VN_SURE.fullmatch(v) for v in typed):
        return ENGLISH
    machine = False
    for _, cells in raw.rows:
        for i in idx:
            v = cells[i] if i < len(cells) else None
            if isinstance(v, str) and (_VN_DEC.search(v) or _VN_GROUPS.fullmatch(v.replace(" ", ""))):
                return "vn"
            machine = machine or (isinstance(v, str) and bool(_DOT_DEC.fullmatch(v.strip().removesuffix("%"))))
    return "machine" if machine else None


def text(v) -> str:
    if v is None or isinstance(v, Uncached):
        return ""
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
    t = str(v)
    return " ".join(t.split()) if "\n" in t or "\u00a0" in t else t.strip()


def filled(v) -> bool:
    return v is not None and (not isinstance(v, str) or bool(v.strip()))


def _shown(v) -> str:
    return f"«{text(v)}»"


_LABEL_UNIT = re.compile(r"^(.*\S)\s*\(([^()]{1,30})\)\s*$")


def label_unit(label: str, loose: bool = False) -> tuple[str, str] | None:
    """A unit written in the label: ``Số vụ (vụ)``, ``Trị giá (triệu đồng)``, ``Tỷ lệ (%)`` → (label, unit).  A count
    noun the label does not name (``Tổng đàn lợn (con)``, ``Nhà đồng đội xây mới (căn)``) only when ``loose`` (the
    table has no unit column, so its labels carry the units): a few lower-case words, no digit, no qualifier
    (``(lũy kế)``, ``(ước)``, ``(còn sống)``) and no abbreviation (``(GRDP)``)."""
    m = _LABEL_UNIT.match(label)
    if not m:
        return None
    unit = read_unit(m.group(2))
    if unit is None:
        return None
    if unit.kind != COUNT or f" {fold(unit.text)} " in f" {fold(m.group(1))} ":
        return m.group(1).strip(), m.group(2).strip()
    written = m.group(2).strip()
    if loose and written == written.lower() and not re.search(r"\d", written) and len(written.split()) <= 3 \
            and not enumerates(written) \
            and fold(written) not in LABEL_QUALIFIERS \
            and unicodedata.normalize("NFC", written).split()[0] not in _QUALIFIER_HEADS:
        return m.group(1).strip(), written
    return None


def enumerates(written: str) -> bool:
    """Words in brackets listing what the label covers, separated by commas (``Phòng đọc sách xã và cơ sở (làng,
    thôn, bản)``: the ministry's libraries list, round 29's f02), never a unit — a unit is one noun phrase; main read
    «làng, thôn, bản» as the row's unit."""
    return "," in written or ";" in written


#: First words of a qualifier (a verb, an adverb, a preposition: ``(còn sống)``, ``(đã quyết toán)``, ``(trên địa
#: bàn)``), never of a count noun (folded; open-ended).
_QUALIFIER_HEADS = frozenset({"còn", "đã", "đang", "được", "chưa", "mới", "có", "không", "đạt", "trên", "dưới", "từ",
                              "đến", "gồm", "trong", "ngoài", "nếu", "tính", "theo", "của", "cho", "tại", "với", "và",
                              "hoặc", "lũy", "luỹ", "cộng", "tạm", "dự", "sơ", "chính", "bình", "trung", "tổng", "toàn",
                              "riêng", "khác", "bị", "cần", "phải", "sẽ", "vừa", "năm", "tháng", "quý", "kỳ", "giai"})
#: Words in parentheses after a label that qualify it, never its unit (folded; open-ended).
LABEL_QUALIFIERS = frozenset({"luy ke", "uoc", "uoc tinh", "uoc th", "cong don", "tam tinh", "du kien", "neu co",
                              "so bo", "chinh thuc", "moi", "cu", "tong so", "tong", "trong do", "bao gom", "gom",
                              "ca nam", "nam", "ky nay", "ke hoach", "thuc hien", "binh quan", "trung binh", "chung",
                              "toan huyen", "toan tinh", "toan xa", "rieng", "khac", "con lai", "da co", "hien co",
                              "tinh den nay", "den nay", "nam truoc", "cung ky", "tang", "giam"})


class CellRow:
    """One row being read: its cells by column, and where to report its problems."""

    def __init__(self, rownum: int, rec: dict, stt, layout: Layout, src: str, problems: ProblemList):
        self.rownum, self.rec, self.stt, self.layout, self.src, self.problems = rownum, rec, stt, layout, src, problems
        self.errors = 0

    @property
    def running(self) -> bool:
        """The row fills the running total of the period's value (``Lũy kế``): it gets a running-total row."""
        return filled(self.rec.get(running_key("ky_bao_cao")))

    def _title(self, col: str | None) -> str | None:
        if col and col.startswith(RUNNING):  # a running total's cell: named by its column's title
            return next((self.layout.aside[i] for i, c in self.layout.running.items() if running_key(c) == col), None)
        if col and col.startswith(MEASURE):  # a second quantity's cell
            i = int(col[len(MEASURE):])
            return self.layout.places.get(i) or self.layout.parts.get(i, (None,))[0] or \
                self.layout.measures.get(i, (None,))[0]
        return self.layout.titles.get(col, TITLES.get(col))

    def error(self, message: str, col: str | None) -> None:
        self.errors += 1
        self.problems.add(message, file=self.src, row=self.rownum, column=self._title(col))

    def warn(self, message: str, col: str | None = None) -> None:
        self.problems.warn(message, file=self.src, row=self.rownum, column=self._title(col) if col else None)


RUNNING = "luy_ke:"  # a row's running totals sit in its record under these keys (``luy_ke:ky_bao_cao``)


def running_key(col: str) -> str:
    return RUNNING + col


MEASURE = "do:"  # a row's cells of a second quantity column (``Layout.measures``) sit under ``do:<column index>``


def measure_key(i: int) -> str:
    return f"{MEASURE}{i}"


AVERAGE = re.compile(r"(?i)\b(bình quân|trung bình|bq)\b"  # an average of counts has decimals: 2,1 người/hộ; so has
                     r"|(?:trên|/)\s*(?:(?:một|\d{1,3}(?:[.\s]\d{3})*)\s*(?:vạn|nghìn|ngàn|triệu|trăm)?|"
                     r"(?:vạn|nghìn|ngàn|triệu|trăm))\s*(?:dân|người)\b")
#                      a count per a number of people (Số giường bệnh trên 1 vạn dân: 27,5; Số bác sĩ/10.000 dân;
#                      Số giường bệnh trên vạn dân: 10,7)


#: ``5.775/8.227`` (xã đạt chuẩn of all xã): a part and the whole it is of, written in one cell.
_OF_WHOLE = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*$")


def split_of_whole(row: CellRow, col: str = "ky_bao_cao") -> bool:
    """A value cell written ``5.775/8.227``: the part stays the value, the whole goes to ``Kế hoạch`` (the whole the
    value is a part of, as a ``Tổng số`` column beside it, round 10's ``39/45``), said; False when the cell is no such
    pair (the part larger than the whole; a month and its year ``6/2022``) or the row has a plan of its own."""
    v = row.rec.get(col)
    m = _OF_WHOLE.match(v) if isinstance(v, str) else None
    if not m or filled(row.rec.get("ke_hoach")):
        return False
    part, whole = (int(x.replace(".", "")) for x in m.groups())
    if not 0 <= part <= whole or (part <= 12 and 1900 <= whole <= 2100):
        return False
    row.rec[col], row.rec["ke_hoach"] = m.group(1), m.group(2)
    row.warn(f"«{v.strip()}»: {m.group(1)} trên tổng số {m.group(2)}: lưu {m.group(1)} làm số liệu kỳ báo cáo, "
             f"{m.group(2)} vào cột 'Kế hoạch' (tổng số mà số liệu là một phần)", col)
    return True


#: amounts that net one sum against another and may fall below zero: a profit or loss, a difference, a balance,
#: a cost that reverses (an open list; any other amount below zero is refused as a mistake); ``LNST``/``LNTT``, the
#: accounts' own abbreviations of «lợi nhuận sau/trước thuế» (zq Viettel Global's «LNST sau khi điều chỉnh …», −32.459
#: in its first quarter)
NETTED = re.compile(r"\b(?:loi nhuan|lnst|lntt|lai|lo|lai lo|chenh lech|thang du|boi chi|boi thu|ket du|can doi|luu chuyen|"
                    r"tang giam|tang/giam|bien dong|chi phi tai chinh|hoan nhap|du phong|thu nhap khac|ket qua|"
                    r"doanh thu hoat dong tai chinh|chi phi khac)\b")  # a quarter's reversal (zq Viettel Global)
#: a rate that says a change and may fall below zero: ``Tốc độ tăng so với cùng kỳ (%)``, ``Tăng trưởng``, ``Tăng/giảm``
CHANGE_RATE = re.compile(r"\b(?:toc do (?:tang|giam)|tang truong|tang giam|tang/giam|bien dong|chenh lech)\b")
#: an amount in brackets, as accounts write a negative one: ``(156.817.731)``
_ACCOUNTS_NEGATIVE = re.compile(r"\(\s*(\d{1,3}(?:[.,\s]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*\)")


def value(row: CellRow, col: str, unit, notation: str | None, averaged: bool = False):
    """The cell as a stored Decimal (scaled to the stored unit), None if empty, ``NONE`` for ``-``.

    ``averaged``: the row is an average (``Tuổi đời bình quân``), so a count may have decimals.
    """
    v = row.rec.get(col)
    if isinstance(v, Uncached):
        row.error(f"ô {v.ref} chứa công thức «{v.formula}» nhưng tệp không lưu giá trị đã tính; mở tệp bằng Excel "
                  "hoặc LibreOffice, lưu lại rồi nạp lại", col)
        return None
    if not filled(v):
        return None
    if is_none_mark(v):
        return NONE
    integral = unit.integral and not averaged if unit else False
    scale = unit.scale if unit else 1
    low = None
    if isinstance(v, str) and (bare := strip_marks(v)) != v.strip():
        said = "dấu chú thích" if FOOTNOTE_MARK.search(v.strip()) else "chữ chỉ mức"
        row.warn(f"{_shown(v)}: bỏ {said} «{_mark_text(v)}», lưu số {bare}", col)
        v = bare
    money = unit is not None and unit.kind == "money" and bool(NETTED.search(fold(str(row.rec.get("chi_tieu") or ""))))
    change = unit is not None and unit.kind == "percent" \
        and bool(CHANGE_RATE.search(fold(str(row.rec.get("chi_tieu") or "")))) \
        or unit is not None and unit.kind == "percent" and compares_with_a_period(row.rec.get("chi_tieu")) \
        or bool(_BOTH_WAYS.search(fold(str(row.rec.get("chi_tieu") or ""))))
    v = without_the_sign_of_a_rise(v) if change else v   # "+5,8" in a growth rate's row: the rise
    if money and isinstance(v, str) and (owed := _ACCOUNTS_NEGATIVE.fullmatch(v.strip())):
        v = "-" + owed.group(1)   # an accountant's (156.817.731): a loss, a cost written back
    if unit is not None and unit.text == "giây" and (secs := clock_seconds(v)) is not None:
        v = secs   # "2:45:44" under giờ:phút:giây or giây: a finishing time, in seconds
    try:
        d = v if isinstance(v, Decimal) else _parse(v, unit, integral, notation)
    except ValueError:
        ends = _range(v, unit, integral, notation)
        if ends is None:
            row.error(f"{_shown(v)} không phải là số" + broken_groups(v, notation), col)
            return None
        low, d = ends
        row.warn(f"{_shown(v)} là một khoảng: lưu cả hai đầu, câu nêu khoảng này được kiểm theo cả hai đầu", col)
    if isinstance(d, Decimal) and (digits := too_large(d, scale)) is not None:
        row.error(_too_large_said(v, digits), col)
        return None
    if scale != 1:
        d = d * scale
        d = d.to_integral_value() if d == d.to_integral_value() else d
        low = None if low is None else low * scale
    if low is not None:
        if integral and low != low.to_integral_value():
            row.error(f"{_shown(v)} không phải là số nguyên", col)
            return None
        d = Span(d, low.to_integral_value() if low == low.to_integral_value() else low)
    if d < 0 and money:
        row.warn(f"số âm {_shown(v)}: lưu là số tiền âm (lỗ, khoản giảm trừ)", col)
    elif d < 0 and change:
        pass   # "Tử vong do HIV/AIDS: tốc độ tăng so với cùng kỳ" = −86%: a fall
    elif d < 0:
        row.error(f"số âm {_shown(v)}: số liệu là số đếm, số tiền hoặc số đo", col)
    elif unit is not None and integral and d != d.to_integral_value() and unit.kind == "money" and unit.scale == 1 \
            and isinstance(v, str) and re.fullmatch(r"\d{1,3}(?:,\d{3})+", v.strip()):
        # "49,500" in a column of whole đồng (Đồng/Kg): no price is a fraction of a đồng, the comma groups thousands
        d = Decimal(v.strip().replace(",", ""))
        row.warn(f"{_shown(v)}: số tiền tính bằng đồng không có phần lẻ, dấu phẩy là dấu ngăn hàng nghìn (kiểu Anh): "
                 f"lưu {format_vn(d)}", col)
    elif unit is not None and integral and d != d.to_integral_value():
        why = "tiền lưu bằng đồng, là số nguyên" if unit.text == "đồng" else f"'{unit.text}' đếm bằng số nguyên"
        if isinstance(v, str) and re.fullmatch(r"\d{1,3}(?:,\d{3})+", v.strip()):
            why += f"; nếu bảng ghi số kiểu Anh (dấu phẩy ngăn hàng nghìn), ghi {v.strip().replace(',', '.')}"
        row.error(f"{_shown(v)} không phải là số nguyên ({why})", col)
    elif unit is not None and unit.text == "%" and d > 100 and not _an_index(row):
        row.warn(f"tỷ lệ trên 100%: {_shown(v)}", col)
    return d


def _too_large_said(v, digits: int) -> str:
    """The error for a cell no report states: its start shown, its length said, what is expected."""
    shown = text(v)
    shown = f"«{shown[:30]}…»" if len(shown) > 30 else f"«{shown}»"
    size = f"{digits} chữ số" if digits > 0 else "không hữu hạn"
    return (f"{shown} quá lớn ({size}), không phải số liệu của báo cáo: mỗi ô ghi một số có tối đa "
            f"{MAX_WHOLE_DIGITS} chữ số phần nguyên (sau khi đổi ra đơn vị lưu); kiểm tra lại ô này")


#: An index row, whose values above 100 are no slip: ``Chỉ số giá tiêu dùng`` (kỳ gốc 2014 = 100), ``… so với cùng kỳ``.
_INDEX_LABEL = re.compile(r"^chi so\b|\bso voi\b|\bso cung ky\b")
_BASE_NOTE = re.compile(r"\bky goc\b")


def _an_index(row) -> bool:
    """The row is an index (its label or its note says so): a yearbook's CPI by month warned 84 times (yl-hoa-binh)."""
    return bool(_INDEX_LABEL.search(fold(str(row.rec.get("chi_tieu") or "")))
                or _BASE_NOTE.search(fold(str(row.rec.get("ghi_chu") or ""))))


#: A dot followed by four digits or more (``25.9140``), in a numeral of digits and dots: a group of thousands typed
#: with a digit too many.
_BROKEN_GROUP = re.compile(r"^\d+(?:\.\d+)*\.\d{4,}(?:\.\d+)*$")


def broken_groups(v, notation: str | None) -> str:
    """What a sheet in Vietnamese notation (``6,6`` elsewhere in it) expects of a dot (``25.9140``): it groups
    thousands in threes, so the cell is neither 25,914 nor 259.140 — said so the clerk can type it again."""
    t = str(v).strip().replace(" ", "")
    if notation != "vn" or not _BROKEN_GROUP.fullmatch(t):
        return ""
    return ("; bảng ghi số thập phân bằng dấu phẩy (kiểu Việt Nam), nên dấu chấm chỉ để ngăn hàng nghìn, mỗi nhóm "
            "đúng 3 chữ số (ví dụ 25.914 hoặc 25,914): sửa lại ô này")


def _mark_text(v: str) -> str:
    t = unicodedata.normalize("NFC", v.strip())
    m = FOOTNOTE_MARK.search(t)
    if m:
        return m.group(0).strip()
    b = BOUND_WORD.match(t)
    return b.group(0).strip() if b else ""


#: A rate in brackets after a change typed in one cell: ``-554 (-4,2%)``, ``+7 (6,1%)``.
_RATE_AFTER = re.compile(r"(?<=\d)\s*\(\s*[-+]?\s*\d[\d.,]*\s*%\s*\)\s*$")


#: A label that names a change both ways (folded): ``Cướp tài sản: tăng (+), giảm (-) so với cùng kỳ`` (a line the
#: loader keeps as its fall alone, and the sheet filled from it), ``Số hội viên tăng/giảm``: its value may be negative.
_BOTH_WAYS = re.compile(r"\btang\b(?:\s*\(\+\))?\s*[,/]?\s*giam\b")


#: A change's number with its unit after it, once the direction word is read: ``4 vụ``, ``7,3 tỷ đồng``.
_CHANGE_AND_UNIT = re.compile(r"^(\d[\d.,]*)\s*([^\W\d_].*)$")


def say_marked_change(row: CellRow, col: str, title: str) -> None:
    """A comparison cell typed with a footnote mark after its number (``104,5(2)``, ``5,4*``: round 25's f10, the
    notes under the table): the number is read without it (``stated_change``), and the mark is said, as a value
    cell's is."""
    v = row.rec.get(col)
    if isinstance(v, str) and filled(v) and FOOTNOTE_MARK.search(unicodedata.normalize("NFC", v.strip())):
        row.problems.warn(f"{_shown(v)}: bỏ dấu chú thích «{_mark_text(v)}», lưu số {strip_marks(v)}", file=row.src,
                          row=row.rownum, column=title)


def _unit_of_a_signed_change(typed: str, unit: str) -> bool:
    """A change typed with its sign and its unit in one cell (``+7 vụ``, ``-6 người``: a fire police sheet that types
    each value with its unit, ``15 vụ``, round 26's f06): the unit is a unit the loader reads, and one of no scale — a
    ``+0,5 tỷ đồng`` would need the row's own scale to be read against, so it stays unread and said."""
    u = read_unit(unit)
    return typed.strip()[:1] in ("+", "-", "−", "–") and u is not None and u.scale == 1


def stated_change(row: CellRow, col: str, notation: str | None) -> Decimal | None:
    """A change typed in a cell (``-1.509``, ``−6,99``, ``+437``, ``(6,99)`` for a fall), as typed (no unit's
    scale), or None when empty, ``-`` or not a number (a comparison column never refuses a row)."""
    v = row.rec.get(col)
    if isinstance(v, Decimal):
        return v
    if not isinstance(v, str) or not filled(v) or is_none_mark(v):
        return None
    t = unicodedata.normalize("NFC", v.strip()).replace("−", "-").replace("–", "-")
    t = _RATE_AFTER.sub("", t).removesuffix("%").strip()   # "-554 (-4,2%)": the change, its rate after it
    t = FOOTNOTE_MARK.sub("", t).removesuffix("%").strip()  # "104,5(2)", "12,5*": the rate, its note's mark said
    #                                                         by say_marked_change (round 25's f10)
    said = re.match(r"(?i)^(tăng|giảm|cao\s+hơn|thấp\s+hơn)\s+(?:(?:gần|hơn|trên|khoảng|dưới)\s+)?", t)   # "tăng 1,04%",
    #                                                                               "tăng gần 28%": the direction in words
    if said:
        t = ("-" if said.group(1).lower() in ("giảm", "thấp hơn") else "") + t[said.end():]   # "giảm 6,2%",
        #                                                  "thấp hơn 0,39%" 
    sign = -1 if t.startswith("-") or (t.startswith("(") and t.endswith(")")) else 1
    t = t.strip("()+- ")
    if (typed := _CHANGE_AND_UNIT.match(t)) and (said or _unit_of_a_signed_change(v, typed.group(2))):
        t = typed.group(1)   # "tăng 4 vụ": the change said in words with its unit; "+7 vụ" (round 26's f06)
    if notation == ENGLISH:
        t, notation = t.replace(",", ""), "machine"
    try:
        return sign * parse_table_number(t, notation=notation)
    except ValueError:
        return None


def _range(v, unit, integral: bool, notation: str | None) -> tuple[Decimal, Decimal] | None:
    """(low, high) of a range typed in a cell (``10 - 20``, ``400-500``, ``từ 6 đến 8``), None if it is none."""
    m = _RANGE.match(str(v)) if isinstance(v, str) else None
    if not m:
        return None
    try:
        low, high = (_parse(g, unit, integral, notation) for g in m.groups())
    except ValueError:
        return None
    return (low, high) if low < high else None


def _parse(text: str, unit, integral: bool, notation: str | None) -> Decimal:
    """A number typed as text, Vietnamese or machine notation; a unit typed after it is allowed (``12 vụ``)."""
    if notation == ENGLISH:  # 1,644 / 95,000.5: commas group thousands, a dot is the decimal mark
        text, notation = str(text).replace(",", ""), "machine"
    try:
        return parse_table_number(text, integral=integral, notation=notation)
    except ValueError:
        m = _NUMBER_AND_WORDS.match(str(text).strip())
        if not m or unit is None:
            raise
        typed = read_unit(m.group(2))
        if typed is None or typed.text != unit.text:
            raise
        return parse_table_number(m.group(1), integral=integral, notation=notation)
