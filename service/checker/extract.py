"""Find every number in Vietnamese report text and read it as a number.

``extract_numbers(text)`` returns ``Mention``s in text order.  It needs no
figures table: the checker, the offline drafting engine (which rewrites last
period's numbers in place) and the .docx marker all share it, so spans are
exact offsets into the given text.

Span convention: ``num_start:num_end`` is the numeral alone (``135.697``,
``03``); ``start:end`` is the number expression, i.e. the numeral plus what
changes its value or meaning and is glued to it: scale word, currency,
``%``, measure unit, a ``/per`` after money or a measure (``200.000đ/suất``,
``2,5km``, ``84,61%``, ``155 triệu đồng``).  The counted noun (``lượt
người``, ``vụ``) is never in the span; it is in ``noun``/``unit``.

Order of reading: spans that are certainly not figures (dates, document
references, headings, named units, page numbers) are claimed first by their
own patterns; every other numeral is then read with its context (qualifier
and comparison before, scale/currency/unit after) and classified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

FIGURE_KINDS = ("count", "money", "percent", "measure", "change", "ratio")
NOT_FIGURE_KINDS = ("date", "year", "period", "anniversary", "reference", "name", "section", "page")

_W = r"[^\W\d_]"  # a letter (any script)

SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
MEASURES = {"km2": "km2", "km²": "km2", "km": "km", "m2": "m2", "m²": "m2", "m3": "m3", "m³": "m3", "ha": "ha",
            "kg": "kg", "tấn": "tấn", "tạ": "tạ", "lít": "lít", "m": "m", "cm": "cm"}
QUALIFIERS = ("khoảng chừng", "ước tính", "ước đạt", "xấp xỉ", "ít nhất", "tối thiểu", "tối đa", "không quá",
              "hơn", "trên", "gần", "khoảng", "chừng", "ước", "dưới")
#: Count units reports use (longest first when matching).  The checker adds the table's own units.
COUNT_UNITS = ("lượt người", "lượt gia đình", "lượt hội viên", "phần quà", "suất quà", "đơn vị máu", "ngày công",
               "trẻ em", "cột điện", "áo quan", "hồ sơ", "đối tượng", "trường hợp", "đồng chí", "đ/c", "đảng viên",
               "hội viên", "đoàn viên", "thanh niên", "gia đình", "đơn vị", "người", "lượt", "vụ", "việc", "suất",
               "lớp", "đợt", "cuộc", "buổi", "nhà", "hộ", "em", "cụ", "mẹ", "cây", "biển", "tuyến", "mộ", "tổ",
               "xe", "xã", "thôn", "ngày", "giờ", "học sinh", "giáo viên", "cán bộ", "chiến sĩ", "công trình",
               "tấm", "bộ", "chiếc", "con", "tập", "quyển", "bài", "tin", "phòng", "trường", "điểm", "mô hình",
               "câu lạc bộ", "chi hội", "chi đoàn", "cơ sở", "tài liệu", "pa nô", "băng rôn", "khẩu hiệu")
_COUNT_UNITS_SORTED = sorted(COUNT_UNITS, key=len, reverse=True)
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_WORD_COUNT_NOUNS = ("lớp", "đợt", "cuộc", "buổi", "lượt", "vụ", "nhà", "hộ", "em", "suất", "phần quà", "xã",
                     "đơn vị", "hội nghị", "đoàn", "tổ", "người", "trường hợp", "đối tượng")


@dataclass(slots=True)
class Mention:
    """One number as written, read as a number.

    ``value`` is in base units: đồng for money (``155 triệu`` → 155000000),
    percent points for percentages, the count for counts; ``numeral`` is the
    number before its scale word.  ``decimals`` is how many decimals were
    written (the precision the writer claims, in the scaled unit).
    ``alternatives`` are other readings of an ambiguous or misused notation
    (``1.035 tỷ`` may have been meant as ``1,035 tỷ``); the checker only uses
    them to explain a problem, never to support a number.
    ``partner`` is the index (in the returned list) of the other number of a
    pair ``22/26``, ``34 vụ/57 đối tượng``; ``pair_role`` is ``numerator`` or
    ``denominator``.  ``same_unit_pair`` says the pair shares one unit
    (``22/26 đ/c`` — an achieved/target ratio) rather than counting two things.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    raw: str
    value: Decimal | None
    kind: str
    numeral: Decimal | None = None
    unit: str | None = None
    noun: str = ""
    scale: int = 1
    decimals: int = 0
    qualifier: str | None = None
    comparison: str | None = None        # "tăng", "giảm", "không đổi"
    comparison_base: bool = False        # stated as the comparison value ("so với cùng kỳ (155)")
    per: str | None = None               # "suất" in 200.000đ/suất or "mỗi suất 200.000đ"
    partner: int | None = None
    pair_role: str | None = None
    same_unit_pair: bool = False
    leading_zero: bool = False
    grouped: bool = False
    notation: str = "vn"                 # "vn", "foreign" (23.5, 1,000,000), "word" (hai lớp)
    alternatives: tuple = ()
    note: str | None = None              # why it is not a figure, or what it refers to
    event_year: int | None = None        # anniversaries: the year of the event, when known
    anniversary_base_year: int | None = None  # anniversaries: the year the text itself counts to
    qualifier_start: int | None = None   # start of the qualifier/comparison words, when present

    @property
    def is_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    @property
    def text(self) -> str:
        return self.raw


