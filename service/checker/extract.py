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

Order of reading: spans that are certainly not figures are claimed first by small named
recognisers (``service/checker/recognisers/``), run in the order of the ``CLAIMS`` registry
below — web furniture (addresses, file names, counters), headings, times, dates, periods,
slogans and definition counts, document references, names, ages, ordinals, addresses, unit
names, temperatures, and last what is left of lines that hold only numbers.  Every other
numeral (``135.697``, ``84,61``, ``346 000``) is then read with its context (qualifier and
comparison before; scale word — never its false friends ``tỷ lệ``, ``triệu chứng`` — ``trăm``/
``chục``, currency, unit after), two numbers joined as a range are one mention (``97- 98 %``,
``từ 15 đến 20 người``), and plain integers go through the ``CLASSIFIERS`` (anniversary, year,
length of a period, size of the area).  Numbers written in words (``hai mươi lăm``, ``hai tỷ
đồng``, ``hai phẩy năm``) are read by ``service.numwords`` and become mentions like digits
(``notation="word"``) when they count something.  Money in another currency keeps it
(``18,5 tỷ USD``: unit ``USD``).

Offsets are exact in the text given: nothing here normalises it (the checker hands NFC text and
maps offsets back to the caller's own characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from service.checker.pasted import cell_breaks
from service.checker.racetime import race_times
from service.checker.recognisers import (Claim, alternation, changes, classify, clock, currency, dates, documents,
                                        headings, labels, meetings, names, norms, shortscale, spelled, web, widgets)
from service.checker.listunits import list_units
from service.checker.cashword import cash_without_dong
from service.checker.amountadverb import adverbed_amount, stressed_amount
from service.checker.baseafter import base_after, base_between
from service.checker.recognisers.earlierbase import earlier_named
from service.checker.growth import growth_said
from service.checker.respective import respective_change
from service.checker.recognisers import (assigned, captions, forces, tolerances, perbase, between, related, sizeclass, chainage, conditions, contents, damage, daymonth, daylists, editions, durations, each, forecasts, formula, grouplevel, intake, landclass, merged, requests, required, seasonplan,
                                         relative, series, some, varieties, viewer, yearpair)
from service.checker.recognisers import anaphora, combined, criteria, examplebar, generation, judgments, perunitrange, citedyearly, lanes, routes, schoolgrades, sports, stamps, plates
from service.checker.recognisers import gradeformula, monthsyear
from service.checker.recognisers import fixtures, rigs, hotlines, listed, scenarios, singled, timetable, yearnoun
from service.checker.recognisers import digitname, namedlist, nameparticle, plusname
from service.checker.recognisers import covered
from service.checker.recognisers import alttext, averageone, kinds, oldyears, teachings
from service.checker.recognisers.comparedfirst import compared_first
from service.checker.recognisers.fractions import vulgar_fraction
from service.checker.recognisers import daypast, signs, voltage, wavelength, weather
from service.checker.recognisers import cjkbrackets, garbleddates, letterlabel
from service.checker.recognisers import buddhistera, teaserrun
from service.checker.recognisers import gradelevel
from service.checker.recognisers import lunardays
from service.checker.recognisers import cutoff
from service.checker.recognisers import codes, codeseries, yearrunto
from service.checker.recognisers import pricedvariety
from service.checker.recognisers.aspectpair import aspect_pair
from service.checker.recognisers import tetdays, teamname, momentdate, weightclass
from service.checker.recognisers import agereached, bodyclass, racedistance, termlength
from service.checker.recognisers import performance
from service.checker.recognisers import ageseries
from service.checker.recognisers import dashedpair
from service.checker.recognisers import allowance, eachrange, giftparts, grouplong, shifts, thresholdgroup, wonprize
from service.checker.recognisers import agedays, coming, risklevel, slugline
from service.checker.recognisers import reporters
from service.checker.recognisers import ifbound
from service.checker.recognisers.classify import EVENTS  # noqa: F401  (the one table of event years)
from service.checker.recognisers.vocab import COUNT_UNITS, NOT_COUNTED, WORD_COUNT_NOUNS
from service.figures.units import AMBIGUOUS_CURRENCY, CURRENCY_WORDS
from service.numwords import FALSE_FRIENDS, WordNumber, find_number_words

FIGURE_KINDS = ("count", "money", "percent", "measure", "change", "ratio")
NOT_FIGURE_KINDS = ("date", "time", "year", "period", "age", "anniversary", "reference", "name", "ordinal", "address",
                    "contact", "furniture", "section", "page", "temperature", "norm", "target",
                    "forecast")

_W = r"[^\W\d_]"  # a letter (any script)

SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
#: Number words that multiply digits before them: ``3 trăm người`` (300), ``2 chục hộ`` (20), ``5 trăm nghìn đồng``.
MULTIPLIERS = {"trăm": 100, "chục": 10}
MEASURES = {"km2": "km2", "km²": "km2", "km": "km", "m2": "m2", "m²": "m2", "m3": "m3", "m³": "m3", "ha": "ha",
            "kg": "kg", "tấn": "tấn", "tạ": "tạ", "lít": "lít", "m": "m", "cm": "cm",
            # the same measures spelled out ("408 hecta rừng", "12 ki-lô-mét", "3.500 mét vuông")
            "hecta": "ha", "héc-ta": "ha", "hécta": "ha", "héc ta": "ha", "ki-lô-mét": "km", "kilômét": "km",
            "kilomet": "km", "cây số": "km", "mét vuông": "m2", "mét khối": "m3", "ki-lô-gam": "kg", "kilôgam": "kg",
            "kilogam": "kg",
            # grams of a seizure ("2.935,49gram ma túy đá", yy-long-an-…; "300 gam"): spelled out only, never a bare "g"
            "gram": "g", "gam": "g", "gờ-ram": "g"}
QUALIFIERS = ("trên dưới", "khoảng chừng", "ước tính", "ước đạt", "xấp xỉ", "ít nhất", "tối thiểu", "tối đa", "không quá",
              "hơn", "trên", "gần", "khoảng", "chừng", "ước", "dưới")
_COUNT_UNITS_SORTED = sorted(COUNT_UNITS, key=len, reverse=True)
_WORD_UNITS_SORTED = sorted(set(COUNT_UNITS) | set(WORD_COUNT_NOUNS), key=len, reverse=True)


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
    recogniser: str | None = None        # the recogniser that claimed a non-figure (``clock-time``, ``ordinal``)
    low: Decimal | None = None           # a range's lower end (``97-98%``, ``từ 15 đến 20 người``); ``value`` is its upper

    @property
    def is_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    @property
    def text(self) -> str:
        return self.raw


# ---------------------------------------------------------------- the registry of recognisers

#: Claim recognisers, in the order they claim (an earlier claim wins the span).
CLAIMS = (
    # page furniture: web and IP addresses, file names, phones, counters (Lượt xem: 3.285), page numbers, file sizes,
    # footnotes
    viewer.FILE_COPY, web.LINK_TEXT, web.URL, web.IP, web.FILE_NAME, web.UNDERSCORED, web.PHONE_LABELLED, web.PHONE_BARE, web.PHONE_AREA, hotlines.REPEATED_HOTLINE, hotlines.HOTLINE_BRANCH, hotlines.SERVICE_NUMBER, web.COUNTER,
    web.LABEL_LINE, web.CODE_LITERAL, web.PAGE,
    web.DOCUMENT_FURNITURE, web.PAGE_ABBREVIATED, web.ASSIGNED, web.ENCODED, web.PERCENT_ENCODED, web.FOOTNOTE, web.FOREIGN_SCRIPT,
    cjkbrackets.CJK_BRACKETS,  # 【xỉu 2.5/3】: a copying site's tag between East Asian brackets
    # widgets: a comment box (Bạn còn 500/500 ký tự), reactions label first (Thích 15, Bình luận (3)), 👍 12
    widgets.COMMENT_BOX, viewer.PAGE_COUNT, viewer.RATING, viewer.SESSION, viewer.PUBLISHED, viewer.ENGLISH_UI, viewer.VIEWS_TOTAL,
    widgets.REACTION, widgets.PICTOGRAPH, widgets.STAMPED, widgets.STAMPED_BARE,
    # heading and list numbers: 2.4. Tuyên truyền, 1.Công tác, 1) Kết quả, 1. đã tập trung
    headings.SECTION, headings.LIST, headings.LIST_DOUBLE_MARK, headings.ITEM, headings.AFTER_CAPITALS, headings.NEXT_HEADING,
    # a table of contents: LỜI NÓI ĐẦU 4 … 6 1.1 Khái niệm 6 (page and section numbers after MỤC LỤC)
    contents.PAGE, contents.SECTION,
    # clock times: 09:43, 9h30, (GMT+7), lúc 14 giờ; a clock hour and a date: lúc 7h/20/7, 19h-19/7
    stamps.CLOCK_DAY, stamps.CUT_CLOCK, clock.TIME, clock.TIME_ZONE, clock.HOUR_SPAN, timetable.HOUR_SPAN_WORDS, timetable.SHIFTS, timetable.SPELLED_HOURS, clock.ROUND_THE_CLOCK, clock.TIME_CUED, relative.RELATIVE_TIME,
    # dates and quarters: 25/10/2021, 2017-11-24, (19/5), 30/4 và 1/5, Sáng 31-7, ngày 5 tháng 7, quý II/2017,
    # 19-10, Hội … (a dateline), January 2, 2017, 2/26/2019, (17 - 18/5)
    stamps.DAY_CLOCK, timetable.CUT_YEAR, timetable.DAY_SPAN_DASHED, dates.SHORT_PERIOD, dates.ACCENTLESS_DATE, garbleddates.GARBLED_CUTOFF, garbleddates.GARBLED_MONTHS, dates.DATE, dates.WEEK_YEAR, dates.WEEKDAY_DATE, dates.US_DATE, dates.DATELINE, dates.OPENING_DATE, dates.ENGLISH_DATE, dates.NAMED_DAY, dates.DAY_RANGE, dates.SPAN_START, dates.SPAN_END, dates.DOTTED_SPAN, dates.MONTH_PART_DAYS, dates.MONTH_YEAR, dates.DAY_MONTH, dates.DATE_PAIR, dashedpair.DASHED_DATE_AFTER_DATE, dates.DAY_MONTH_CUED, daypast.DAY_PAST_MONTH, daylists.DAYS_OF_MONTH, dates.DAY_LIST, editions.EDITION,
    dates.DAY_MONTH_WORDS, dates.DAY_MUNG, dates.DAY_BEFORE_TET, lunardays.LUNAR_DAY_RANGE, tetdays.TET_DAYS, momentdate.MOMENT_DATE, dates.DAY_ALONE, dates.MONTH, dates.QUARTER, dates.DAYS, dates.TIME_LEFT, coming.COMING_SPAN, dates.BASE_YEAR, buddhistera.BUDDHIST_YEAR, dates.ENGLISH_IN_YEAR, dates.ZERO_MONTH,
    # a body's term in digits: HĐND xã … khóa 20
    meetings.TERM, intake.INTAKE, yearpair.YEAR_PAIR, oldyears.OLD_YEAR_SPAN, oldyears.OLD_LUNAR_YEAR, oldyears.OLD_YEAR_AFTER_NAM,
    # slogans that count their own words: 3 gặp 4 biết, 8 tiêu chí 5 không 3 sạch (before "tiêu chí 5" is read as a
    # document's part)
    names.SLOGAN,
    # the whole of a standing classification framing its parts: trong 11 nhóm hàng … chính có 4 nhóm
    names.FRAME,
    # the base of a rate in an indicator's name: Số giường bệnh/1 vạn dân
    perbase.PER_POPULATION, perbase.PER_BASE_WORDED, perbase.PER_MILLE_TYPED, perbase.PER_ONE_IN_NAME,
    # the number of parts of a definition: 04 phẩm chất: ..., 6 nhiệm vụ trọng tâm, cả 3 tiêu chí
    names.DEFINITION, teachings.TEACHING_PARTS, kinds.KINDS_LISTED, names.FULL_SCHEDULE, listed.LISTED, singled.SINGLED,
    # the number of parts a statement holds over: ở cả 3 miền, ở cả 3 khu vực kinh tế
    covered.COVERED,
    # documents: 21-KL/TW, Quyết định 290, Chương trình phối hợp số 09, QĐ 1237
    documents.NUMBER_CODE, documents.LENGTH, documents.BY_TYPE_PAIR, documents.BY_TYPE, documents.BY_TYPE_NAMED, documents.BY_ABBREVIATION,
    # names: (4,42/5), Covid-19, V-30, "4 an toàn", 2 nhiệm vụ chiến lược, 3 gặp 4 biết, mô hình 2 cấp
    names.SCORE_SCALE, names.SCORE_OUT_OF, names.SCORE_ON_SCALE, names.HOSPITAL, names.COVID, names.STARS, names.GOLD, names.FUEL, names.PLENUM, names.EDITION_YEAR, names.CODE, plates.PLATE, names.QUOTED, plusname.PLUS_NAME, names.SET_PHRASE, names.NAMED,
    # ages: trên 60 tuổi, the members of a list of ages (70, 75 và 80 tuổi)
    norms.AGE_LIST, agedays.AGE_IN_DAYS, dates.AGE, agereached.AGE_REACHED,
    # what should be, not what was: tối thiểu 2 buổi/tháng, phải … ít nhất 01 hoạt động, xác định: Giảm … 25%,
    # phấn đấu … gần 232 tỷ đồng, tần suất 1-3 lần/ngày
    tolerances.LEGAL_LEVEL, tolerances.RATE_BASE, norms.RATE, norms.BOUND, signs.BOUND_SIGN, norms.CEILING, conditions.CONDITION_LIST, conditions.RULE_SHARES, ifbound.IF_BOUND, damage.DAMAGE_LEVEL, durations.DURATION, termlength.TERM_LENGTH, durations.STREAK, durations.DAYS_NAMED, durations.SPAN_SINCE, sizeclass.PER_UNIT_OPEN_END, between.BETWEEN_TWO, assigned.ASSIGNED_FOR_YEAR, norms.TARGET_LIST, norms.AIM, forecasts.FORECAST, scenarios.SCENARIO_NUMBER, scenarios.SCENARIO_VALUE, scenarios.SCENARIO, forecasts.LIKELY_LEVEL, forecasts.ALARM_LEVEL, seasonplan.SEASON_PLAN, norms.RANGE_RATE, norms.PER_PERIOD, norms.EMPTY_CLASS,
    # units, ordinals, places: Trung đoàn 812, lần thứ 2, tuần 1, thôn 7, QL14, tổ máy số 1, tỷ lệ 1/500,
    # coordinates, 35 độ C; school grades (lớp 1,2, khối 10 - 12); a journey's length (hành trình dài 1.700 km)
    fixtures.TEAM_SIZE, fixtures.VESSEL, rigs.RIG_NAME, schoolgrades.GRADE_LIST, schoolgrades.SEQUENCE_LIST, routes.JOURNEY_LENGTH, combined.COMBINED_VACCINE, sports.EVENT_DISTANCE, racedistance.DISTANCE_LIST, racedistance.BRACKETED, racedistance.RACE_WORD, sports.AGE_GROUP, ageseries.AGE_SERIES, sports.OLD_RECORD, weightclass.WEIGHT_CLASS, bodyclass.WEIGHT_AFTER_CLASS, bodyclass.WEIGHT_BEFORE_SEX, bodyclass.WEIGHT_LIST, bodyclass.HEIGHT_CLASS, judgments.COMPENSATION, judgments.INJURY_RATE, criteria.ALL_OF_COUNTED, examplebar.EXAMPLE_BAR, generation.GENERATION, perunitrange.PER_UNIT_RANGE, eachrange.EACH_RANGE, allowance.ALLOWANCE, thresholdgroup.THRESHOLD_GROUP, shifts.SHIFTS, giftparts.GIFT_PARTS, citedyearly.CITED_YEARLY,
    names.UNIT, teamname.TEAM_NAME, codes.OFFICE_CODE, yearrunto.YEAR_RUN_TO, forces.NICKNAMED, forces.TEAM_NUMBER, letterlabel.LETTER_LABEL, labels.ORDINAL_THU, labels.RANK_OF, labels.ORDINAL_MILLION, labels.ABBR_NUMBER, labels.GRADE, labels.SCALED_UNIT, labels.ORDINAL, labels.TOP, labels.TOP_SUPERLATIVE, labels.IN_TOP, labels.ONE_OF, anaphora.RESTATED_COUNT, labels.LEVELS, gradelevel.GRADE_LEVEL, labels.LABEL_PAIR, lanes.LANE_CHAIN, lanes.STREET_PAIR, lanes.DOTTED_PLACE, lanes.FLOORS, labels.PLACE, labels.ROAD, chainage.CHAINAGE, landclass.LAND_CLASS, merged.MERGED, labels.NUMBERED, labels.MAP_SCALE,
    yearpair.BROKEN_YEAR, yearpair.RANGE_OF_WHOLE, daymonth.DAY_MONTH, chainage.GRID, formula.LINE_FORMULA, formula.COLUMN_FORMULA, grouplevel.GROUP_LEVEL, grouplevel.GROUP_LEVEL_FIRST, grouplong.LONG_GROUP_LEVEL, each.EACH_LISTED, each.EACH_MADE_OF, requests.REQUEST, required.REQUIRED_SIZES,
    labels.COORDINATES, labels.RADIUS,
    labels.TEMPERATURE,
    # a wind's force on the Beaufort scale (gió mạnh cấp 8, giật cấp 10); a grid's voltage class (trạm 220kV); a
    # channel's frequency (kênh FM 94Mhz)
    weather.WIND_FORCE, risklevel.RISK_LEVEL, voltage.VOLTAGE, wavelength.FREQUENCY,
    # a product's grade after its code: NPK 20-20-15, NPK 16 - 16 - 8 (three numbers or more joined by dashes)
    gradeformula.GRADE_FORMULA,
    # codes: 5K, BV 97979 TS
    names.MIXED, names.GLUED, codeseries.CODE_SERIES, names.CODE_NUMBER,
    # varieties: lúa OM 5451, lúa Đài thơm 8, giống … ĐV 108; a price list's item: ; OM 380 giá 5.300 đồng/kg
    varieties.VARIETY, pricedvariety.PRICED_VARIETY, varieties.GRADE_CODE, varieties.DOTTED_CODE, some.ONE_SOME,
    some.ONE_PART,
    # a series of names sharing their words: ấp Phương Thạnh 1, Phương Thạnh 2; tàu SAR 274, SAR 631
    series.NAME_SERIES,
    # what is left of a line that holds only numbers (a counter column, gallery numbering, a table dumped cell by cell)
    web.NUMBER_LINE,
    # other stories' teasers after a related-reading heading at the foot (Có thể bạn quan tâm)
    related.RELATED_FOOT, teaserrun.TEASER_RUN,
    # pictures' lines: <headline> - 1 (an image's number), hon 27 nghin ho … hinh 1 (its file name)
    captions.CAPTIONS, alttext.ALT_TEXT, slugline.SLUG_LINE,
    # the count of the bodies a statement's figures come from: theo báo cáo của 63 sở LĐTBXH, tổng hợp từ 63 tỉnh
    reporters.REPORTERS,
    # a number whose next word the page cut off at its very end: xây dựng mới 9 c
    cutoff.CUT_OFF,
    # measures of one performance or person: phá kỷ lục quốc gia 10 giây 40, kỷ lục chạy 100m, bé … nặng 3,2 kg
    performance.BROKEN_RECORD, performance.RECORD_EVENT, performance.NAMED_WEIGHT,
    # the count of the names the sentence lists: Mỹ, Trung Quốc, Hà Lan lần lượt là 3 thị trường; 3 xã là A, B và C
    namedlist.NAMED_LIST,
    # numbers inside names: Dinh 1 Bảo Đại, Thánh Piô 10 Đà Lạt; Công ty TNHH MTV Cà phê 15, … xuất khẩu càphê 2/9
    digitname.DIGIT_INSIDE_NAME, digitname.COMPANY_NUMBER, nameparticle.NAME_BEFORE_PARTICLE,
)
#: Classifiers of a plain integer once read, in order.
CLASSIFIERS = (classify.anniversary, classify.year, monthsyear.months_year, classify.period, classify.area_size)

_SAME = re.compile(r"(?i)không\s+tăng,?\s+(?:và\s+)?không\s+giảm|không\s+tăng\s+giảm|(?:bằng|tương đương|giữ nguyên"
                   r"(?:\s+so\s+với)?)\s+cùng\s+kỳ")
#: A numeral: digits with ``.``/``,``, or thousands grouped by spaces (``346 000 ha``, ``9 600``; no leading 0).
#: A thousands dot with a stray space after it (``7. 180 phòng``: PDF text), mid-sentence and before a word; a decimal
#: comma with one (``Tỷ lệ hộ nghèo 25, 42%``: yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018), a rate after a word.
#: Every reading starts on a digit; ``(?=\d)`` says so first, so that the scan jumps from digit to digit instead of
#: trying the lookbehinds at every character (the same matches, about a sixth of the time on the 1 MB benchmark).
_CLUSTER = re.compile(r"(?=\d)(?:(?<=[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]{2})"
                      r"\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?(?![\d.,]\d)"  # "bằng107,07%", "ước đạt16.743 tỷ đồng": a
                      r"(?=[ \t]?%|\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng)(?!\w))"  # rate or amount glued to the verb before
                      r"|(?<!\w)(?<!\d[.,])(?:(?<=[^\W\d_][ ])[1-9]\d{0,2}\.[ ]\d{3}(?![\d.,]?\d)(?=[ \t]+[^\W\d_])"
                      r"|(?<=[^\W\d_][ ])\d{1,2},[ ]\d{1,2}(?=[ \t]?%)"
                      r"|(?:(?<=gần[ ])|(?<=gần[ ]{2})|(?<=hơn[ ])|(?<=hơn[ ]{2})|(?<=khoảng[ ])|(?<=trên[ ])|(?<=đạt[ ])|(?<=là[ ]))"  # noqa: E501
                      r"\d{1,3},[ ]\d{1,2}(?=[ \t]+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))"  # "gần  25, 3  nghìn tỷ đồng"
                      r"|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|\d(?:[\d.,]*\d)?))")
_VN_STRAY = re.compile(r"\d{1,3}\. \d{3}")
_VN_STRAY_DECIMAL = re.compile(r"\d{1,2}, \d{1,2}")
_VN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VN_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_VN_PLAIN = re.compile(r"\d+(?:,\d+)?")
#: ``3.131.93 tỷ đồng``: grouped thousands and a last group of one or two digits (a dot typed for the comma).
_DOT_FOR_COMMA = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+\.\d{1,2}")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EN_DEC = re.compile(r"\d+\.\d+")

#: ``tỷ lệ``, ``triệu chứng``: a scale word that starts another word (``service.numwords.FALSE_FRIENDS``).
#: A scale word, unless the word after it makes it another word (``tỷ lệ``, ``tỷ suất``, ``triệu tập``): each scale with
#: its own false friends (``145 nghìn suất quà`` is 145.000 portions; only ``tỷ suất`` is a rate).
_SCALE_WORD = "|".join(
    re.escape(w) + r"(?!\w)" + (r"(?!\s+(?:" + "|".join(FALSE_FRIENDS[w]) + r")(?!\w))" if w in FALSE_FRIENDS else "")
    for w in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ"))
#: A scale word may carry a larger one: ``2 nghìn tỷ đồng``, ``1,1 triệu tỷ đồng`` (10^15 đồng, the country's registered capital).
_SUFFIX = re.compile(
    r"(?P<pct>[ \t]?%|\s+phần\s+trăm(?!\w))"
    r"|(?P<scale>\s*(?:(?:trăm|chục|nghìn|ngàn|triệu(?=\s+t[ỷỉ](?!\w)))\s+)?(?:" + _SCALE_WORD + r")|\s+(?:trăm|chục)(?!\w))(?P<cur1>\s*(?:đồng|đ|VNĐ|VND|vnđ)(?!\w|/c(?!\w)))?"
    r"|(?P<cur>\s?(?:đồng|đ|VNĐ|VND|vnđ))(?!\w|/c(?!\w))"  # "đồng hồ", "đồng chí": recognisers.currency
    r"|(?P<meas>\s?(?:hecta|héc-ta|hécta|héc ta|ki-lô-mét|kilômét|kilomet|cây số|mét vuông|mét khối|ki-lô-gam|kilôgam|"
    r"kilogam|gờ-ram|gram|gam|km2|km²|km|m2|m²|m3|m³|m[ \t][23](?=[ \t]*(?:[.,;:)\n]|$))|ha|kg|tấn|tạ|lít|cm|m))(?!\w)", re.I)
#: (``92.700 m 3.``: m³ whose power a space split off, a stop right after it)
#: ``8,4 triệu m3 đất đá``, ``1,2 nghìn ha``: a measure after the scale word.
#: ``hơn 50 nghìn mét vuông nhà và công trình`` (yh-quang-nam-phong-canh-sat-pccc): a measure spelled out after it too.
_MEAS_AFTER_SCALE = re.compile(r"[ \t]?(?P<meas>hecta|héc-ta|hécta|héc ta|ki-lô-mét|kilômét|kilomet|cây số|mét vuông|mét khối|"
                               r"ki-lô-gam|kilôgam|kilogam|km2|km²|km|m2|m²|m3|m³|ha|kg|tấn|tạ|lít)(?!\w)", re.I)
#: ``/suất``, ``/1 phần quà``, ``/01 người``: a per-unit denominator (the ``1`` is no figure of its own).
_PER = re.compile(r"\s?/\s?(?:0?1\s+)?(" + _W + r"+(?:[ \t](?![A-ZĐ])(?!(?:so|cùng|và|với|là|của|so\s+với)(?!\w))"
                  + _W + r"+)?)")  # not into the next line, nor on to the words after a one-word unit ("USD/tháng so với")
_NOUN_TOKEN = re.compile(r"[ \t]*\n?[ \t]*(đ/c|Đ/c|" + _W + r"+)")  # a wrapped line, never a blank one
_QUAL_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?P<cmp>tăng thêm|giảm bớt|tăng|giảm)\s+(?:lần\s+lượt(?:\s+là)?\s+)?)?"  # "tăng lần lượt 18% và 27%"
    r"(?:(?P<q>" + "|".join(QUALIFIERS) + r")\s+)?(?P<sign>(?<=[ \t])[-−–+][ \t]?)?$")
