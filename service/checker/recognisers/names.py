"""Names that contain a number: ``Covid-19``, ``V-30``, mô hình ``"4 an toàn"``, ``"5 không, 3 sạch"``,
``mô hình 2 cấp``, ``2 nhiệm vụ chiến lược``, ``Trung đoàn 812``, ``Bệnh viện Quân y 175``."""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, alternation
from service.checker.recognisers.amountafter import amount_follows
from service.checker.recognisers.gluedlist import family_sibling
from service.checker.recognisers.placecounts import place_figure
from service.checker.recognisers.nouns import (COUNTED, NounBefore, after_a_count, noun_at_end, noun_set,
                                               numbers_in, words_before)
from service.checker.recognisers.vocab import (COUNT_UNITS, DEFINITION_ADJECTIVES, DEFINITION_NOUNS, NAMING_NOUNS,
                                               PLACE_NOUNS, PROGRAMME_NOUNS, SET_PHRASES, UNIT_NOUNS)
from service.numwords import VOCABULARY as NUMBER_VOCABULARY

_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_WORD = r"[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười"

#: ``Giá vàng 9999``, ``vàng SJC 9999``, ``vàng nhẫn 999,9``, ``vàng 24K``: gold named by its purity (a market box's
#: caption, a jeweller's product), never a count.
GOLD = Rule("gold-purity", "name", "gold purity", re.compile(
    r"(?i)(?<!\w)vàng(?:\s+(?:SJC|PNJ|DOJI|BTMC|nhẫn|miếng|trang\s+sức|ta|tây|ròng))*\s+"
    r"(9999|999[.,]9|99[.,]99|999|\d{2}\s?K)(?![\w.,]\d)(?!\w)"), needs=("vàng",))

#: ``xăng 92``, ``xăng E5 RON 92``, ``E5RON92``, ``RON95-III``, ``dầu DO 0,05%S``, ``diesel 0.05S``, ``mazut 180CST
#: 3.5S``: fuel named by its octane, sulphur content or viscosity (an inspection's samples, a price list's products),
#: never a count or a rate.
FUEL = Rule("fuel-grade", "name", "fuel grade", re.compile(
    r"(?i)(?<!\w)(?:xăng(?:\s+sinh\s+học)?(?:\s*E\d{1,2})?\s*RON\s*|E\d{1,2}\s*RON\s*|RON\s*|xăng\s+(?=(?:8\d|9\d)\b))"
    r"(\d{2,3}(?:\s*-\s*(?:[IVX]+|\d)(?!\d))?)(?![\w.,]\d)(?!\w)(?!\s*(?:lít|l|m3|m³|tấn|kg|thùng|can)(?!\w))"),
    re.compile(r"(?i)(?<!\w)(?:DO|diesel|điêzen|đi-ê-zen|mazut|madút|FO)(?:\s+\d+\s*CST)?\s+(\d+[.,]\d+\s*%?\s*S)(?!\w)"),
    re.compile(r"(?i)(?<!\w)(?:mazut|madút|FO)\s+(\d+\s*CST)(?!\w)"),
    needs=("xăng", "ron", "do ", "diesel", "điêzen", "đi-ê-zen", "mazut", "madút", "fo "))

#: ``Tháng Nhân đạo 2022``, ``Festival Huế 2022``: a year that names the edition of an event, right after its
#: capitalised name; never before a counted noun (``Festival Huế 2022 lượt khách`` counts).
_EDITION_YEAR = re.compile(r"(?<=[^\W\d_])[ \t]+((?:19|20)\d\d)(?![\w.,/]|\s*[-–]\s*\d)")
#: a hard-wrapped line: the year opening the next line, its sentence going on there (``Chiến dịch TNTN hè`` / ``2012
#: diễn ra trong không khí``: yk-thanh-hoa-tho-xuan-…-2012); never a year alone on its line (a table's cell one a line)
_EDITION_YEAR_WRAPPED = re.compile(r"(?<=[^\W\d_])[ \t]*\n[ \t]*((?:19|20)\d\d)(?=[ \t]+[^\W\d_])")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n\-–(\"“]\s*)$")