# ---------------------------------------------------------------- patterns

_CLAIMS: list[tuple[str, re.Pattern, int, str]] = [
    # (kind, pattern, group claimed, note)
    ("section", re.compile(r"(?m)^[ \t\-–]*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\.\d{1,2})[ \t]+(?=\w)"), 1,
     "heading number"),
    ("page", re.compile(r"(?m)(?:(?<=\n\n)|(?<=\n[ \t]\n)|\A)[ \t]*(\d{1,3})[ \t]*(?=\n[ \t]*\n|\Z)"), 1, "page number"),
    ("date", re.compile(r"(\d(?<![\d.,/]\d)\d?\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:1[89]|20)\d\d"
                        r"(?:\s*[-–]\s*\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:1[89]|20)\d\d)?)(?!\d)"), 1, "date"),
    ("date", re.compile(r"(\d(?<![\d.,/]\d)\d?/(?:1[89]|20)\d\d)(?![\d/])"), 1, "month/year"),
    ("date", re.compile(r"\(\s*(\d{1,2}/\d{1,2}(?:\s*[-–]\s*\d{1,2}/\d{1,2})?)\s*\)"), 1, "date"),
    ("date", re.compile(r"\(\s*(\d{1,2}/\d{1,2}(?:\s*[,;]\s*\d{1,2}/\d{1,2})+)\s*\)"), 1, "list of dates"),
    ("date", re.compile(r"(?i)(?:ngày|từ|đến|hôm)\s+(\d{1,2}/\d{1,2})(?![/\d])"), 1, "date"),
    ("date", re.compile(r"(\d(?<![\d/]\d)\d?/\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2})(?![/\d])"), 1, "date range"),
    ("date", re.compile(r"(?i)\bngày\s+(\d{1,2})(?=\s+tháng\s+\d)"), 1, "day"),
    ("date", re.compile(r"(?i)(?<!\d\s)(?<!\d)\btháng\s+(\d{1,2})(?![\d.,/]\d)(?!\s*(?:năm|/)\s*\d{4})(?=\s|[.,;)]|$)"),
     1, "month"),
    ("date", re.compile(r"(?i)\btháng\s+(\d{1,2})(?=\s*(?:năm|/)\s*\d{4})"), 1, "month"),
    ("reference", re.compile(r"(\d(?<![\w/]\d)\d*(?:/\d{4})?(?:/|-)[A-ZĐ][A-ZĐ0-9&]*(?:[-/][A-ZĐ][A-ZĐ0-9&]*)*)"), 1,
     "document number"),
    ("reference", re.compile(
        r"(?i)(?<!\w)(?:chỉ thị|nghị quyết|nghị định|quyết định|kết luận|thông tư|thông tri|luật|kế hoạch|công văn|"
        r"hướng dẫn|quy định|quy chế|thông báo|văn bản|pháp lệnh|tờ trình|chương trình|đề án|điều|khoản|điểm|"
        r"chương|phụ lục|mục|biểu mẫu|mẫu)(?:\s+số)?\s*:?\s*(\d+(?:\.\d+)*)(?![\d,])"
        r"(?!\s*(?:tháng|năm|quý|triệu|tỷ|nghìn|ngàn|đồng|đ\b|%|lượt|người|vụ|suất|km|m2|kg)(?!\w))"), 1,
     "document reference"),
    ("reference", re.compile(r"(?<!\w)(?:(?:NQTW|NQ/TW|NQ|QĐ|CT|NĐ|TT|KH|CV|HD|TB|BC)\s*|Số\s*:\s*)(\d+)"
                             r"(?=[\s,;.)]|$)(?!\s*(?:tháng|năm|quý|lượt|người|vụ|suất|triệu|tỷ|nghìn|đồng|%))"), 1,
     "document reference"),
    ("name", re.compile(r"(?i)covid\s*-?\s*(\d+)"), 1, "Covid-19"),
    ("reference", re.compile(r"(?<![\w])[A-Za-zĐđ]{1,10}\s?-\s?(\d+)(?!\d)"), 1, "code"),
    ("name", re.compile(
        r"(?i)(?<!\w)(?<!mỗi\s)(?:thôn|tổ dân phố|tổ|ấp|khu phố|khóm|xóm|buôn|phường|quận|tiểu khu|khoảnh|lô|khóa|khoá|"
        r"lần thứ|thứ|kỳ họp|quốc lộ|tỉnh lộ|đường số|quân khu|quân đoàn|sư đoàn|lữ đoàn|trung đoàn|tiểu đoàn|"
        r"đại đội|trung đội|tiểu đội|hải đội|phân đội|khu vực|số nhà|nhà số|phòng số)\s+(\d+[A-Za-z]?)(?![\d.,]\d)"),
     1, "named unit or place"),
    ("name", re.compile(r"(?<!\w)(?:Quân khu|Quân đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Đại đội|Trung đội|"
                        r"Tiểu đội|Hải đội)(?:\s+[^\W\d_]+){1,2}\s+(\d+)(?![\d.,]\d)"), 1, "named military unit"),
]
#: Set phrases of the political register whose number is part of the name, not a quantity of the
#: period: ``2 nhiệm vụ chiến lược``, ``2 cuộc kháng chiến``, ``3 thứ quân``, ``4 tại chỗ``, ``5 không, 3 sạch``.
SET_PHRASES = (r"nhiệm vụ chiến lược", r"cuộc kháng chiến", r"thứ quân", r"tại chỗ", r"khâu đột phá",
               r"đột phá chiến lược", r"mũi giáp công", r"không(?=,?\s+(?:3|ba)\s+sạch)", r"sạch", r"xây(?=,?\s+(?:3|ba)\s+chống)",
               r"chống(?<=xây,\s3\schống)", r"giỏi", r"đảm đang", r"trách nhiệm nêu gương")
