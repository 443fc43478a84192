"""What a figures table may contain: its columns, read from the titles agencies give them, and units.

Agencies title columns in Vietnamese with their own spelling, case, spacing and
qualifiers; a title is read by rule, not looked up verbatim:

1. folded (``ĐƠN VỊ TÍNH`` = ``don_vi_tinh`` = ``Don vi  tinh``);
2. a comparison column (``So sánh (%)``, ``Tăng/giảm``, ``Tỷ lệ``) is derived, never stored;
3. the period it names is kept aside and stripped with any parenthesised
   qualifier (``Kỳ báo cáo (6 tháng 2023)``, ``Thực hiện 6 tháng đầu năm 2024``,
   ``Cùng kỳ năm 2023``, ``Kế hoạch năm``);
4. what is left is one of a few names per column; a title that is only a
   period (``Năm 2023``, ``6 tháng đầu năm 2024``) is a value column whose role
   the reporting period decides (``load``).

Units are an open vocabulary (:mod:`service.figures.units`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from service.figures.units import COUNT, MEASURE, MONEY, PERCENT, Unit, measure_symbol, read_unit, unit_kind
from service.periods import Period, find_period

__all__ = ["COLUMNS", "REQUIRED", "OPTIONAL", "NUMERIC", "TITLES", "STT", "DERIVED", "PERIOD", "ColumnTitle",
           "read_title", "column_for", "fold", "unit_kind", "read_unit", "measure_symbol", "Unit",
           "COUNT", "MONEY", "PERCENT", "MEASURE", "title_period"]

COLUMNS = ("ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao", "cung_ky", "ky_truoc", "ke_hoach", "don_vi", "muc",
           "ghi_chu")
REQUIRED = ("chi_tieu", "ky_bao_cao")
OPTIONAL = tuple(c for c in COLUMNS if c not in REQUIRED)
NUMERIC = ("ky_bao_cao", "cung_ky", "ky_truoc", "ke_hoach")
STT, DERIVED, PERIOD = "stt", "derived", "period"  # recognised, not stored; PERIOD: role decided by the period

#: Column names as users read them (messages name columns this way when the file has no title for them).
TITLES = {"ma": "Mã", "chi_tieu": "Chỉ tiêu", "don_vi_tinh": "Đơn vị tính", "ky_bao_cao": "Kỳ báo cáo",
          "cung_ky": "Cùng kỳ năm trước", "ky_truoc": "Kỳ trước", "ke_hoach": "Kế hoạch",
          "don_vi": "Đơn vị thực hiện", "muc": "Mục", "ghi_chu": "Ghi chú", STT: "STT"}

# Names a column goes by once folded and stripped of qualifiers and periods.
_NAMES = {
    STT: ["stt", "tt", "so tt", "so thu tu", "thu tu"],
    "ma": ["ma", "ma so", "ma chi tieu", "ma so chi tieu", "code", "ky hieu", "ma hieu"],
    "chi_tieu": ["chi tieu", "ten chi tieu", "noi dung", "noi dung chi tieu", "chi tieu bao cao", "danh muc",
                 "hang muc", "ten", "cac chi tieu", "chi tieu chu yeu", "noi dung cong viec", "noi dung hoat dong",
                 "chi tieu thong ke", "ten chi tieu thong ke", "noi dung cong tac"],
    "don_vi_tinh": ["don vi tinh", "dvt", "dv tinh", "don vi do", "dv"],
    "ky_bao_cao": ["ky bao cao", "so lieu ky bao cao", "ket qua ky bao cao", "thuc hien ky bao cao", "ky nay",
                   "thuc hien", "ket qua thuc hien", "so lieu", "ket qua", "uoc thuc hien", "uoc th", "th",
                   "so luong", "tong so", "gia tri", "thuc hien ky nay", "ket qua dat duoc", "so lieu thuc hien",
                   "so lieu bao cao", "ket qua thuc hien ky bao cao", "uoc ket qua", "luy ke", "luy ke thuc hien"],
    "cung_ky": ["cung ky", "cung ky nam truoc", "cung ky nam ngoai", "so lieu cung ky", "cung ky nam lien truoc",
                "thuc hien cung ky", "ket qua cung ky", "ck", "cung ky nam truoc lien ke", "so cung ky", "nam truoc"],
    # the previous edition's value, when it is not a year earlier (a quarterly or monthly series: last quarter)
    "ky_truoc": ["ky truoc", "so lieu ky truoc", "ky bao cao truoc", "ky lien truoc", "ky truoc lien ke",
                 "ket qua ky truoc", "thuc hien ky truoc", "quy truoc", "thang truoc", "quy lien truoc",
                 "thang lien truoc", "ky bao cao lien truoc"],
    "ke_hoach": ["ke hoach", "chi tieu giao", "chi tieu duoc giao", "chi tieu ke hoach", "ke hoach giao", "kh",
                 "ke hoach duoc giao", "chi tieu phan dau", "muc tieu", "ke hoach ky bao cao", "chi tieu kh"],
    "don_vi": ["don vi thuc hien", "don vi", "co quan thuc hien", "don vi chu tri", "co quan don vi", "co quan",
               "don vi bao cao", "dia ban", "don vi phu trach", "co quan chu tri"],
    "muc": ["muc", "muc bao cao", "muc trong bao cao", "thuoc muc", "phan muc", "linh vuc", "nhom chi tieu",
            "phan", "nhom", "noi dung bao cao"],
    "ghi_chu": ["ghi chu", "chu thich", "ghi chu nguon"],
}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, diacritics- and spacing-insensitive key: ``"Đơn vị  tính"`` → ``"don vi tinh"``."""
    t = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z%/]+", " ", t).split())


