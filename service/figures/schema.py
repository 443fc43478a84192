"""What a figures table may contain: its columns, read from the titles agencies give them, and units.

Agencies title columns in Vietnamese with their own spelling, case, spacing and
qualifiers; a title is read by rule, not looked up verbatim:

1. folded (``ĐƠN VỊ TÍNH`` = ``don_vi_tinh`` = ``Don vi  tinh``);
2. a comparison column is derived, never stored: a ``%`` in the title (``So sánh (%)``,
   ``% KH``, ``Đạt % kế hoạch``), a comparing word (``so với``, ``So cùng kỳ``,
   ``Tăng/giảm``, ``Tăng (+), giảm (-)``, ``chênh lệch``), a ratio of two columns (``TH/KH``);
3. a cumulative column (``Lũy kế từ đầu năm``, ``Cộng dồn``, ``Tổng số từ đầu nhiệm
   kỳ``) is the running total, not the period's value (``columns`` loads it as rows
   of their own beside the value, or as the value when the table has no other);
4. a date it names (``Kết quả đến 30/6/2019``, ``Số liệu tính đến ngày 30/11``,
   ``đến ngày 30 tháng 6 năm 2024``) is the end of the values' period, kept aside;
5. the period it names is kept aside and stripped with any parenthesised
   qualifier (``Kỳ báo cáo (6 tháng 2023)``, ``Thực hiện 6 tháng đầu năm 2024``,
   ``Cùng kỳ năm 2023``, ``Kế hoạch năm``);
6. what is left is one of a few names per column, or is read by its head words
   (``Kế hoạch … Quốc hội giao`` is a plan, ``Thực hiện tháng báo cáo`` the
   period's value, ``TH cùng kỳ`` last year's); a title that is only a period
   (``Năm 2023``, ``6 tháng đầu năm 2024``, ``Giai đoạn 2015-2020``) is a value
   column whose role the reporting period decides (``columns``); a title that
   names only a quantity (``Tổng số``, ``Số lượng``, ``Tổng số dân``) is marked ``generic``;
7. a title no name matched is read by its grammar, the first marker deciding: what is
   to be reached (``đăng ký``, ``cần``/``phải`` before a verb, ``mục tiêu``, ``chỉ
   tiêu``, ``kế hoạch``, ``được giao``: ``Số đăng ký năm 2012``, ``Số cần tiêm vét``)
   is a plan (``aim``; ``columns`` keeps it only over numbers beside a value column),
   what was achieved (``đạt``, ``thực hiện``, ``kết quả``: ``Số đạt danh hiệu năm
   2012``) the period's value (``done``; kept only over numbers, below a named value
   column); ``Chỉ tiêu năm 2012`` (the indicator's name with a period) is the plan.

Units are an open vocabulary (:mod:`service.figures.units`).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from service.figures.titlereading import title_reading
from service.figures.units import COUNT, MEASURE, MONEY, PERCENT, Unit, measure_symbol, read_unit, unit_kind
from service.periods import Period

__all__ = ["COLUMNS", "REQUIRED", "OPTIONAL", "NUMERIC", "TITLES", "STT", "DERIVED", "PERIOD", "CUMULATIVE", "NONE_MARKS", "is_none_mark", "ColumnTitle",
           "read_title", "column_for", "fold", "unit_kind", "read_unit", "measure_symbol", "Unit",
           "COUNT", "MONEY", "PERCENT", "MEASURE", "title_period", "span_period", "GENERIC", "says_aim", "strip_marks",
           "title_grammar"]

COLUMNS = ("ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao", "cung_ky", "ky_truoc", "ke_hoach", "don_vi", "muc",
           "ghi_chu")
REQUIRED = ("chi_tieu", "ky_bao_cao")
OPTIONAL = tuple(c for c in COLUMNS if c not in REQUIRED)
NUMERIC = ("ky_bao_cao", "cung_ky", "ky_truoc", "ke_hoach")
STT, DERIVED, PERIOD = "stt", "derived", "period"  # recognised, not stored; PERIOD: role decided by the period
NONE_MARKS = {"-", "--", "—", "–", "x", "X", "…", "..."}  # a value cell saying "none this period"
#: ... and the words offices type for it (folded): ``k.có``, ``Không có``, ``KC``, ``k/c``, ``chưa có``, ``không``.
NONE_WORDS = frozenset({"k co", "kco", "khong co", "khong", "kc", "k/c", "ko", "kh co", "chua co", "khong phat sinh",
                        "kps", "k/p/s", "k p s", "khong ps"})


def is_none_mark(value) -> bool:
    """A cell saying "none this period": ``-``, ``x``, ``…``, or words for it (``k.có``, ``Không có``, ``KPS``)."""
    if not isinstance(value, str):
        return False
    t = value.strip()
    return t in NONE_MARKS or (0 < len(t) <= 20 and fold(t) in NONE_WORDS)
CUMULATIVE = "cumulative"  # a running total (Lũy kế): the value only when the table has no other

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
                   "so lieu bao cao", "ket qua thuc hien ky bao cao", "uoc ket qua", "thang bao cao", "quy bao cao",
                   "nam bao cao", "thang nay", "quy nay", "nam nay", "thuc hien thang bao cao",
                   # the end of the span the report covers: what stands at the time of the report
                   "cuoi nhiem ky", "cuoi ky", "cuoi giai doan", "cuoi khoa", "hien nay", "den nay", "hien tai"],
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

# A comparison column: a percent, a comparing word, an increase/decrease, a ratio of two value columns (TH/KH).
_VALUE_NAMES = "|".join(sorted({re.escape(fold(n)) for c in NUMERIC for n in [c.replace("_", " "), *_NAMES[c]]},
                               key=len, reverse=True))
_DERIVED = re.compile(r"%|\b(so sanh|so voi|tang giam|tang/giam|chenh lech|vuot|hut)\b|^(ty le|ti le|dat|tang|giam)\b"
                      rf"|^/?$|\b({_VALUE_NAMES}) ?/ ?({_VALUE_NAMES})\b")
_LAND = re.compile(r"(?i)^\s*đất(?!\w)")  # "Đất (ha)", "Đất đai": land, not "Đạt" (achieved), which folds the same
# "So cùng kỳ", "So KH", "So với năm 2023": the unaccented verb "so" (compare), not "số" (number); read before folding.
#: A change written as its signs (``+/-``, ``+/−``, ``-/+``, ``±``): the title says the change itself.
SIGNS = re.compile(r"\+\s*/\s*[-−–]|[-−–]\s*/\s*\+|±")
_COMPARE = re.compile(r"(?i)(?<!\w)so\s+(?:sánh|với|cùng|ck|kh|kế|kỳ|năm|tháng|quý|th)(?!\w)")
_CUMULATIVE = re.compile(r"\b(luy ke|cong don|tu dau)\b")  # Lũy kế từ đầu năm, Cộng dồn, Tổng số từ đầu nhiệm kỳ
_ESTIMATE = re.compile(r"^(uoc|du kien|du bao)\b")             # Ước thực hiện năm 2024, Ước TH cả năm
# Head words of a title no name matched: the head decides (checked in this order).
_HEADS = (
    ("cung_ky", re.compile(r"\b(cung ky|ck|nam truoc|nam ngoai)\b")),
    ("ky_truoc", re.compile(r"\b(ky|quy|thang) (truoc|lien truoc)\b")),
    # a target given, registered or striven for: Chỉ tiêu giao, Chỉ tiêu đăng ký, Chỉ tiêu phấn đấu, Đăng ký
    # ("phấn đấu năm 2024" folds to "phan dau nam 2024", whose "dau nam 2024" reads as a period: "phan" alone stays)
    ("ke_hoach", re.compile(r"^(ke hoach|kh|chi tieu (duoc )?(giao|dang ky|phan( dau)?|de ra)|chi tieu ke hoach|muc tieu"
                            r"|du toan|dang ky)\b")),
    ("ky_bao_cao", re.compile(r"^(uoc )?(thuc hien|th|kq)( ky| thang| quy| nam)? (bao cao|nay)$")),
    # the unit carrying the work out, however qualified: Đơn vị chủ trì thực hiện, Cơ quan phối hợp (not a unit
    # of measure: Đơn vị tính, Đơn vị đo lường, Đơn vị tiền tệ)
    ("don_vi_tinh", re.compile(r"^don vi (tinh|do|tien)\b")),
    ("don_vi", re.compile(r"^(don vi|co quan)\b")),
)


def _by_head(key: str) -> str | None:
    return next((col for col, rx in _HEADS if rx.search(key)), None)


#: A title naming only a quantity (``Tổng số``, ``Số lượng``, ``Tổng``): no period, no reporting verb.  Beside a
#: column titled by the period it is not the period's value but the whole the value is part of (``39/45``).
GENERIC = frozenset({"tong so", "tong", "tong cong", "cong", "so luong", "tong so luong", "so lieu", "gia tri", "so"})

# What a title's grammar says its numbers are, read from the first marker in it (the title no name matched):
# - what is to be reached (the plan: the whole an achievement is a share of): a registration or pledge (``Số đăng
#   ký``, ``Đăng ký đạt``), a modal verb before a verb (``Số đối tượng cần tiêm vét``, ``Số phải thu``: "cần"/"phải"
#   + a lowercase word, so ``Xã Cần Đăng`` is no aim; ``Số còn phải tiêm`` is what is left), an aim's noun
#   (``Mục tiêu``, ``Phấn đấu``, ``Chỉ tiêu``, ``Kế hoạch``) or what was handed down (``Số được giao``);
# - what was achieved (this period's value), in a count's title or opening it: ``Số đạt danh hiệu``, ``Số xã đạt
#   chuẩn``, ``Số thực hiện``, ``Kết quả``, ``Hoàn thành`` (not ``Kinh phí thực hiện``: what the work took).
# The first marker decides: ``Đăng ký đạt`` is a plan, ``Số xã đạt chỉ tiêu`` an achievement (and ``Số chỉ tiêu
# đạt`` counts targets achieved: "chỉ tiêu" before a verb of achieving is what is counted, no aim).
_AIM_MARKS = re.compile(
    r"(?<!\w)(?:đăng\s+ký|mục\s+tiêu|phấn\s+đấu|kế\s+hoạch"
    r"|chỉ\s+tiêu(?!\s+(?:đạt|thực\s+hiện|hoàn\s+thành))"
    r"|(?:được\s+)?giao(?=\s*$|\s*[(\d]|\s+(?:năm|cho|trong|kỳ|tháng|quý)\b)"
    r"|(?<!còn )(?:cần|phải)(?=\s+\w))", re.I)
_DONE_MARKS = re.compile(r"(?<!\w)(?:đạt|thực\s+hiện|kết\s+quả|hoàn\s+thành|(?:đã\s+)?giải\s+quyết(?:\s+xong)?)(?!\w)",
                         re.I)
# An achievement is a count's or the verb's own title (``Số xã đạt chuẩn``, ``Đạt danh hiệu``, ``Kết quả 2012``);
# ``Kinh phí thực hiện``, ``Thời gian thực hiện`` name something else the work took.
_COUNT_HEAD = re.compile(r"(?i)\s*(?:(?:tổng\s+)?số(?:\s+lượng)?(?!\w)|đạt|thực\s+hiện|kết\s+quả|hoàn\s+thành)")


def title_grammar(text: str) -> str | None:
    """``ke_hoach`` when the title's first marker says what is to be reached, ``ky_bao_cao`` when it says what was
    achieved, None when it says neither (rules above)."""
    t = unicodedata.normalize("NFC", str(text))
    aim = next((m for m in _AIM_MARKS.finditer(t) if _modal_ok(m, t)), None)
    done = _DONE_MARKS.search(t) if _COUNT_HEAD.match(t) else None
    if aim and (not done or aim.start() < done.start()):
        return "ke_hoach"
    return "ky_bao_cao" if done else None


def _modal_ok(m: re.Match, t: str) -> bool:
    """"cần"/"phải" mark an aim only before a lowercase word (``Số cần đạt``, not ``Xã Cần Đăng``)."""
    if m.group(0).lower() not in ("cần", "phải"):
        return True
    nxt = t[m.end():].split(None, 1)
    return bool(nxt) and nxt[0][0].islower()


def says_aim(text: str) -> bool:
    """The title names a target to reach (a plan column by grammar, not by name)."""
    return title_grammar(text) == "ke_hoach"


# ``Tổng số <noun>`` (``Tổng số dân``, ``Tổng số hộ``, ``Tổng số xã``): a bare quantity of something, like ``Tổng số``.
_WHOLE_OF = re.compile(r"^tong so( luong)? [a-z]")


# A date ending the values' period: "đến 30/6/2019", "tính đến ngày 30/11", "đến ngày 30 tháng 6 năm 2024".
_DATE_PHRASE = re.compile(r"(?:\b(?:tinh |tai thoi diem |thoi diem )?(?:den|toi|dau|vao|het|luc) )?(?:\bngay )?"
                          r"(?:\b(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d{2}))?(?![\d/])"
                          r"|\b(\d{1,2}) thang (\d{1,2})(?: nam ((?:19|20)\d{2}))?\b)")


#: "… (đến) hết tháng 11", "đến hết tháng 9/2019" (folded): the values run to the month's last day.
_MONTH_END = re.compile(r"\b(?:(?:tinh )?(?:den|toi) )?het thang (\d{1,2})(?:(?: nam ?| ?/ ?)((?:19|20)\d{2}))?\b")


def read_date(key: str) -> tuple[tuple[int | None, int, int] | None, str]:
    """(``(year or None, month, day)``, the folded title without it): ``ket qua den 30/6/2019`` →
    ((2019, 6, 30), ``ket qua``); ``uoc thuc hien den het thang 11`` → ((None, 11, 30), ``uoc thuc hien``); no date:
    (None, key)."""
    m = _MONTH_END.search(key)
    if m and 1 <= int(m.group(1)) <= 12:
        year, month = (int(m.group(2)) if m.group(2) else None), int(m.group(1))
        rest = " ".join((key[:m.start()] + " " + key[m.end():]).split())
        return (year, month, calendar.monthrange(year or 2001, month)[1]), rest
    for m in _DATE_PHRASE.finditer(key):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            rest = " ".join((key[:m.start()] + " " + key[m.end():]).split())
            return (int(year) if year else None, int(month), int(day)), rest
    return None, key


_PERIOD_PHRASES = [re.compile(p) for p in (
    r"(?:\b(?:ca |dau |cuoi )?nam)? ?/? ?\b(?:19|20)\d{2}\b",          # năm 2024, /2024, 2024
    r"\b(?:\d{1,2}|sau|chin|ba) ?t(?:hang)?(?: dau| cuoi)?(?: nam)?\b",  # 6 tháng đầu năm, 9 tháng, 6t
    r"\bquy (?:i{1,3}|iv|[1-4])(?: nam)?\b",                             # quý II năm
    r"\bthang \d{1,2}(?: nam)?\b",                                       # tháng 6 năm
    r"\b(?:ca |dau |cuoi )?nam(?: nay| bao cao)?$",                      # Kế hoạch năm
    r"(?<=\w) (?<!dau )(?<!cuoi )(?:ca )?nhiem ky(?: nay| qua)?$",        # Kết quả nhiệm kỳ (not Đầu nhiệm kỳ)
)]


#: The period a title names by pointing at it (folded): ``tháng này``, ``quý này``, ``kỳ này``, ``năm nay`` — the
#: statistics office's monthly table (``Thực hiện tháng trước | Ước tính tháng này | Cộng dồn từ đầu năm | Tháng này so
#: với cùng kỳ (%) | Cộng dồn so với cùng kỳ (%)``): «này»/«nay» is the report's own period, as «trước» is the one
#: before (``Thực hiện tháng trước``: Kỳ trước) and «cùng kỳ» last year's.
THIS_PERIOD = re.compile(r"\b(?:thang|quy|ky|tuan|vu|dot) nay\b|\bnam nay\b")


def this_period(folded: str) -> bool:
    """The folded title points at the report's own period (``uoc tinh thang nay``, ``thang nay so voi cung ky``)."""
    return bool(THIS_PERIOD.search(folded))