#: ``tăng -0,82%``, ``giảm khoảng -44,4%``: a signed rate after the verb (statistics write a fall as a rise less than
#: nought); the minus says the fall, whichever verb stands before it (``giảm -34%``)
_MINUS = "-−–"
_COMPARATIVE = re.compile(r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+hơn\s+$")
#: ``tổng vốn đăng ký tăng thêm trên 1,6 tỷ USD``, ``tổng vốn đầu tư đăng ký cấp mới và tăng thêm gần 2,9 tỷ USD``
#: (c17-plo-fdi-8t-2011), ``tổng vốn đầu tư cấp mới và tăng thêm 298,08 triệu USD`` (the held-out
#: ze-vinh-phuc-ban-quan-ly-kcn-thu-hut-dau-tu-2022-11t), ``tổng vốn tăng thêm là 402,76 triệu USD`` (c13-bacgiang-kcn-10t):
#: ``tăng thêm`` names the capital added by the period's projects (an amount of the period), not a change of a level.
_ADDED_CAPITAL = re.compile(r"(?i)(?<!\w)vốn(?:\s+[^\W\d_]+){0,7}?\s+tăng\s+thêm\s+(?:(?:là|đạt)\s+)?(?:[^\W\d_]+\s+)?$")
_COMPARED_AFTER = re.compile(r"(?i)[^.;!?\n]{0,40}?(?<!\w)(?:so\s+với|so\s+cùng\s+kỳ)(?!\w)")
#: ``mỗi suất 200.000đ``, ``mỗi huyện có 10``, ``mỗi phần trị giá 400.000đ``, ``Mỗi suất học bổng trị giá 4,5 triệu``.
_MOI_BEFORE = re.compile(r"(?i)(?<!\w)mỗi\s+(" + _W + r"+(?:\s" + _W + r"+)?)(?:\s" + _W + r"+){0,3}\s+$")
_BASE_CUE = re.compile(r"(?i)cùng kỳ|so với[^.;]{0,30}?(?:năm|kỳ)\s+(?:trước|\d{4})|năm trước|kỳ trước")
_CLAUSE_END = re.compile(r"[.;!?]\s|\n\s*\n")
#: ``đồng`` is money only as an amount's currency (``56.313 tỷ đồng``, ``500 đồng``): not ``Đồng thời``, ``cộng đồng``,
#: ``hợp đồng``, ``Đồng Nai`` (``Đồng thời, thu hút khoảng 2,57 triệu lao động``: persons, yr-toan-quoc-vu-quan-ly-kkt)
_MONEY_CONTEXT = re.compile(r"(?i)tiền|trị giá|giá trị|kinh phí|ngân sách|vốn|quỹ"
                            r"|(?:(?<=\d)|(?<=\d\s)|(?<=nghìn\s)|(?<=ngàn\s)|(?<=triệu\s)|(?<=tỷ\s)|(?<=tỉ\s))đồng(?!\w)")
_SPACES = re.compile(r"\s+")
#: ``tấn.km``, ``lượt người.km``, ``người.ngày``: a unit multiplied by another, written with a dot.
_PRODUCT = re.compile(r"\.(km|ngày|giờ)(?!\w)")   # lower case: ".Ngày 5/3" is a glued sentence


def product_of(unit: str) -> str | None:
    """``km`` for ``tấn.km``, ``lượt người.km``: the unit a quantity is multiplied by (None for a plain unit)."""
    m = _PRODUCT.search(unit or "")
    return m.group(1) if m else None
#: Another currency after the number or its scale word: ``18,5 tỷ USD``, ``2,5 triệu đô la Mỹ``, ``12 EUR``, ``300$``;
#: ``đô`` alone only after a scale word (``300 nghìn đô``; ``5 đô thị`` are towns).
_NOT_IN_TEXT = AMBIGUOUS_CURRENCY  # also a tarpaulin (bạt), a shift (kíp): only their codes are read in text
_FOREIGN = re.compile(r"[ \t]?(" + alternation(w for w in CURRENCY_WORDS if w not in _NOT_IN_TEXT) + r")(?![\w$€])",
                      re.I)
_FOREIGN_AFTER_SCALE = re.compile(r"[ \t]?(đô)(?!\w)(?![ \t]+(?:thị|đốc|hội|thành)(?!\w))", re.I)
_FOREIGN_BEFORE = re.compile(r"(US\$|\$|€)[ \t]?$", re.I)
#: The second part of a compound amount: ``1 tỷ 500 triệu đồng``, ``2 triệu 500 nghìn``; its scale and currency may be
#: written short (``68 tỷ 097 tr.đ``, ``12 tỷ 300 trđ``, ``5 triệu 200 ng.đ``), and a third part may follow the second
#: (``168.182 tỷ 330 triệu 867 nghìn đồng``).
_COMPOUND = re.compile(r"[ \t]+(\d{1,3})[ \t]+(?:(nghìn|ngàn|triệu)(?!\w)(\s*(?:đồng|đ|VNĐ|VND|vnđ)(?!\w|/c(?!\w)))?"
                       r"|(tr|ng)(\.?[ \t]?đ(?:ồng)?)(?!\w))", re.I)
_SHORT_SCALE = {"tr": "triệu", "ng": "nghìn"}
_CURRENCY_NEXT = re.compile(r"[ \t]*(?:đồng|đ|VNĐ|VND|vnđ)(?!\w|/c(?!\w))", re.I)
#: The units of a larger scale after ``nghìn``: ``1 nghìn 175 tỷ đồng`` (1.175 tỷ), ``2 nghìn 050 triệu``.
_THOUSANDS_OF = re.compile(r"[ \t]+(\d{1,3})[ \t]+(triệu|tỷ|tỉ)(?!\w)", re.I)


def _compound_scale(cm: re.Match) -> int:
    """The scale of a compound amount's part: ``triệu``, or ``tr`` of ``tr.đ``."""
    return SCALES[(cm.group(2) or _SHORT_SCALE[cm.group(4).lower()]).lower()]


def _compound_currency(cm: re.Match) -> bool:
    """The part names the currency: ``500 triệu đồng``, ``097 tr.đ``."""
    return bool(cm.group(3) or cm.group(5))


def _read_numeral(s: str) -> tuple[Decimal, int, str, tuple] | None:
    """(value, decimals, notation, alternatives) of a numeric cluster, or None if it is no number."""
    alts: list[Decimal] = []
    try:
        if _VN_STRAY.fullmatch(s):
            return Decimal(s.replace(". ", "")), 0, "vn", ()
        if _VN_STRAY_DECIMAL.fullmatch(s):
            return Decimal(s.replace(", ", ".")), len(s.split(", ")[1]), "vn", ()
        if _VN_SPACED.fullmatch(s):
            return Decimal("".join(s.split())), 0, "vn", ()
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

    words = _word_candidates(text)
    windows = _digit_windows(text)
    if words:
        windows = _merge_windows(windows, [(w.start, w.end) for w in words], text)
    for a, b in windows:  # windows are disjoint and every claim lies in one: same claims as recogniser-major
        for recogniser in CLAIMS:
            for c in recogniser.find(text, a, b):
                if claimed[c.start]:
                    continue
                claimed[c.start:c.end] = b"\x01" * (c.end - c.start)
                if not c.silent:
                    out.append(_claimed(text, c))

    out = _durations(text, claimed, out)   # 2 tiếng 16 phút 52 giây: one finishing time, in seconds
    for sp in spelled.spelled_out(text):  # 13.503.000.000đ (Mười ba tỷ, năm trăm linh ba triệu đồng): one claim
        if any(claimed[sp.open:sp.close]):
            continue
        claimed[sp.open:sp.close] = b"\x01" * (sp.close - sp.open)
        if not sp.same:  # the words say another number: read as one number, which the table must hold
            out.append(_read_words(text, sp.words))

    for m in _SAME.finditer(text):
        s, e = m.span()
        if not claimed[s]:
            claimed[s:e] = b"\x01" * (e - s)
            out.append(Mention(s, e, s, e, text[s:e], Decimal(0), "change", comparison="không đổi",
                               note="no change against the same period"))

    covered = 0  # end of the last number expression: ``500.000đ/1 phần quà`` holds its ``1``
    pos = 0
    breaks = cell_breaks(text)   # "Phẩm chất 953 194 187": a pasted row's cells, no number grouped by spaces
    while (m := _CLUSTER.search(text, pos)) is not None:
        s, e = m.span()
        if breaks and (cut := next((k for k in range(s, e) if k in breaks), None)) is not None:
            e = cut
        pos = e
        if claimed[s] or s < covered or any(claimed[s:e]):
            if any(ch in " \u00a0\u202f" for ch in m.group()):
                pos = _DIGITS.match(text, s).end()  # "lớp 2 300 em": "2" claimed, "300" read on its own
            continue
        mention = _read_at(text, s, e)
        if mention is not None:
            ranged = _range(text, mention, claimed) or _change_range(text, mention, claimed)
            if ranged is not None and not (breaks and any(k in breaks for k in range(ranged.start, ranged.end))):
                mention = ranged   # "-34,785 -457,244": two cells of a pasted row, no range
            out.append(mention)
            covered = mention.end

    for w in words:
        if not any(claimed[w.start:w.end]):
            out.append(_read_words(text, w))
    out.sort(key=lambda x: x.num_start)
    _link_pairs(text, out)
    _from_to_units(text, out)
    list_units(text, out)
    cash_without_dong(text, out)
    _unmarked_changes(text, out)
    _mark_bases(text, out)
    return out


#: ``từ 50,08 ở thời điểm đầu năm xuống còn 42,74%``: the old value of a change from … to, written bare, before the
#: verb that carries the new one (``xuống``/``lên``, ``còn``/``mức``/``đến``, a qualifier) in the same clause.
_FROM_OPEN = re.compile(r"(?i)(?<!\w)từ\s*(?:(?:gần|hơn|trên|khoảng|dưới)\s+)?$")
_TO_VERB = re.compile(r"(?i)[^.;:\n\d%]{0,60}?(?<!\w)(?:xuống|lên)(?:\s+(?:còn|mức|đến|tới))?"
                      r"(?:\s+(?:gần|hơn|trên|khoảng|xấp\s+xỉ|dưới|chỉ|còn))?\s*$")


#: ``tăng 52,9% (từ 736.095 đến 1,12 triệu tấn)``: ``đến``/``tới`` joins a change's old and new values when the change
#: is said just before ``từ`` (else ``từ 15 đến 20`` is a range, read elsewhere).
_TO_AFTER_CHANGE = re.compile(r"[ \t]+(?:đến|tới)[ \t]+(?:(?:gần|hơn|trên|khoảng|xấp\s+xỉ|dưới)[ \t]+)?$")
_CHANGED_JUST_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)[^.;!?\n]{0,60}$")


