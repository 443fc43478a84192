"""A figures table indexed for the checker, and the rules for when a value supports a written number.

The index is built once per table (cached by identity and row identities) so
the LLM repair loop can check section after section cheaply.

Tolerances (``value_supports``), where ``w`` is the written number, ``v`` the
table value, ``p`` the written precision (``23,5 triệu`` → 0,1 triệu) and
``sig`` the place of the last significant digit (``3000`` → 1000,
``135.697`` → 1, ``1.010`` → 10).  Every rule is tight enough that changing
the last written digit moves the number out of its own range:

- no qualifier: ``v`` rounded half-up *or* truncated at the written precision
  equals ``w`` (``84,615`` → ``84,61`` or ``84,62``; ``1,935`` → ``1,9``).
  A scale word rounds only what it can: the part rounded away is at most 2 %
  of ``w`` (``2,247 tỷ`` ⇐ 2.247.300.000; ``2 triệu`` ⇍ 1.500.000 — that
  needs ``khoảng``/``gần``).
- ``hơn``, ``trên``, ``ít nhất``, ``tối thiểu``: ``w ≤ v < w + sig`` and
  ``v ≤ w + max(10%·w, p)`` — tables hold the figure the report rounds down, so
  ``hơn 135.697`` is supported by 135697 and ``hơn 137.000`` by 137263, not
  ``hơn 135.697`` by 120000.
- ``gần``: ``w − min(sig, 10%·w) < v ≤ w`` (``gần 200`` ⇐ 181…200;
  ``gần 1.010`` ⇐ 1001…1010, not 1000).
- ``khoảng``, ``chừng``, ``xấp xỉ``, ``ước``, ``trên dưới``…:
  ``|v − w| ≤ min(sig/2, 10%·w)`` (``khoảng 3.000`` ⇐ 2700…3300;
  ``khoảng 2 triệu`` ⇐ 1,8…2,2 triệu).
- ``dưới``: ``w − min(sig, 10%·w) < v < w``, or ``v = w`` (the table keeps the bound: ``dưới 13%`` ⇐ 13);
  ``tối đa``, ``không quá``: same with ``v ≤ w``.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
import weakref
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from service.checker.extract import COUNT_UNITS, MEASURES, product_of
from service.checker.sublead import without_breakdown_lead
from service.checker.timesheaded import heading_names
from service.figures.model import Figure, FigureTable
from service.figures.schema import measure_symbol, unit_kind
from service.figures.units import CURRENCY_WORDS

COLUMNS = ("ky_bao_cao", "ke_hoach", "cung_ky")
MONEY_UNITS = {"đồng", "đ", "vnđ", "vnd", "nghìn đồng", "triệu đồng", "tỷ đồng"}
#: The currencies a money mention is in: ``đồng`` and the codes of ``service.figures.units.CURRENCY_WORDS``.
CURRENCIES = frozenset({"đồng"} | set(CURRENCY_WORDS.values()))
MORE = {"hơn", "trên", "ít nhất", "tối thiểu"}
NEAR_BELOW = {"gần"}
ABOUT = {"khoảng", "chừng", "khoảng chừng", "xấp xỉ", "ước", "ước tính", "ước đạt", "trên dưới"}
SCALE_ROUNDING = Decimal("0.02")  # a scale word without a qualifier rounds away at most 2 % of the number
BELOW = {"dưới"}
AT_MOST = {"tối đa", "không quá"}

#: Person nouns: a generic person unit in the table (``người``) accepts any of them.
PERSON = {"người", "lượt người", "đ/c", "đồng chí", "đảng viên", "hội viên", "đoàn viên", "thanh niên", "em",
          "trẻ em", "cụ", "mẹ", "đối tượng", "học sinh", "giáo viên", "cán bộ", "chiến sĩ", "việt kiều",
          "người dân", "phụ nữ", "công nhân", "thương binh", "bệnh nhân", "nông dân", "dân quân", "lao động",
          "người lao động", "học viên", "sinh viên", "bạn đọc", "khách", "du khách", "bị can", "bị cáo", "đương sự",
          "công dân", "cử tri", "đại biểu", "tình nguyện viên", "y bác sĩ", "bác sĩ", "trẻ", "cháu", "hộ viên",
          "người cao tuổi", "cựu chiến binh", "người có công", "nạn nhân", "phạm nhân", "học viên cai nghiện",
          "thí sinh",
          # a sports delegation's people: "300 VĐV, HLV" and "1.165 thành viên" in rows of "người"
          # (yw-toan-quoc-bo-vhttdl-bang-khen-sea-games-33-2025-12; c28-travinh-mung-cong-dai-hoi-the-thao-toan-quoc-2022:
          # "54 Huấn luyện viên, vận động viên")
          "vđv", "vận động viên", "hlv", "huấn luyện viên", "thành viên"}
#: Words for any person of the row (``6.698 em đỗ tốt nghiệp`` in rows of ``thí sinh``): no evidence either way.
GENERIC_PERSON = {"người", "lượt người", "đối tượng", "em"}
#: Generic thing units: a table counting in ``cái`` accepts ``băng rôn``, ``pa nô``... (not persons). A classifier
#: names no thing of its own either: ``3.428 nhà ở cho hộ nghèo`` in a row of ``căn``
#: (yh-ninh-thuan-ninh-son-ubmttq-huyen-ngay-vi-nguoi-ngheo-2000-2015), ``12 đình, chùa`` in a row of ``ngôi``.
GENERIC_THING = {"cái", "chiếc", "căn", "ngôi", "quyển", "cuốn", "tấm", "bức"}
#: A text's noun for any counted case: ``riêng doanh nghiệp giải thể có 32 trường hợp`` in a row of ``doanh nghiệp``.
GENERIC_CASE = {"trường hợp"}
SYNONYMS = [{"đ/c", "đồng chí"}, {"suất", "suất quà", "phần quà", "phần"}, {"hộ", "hộ gia đình", "gia đình"},
            {"em", "trẻ em", "học sinh"}, {"lượt", "lượt người"},
            {"học sinh", "thí sinh"}]   # "có 7693 học sinh tốt nghiệp" in a row of "thí sinh": an exam's candidates
STOP = {"so", "duoc", "cua", "va", "cho", "cac", "tai", "trong", "nhung", "la", "co", "voi", "theo", "tu", "den",
        "mot", "nam", "huyen", "tinh"}


#: Words after "Số" in a label that are not what is counted ("Số ca được sơ cứu": "ca", not "ca được").
LABEL_STOP = {"được", "của", "do", "trong", "có", "mỗi", "đã", "các", "và", "cho", "tại", "về", "với", "là", "bị",
              "tham", "dự", "tiền", "lượng", "người", "lượt"}
#: what a counted person won or received, the row's unit after it: ``học sinh đoạt giải``, ``hộ được cấp thẻ``
_WON = re.compile(r"(?<=\w)\s(?:đoạt|giành|đạt|nhận|được(?:\s+(?:cấp|tặng|trao|nhận|hưởng))?)\s+\S")



def won_in_unit(noun: str, unit: str) -> bool:
    """A counted person who won or received what ``unit`` counts (``học sinh đoạt giải`` in rows of ``giải``)."""
    return bool(noun) and bool(unit) and _WON.search(noun) is not None and noun.endswith(" " + unit)


def winners_kept(noun: str, label: str) -> bool:
    """Does ``label`` keep the winners ``noun`` counts, its winning said (``Số học sinh đoạt giải`` for ``học sinh
    đoạt giải``, ``Thí sinh đạt giải`` for ``thí sinh đạt giải``)? Then a prize group's value is no count of them."""
    won = _WON.search(noun or "")
    if won is None:
        return False
    said = " ".join(noun[won.start():].split()).casefold()
    return said in " ".join((label or "").split()).casefold()