def _strip_periods(key: str) -> tuple[str, bool]:
    """``thuc hien 6 thang dau nam 2024`` → (``thuc hien``, True)."""
    key, n = _TERM_FOLDED.subn(" ", key)
    had = bool(n)
    for rx in _PERIOD_PHRASES:
        key, n = rx.subn(" ", key)
        had = had or bool(n)
    return " ".join(key.replace("/", " ").split()).strip(), had


# A span of years: "Giai đoạn 2015-2020", "Nhiệm kỳ 2015 - 2020", "GĐ 2016–2020", "2015-2020" (a term, kind ``term``).
_TERM = re.compile(r"(?i)(?:\b(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|gđ|nk)\s*)?\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b")
_TERM_FOLDED = re.compile(r"(?:\b(?:giai doan|nhiem ky|thoi ky|gd|nk) ?)?\b(?:19|20)\d{2} ?[-–—]? ?(?:19|20)\d{2}\b")
_SIX_MONTHS = re.compile(r"(?i)\b6\s*(?:tháng|t)\b\.?\s*(?:đầu\s*)?(?:năm\s*)?/?\s*((?:19|20)\d{2})\b")
_MONTHS_SLASH = re.compile(r"(?i)(?<![\d/])(\d{1,2})\s*(?:tháng|T(?=/))\s*(?:đầu\s*năm\s*)?/\s*((?:19|20)\d{2})\b")
#: A month written short, ``T4/2020`` (tháng 4/2020): vinanet's market tables (``T4/2020 | 4T/2020 | So với 4T/2019``,
#: round 36's e09), the forecast centre's ``Ước tính T6/2017`` (sweep s15-…-ngo-dau-tuong-2017-06), VASEP's
#: ``T8/2022`` (t43).  ``4T/2020`` beside it is the first four months (``_MONTHS_SLASH``), as ``6T/2020`` is the half.
_MONTH_SHORT = re.compile(r"(?<![\w/])T(\d{1,2})\s*/\s*((?:19|20)\d{2})\b")
_BARE_YEAR = re.compile(r"^\s*(?:năm\s*)?((?:19|20)\d{2})\s*$", re.I)