def _from_to_units(text: str, mentions: list[Mention]) -> None:
    """The bare old value of a change from … to takes the new value's unit: ``từ 50,08 ở thời điểm đầu năm xuống
    còn 42,74%`` is 50,08 %, ``giảm từ 12 xuống còn 8,5 ha`` 12 ha (a count with no unit of its own, no suffix).
    Where the new value has a scale word, the old one takes it only if that keeps the two of one size: ``từ 15 lên 20
    triệu tấn`` is 15 triệu tấn, ``tăng 52,9% (từ 736.095 đến 1,12 triệu tấn)`` 736.095 tấn (not 736.095 triệu)."""
    figures = [m for m in mentions if m.value is not None]
    for a, b in zip(figures, figures[1:]):
        if a.kind != "count" or a.unit is not None or a.end != a.num_end or a.partner is not None \
                or b.kind not in ("percent", "measure") or a.scale != 1 or b.scale != 1 and b.kind != "measure":
            continue
        opened = _FROM_OPEN.search(text, max(0, a.num_start - 20), a.num_start)
        if opened is None or not (_TO_VERB.fullmatch(text, a.end, b.num_start) or (
                _TO_AFTER_CHANGE.fullmatch(text, a.end, b.num_start)
                and _CHANGED_JUST_BEFORE.search(text, max(0, opened.start() - 80), opened.start()))):
            continue
        if b.scale == 1:
            a.kind, a.unit, a.value = b.kind, b.unit, a.numeral
        elif a.numeral and b.value and a.numeral > 0 < b.value:
            bare, scaled = abs((a.numeral / b.value).ln()), abs((a.numeral * b.scale / b.value).ln())
            a.kind, a.unit = b.kind, b.unit
            if scaled < bare:
                a.value, a.scale = a.numeral * b.scale, b.scale
            else:
                a.value = a.numeral