_SET_PHRASE = re.compile(r"(?i)(?<![\w.,/])(0?[1-9]|10|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:"
                         + "|".join(SET_PHRASES) + r")(?!\w)")
_CLUSTER = re.compile(r"(?<!\w)\d(?:[\d.,]*\d)?")
_VN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VN_PLAIN = re.compile(r"\d+(?:,\d+)?")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EN_DEC = re.compile(r"\d+\.\d+")

_SUFFIX = re.compile(
    r"(?P<pct>[ \t]?%)"
    r"|(?P<scale>\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))(?!\w)(?P<cur1>\s*(?:đồng|đ|VNĐ|VND|vnđ)(?!\w|/c))?"
    r"|(?P<cur>\s?(?:đồng(?!\s+(?:chí|bào|đội|loạt|hương|nghiệp|minh|thời|tâm|lòng|ý|bộ|phục|ruộng|đều|nhất|"
    r"hành|ca|thanh|tình|cảm))|đ|VNĐ|VND|vnđ))(?!\w|/c)"
    r"|(?P<meas>\s?(?:km2|km²|km|m2|m²|m3|m³|ha|kg|tấn|tạ|lít|cm|m))(?!\w)", re.I)
#: ``/suất``, ``/1 phần quà``, ``/01 người``: a per-unit denominator (the ``1`` is no figure of its own).
_PER = re.compile(r"\s?/\s?(?:0?1\s+)?(" + _W + r"+(?:\s" + _W + r"+)?)")
_NOUN_TOKEN = re.compile(r"[ \t\n]*(đ/c|Đ/c|" + _W + r"+)")
_QUAL_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?P<cmp>tăng thêm|giảm bớt|tăng|giảm)\s+)?(?:(?P<q>" + "|".join(QUALIFIERS) + r")\s+)?$")
_MOI_BEFORE = re.compile(r"(?i)mỗi\s+(" + _W + r"+(?:\s" + _W + r"+)?)\s+$")
_SAME = re.compile(r"(?i)không\s+tăng,?\s+(?:và\s+)?không\s+giảm|không\s+tăng\s+giảm|(?:bằng|tương đương|giữ nguyên"
                   r"(?:\s+so\s+với)?)\s+cùng\s+kỳ")