_BY_NAME: dict[str, str] = {}
for _col, _names in _NAMES.items():
    for _name in [_col.replace("_", " "), *_names]:
        _BY_NAME.setdefault(fold(_name), _col)

_DERIVED = re.compile(r"\b(so sanh|so voi|tang giam|tang/giam|chenh lech)\b|^(ty le|ti le|dat|%)\b|^/?$")
_PERIOD_PHRASES = [re.compile(p) for p in (
    r"(?:\b(?:ca |dau |cuoi )?nam)? ?/? ?\b(?:19|20)\d{2}\b",          # năm 2024, /2024, 2024
    r"\b(?:\d{1,2}|sau|chin|ba) ?t(?:hang)?(?: dau| cuoi)?(?: nam)?\b",  # 6 tháng đầu năm, 9 tháng, 6t
    r"\bquy (?:i{1,3}|iv|[1-4])(?: nam)?\b",                             # quý II năm
    r"\bthang \d{1,2}(?: nam)?\b",                                       # tháng 6 năm
    r"\b(?:ca |dau |cuoi )?nam(?: nay| bao cao)?$",                      # Kế hoạch năm
)]


def _strip_periods(key: str) -> tuple[str, bool]:
    """``thuc hien 6 thang dau nam 2024`` → (``thuc hien``, True)."""
    had = False
    for rx in _PERIOD_PHRASES:
        key, n = rx.subn(" ", key)
        had = had or bool(n)
    return " ".join(key.replace("/", " ").split()).strip(), had


_SIX_MONTHS = re.compile(r"(?i)\b6\s*(?:tháng|t)\b\.?\s*(?:đầu\s*)?(?:năm\s*)?/?\s*((?:19|20)\d{2})\b")
_BARE_YEAR = re.compile(r"^\s*(?:năm\s*)?((?:19|20)\d{2})\s*$", re.I)


def title_period(text: str) -> Period | None:
    """The period a column title or title row names: ``6 tháng đầu năm 2024``, ``6 tháng 2024`` (first half), ``2023``."""
    t = unicodedata.normalize("NFC", str(text))
    p = find_period(t)
    if p is not None:
        return p
    m = _SIX_MONTHS.search(t)
    if m:
        return Period(int(m.group(1)), "half", 1)
    m = _BARE_YEAR.match(re.sub(r"[()]", " ", t))
    return Period(int(m.group(1)), "year") if m else None


@dataclass(frozen=True)
class ColumnTitle:
    """What a header cell says: the column (or ``stt``/``derived``/``period``, or None) and the period it names."""

    column: str | None
    period: Period | None = None


@lru_cache(maxsize=4096)
def read_title(title: str) -> ColumnTitle:
    """Read one header cell by the rules of the module docstring."""
    text = unicodedata.normalize("NFC", str(title or "")).strip()
    full = fold(text)
    if not full:
        return ColumnTitle(None)
    if full in _BY_NAME:
        return ColumnTitle(_BY_NAME[full])
    bare = fold(re.sub(r"\(.*?\)|\[.*?\]", " ", text))
    if _DERIVED.search(full) and not _BY_NAME.get(bare):
        return ColumnTitle(DERIVED)
    key, had_period = _strip_periods(bare)
    period = title_period(text) if had_period or bare != full else None
    if key in _BY_NAME:
        return ColumnTitle(_BY_NAME[key], period)
    if not key and (had_period or period):
        return ColumnTitle(PERIOD, period)
    if not key and bare != full:  # only a qualifier in parentheses, e.g. "(1)": not a column
        return ColumnTitle(None)
    return ColumnTitle(None, period)


def column_for(title: str) -> str | None:
    """The canonical column a header cell names (``stt``, ``derived``, ``period`` included), or None."""
    return read_title(title).column