def _unmarked_changes(text: str, mentions: list[Mention]) -> None:
    """Counts that are changes without ``tăng``/``giảm`` right before them (``recognisers.changes``): ``tăng 13 vụ,
    6 bị cáo so với năm 2022``, ``tăng so với cùng kỳ năm 2016 là 168 vụ``; a rate so said (``tăng so với cùng kỳ
    là 9,6%``, t25-cafef-thep-t4-2019; ``tăng so với cùng kỳ 2018 là 1,22%``, xl-quang-binh-…-2019-h1)."""
    prev = None
    for m in mentions:
        if not m.is_figure:
            continue
        if m.kind == "percent" and m.comparison is None and m.partner is None and prev is not None \
                and prev.kind == "percent" and prev.comparison in ("tăng", "giảm") \
                and (changes.shared(text, prev.end, m.qualifier_start or m.num_start, m.end)
                     or aspect_pair(text, prev.end, m.qualifier_start or m.num_start, m.end)):
            m.comparison = prev.comparison  # "tăng lần lượt 18% và 27% so với cùng kỳ": the second rate is one too;
            # "giảm 14% về lượng và 12,2% trị giá": the other aspect's (``aspectpair``), its own qualifier before it
            # ("giảm lần lượt 3% về lượng và trên 13% về giá trị", xq-…-vinacas; chk89)
        elif m.kind == "count" and m.comparison is None and m.partner is None and m.qualifier is None:
            at = m.num_start
            if prev is not None and prev.kind == "change" and prev.comparison in ("tăng", "giảm") \
                    and (changes.shared(text, prev.end, at, m.end) or compared_first(text, at)):
                m.kind, m.comparison = "change", prev.comparison
            elif (listed := respective_change(text, m.qualifier_start or at)) is not None:
                m.kind, m.comparison = "change", listed   # "tăng lần lượt 126 vụ (23,07%) và 189 đối tượng"
            else:
                said = changes.stated_after(text, at)
                if said:
                    m.kind, m.comparison = "change", said
        elif m.kind == "percent" and m.comparison is None and m.partner is None and m.qualifier is None:
            m.comparison = changes.stated_after(text, m.num_start)   # "tăng so với cùng kỳ 2018 là 1,22%"
        prev = m


