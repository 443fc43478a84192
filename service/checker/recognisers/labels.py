"""Numbers that label or describe rather than count: ordinals (``lần thứ 2``, ``tuần 1``, ``chặng 1``, ``đợt 1``) and
places (``thôn 7``, ``tổ 8``, ``số 12 đường Lê Lợi``, ``Quốc lộ 14``, ``Km 27+500``), map scales,
coordinates and temperatures (``35 độ C``).

Vietnamese puts a counted noun *after* its number (``1 đợt``, ``3 thôn``) and a label noun *before* it
(``đợt 1``, ``thôn 3``); ``mỗi tổ 02 người`` (a count per unit) and ``tổ 8 người`` keep their count.
"""

from __future__ import annotations

import re

from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, alternation
from service.checker.recognisers.nouns import COUNTED, NounBefore, after_a_count, numbers_in, words_before
from service.checker.recognisers.vocab import COMPOUNDS, LABEL_NOUNS, PLACE_NOUNS, ROAD_CODES

#: A quantity word or a unit after the number, or more digits: no label.
#: ``tỉnh lộ 10C và 10D``, ``loại 1, 2``, ``đối tượng 02, 03``: more labels of the same noun.
_MORE_LABELS = re.compile(r"(?:\s*(?:,|và|hoặc|hay)\s*\d{1,4}[A-Za-z]?(?![\w.,/]\d)(?!\w))+")
#: (nor the first end of a range of amounts: ``ở mức 37-39 triệu đồng/tấn``, xt-ba-ria-vung-tau-cao-su-…-2020-10 —
#: the level's noun before a price range, whose second end carries the unit)
_NOT_A_LABEL = re.compile(r"[.,/:]\d|\w|\s*(?:[-–]\s*\d[\d.,]*\s*)?(?:%|triệu|tỷ|nghìn|ngàn|đồng|km|m2|ha|kg|tấn)(?!\w)",
                          re.I)
_LABEL_NUMBER = re.compile(r"\d{1,3}[A-Za-z]?")
_PLACE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?(?:\s?\+\s?\d{1,3})?")


#: An organisation of the place before its noun: ``chi hội CTĐ ấp 1 chi hội ấp 4`` (yf-binh-phuoc-…-hoi-chu-thap-do-2022),
#: ``Chi bộ thôn 3 15 đảng viên``: the number names the place whose branch it is, whatever noun follows it.
_BRANCHES = frozenset(("chi hội", "chi bộ", "chi đoàn", "chi nhánh", "ban", "hội", "đội", "clb", "câu lạc bộ", "đảng bộ",
                       "ban công tác mặt trận", "hợp tác xã", "htx", "trường", "trạm"))


def _branch_of_place(words: list[str], k: int) -> bool:
    """The place noun (the last ``k`` words) follows a branch's noun, an abbreviation in capitals maybe between."""
    rest = words[:-k]
    if rest and len(rest[-1]) > 1 and rest[-1].isupper():
        rest = rest[:-1]      # "chi hội CTĐ ấp 1": the organisation's short name
    return any(" ".join(rest[-n:]).lower() in _BRANCHES for n in (1, 2, 3, 4) if len(rest) >= n)


#: Prepositions and adverbs of time that open a sentence (``Trong``, ``Qua``, ``Sau`` …): capitalised there as any
#: first word, they begin no name — ``Trong tuần 21 (từ ngày 16 - 22/5), toàn tỉnh trở về "vùng xanh"``
#: (c28-backan, a line of its own under the title) is the week's number as ``trong tuần 31 (từ ngày 31/7-6/8)`` is
#: mid-sentence (t7-hcm-tcm-2023-tuan31). Open-ended: a word not listed keeps the name reading (``Mặt trận 9 ấp``).
CLAUSE_OPENERS = frozenset(("trong", "qua", "sau", "từ", "đến", "tới", "tại", "ở", "với", "cuối", "đầu", "riêng",
                            "trước", "hết", "giữa", "vào", "suốt", "kể"))
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;\n])[\s\"“'(\[-]*$")