_BASE_CUE = re.compile(r"(?i)cùng kỳ|so với[^.;]{0,30}?(?:năm|kỳ)\s+(?:trước|\d{4})|năm trước|kỳ trước")
_CLAUSE_END = re.compile(r"[.;!?]\s|\n\s*\n")
_MONEY_CONTEXT = re.compile(r"(?i)tiền|trị giá|giá trị|kinh phí|ngân sách|vốn|đồng|quỹ")
_YEAR_CUE = re.compile(r"(?i)(?:năm|niên khóa|niên độ|khóa|từ|đến|giai đoạn|nhập ngũ|tuyển quân|mùa|vụ)\s*$")
_ANNIV_AFTER = re.compile(
    r"(?i)^\s+năm\s+(?:ngày\s+)?(?:thành lập|giải phóng|sinh|ngày sinh|chiến thắng|truyền thống|ngày|kỷ niệm|"
    r"cách mạng|khởi nghĩa|toàn quốc|quốc khánh|ký|thực hiện chỉ thị|tái lập|chia tách|hy sinh|mất)")
_ANNIV_BEFORE = re.compile(r"(?i)(?:kỷ niệm|mừng|chào mừng|lễ)\s*(?:lần thứ\s*)?$")
_PERIOD_AFTER = re.compile(r"(?i)^\s*(?:tháng|quý|tuần|năm)(?!\w)(?!\s*/)")
_PLACE_BEFORE = re.compile(r"(?i)(?:địa bàn|toàn|của|cả)\s+(?:các\s+)?$")
_PLACE_NOUN = re.compile(r"(?i)^\s*(?:xã|phường|thị trấn|huyện|tỉnh|thôn|ấp|khu phố)\b")
_DATE_RANGE_YEARS = re.compile(r"\d{1,2}/\d{1,2}/((?:1[89]|20)\d\d)\s*[-–]\s*\d{1,2}/\d{1,2}/((?:1[89]|20)\d\d)")