_LABEL_NOUN = re.compile(r"(?i)\s*số\s+(\w+)(?:[ \t]+(\w+))?")
_PART_PREFIX = re.compile(r"(?i)^\s*(?:trong\s+đó\s*:?|chia\s+ra\s*:?|[-+•–]\s*)\s*")


def fold(s: str) -> str:
    """Lower case without diacritics (``hoà``/``hòa`` → ``hoa``), for comparing words."""
    if len(s) <= 200:  # labels and phrases come back again and again: remembered
        return _fold_short(s)
    return _fold(s)


def _fold(s: str) -> str:
    # "Bƣu chính", "Lƣơng thực": a PDF's ư extracted as ƣ (U+01A3, a yearbook's font, yl-hoa-binh) is read as ư
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("ƣ", "u"))
    return "".join(c for c in s if not unicodedata.combining(c))


_fold_short = functools.lru_cache(maxsize=1 << 16)(_fold)


_TOKEN = re.compile(r"[a-z0-9/]+")


class TextTokens:
    """The label words of a whole text with their places, folded once: the words of any stretch in log time."""

    def __init__(self, text: str):
        table = {ord(c): (fold(c)[:1] or " ") for c in set(text) if not c.isascii() or c.isupper()}
        folded = text.translate(table)  # one character for one: places stay the text's
        self._starts, self._words = [], []
        for m in _TOKEN.finditer(folded):
            if m.group() not in STOP:
                self._starts.append(m.start())
                self._words.append(m.group())

    def between(self, a: int, b: int) -> frozenset:
        """Words starting in ``[a, b)``."""
        return frozenset(self._words[bisect.bisect_left(self._starts, a):bisect.bisect_left(self._starts, b)])