def span_period(text: str) -> Period | None:
    """A span of years a title names (``Giai đoạn 2015-2020``, ``GĐ 2016–2020``): a term of that many years."""
    m = _TERM.search(unicodedata.normalize("NFC", str(text)))
    # a span the title calls one (``Giai đoạn 2000 - 2015``: a campaign's fifteen years, yh-ninh-thuan-ninh-son-…)
    # is the column's period however long; bare years joined by a dash are a term only up to ten years
    longest = 60 if m and re.match(r"(?i)\b(?:giai|nhiệm|thời|gđ|nk)", m.group()) else 10
    if m and 1 <= int(m.group(2)) - int(m.group(1)) <= longest:
        return Period(int(m.group(1)), "term", int(m.group(2)) - int(m.group(1)))
    return None


def title_period(text: str) -> Period | None:
    """The period a column title or title row names: ``6 tháng đầu năm 2024``, ``6 tháng 2024`` (first half), ``2023``."""
    t = unicodedata.normalize("NFC", str(text))
    p = span_period(t) or title_reading(t)
    if p is not None:
        return p
    m = _SIX_MONTHS.search(t)
    if m:
        return Period(int(m.group(1)), "half", 1)
    m = _MONTHS_SLASH.search(t)  # "7 tháng/2017": the first seven months of 2017
    if m and 1 <= int(m.group(1)) <= 12:
        n, year = int(m.group(1)), int(m.group(2))
        return Period(year, "year") if n == 12 else Period(year, "ytd", n)
    m = _MONTH_SHORT.search(t)
    if m and 1 <= int(m.group(1)) <= 12:
        return Period(int(m.group(2)), "month", int(m.group(1)))
    m = _BARE_YEAR.match(re.sub(r"[()]", " ", t))
    return Period(int(m.group(1)), "year") if m else None