#: Events whose year is certain; anniversaries of them are checked by arithmetic.
EVENTS: list[tuple[re.Pattern, int, str]] = [(re.compile(p, re.I), y, n) for p, y, n in [
    (r"thành lập\s+Đảng", 1930, "thành lập Đảng 3/2/1930"),
    (r"sinh\s+(?:của\s+)?(?:Chủ tịch Hồ Chí Minh|Bác Hồ|Bác)", 1890, "ngày sinh Chủ tịch Hồ Chí Minh 19/5/1890"),
    (r"Điện\s+Biên\s+Phủ", 1954, "Chiến thắng Điện Biên Phủ 7/5/1954"),
    (r"giải phóng\s+(?:hoàn toàn\s+)?miền Nam", 1975, "giải phóng miền Nam 30/4/1975"),
    (r"thành lập\s+Quân đội nhân dân", 1944, "thành lập QĐND 22/12/1944"),
    (r"Cách mạng tháng Tám|Quốc khánh", 1945, "Cách mạng tháng Tám, Quốc khánh 1945"),
    (r"thành lập\s+Đoàn\s+(?:TNCS|Thanh niên)", 1931, "thành lập Đoàn 26/3/1931"),
    (r"thành lập\s+Hội\s+(?:LHPN|Liên hiệp Phụ nữ)", 1930, "thành lập Hội LHPN 20/10/1930"),
    (r"thành lập\s+Hội\s+(?:CCB|Cựu chiến binh)", 1989, "thành lập Hội CCB 6/12/1989"),
    (r"thành lập\s+Hội\s+Nông dân", 1930, "thành lập Hội Nông dân 14/10/1930"),
    (r"thành lập\s+(?:Mặt trận|MTTQ)", 1930, "thành lập MTTQ 18/11/1930"),
    (r"thành lập\s+Công đoàn", 1929, "thành lập Công đoàn 28/7/1929"),
    (r"thành lập\s+Hội\s+Chữ thập đỏ", 1946, "thành lập Hội Chữ thập đỏ 23/11/1946"),
    (r"Thương binh\s*[-–,]?\s*Liệt sĩ|Thương binh\s*[-–,]?\s*Liệt sỹ|TBLS", 1947, "Ngày Thương binh - Liệt sĩ 27/7/1947"),
    (r"thành lập\s+(?:lực lượng\s+)?(?:Dân quân tự vệ|DQTV)", 1935, "thành lập DQTV 28/3/1935"),
    (r"Toàn quốc kháng chiến", 1946, "Toàn quốc kháng chiến 19/12/1946"),
    (r"thành lập\s+(?:lực lượng\s+)?(?:Bộ đội Biên phòng|BĐBP)", 1959, "thành lập BĐBP 3/3/1959"),
    (r"thành lập\s+(?:lực lượng\s+)?Công an nhân dân", 1945, "thành lập CAND 19/8/1945"),
]]


def _read_numeral(s: str) -> tuple[Decimal, int, str, tuple] | None:
    """(value, decimals, notation, alternatives) of a numeric cluster, or None if it is no number."""
    alts: list[Decimal] = []
    try:
        if _VN_GROUPED.fullmatch(s):
            v = Decimal(s.replace(".", "").replace(",", "."))
            dec = len(s.split(",")[1]) if "," in s else 0
            if s.count(".") == 1 and "," not in s:
                alts.append(Decimal(s))  # "1.035" meant as 1,035
            return v, dec, "vn", tuple(alts)
        if _VN_PLAIN.fullmatch(s):
            v = Decimal(s.replace(",", "."))
            dec = len(s.split(",")[1]) if "," in s else 0
            if s.count(",") == 1 and dec == 3:
                alts.append(Decimal(s.replace(",", "")))  # "1,035" meant as 1.035 (thousands)
            return v, dec, "vn", tuple(alts)
        if _EN_GROUPED.fullmatch(s):
            v = Decimal(s.replace(",", ""))
            return v, len(s.split(".")[1]) if "." in s else 0, "foreign", ()
        if _EN_DEC.fullmatch(s):
            return Decimal(s), len(s.split(".")[1]), "foreign", ()
    except InvalidOperation:
        return None
    return None