#: ``Hội chợ Mùa Xuân lần thứ nhất 2026``: the edition's ordinal between the name and its year.
_EDITION_ORDINAL = re.compile(r"(?i)[ \t]+lần[ \t]+thứ[ \t]+(?:[^\W\d_]+|\d+)[ \t]*[-–,]?$")


def _edition_year(text: str, m: re.Match) -> bool:
    if COUNTED.match(text, m.end(1)):
        return False
    end = m.start()
    ordinal = _EDITION_ORDINAL.search(text, max(0, end - 30), end)
    if ordinal is not None:
        end = ordinal.start()
    words = list(re.finditer(r"[^\W\d_]+", text[max(0, end - 40):end]))[-3:]
    lo = max(0, end - 40)
    for w in words:
        word = w.group()
        if word[0].isupper() and not _SENTENCE_OPEN.search(text[max(0, lo + w.start() - 3):lo + w.start()]):
            return True
    return False


EDITION_YEAR = Rule("edition-year", "year", "year of an event's edition", _EDITION_YEAR, _EDITION_YEAR_WRAPPED,
                    accept=_edition_year)

#: ``Covid-19``, ``COVID 19``, ``SARS-CoV-2``: the name of a disease.
#: ``khách sạn 5 sao``, ``đạt tiêu chuẩn 3 - 5 sao``, ``resort 4 sao``: a grade of lodging named by its stars, not a count.
STARS = Rule("star-grade", "name", "grade in stars", re.compile(
    r"(?i)(?:khách[ \t]+sạn|resort|tiêu[ \t]+chuẩn|hạng|lưu[ \t]+trú|nhà[ \t]+hàng|căn[ \t]+hộ|đạt)[ \t]+(?:từ[ \t]+)?"
    r"([1-5](?:[ \t]*(?:[-–]|đến|tới)[ \t]*[1-5])?)[ \t]+sao(?!\w)"),
    # ``khách sạn từ 3 đến 5 sao`` (yh-nhieu-tinh-nganh-du-lich), ``khách sạn 4 sao và 5 sao``: the grade after another
    re.compile(r"(?i)(?<![\d.,])[1-5][ \t]+sao[ \t]*(?:,|và|hoặc|đến|tới)[ \t]*([1-5])[ \t]+sao(?!\w)"),
    needs=("sao",))
#: ``số điểm cao nhất (4,42/5)``, ``đạt 8,5/10 điểm``: a score with a decimal over its scale (a whole of ten or less) —
#: the scale is no count.
SCORE_SCALE = Rule("score-scale", "name", "scale of a score", re.compile(
    r"(?<![\d.,])\d{1,2},\d{1,2}[ \t]*/[ \t]*(10|[2-9])(?![\d/.,]|,\d)"))
#: ``02 thí sinh đậu thủ khoa với số điểm 38,5/40`` (c24-quangngai-edu-tot-nghiep-thpt-2014): a score named ``điểm``
#: over its scale, whatever the scale (a whole exam's 40, 30) — the scale is no count.
SCORE_OUT_OF = Rule("score-out-of", "name", "scale of a score", re.compile(
    r"(?i)(?<!\w)điểm(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+\d{1,2}(?:,\d{1,2})?[ \t]*/[ \t]*(\d{1,3})(?![\d/.,]?\d)"),
    needs=("điểm",))
#: ``mức điểm từ 3,62-3,7 (theo thang điểm 4)``, ``điểm trung bình 8,2 trên thang điểm 10``: scores on a named scale.
_ON_SCALE = r"(?=[ \t]*\(?[ \t]*(?:theo|trên)?[ \t]*thang[ \t]+điểm)"
_SCORE = r"\d{1,2}(?:,\d{1,2})?"
SCORE_ON_SCALE = Rule("score-on-scale", "name", "score on a named scale", re.compile(
    rf"(?<![\d.,])({_SCORE})(?=(?:[ \t]*[-–][ \t]*{_SCORE})?{_ON_SCALE})"),
    re.compile(rf"(?<=[-–])[ \t]*({_SCORE}){_ON_SCALE}"), needs=("thang",))