_SYLLABLE = re.compile(r"[a-z0-9]+")
_ACRONYM = re.compile(r"(?<!\w)[A-ZĐ]{2,6}(?!\w)")


#: A Vietnamese syllable, folded: an abbreviation is a token that cannot be one (``hdnd``, ``ccb``, ``ubnd``).
_SYLLABLE_SHAPE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ng|nh|ch|[cmnpt])?")


def is_abbreviation(token: str) -> bool:
    return len(token) >= 3 and token.isalpha() and not _SYLLABLE_SHAPE.fullmatch(token)


def _letters_of(word: str) -> str:
    """What a word gives an abbreviation of its run: its initial, or the whole word when it is an abbreviation already
    (``tp`` of ``TP. Hồ Chí Minh``: ``TPHCM``, xu-toan-quoc-bo-y-te-sot-xuat-huyet-ca-mac-2025-7t) — letters that
    make no syllable (``_SYLLABLE_SHAPE``), two or three of them."""
    if 2 <= len(word) <= 3 and word.isalpha() and not _SYLLABLE_SHAPE.fullmatch(word):
        return word
    return word[0]


def initials_of(words: list[str], most: int = 6) -> dict[str, tuple]:
    """Abbreviations a run of folded syllables can be written as: ``hoi dong nhan dan`` → ``hdnd``."""
    out = {}
    letters = [_letters_of(w) for w in words]
    for a in range(len(words)):
        for b in range(a + 3, min(a + most, len(words)) + 1):
            key = "".join(letters[a:b])
            if is_abbreviation(key):
                out.setdefault(key, tuple(words[a:b]))
    return out


#: An acronym a label glosses in brackets right after the words it stands for: ``Toàn ngành công nghiệp (IIP)``,
#: ``Chỉ số giá tiêu dùng (CPI) chung`` — the words since the label's start or its last punctuation.
_GLOSSED = re.compile(r"(?P<words>[^\W\d_][^,;:()]*?)\s*\((?P<abbr>[A-ZĐ]{2,6})\)")


def glossed_acronyms(label: str) -> dict[str, tuple]:
    """The acronyms a label glosses (``_GLOSSED``), folded, with the folded words each stands for, whether or not
    they are its initials (``IIP``, ``CPI`` are English ones): a text naming ``IIP`` names ``toàn ngành công nghiệp``
    (xi-toan-quoc-tong-cuc-thong-ke-chi-so-iip-2018-10t, yi-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10)."""
    return {fold(m["abbr"]): tuple(_SYLLABLE.findall(fold(m["words"])))
            for m in _GLOSSED.finditer(unicodedata.normalize("NFC", label or ""))}


def abbreviates(abbr: str, words: str) -> bool:
    """``words`` start with the syllables ``abbr`` abbreviates: ``THT`` / ``tổ hợp tác``, ``HTX`` / ``hợp tác xã``."""
    a = fold(abbr)
    if not is_abbreviation(a):
        return False
    syllables = _SYLLABLE.findall(fold(words))
    return len(syllables) >= len(a) and "".join(w[0] for w in syllables[:len(a)]) == a


def abbreviations(s: str, known, folded: str | None = None) -> set[str]:
    """The ``known`` abbreviations (folded) a text spells out in full: ``Hội đồng nhân dân`` → ``hdnd``."""
    initials = "".join(w[0] for w in _SYLLABLE.findall(fold(s) if folded is None else folded))
    return {k for k in known if k in initials}