def _durations(text: str, claimed: bytearray, out: list[Mention]) -> list[Mention]:
    """``out`` with each finishing time (``racetime.race_times``) read as one count of seconds: where nothing claimed
    its span, or only pieces of it were claimed (a time of day ``2 giờ 56 phút`` before ``50 giây``, ``thông số 2``
    read as a label); a claim over the whole span or beyond it (an old record, ``kỷ lục trước đó là 14 phút 38 giây
    92``) stays."""
    for d in race_times(text):
        inside = [m for m in out if m.start < d.end and d.start < m.end]
        if any(m.start < d.start or m.end > d.end or (m.start, m.end) == (d.start, d.end) for m in inside) or \
                (not inside and any(claimed[d.start:d.end])):
            continue
        out = [m for m in out if m not in inside]
        claimed[d.start:d.end] = b"\x01" * (d.end - d.start)
        out.append(_duration(text, d))
    return out


def _duration(text: str, d) -> Mention:
    """A finishing time (``racetime.Duration``) as one count of seconds."""
    return Mention(d.start, d.end, d.start, d.end, text[d.start:d.end], d.seconds, "count",
                   numeral=d.seconds, decimals=d.decimals, unit="giây", noun="giây", notation="word",
                   note="a duration in hours, minutes and seconds, read whole (in seconds)", recogniser="race-time")


def _claimed(text: str, c: Claim) -> Mention:
    return Mention(c.start, c.end, c.start, c.end, text[c.start:c.end], None, c.kind, note=c.note,
                   recogniser=c.recogniser)