#: ``BV Nhân dân 115``, ``BV Quân y 175``: a hospital abbreviated ``BV`` and named by words then its number (``tàu BV
#: 97979 TS``, a boat's registration, has no name between and stays a reference).
HOSPITAL = Rule("hospital-number", "name", "numbered hospital", re.compile(
    r"(?<!\w)BV[ \t]+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(\d{1,3})(?![\w.,/])"), needs=("bv",))
COVID = Rule("covid", "name", "Covid-19", re.compile(r"(?i)(?:covid|cov)\s*[-–]?\s*(\d+)"), needs=("cov",))  # "covid – 19"
#: ``V-30``, ``A-50``, ``DV.V-30``: letters, a hyphen, a number — a code.
_CODE = re.compile(r"(\d(?:(?<=[A-Za-zĐđ]-\d)|(?<=[A-Za-zĐđ] -\d)|(?<=[A-Za-zĐđ]- \d)|(?<=[A-Za-zĐđ] - \d))\d*)(?!\d)")
_CODE_LETTERS = re.compile(r"(?<![\w])[A-Za-zĐđ]{1,10}\s?-\s?$")
#: ``ĐH815-6`` (a variety), ``QL1A-2``: capitals glued to digits, a hyphen, digits — the number after the hyphen is
#: part of the code.
_CODE_AFTER_DIGITS = re.compile(r"(?<![\w.,])[A-ZĐ]{1,5}\d+[A-Z]?-(\d+)(?![\w/]|[.,]\d)")
CODE = Rule("code", "reference", "code", _CODE, _CODE_AFTER_DIGITS,
            accept=lambda text, m: m.re is _CODE_AFTER_DIGITS
            or bool(_CODE_LETTERS.search(text, max(0, m.start() - 14), m.start())))
#: ``5K``, ``4G``, ``3D``: a number glued to capitals is a name (``5KG``/``5KM`` written in capitals are units).
#: ``81Dahoi12``, ``IMG2045a``: a token of digits, Latin letters and digits again with no space — a file or picture
#: name a page prints, never how a report writes an amount (``31nghìn``, ``20đ/c``, ``5tỷ`` end in letters).
#: ``27T31`` (``giống lai 27T31``): digits, one capital, digits — a variety's or a model's code (an amount never puts a
#: capital between its digits; ``9h30`` is a time, read before).
MIXED = Rule("mixed-token", "name", "name of a file or picture", re.compile(
    r"(?<![\w.,/])(\d+(?:[A-Za-z]{2,}|[A-Z])\d+[A-Za-z0-9]*)(?![\w/])"))
#: ... unless it is one more count of a list of one abbreviated family (``1HCV, 2HCB``: ``gluedlist``).
GLUED = Rule("glued-code", "name", "code", re.compile(r"(\d(?<![\w.,]\d)\d*([A-ZĐ]{1,3}))(?![\w])"),
             accept=lambda text, m: not re.search(r"(?:KG|KM|HA|M|CM|MM|KW|KV|MW|GB|MB|TB|VND|VNĐ|Đ)$", m.group(1))
             and not family_sibling(text, m.start(1), m.end(1), m.group(2)))