#: ``tỉ lệ`` and ``tỷ lệ`` are one word spelled two ways (``i``/``y`` after ``t``; ``có 6 trường có tỉ lệ học sinh đỗ
#: tốt nghiệp 100%`` against a row ``Số trường, trung tâm đạt tỷ lệ tốt nghiệp 100%``, xr-quang-nam-so-gddt-xet-tot-
#: nghiep-thpt-2016; ``tỉ lệ hộ nghèo`` of the held-out pages beside tables that write ``Tỷ lệ``): the folded ``ti``
#: before a rate's noun is read ``ty`` — only there (``tỉ đồng``, ``công ty`` are other words).
_TI_RATE = re.compile(r"(?<![a-z0-9])ti(?= (?:le|suat|so|trong)(?![a-z0-9]))")


def spelled_y(folded: str) -> str:
    """``ti le`` → ``ty le`` in a folded string (one spelling of the rate's word; see ``_TI_RATE``)."""
    return _TI_RATE.sub("ty", folded) if "ti " in folded else folded


def tokens(s: str) -> list[str]:
    return [t for t in _TOKEN.findall(spelled_y(fold(s))) if t not in STOP]


def _first(unit: str) -> str:
    return re.split(r"[\s,]+", unit, maxsplit=1)[0]


def row_kind(unit: str) -> str:
    """``count``, ``money``, ``percent`` or ``measure``: the figures loader's kind of a stored unit."""
    return unit_kind(unit)


# ------------------------------------------------------------ tolerances

def _sig(numeral: Decimal, decimals: int, scale: int) -> Decimal:
    if decimals:
        return Decimal(scale).scaleb(-decimals)
    n = int(numeral)
    zeros = 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return Decimal(scale) * (10 ** zeros)


#: more decimals than any table keeps (and than Decimal's 28 digits can round to): only an equal value supports
MAX_DECIMALS = 15

def value_supports(v: Decimal, w: Decimal, *, decimals: int = 0, scale: int = 1, qualifier: str | None = None,
                   truncate: bool | None = None, low: Decimal | None = None) -> bool:
    """Does table value ``v`` support the written number ``w`` (base units) with this qualifier?

    Truncation (``84,615`` → ``84,61``) is accepted where reports truncate: numbers
    written with decimals or a scale word, and percentages (``truncate=True``);
    a bare integer count or length (``2km`` for 2,5 km) must round.

    A range (``97-98%``, ``từ 15 đến 20 người``: ``low`` to ``w``) is supported by a value in it, or by one
    that either end supports as written (``98,3%`` ⇐ ``98``): the writer claims no more than the range.
    """
    if low is not None:
        return low <= v <= w or any(value_supports(v, end, decimals=decimals, scale=scale, truncate=truncate)
                                    for end in (low, w))
    if v == w:  # the table keeps the bound the text writes: "hơn 397" ⇐ 397, "dưới 13%" ⇐ 13
        return True
    if decimals > MAX_DECIMALS:
        return False   # "6,0000000000000000000000000001234": beyond any table's precision, only the same value
    p = Decimal(scale).scaleb(-decimals)
    numeral = w / scale
    if qualifier is None:
        x = v / scale
        q = Decimal(1).scaleb(-decimals)
        if truncate is None:
            truncate = decimals > 0 or scale > 1
        if not (x.quantize(q, rounding=ROUND_HALF_UP) == numeral
                or (truncate and x.quantize(q, rounding=ROUND_DOWN) == numeral)):
            return False
        return scale == 1 or abs(v - w) <= abs(w) * SCALE_ROUNDING
    sig = _sig(numeral, decimals, scale)
    tenth = abs(w) / 10
    if qualifier in MORE:
        return w <= v < w + max(sig, p) and v <= w + max(tenth, p)
    if qualifier in NEAR_BELOW or qualifier in AT_MOST:   # "gần 1.010" is never 1.000: strictly within a unit
        return w - min(sig, tenth) < v <= w
    if qualifier in BELOW:
        return w - min(sig, tenth) < v < w
    if qualifier in ABOUT:
        return abs(v - w) <= min(sig / 2, tenth)
    return False