def opens_clause(text: str, s: int, word: str) -> bool:
    """Is ``word`` (the token before the label noun ending right before ``s``) a preposition opening its sentence?"""
    if word.lower() not in CLAUSE_OPENERS:
        return False
    at = text.rfind(word, max(0, s - 60), s)
    return at >= 0 and _OPENING_BEFORE.search(text[max(0, at - 20):at]) is not None


def _plural_labels(text: str, end: int, words, k: int) -> bool:
    """``Các nguyện vọng 2, 3 lần lượt chênh nhau …`` (c28-dantri), ``các lớp 1, 2``: a plural determiner, the noun, then
    a list of numbers — the members named one by one, labels (``các thôn 3`` alone stays a count of the noun's)."""
    prev = words[-k - 1].lower() if len(words) > k else ""
    return prev in ("các", "những") and _MORE_LABELS.match(text, end) is not None


def _label(number: re.Pattern, branch: bool = False):
    def accept(text: str, s: int, e: int, words: list[str], k: int):
        m = number.match(text, s)
        if m is None or after_a_count(words, k) and not _plural_labels(text, m.end(), words, k):
            return None
        if k == 1 and words[-1][0].islower() and len(words) > 1 and words[-2][0].isupper() \
                and not (len(words[-2]) > 1 and words[-2].isupper()) and not opens_clause(text, s, words[-2]):
            return None  # "Mặt trận 9 ấp", "Bộ Quốc phòng 312": the noun ends a capitalised name (not after an
            # abbreviation: "Chi cục THADS quận 4" is the district's office)
        if len(words) > k and f"{words[-k - 1].lower()} {' '.join(words[-k:]).lower()}" in COMPOUNDS:
            return None  # "triệu tập 30 đại biểu": "tập" is the end of a verb, 30 counts
        end = m.end()
        if _NOT_A_LABEL.match(text, end) or COUNTED.match(text, end) and not (branch and _branch_of_place(words, k)):
            return None
        more = _MORE_LABELS.match(text, end)
        if more and not COUNTED.match(text, more.end()) and not _NOT_A_LABEL.match(text, more.end()):
            end = more.end()
        return end
    return accept


#: ``lần thứ 2``, ``thứ 7``, ``kỳ họp thứ 5``: ``thứ`` makes any number an ordinal.
_THU = re.compile(r"(?<!\w)(?:[Tt]hứ|THỨ)\s+(\d{1,3})(?![\d.,]\d)(?!\s*(?:%|triệu|tỷ))")
#: ``tuần 1``, ``chặng 1``, ``đợt 2``, ``khóa 3``, ``lớp 9``, ``giai đoạn 2``, ``bài 4``.
ORDINAL_THU = Rule("ordinal-thu", "ordinal", "ordinal or label", _THU)
#: ``đứng thứ 28/224 quốc gia và vùng lãnh thổ`` (c21-baodautu-covid-ngay-15-1-2022), ``xếp thứ 5/63 tỉnh``: a rank
#: out of the ranking's size — the size is no figure either.
RANK_OF = Rule("rank-of", "ordinal", "the size of a ranking after a rank (thứ N/M)",
               re.compile(r"(?<!\w)(?:[Tt]hứ|THỨ)\s+\d{1,3}\s*/\s*(\d{1,4})(?![\d.,]\d)(?!\s*%)"), needs=("thứ",))
#: ``Ban Chỉ đạo … phong trào toàn dân bảo vệ an ninh Tổ quốc (BCĐ 138)`` (zr-tp-ho-chi-minh-xa-long-hai-bcd-138-…-2025),
#: ``(BCĐ 389)``: a body's short name in brackets with its programme's number — a name, not a count.
ABBR_NUMBER = Rule("abbr-number", "name", "a body's short name with its number, in brackets", re.compile(
    r"\((?:[A-ZĐ]{2,6})\s*(\d{2,4})\)"), needs=("(",))