#: Every claim's match holds a number (digits, or words found first), starts at most this many
#: characters before it and ends (lookaheads included) at most ``_WINDOW_AFTER`` after it.
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 80
_DIGITS = re.compile(r"\d+")


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digits, where the claim recognisers run (``pos``/``endpos``).

    Scanning only these gives the same matches as scanning the whole text: each match lies
    inside one window (windows closer than a match's reach are merged), ``pos`` keeps
    lookbehinds and ``^`` seeing the real text, and each window ends on a letter or the end of
    the text so that ``\\Z`` and lookaheads cannot take the window's end for the text's.
    """
    out: list[list[int]] = []
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - _WINDOW_BEFORE), m.end() + _WINDOW_AFTER
        if out and a <= out[-1][1] + _WINDOW_BEFORE:
            out[-1][1] = b
        else:
            out.append([a, b])
    return _end_on_letters(out, text)


def _merge_windows(windows, spans, text: str) -> list[tuple[int, int]]:
    """``windows`` with a window added around each ``(start, end)`` span (numbers in words), merged."""
    wins = sorted([[a, b] for a, b in windows] + [[max(0, s - _WINDOW_BEFORE), e + _WINDOW_AFTER] for s, e in spans])
    out: list[list[int]] = []
    for a, b in wins:
        if out and a <= out[-1][1] + _WINDOW_BEFORE:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return _end_on_letters(out, text)


def _end_on_letters(wins: list[list[int]], text: str) -> list[tuple[int, int]]:
    n = len(text)
    for w in wins:
        b = min(w[1], n)
        while b < n and not text[b - 1].isalpha():
            b += 1
        w[1] = b
    return [(a, b) for a, b in wins]


def _mark_bases(text: str, mentions: list[Mention]) -> None:
    """``... so với cùng kỳ năm 2023 (135.697 lượt người)``: the number is the comparison value.

    The cue must sit between the previous figure and this one, close to it.
    """
    prev_end = 0
    for m in mentions:
        if not m.is_figure:
            continue
        lo = max(prev_end, _clause_start(text, m.num_start), m.num_start - 70)
        if m.comparison is None and (_BASE_CUE.search(text, lo, m.num_start)
                                     or earlier_named(text, m.num_start, m.end) is not None):
            m.comparison_base = True
        prev_end = m.end


def read_cell(raw: str) -> tuple[Decimal, int, str] | None:
    """A bare number as a table's cell writes it (``6.500``, ``12,94``, ``103%``): (numeral, decimals, notation)."""
    read = _read_numeral(raw.strip().rstrip("%").strip())
    return None if read is None else read[:3]


def _read_at(text: str, s: int, e: int) -> Mention | None:
    cluster = text[s:e]
    read = _read_numeral(cluster)
    if read is None and _DOT_FOR_COMMA.fullmatch(cluster) and _SUFFIX.match(text, e):
        # "3.131.93 tỷ đồng": thousands grouped, then a dot typed for the decimal comma — an amount, not a heading
        head, tail = cluster.rsplit(".", 1)
        read = Decimal(head.replace(".", "") + "." + tail), len(tail), "vn", ()
    if read is None:
        return Mention(s, e, s, e, cluster, None, "section", note="dotted numbering")
    numeral, decimals, notation, alts = read
    return _read_context(text, s, e, numeral, decimals, notation, alts)


def _read_context(text: str, s: int, e: int, numeral: Decimal, decimals: int, notation: str,
                  alts: tuple) -> Mention:
    """The numeral ``text[s:e]`` read with what follows (%, scale, currency, unit, noun) and precedes it."""
    cluster = text[s:e]
    grouped = ("." in cluster or " " in cluster or "\u00a0" in cluster or "\u202f" in cluster) and notation == "vn"
    leading_zero = notation != "word" and len(cluster) > 1 and cluster[0] == "0" and cluster[1].isdigit()
    before = text[max(0, s - 60):s]

    # --- what follows: %, scale, currency, measure unit, /per
    kind, unit, scale, end, per = "count", None, 1, e, None
    sm = _SUFFIX.match(text, e)
    typo = None if sm else currency.misspelt_scale(text, e)
    bare_million = None if sm or typo else currency.unmarked_million(text, e)
    short = None if sm or typo or bare_million else shortscale.short_scale(text, e)
    counted = None   # "ước đạt 9.844 Tr.kWh": what an amount with a short scale counts, as written
    if short:  # "ước đạt 2.435,2 Tr.USD": a scale written short before its currency or unit
        scale, end = short.scale, short.end
        if short.money:
            kind, unit = "money", short.unit
        else:
            counted = short.unit
    elif bare_million:  # "đón trên 2 triêu lượt khách": a count in millions, its scale word typed without its mark
        scale, end = bare_million
    elif typo:  # "46 tiệu đồng/người/năm": a scale word misspelt before the currency
        scale, scale_end = typo
        cm = _SUFFIX.match(text, scale_end)
        kind, unit, end = "money", "đồng", cm.end() if cm and cm.group("cur") else scale_end
    elif sm:
        if sm.group("pct"):
            kind, unit, end = "percent", "%", sm.end()
        elif sm.group("scale"):
            scale = 1
            for word in sm.group("scale").lower().split():
                scale *= SCALES.get(word) or MULTIPLIERS[word]
            end = sm.end()
            of = None if sm.group("cur1") or scale != 1000 else _THOUSANDS_OF.match(text, end)
            if of:  # "hơn 1 nghìn 175 tỷ đồng": the thousands of the larger scale after it, one amount (1.175 tỷ)
                numeral = numeral * 1000 + Decimal(of.group(1))
                scale, end = SCALES[of.group(2).lower()], of.end()
                of_cur = _CURRENCY_NEXT.match(text, end)
                end = of_cur.end() if of_cur else end
            cm = None if sm.group("cur1") else _COMPOUND.match(text, end)
            last = scale
            while cm and _compound_scale(cm) < last:  # "1 tỷ 500 triệu đồng": one amount, 1,5 tỷ
                part = _compound_scale(cm)
                numeral += Decimal(cm.group(1)) * part / scale
                decimals = max(decimals, len(str(scale // part)) - 1)
                end, last = cm.end(), part
                nxt = None if _compound_currency(cm) else _COMPOUND.match(text, end)
                if nxt is None or _compound_scale(nxt) >= last:
                    break  # "… 330 triệu 867 nghìn đồng": a third part, smaller again
                cm = nxt
            cm_cur = bool(cm) and _compound_currency(cm) or bool(of and of_cur)
            fm = None if sm.group("cur1") or cm_cur else (
                _FOREIGN.match(text, end) or _FOREIGN_AFTER_SCALE.match(text, end))
            mm = None if fm or sm.group("cur1") or cm_cur else _MEAS_AFTER_SCALE.match(text, end)
            if fm:
                kind, unit, end = "money", CURRENCY_WORDS[fm.group(1).lower()], fm.end()
            elif mm:
                kind, unit, end = "measure", MEASURES[mm.group("meas").lower()], mm.end()
            elif sm.group("cur1") or cm_cur or (
                    scale >= 1000 and _money_context(text, s, sm.end()) and not count_unit(_noun_after(text, sm.end())[0])
                    and not currency.counted_after_scale(text, sm.end())):
                # "giải ngân vốn vay cho trên 1,1 ngàn lượt hộ": a count unit right after the scale counts that unit
                kind, unit = "money", "đồng"
        elif sm.group("cur"):
            if sm.group("cur").strip().lower() != "đồng" or currency.dong_is_money(
                    text, sm.end(), round_sum=grouped and numeral % 1000 == 0, money_words=_money_context(text, s)):
                kind, unit, end = "money", "đồng", sm.end()
        elif sm.group("meas"):
            said = sm.group("meas").strip().lower()
            kind, unit, end = "measure", MEASURES.get(said) or MEASURES[re.sub(r"[ \t]+", "", said)], sm.end()
    start = s
    if kind == "count" and end == e:
        fm = _FOREIGN.match(text, e)
        if fm:
            kind, unit, end = "money", CURRENCY_WORDS[fm.group(1).lower()], fm.end()
    if kind in ("count", "money") and unit in (None, "USD", "EUR"):
        pre = _FOREIGN_BEFORE.search(text, max(0, s - 5), s)  # "$300", "US$ 5 triệu", "€12"
        if pre:
            kind, unit, start = "money", CURRENCY_WORDS[pre.group(1).lower()], pre.start()
    if kind in ("money", "measure"):
        pm = _PER.match(text, end)
        if pm and pm.group(1).lower() != "c":
            per, end = pm.group(1).lower(), pm.end()
    noun, noun_end = (counted.lower(), end) if counted else \
        wonprize.won_prize(text, *_noun_after(text, end))   # "3 học sinh được trao giải"
    product_unit = None
    if kind in ("count", "measure"):   # "661,1 triệu tấn.km", "173,2 triệu lượt người.km": a product of units
        at, base = (end, unit) if kind == "measure" else (noun_end, noun)
        product = _PRODUCT.match(text, at)
        if product and base:
            kind, unit, noun = "count", None, f"{base}.{product.group(1)}"
            product_unit = noun
            if at == end:              # the measure's own unit: part of the mention
                end = product.end()
            noun_end = max(noun_end, product.end())
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
    mention = Mention(start, end, s, e, text[start:end], value, kind, numeral=numeral, unit=unit, noun=noun, scale=scale,
                      decimals=decimals, per=per, leading_zero=leading_zero, grouped=grouped, notation=notation,
                      alternatives=alternatives)
    if kind == "count":
        mention.unit = counted or product_unit or count_unit(noun)

    # --- what precedes: comparison and qualifier
    qm = _QUAL_BEFORE.search(before)
    if qm and (qm.group("cmp") or qm.group("q")):
        mention.qualifier = qm.group("q").lower() if qm.group("q") else None
        mention.qualifier_start = s - (len(before) - qm.start())
        if qm.group("cmp") and kind == "money" and qm.group("cmp").lower() == "tăng thêm" \
                and _ADDED_CAPITAL.search(before) and not _COMPARED_AFTER.match(text, mention.end):
            pass  # "tổng vốn đăng ký tăng thêm trên 1,6 tỷ USD": the capital added, an amount of the period
        elif qm.group("cmp"):
            rise = qm.group("cmp").lower().startswith("tăng") and not (qm.group("sign") or " ")[0] in _MINUS
            mention.comparison = "tăng" if rise else "giảm"
            mention.kind = "change" if kind != "percent" else "percent"
        elif mention.qualifier == "hơn":
            cm = _COMPARATIVE.search(before)
            if cm and (_BASE_CUE.search(text, _clause_start(text, s), s) or (kind != "percent" and base_after(text, end))):
                # "so với cùng kỳ, số án ít hơn 6 vụ": 6 fewer than last year, not "fewer than 6"
                mention.qualifier, mention.qualifier_start = None, s - (len(before) - cm.start())
                mention.comparison = "tăng" if cm.group(1).lower() in ("nhiều", "cao") else "giảm"
                mention.kind = "change" if kind != "percent" else "percent"

    if mention.comparison is None and kind in ("money", "measure", "count") and (between := base_between(before)):
        mention.comparison, mention.kind = between, "change"   # "ít hơn dự kiến 12 người": the difference
    if mention.comparison is None and kind in ("money", "measure", "count"):
        said = adverbed_amount(text, s) or stressed_amount(text, s, end)
        # "tăng nhẹ 1.000 đồng", "giảm nhẹ 0,09 triệu tấn": an adverb before the amount; "tăng tới 832 triệu USD so với
        # cùng kỳ": ``tới`` and the base at once after it
        if said:
            mention.comparison, mention.kind = said, "change"
    if kind == "percent" and mention.comparison is None and growth_said(before):
        mention.comparison = "tăng"   # "tăng trưởng 21,3% so với năm 2022": growth is a rise (no qualifier_start: no plant)

    if kind in ("count",) and notation in ("vn", "word") and decimals == 0 \
            and mention.comparison is None and mention.numeral == int(mention.numeral):
        if mention.qualifier is None:
            # a grouped number is no year or length; it is an anniversary's ("Đại lễ 1.000 năm Thăng Long-Hà Nội")
            _classify_plain(text, mention, before, (classify.anniversary,) if grouped else CLASSIFIERS)
        elif not grouped:  # "Ước 6 tháng đầu năm", "hơn 2 năm thực hiện": a qualified length is still a period's
            classify.period(text, mention, before, _SPACES.sub(" ", text[mention.num_end:mention.num_end + 160]))
    return mention


#: What joins the two ends of a range: a dash (``97- 98 %``, ``15 - 20 triệu``) or ``đến``/``tới``
#: (``từ 15 đến 20 người``).
_RANGE_JOIN = re.compile(r"[ \t]?[-–][ \t]?(?=\d)|[ \t]+(?:đến|tới)[ \t]+(?=\d)")
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)\s+(?:từ\s+)?$")


def _range(text: str, a: Mention, claimed) -> Mention | None:
    """``a`` and the number after it as one range, when they are one (else None).

    The lower end is written bare or with the same suffix as the upper end (``15% - 20%``); the upper end
    is larger and of the same kind; a bare dash range needs a suffix or a noun after it (``8-11`` alone
    may be a date); ``tăng từ 15 đến 20`` is a change, not a range; years are no range (``2021-2025``).
    """
    if a.kind not in ("count", "percent", "money", "measure") or a.notation != "vn" or a.partner is not None:
        return None
    j = _RANGE_JOIN.match(text, a.end if a.end > a.num_end else a.num_end)
    if j is None or claimed[j.end()] or _FROM_BEFORE.search(text, max(0, a.num_start - 12), a.num_start):
        return None
    cm = _CLUSTER.match(text, j.end())
    if cm is None:
        return None
    b = _read_at(text, cm.start(), cm.end())
    if b is None or b.value is None or b.notation != "vn" or b.qualifier or b.comparison:
        return None
    own_suffix = a.end > a.num_end
    same = a.kind == b.kind and a.unit == b.unit
    if own_suffix and (a.scale != b.scale or not (same or (a.kind == "count" and a.unit is None))):
        return None  # "từ 1 triệu đến 1,2 triệu đồng": the upper end's currency is the lower end's too
    low = a.value if own_suffix else a.numeral * b.scale
    if not low < b.value or b.kind not in ("count", "percent", "money", "measure"):
        return None
    if len(a.raw) == 4 and len(b.raw) == 4 and a.numeral >= 1900:
        return None  # 2021-2025: years
    if "-" in j.group() or "–" in j.group():
        if b.end == b.num_end and not b.noun:
            return None  # "8-11" alone: perhaps a date, not a range
    return Mention(a.start, b.end, a.num_start, b.num_end, text[a.start:b.end], b.value, b.kind, numeral=b.numeral,
                   unit=b.unit, noun=b.noun, scale=b.scale, decimals=max(a.decimals, b.decimals), per=b.per,
                   qualifier=a.qualifier, qualifier_start=a.qualifier_start, leading_zero=a.leading_zero,
                   grouped=a.grouped or b.grouped, low=low)


#: The dash of a change's range: ``tăng thêm 0,2-0,3%`` (``đến``/``tới`` after a change verb is from → to instead).
_DASH_JOIN = re.compile(r"[ \t]?[-–][ \t]?(?=\d)")


def _change_range(text: str, a: Mention, claimed) -> Mention | None:
    """A change written as a range, the verb before its lower end: ``GDP 6 tháng có thể tăng thêm 0,2-0,3%``
    (yq-van-phong-chinh-phu), ``dự kiến GDP tăng khoảng 4,4-5,2% so với năm 2019 (thấp hơn 1,6-2,4 điểm phần trăm so
    với mục tiêu …)`` (c33-plo): both ends are one change, the upper end read with the lower end's verb — else it is
    read alone, a bare percent or count no row gives. A dash only, no ``từ`` before the lower end (``tăng từ 15 đến
    20``: from → to); the upper end larger, with no comparison or qualifier of its own (``tăng 2 - giảm 3``)."""
    if a.kind != "change" or a.comparison not in ("tăng", "giảm") or a.notation != "vn" or a.partner is not None \
            or a.numeral is None or _FROM_OPEN.search(text, max(0, a.num_start - 12), a.num_start):
        return None
    j = _DASH_JOIN.match(text, a.end)
    if j is None or claimed[j.end()]:
        return None
    cm = _CLUSTER.match(text, j.end())
    b = _read_at(text, cm.start(), cm.end()) if cm is not None else None
    if b is None or b.value is None or b.notation != "vn" or b.qualifier or b.comparison \
            or b.kind not in ("count", "percent", "money", "measure") or (b.end == b.num_end and not b.noun):
        return None
    if a.end > a.num_end and (a.unit != b.unit or a.scale != b.scale):
        return None   # "giảm 5 vụ - 10 người": two changes, not one range
    low = a.numeral * b.scale
    if not low < b.value:
        return None
    return Mention(a.start, b.end, a.num_start, b.num_end, text[a.start:b.end], b.value,
                   "percent" if b.kind == "percent" else "change", numeral=b.numeral, unit=b.unit, noun=b.noun,
                   scale=b.scale, decimals=max(a.decimals, b.decimals), per=b.per, qualifier=a.qualifier,
                   comparison=a.comparison, qualifier_start=a.qualifier_start, leading_zero=a.leading_zero,
                   grouped=a.grouped or b.grouped, low=low)


_AMOUNT_BEFORE = re.compile(r"(?i)(?:\d|nghìn|ngàn|triệu|tỷ|tỉ)\s*$")


#: Closed-class words that may follow an amount of money whose currency is left out (``500 nghìn cho mỗi suất``).
_AFTER_AMOUNT = re.compile(r"(?i)\s*(?:[^\w\s]|$|(?:cho|mỗi|một|để|và|với|từ|đến|trong|của|là|được|nhằm|thì|mà|"
                           r"hoặc|bằng|tiền)(?!\w))")


def _money_context(text: str, s: int, end: int | None = None) -> bool:
    """Money words earlier in the clause make a scaled number money (``tổng số tiền 155 triệu``) — but not the
    ``đồng`` of another amount when a noun follows this one (``vận động 22 tỷ đồng giúp hơn 11 nghìn hội viên``:
    11 nghìn counts members; ``3 tỷ đồng và 500 triệu`` stays money)."""
    start = _clause_start(text, s, 80)
    counted = end is not None and not _AFTER_AMOUNT.match(text, end)
    return any(not (counted and m.group(0).lower() == "đồng"
                    and _AMOUNT_BEFORE.search(text, max(start, m.start() - 12), m.start()))
               for m in _MONEY_CONTEXT.finditer(text, start, s))


def _classify_plain(text: str, m: Mention, before: str, classifiers=CLASSIFIERS) -> None:
    """Years, periods, anniversaries and place sizes among plain integers: the ``CLASSIFIERS`` in order."""
    after = _SPACES.sub(" ", text[m.num_end:m.num_end + 160])
    for classifier in classifiers:
        if classifier(text, m, before, after):
            return


# ---------------------------------------------------------------- numbers in words

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n(\-–•]\s*|\n\s*)$")
#: Words after which a number in words names, not counts: ``thứ hai`` (ordinal, weekday), ``tháng mười``
#: (a month), ``ngày hai mươi``/``mùng năm`` (a day of the month).
#: ``giải ba`` (a third prize) — but ``hòa giải năm mươi bốn vụ việc`` (mediated 54 cases, y-ninh-binh-hoi-luat-gia-2019;
#: ``hòa giải thành ba vụ``) is a verb, and a prize's rank is one word (``giải bốn mươi lăm`` ranks nothing)
_ORDINAL_BEFORE = re.compile(r"(?i)(?<!\w)(?:thứ|hạng|(?<!hòa\s)(?<!hoà\s)giải|tháng|ngày|mùng|mồng)\s+$")
_PRIZE_BEFORE = re.compile(r"(?i)(?<!\w)giải\s+$")
_NUMBER_BEFORE = re.compile(r"\d(?:[.,]?\d)*\s*$")   # "93 năm": not "Năm 2020, hai xã" (a comma and a space end it)
#: Words after which ``năm`` is the noun "year", a closed class of position and quantity words.
_YEAR_NOUN_BEFORE = re.compile(r"(?i)(?<!\w)(?:đầu|cuối|giữa|trong|hàng|hằng|mỗi|các|những|cả|của|sang|tới|trước|sau|"
                               r"qua|nay|này|từng|nhiều|vài|mấy|một|năm|tháng|quý)\s+$")

#: ``năm học 2017-2018``, ``năm tài chính 2023``, ``năm 2020``: a year a word or two after ``năm`` makes it the noun.
#: ``năm học trước``, ``năm trước``, ``năm tài chính tới``: a year named by its place in time, no count of five
_YEAR_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]+(?:19|20)\d\d(?!\d)"
                         r"|(?i:(?:[ \t]+(?:học|tài[ \t]+chính|ngân[ \t]+sách))?[ \t]+(?:trước|sau|nay|này|qua|tới|ngoái|"
                         r"kế[ \t]+tiếp)(?!\w))")