def _noun_after(text: str, pos: int, max_words: int = 4) -> tuple[str, int]:
    """Up to ``max_words`` words right after ``pos`` (stopping at punctuation or a number), lower case."""
    words, end = [], pos
    while len(words) < max_words:
        m = _NOUN_TOKEN.match(text, end)
        if not m:
            break
        words.append(m.group(1).lower())
        end = m.end()
    return " ".join(words), end


def count_unit(noun: str, units=_COUNT_UNITS_SORTED) -> str | None:
    """The count unit a noun phrase starts with (``lượt người nước ngoài`` → ``lượt người``)."""
    for u in units:
        if noun.startswith(u) and (len(noun) == len(u) or noun[len(u)] in " ,"):
            return u
    return None


def _clause_start(text: str, pos: int, limit: int = 160) -> int:
    lo = max(0, pos - limit)
    seg = text[lo:pos]
    last = None
    for m in _CLAUSE_END.finditer(seg):
        last = m
    return lo + last.end() if last else lo


def extract_numbers(text: str) -> list[Mention]:
    """Every number in ``text`` with what it is, in order of appearance."""
    n = len(text)
    claimed = bytearray(n)
    out: list[Mention] = []

    windows = _digit_windows(text)
    for kind, pattern, grp, note in _CLAIMS:
        for m in (m for a, b in windows for m in pattern.finditer(text, a, b)):
            s, e = m.span(grp)
            if claimed[s]:
                continue
            if kind == "date" and not _valid_date(m.group(grp)):
                continue
            if kind == "section" and not text[m.end():m.end() + 1].isupper():
                continue
            claimed[s:e] = b"\x01" * (e - s)
            out.append(Mention(s, e, s, e, text[s:e], None, kind, note=note))

    for m in _SET_PHRASE.finditer(text):
        s, e = m.span(1)
        if claimed[s]:
            continue
        claimed[s:e] = b"\x01" * (e - s)
        if text[s].isdigit():  # number words are only kept from being read as counts
            out.append(Mention(s, e, s, e, text[s:e], None, "name", note="set phrase"))

    for m in _SAME.finditer(text):
        s, e = m.span()
        if not claimed[s]:
            claimed[s:e] = b"\x01" * (e - s)
            out.append(Mention(s, e, s, e, text[s:e], Decimal(0), "change", comparison="không đổi",
                               note="no change against the same period"))

    covered = 0  # end of the last number expression: ``500.000đ/1 phần quà`` holds its ``1``
    for m in _CLUSTER.finditer(text):
        s, e = m.span()
        if claimed[s] or s < covered:
            continue
        mention = _read_at(text, s, e)
        if mention is not None:
            out.append(mention)
            covered = mention.end

    out.extend(_number_words(text, claimed))
    out.sort(key=lambda x: x.num_start)
    _link_pairs(text, out)
    _mark_bases(text, out)
    return out