@dataclass(frozen=True)
class ColumnTitle:
    """What a header cell says: the column (or ``stt``/``derived``/``period``, or None), the period it names,
    the date its values run to, whether they are an estimate (``Ước``) or a running total (``Lũy kế``), and
    whether the title says outright that they are the reporting period's (``Kỳ báo cáo``, ``Tháng báo cáo``)."""

    column: str | None
    period: Period | None = None
    date: tuple[int | None, int, int] | None = None
    estimate: bool = False
    cumulative: bool = False
    explicit: bool = False
    generic: bool = False   # only a quantity (``Tổng số``, ``Số lượng``): loses to a period-titled value column
    aim: bool = False       # a plan read from the title's grammar (``Số cần đạt``): kept only over numbers, beside
                            # a value column
    done: bool = False      # the period's value read from the title's grammar (``Số đạt danh hiệu``): loses to a
                            # column named as the value (``Kết quả``, ``Kỳ báo cáo``)
    start: bool = False     # the start of the span (``Đầu nhiệm kỳ``, ``Đầu năm``, ``Số dư đầu kỳ``): the base a
                            # change is measured from (``so với đầu nhiệm kỳ``), no value of the period


#: "… đến 31/12/2020", "… tính đến ngày 30/6", "… tại 30/6/2024": a title naming the date its values stand at.
_TO_DATE = re.compile(r"\b(?:den|tai|tinh den)(?: het)?(?: ngay)? \d{1,2}[/.-]\d{1,2}\b")
#: A quantity then the day it holds on (folded): ``Giá ngày 20/10/2021`` (An Giang's rice prices, thegioitiepthi
#: 2021), ``Giá ngày 22/9/2014`` (Long Xuyên's, vinanet 2014): the values on that day, as ``Ngày 20/10/2021`` alone is.
#: A stretch ending or starting that day (``Tuần kết thúc ngày 29/3/2024``, Hà Nội CDC's week, held-out
#: yg-ha-noi-cdc-tay-chan-mieng-2024-3t) is a stretch, not a day: no word of a stretch of time before ``ngày``.
_ON_DATE = re.compile(r"^(?!.*\b(?:tuan|thang|quy|ky|dot|dau|cuoi|ket thuc|tu|den|toi|truoc|sau)\b.* ngay)"
                      r"[^\W\d_][^\d/]*? ngay \d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)\d{2})?$")