#: ``Bước ngoặt lớn nhất của Trang vào năm lớp 8`` (c29-baonghean-lop-9a-hon-30-hoc-sinh-dau-truong-chuyen), ``Nam dành
#: trọn năm lớp 12 để hệ thống lại toàn bộ kiến thức`` (cafef.vn, 2026-01-30): a preposition of time, ``năm``, then a
#: grade — the school year spent in that grade, no count of five (``trường có năm lớp 6`` keeps its five classes).
_GRADE_YEAR_BEFORE = re.compile(r"(?i)(?<!\w)(?:vào|từ|hồi|trọn|suốt|sang|qua)\s+$")
_GRADE_AFTER = re.compile(r"[ \t]+lớp[ \t]+\d{1,2}(?![\d.,]\d)")


def _word_candidates(text: str) -> list[WordNumber]:
    """Numbers in words that are quantities: a structured number (``hai mươi lăm``, ``hai tỷ``), or a
    lone digit word counting a noun (``hai lớp``, ``năm người``).

    Not: ``một`` alone (the article: ``một số``, ``một cách``, ``một người dân cho biết``), ``hai bên``,
    ``năm 2023``/``hàng năm`` (no counted noun), ``thứ hai`` (ordinal), ``tư`` in ``tư tưởng`` (not a
    number alone), ``hai mươi năm`` (20 years: ``năm`` after ``mươi`` is the year noun), a capitalised
    word inside a sentence (``anh Mười``, ``Hai Bà Trưng``).
    """
    out = []
    for w in find_number_words(text):
        s = w.start
        before = text[max(0, s - 12):s]
        if _ORDINAL_BEFORE.search(before) and not (len(w.words) > 1 and _PRIZE_BEFORE.search(before)):
            continue
        if text[s].isupper() and not _SENTENCE_START.search(text[max(0, s - 3):s]):
            continue
        if _NUMBER_BEFORE.search(before):
            continue  # "93 năm ngày thành lập": a word right after a number is its noun
        if not w.structured and covered.parts_count_in_words(text, w.start):
            continue  # "đồng đều trên cả ba tuyến": the number of parts the statement holds over
        if not w.structured:
            if w.words == ("một",) and not _one_in_a_list(text, w.start, w.end) \
                    and not _counted_like_its_neighbours(text, w.start, w.end):
                continue  # "một số", "một cách", "một người dân cho biết": the article, no count
            if w.words == ("một",) and averageone.one_an_average_is_per(text, w.start, w.end):
                continue  # "vốn đăng ký bình quân một DN đạt 10,6 tỷ đồng": the unit an average is per
            if w.words == ("năm",) and (_YEAR_NOUN_BEFORE.search(before) or _YEAR_AFTER.match(text, w.end)
                                        or (_GRADE_YEAR_BEFORE.search(before) and _GRADE_AFTER.match(text, w.end))
                                        or yearnoun.year_of_a_kind(text, w.end)
                                        or yearnoun.year_by_copula(text, w.start)):
                continue  # "đầu năm Hội đã", "hàng năm", "trong năm", "năm học 2017-2018", "kết thúc năm học": the year
            noun, _ = _noun_after(text, w.end)
            if count_unit(noun, _NOT_COUNTED_SORTED) is not None:
                continue
            if count_unit(noun, _WORD_UNITS_SORTED) is None and not _counted_like_its_neighbours(text, w.start, w.end):
                continue
        out.append(w)
    return out