#: Every claim pattern's match holds a digit, starts at most this many characters before its first
#: digit and ends (lookaheads included) at most ``_WINDOW_AFTER`` after its last one.
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 80
_DIGITS = re.compile(r"\d+")


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digits, where the claim patterns are run (``pos``/``endpos``).

    Scanning only these gives the same matches as scanning the whole text: each match lies
    inside one window (windows closer than a match's reach are merged), ``pos`` keeps
    lookbehinds and ``^`` seeing the real text, and each window ends on a letter or the end of
    the text so that ``\\Z`` and lookaheads cannot take the window's end for the text's.
    """
    n = len(text)
    out: list[list[int]] = []
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - _WINDOW_BEFORE), m.end() + _WINDOW_AFTER
        if out and a <= out[-1][1] + _WINDOW_BEFORE:
            out[-1][1] = b
        else:
            out.append([a, b])
    for w in out:
        b = min(w[1], n)
        while b < n and not text[b - 1].isalpha():
            b += 1
        w[1] = b
    return [(a, b) for a, b in out]


def _mark_bases(text: str, mentions: list[Mention]) -> None:
    """``... so với cùng kỳ năm 2023 (135.697 lượt người)``: the number is the comparison value.

    The cue must sit between the previous figure and this one, close to it.
    """
    prev_end = 0
    for m in mentions:
        if not m.is_figure:
            continue
        lo = max(prev_end, _clause_start(text, m.num_start), m.num_start - 70)
        if m.comparison is None and _BASE_CUE.search(text, lo, m.num_start):
            m.comparison_base = True
        prev_end = m.end


def _valid_date(s: str) -> bool:
    """Every date in ``s`` (``19/5``, ``3/2/1930``, ``7/2023``, lists and ranges) has a real day and month."""
    mm = re.fullmatch(r"(\d{1,2})/(\d{4})", s.strip())
    if mm:
        return 1 <= int(mm.group(1)) <= 12
    dates = re.findall(r"(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?\d{4})?", s)
    return bool(dates) and all(1 <= int(d) <= 31 and 1 <= int(m) <= 12 for d, m in dates)


def _read_at(text: str, s: str, e: int) -> Mention | None:
    cluster = text[s:e]
    read = _read_numeral(cluster)
    if read is None:
        return Mention(s, e, s, e, cluster, None, "section", note="dotted numbering")
    numeral, decimals, notation, alts = read
    grouped = "." in cluster and notation == "vn"
    leading_zero = len(cluster) > 1 and cluster[0] == "0" and cluster[1].isdigit()
    before = text[max(0, s - 60):s]

    # --- what follows: %, scale, currency, measure unit, /per
    kind, unit, scale, end, per = "count", None, 1, e, None
    sm = _SUFFIX.match(text, e)
    if sm:
        if sm.group("pct"):
            kind, unit, end = "percent", "%", sm.end()
        elif sm.group("scale"):
            word = sm.group("scale").strip().lower()
            scale = SCALES[word]
            end = sm.end()
            if sm.group("cur1") or _money_context(text, s):
                kind, unit = "money", "đồng"
        elif sm.group("cur"):
            kind, unit, end = "money", "đồng", sm.end()
        elif sm.group("meas"):
            kind, unit, end = "measure", MEASURES[sm.group("meas").strip().lower()], sm.end()
    if kind in ("money", "measure"):
        pm = _PER.match(text, end)
        if pm and pm.group(1).lower() != "c":
            per, end = pm.group(1).lower(), pm.end()
    noun, noun_end = _noun_after(text, end)
    if per is None and kind in ("count", "measure"):
        pm = _PER.match(text, noun_end)
        if noun and pm and not text[noun_end:pm.start() + 1].strip("/ \t"):
            per = pm.group(1).lower()
    if per is None:
        mm = _MOI_BEFORE.search(before)
        if mm:
            per = mm.group(1).lower()

    value = numeral * scale
    alternatives = tuple(a * scale for a in alts)
    if kind == "money" and scale > 1:
        other = [v for v in (10**3, 10**6, 10**9) if v != scale]
        alternatives += tuple(numeral * v for v in other)
    mention = Mention(s, end, s, e, text[s:end], value, kind, numeral=numeral, unit=unit, noun=noun, scale=scale,
                      decimals=decimals, per=per, leading_zero=leading_zero, grouped=grouped, notation=notation,
                      alternatives=alternatives)
    if kind == "count":
        mention.unit = count_unit(noun)

    # --- what precedes: comparison and qualifier
    qm = _QUAL_BEFORE.search(before)
    if qm and (qm.group("cmp") or qm.group("q")):
        mention.qualifier = qm.group("q").lower() if qm.group("q") else None
        mention.qualifier_start = s - (len(before) - qm.start())
        if qm.group("cmp"):
            mention.comparison = "tăng" if qm.group("cmp").lower().startswith("tăng") else "giảm"
            mention.kind = "change" if kind != "percent" else "percent"

    if kind in ("count",) and notation == "vn" and not grouped and decimals == 0 and mention.qualifier is None \
            and mention.comparison is None:
        _classify_plain(text, mention, before)
    return mention


def _money_context(text: str, s: int) -> bool:
    return bool(_MONEY_CONTEXT.search(text, _clause_start(text, s, 80), s))


def _classify_plain(text: str, m: Mention, before: str) -> None:
    """Years, periods, anniversaries and place sizes among plain integers."""
    v = int(m.numeral)
    after = _SPACES.sub(" ", text[m.num_end:m.num_end + 160])
    if _ANNIV_AFTER.match(after) or (_ANNIV_BEFORE.search(before) and re.match(r"(?i)\s+năm", after)):
        m.kind, m.note = "anniversary", "anniversary"
        window = re.split(r"[;,]|\)\s", after, maxsplit=1)[0] + ")"
        rng = _DATE_RANGE_YEARS.search(after[:len(window) + 30])
        if rng:
            m.event_year, m.anniversary_base_year = int(rng.group(1)), int(rng.group(2))
        for pattern, year, name in EVENTS:
            if pattern.search(window):
                m.event_year = m.event_year or year
                m.note = f"anniversary of {name}"
                break
        return
    if 1900 <= v <= 2100 and len(m.raw) == 4:
        nxt = after[:3]
        if _YEAR_CUE.search(before) or re.match(r"\s?[-–]\s?\d", nxt) or re.search(r"[-–]\s?$", before) \
                or not re.match(r"\s*" + _W, after):
            m.kind, m.note = "year", "year"
            return
    if _PERIOD_AFTER.match(after):
        m.kind, m.note = "period", "length of a period"
        return
    if _PLACE_BEFORE.search(before[-20:]) and _PLACE_NOUN.match(after):
        m.kind, m.note = "name", "size of the area (number of communes), not a figure of the period"


_WORD_COUNT = re.compile(r"(?i)(?<!\w)(" + "|".join(_NUMBER_WORDS) + r")\s+(" + "|".join(
    sorted(_WORD_COUNT_NOUNS, key=len, reverse=True)) + r")(?!\w)")
_SPACES = re.compile(r"\s+")


def _number_words(text: str, claimed: bytearray) -> list[Mention]:
    """``hai lớp``, ``ba đợt``: number words counting a unit (``một số``, ``hai ven`` are not)."""
    out = []
    for m in _WORD_COUNT.finditer(text):
        s, e = m.span(1)
        if claimed[s] or text[max(0, s - 4):s].lower().endswith("thứ "):
            continue
        value = Decimal(_NUMBER_WORDS[m.group(1).lower()])
        noun, _ = _noun_after(text, e)
        out.append(Mention(s, e, s, e, text[s:e], value, "count", numeral=value, unit=count_unit(noun), noun=noun,
                           notation="word"))
    return out


_PAIR_GAP = re.compile(r"[ \t]*(?:(" + _W + r"+(?:[ \t]" + _W + r"+)?|đ/c))?[ \t]*/[ \t]*$")


def _link_pairs(text: str, mentions: list[Mention]) -> None:
    """Link ``22/26 đ/c`` and ``34 vụ/57 đối tượng``; ``11 gia đình.../11 triệu`` is not a pair."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not (a.is_figure and b.is_figure) or a.kind in ("money", "percent") or b.kind in ("money", "percent"):
            continue
        gap = text[a.end:b.num_start]
        if len(gap) > 30:
            continue
        gm = _PAIR_GAP.fullmatch(gap)
        if not gm:
            continue
        a.partner, b.partner = i + 1, i
        a.pair_role, b.pair_role = "numerator", "denominator"
        if not gm.group(1) or count_unit(gm.group(1).lower()) == count_unit(b.noun):
            a.same_unit_pair = b.same_unit_pair = True
            a.noun, a.unit = b.noun, b.unit
            a.kind = b.kind = "ratio" if a.kind == b.kind == "count" else a.kind