def search_range(w: Decimal, decimals: int, scale: int, low: Decimal | None = None) -> tuple[Decimal, Decimal]:
    """A range surely containing every value that may support ``w`` (then filtered by ``value_supports``)."""
    p = Decimal(scale).scaleb(-decimals)
    slack = max(abs(w) / 9, p * 2, Decimal(scale) * 2)
    bottom = w if low is None else min(low, w)
    return bottom - max(abs(bottom) / 9, p * 2, Decimal(scale) * 2), w + slack + _sig(w / scale, decimals, scale)


def within_rounding(x: Decimal, w: Decimal, decimals: int, qualifier: str | None = None) -> bool:
    """For derived values (percentages, changes): same rules, unscaled."""
    return value_supports(x, w, decimals=decimals, scale=1, qualifier=qualifier, truncate=True)


# ------------------------------------------------------------ organisations and units

ORG_LEXICON: list[tuple[str, str]] = [
    ("ban-nganh", r"các\s+ban,?\s+ngành,?\s+đoàn\s+thể"),
    ("chqs", r"ban\s+(?:chqs|chỉ\s+huy\s+quân\s+sự)|bộ\s+chqs|cơ\s+quan\s+quân\s+sự"),
    ("mttq", r"(?:ủy|uỷ)\s+ban\s+mttq|mttq|mặt\s+trận(?:\s+tổ\s+quốc)?"),
    ("ccb", r"hội\s+(?:ccb|cựu\s+chiến\s+binh)"),
    ("lhpn", r"hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ)"),
    ("ldld", r"liên\s+đoàn\s+lao\s+động|lđlđ|(?:các\s+)?công\s+đoàn(?:\s+cơ\s+sở)?"),
    ("nong-dan", r"hội\s+nông\s+dân"),
    ("ctd", r"hội\s+(?:chữ\s+thập\s+đỏ|ctđ)"),
    ("doan", r"huyện\s+đoàn|tỉnh\s+đoàn|đoàn\s+thanh\s+niên|đoàn\s+tncs|(?:các\s+)?cơ\s+sở\s+đoàn"),
    ("cong-an", r"công\s+an(?:\s+huyện)?"),
    ("doan-the", r"các\s+đoàn\s+thể"),
]


def org_keys(name: str, patterns) -> frozenset | None:
    """The organisations a ``don_vi`` (or a subject in text) names, as lexicon keys."""
    if not name or not name.strip():
        return None
    found = {key for key, rx in patterns if rx.search(name)}
    return frozenset(found) if found else frozenset({"lit:" + fold(name)})


@dataclass(eq=False)
class Row:
    fig: Figure
    kind: str
    unit: str
    org: frozenset | None
    muc: str | None
    tokens: frozenset
    weight: float = 0.0
    labels: tuple = ()  # what the label says is counted: "Số đoàn thể huyện ..." -> ("đoàn", "đoàn thể")
    initials: dict = field(default_factory=dict)  # "hdnd" -> the label's words it abbreviates ("hoi", "dong", ...)
    values: dict = field(default_factory=dict)  # column -> Decimal
    lows: dict = field(default_factory=dict)  # column -> the lower end of a range typed in that cell (``10 - 20``)