_NOT_COUNTED_SORTED = sorted(NOT_COUNTED, key=len, reverse=True)
#: ``xảy ra một vụ cháy``, ``một đối tượng``: ``một`` before a count unit of events, cases or items counts one
#: (``service.checker.check`` drops it again when no row holds it: then it is the article, ``một người dân cho biết``).
_ONE_COUNTS = re.compile(r"(?i)[ \t]+(" + alternation(set(COUNT_UNITS) | set(WORD_COUNT_NOUNS)) + r")(?!\w)")
_ONE_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _one_in_a_list(text: str, start: int, end: int) -> bool:
    """``9 vụ trộm cắp tài sản và một vụ đánh nhau``, ``01 cháu bị bệnh … và một cháu``: ``một`` counts when a count
    unit follows it and another number of its sentence (digits or words) counts the same noun; alone (``một người dân
    cho biết``, ``tại một đơn vị``) it is the article."""
    unit = _ONE_COUNTS.match(text, end)
    if unit is None:
        return False
    noun = unit.group(1).lower()
    stops = [m.end() for m in _ONE_SENTENCE_STOP.finditer(text, max(0, start - 400), start)]
    lo = stops[-1] if stops else max(0, start - 400)
    stop = _ONE_SENTENCE_STOP.search(text, end)
    hi = min(stop.start() if stop else len(text), end + 400)
    other = re.compile(r"(?i)(?:\d+|(?<!\w)(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi))[ \t]+" + re.escape(noun)
                       + r"(?!\w)")
    return any(m.start() != start for m in other.finditer(text, lo, hi))


#: An item of an enumeration opens right after its separator: ``…, hai chim hồng hoàng, 1 diều hâu nâu``.
_ITEM_OPENS = re.compile(r"(?:[,;(]|(?<!\w)và)[ \t]*$")
#: Another item that opens with a count in digits: ``, 1 diều hâu``, ``(Trà Vinh 22 nhà``.
_DIGIT_ITEM = re.compile(r"(?:[,;(]|(?<!\w)và)[ \t]*\d{1,3}(?:\.\d{3})*[ \t]+[^\W\d_]")
_NOUN_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
#: What no count counts: a word of grammar after it (``giải nhất, nhì, ba tại cuộc thi``), a unit of time (``trong một
#: tuần``: a length), ``học`` (``năm học``, the school year), ``cấp`` (``một cấp``, a model's name).
_NO_COUNTED_NOUN = frozenset("tại với của và cho là được đã đang sẽ thì mà nên này đó kia trong ngoài trên dưới từ đến "
                             "về theo như để khi nếu cũng còn vẫn rất hơn bằng nào gì ai tuần tháng năm ngày giờ phút giây "
                             "học cấp lần".split())
#: ``số một``, ``hạng ba``, ``giải nhì``: a rank, no count.
_RANKED_BEFORE = re.compile(r"(?i)(?<!\w)(?:số|hạng|giải|thứ)[ \t]+$")


def _counted_like_its_neighbours(text: str, start: int, end: int) -> bool:
    """A lone digit word counts when its sentence counts the same way in digits (zl-quang-tri-phong-nha-ke-bang: ``có
    8 cá thể khỉ đuôi lợn, hai chim hồng hoàng, 1 diều hâu nâu, …``; zq-dong-bang-song-cuu-long: ``(Trà Vinh 22 nhà,
    Kiên Giang hai nhà, …)``): an item of an enumeration whose other items open with a count in digits, or the noun
    after it counted by digits elsewhere in the sentence. Alone (``hai bên``, ``tám phà chở khách``) it stays words
    of the prose."""
    noun = _NOUN_WORD.match(text, end)
    if noun is None or noun.group(1).lower() in _NO_COUNTED_NOUN or _RANKED_BEFORE.search(text, max(0, start - 8), start):
        return False
    stops = [m.end() for m in _ONE_SENTENCE_STOP.finditer(text, max(0, start - 300), start)]
    lo = stops[-1] if stops else max(0, start - 300)
    stop = _ONE_SENTENCE_STOP.search(text, end)
    hi = min(stop.start() if stop else len(text), end + 300)
    same_noun = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})*[ \t]+" + re.escape(noun.group(1)) + r"(?!\w)", re.I)
    if any(m.start() != start for m in same_noun.finditer(text, lo, hi)):
        return True
    if not _ITEM_OPENS.search(text, max(lo, start - 8), start):
        return False
    return any(m.end() - 1 < start or m.start() > end for m in _DIGIT_ITEM.finditer(text, lo, hi))


def _read_words(text: str, w: WordNumber) -> Mention:
    """A number in words read like digits: ``hai tỷ đồng`` is 2 (numeral) × ``tỷ`` (scale) đồng."""
    scale = w.last_scale
    num_end = w.end
    numeral = w.value
    if scale > 1:  # the scale word is read as the suffix, like "2 tỷ đồng"
        num_end = text.rindex(" ", w.start, w.end) if " " in text[w.start:w.end] else w.end
        num_end = len(text[:num_end].rstrip())
        numeral = w.value / scale
    return _read_context(text, w.start, num_end, numeral, w.decimals, "word", ())


_BARE_SLASH = re.compile(r"[ \t]*/[ \t]*")
_PAIR_GAP = re.compile(r"[ \t]*(?:(" + _W + r"+(?:[ \t]" + _W + r"+)?|đ/c))?[ \t]*/[ \t]*$")


#: The gap between a count and the one it is per: its noun, then a slash (``10.000 con/ 1 lứa``).
_PER_ONE_GAP = re.compile(r"[ \t]*(?:" + _W + r"+(?:[ \t]+" + _W + r"+)?[ \t]*)?/[ \t]*")


def _per_one_denominator(text: str, a: Mention, b: Mention) -> bool:
    """``10.000 con/ 1 lứa``, ``5.000 – 10.000 con/1 lứa``: the ``1`` after a slash is the one the count before it is
    per (``a.per`` is its noun), as ``500.000đ/1 phần quà`` holds its ``1`` in the amount. ``2 vụ/1 đối tượng``
    (zn-tuyen-quang-chong-buon-lau-389-2025-11) and ``1 vụ/1 đối tượng`` stay pairs: what the period counts on both
    sides."""
    return (b.raw in ("1", "01") and a.numeral != 1 and bool(a.per) and (b.noun or "").lower().startswith(a.per.lower())
            and count_unit((b.noun or "").lower()) is None   # "2 vụ/1 đối tượng": two counts of the period, a pair
            and _PER_ONE_GAP.fullmatch(text, a.end, b.num_start) is not None)


def _link_pairs(text: str, mentions: list[Mention]) -> None:
    """Link ``22/26 đ/c`` and ``34 vụ/57 đối tượng``; ``11 gia đình.../11 triệu`` is not a pair."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.is_figure and b.is_figure and a.kind == "count" and a.unit is None and a.scale == 1 \
                and a.end == a.num_end and a.partner is None and b.kind in ("money", "measure") \
                and _BARE_SLASH.fullmatch(text, a.end, b.num_start):
            # "ước đạt 65.606/155.799,9 tỷ đồng": the amount written once, after both numbers
            a.kind, a.unit, a.scale, a.value = b.kind, b.unit, b.scale, a.numeral * b.scale
            a.noun, a.partner, b.partner = b.noun, i + 1, i
            a.pair_role, b.pair_role = "numerator", "denominator"
            a.same_unit_pair = b.same_unit_pair = True
            continue
        if not (a.is_figure and b.is_figure) or a.kind in ("money", "percent") or b.kind in ("money", "percent"):
            continue
        if a.kind == b.kind == "count" and vulgar_fraction(text, a, b):
            a.kind = b.kind = "fraction"
            a.note = b.note = "a rough share written as a fraction (khoảng 1/3), not two counts"
            continue
        if _per_one_denominator(text, a, b):
            b.kind, b.note = "norm", "the one a count is per (con/ 1 lứa), not a figure"
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
