"""Units of a figures table: any unit as written is a unit.

Agencies count in whatever noun the report counts in (``công dân``, ``bị can``,
``lượt cán bộ, chiến sĩ``, ``CLB``, ``hộ gia đình``); the vocabulary is open.
What the service must know about a unit comes from three small tables and one
rule for everything else:

- **money**: a currency word (``đồng``, ``đ``, ``VNĐ``) after an optional scale
  word (``nghìn``/``ngàn``/``1.000``, ``triệu``/``tr``, ``tỷ``/``tỉ``); stored in
  đồng as whole numbers with unit ``đồng`` (``23,5 triệu đồng`` → 23500000);
  ``triệu``/``tỷ`` alone are money too; a rate (``đồng/suất``) is money.  Another
  currency (``USD``, ``triệu USD``, ``Đô la Mỹ``, ``EUR``) is money stored in that
  currency under its ISO code, decimals allowed (``CURRENCY_WORDS``).
- **percent**: ``%``, ``tỷ lệ %``, ``phần trăm``, ``% diện tích``: decimals, stored as ``%``.
- **measures**: length, area, volume, mass (``km``, ``m²``, ``ha``, ``tấn``,
  ``lít``): decimals, stored as their symbol (``m²`` → ``m2``, ``Km`` → ``km``);
  a rate of a measure (``kg/tháng``) is a measure, kept as written.
- **time spans** (``giờ``, ``ngày công``, ``tháng``, ``tuổi``): counted like nouns (the
  checker reads ``05 ngày``) but may have decimals (``2,5 giờ``).
- **everything else is a count noun**: whole numbers, kept verbatim (NFC,
  spaces collapsed).  A scale word before any unit scales it (``nghìn lượt``
  → ``lượt`` × 1000).

- **a gap between two rates in points** (``điểm %``, ``điểm phần trăm``, ``%điểm``,
  ``pp``): its own kind, ``points`` — not a percentage of anything, not a count
  (figures round 41: held-out xl-thua-thien-hue-…-hien-mau-2022's ``Cao hơn tỷ lệ
  toàn quốc | điểm % | 0,5``, zu-lang-son-…-tot-nghiep-thpt-2013-2014's ``Tỷ lệ tốt
  nghiệp tăng so với năm học 2012-2013 | điểm % | 1,67``).

``unit_kind`` gives the checker's view (``count``, ``money``, ``percent``,
``measure``, ``points``) of a stored unit; ``read_unit`` reads a unit cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from service.figures.clocktimes import clock_unit
from service.figures.measurenotation import measure_notation

COUNT, MONEY, PERCENT, MEASURE = "count", "money", "percent", "measure"
POINTS = "points"   # a gap between two rates, in percentage points


def _key(text: str) -> str:
    """Folded form for comparing units: lower case, no diacritics, ``đ`` → ``d``, punctuation → space."""
    t = unicodedata.normalize("NFD", text.replace("²", "2").replace("³", "3"))
    t = t.replace("đ", "d").replace("Đ", "D")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z%/]+", " ", t).split())


# Measures: symbol → the ways it is written (folded).
MEASURES = {
    "km": ("km", "ki lo met", "kilomet", "cay so"),
    "km2": ("km2", "km vuong", "ki lo met vuong"),
    "m": ("m", "met"),
    "m2": ("m2", "met vuong"),
    "m3": ("m3", "met khoi"),
    "cm": ("cm", "xen ti met", "centimet"),
    "ha": ("ha", "hec ta", "hecta", "hec-ta"),
    "kg": ("kg", "ki lo gam", "kilogam", "kilogram"),
    "g": ("g", "gam", "gram"),
    "tấn": ("tan",),
    "tạ": ("ta",),
    "yến": ("yen",),
    "lít": ("lit", "l"),
    "ster": ("ster", "ste", "xte", "m3 xep"),   # a stacked cubic metre of firewood (45,5 ster)
}
_MEASURE_BY_KEY = {k: sym for sym, keys in MEASURES.items() for k in keys}
PERCENT_KEYS = {"%", "ty le", "ty le %", "ti le", "ti le %", "phan tram", "%/nam"}
# Scale words (folded) → factor.  "nghìn" alone is not a unit; "triệu"/"tỷ" alone are money.
SCALE_WORDS = {"nghin": 10**3, "ngan": 10**3, "1000": 10**3, "1 000": 10**3, "trieu": 10**6, "tr": 10**6,
               "ty": 10**9, "ti": 10**9}
CURRENCY = {"dong", "d", "vnd"}
#: Currencies other than đồng, as texts and tables write them (lower case) → ISO code: money in that currency
#: (``18,5 tỷ USD``, ``2,5 triệu đô la Mỹ``, a row in ``triệu USD``), never silently đồng.  ``đô`` alone is
#: read in text only after a scale word (``300 nghìn đô``; ``5 đô thị`` are towns).
CURRENCY_WORDS = {
    "usd": "USD", "us$": "USD", "$": "USD", "đô la mỹ": "USD", "đô-la mỹ": "USD", "đôla mỹ": "USD", "đô la": "USD",
    "đô-la": "USD", "đôla": "USD", "đô": "USD", "eur": "EUR", "euro": "EUR", "€": "EUR", "nhân dân tệ": "CNY",
    "ndt": "CNY", "cny": "CNY", "yên nhật": "JPY", "jpy": "JPY", "bảng anh": "GBP", "gbp": "GBP", "won": "KRW",
    "krw": "KRW", "baht": "THB", "bạt": "THB", "thb": "THB", "sgd": "SGD", "đô la singapore": "SGD", "aud": "AUD",
    "đô la úc": "AUD", "rúp": "RUB", "rub": "RUB", "kíp": "LAK", "lak": "LAK", "riel": "KHR", "khr": "KHR"}
#: Currency words that are also nouns counted (``15.470 kíp nổ`` detonators, ``bạt`` tarpaulins, ``đô``): a unit cell
#: holding one alone counts that noun, as the text is read (``extract._NOT_IN_TEXT``); after a scale word
#: (``triệu kíp``) or as a code (``LAK``, ``THB``) it is money.
AMBIGUOUS_CURRENCY = ("đô", "bạt", "kíp")
#: ... as a unit cell is keyed (folded): ``triệu USD`` → USD × 10**6.
FOREIGN_CURRENCY = {_key(w): c for w, c in CURRENCY_WORDS.items() if _key(w) and w != "đô"}
# Time spans: counted in words like nouns, but halves and tenths are common.
SPAN_HEADS = {"gio", "phut", "giay", "ngay", "tuan", "thang", "nam", "tuoi"}
#: Rates and scores written with decimals (folded): per mille (``%o``, ``‰``, ``phần nghìn``: a birth rate of
#: 17,15‰), points (``8,5 điểm``), times (``gấp 1,5 lần``), an index (``chỉ số 42,5``).
DECIMAL_HEADS = {"%o", "‰", "o/oo", "phan nghin", "diem", "lan", "chi so"}
#: What a rate is taken per (folded), after the slash of a unit: ``bác sĩ/vạn dân``, ``giường bệnh/10.000 dân``,
#: ``tiêu chí/xã``, ``lượt/ngày`` — a rate, written with decimals (10,8 bác sĩ/vạn dân).  A slash
#: between two counts (``người/lượt``, ``vụ/đối tượng``) is no rate: still whole numbers.
PER_HEADS = {"van", "nghin", "ngan", "trieu", "dan", "xa", "phuong", "huyen", "tinh", "dau",
             "km", "km2", "ha", "m2", "lop", "truong", "don", "vi"} | SPAN_HEADS

_SCALE = re.compile(r"^(nghin|ngan|1 ?000|trieu|tr|ty|ti)(?:\s+|$)(.*)$")
_GLUED_MONEY = re.compile(r"^(nghin|ngan|tr|trieu|ty|ti)(d|dong|vnd)$")  # trđ, tỷđ


@dataclass(frozen=True)
class Unit:
    """A unit as the service stores and understands it."""

    text: str               # stored: verbatim count nouns, "đồng", "%", or a measure's symbol
    kind: str               # count | money | percent | measure
    scale: int = 1          # written value × scale = stored value (triệu đồng → 10**6)
    integral: bool = True   # stored values must be whole numbers


def clean_unit(text: str) -> str:
    """The unit as written, NFC, spaces collapsed, an enclosing ``( )`` and trailing ``:`` removed."""
    t = " ".join(unicodedata.normalize("NFC", str(text)).split())
    while len(t) > 2 and t[0] in "([" and t[-1] in ")]":
        t = t[1:-1].strip()
    return t.rstrip(":;,. ").strip()


def _money_scale(key: str) -> int | None:
    """Scale of a money key (``trieu dong`` → 10**6, ``dong/suat`` → 1), or None."""
    head, _, per = key.partition("/")
    head = head.strip()
    if per and head == "d" and per.strip() == "c":  # đ/c = đồng chí, a person; đ/chục, đ/con, đ/cái: a price per
        return None                                    # a counted thing, as đ/kg is
    if head in CURRENCY:
        return 1
    m = _SCALE.match(head)
    if m:
        rest = m.group(2).strip()
        if rest in CURRENCY or (not rest and m.group(1) in ("trieu", "ty", "ti")):
            return SCALE_WORDS[m.group(1)]
    m = _GLUED_MONEY.match(head)
    if m:
        return SCALE_WORDS[m.group(1)]
    return None


@lru_cache(maxsize=4096)
def read_unit(text: str) -> Unit | None:
    """What a unit cell means; None when it is empty (or ``-``)."""
    written = clean_unit(text)
    key = _key(written)
    if written.strip() == "‰":
        return Unit("‰", COUNT, 1, False)
    if clock_unit(written):   # "giờ:phút:giây": a time typed as a clock, stored in seconds (service.figures.clocktimes)
        return Unit("giây", COUNT, 1, False)
    if written.lower() in AMBIGUOUS_CURRENCY:   # "Kíp nổ | kíp | 15.470": detonators counted, not Lao money
        return Unit(written, COUNT, 1, True)
    if (not key or key in ("-", "/")) and written.lower() not in CURRENCY_WORDS:  # "$", "€" fold to nothing
        return None
    scale = _money_scale(key)
    if scale is not None:
        return Unit("đồng", MONEY, scale, True)
    if percentage_points(key):   # "điểm %", "điểm phần trăm", "%điểm", "pp": a rate's gap, kept as written
        return Unit(written, POINTS, 1, False)
    if key in PERCENT_KEYS or key.startswith("% ") or percent_per(key):  # % diện tích, % số hộ: a percentage
        return Unit("%", PERCENT, 1, False)                                 # of something
    if key in _MEASURE_BY_KEY:
        return Unit(_MEASURE_BY_KEY[key], MEASURE, 1, False)
    head = key.split("/", 1)[0].strip()
    if "/" in key and head in _MEASURE_BY_KEY:  # kg/tháng, lít/ngày
        return Unit(written, MEASURE, 1, False)
    m = _SCALE.match(key)
    if m and m.group(2) and not m.group(2).startswith("/"):  # nghìn lượt, triệu lượt người, nghìn ha
        rest = _strip_scale_word(written)
        base = Unit(CURRENCY_WORDS[rest.lower()], MONEY, 1, False) if rest.lower() in AMBIGUOUS_CURRENCY \
            else read_unit(rest)   # "triệu kíp": money after a scale word
        if base is not None:
            return Unit(base.text, base.kind, base.scale * SCALE_WORDS[m.group(1)], base.integral)
    if key in FOREIGN_CURRENCY or written.lower() in CURRENCY_WORDS:  # USD, Đô la Mỹ, $: money in that currency
        return Unit(FOREIGN_CURRENCY.get(key) or CURRENCY_WORDS[written.lower()], MONEY, 1, False)
    if "/" in key and head in FOREIGN_CURRENCY and key.partition("/")[2].strip():
        # USD/tấn, USD/thùng: a price in that currency per a base, as đồng/kg is a price in đồng
        return Unit(written, MONEY, 1, False)
    if head.split(" ", 1)[0] in SPAN_HEADS:  # 2,5 giờ; 0,5 ngày công
        return Unit(written, COUNT, 1, False)
    if key in DECIMAL_HEADS or key.startswith(("diem ", "chi so ")):
        return Unit(written, COUNT, 1, False)
    if _per_rate(key):
        return Unit(written, COUNT, 1, False)
    if _SYMBOL.fullmatch(written) or si_capitals(written) or measure_notation(written):  # Mbps, MW, độ C, mm: a unit of
        return Unit(written, COUNT, 1, False)                  # measurement written as its symbol, never a noun counted
    return Unit(written, COUNT, 1, True)


#: A unit written as a symbol of measurement, in Latin letters of both cases (``Mbps``, ``kWh``, ``MWh``, ``GHz``,
#: ``Gbps``: yd-toan-quoc-bo-tttt's ``Tốc độ băng rộng cố định`` = 104,08 ``Mbps``) — no abbreviation of a counted
#: noun, which is written in capitals (``HTX``, ``DN``, ``TEU``) or as a word (``Con``, ``Ca``): a capital after the
#: first letter, or no vowel at all. Its values may have decimals.
_SYMBOL = re.compile(r"(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z])"
                     r"(?:[A-Za-z][a-z]*[A-Z][A-Za-z]*|[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{2,6})(?:/[A-Za-z]{1,3})?")


#: SI notation written in capitals (figures round 42): a prefix of magnitude, then the symbol of a unit of measurement
#: that takes it — ``MW`` (xn-lam-dong-thuy-dien-mien-nam-shp's ``Tổng công suất | MW | 122,5``; «công suất 19,2 MW»,
#: icon.com.vn's Mộ Đức solar plant; «180 MW công suất đặt», sweep p19-…-evnnpc), ``GW``, ``KW``/``kW`` (``K`` as
#: people write the kilo), ``MWh``, ``MVA``, ``KV``, ``GB``, ``TB``, ``GHz``.  Each base takes the magnitudes it is
#: measured in (volts and volt-amperes in kilo and mega: a grid's 220 kV, a transformer's 63 MVA; bytes from kilo to
#: tera), so a capital pair that no quantity is measured in stays the abbreviation of a counted noun (``GV`` giáo
#: viên, ``TV`` thành viên, ``HS``, ``HTX``, ``DN``, ``TEU``, ``DWT``, ``CĐCS``, ``ĐV``).  A base alone (``A``, ``B``,
#: ``V``: a class, a Roman five) is no symbol.
_SI_PREFIXES = {"W": "KMGT", "WH": "KMGT", "WP": "KMGT", "J": "KMGT", "HZ": "KMG", "B": "KMGT", "BPS": "KMGT",
                "V": "KM", "VA": "KM", "VAR": "KM", "A": "K", "AH": "K"}


def si_capitals(written: str) -> bool:
    """``MW``, ``KV``, ``MVA``, ``GB`` (the symbol alone, its base in either case): a prefix of magnitude and a base
    symbol that is measured in it."""
    m = re.fullmatch(r"([kKMGT])([A-Za-z]{1,3})", written)
    return bool(m) and m.group(1).upper() in _SI_PREFIXES.get(m.group(2).upper(), "")


#: Percentage points (folded): ``điểm`` then the per cent said as a sign or in words, either order, or ``pp``.
_POINTS = re.compile(r"^(?:diem\s*(?:%|phan tram)|%\s*diem|pp|diem phan tram %)$")


def percentage_points(key: str) -> bool:
    """``điểm %``, ``điểm phần trăm``, ``%điểm``, ``% điểm``, ``pp`` (folded): a gap between two rates in points, never
    ``điểm`` alone (a score: ``8,5 điểm``) nor ``%`` alone."""
    return bool(_POINTS.match(key))


def percent_per(key: str) -> bool:
    """``%/cổ phần`` (a dividend: 51,17 % of a share's face value), ``%/tháng``: a percentage per a base, never a count
    (the base after the slash says what it is a percentage of)."""
    head, slash, per = key.partition("/")
    return bool(slash) and head.strip() == "%" and bool(per.strip())


def _per_rate(key: str) -> bool:
    """``bác sĩ/vạn dân``, ``tiêu chí/xã``, ``giường/10.000 dân``: a count per a base (a number, a scale word, the
    population, a place, a span of time) is a rate."""
    head, slash, per = key.partition("/")
    words = per.split()
    if not slash or not head.strip() or not words:
        return False
    return words[0][0].isdigit() or words[0] in PER_HEADS or _frequency_per(head.strip(), per)


def _frequency_per(head: str, per: str) -> bool:
    """``lần/khách hàng`` (MAIFI = 1,21: EVN, tinhuyquangtri 2018), ``lượt/thẻ/năm`` (2,1 visits per insurance card a
    year: BHXH, tienphong 2018): times counted per member of a population, or anything per a span of time after a
    further slash, is an average — ``lần`` alone already has decimals (``gấp 1,5 lần``), and a rate per year is a
    rate.  ``người/lượt``, ``vụ/đối tượng`` (two counts, no span) stay whole."""
    if head in DECIMAL_HEADS:
        return True
    return any(part.split()[:1] and part.split()[0] in SPAN_HEADS for part in per.split("/")[1:])


def _strip_scale_word(written: str) -> str:
    """``Nghìn lượt người`` → ``lượt người``; ``1.000 đồng`` → ``đồng``."""
    return re.sub(r"^\s*(?:1[.,\s]?000|\S+)\.?\s*", "", written, count=1)


@lru_cache(maxsize=4096)
def unit_kind(unit: str | None) -> str:
    """The checker's kind of a stored unit: ``count``, ``money``, ``percent``, ``measure`` or ``points``.

    Money rows are stored in đồng, measures as their symbol; any other unit
    (``công dân``, ``lượt cán bộ, chiến sĩ``, or none) is a count.
    """
    u = read_unit(unit or "")
    return u.kind if u else COUNT


def measure_symbol(unit: str | None) -> str | None:
    """The measure a unit is in (``m²`` → ``m2``, ``kg/tháng`` → ``kg``), or None if it is not a measure."""
    u = read_unit(unit or "")
    if u is None or u.kind != MEASURE:
        return None
    key = _key(u.text)
    return _MEASURE_BY_KEY.get(key) or _MEASURE_BY_KEY.get(key.split("/", 1)[0].strip())


#: A ditto mark typed in a unit cell: the unit of the row above (``Lượt khách`` then ``"`` under it): a straight or
#: curly double quote, two single quotes, the ditto sign, or the words ``nt`` / ``như trên`` (folded).
_DITTO = re.compile(r'^\s*(?:"|\u201c|\u201d|\u2033|\u3003|\'\'|-?\s*nt\s*-?|nhu tren)\s*$')


def is_ditto(typed: str | None) -> bool:
    """A unit cell saying «as above» (c02: ``1. Tổng lượt khách phục vụ | Lượt khách``, then ``1.1. Lượt khách ngủ
    qua đêm | "``): the unit is the last one typed above it, never none."""
    if not typed:
        return False
    t = unicodedata.normalize("NFD", str(typed)).replace("đ", "d")
    return bool(_DITTO.match("".join(c for c in t if not unicodedata.combining(c)).casefold()))