def value_on_a_day(full: str, key: str) -> bool:
    """``Giá ngày 20/10/2021``: a quantity's values on that day (no label word: ``Ghi chú ngày 20/10`` is none)."""
    return bool(_ON_DATE.match(full)) and not _LABEL_WORDS.search(key)


#: A title opening on "of which" (``Chia ra: Đường bộ``, ``Trong đó: kiến nghị thu hồi``, ``Bao gồm``): its cells are
#: parts of the row's value; group 1 names the part.
PART_OF_VALUE = re.compile(r"(?i)^\s*(?:chia\s+ra|trong\s+đó|bao\s+gồm|chia\s+theo|gồm)\s*[:,.-]?\s*(\S.*)$")


#: A share of a whole the title names (``Tỷ lệ so với tổng dư nợ (%)``, ``Tỷ lệ trên tổng số (%)``, ``Chiếm trong
#: tổng số``): the row's part of a total, a second quantity of the row in % — «so với» compares with the WHOLE, never
#: with another period (c07 had read «Nợ xấu … 1,46» as a rate against last year and dropped it).
SHARE_OF_WHOLE = re.compile(r"(?i)^\s*(?:(?:tỷ|tỉ)\s+lệ\s+|chiếm\s+)?(?:so\s+với|so|trên|trong)\s+tổng(?!\s+(?:kế\s+hoạch|dự\s+toán|kh|chỉ\s+tiêu|mức)\b)(?:\s+số)?\b")