class TableIndex:
    """Rows of one table pre-indexed by value, with organisations, sections and label words."""

    _cache: dict[int, tuple] = {}

    def __init__(self, table: FigureTable):
        self.table = table
        self.org_patterns = [(k, re.compile(rx, re.I)) for k, rx in ORG_LEXICON]
        self.rows: list[Row] = []
        self.by_code: dict[str, Row] = {}
        cells = []
        extra_orgs = {}
        for f in table.figures:
            muc = unicodedata.normalize("NFC", f.muc or "").strip() or None
            don_vi = unicodedata.normalize("NFC", f.don_vi or "")
            keys = org_keys(don_vi, self.org_patterns)
            if keys and any(k.startswith("lit:") for k in keys):
                literal = re.sub(r"(?i)\s+(huyện|tỉnh|thành phố)$", "", don_vi.strip())
                if len(literal.split()) < 3:   # "Thanh tra tỉnh" kept whole: "Thanh tra" alone is also the activity
                    literal = don_vi.strip()     # ("Qua thanh tra phát hiện …"), not the body
                extra_orgs[next(iter(keys))] = re.escape(literal).replace(r"\ ", r"\s+")
            unit = unicodedata.normalize("NFC", f.don_vi_tinh or "").strip().lower()
            kind = row_kind(unit)
            if kind == "measure":
                unit = MEASURES.get(unit) or measure_symbol(unit) or unit
            row = Row(f, kind, unit, keys, muc, frozenset(tokens(unicodedata.normalize("NFC", f.chi_tieu))))
            for col in COLUMNS:
                v = getattr(f, col)
                if v is not None:
                    row.values[col] = Decimal(v)
                    # a loss the table keeps negative (-4.501.532) is said "lỗ 4,5 triệu đồng", "âm 4.501.532"
                    cells.append((abs(Decimal(v)), len(self.rows), col))
                    if getattr(v, "low", None) is not None:
                        row.lows[col] = v.low
            if getattr(f, "ky_truoc", None) is not None:  # the base of "so với tháng trước", not a cell to match
                row.values["ky_truoc"] = Decimal(f.ky_truoc)
            self.rows.append(row)
            self.by_code[f.ma] = row
        for key, rx in extra_orgs.items():
            self.org_patterns.append((key, re.compile(rx, re.I)))
        cells.sort(key=lambda c: c[0])
        self._cells = cells
        self._keys = [c[0] for c in cells]
        n = max(len(self.rows), 1)
        df: dict[str, int] = {}
        for r in self.rows:
            for t in r.tokens:
                df[t] = df.get(t, 0) + 1
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        # abbreviations: a label's "HĐND" matches "Hội đồng nhân dân" in the text, its "Hội đồng nhân dân" a "HĐND"
        self.abbreviations: set[str] = set()
        for r in self.rows:
            label = unicodedata.normalize("NFC", r.fig.chi_tieu)
            self.abbreviations |= {fold(a) for a in _ACRONYM.findall(label) if is_abbreviation(fold(a))}
            r.initials = {k: frozenset(v) & r.tokens for k, v in initials_of(_SYLLABLE.findall(fold(label))).items()}
            r.initials.update({k: frozenset(v) & r.tokens for k, v in glossed_acronyms(label).items()})
        for r in self.rows:
            r.weight = math.fsum(self.idf[t] for t in r.tokens) or 1.0
        self.units = {r.unit for r in self.rows if r.kind == "count" and r.unit} | set(COUNT_UNITS) | PERSON
        # times of a person are persons counted (``khách quốc tế đạt gần 14,5 triệu người`` in a row of ``triệu lượt
        # khách``): a row's unit ``lượt <person>`` is a person unit
        self.person = set(PERSON) | {u for u in self.units if u.startswith("lượt ") and u[len("lượt "):] in PERSON}
        self._units_sorted = sorted(self.units, key=len, reverse=True)
        self._lead_cache: dict[str, str | None] = {}
        added = set()
        for r in self.rows:  # nouns the labels count in ("Số đoàn thể ...", "Số chốt kiểm dịch ...")
            if r.kind != "count":
                continue
            lm = _LABEL_NOUN.match(unicodedata.normalize("NFC", r.fig.chi_tieu))
            if not lm:
                # a part named by its noun alone ("Trong đó: cá nhân", "tổ chức" under "Số cơ sở được thanh tra"):
                # what it counts, whatever the unit column says ("100 cơ sở gồm 24 cá nhân và 76 tổ chức")
                short = _PART_PREFIX.sub("", unicodedata.normalize("NFC", r.fig.chi_tieu)).strip().lower()
                short = re.sub(r"\s*\([^()]*\)$", "", short)   # "Học sinh (tiểu học đến THPT)": the noun before it
                if 1 <= len(short.split()) <= 2 and all(w.isalpha() for w in short.split()):
                    r.labels = (short,)
                continue
            w1, w2 = lm.group(1).lower(), (lm.group(2) or "").lower()
            two = f"{w1} {w2}" if w2 and w1 not in LABEL_STOP and w2 not in LABEL_STOP else None
            r.labels = tuple(x for x in (w1 if w1 not in LABEL_STOP else None, two) if x)
            if two and self.lead_unit(two) is None:
                added.add(two)
                if r.unit in PERSON:
                    self.person.add(two)
        self.units |= added
        self._units_sorted = sorted(self.units, key=len, reverse=True)
        self._lead_cache = {}
        self.mucs = sorted({r.muc for r in self.rows if r.muc})
        # rows whose label writes a number as part of its name ("... trên 1 tỷ USD", "... dưới 1,5 triệu đồng/tháng")
        self.label_numbers = [r for r in self.rows if re.search(r"\d", unicodedata.normalize("NFC", r.fig.chi_tieu))]

    @classmethod
    def of(cls, table: FigureTable) -> "TableIndex":
        """The index of ``table``, built once per table object and set of rows."""
        key = id(table)
        stamp = tuple(map(id, table.figures))
        hit = cls._cache.get(key)
        if hit is not None and hit[0]() is table and hit[1] == stamp:
            return hit[2]
        index = cls(table)
        try:
            ref = weakref.ref(table, lambda _r, k=key: cls._cache.pop(k, None))
        except TypeError:
            return index
        cls._cache[key] = (ref, stamp, index)
        return index

    def cells_between(self, lo: Decimal, hi: Decimal):
        i = bisect.bisect_left(self._keys, lo)
        j = bisect.bisect_right(self._keys, hi)
        for value, ri, col in self._cells[i:j]:
            yield self.rows[ri], col, value

    # ---- units
    def lead_unit(self, noun: str) -> str | None:
        hit = self._lead_cache.get(noun, 0)
        if hit != 0:
            return hit
        found = None
        for u in self._units_sorted:
            if noun.startswith(u) and (len(noun) == len(u) or noun[len(u)] in " ,"):
                found = u
                break
        if len(self._lead_cache) < 50000:
            self._lead_cache[noun] = found
        return found

    def unit_fit(self, noun: str, row: Row) -> int:
        """1 the noun names the row's unit, 0 no evidence either way, -1 it names another unit."""
        if not noun or not row.unit:
            return 0
        ru = row.unit
        if product_of(noun) != product_of(ru):   # "lượt người.km" is no count of "lượt người"
            return -1
        head, slash, _ = ru.partition("/")
        if slash and head.strip() and "/" not in noun and noun.startswith(head.strip()) \
                and (len(noun) == len(head.strip()) or noun[len(head.strip())] in " ,"):
            return 0   # "14,45 vụ/tháng" (the noun "vụ", per "tháng") in a row of "vụ/tháng": no evidence against
        if noun.startswith(ru) and (len(noun) == len(ru) or noun[len(ru)] in " ,"):
            return 1
        times = len("lượt ")
        if noun.startswith("lượt ") and not ru.startswith("lượt") and noun[times:].startswith(ru) \
                and (len(noun) == times + len(ru) or noun[times + len(ru)] in " ,"):
            return 1   # "75 lượt ý kiến, kiến nghị" in rows of "ý kiến": times of the row's noun
        for lu in row.labels:
            if noun.startswith(lu) and (len(noun) == len(lu) or noun[len(lu)] in " ,"):
                return 1
        if won_in_unit(noun, ru):
            return 1   # "134 học sinh đoạt giải" in rows of "giải": who won, one prize each (yg-…-hoc-sinh-gioi-quoc-gia-2019)
        if abbreviates(ru, noun) or abbreviates(noun.split(" ", 1)[0], ru):  # "931 tổ hợp tác" in rows of "THT"
            return 1
        lead = self.lead_unit(noun)
        if lead is None:
            return 0
        if lead == ru or _first(lead) == _first(ru) or any(lead in s and ru in s for s in SYNONYMS):
            return 1
        if _visits_as_visitors(noun, lead, row):
            return 1
        if (ru in GENERIC_PERSON and lead in self.person) or (lead in GENERIC_PERSON and ru in self.person):
            return 0  # "người" counts members, members are people: no evidence either way
        if ru in GENERIC_THING and lead not in self.person:
            return 0
        if lead in GENERIC_CASE:
            return 0  # a case of whatever the row counts: no evidence either way (not the other way round: a row
            #           of "trường hợp" counts its label's cases, not "07 đoàn thể")
        return -1

    # ---- sections
    def resolve_section(self, number: str | None, title: str = "") -> str | None:
        """The table's ``muc`` a heading (``2.4.``, ``Phối hợp ...``) or a caller's hint names."""
        if not self.mucs:
            return None
        if number is None and title:
            t = re.sub(r"\s+", " ", unicodedata.normalize("NFC", title)).strip()
            if t in self.mucs:
                return t
            m = re.match(r"\s*(\d+(?:\.\d+)*|[IVX]+(?=\.))\.?(?:\s+|$)(.*)", t)
            if not m:  # a title without its number: the muc whose words it covers best
                want = set(tokens(t))
                scored = sorted(((len(want & set(tokens(mu))) / max(len(want), 1), mu) for mu in self.mucs),
                                reverse=True)
                return scored[0][1] if want and scored[0][0] >= 0.6 else None
            number, title = m.group(1), m.group(2)
        number = (number or "").strip().rstrip(".")
        same = [mu for mu in self.mucs if re.match(re.escape(number) + r"\.?(\s|$)", mu)]
        if not same:
            return None
        want = set(tokens(title))
        if not want:
            return same[0] if len(same) == 1 else None
        best, score = None, 0.0
        for mu in same:
            have = set(tokens(mu))
            s = len(want & have) / len(want)
            if s > score:
                best, score = mu, s
        return best if score >= 0.5 else None

    def fit(self, ctx: frozenset, row: Row) -> float:
        """How much of the row's label the words around a number cover (idf-weighted); an abbreviation in
        the text covers the label words it stands for."""
        covered = row.tokens & ctx
        if row.initials:
            for t in ctx & row.initials.keys():
                covered = covered | row.initials[t]
        return math.fsum(self.idf.get(t, 0.0) for t in covered) / row.weight

    def context(self, s: str) -> frozenset:
        """The label words of a stretch of text, with the table's abbreviations it spells out in full."""
        folded = spelled_y(fold(s))
        words = frozenset(t for t in _TOKEN.findall(folded) if t not in STOP)
        return words | abbreviations(s, self.abbreviations, folded) if self.abbreviations else words