#: ``công bố tấn hàng thứ 6 triệu trong năm 2014`` (zq-da-nang-…-2014), ``đón vị khách thứ 2 triệu``: the N-millionth of
#: what the word before ``thứ`` names — a milestone's rank, not an amount (no currency after it; ``Thứ 2 triệu tập``
#: is a weekday and a verb).
ORDINAL_MILLION = Rule("ordinal-million", "ordinal", "a milestone's rank (the N-millionth), not an amount", re.compile(
    r"(?<=[^\W\d_]\s)thứ\s+(\d{1,3}(?:,\d+)?\s+(?:triệu|tỷ))(?!\w)(?!\s*(?:tập|đồng|USD|VNĐ|VND|đ)(?!\w))"),
    needs=("thứ",))
ORDINAL = NounBefore("label", "ordinal", "ordinal or label", LABEL_NOUNS, _label(_LABEL_NUMBER))
#: ``Lộ diện top 10 tỉnh thành``, ``3 địa phương còn lại trong top 5``: the size of a ranking, whatever it ranks.
TOP = Rule("top-n", "ordinal", "the size of a ranking (top N), not a figure of the period",
           re.compile(r"(?<!\w)(?i:top)\s*(\d{1,3})(?![\d.,]\d)(?!\s*%)"), needs=("top",))

#: ``3 tỉnh thành có chỉ số tăng mạnh nhất lần lượt là Thái Nguyên, Thừa Thiên Huế và TPHCM``
#: (yi-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10), ``5 tỉnh, thành phố có kim ngạch xuất khẩu cao nhất cả
#: nước lần lượt là: TP …`` (p17-thanhnien-xuatkhau-bacninh-2025-10), ``10 tỉnh có diện tích trồng ngô lớn nhất (ha)``
#: (s3-atlasnn-san-xuat-ngo-2005-2017), ``2 tỉnh đạt cao nhất là Thừa Thiên - Huế và Yên Bái``
#: (c27-quangnam-mttq-cu-tri-di-bau-98-77-2016): a count of units, their noun, ``có``/``đạt``, what they are ranked by and a superlative (``cao nhất``,
#: ``lớn nhất``, ``mạnh nhất``, ``nhiều nhất``, ``thấp nhất``) in the same clause — how many of the top the text names
#: (a top N without ``top``), the writer's choice, not a figure. A comma ends the clause (``16 tỉnh chưa đạt 15%, thấp
#: nhất là Cần Thơ (8%)`` counts the provinces below 15%), and without ``có``/``đạt`` a superlative may say which score a
#: count is (``đạt 95 điểm cao nhất``).
_TOP_SUPERLATIVE = re.compile(
    r"(?i)(?<![\w.,/])(\d{1,2})(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?(?:,\s+(?:thành\s+phố|thành))?"
    r"\s+(?:có|đạt)(?:\s+(?!và\b|nhưng\b)[^\W\d_]+){0,8}?\s+(?:cao|lớn|nhiều|mạnh|thấp|nhỏ|ít|đông)\s+nhất(?!\w))")
TOP_SUPERLATIVE = Rule("top-superlative", "ordinal", "how many of the top the text names (3 tỉnh có chỉ số tăng mạnh "
                       "nhất), not a figure of the period", _TOP_SUPERLATIVE, needs=("nhất",))