@lru_cache(maxsize=4096)
def read_title(title: str) -> ColumnTitle:
    """Read one header cell by the rules of the module docstring."""
    text = unicodedata.normalize("NFC", str(title or "")).strip()
    full = fold(text)
    if not full:
        return ColumnTitle(None)
    if SIGNS.search(text):  # "± so cùng kỳ", "+/-": the change itself, never last year's value
        return ColumnTitle(DERIVED)
    if PART_OF_VALUE.match(text):  # "Trong đó: kỳ trước chuyển sang": a part of the period's value (the cases carried
        return ColumnTitle(None)  # over into it), never the previous period's value; the loader reads it as a part
    if SHARE_OF_WHOLE.match(text):  # "Tỷ lệ so với tổng dư nợ (%)": a share, like "Tỷ trọng (%)", no comparison
        return ColumnTitle(None)
    if full in _BY_NAME:
        return ColumnTitle(_BY_NAME[full], explicit=_explicit(_BY_NAME[full], full), generic=full in GENERIC)
    bare = fold(re.sub(r"\(.*?\)|\[.*?\]", " ", text))
    named = _BY_NAME.get(bare)  # "Tỷ lệ (%)" is derived; "Kỳ báo cáo (%)" is not, "Cùng kỳ (%)" is
    said = re.sub(r"^dat\b", "land", full) if _LAND.match(text) else full  # "Đất (ha)" folds as "Đạt" does: land, no rate
    if _COMPARE.search(text) or (_DERIVED.search(said) and (not named or ("%" in full and named in NUMERIC[1:]))
                                 and not _share_ok(text)):
        return ColumnTitle(DERIVED)
    from service.figures.headings import span_in_words  # noqa: PLC0415 - headings reads titles with this module
    if span_in_words(text):  # "Trong tháng", "Trong kỳ", "Trong dịp Tết (6 ngày nghỉ)": the report's own span
        return ColumnTitle("ky_bao_cao")
    date, bare = read_date(bare)
    cumulative = bool(_CUMULATIVE.search(bare))
    if not cumulative and _is_start(bare) and _START_WORDS.search(text):
        if _plan_given_at_start(text):  # "Dự toán giao đầu năm": the year's plan, given at its start
            return ColumnTitle("ke_hoach", None, date)
        return ColumnTitle(None, start=True)
    estimate = bool(_ESTIMATE.match(bare))
    if this_period(bare) and not cumulative:
        rest = " ".join(THIS_PERIOD.sub(" ", bare).split())
        if not rest or _ESTIMATE.match(rest) or _BY_NAME.get(rest) == "ky_bao_cao":
            return ColumnTitle("ky_bao_cao", None, date, estimate)
    key, had_period = _strip_periods(_CUMULATIVE.sub(" ", bare) if cumulative else bare)
    period = None
    if (had_period or bare != full) and not date:
        period = title_period(text)
    col = _BY_NAME.get(key) or (_by_head(key) if key else None) or _by_tail(key)
    if cumulative:  # "Lũy kế từ đầu năm", "Tổng số từ đầu nhiệm kỳ": a running total of the period's value
        col = col if col in ("cung_ky", "ke_hoach", "ky_truoc") else "ky_bao_cao"
        return ColumnTitle(col, None, date, estimate, cumulative=True)
    if col == "chi_tieu" and key == "chi tieu" and had_period:  # "Chỉ tiêu năm 2012": the year's target, not the
        return ColumnTitle("ke_hoach", period, date, estimate, aim=True)  # indicator (a column of words stays one)
    grammar = title_grammar(text) if col in (None, "muc") and key else None
    if grammar == "ke_hoach":  # "Số cần tiêm vét", "Số đăng ký năm 2012", "Phấn đấu năm 2024" (not "Phần")
        return ColumnTitle("ke_hoach", period, date, estimate, aim=True)
    if grammar == "ky_bao_cao":  # "Số đạt danh hiệu năm 2012", "Số thực hiện"
        return ColumnTitle("ky_bao_cao", period, date, estimate, done=True)
    if col is None and _WHOLE_OF.match(key) and not period and not date:  # "Tổng số dân": a bare quantity
        return ColumnTitle("ky_bao_cao", generic=True)
    if col:
        return ColumnTitle(col, period, date, estimate, explicit=_explicit(col, key),
                           generic=key in GENERIC and not period and not date)
    if not key and (had_period or period) and not _SEX.match(text):  # "Nam" (men) folds as "Năm" (year) does
        return ColumnTitle(PERIOD, period, date, estimate)
    if not key and date:  # "Đến 30/6/2024": the values to that date
        return ColumnTitle(PERIOD, None, date)
    if date and not period and (_TO_DATE.search(full) or value_on_a_day(full, key)):  # "Dư nợ đến 31/12/2020",
        return ColumnTitle(PERIOD, None, date)  # "Số dư tại 30/6", "Giá ngày 20/10/2021": at that date, whatever it is called
    if not key and bare != full:  # only a qualifier in parentheses, e.g. "(1)": not a column
        return ColumnTitle(None)
    if period and not _LABEL_WORDS.search(key):  # "Đợt IV năm 2022", "Ước tính tháng 7/2019", "Cả giai đoạn 2016-2020":
        return ColumnTitle(PERIOD, period, date, estimate)  # values of that period, whatever the words before it
    return ColumnTitle(None, period)