def _visits_as_visitors(noun: str, lead: str, row: Row) -> bool:
    """``vận chuyển 22,4 triệu khách`` in a row of ``triệu lượt khách``: the visits said as the visitors — when the
    noun stops at the visitor (``khách,``), goes on with the visits (``khách lượt khách``, the source's slip) or with a
    word of the row's own label (``khách quốc tế`` in ``Khách quốc tế``); not a compound of another thing
    (``2 khách sạn 5 sao`` in a tourism page's rows of ``lượt khách``)."""
    if row.unit == "lượt":   # a row of bare "lượt" whose label names who came: "Khách trong nước", "Tổng lượt khách"
        return _label_names_visitor(lead, _rest(noun, lead), row) or heading_names(lead, row.fig.muc)  # or its heading
    if not row.unit.startswith("lượt ") or lead != row.unit[len("lượt "):]:
        return False
    rest = _rest(noun, lead)   # split only for a row of visits: most calls are for other rows
    return not rest or rest[0] == "lượt" or fold(rest[0]) in row.tokens


def _rest(noun: str, lead: str) -> list[str]:
    """The noun's words after the lead word (``khách`` in ``khách quốc tế``)."""
    return noun[len(lead):].strip(" ,").split()


def _label_names_visitor(lead: str, rest: list[str], row: Row) -> bool:
    """``5.567.628 khách trong nước`` in a row ``Khách trong nước`` of ``lượt`` (xa-…-di-san-the-gioi-2019): the
    visitor the label opens with (or names after ``lượt``), the noun going on with the label's own words or stopping."""
    label, who = without_breakdown_lead(fold(row.fig.chi_tieu)).split(), fold(lead).split()
    n = len(who)
    opens = label[:n] == who
    after_times = any(label[i:i + n + 1] == ["luot", *who] for i in range(len(label)))
    if not (opens or after_times):
        return False
    return not rest or fold(rest[0]) in label


def same_line(a: Row, b: Row) -> bool:
    """Two rows the loader made of one line of a two-way table: the same code before ``-`` and the same label before
    ``:`` (``Kết nạp đoàn viên: thực hiện`` 2-3, ``…: tổng số đến cuối`` 2-4, ``…: vượt kế hoạch năm`` 2-2)."""
    return a is not b and a.fig.ma.split("-")[0] == b.fig.ma.split("-")[0] \
        and a.fig.chi_tieu.split(":")[0] == b.fig.chi_tieu.split(":")[0]