#: ``3 địa phương còn lại trong top 5 cũng có mức thu nhập bình quân trên 7 triệu đồng/người/tháng là Đồng Nai, TP. HCM,
#: Hải Phòng`` (c12-vn-thunhap-2024), ``Ngoài Hà Tĩnh, 4 đơn vị có tỷ lệ học sinh đoạt giải cao nằm trong top 5 đứng đầu
#: cả nước gồm: …`` (held-out yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018): a count of units, their noun, then
#: (within a few words, no comma or stop) ``trong``/``vào`` ``top N`` — how many of a top the text goes on to name, a
#: share of the ranking ``TOP`` reads, not a figure. ``10 xã đạt chuẩn, đứng trong top 3 của tỉnh`` keeps its 10 (a
#: comma ends the clause).
_IN_TOP = re.compile(
    r"(?i)(?<![\w.,/])(\d{1,2})(?=\s+[^\W\d_]+(?:\s+(?!và\b|nhưng\b)[^\W\d_]+){0,10}?\s+(?:trong|vào)\s+top\s*\d)")
IN_TOP = Rule("in-top", "ordinal", "how many units of a top N the text names (4 đơn vị nằm trong top 5), not a figure of "
              "the period", _IN_TOP, needs=("top",))

#: ``loại 30 kg/con``, ``loại hơn 30kg/con``, ``cỡ 100 con/kg``, ``cỡ 20 – 200 con/kg``: the size of a grade of goods a
#: price is quoted for (one item's weight, or items to a kilo) names the class, not what the period produced. The bound
#: may be typed as a sign and the unit counted as one: ``cá ngừ đại dương loại mắt to vây vàng (loại > 30kg/1con)``
#: (xs-toan-quoc-tong-cuc-thuy-san-san-luong-thuy-san-2022-10t), the same class the directorate's 2019 quarter writes
#: ``loại trên 30kg/con`` (xe-toan-quoc-tong-cuc-thuy-san-khai-thac-hai-san-2019-q1).
GRADE = Rule("grade", "ordinal", "a grade of goods by its size (loại 30 kg/con, cỡ 100 con/kg), not a figure of the period",
             re.compile(r"(?i)(?<!\w)(?:loại|cỡ|size)\s+(?:(?:hơn|trên|dưới|từ|khoảng)\s+|[<>≤≥]\s*)?"
                        r"(\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:kg|g|gr|gam|con)\s*/\s*(?:1\s*)?(?:con|kg|quả|trái|củ))"
                        r"(?!\w)"),
             needs=("loại", "cỡ", "size"))
#: ``Sản phẩm may mặc 1000sp 14.5 18.36``, ``Thu ngân sách 1.000đ 5.907``: a table's unit in thousands glued to its
#: abbreviation, the row's values after it — the unit's scale, no figure (not ``1000đ/kg``: a price).
SCALED_UNIT = Rule("scaled-unit", "name", "a unit scaled by a power of ten (1000sp), not a figure", re.compile(
    r"(?<![\d.,/])(1(?:\.?000)+|10{2,})(?=[^\W\d_]{1,5}[ \t]+\d)"))
#: ``thôn 7``, ``Tổ 8``, ``khu phố 3``, ``Phường 3``, ``Quốc lộ 14``, ``ngõ 12``, ``Km 27+500``, ``tổ: 5``.
PLACE = NounBefore("address", "address", "address or place", PLACE_NOUNS, _label(_PLACE_NUMBER, branch=True), colon=True)
#: ``QL14``, ``QL.1A``, ``ĐT 741``, ``ĐT.741``: a road code.
#: Not the end of a compound abbreviation: ``Sở GD-ĐT 1 hồ sơ``, ``Sở KH&ĐT 17 hồ sơ`` count files, ``ĐT`` is no road.
_ROAD = re.compile(rf"(?<![\w&\-/])(?:{alternation(ROAD_CODES)})\s?[.\-]?\s?(\d{{1,4}}[A-Z]?)(?!\w)")
#: ``số 12 đường Lê Lợi``, ``số 5/2 phố Huế``, ``số 34 ngõ 12``: a house number.
_HOUSE = re.compile(r"(?=[sS])(?<!\w)(?<![Tt]ổng\s)[Ss]ố\s+(\d{1,4}[A-Za-z]?(?:/\d{1,4})?)\s*,?\s+"
                    r"(?=(?i:đường|phố|ngõ|ngách|hẻm|kiệt|quốc lộ|tỉnh lộ|thôn|ấp|khu phố|tổ)\s)")