#: ``Đảng viên tham gia học tập (%)``: a share of what the words name, no comparison (no comparing word, no ratio,
#: no ``Tỷ lệ``/``Đạt``/``Tăng`` head): a quantity in %, like a second quantity of the row.
_SHARE = re.compile(r"(?i)^\s*(?!(?:tỷ|tỉ)\s+lệ|đạt|tăng|giảm|so\b|th\s*/|%)([^\W\d_][^%()/]*?)\s*\(\s*%\s*\)\s*$")


#: A quantity qualified at its end (folded): ``Dung tích thiết kế`` is what the stock is measured against (a plan),
#: ``Dung tích hiện tại`` / ``hiện có`` the stock now (the period's value).
_TAIL = (("ke_hoach", re.compile(r"\w \b(?:theo )?thiet ke$")), ("ky_bao_cao", re.compile(r"\w \bhien (?:tai|co)$")))


def _by_tail(key: str) -> str | None:
    return next((col for col, rx in _TAIL if rx.search(key)), None) if key else None


def _share_ok(text: str) -> bool:
    return bool(_SHARE.match(text)) and not _DERIVED.search(fold(_SHARE.match(text).group(1)))


#: A breakdown by sex, as written (``Nam | Nữ``): "Nam" is no "Năm" however it folds.
_SEX = re.compile(r"^\s*(?:nam|nữ)\s*$", re.I)