def _heading_line(text: str, pos: int) -> bool:
    """The line around ``pos`` is written in capitals (a heading), not a sentence."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    letters = [c for c in text[a:b if b >= 0 else len(text)] if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _capital_word(w: str) -> bool:
    return w[0].isupper() and w[0].isalpha()


class CodeNumber(Recogniser):
    """``BV 97979 TS``, ``QL 1A``: a number between codes written in capitals, or a long one after a code.

    ``UBND 16 xã``, ``Hội CCB 20;`` (a list of counts) and headings in capitals are no codes.
    """

    name, kind = "capital-code", "reference"
    _AFTER_OK = re.compile(r"[ \t]*(?:$|[^\w\s]|[A-ZĐ])", re.M)

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, numeral, lw in numbers_in(text, a, b):
            if not lw or not lw[0].isalpha() or not text[max(0, s - len(lw) - 1):s].lstrip()[:1].isupper():
                continue
            if not self._AFTER_OK.match(text, e) or re.match(r"\s*[%‰]|\s?/\s?\d", text[e:e + 3]):
                continue
            words = words_before(text, s)
            if not words or not _capital_word(words[-1]):
                continue
            if not (words[-1].isupper() and len(words[-1]) >= 2) or _heading_line(text, s):
                continue  # "6 THÁNG CUỐI NĂM 2023": a heading in capitals
            code_after = re.match(r"[ \t]+[A-ZĐ]{2,}(?![\w])", text[e:e + 12])
            if code_after or (numeral.isdigit() and len(numeral) >= 4):  # "CCB 20;" in a list counts
                yield Claim(s, e, "reference", "code", self.name)


CODE_NUMBER = CodeNumber()

_COUNT_FIRST_WORDS = frozenset(u.split()[0] for u in COUNT_UNITS)
#: Words that count people or things in pairs without a counted noun: ``2 nam, 3 nữ``, ``29 tập thể, 26 cá nhân``.
_COUNTED_PAIRS = _COUNT_FIRST_WORDS | {"nam", "nữ", "tập", "cá", "đơn", "khối", "đội"}
#: Grammatical words and measure words no slogan counts: ``18 đến 25 tuổi`` is a range of ages.
_NOT_SLOGAN = frozenset("đến tới và hoặc hay với của trên dưới hơn là tuổi năm tháng ngày giờ phút lần".split())
#: ... nor a number word ("hai mươi ba" is one number), but "không" ("5 không": five noes).
_NO_SLOGAN_WORD = _COUNTED_PAIRS | _NOT_SLOGAN | (frozenset(NUMBER_VOCABULARY) - {"không"})
_PAIR = rf"(?:\d{{1,2}}|{_NUMBER_WORD})\s+[^\W\d_]+"
#: ``3 gặp 4 biết``, ``5 không, 3 sạch``, ``3 xây, 3 chống``, ``8 tiêu chí 5 không 3 sạch``: two or more numbers
#: each followed by one word, ending the phrase; optionally led by a number and the noun that counts the parts
#: of the name (``8 tiêu chí``).
_SLOGAN = re.compile(
    rf"(?<![\w.,/])((?:(\d{{1,3}})\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+)?{_PAIR}(?:,?\s+{_PAIR})+)"
    r"(?=\s*(?:[,.;:”\"»)!?]|$)|\s+(?:và|của|trong|là|được|theo|với|cho|tại|ở|đã|nhằm|để|gồm|đạt|trên)\b)")
_PAIR_WORD = re.compile(rf"(?:\d{{1,2}}|{_NUMBER_WORD})\s+([^\W\d_]+)")


class Slogan(Recogniser):
    """A slogan that counts its own words (``3 gặp 4 biết``, ``5 không, 3 sạch``): no word of it is a counted noun.

    A number and a noun right before it (``8 tiêu chí``) count the slogan's criteria: part of the name,
    unless the noun is a counted one (``120 hộ 5 không 3 sạch``: 120 households).  One claim for the whole.
    """

    name, kind = "slogan", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _SLOGAN.finditer(text, a, b):
            start = m.start(1)
            if m.group(2):
                head = m.group(3).lower()
                if head.split()[0] in _COUNT_FIRST_WORDS:
                    start = m.end(3) + len(text[m.end(3):m.end(1)]) - len(text[m.end(3):m.end(1)].lstrip())
            pairs = _PAIR_WORD.findall(text, start, m.end(1))
            if len(pairs) < 2 or any(w.isupper() for w in pairs):
                continue  # "hai mươi hai CCB": an abbreviation is a counted noun
            pairs = [w.lower() for w in pairs]
            if set(pairs) & _NO_SLOGAN_WORD:
                continue
            yield Claim(start, m.end(1), self.kind, "set phrase", self.name)


SLOGAN = Slogan()


_DEF_NOUN = re.compile(r"[ \t]+(" + alternation(DEFINITION_NOUNS) + r")(?!\w)", re.I)
_DEF_CUE_AFTER = re.compile(
    r"[ \t]*(?::|\(|[“\"«]|[–-][ \t]*[“\"«])"                                   # 04 phẩm chất: ..., 8 tiêu chí "..."
    r"|[ \t]+(?:" + alternation(DEFINITION_ADJECTIVES) + r")(?!\w)"                  # 6 nhiệm vụ trọng tâm
    r"(?![ \t]+(?:đạt|hoàn[ \t]+thành|xong)(?!\w))"  # not "7 tiêu chí cơ bản đạt" (c21-duclinh): an adverb, a result
    r"|[ \t]+(?:của|trong|theo|thuộc)[ \t]+(?:các[ \t]+)?(?:" + alternation(PROGRAMME_NOUNS) + r"|[“\"«])(?!\w)",
    re.I)                                                                          # 3 tiêu chuẩn của phong trào
# giảm cả 3 tiêu chí; a plan's parts set out: đề ra 11 nội dung, xác định 03 nhiệm vụ, gồm 5 giải pháp, đưa ra 4 giải
# pháp (yr-binh-phuoc-tand-tinh)
_DEF_CUE_BEFORE = re.compile(r"(?i)(?<!\w)(?:cả|đủ|đủ cả|đề ra|đặt ra|đưa ra|nêu ra|xác định|gồm|bao gồm|thông qua)[ \t]+$")
#: ``3 phong trào do Trung ương Hội phát động``, ``2 cuộc vận động do Mặt trận phát động``: the programmes another body
#: launched, counted — what they are, not what the period did (``tổ chức 15 buổi`` under them counts).
_LAUNCHED = re.compile(r"(?i)[ \t]+(?:phong[ \t]+trào|cuộc[ \t]+vận[ \t]+động|chương[ \t]+trình)(?:[ \t]+(?:thi[ \t]+đua|lớn))*"
                       r"[ \t]+do(?:[ \t]+[^\W\d_]+){1,8}?[ \t]+(?:phát[ \t]+động|ban[ \t]+hành|khởi[ \t]+xướng|đề[ \t]+ra)"
                       r"(?!\w)")


class DefinitionCount(Recogniser):
    """``04 phẩm chất: Tự tin – tự trọng``, ``3 tiêu chuẩn của phong trào``, ``6 nhiệm vụ trọng tâm``, ``kéo giảm cả
    3 tiêu chí``, ``2 kết quả nổi bật``, ``đề ra 11 nội dung``, ``3 chương trình mục tiêu quốc gia``: the number of
    parts of what a programme or a measure is (its criteria, qualities, tasks), stated with what they belong to, their
    list, or ``cả`` (all of them); ``3 phong trào do Trung ương Hội phát động``: the programmes another body launched.
    ``15/19 tiêu chí`` is a score, no name."""

    name, kind = "definition-count", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, numeral, _ in numbers_in(text, a, b):
            if not numeral.isdigit() or len(numeral) > 2 or text[s - 1:s] == "/" or text[e:e + 1] == "/":
                continue
            if _LAUNCHED.match(text, e):
                yield Claim(s, e, self.kind, "number of programmes another body launched", self.name)
                continue
            noun = _DEF_NOUN.match(text, e)
            if noun is None:
                continue
            if _DEF_CUE_AFTER.match(text, noun.end()) or _DEF_CUE_BEFORE.search(text, max(0, s - 12), s):
                yield Claim(s, e, self.kind, "number of parts of a definition", self.name)


DEFINITION = DefinitionCount()

#: ``trẻ được tiêm chủng đầy đủ 7 loại vắc xin``, ``tiêm đủ 8 loại vắcxin đạt 94,8%``, ``tiêm đủ 2 mũi``: the full
#: schedule a count is measured against — how many kinds or doses make it full — not a figure of the period.
FULL_SCHEDULE = Rule("full-schedule", "name", "the number of kinds or doses a full schedule has", re.compile(
    r"(?i)(?<!\w)(?:đầy\s+đủ|đủ)\s+(\d{1,2})(?![\d.,]\d)\s+(?:loại\s+(?:vắc[\s-]?xin|vaccine|vacxin)|mũi|liều)(?!\w)"),
    needs=("đủ",))


#: a naming noun right before a quotation (``Công trình thi đua "Xây dựng, sửa chữa 100 nhà ở cho hộ phụ nữ có hoàn
#: cảnh khó khăn"``: yk-da-nang-hoa-vang-hoi-lhpn-…-2016; ``phong trào "…"``, ``cuộc vận động "…"``): the quotation is
#: the name of what it names, however long.
_NAMED_BEFORE = re.compile(r"(?i)(?<!\w)(?:" + alternation(NAMING_NOUNS + ("thi đua", "công trình", "đề án")) +
                           r")[ \t]*[:,]?[ \t]*$")


class QuotedName(Recogniser):
    """``mô hình "4 an toàn"``, ``“5 không, 3 sạch”``, ``«3 sẵn sàng»``: a short quoted phrase is a name; a longer one
    right after a naming noun (``Công trình thi đua "Xây dựng, sửa chữa 100 nhà ở …"``) too.

    Each number in it is claimed (``name``); the rest of the quotation is claimed silently so its
    number words (``“Ba sạch”``) are not read either.
    """

    name, kind = "quoted-name", "name"
    _QUOTE = re.compile(r"[“\"«‘″]([^“”\"«»‘’″\n]{1,160})[”\"»’″]")
    _DIGITS = re.compile(r"\d+(?:[.,]\d+)*")

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in self._QUOTE.finditer(text, a, b):
            inner = m.group(1)
            if not re.search(r"[^\W\d_]", inner) or len(inner.split()) > 8 and not (
                    len(inner.split()) <= 25 and _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                continue
            s0, e0 = m.span(1)
            pos = s0
            for d in self._DIGITS.finditer(text, s0, e0):
                if d.start() > pos:
                    yield Claim(pos, d.start(), self.kind, "quoted name", self.name, silent=True)
                if not _YEAR.fullmatch(d.group()):  # "Áo dài đẹp qua ảnh năm 2020": a year, read as one
                    yield Claim(d.start(), d.end(), self.kind, "quoted name", self.name)
                pos = d.end()
            if pos < e0:
                yield Claim(pos, e0, self.kind, "quoted name", self.name, silent=True)


QUOTED = QuotedName()

#: ``Nghị quyết Trung ương 4 khóa XII``, ``NQTW 4 khóa 12``, ``Hội nghị TW 8``: a plenum of the Central Committee and the
#: term, by number — names, not counts.
PLENUM = Rule("plenum", "name", "a plenum of the Central Committee (and its term)", re.compile(
    r"(?<!\w)(?:(?i:trung\s+ương)|TW|TƯ|NQTW|NQ\s+TW)\s+(\d{1,2})(?![\d.,]\d)(?!\s*(?:%|(?!(?i:khóa|khoá))[^\W\d_]))"),
    re.compile(r"(?<!\w)(?:(?i:trung\s+ương)|TW|TƯ|NQTW|NQ\s+TW)\s+\d{1,2}\s*\(?\s*(?i:khóa|khoá)\s+(\d{1,2})(?![\d.,]\d)"),
    needs=("trung ương", "tw", "tư"))

#: Set phrases of the political register whose number is part of the name, digits or words.
SET_PHRASE = Rule("set-phrase", "name", "set phrase", re.compile(
    rf"(?<![\w.,/])(0?[1-9]|10|{_NUMBER_WORD})\s+(?:" + "|".join(SET_PHRASES) + r")(?!\w)"),  # no re.I: speed
    needs=tuple({re.sub(r"\(.*", "", p).split()[-1] for p in SET_PHRASES}))

_NAME_NUMBER = re.compile(r"(\d+[A-Za-z]?)(?![.,]\d)(?!\w)")


def _named_thing(text: str, s: int, e: int, words: list[str], k: int):
    """``mô hình 2 cấp``: a short number followed by a word, and not by a counted noun (``25 mô hình`` counts)."""
    m = _NAME_NUMBER.match(text, s)
    if m is None or len(m.group(1)) > 2 or after_a_count(words, k) or COUNTED.match(text, m.end()):
        return None
    return m.end() if re.match(r"\s+[^\W\d_]", text[m.end():m.end() + 3]) else None


#: ``mô hình 2 cấp``, ``phong trào 3 không``: a naming noun right before the number.
NAMED = NounBefore("named-thing", "name", "name of a model or movement", NAMING_NOUNS, _named_thing, so=False)

#: Grammatical words that cannot stand inside a unit's name (a closed class, not a vocabulary).
_FUNCTION_WORDS = frozenset("đã đang sẽ được bị có gồm là và với cho của tại đạt còn vừa mới cũng thì này đó trong "
                            "ra vào lên xuống từ đến nhận không chưa hơn trên dưới gần khoảng".split())
_UNIT_NOUNS, _UNIT_LONGEST = noun_set(UNIT_NOUNS)
_UNIT_LAST = frozenset(n.split()[-1] for n in _UNIT_NOUNS)
_PLACE_NOUNS, _PLACE_LONGEST = noun_set(PLACE_NOUNS)
#: places that take a capitalised name before a number of their own (``xã Tam Xuân 2``, ``thị trấn Nông trường Mộc
#: Châu``); bare before a number they count or name a programme (``xã 135``), so not in ``PLACE_NOUNS``
#: Nghệ An's wards are made of ``khối`` (``khối Hải Giang 1 phường Nghi Hải``): named, a place; bare, a grade or a bloc
_NAMED_PLACES, _NAMED_PLACES_LONGEST = noun_set(tuple(PLACE_NOUNS) + ("xã", "thị trấn", "khối"))
#: ``… Hải Giang 1 phường Nghi Hải``: after a place's numbered name, the place it lies in, named — an address, not a
#: count of wards (``1 phường`` counts only where no name follows)
_IN_NAMED_PLACE = re.compile(r"[ \t]+(?:phường|xã|thị[ \t]+trấn|quận|huyện|thị[ \t]+xã|thành[ \t]+phố|tỉnh)[ \t]+"
                             r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")
_NEAR = _UNIT_LAST | frozenset(n.split()[-1] for n in _PLACE_NOUNS) | {"xã", "trấn", "khối"}


#: ``cùng 3 tỉnh thuộc Quân khu 2 tổ chức giao quân`` (vnexpress 2026), ``Sư đoàn 320 tổ chức giáo dục truyền thống``
#: (gialaitv 2023): after a unit's name ``tổ chức`` is the verb (organises), not ``tổ`` counted — unless an
#: organisation's kind follows (``12 tổ chức đảng``, ``tổ chức cơ sở đảng``, ``tổ chức tín dụng``: organisations counted).
_ORGANISES = re.compile(r"\s+tổ\s+chức(?!\w)(?!\s+(?:đảng|cơ\s+sở|đoàn\s+thể|hội|thành\s+viên|chính\s+trị|xã\s+hội|"
                        r"tín\s+dụng|kinh\s+tế|quốc\s+tế|phi\s+chính\s+phủ|tôn\s+giáo)(?!\w))")


class UnitName(Recogniser):
    """``Trung đoàn 812``, ``Đại đội 2``, ``tiểu đoàn 4``, ``Đoàn 959``: a unit noun right before the number;
    ``Trung đoàn Bộ binh 6``, ``Trung đoàn BBĐP 896``, ``Bệnh viện Quân y 175``, ``Nhà máy Nhiệt điện Vũng Áng 1``:
    a capitalised unit noun with up to five words of its name between (the first capitalised when there are three
    or more, and the last too when there are more).
    ``mỗi tổ 02 người`` is a count per unit, ``Trung đoàn đã đón 62 chiến sĩ`` a sentence."""

    name, kind = "unit-name", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, _, _, lw in numbers_in(text, a, b):
            if lw not in _NEAR and _NEAR.isdisjoint(re.findall(r"\w+", text[max(0, s - 45):s].lower())):
                continue
            n = _NAME_NUMBER.match(text, s)
            if n is None or COUNTED.match(text, n.end()) and not _ORGANISES.match(text, n.end()) \
                    and not _IN_NAMED_PLACE.match(text, n.end()):
                continue
            if amount_follows(text, n.end()):
                continue  # "Quỹ tín dụng Trường Sơn 160 triệu đồng": an amount, no unit's number (amountafter)
            if place_figure(text, s, n.end()):
                continue  # "xã Thuận Hóa 13 ha", "(Điện Biên 82, …, Bến Tre 4, …)": a place's figure (placecounts)
            words = words_before(text, s)
            if words and words[-1].lower() == "số":
                words = words[:-1]
            if self._named(words):
                yield Claim(s, n.end(), self.kind, "named unit", self.name)

    @staticmethod
    def _named(words: list[str]) -> bool:
        for gap in (1, 2, 3):  # "thôn Bản Duồng 1", "khu phố Tân Hòa 2": a place noun, then its capitalised name
            between = words[-gap:]
            if len(between) < gap or not all(_capital_word(w) and not w.isupper() for w in between):
                break
            if noun_at_end(words[:-gap], _NAMED_PLACES, _NAMED_PLACES_LONGEST):
                return True
        k = noun_at_end(words, _UNIT_NOUNS, _UNIT_LONGEST)
        if k:  # "mỗi tổ 02 người" counts; "Lữ đoàn Thông tin 23 Quân khu 7" names two units
            return words[-k][0].isupper() or not after_a_count(words, k)
        for gap in (1, 2, 3, 4, 5):  # words of the name between the unit noun and the number
            between = words[-gap:] if len(words) >= gap else []
            if len(between) < gap or not all(w[0].isalpha() or w.startswith("(") or w in _DASHES for w in between):
                return False
            if any(w.lower() in _FUNCTION_WORDS for w in between):
                return False
            if between[0] in _DASHES or between[-1] in _DASHES:
                continue   # a dash joins two parts of the name: both sides are in it
            head = words[:-gap]
            k = noun_at_end(head, _UNIT_NOUNS, _UNIT_LONGEST)
            # three words or more: a proper name, first and last capitalised ("Nhà máy Nhiệt điện Vũng Áng 1"), or its
            # parts joined by a dash each capitalised ("Đoàn Kinh tế - Quốc phòng 959")
            if k and head[-k][0].isupper() and (gap < 3 or (between[0][0].isupper() or between[0].startswith("("))
                                                 and (gap == 3 or between[-1][0].isupper() or _dashed(between))):
                if k == 1 and _opens_sentence(head, k) and not between[0][0].isupper():
                    return False  # ". Ban hành 51 kháng nghị": a one-word noun's capital is the sentence's
                return True
        return False


UNIT = UnitName()

_DASHES = ("-", "–")


def _dashed(between: list[str]) -> bool:
    """``Kinh tế - Quốc phòng``: a name of parts joined by a dash, each part capitalised."""
    marks = [i for i, w in enumerate(between) if w in _DASHES]
    return bool(marks) and all(between[i + 1][0].isupper() for i in marks)


def _opens_sentence(words: list[str], k: int) -> bool:
    """The noun of the last ``k`` words starts a sentence: its capital is the sentence's, not a name's."""
    return len(words) == k or words[-k - 1] in (".", "!", "?", ":", "…")


#: ``trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính có 4 nhóm tăng giá``, ``Tháng 9, trong 11 nhóm hàng hóa và dịch
#: vụ chính, chỉ có 2 nhóm …``: the whole of a standing classification (its ``main`` groups, sectors, kinds: ``chính``
#: closes the phrase) framing the parts the sentence counts — what the classification is, not what the period did. The
#: parts after ``có`` stay figures.
FRAME = Rule("classification-frame", "name", "the groups of a standing classification", re.compile(
    r"(?i)(?<!\w)trong[ \t]+(?:số[ \t]+)?(\d{1,2})[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,9}?[ \t]+chính[ \t]*,?[ \t]*"
    r"(?:thì[ \t]+)?(?:chỉ[ \t]+)?có[ \t]+(?:tới[ \t]+|đến[ \t]+)?\d"), needs=("chính",))