#: ``số 390 Nguyễn Văn Cừ - Phường Lộc Phát``, ``tại số 12 Lê Lợi, phường 1``: a house number on a street named without
#: ``đường`` — the street's name (capitalised words) and then the ward or town it is in.
_HOUSE_ON_NAMED = re.compile(r"(?<!\w)[Ss]ố\s+(\d{1,4}[A-Za-z]?(?:/\d{1,4})?)\s+(?P<street>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})"
                             r"\s*[-–,]\s*(?i:phường|xã|quận|huyện|thị\s+trấn|thị\s+xã|thành\s+phố|tp\.?|p\.|tỉnh)(?!\w)")


#: ``tại Hội trường tầng 1, trụ sở 27 Trần Xuân Soạn, Hà Nội``, ``địa chỉ: 12 Lê Lợi``: a house number right after a
#: noun that introduces an address, then the street's name (two capitalised words or more).
_HOUSE_AFTER_SEAT = re.compile(r"(?i:trụ\s+sở|địa\s+chỉ|tọa\s+lạc\s+tại|toạ\s+lạc\s+tại)\s*:?\s+(?:[Ss]ố\s+)?"
                               r"(\d{1,4}[A-Za-z]?(?:/\d{1,4})?)\s+(?P<street>[^\W\d_]+(?:\s+[^\W\d_]+){1,3})(?=\s*(?:[-–,.;)]|$))")


def _street_named(text: str, m: re.Match) -> bool:
    """The words between the house number and the ward are a name (each capitalised), not ``số 2 xã đạt chuẩn``."""
    return m.re not in (_HOUSE_ON_NAMED, _HOUSE_AFTER_SEAT) or all(w[0].isupper() for w in m.group("street").split())


ROAD = Rule("road-or-house", "address", "address or place", _ROAD, _HOUSE, _HOUSE_ON_NAMED, _HOUSE_AFTER_SEAT,
            accept=_street_named)
#: ``tỷ lệ 1/500``, ``TỶ LỆ 1/2000``: a map's scale.
MAP_SCALE = Rule("map-scale", "reference", "map scale",
                 re.compile(r"(?i)\btỷ\s+lệ\s+(1\s*[/:]\s*\d{3,}(?:\.\d{3})*)(?![\d/])"), needs=("tỷ lệ",))
#: ``107047 - 107050 độ Kinh đông``, ``16020 - 16024 vỹ độ Bắc``, ``21°02' vĩ độ Bắc``: coordinates.
_COORD = r"\d(?<![\w.,]\d)[\d.,]*(?:\s*[°']\s*\d*)*(?:\s*[-–]\s*\d[\d.,]*(?:\s*[°']\s*\d*)*)?"
COORDINATES = Rule("coordinates", "address", "coordinates",
                   re.compile(rf"({_COORD})\s*(?:(?:°|độ)\s*(?i:kinh|vĩ|vỹ)|(?i:kinh|vĩ|vỹ)\s+độ)"), needs=("độ", "°"))

#: ``8.087 điểm bưu điện - văn hóa xã, bán kính bình quân phục vụ dưới 3 km``, ``trong bán kính 3 km quanh ổ dịch``: a
#: radius draws the zone something serves or covers — the size of the zone, not what the period did.
RADIUS = Rule("radius", "norm", "a radius (the size of a zone), not a figure of the period", re.compile(
    r"(?i)(?<!\w)bán\s+kính(?:\s+[^\W\d_]+){0,4}?\s+(?:(?:dưới|trên|khoảng|gần|hơn|tối\s+đa|chưa\s+đến|không\s+quá|từ)"
    r"\s+)?(\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:km|m|mét|cây\s+số))(?!\w)"), needs=("bán kính",))