#: Words of a column of words, never of values, even titled by a period (``Ghi chú năm 2024``, ``Tên đơn vị``).
_LABEL_WORDS = re.compile(r"\b(ten|ghi chu|noi dung|dien giai|ly do|nguyen nhan|ho ten|dia chi|ma)\b")
#: The span a column's values start from (``Đầu nhiệm kỳ``, ``Đầu năm 2020``, ``Số dư đầu kỳ``): not ``6 tháng đầu
#: năm``, ``Từ đầu năm``.
_START = re.compile(r"(?:^|\s)dau (nhiem ky|nam|ky|giai doan|khoa|nam hoc)(?: (?:19|20)\d{2})*$")


_START_WORDS = re.compile(r"(?i)(?<!\w)đầu\s+(?:nhiệm\s+kỳ|năm|kỳ|giai\s+đoạn|khóa|khoá)")  # "đầu", not "phấn đấu"


def _plan_given_at_start(text: str) -> bool:
    """``Dự toán giao đầu năm``, ``Kế hoạch đầu năm 2018``: the words before ``đầu năm`` name a plan — the plan
    given at the year's start, no opening balance (``Số dư đầu năm``, ``Đầu năm 2020`` stay the base)."""
    m = _START_WORDS.search(text)
    head = re.sub(r"\(.*?\)", " ", text[:m.start()]).strip(" ,:-") if m else ""
    return bool(head) and read_title(head).column == "ke_hoach"


def _is_start(bare: str) -> bool:
    m = _START.search(bare)
    if not m:
        return False
    before = bare[:m.start()].split()
    return not before or not (before[-1] in ("thang", "t", "tu", "tinh tu", "ke tu") or before[-1].isdigit()
                              or before[-1].endswith("t") and before[-1][:-1].isdigit())


def _explicit(col: str, key: str) -> bool:
    """The title says outright that its values are the reporting period's (``Kỳ báo cáo``, ``Tháng này``)."""
    return col == "ky_bao_cao" and bool(re.search(r"\b(bao cao|nay)\b", key))


def column_for(title: str) -> str | None:
    """The canonical column a header cell names (``stt``, ``derived``, ``period`` included), or None."""
    return read_title(title).column


#: A footnote marker typed after a number (``182*``, ``577(1)``, ``125 (*)``, ``42¹``): the note is under the table.
FOOTNOTE_MARK = re.compile(r"(?<=[\d%])\s*(?:\*+|\(\s*(?:\*+|\d{1,2}|[a-z])\s*\)|\[\s*\d{1,2}\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
#: A word of approximation or bound before a number (``Khoảng 4``, ``Trên 4``, ``Dưới 4``, ``Hơn 1.200``): the number
#: is the figure the row states (the checker reads the same words in the text).
BOUND_WORD = re.compile(r"(?i)^(?:khoảng|trên|dưới|hơn|gần|tối\s+thiểu|tối\s+đa|ít\s+nhất|đạt|ước|~|≈|>=?|<=?|≥|≤)\s*"
                    r"(?=[\d])")


def strip_marks(v: str) -> str:
    """A cell's number without a footnote marker after it or a word of approximation or bound before it."""
    t = unicodedata.normalize("NFC", v.strip())
    t = FOOTNOTE_MARK.sub("", t)
    return BOUND_WORD.sub("", t).strip()


#: ``đến hết tháng 3/2023``, ``Đến tháng 10/2021``, ``đến cuối tháng 9 năm 2021``: a count to a month's end (month, year).
TO_MONTH = re.compile(r"(?i)\bđến\s+(?:hết\s+|cuối\s+)?tháng\s*(\d{1,2})\s*(?:/|\s*năm\s*)((?:19|20)\d{2})(?!\d)")
#: Words that say a title sums the months (``từ đầu năm``, ``lũy kế``, ``cộng dồn``, ``10 tháng``): a running total, no
#: month's state.
MONTHS_SUMMED = re.compile(r"(?i)đầu\s+năm|l[ũu]y\s+kế|cộng\s+dồn|\b\d{1,2}\s+tháng\b")
