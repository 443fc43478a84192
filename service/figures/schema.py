"""What a figures table may contain: its columns (codes and Vietnamese titles) and units.

Agencies title columns in Vietnamese, with their own spelling, case and
spacing; everything is compared after :func:`fold` so ``Đơn vị tính``,
``ĐƠN VỊ TÍNH``, ``don_vi_tinh`` and ``Don vi  tinh`` are one column.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

REQUIRED = ("ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao")
OPTIONAL = ("cung_ky", "ke_hoach", "don_vi", "muc", "ghi_chu")
COLUMNS = REQUIRED + OPTIONAL
NUMERIC = ("ky_bao_cao", "cung_ky", "ke_hoach")

# Vietnamese titles agencies use, besides the codes themselves (compared folded).
_ALIASES = {
    "ma": ["mã", "mã số", "mã chỉ tiêu", "mã số chỉ tiêu", "code"],
    "chi_tieu": ["chỉ tiêu", "tên chỉ tiêu", "nội dung", "nội dung chỉ tiêu", "chỉ tiêu báo cáo"],
    "don_vi_tinh": ["đơn vị tính", "đvt", "đv tính", "đơn vị đo"],
    "ky_bao_cao": ["kỳ báo cáo", "số liệu kỳ báo cáo", "kết quả kỳ báo cáo", "thực hiện kỳ báo cáo",
                   "kỳ này", "thực hiện", "kết quả thực hiện", "số liệu"],
    "cung_ky": ["cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm ngoái", "số liệu cùng kỳ", "cùng kỳ năm liền trước"],
    "ke_hoach": ["kế hoạch", "chỉ tiêu giao", "chỉ tiêu được giao", "chỉ tiêu kế hoạch", "kế hoạch giao", "kh"],
    "don_vi": ["đơn vị thực hiện", "đơn vị", "cơ quan thực hiện", "đơn vị chủ trì", "cơ quan, đơn vị"],
    "muc": ["mục", "mục báo cáo", "mục trong báo cáo", "thuộc mục", "phần mục"],
    "ghi_chu": ["ghi chú", "chú thích"],
}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, diacritics- and spacing-insensitive key: ``"Đơn vị  tính"`` → ``"don vi tinh"``."""
    t = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z%/]+", " ", t).split())


_BY_KEY: dict[str, str] = {}
for _col, _names in _ALIASES.items():
    for _name in [_col, *_names]:
        _BY_KEY[fold(_name)] = _col


def column_for(title: str) -> str | None:
    """The canonical column a header cell names, or None.

    A parenthesised qualifier is ignored: ``Kỳ báo cáo (6 tháng đầu năm 2023)``.
    """
    key = fold(title)
    if key in _BY_KEY:
        return _BY_KEY[key]
    bare = fold(re.sub(r"\(.*?\)", " ", str(title)))
    return _BY_KEY.get(bare)


# Units as reports write them: every unit of the corpus tables and the register doc.
COUNT_UNITS = {
    "lượt người", "lượt", "lượt gia đình", "cuộc", "vụ", "đối tượng", "người", "phần quà", "suất", "đ/c",
    "đồng chí", "hồ sơ", "xã", "thị trấn", "xã, thị trấn", "lớp", "nhà", "hội viên", "hộ", "em", "đảng viên",
    "cây", "trẻ em", "đoàn viên", "trường hợp", "thanh niên", "mẹ", "đơn vị", "gia đình", "cụ", "ngày", "mộ",
    "tổ", "ngày công", "xe", "áo quan", "đợt", "đơn vị máu", "biển", "tuyến", "cột điện", "thương, phế binh",
    "việt kiều", "học sinh", "giáo viên", "cán bộ", "chiến sĩ", "chiến sỹ", "lần", "buổi", "tin", "bài",
    "chuyên đề", "hội nghị", "mô hình", "câu lạc bộ", "thôn", "khu phố", "cơ sở", "công trình", "con",
    "chiếc", "cái", "bộ", "tấm", "quyển", "chỉ tiêu", "tập thể", "cá nhân", "bằng khen", "giấy khen",
    "đồng",  # money: a whole number of đồng
}
MEASURE_UNITS = {"%", "km", "m", "m2", "m3", "kg", "tấn", "ha", "lít", "giờ", "tháng", "năm"}
# Money written in a larger denomination: accepted, stored in đồng.
MONEY_SCALES = {"triệu đồng": 10**6, "tỷ đồng": 10**9, "nghìn đồng": 10**3, "ngàn đồng": 10**3,
                "đ": 1, "vnđ": 1, "vnd": 1}
KNOWN_UNITS = COUNT_UNITS | MEASURE_UNITS
_MEASURE_KEYS = {fold(u) for u in MEASURE_UNITS}

_UNIT_KEY = {fold(u): u for u in KNOWN_UNITS}


def canonical_unit(text: str, extra: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The unit as stored (as written, spaces collapsed; ``m²`` → ``m2``), or None if unknown.

    Known-ness ignores case and diacritics; the spelling is kept because reports
    write it back (``05 Mẹ VNAH``).
    """
    return _canonical_unit(text, frozenset(extra))


@lru_cache(maxsize=4096)
def _canonical_unit(text: str, extra: frozenset[str]) -> str | None:
    t = " ".join(unicodedata.normalize("NFC", text).replace("²", "2").replace("³", "3").split())
    key = fold(t)
    if key in _MEASURE_KEYS:
        return _UNIT_KEY[key]
    if key in _UNIT_KEY or key in {fold(u) for u in extra}:
        return t
    return None


_MONEY_KEYS = {fold(name): scale for name, scale in MONEY_SCALES.items()}


def money_scale(unit: str) -> int | None:
    """Scale of a money unit written in a larger denomination (``triệu đồng`` → 10**6)."""
    return _MONEY_KEYS.get(fold(unit))


def is_integral(unit: str) -> bool:
    """Counts and money are whole numbers; measures (km, %, m2 ...) may have decimals."""
    return fold(unit) not in _MEASURE_KEYS