#: ``35 độ C``, ``35°C``, ``38,5 oC``, ``nhiệt độ ngoài trời lên tới 40 độ``: a temperature (the weather, a
#: fever) is what the text describes, never a figure of the agency's work.
#: 38, 35-38, 36 – 40, and a range whose first end carries its own degree sign (``Hà Tĩnh 15° - 18°C``, a portal's
#: weather widget).
_DEGREES = r"\d(?<![\w.,]\d)(?:[\d.,]*\d)?(?:\s?(?:°|º)?\s?[-–]\s?\d(?:[\d.,]*\d)?)?"
_TEMPERATURE = re.compile(rf"({_DEGREES}\s?(?:°|º|độ|o)\s?C)(?![\w])")
_DEGREES_WORD = re.compile(rf"({_DEGREES}\s?độ)(?!\s*(?:kinh|vĩ|vỹ|bắc|nam|[A-Za-z]))(?!\w)")
_TEMPERATURE_CUE = re.compile(r"(?i)nhiệt\s+độ|\d\s?(?:°|º|độ)\s?C(?!\w)")


def _temperature_sentence(text: str, m: re.Match) -> bool:
    """``N độ`` without C is a temperature in a sentence that speaks of temperature (``nhiệt độ``, ``38 độ C``)."""
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 200)
    return bool(_TEMPERATURE_CUE.search(text, max(0, start), m.start()))


class Temperature(Recogniser):
    name, kind = "temperature", "temperature"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[a:b].lower()
        if not any(n in window for n in ("°", "º", "độ c", "oc", "nhiệt độ")):
            return
        for m in _TEMPERATURE.finditer(text, a, b):
            yield Claim(m.start(1), m.end(1), self.kind, "temperature", self.name)
        for m in _DEGREES_WORD.finditer(text, a, b):
            if _temperature_sentence(text, m):
                yield Claim(m.start(1), m.end(1), self.kind, "temperature", self.name)


TEMPERATURE = Temperature()


#: Words before ``số N`` that make N a quantity (``tổng số 120``, ``con số 12``, ``với số 30``), not a label.
_QUANTITY_BEFORE_SO = frozenset(
    "tổng con với có là được đạt trong các những về theo cho của và ở tại chiếm này đó trên dưới khoảng gần hơn "
    "nâng lên còn mức bằng từ đến tới giảm tăng thêm toàn bộ cả một hai ba nhiều ít đủ".split())


class NumberedThing(Recogniser):
    """``tổ máy số 1``, ``phòng số 3``, ``bàn số 2``: ``<noun> số N`` names the N-th one (a label), whatever the
    noun, unless a counted noun follows or the word before ``số`` makes it a quantity (``tổng số 120``)."""

    name, kind = "numbered-label", "ordinal"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, numeral, lw in numbers_in(text, a, b):
            if lw != "số" or not numeral.isdigit() or len(numeral) > 4:
                continue
            words = words_before(text, s)
            if len(words) < 2 or words[-1].lower() != "số" or not words[-2][0].isalpha() \
                    or words[-2].lower() in _QUANTITY_BEFORE_SO:
                continue
            if _NOT_A_LABEL.match(text, e) or COUNTED.match(text, e):
                continue
            yield Claim(s, e, self.kind, "numbered label", self.name)


NUMBERED = NumberedThing()


#: ``BR-VT là 1 trong 8 Cục Hải quan``, ``là một trong 3 đơn vị dẫn đầu``: "one of N" ranks; N sizes a group it belongs
#: to. Neither counts what the period did.
_ONE_OF = re.compile(r"(?<![\w.,])(?:(0?1)|một)\s+trong\s+(?:số\s+)?(?:(?:những|các)\s+)?(?:(\d{1,3})(?![\d.,]\d)(?!\w))?")


class OneOf(Recogniser):
    name, kind = "one-of", "ordinal"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "trong" not in text[a:b]:
            return
        for m in _ONE_OF.finditer(text, a, b):
            for g in (1, 2):
                if m.group(g):
                    yield Claim(m.start(g), m.end(g), self.kind, "one of a group (a rank), not a count", self.name)


ONE_OF = OneOf()

#: ``TAND 2 cấp``, ``Tòa án hai cấp``, ``chính quyền địa phương 2 cấp``, ``Hội 3 cấp``, ``Viện Kiểm sát nhân dân 2 cấp
#: trong tỉnh``, ``cơ quan điều tra 2 cấp``: the levels of an organisation
#: (part of its name), or where something is done (``ở 3 cấp: tỉnh, huyện, xã``), not a count; ``2 cấp ủy``,
#: ``3 cấp độ`` count.
_LEVELS = re.compile(r"(?<![\w.,])(0?[2-5])\s+cấp(?!\s*(?:ủy|uỷ|độ|học|bậc|phép|giấy|bằng|mới|đổi|lại|"
                     r"phát|cho|thẻ|sổ|vốn|kinh phí|tiền|nước|điện|hàng|gạo|quà|nhà|đất))(?!\w)")
_ORG_BEFORE = re.compile(r"(?:\b[A-ZĐ]{2,}[A-ZĐ\-]*|(?i:(?:tòa án|toà án|viện kiểm sát)(?: nhân dân)?|chính quyền"
                         r"(?: địa phương)?|hội|ngành|hệ thống|đoàn|công an|mặt trận|quân sự|đảng bộ|đại hội|hội nghị|"
                         r"tổ chức|bộ máy|thi hành án|kiểm sát|thanh tra|cơ quan (?:điều tra|tiến hành tố tụng|tư pháp)))"
                         r"\s*$")
#: ``Viện Kiểm sát nhân dân 2 cấp trong tỉnh``, ``cơ quan điều tra 2 cấp của tỉnh``: the levels within the area.
_LEVELS_WITHIN = re.compile(r"(?i)\s+(?:trong|của|toàn|trên\s+địa\s+bàn)\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|"
                            r"ngành|cả\s+nước|toàn\s+quốc)(?!\w)")


#: ``TTHC ở 3 cấp: tỉnh, huyện, xã``, ``cả 3 cấp``, ``dịch vụ công trực tuyến 3 cấp``: levels where something is done,
#: after a locative word or before the list of levels.
_LEVELS_AT = re.compile(r"(?i)(?:\bở|\bcả|\btại|\bcủa|\bcác|\btrực tuyến|\bđủ)\s*$")
_LEVEL_LIST = re.compile(r"(?i)\s*(?::|\(|,)?\s*(?:tỉnh|huyện|xã|trung ương|thành phố|quận|cơ sở)\b")


def _levels(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 40):m.start()]
    return bool(_ORG_BEFORE.search(before) or _LEVELS_AT.search(before) or _LEVEL_LIST.match(text, m.end())
                or _LEVELS_WITHIN.match(text, m.end()))


LEVELS = Rule("levels", "name", "levels of an organisation", _LEVELS, accept=_levels, needs=("cấp",))


#: ``mức độ 1,2 là 2.268 thủ tục``, ``loại 1,2``: two labels joined by a comma with no space, not a decimal.
def _consecutive(text: str, m: re.Match) -> bool:
    a, b = m.group(1).split(",")
    return int(b) == int(a) + 1


LABEL_PAIR = Rule("label-pair", "ordinal", "two labels (1 and 2), not a decimal", re.compile(
    r"(?i)(?<!\w)(?:mức\s+độ|cấp\s+độ|mức|loại|nhóm|hạng|cấp)\s+([1-9],[1-9])(?![\d.,]\d)"
    r"(?!\s*(?:%|lần|điểm|triệu|tỷ|nghìn|ngàn|đồng|tấn|ha|km)(?!\w))"), accept=_consecutive,
    needs=("mức", "loại", "nhóm", "hạng", "cấp"))
