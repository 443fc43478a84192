"""What a number of a report is, when it is not a row of its own: small named recognisers.

Each takes the paragraph being read, the figure's index and the figure; it returns True when
it claims the number (and records what it found on the row it belongs to).  ``RECOGNISERS``
lists them in the order they are tried:

========================  ====================================================================
``no_change``             ``(không tăng, không giảm)``: the row before it had the same value last time
``chained_change``        ``tăng 13 vụ, 6 bị cáo so với năm 2022``: the second count of a change listed
``change``                ``tăng 25 vụ``, ``giảm 32,2%``, ``ít hơn 2 vụ``: a change of a row (its comparison value)
``comparison_value``      ``so với cùng kỳ năm 2019 (113 vụ)``: the row's comparison value itself
``this_and_last``         ``(206/113 vụ)`` after a change: this period / last period, restated
``over_plan``             ``vượt 0,6% so với chỉ tiêu``: a row less its plan
``share_of_plan``         ``đạt 84,61%`` after ``22/26 đ/c``: the row over its plan
``plan_from_share``       ``22 đảng viên, đạt 84,61% chỉ tiêu``: the plan the share implies
``share``                 ``03 đảng viên, đạt 1,9%`` of the 155 before: one row over another
``standing``              ``với 06 đoàn thể``, ``hiện có 118.000 hội viên``, ``cách trung tâm huyện 13 km``
``programme``             ``triển khai 2 cuộc vận động lớn``: programmes counted, no figure of the period
``table_run``             ``716 660 2850 585150``: a flattened table, nothing says what each counts
``parts_again``           ``33 vụ (phá rừng 27 vụ, khai thác lâm sản 6 vụ)``: rows of the section restated as parts
``money_again``           ``hơn 87 triệu USD`` said again of the same thing (``moneyagain.py``, round 55)
``repeat``                ``155 thanh niên`` stated again in the section: the same row
========================  ====================================================================

Comparisons find their row in their own sentence first, then in the paragraph (``So với
cùng kỳ năm 2023, tăng 22 vụ`` after the sentence that stated the 124 vụ), always one that
counts the same thing.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from service.checker.extract import Mention, extract_numbers
from service.checker.match import PERSON, within_rounding
from service.checker.recognisers import committee
from service.checker.standing import composition, composition_noun, describes_area
from service.figures.units import unit_kind
from service.onboarding import labels as L
from service.onboarding import phrases as P
from service.onboarding.groups import GROUPS
from service.onboarding.model import Derivation, Para, Row
from service.onboarding.nouns import kind_of, noun_words, spell_initials, unit_of
from service.onboarding.rates import change_rate_named, share_again
from service.onboarding.ranks import RANKS
from service.onboarding.ownclause import own_clause_row
from service.onboarding.plans import compared_to, index_ahead, index_of_last, past_bracket, past_value
from service.onboarding.statements import AFTER_SHARES, BEFORE_ROWS, aim
from service.onboarding.estimates import unless_estimate
from service.onboarding.caseload import unless_managed
from service.onboarding.kindlists import unless_listed_kind
from service.onboarding.bounds import BOUNDS
from service.onboarding.inventory import INVENTORY
from service.onboarding.bands import BANDS
from service.onboarding.dates import DATES
from service.onboarding.signedrates import SIGNED_RATES
from service.onboarding.sizes import SIZES
from service.onboarding.planned import PLANNED
from service.onboarding.plansize import PLAN_SIZES
from service.onboarding.works import WORKS
from service.onboarding.ahead import AHEAD
from service.onboarding.marks import MARKS
from service.onboarding.passed import PASSED, achieved_after, had_in_period
from service.onboarding.asides import ASIDES
from service.onboarding.incidents import INCIDENTS
from service.onboarding.comparedearlier import COMPARED_EARLIER
from service.onboarding.occasions import OCCASIONS, change_unstated, compared_before
from service.onboarding.partchanges import PART_CHANGES
from service.onboarding.earlier import EARLIER
from service.onboarding.lastmonth import LAST_MONTH
from service.onboarding.context import CONTEXT
from service.onboarding.shares import SHARES
from service.onboarding.agegift import AGE_GIFTS
from service.onboarding.standingnote import add_standing
from service.onboarding.changewords import NOT_SUBJECT, changed_kind, subject_phrase, units_fit
from service.onboarding.changewords import start_of as _start_of
from service.onboarding.stockwords import PLAN_AFTER, STOCK_NOW
from service.onboarding.stockwords import RESULT_AFTER as _RESULT_AFTER
from service.onboarding.stockwords import moved as _moved
from service.onboarding.extent import line_length
from service.onboarding.cut import cut_at_end
from service.onboarding.restated import RESTATED
from service.onboarding.moneyagain import MONEY_AGAIN
from service.onboarding.thisfigure import THIS_FIGURE
from service.onboarding.reached import REACHED
from service.onboarding.moved import MOVED
from service.onboarding.indexrows import INDEX_CHANGES
from service.onboarding.compound import COMPOUND
from service.onboarding.divided import DIVIDED
from service.onboarding.spread import SPREAD
from service.onboarding.enumerated import ENUMERATED
from service.onboarding.inforce import IN_FORCE
from service.onboarding.singled import SINGLED
from service.onboarding.indexed import INDEXED
from service.onboarding.housenumbers import HOUSE_NUMBERS
from service.onboarding.unitsize import UNIT_SIZES
from service.onboarding.identifiers import IDENTIFIERS
from service.onboarding.padded import significant_decimals
from service.onboarding.pictures import PICTURES
from service.onboarding.discounts import DISCOUNTS
from service.onboarding.designations import DESIGNATIONS
from service.onboarding.listed import LISTED
from service.onboarding.unmarked import UNMARKED
from service.onboarding.held import HELD
from service.onboarding.given import GIVEN
from service.onboarding.aged import AGES
from service.onboarding.ageword import AGES_NAMED
from service.onboarding.undergroups import UNDER_GROUPS
from service.onboarding.changedpair import CHANGED_PAIR
from service.onboarding.changedparts import CHANGED_PARTS
from service.onboarding.ranged import RANGED
from service.onboarding.pricerange import PRICE_RANGES
from service.onboarding.yearly import YEARLY
from service.onboarding.elided import elided_zero
from service.onboarding.multiples import MULTIPLES
from service.onboarding.aspecttimes import with_change as aspect_times
from service.onboarding.memberbound import MEMBER_BOUNDS
from service.onboarding.reversedfrom import REVERSED_FROM
from service.onboarding.placesreached import reached_in_period
from service.onboarding.compared import compared_by_lead, led_row
from service.onboarding.organisation import ORGANISATION
from service.onboarding.aimedyear import AIMED_YEAR
from service.onboarding.otheryears import OTHER_YEARS
from service.onboarding.standinglist import item_before, own_passive, semicolon_item
from service.onboarding.toplist import TOPS
from service.onboarding.delegates import DELEGATES
from service.onboarding.changeamount import CHANGE_AMOUNTS
from service.onboarding.signedamount import signed_amount_after_rate
from service.onboarding.changelist import amount_names_row, compared_at_run_end
from service.onboarding.indicators import indicator_unit
from service.onboarding.waters import WATERS
from service.onboarding.capital import CAPITAL
from service.onboarding.olddates import OLD_DATES
from service.onboarding.contrasted import CONTRASTED
from service.onboarding.elected import ELECTED
from service.onboarding.grouped import GROUPED
from service.onboarding.respective import RESPECTIVE
from service.onboarding.fractions import FRACTIONS
from service.onboarding.capacity import CAPACITY
from service.onboarding.partcounts import unless_part_of_counted
from service.onboarding.phrases import noun_span
from service.onboarding.subjects import subject
from service.periods import find_mentions

_BRACKET_BEFORE = re.compile(r"[(\[]\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*$", re.I)
_OVER = re.compile(r"(?i)(?<!\w)vượt(?:\s+(?:mức|chỉ\s+tiêu|kế\s+hoạch))?(?:[^.;\d]|\d{4}){0,50}$")
#: ``tăng 2,63% (1,32 tạ/ha)``, ``giảm 0,34% = 3.042 tấn``: the amount of the change, in brackets right after its rate.
_AMOUNT_AFTER_RATE = re.compile(r"(?i)[ \t]*[(=][ \t]*(?:(?:tương[ \t]+(?:ứng|đương)|bằng|khoảng)[ \t]*)?")
_RESTATED = re.compile(r"(?i)^\W*(?:và\s+)?(?:tỷ\s+lệ|tỉ\s+lệ|(?:tương\s+(?:ứng|đương)|bằng)(?:\s+(?:với|là))?)?\W*$")
#: A verb particle: what follows is a verb phrase of the period, not more of a list.
_VERBAL = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|được|bị)(?!\w)")
_LEVEL = r"(?:tỉnh|huyện|xã|thị\s+xã|thành\s+phố|quận|phường|thị\s+trấn|hội|đơn\s+vị|ngành|khối)"
#: A stock, not a flow of the period: what the area or the organisation *has*.
_STOCK = re.compile(r"(?i)(?:(?<!\w)hiện\s+(?:nay\s+)?(?:\w+\s+){0,3}?có|"
                    r"(?<!\w)tổng\s+số\s+(?:\w+\s+){1,6}?(?:là|có|:)|"
                    r"(?<!\w)(?:toàn|cả)\s+" + _LEVEL + r"(?:\s+\w+){0,2}?\s+(?:hiện\s+)?có|"
                    r"(?<!\w)dân\s+số(?:\s+(?:trung\s+bình|toàn\s+\w+|của\s+\w+))?\s*(?:là|có|:)?)"  # the population
                    r"\s*(?:trên|hơn|gần|khoảng)?\s*$")
#: ``địa giới hành chính được chia thành 5 thôn dân cư``: the area's division into its make-up units.
_DIVIDED = re.compile(r"(?i)(?<!\w)(?:được\s+)?chia\s+thành\s*$")
_LIST_GAP = re.compile(r"^(?=[^,]*,|.*(?<!\w)và(?!\w))[^.;:!?\d]{0,80}$")   # a list's separator, nothing else
_SEPARATOR = re.compile(r"(?i),|(?<!\w)và(?!\w)")


def predicate_gap(gap: str) -> bool:
    """A gap whose last part (after its last comma or ``và``) runs on for five words or more is a clause of its own,
    no list's separator: ``tại 13 huyện, thị, thành của tỉnh Hà Tĩnh đồng loạt làm lễ bàn giao hơn 1.100 tân binh``
    (t10-hatinh-giaoquan-2019: the comma is inside the first noun; the recruits are the period's, no list item)."""
    cuts = [h.end() for h in _SEPARATOR.finditer(gap)]
    return bool(cuts) and len(re.findall(r"[^\W\d_]+", gap[cuts[-1]:])) >= 5
#: ``… 21 xã, thị trấn trong toàn huyện``: make-up units of the whole area, named as such.
_OF_AREA = re.compile(r"(?i)^[^.;:()\d]{0,40}?(?<!\w)(?:trong\s+toàn|toàn|trên\s+địa\s+bàn)\s+(?:huyện|tỉnh|thành\s+phố|"
                      r"thị\s+xã|quận)(?!\w)")
_HAS_AFTER = r"\s+(?:hiện\s+(?:nay\s+)?)?có\s*(?:trên|hơn|gần|khoảng)?\s*$"
#: A measure describes the area only when the area is named: "chiều dài của xã 7 km", "cách trung tâm huyện 13 km".
_AREA_NAMED = re.compile(r"(?i)(?:(?<!\w)cách\s|tự\s+nhiên|(?:dài|rộng|tích)\s+(?:của\s+)?(?:toàn\s+)?"
                         r"(?:xã|huyện|tỉnh|thị|phường|thôn|quận|địa\s+bàn|đơn\s+vị))")
#: Programmes and norms counted by their number, not figures of a period: "2 cuộc vận động lớn".
PROGRAMME_NOUNS = ("phong trào", "cuộc vận động", "chương trình", "tiêu chí", "nguyên tắc", "nhiệm vụ trọng tâm",
                   "khâu đột phá", "chủ đề", "nội dung", "giải pháp", "tiêu chuẩn", "văn kiện")


def _target(p: Para, i: int, m: Mention, any_kind: bool = False) -> Row | None:
    """The row a comparison is about: the nearest before it in its sentence that counts the same thing,
    else the nearest such row earlier in the paragraph, then in the section (``So với cùng kỳ …, tăng 22
    vụ`` after the sentence stating the 124 vụ)."""
    kind = changed_kind(m)

    def fits(r: Row) -> bool:
        if r.kind == "percent":
            return False
        if any_kind or kind == "percent":
            return True
        if kind in ("money", "measure"):
            return r.kind == kind and (kind == "money" or r.unit.split("/")[0] == m.unit)   # "tạ/ha" ~ "2,21 tạ"
        return r.kind == "count" and units_fit(m.unit, r.unit)

    here = p.rows_before(i)
    further = p.rows_before(i, same_sentence=False) + [r for r in reversed(p.section_rows)]
    further = [r for r in further if not elided_zero(r)]   # "đường sắt không xảy ra. So với tháng 9, số vụ giảm 2 vụ"
    named = _named(p, m, [r for r in here if fits(r)], [r for r in further if fits(r)])
    if named is not None:
        return named
    found = next((r for r in here if fits(r)), None)
    if found is not None or (here and any_kind):
        return found or here[0]
    return next((r for r in further if fits(r)), None)


def _named(p: Para, m: Mention, here: list[Row], further: list[Row]) -> Row | None:
    """Of the rows a count's change fits, nearest first, the one whose label names what the change's noun adds to
    its unit, when the nearest does not: ``giảm 90 người chết (2,74%) và giảm 570 người bị thương`` after ``làm chết
    3.192 người, bị thương 4.475 người`` (t5-gialai-tngt-2021-h1) change the dead and the injured, not the nearest row
    of người."""
    rows = here + [r for r in further if all(r is not x for x in here)]
    if len(rows) < 2 or m.kind == "percent":
        return None
    unit = [P.fold_word(w) for w in (m.unit or "").split()]
    words = [P.fold_word(w) for w in noun_words(p, m) if w[:1].isalpha()]
    extra = []
    if unit and words[:len(unit)] == unit:
        for w in words[len(unit):len(unit) + 3]:
            if w in P.EDGE_WORDS or w in ("so", "tang", "giam", "va", "voi"):
                break
            extra.append(w)
    # "thụ lý tăng 2.014 vụ với 15.842 bị cáo, giải quyết tăng 10.314 vụ" (t5-toaan-2016-2020): the verb the change's
    # clause opens with names the row too
    piece = p.text[max(p.text.rfind(c, 0, m.num_start) for c in ",;(:"):m.num_start] if m.num_start else ""
    way = re.search(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)", piece)
    verb = [P.fold_word(w) for w in P.words_of(piece[:way.start()]) if w[:1].isalpha()] if way else []
    verb = [w for w in verb if w not in NOT_SUBJECT and w != "khong"]
    verb = verb if len(verb) <= 3 else []
    if not extra and not verb:
        return None
    if not extra:                 # named by its verb only: among the paragraph's own rows
        mine = [r for r in p.rows.values()]
        rows = [r for r in rows if any(r is x for x in mine)]
        if len(rows) < 2:
            return None

    def says(r: Row) -> bool:
        return set(extra + verb) <= {P.fold_word(w) for w in P.words_of(r.label)}

    if says(rows[0]):
        return None
    return next((r for r in rows if says(r)), None)


def _rate_unit(p: Para, m: Mention) -> str:
    """``%``, or ``%o`` for a per-mille rate (``17,15%o``)."""
    return "%o" if re.match(r"o(?![^\W\d_])|\s*‰", p.text[m.end:m.end + 2]) else "%"


#: Between a rate's two changes, each against its own base: the first's base, then ``và`` (``giảm 1,7% so với tháng 4
#: và tăng 7,12% so với cùng kỳ năm 2020``, xz-ha-noi-so-du-lich-khach-san-2021-05, round 81).
_SECOND_BASE = re.compile(r"(?i)^\s*so\s+(?:với\s+)?[^,;.()\d]{0,30}(?:\d{1,4}(?:/\d{4})?[^,;.()\d]{0,10})?,?\s*và\s*$")


def _rate_before(p: Para, i: int, m: Mention) -> Row | None:
    """The rate a percentage change follows right after in its sentence (``tỷ suất sinh thô là 17,15%o, giảm 0,57%o
    so với cùng kỳ``; ``đạt 14,57% (giảm 1,49% so với năm 2013)``), or its change against another base just before
    (``đạt khoảng 26,4%, giảm 1,7% so với tháng 4 và tăng 7,12% so với cùng kỳ``: both are the 26,4%'s)."""
    if i == 0 or p.figures[i - 1].kind != "percent":
        return None
    row = p.rows.get(i - 1)
    if p.figures[i - 1].comparison:      # the rate's change against one base, then ``và`` and this one against another
        gap = p.text[p.figures[i - 1].end:m.qualifier_start if m.qualifier_start is not None else m.num_start]
        return row if row is not None and row.kind == "percent" and row.value != p.figures[i - 1].value and \
            _SECOND_BASE.match(gap) else None   # (a change that is a row of its own, ``giảm 76% so với cùng kỳ năm
                                                # trước và giảm 44% so với tháng 12/2022``: the second is another row)
    gap = p.text[p.figures[i - 1].end:m.qualifier_start if m.qualifier_start is not None else m.num_start]
    if row is None or row.kind != "percent" or not re.match(r"^\s*(?:o|‰)?\s*[,(;]?\s*$", gap):
        return None
    return row


#: ``… so với cuối năm 2017, đạt``: the change's comparison, then the value it came to.
#: (round 81: the time the change is of may stand before the comparison, ``giảm hơn 53% trong tháng 5 năm nay so với
#: cùng kỳ năm ngoái, chỉ còn 115.000 lượt``, xz-ha-noi-so-du-lich-khach-san-2021-05; ``chỉ`` may stress ``còn``)
_AHEAD = re.compile(r"(?i)^\s*(?:o\s+)?(?:(?:trong|vào)\s+(?:tháng|quý|năm)\s+[^,;.()]{0,20}?\s+)?so\s+(?:với\s+)?"
                    r"[^,;.()\d]{0,30}(?:\d{4}[^,;.()\d]{0,10})?,\s*"
                    r"(?:đạt|(?:chỉ\s+)?còn|xuống\s+còn|lên|là|ở\s+mức)\s*$")


def _change_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Quỹ Khuyến học … tăng 300 triệu đồng so với cuối năm 2017, đạt 10,2 tỷ đồng``; ``tỷ lệ sinh con thứ 3 trở lên
    giảm 0,4% so với cùng kỳ năm ngoái, còn 21,6%``: a change stated before the value it changed to, in its
    sentence — the row is that value, the change its derivation."""
    kind = changed_kind(m)
    s = p.sentence_of(m)
    for j in range(i + 1, min(i + 2, len(p.figures))):   # the very next figure only
        nxt = p.figures[j]
        if p.sentence_of(nxt) != s or nxt.comparison:
            break
        same = nxt.kind in ("count", "money", "measure") if m.kind == "percent" and nxt.kind != "percent" else \
            nxt.kind == kind if kind in ("money", "percent") else \
            (nxt.kind == kind and (nxt.unit or "") == (m.unit or "")) if kind == "measure" else \
            (nxt.kind == "count" and units_fit(m.unit, nxt.unit))
        start = nxt.qualifier_start if nxt.qualifier_start is not None else nxt.num_start
        if same and _AHEAD.match(p.text[m.end:start]):
            p.changes_ahead[j] = (p.quote(m), m.comparison, m.value, m.kind == "percent")
            return True
    return False


def _base(row: Row, up: bool, value: Decimal, pct: bool) -> Decimal | None:
    if not pct:
        return row.value - value if up else row.value + value
    if not up and value >= 100:   # "giảm 100%" (a reader's slip: c20-angiang-myhoahung): no base to go back to
        return None
    base = row.value / (1 + (value if up else -value) / 100)
    return base.quantize(Decimal(1), ROUND_HALF_UP) if row.kind == "count" else base


def no_change(p: Para, i: int, m: Mention) -> bool:
    if m.comparison != "không đổi":
        return False
    row = _target(p, i, m, any_kind=True)
    if row is None:
        return False
    row.base = row.value
    row.derived.append(Derivation(p.quote(m) or m.raw, "không tăng, không giảm so với cùng kỳ", Decimal(0)))
    return True


def change(p: Para, i: int, m: Mention) -> bool:
    """``tăng 25 vụ``; a percentage in brackets after a change (``tăng 22 vụ (tỷ lệ 21,6%)``), or an amount after a
    percentage (``tăng 2,63% (1,32 tạ/ha)``), restates it."""
    if m.value is None:
        return False
    # "tăng gần 3 lần so với cùng kỳ" (t5-kienthuc-dulich-2022-h1): a multiple of last period's value, not 3 more
    times = m.kind == "change" and not m.unit and m.comparison == "tăng" and m.value > 0 and \
        bool(re.match(r"(?i)\s*lần(?!\w)", p.text[m.num_end:]))
    pct = m.kind == "percent"
    exact = False
    if m.comparison not in ("tăng", "giảm"):
        prev = p.figures[i - 1] if i else None
        amount_after_rate = not pct and prev is not None and prev.kind == "percent" and \
            bool(_AMOUNT_AFTER_RATE.fullmatch(p.text, prev.end, m.qualifier_start or m.num_start)
                 or signed_amount_after_rate(p.text, prev, m))
        if not ((pct or amount_after_rate) and prev is not None and prev.comparison in ("tăng", "giảm")
                and (_RESTATED.match(p.text[P.noun_span(p.text, prev.end)[1]:m.qualifier_start or m.num_start])
                     or pct and change_rate_named(p, m))):
            return False
        m.comparison = prev.comparison  # "tăng 22 vụ (tỷ lệ 21,6%)": the same change as a percentage
        exact = not pct   # "tăng 2,63% (1,32 tạ/ha)": the amount gives last year's value exactly
        held = p.rows.get(i - 1)
        if pct and held is not None and held.kind != "percent" and held.sentence != (p.key, p.sentence_of(m)):
            # "So với tháng cùng kỳ năm năm ngoái giảm 357 vụ (27,05%)" under "toàn quốc xảy ra 963 vụ" a paragraph
            # before (ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01): the change found its row
            # there, and the rate restating it is that row's too (round 34)
            held.derived.append(Derivation(p.quote(m), f"{m.comparison} so với cùng kỳ", m.value))
            p.rows[i] = held
            return True
    if if_then(p, m):
        return False
    rate = _rate_before(p, i, m) if pct else None
    if rate is not None:   # "đạt 14,57% (giảm 1,49% so với năm 2013)": the rate's change, in points
        if rate.base is None and rate.unit == _rate_unit(p, m):
            rate.base = rate.value + (m.value if m.comparison == "giảm" else -m.value)
        rate.derived.append(Derivation(p.quote(m), f"{m.comparison} so với cùng kỳ (điểm)", m.value))
        p.rows[i] = rate
        return True
    row = _target(p, i, m, any_kind=times)   # "tăng 15,5 lần": a multiple has no unit, the nearest amount of any kind
    if row is None:
        return _change_ahead(p, i, m)
    if pct and rate_of_its_own(p, i, m, row):
        row = _row_named(p, i, m)
        if row is None:
            return growth_again(p, i, m) or _value_ahead(p, i, m)
    elif not pct and _count_change_of_its_own(p, i, m, row):
        named = _row_named(p, i, m)
        if named is None or named is row:
            return False      # a figure of its own: the change of a count the text states no level of
        row = named
    if _flow_of_its_own(p, i, m, row):
        return False
    row = led_row(p, i, m, row)
    if _VS_TARGET.match(p.text[m.end:]):   # "thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao" (t4-brvt-bhxh-2021): the
        row.derived.append(Derivation(p.quote(m), f"{m.comparison} so với chỉ tiêu", m.value))   # gap to the target,
        p.rows[i] = row                                                          # no last year's value
        return True
    if times:
        row.base = row.value / m.value if row.base is None else row.base
        row.derived.append(Derivation(p.quote(m), "so với cùng kỳ (kỳ này bằng … cùng kỳ)", m.value))
        p.rows[i] = row
        return True
    if pct:
        row = aspect_row(p, i, m, row)
    if row.base is None or exact:
        row.base = _base(row, m.comparison == "tăng", m.value, pct)
    row.derived.append(Derivation(p.quote(m), f"{m.comparison} so với cùng kỳ", m.value))
    p.rows[i] = row
    return True


#: ``Nếu loại trừ …, thì``: a sentence opening on a condition, up to the ``thì`` of its consequence.
_IF_THEN = re.compile(r"(?i)^\W*nếu\s(?:(?!\snếu\s)[^.;])*?\sthì\s")


def if_then(p: Para, m: Mention) -> bool:
    """``Nếu loại trừ những khoản thu đột biến, đặc thù thì chỉ tăng 9,7% so cùng kỳ`` (t5-hanoi-thue-2023-9t), ``Nếu
    không kể các khoản tăng thu …, thì thu nội địa trừ tiền sử dụng đất …, số thu tăng 10,5% so với cùng kỳ``
    (t7-toanquoc-thunoidia-2019-6t): a change said under a condition is the growth of another measure (the collection
    less what the condition leaves out), a figure of its own — not the change of the row stated before it."""
    s = p.sentence_of(m)
    cond = _IF_THEN.match(p.text[s:_start_of(m)]) if m.comparison in ("tăng", "giảm") else None
    return cond is not None and not _amount_in_consequence(p, m, s + cond.end())


def _amount_in_consequence(p: Para, m: Mention, then: int) -> bool:
    """``Nếu trừ đi khoản thu tiền sử dụng đất thì tổng thu là 2.590,6 tỷ đồng, đạt 18,9%, tăng gần 29% so cùng kỳ năm
    ngoái`` (yl-quang-nam-cuc-thue-tinh-thu-ngan-sach-2017-2t; the hand: 2.590,6 with its index 129, «tăng gần 29%»):
    the consequence states the other measure's own amount, so the change after it is that amount's — not a figure
    of its own (round 32).  ``thì chỉ tăng 9,7%``, ``thì thu nội địa trừ tiền sử dụng đất …, số thu tăng 10,5%``
    state none: the change stays the figure."""
    return any(then <= f.num_start < m.num_start and f.value is not None and f.kind not in ("percent", "year")
               and not f.comparison for f in p.figures)


#: ``… so với chỉ tiêu``, ``so với kế hoạch``: a change measured against the target, not against last period.
_VS_TARGET = re.compile(r"(?i)^\s*(?:%\s*)?so\s+(?:với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu)(?!\w)")
_LISTED = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")
_WITH = re.compile(r"(?i)^\s*với\s*$")
_COMPARED_NEXT = re.compile(r"(?i)^\s*so\s+(?:với|cùng)(?!\w)")


def chained_change(p: Para, i: int, m: Mention) -> bool:
    """``tăng 13 vụ, 6 bị cáo so với năm 2022`` (c-dailoc-toaan-2023), ``tăng 1 cuộc kiểm sát, 2 kiến nghị so với
    cùng kỳ`` (c-quangbinh-vks-2018-h1): a count listed right after a change, the comparison closing the list, is the
    same change of the row that counts its noun — not a row of its own."""
    if i == 0 or m.value is None or m.pair_role:
        return False
    prev = p.figures[i - 1]
    said_once = m.kind == "change" and not m.unit and m.comparison == prev.comparison   # the extraction's reading
    if not (m.kind == "count" and not m.comparison or said_once):
        return False
    gap = p.text[P.noun_span(p.text, prev.end)[1]:_start_of(m)]
    paired = bool(_WITH.match(gap))   # "thụ lý tăng 2.014 vụ với 15.842 bị cáo" (t5-toaan-2016-2020): the same change
    listed = _LISTED.match(gap) or not gap.strip() and P.noun_span(p.text, prev.end)[0][-1:] == ["và"]   # "53 vụ và 34"
    if prev.comparison not in ("tăng", "giảm") or prev.kind == "percent" or not (listed or paired):
        return False
    words, end = P.noun_span(p.text, m.end)
    unit = m.unit or P.head_noun(words)
    if not unit or not (paired or _COMPARED_NEXT.match(p.text[end:]) or compared_before(p, prev)):
        return False
    was = (m.kind, m.comparison, m.unit)
    m.kind, m.comparison, m.unit = "change", prev.comparison, unit
    if change(p, i, m):
        return True
    m.kind, m.comparison, m.unit = was
    return False


#: ``giảm tới 49,54%``, ``sụt giảm mạnh tới 92%``: a change stressed (``tới``/``đến`` "by as much as"), which the
#: extraction leaves without its direction.
_STRESSED = re.compile(r"(?i)(?<![^\W\d_])(?P<way>tăng|giảm)(?:\s+(?:mạnh|sâu|nhanh))?\s+(?:tới|đến)\s*$")
_THEN_COMPARED = re.compile(r"(?i)^\s*(?:so\s+(?:với\s+)?|nên\s)")


def change_stressed(p: Para, i: int, m: Mention) -> bool:
    """``TTHC chậm hạn … đạt 3,45%, … so với … tháng 7 giảm 3,86%. Đặc biệt giảm tới 49,54% so với tháng 01/2021``;
    ``châu Âu …, giảm 1% so với tuần trước. Nhưng Tây Thái Bình Dương lại giảm tới 19% nên số ca đã thấp hơn``: a
    percentage after ``tăng/giảm tới`` followed by its comparison (or its consequence) is a change by that much, read
    as the changes are (``tăng lên tới 50%`` — a level — is not: ``lên`` stands between)."""
    if m.kind != "percent" or m.comparison or m.value is None:
        return False
    hit = _STRESSED.search(p.text[max(0, _start_of(m) - 24):_start_of(m)])
    if not hit or not _THEN_COMPARED.match(p.text[m.end:]):
        return False
    m.comparison = hit.group("way").lower()
    if change(p, i, m):
        return True
    m.comparison = None
    return False


#: (``sơ với năm 2019``, t5-toaan-2016-2020: the typing slip of ``so với`` real text has, read as meant)
_COMPARED_CUE = re.compile(r"(?i)(?<!\w)(?:s[oơ]\s+với|so\s+cùng|so\s+năm|so\s+kỳ|cùng\s+kỳ|năm\s+trước|kỳ\s+trước)(?!\w)")
_CLAUSE_BREAK = re.compile(r"[;:]")


def _flow_of_its_own(p: Para, i: int, m: Mention, row: Row) -> bool:
    """``kết nạp được 24 hội viên, chuyển đến 01; giảm 42 hội viên (do từ trần 41, …)``: a decrease in a clause
    of its own, compared with nothing, counts what left in the period — a row, not a change of the row before."""
    if m.kind == "percent" or _COMPARED_CUE.search(p.text[P.sentence_start(p.text, m.num_start):
                                                          P.clause_end(p.text, m.end)]) or compared_by_lead(p, m) \
            or compared_at_run_end(p, m):
        return False
    k = next((k for k in range(i - 1, -1, -1) if p.rows.get(k) is row), None)
    return k is None or bool(_CLAUSE_BREAK.search(p.text[p.figures[k].end:m.num_start])) or \
        p.sentence_of(p.figures[k]) != p.sentence_of(m)


#: What a rate of a trade's volume-and-value pair measures, named right after it (round 30): ``64.320 tấn, trị giá
#: 358,18 triệu USD (tăng 13,3% về lượng và tăng 15,5% về trị giá so với tháng 9-2023; tăng 47,7% về lượng và tăng
#: 37,1% về trị giá …)`` (t23-baogialai-dieu-10t-2023), ``60,58 nghìn tấn, kim ngạch 333,83 triệu USD, … tăng 29,2% về
#: lượng và tăng 21,8% về kim ngạch`` (t23-langsontrade-dieu-8t-2023), ``102,47 triệu USD, giảm 16,9% về lượng và
#: giảm 21,3% về trị giá`` (zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09).
_ASPECT_WORDS = r"(?:khối\s+lượng|sản\s+lượng|lượng|trị\s+giá|giá\s+trị|kim\s+ngạch)"
_ASPECT = re.compile(r"(?i)^\s*(?:%\s*)?về\s+(?P<what>" + _ASPECT_WORDS + r")(?!\w)")
_ASPECT_AHEAD = re.compile(r"(?i)^\W*về\s+" + _ASPECT_WORDS + r"(?!\w)")


def aspect_row(p: Para, i: int, m: Mention, row: Row) -> Row:
    """The row a rate with an aspect after it changes: ``về lượng`` the quantity (a measure), ``về trị giá/kim
    ngạch/giá trị`` the value (money) — the nearest row of that kind in the rate's sentence, then its paragraph and
    section (``… lần lượt là: tăng 29,2% về lượng và tăng 21,8% về kim ngạch`` a paragraph after the amounts), else
    ``row``."""
    hit = _ASPECT.match(p.text[m.end:])
    if hit is None:
        return row
    want = _QUANTITY if "lượng" in hit.group("what").lower() else ("money",)
    if row.kind in want:
        return row
    near = [*p.rows_before(i), *p.rows_before(i, same_sentence=False), *reversed(p.section_rows)]
    return next((r for r in near if r.kind in want), row)


#: What ``về lượng``/``về khối lượng`` changes: a weight or volume, or a count (``626,87 triệu cổ phiếu … tăng
#: 35,68% về giá trị bình quân và 27,18% về khối lượng bình quân``, t24-danviet-hose-2022-08; ``… 3,4 tỷ cổ phiếu``).
_QUANTITY = ("measure", "count")


#: Words a label shares with any subject: the template's own (``Số``, ``Tổng``), periods.
_LABEL_FILLER = frozenset(P.fold_word(w) for w in "số tổng lượng tiền khối diện tích tỷ tỉ lệ tốc độ năm tháng quý kỳ".split())


#: The clause's subject right before the verb of change names a count or a measure: ``số vụ vi phạm``, ``số người
#: chết``, ``diện tích thiệt hại`` (``về``, ``và``, ``trong đó`` may open it), nothing else between it and the verb.
_COUNT_SUBJECT = re.compile(r"(?i)(?:^|[,;:]\s*|(?<!\w)(?:về|và|trong\s+đó|cụ\s+thể)\s+)(?P<subject>(?:số|diện\s+tích)\s+"
                            r"[^\W\d_]+[^\d,;.:()]{0,50}?)\s+(?:tăng|giảm)(?:\s+(?:thêm|gần|hơn|khoảng|trên))*\s*$")


def count_changed(p: Para, i: int, m: Mention) -> bool:
    """``Cụ thể, về số vụ vi phạm giảm 28 vụ, tương ứng giảm 38,35%; về diện tích thiệt hại giảm 105.695 m2 so với
    cùng kỳ`` (yn-lam-dong-dam-rong-hat-kiem-lam-vi-pham-luat-lam-nghiep-2021-7t, after ``đã phát hiện và lập biên
    bản 45 vụ vi phạm Luật Lâm nghiệp`` in an earlier paragraph), ``trong đó số vụ tai nạn giảm 357 vụ, số người chết
    giảm 66 người và số người bị thương giảm 338 người`` in a lede (ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-
    thong-2022-01), ``Trong đó, số vụ cháy tăng 214 vụ`` (yl-toan-quoc-cuc-canh-sat-pccc): the clause's own subject
    is a count (``số vụ …``) or a measure (``diện tích …``), and it is that count that changed — the change of the
    row of the section its subject names (the hand's ``-28`` beside 45 vụ), or, with none, of a level the page does
    not state here: no row of its own (round 34; tried after ``change``, which takes a change whose row is in its
    sentence or paragraph). ``giảm 178 hộ nghèo`` (the households that left poverty, the area the subject) stays a
    row; so does a rate, and money."""
    if m.value is None or m.comparison not in ("tăng", "giảm") or m.kind in ("percent", "money"):
        return False
    hit = _COUNT_SUBJECT.search(p.text[p.sentence_of(m):m.num_start])   # (the verb is the change's qualifier)
    if not hit:
        return False
    said = {P.fold_word(w) for w in P.words_of(hit.group("subject"))} - _LABEL_FILLER - {"so", "dien", "tich"}
    row = next((r for r in [*p.rows_before(i, same_sentence=False), *reversed(p.section_rows)]
                if r.kind != "percent" and r.value is not None and said and
                said <= {P.fold_word(w) for w in P.words_of(r.label)} and units_fit(m.unit, r.unit)), None)
    if row is not None:
        row = led_row(p, i, m, row)   # "số người bị thương giảm 2 người (giảm 6,9%)": of the blasts' 27, not the fires' 109
        if row.base is None:
            row.base = _base(row, m.comparison == "tăng", m.value, False)
        row.derived.append(Derivation(p.quote(m), f"{m.comparison} so với cùng kỳ", m.value))
        p.rows[i] = row
    elif i + 1 < len(p.figures) and p.figures[i + 1].kind == "percent" and \
            _RATE_RESTATED.match(p.text, m.end, _start_of(p.figures[i + 1])):
        p.unstated_rates.add(i + 1)   # "giảm 105.695 m2 so với cùng kỳ, tương ứng giảm 68,65%": that change's rate
    return True


#: ``các chương trình có dư nợ tăng là``, ``Các chương trình tín dụng có dư nợ tăng so với đầu năm gồm:``: parts
#: introduced as those whose balance (``dư nợ``, ``số dư``, ``nguồn vốn``) rose or fell — each change after it is a part's.
_BALANCE_PARTS = re.compile(r"(?i)(?<!\w)(?:dư\s+nợ|số\s+dư|nguồn\s+vốn)\s+(?:tăng|giảm)(?:\s+so\s+(?:với\s+)?đầu\s+năm)?"
                            r"\s*(?:là|gồm|gồm\s+có)(?!\w)")


def balance_parts_changed(p: Para, i: int, m: Mention) -> bool:
    """``Trong đó, các chương trình có dư nợ tăng là cho vay hộ mới thoát nghèo, tăng hơn 82 tỷ đồng, cho vay sản xuất
    kinh doanh vùng khó khăn tăng 19 tỷ đồng`` (yp-phu-yen-nhcsxh-chi-nhanh-tinh-cho-vay-chinh-sach-2018-q1), ``Các
    chương trình tín dụng có dư nợ tăng so với đầu năm gồm: cho vay hộ cận nghèo tăng 46,8 tỷ đồng; cho vay giải quyết
    việc làm tăng 23,7 tỷ đồng`` (q-nui-thanh-nhcsxh-2022-9t): a sentence that introduces parts as those whose balance
    rose or fell, then gives each one's change in money, states changes of balances it does not state — no row (the
    hands keep the total balance; a part's balance, were it said, would be the row)."""
    if m.value is None or m.kind != "change" or m.comparison not in ("tăng", "giảm"):
        return False
    before = p.text[p.sentence_of(m):_start_of(m)]
    return unit_kind(m.unit or "") == "money" and bool(_BALANCE_PARTS.search(before))


#: ``, tương ứng giảm``, ``(tương ứng với giảm``: a rate restating the change before it.
_RATE_RESTATED = re.compile(r"(?i)[^,;.()\d]{0,30}[,(]\s*tương\s+(?:ứng|đương)(?:\s+với)?\s+(?:tăng|giảm)?\s*")


def rate_of_unstated(p: Para, i: int, m: Mention) -> bool:
    """The rate that restates a change ``count_changed`` left with no row (``về diện tích thiệt hại giảm 105.695 m2 so
    với cùng kỳ, tương ứng giảm 68,65%``): no row either, and no other row's change."""
    if i in p.unstated_rates:
        return True
    # "So với tháng cùng kỳ năm năm ngoái giảm 357 vụ (27,05%), giảm 66 người chết (10,46%)" (ym-toan-quoc-uy-ban-
    # atgt-quoc-gia-tai-nan-giao-thong-2022-01): a change claimed with no row (``change_unstated``, ``count_changed``)
    # and its rate in brackets right after it
    prev = p.figures[i - 1] if i else None
    return m.kind == "percent" and prev is not None and prev.kind == "change" and i - 1 not in p.rows and \
        prev.comparison in ("tăng", "giảm") and bool(re.fullmatch(r"(?:\s*[^\W\d_]+){0,3}\s*\(\s*", p.text[prev.end:_start_of(m)]))


def _subject_words(p: Para, m: Mention) -> list[str]:
    """The words naming what a change is of, in its own clause before its verb (``ngành sản xuất và phân phối điện``
    in ``…; ngành sản xuất và phân phối điện tăng 13,26%``), less connectives, periods and the comparison."""
    at = _start_of(m)
    after = P.noun_after(p.text, m.end, most=6)
    if after and after[0].lower() == "số":      # "tăng 7,69% số vụ, 2,94% số người chết" (p9-gialai-tngt-2020-2t)
        return [w for w in (P.fold_word(w) for w in after) if w.isalpha() and w not in NOT_SUBJECT]
    lo = P.clause_start(p.text, at)
    masked = _BRACKETED.sub(lambda b: " " * len(b.group(0)), p.text[lo:at])   # "(chiếm tỷ trọng 63,42% …)" left out
    ends = [f.end - lo for f in p.figures if lo <= f.num_start and f.end <= at and masked[f.num_start - lo] != " "]
    piece = P.without_periods(masked[max([0, *ends]):])   # after the figure before it: "…tăng 11,15%, số người chết"
    if any(k in p.rows and p.rows[k].kind != "percent" and f.end <= at and p.sentence_of(f) == p.sentence_of(m)
           for k, f in enumerate(p.figures)):   # the pair's amounts said before the rates:
        piece = _ASPECT_AHEAD.sub("", piece)    # "tăng 47,7% về lượng và tăng 37,1%": the rate before's aspect
    for part in reversed(piece.split(",")):                   # the last comma-piece naming something
        said = [w for w in (P.fold_word(w) for w in P.words_of(part)) if w.isalpha() and w not in NOT_SUBJECT]
        if said:
            return said
    return []


_BRACKETED = re.compile(r"\([^()]*\)")


def rate_of_its_own(p: Para, i: int, m: Mention, row: Row) -> bool:
    """``… đóng góp 2,14 điểm phần trăm; ngành sản xuất và phân phối điện tăng 13,26%`` (t3-bct-congnghiep-2024-h1),
    ``Cụ thể, chỉ số IIP tháng 6 tăng 4,13%`` a paragraph after ``PMI giảm dưới mức 50 điểm`` (t3-iip-congnghiep-
    2025-h1): a percentage change whose clause names a subject of its own, the row it would change standing in an
    earlier clause and naming something else, is a growth rate of its own — not that row's change.  A change in
    the row's own clause (``đạt 20,8 tỷ đồng, tăng 7,92%``), or a clause naming nothing (``So với cùng kỳ, tăng
    12%``) or the row's own subject again, stays the row's."""
    k = next((k for k in range(i - 1, -1, -1) if p.rows.get(k) is row and not p.figures[k].comparison), None)
    at = _start_of(m)       # (the figure that made the row, not a change of it)
    if k is not None and P.clause_start(p.text, p.figures[k].num_start) == P.clause_start(p.text, at):
        return False
    said = _subject_words(p, m)
    if not said:   # "Chỉ số giá tiêu dùng (CPI) tháng 6 tăng 0,55% so với tháng trước, tăng 3,52% so với cùng kỳ"
        prev = p.rows.get(i - 1) if i else None      # (c7-gialai-ktxh-2024-h1): the same subject's other rate
        return prev is not None and prev.kind == "percent" and prev.label.startswith("Tốc độ") and \
            P.clause_start(p.text, p.figures[i - 1].num_start) == P.clause_start(p.text, at)
    return not set(said) - _LABEL_FILLER <= {P.fold_word(w) for w in P.words_of(row.label)}
    # (not "Tổng giá trị sản xuất" for "giá trị sản xuất ngành nông nghiệp tăng 9,9%", p9-nghiahanh-ktxh-2018-9t)


#: ``; số hộ có mức thu nhập …``: a clause after a semicolon opening on a count's subject of its own.
_OWN_COUNT_SUBJECT = re.compile(r"(?i)^\s*(?:[-–+•]\s*)?(?:và\s+)?số\s+(?:lượng\s+)?[^\W\d_]+")


def _count_change_of_its_own(p: Para, i: int, m: Mention, row: Row) -> bool:
    """``số hộ … từ 100- 200 triệu đồng/năm là 3.287 hộ, tăng 1.757 hộ; số hộ có mức thu nhập từ 200 - 300
    triệu/năm tăng 636 hộ; số hộ thu nhập từ 300-500 triệu/năm tăng 201 hộ`` (t4-thanhchuong-sxkdg-2016): a change
    of a count in a clause of its own after a semicolon, opening on ``số <what>`` that the row before does not name,
    is the change of another count — not the row's (``…, tăng 1.757 hộ`` in the row's own clause stays its)."""
    k = next((k for k in range(i - 1, -1, -1) if p.rows.get(k) is row), None)
    if k is None or amount_names_row(p, m, row):
        return False
    at = _start_of(m)
    semi = p.text.rfind(";", p.figures[k].end, at)
    if semi < 0 or not _OWN_COUNT_SUBJECT.match(p.text[semi + 1:at]):
        return False
    def said(text: str) -> set:
        return {P.fold_word(w) for w in re.findall(r"[^\W_]+(?:[.,]\d+)*", P.without_periods(text))} - NOT_SUBJECT

    own = p.text[P.clause_start(p.text, p.figures[k].num_start):p.figures[k].end] + " " + row.label + " " + \
        " ".join(P.noun_after(p.text, p.figures[k].end))   # "xảy ra 30 vụ tai nạn; số vụ tai nạn giảm 2 vụ": the row's
    return bool(said(p.text[semi + 1:at]) - said(own) - _LABEL_FILLER)   # the band's bounds are words too


def _row_named(p: Para, i: int, m: Mention) -> Row | None:
    """``toàn tỉnh xảy ra 29 vụ cháy, làm chết 10 người, … So với cùng kỳ năm ngoái, số vụ cháy tăng 11,15%, số người
    chết tăng 100%`` (c8-dongnai-pccc-h1): the earlier row a rate's own subject names — the nearest whose label
    holds all its words (not ``Số vụ TNGT xảy ra`` for ``số vụ TNGT rất nghiêm trọng tăng 200%``)."""
    said = set(_subject_words(p, m)) - _LABEL_FILLER
    if not said:
        return None
    best, extra = None, None
    for r in [*p.rows_before(i, same_sentence=False), *reversed(p.section_rows)]:
        label = {P.fold_word(w) for w in P.words_of(r.label)} - _LABEL_FILLER
        if r.kind != "percent" and said <= label and (extra is None or len(label - said) < extra):
            best, extra = r, len(label - said)   # the most specific: "26 vụ vi phạm", not "25 vụ đã xác định …"
    return best


def _value_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Nhưng Tây Thái Bình Dương lại giảm tới 19% nên số ca đã thấp hơn (hơn 1,14 triệu ca)``: a change naming its
    own subject, the value it changed to stated later in its sentence — that value's change (points, ``đóng góp 0,5
    điểm phần trăm``, are no value a rate changes)."""
    j = i + 1
    if j >= len(p.figures) or not _subject_words(p, m):
        return False
    nxt = p.figures[j]
    if P.clause_start(p.text, nxt.num_start) != P.clause_start(p.text, m.num_start) or \
            re.search(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)", p.text[m.end:_start_of(nxt)]):
        return False          # "…tăng 2,52%, dịch vụ tăng 0 68% …; thu ngân sách đạt 540,1 tỷ": another clause's
    if nxt.kind in ("count", "money", "measure") and not nxt.comparison and \
            not (nxt.unit or P.head_noun(P.noun_after(p.text, nxt.end, most=2))).lower().startswith("điểm"):
        p.changes_ahead[j] = (p.quote(m), m.comparison, m.value, True)
        return True
    return False


def growth_again(p: Para, i: int, m: Mention) -> bool:
    """``Sản xuất công nghiệp 6 tháng đầu năm tăng 7,54%.`` after ``Giá trị tăng thêm toàn ngành công nghiệp 6 tháng
    đầu năm 2024 ước tăng 7,54%`` (t3-bct-congnghiep-2024-h1): a growth rate of the section stated again — the same
    value, the same direction, a word of its subject in common — is that row."""
    said = set(_subject_words(p, m))
    for r in [*p.section_rows, *p.reading.rows]:
        again = r.kind == "percent" and r.value == m.value and r.label.lower().startswith(f"tốc độ {m.comparison}") \
            or any(d.value == m.value and d.how.startswith(m.comparison or "-") for d in r.derived)
        if again and said & {P.fold_word(w) for w in P.words_of(r.label)} - _LABEL_FILLER:
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


#: ``cao hơn mức tăng 8,0% của cùng kỳ năm trước``: a rate compared with, last year's — not a figure of the period.
_LAST_RATE_BEFORE = re.compile(r"(?i)(?<!\w)(?:cao|thấp)\s+hơn\s+(?:(?:rất\s+)?nhiều\s+|nhẹ\s+)?(?:(?:so\s+)?với\s+)?"
                               r"mức\s+(?:tăng|giảm)\s*$")   # "thấp hơn nhiều mức tăng 9,66%" (t4-gdp-2016-h1)
_LAST_RATE_AFTER = re.compile(r"(?i)^\s*(?:của\s+)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?")
#: ``tăng 36,9% (cùng kỳ tăng 46,5%)`` (t5-hanoi-dulich-2024-h1): last year's change, in brackets after this year's.
_LAST_RATE_BRACKET = re.compile(r"(?i)\(\s*cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?\s*,?\s*(?:tăng|giảm)\s*$")


def last_rate(p: Para, i: int, m: Mention) -> bool:
    """``Tính chung 6 tháng, chỉ số IIP tăng 9,23%, cao hơn mức tăng 8,0% của cùng kỳ năm trước``
    (t3-iip-congnghiep-2025-h1): the rate the row before is compared with — its value last year."""
    if i == 0:
        return False
    bracket = m.kind in ("percent", "change") and (m.kind == "percent" or m.unit == "%") and \
        bool(_LAST_RATE_BRACKET.search(p.text[max(0, m.num_start - 40):m.num_start]))
    if not bracket and (not _LAST_RATE_BEFORE.search(p.text[max(0, m.num_start - 40):m.num_start]) or
                        not _LAST_RATE_AFTER.match(p.text[m.end:])):
        return False
    row = p.rows.get(i - 1)
    if row is None or row.kind != "percent" and not bracket:
        return False
    if bracket:              # last year's growth of the row: no value of the row's own
        row.derived.append(Derivation(p.quote(m), "mức tăng/giảm của cùng kỳ năm trước", m.value))
        p.rows[i] = row
        return True
    row.base = m.value if row.base is None else row.base
    row.derived.append(Derivation(p.quote(m), "mức tăng cùng kỳ năm trước", m.value))
    p.rows[i] = row
    return True


#: The last ``so với``/``so`` before a number the extraction took for a comparison's base.
_SO = re.compile(r"(?i)(?<!\w)so(?:\s+với)?(?!\w)")


def base_of_cue(p: Para, m: Mention) -> bool:
    """``so với cùng kỳ năm 2019 (113 vụ)``, ``so với 113 vụ cùng kỳ``: the number ends the comparison phrase.  After a
    comma (``tăng 8 tỷ so với cùng kỳ năm 2020, nâng tổng dư nợ lên hơn 256 tỷ đồng``; ``tăng 10,2% so năm trước, năng
    suất ước đạt 192,4 tạ/ha``) or a second ``với`` (``chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt``) a
    new clause has begun: the number is a figure of its own."""
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    s = p.sentence_of(m)
    cues = list(_SO.finditer(p.text, s, at))
    if not cues:
        return True
    gap = p.text[cues[-1].end():at]
    verb = _NEW_VERB.search(p.text[cues[-1].end():m.num_start])   # with the qualifier: "… ước đạt 68,4 USD/thùng"
    return "," not in gap and not re.search(r"(?i)(?<!\w)với(?!\w)", gap) and not verb and \
        not _NAMED_IN_BRACKET.search(gap) and not _AND_THEN.search(gap) and not _LIST_OPENED.search(gap)


#: ``Tất cả 6/6 khu vực … đều có số doanh nghiệp đăng ký thành lập tăng so với cùng kỳ năm 2023: Trung du và miền núi
#: phía Bắc (774 doanh nghiệp, tăng 48,3%)`` (t20-vneconomy-doanhnghiep-t1-2024): a colon outside any bracket, words
#: after it, opens a list of classes — the comparison has ended and the number is a class's figure (round 27).  The
#: period's own colon inside the bracket (``so với cùng kỳ (năm 2019: 113 vụ)``) or a number right after the colon
#: (``so với cùng kỳ năm 2019: 113 vụ``) keeps it the base.
_LIST_OPENED = re.compile(r"^[^()]*:\s*[^\W\d_]")
#: ``Có 47 tỉnh, thành phố có số người chết do TNGT giảm so với cùng kỳ và 11 địa phương …`` (t5-kienthuc-tngt-2019-h1):
#: ``và`` right before the number joins a second count to the first — the comparison has ended.
_AND_THEN = re.compile(r"(?i)(?<!\w)và\s*$")


#: ``tăng 11,25% so với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt`` (t3-quangnam-dulich-2015-05): a bracket
#: opening on a noun phrase of its own names a part of the period's figure — the base in brackets is bare, ``(113 vụ)``,
#: or names the period, ``(cùng kỳ: 113 vụ)``, ``(năm 2019 là 113 vụ)``.
_NAMED_IN_BRACKET = re.compile(r"(?i)\(\s*(?!(?:cùng\s+kỳ|năm|kỳ|quý|tháng|đạt|là|có|với|so)(?!\w))[^\W\d_]{2,}"
                               r"[^\W\d_]*\s+[^\W\d_]+[^()\d]*$")


#: ``so với cùng kỳ đã giải quyết và xét xử 118 vụ`` (c-dailoc-toaan-2023, its comma left out): an aspect particle
#: after the comparison opens a verb phrase of its own — what it counts is a figure, not the comparison's base; so does
#: an estimate (``bằng 100,7% so với cùng kỳ trên cơ sở giá dầu thô bình quân … ước đạt 68,4 USD/thùng``,
#: t7-toanquoc-thunoidia-2019-6t).
_NEW_VERB = re.compile(r"(?i)(?<!\w)(?:(?:đã|đang)\s+[^\W\d_]|ước\s+(?:đạt|tính|thực\s+hiện)(?!\w))")


#: ``(so với 79 tỉ đồng cùng kỳ năm trước)``, ``(so với chỉ 5 trường hợp trong năm 2019)``: the comparison's base said
#: between ``so với`` and the period it belongs to — the cue the extraction reads (``so với cùng kỳ (113 vụ)``) comes
#: after the number here.
_BASE_OPENS = re.compile(r"(?i)(?<!\w)so\s+với\s+(?:chỉ\s+|mức\s+)?$")
#: ``so với 15,4 triệu USD tháng 1 năm ngoái`` (round 55: t43-vinanet-tom-my-2018-01), ``so với 799.534 tấn tháng
#: 3/2014`` (t26-angimex-gaothai-t3-2015): the same month of a past year names the base's period too.
_BASE_PERIOD = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){0,2}?(?:của\s+)?(?:cùng\s+kỳ|(?:năm|kỳ|tháng|quý)\s+(?:trước|ngoái)|"
                          r"(?:trong\s+)?năm\s+\d{4}|(?:trong\s+)?(?:tháng|quý)\s+\d{1,2}\s*(?:/\s*\d{4}|năm\s+(?:trước|ngoái|\d{4})))(?!\w)")


def base_named_after(p: Para, i: int, m: Mention) -> bool:
    """``… 1.071 tỉ đồng (so với 79 tỉ đồng cùng kỳ năm trước)`` (zh-binh-dinh-dang-ky-doanh-nghiep-2017-4t): last
    period's value of the row before it, kept as that row's base — no row of its own."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure"):
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _BASE_OPENS.search(p.text[max(p.sentence_of(m), at - 20):at]) or not _BASE_PERIOD.match(p.text[m.end:m.end + 40]):
        return False
    row = _target(p, i, m)
    here = p.rows_before(i)
    if row is None and here and here[0].kind == m.kind and re.search(r"\(\s*so\s+với[^()]*$", p.text[:at]):
        row = here[0]   # "225 bản kê khai (so với chỉ 5 trường hợp trong năm 2014)": the bracket is its row's
    if row is None:
        return False
    row.base = m.value if row.base is None else row.base
    row.derived.append(Derivation(p.quote(m), "số liệu cùng kỳ được nêu để so sánh", m.value))
    p.rows[i] = row
    return True


def comparison_value(p: Para, i: int, m: Mention) -> bool:
    if not m.comparison_base or m.kind not in ("count", "money", "measure", "ratio") or not base_of_cue(p, m):
        return False
    row = _target(p, i, m)
    if row is None:
        return False
    row.base = m.value
    row.derived.append(Derivation(p.quote(m), "số liệu cùng kỳ được nêu để so sánh", m.value))
    return True


def this_and_last(p: Para, i: int, m: Mention) -> bool:
    """``tăng 93 vụ (206/113 vụ)``: a pair in brackets after a change, or restating a row, is this/last period."""
    if not (m.same_unit_pair and m.pair_role == "numerator" and m.partner is not None):
        return False
    after_change = i > 0 and p.figures[i - 1].comparison in ("tăng", "giảm") and \
        _BRACKET_BEFORE.search(p.text[p.figures[i - 1].end:m.num_start])
    same = [r for r in p.rows_before(i) if r.value == m.value and units_fit(m.unit, r.unit)]
    if not after_change and not (same and _BRACKET_BEFORE.search(p.text[:m.num_start])):
        return False
    row = same[0] if same else p.rows.get(i - 1)
    if row is None:
        return False
    last = p.mentions[m.partner].value
    if row.value == m.value:
        row.base = last
    else:
        row.notes.append(f"báo cáo ghi «{m.raw}/{p.mentions[m.partner].raw}» không khớp số liệu: kiểm tra")
    row.derived.append(Derivation(p.quote(m), "kỳ này/cùng kỳ", m.value))
    return True


#: kinds whose plan is never below zero: a count or a level (money may be a planned loss, a rate a planned fall)
_NEVER_BELOW_ZERO = ("count", "measure")


def over_plan(p: Para, i: int, m: Mention) -> bool:
    """``đạt 1,6%, vượt 0,6% so với chỉ tiêu``: the row before it less its plan."""
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if m.value is None or not _OVER.search(p.text[max(0, at - 30):at]):
        return False
    if indicator_unit(p.text, m, noun_words(p, m)):   # "đạt và vượt 15/20 chỉ tiêu": the indicators met, a row
        return False
    s = p.sentence_of(m)        # not a quota in brackets ("(8.700 người) đạt 107%, vượt 587 người", t4-tuyenquang-
    before = [r for k, r in sorted(p.rows.items(), reverse=True) if k < i and r.sentence[1] == s  # bhxh-2020-7t)
              and not _in_brackets(p.text, p.figures[k].num_start, m.num_start)] or p.rows_before(i)
    if not before:
        return False
    row = before[0]
    if row.plan is None and row.kind == m.kind and row.kind in _NEVER_BELOW_ZERO and row.value < m.value:
        # "trên báo động 3 khoảng 1,62m; vượt đỉnh lịch sử 5,48m ... là 12cm" (p42-vietnamnet-lu-thubon-2025-10):
        # the number names the mark passed, not the excess — a count or level less its excess is never below zero
        # (the plan -3,86 m a sheet cannot hold: the round trip's filled template refused it)
        return False
    if row.plan is None and row.kind == m.kind:
        row.plan = row.value - m.value
    elif row.plan is None and m.kind == "percent" and row.kind == "count":   # "105 hội viên, vượt 5% kế hoạch"
        row.plan = (row.value * 100 / (100 + m.value)).quantize(Decimal(1), ROUND_HALF_UP)
    row.derived.append(Derivation(p.quote(m), "vượt so với kế hoạch", m.value))
    return True


def share_of_plan(p: Para, i: int, m: Mention) -> bool:
    if m.kind != "percent" or m.value is None:
        return False
    for r in p.rows_before(i):
        if r.plan and within_rounding(r.value / r.plan * 100, m.value, m.decimals, m.qualifier) and \
                not own_clause_row(p, i, m, r):
            r.derived.append(Derivation(p.quote(m), "tỷ lệ thực hiện so với kế hoạch", m.value))
            return True
    return False


#: ``, đạt tỷ lệ 23,4%`` right after an amount: an amount has no rate of its own, it is its plan's share.
_RATE_OF = re.compile(r"(?i),?\s*(?:đạt|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?(?:\s+(?:trên|gần|hơn|khoảng))?\s*$")
_ACHIEVED = re.compile(r"(?i)(?<!\w)(?:đạt|hoàn\s+thành|thực\s+hiện\s+được|bằng)(?:\s+(?:trên|gần|hơn|khoảng))?\s*$")


def past_semicolon(p: Para, row: Row, m: Mention) -> bool:
    """``thương mại-dịch vụ đạt hơn 41% so kế hoạch, tăng 10,6%; thu ngân sách nhà nước trên địa bàn đạt hơn 66% so
    với dự toán`` (t16-chauduc-ktxh-2021-5t, round 23): a rate of change before a semicolon is no amount the share
    after it is of — the clause past the semicolon names its own subject (the 66 % had made a plan of 16 for the
    10,6 %)."""
    return row.kind == "percent" and ";" in p.text[_num_end_of(p, row):m.num_start]


def _num_end_of(p: Para, row: Row) -> int:
    """Where the figure of ``row`` ends in the paragraph (0 when it cannot be told)."""
    k = next((k for k, r in p.rows.items() if r is row), None)
    return p.figures[k].num_end if k is not None else len(p.text)


def _share_of_plan_itself(p: Para, i: int, row: Row) -> bool:
    """The percentage ``row`` was read from is followed by a plan's name (``123%-133% kế hoạch``): a share of a plan."""
    return any(r is row and PLAN_AFTER.match(p.text[p.figures[k].end:]) for k, r in p.rows.items() if k < i)


def plan_from_share(p: Para, i: int, m: Mention) -> bool:
    """``kết nạp 22 đảng viên, đạt 84,61% chỉ tiêu``; ``gọi 377 công dân nhập ngũ (…), đạt 100%``: the plan is
    the whole number the share implies, of the sentence's row outside brackets."""
    if m.kind != "percent" or not m.value:
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    achieved = _ACHIEVED.search(p.text[max(0, at - 20):at])
    of_amount = _RATE_OF.search(p.text[max(0, at - 30):at]) and next(iter(p.rows_before(i)), None) is not None \
        and p.rows_before(i)[0].kind == "money"   # "711,2 tỷ đồng, đạt tỷ lệ 23,4%": an amount's progress
    if not (PLAN_AFTER.match(p.text[m.end:]) or of_amount
            or (achieved and re.match(r"\s*(?:[.;]|$|,\s*vượt\s+(?:hơn\s+|trên\s+)?\d)", p.text[m.end:]))):
        return False          # (", vượt 587 người" (t4-tuyenquang-bhxh-2020-7t): the amount over the plan the share
                              # implies; not ", vượt chỉ tiêu đề ra": a rate of its own, c7-dakto-mttq-2013)
    before = [r for k, r in sorted(p.rows.items(), reverse=True) if k < i and r.sentence[1] == p.sentence_of(m)
              and not _in_brackets(p.text, p.figures[k].num_start, m.num_start)]
    if not before and PLAN_AFTER.match(p.text[m.end:]):  # "hoàn thành 100% chỉ tiêu giao quân": the count before
        before = [r for r in p.rows_before(i, same_sentence=False) + list(reversed(p.section_rows))
                  if r.kind == "count" and r.plan is None][:1]
    if before and before[0].plan is not None and _another_plan(p, i, m, before[0]):
        return True
    if not before or before[0].plan is not None or (before[0].kind == "percent" and not PLAN_AFTER.match(p.text[m.end:])):
        return False   # a rate's share of its plan only when the plan is named ("65% …, đạt gần 105% kế hoạch")
    if before[0].kind == "percent" and _share_of_plan_itself(p, i, before[0]):
        return False   # "DakDrinh … sản lượng cao 123%-133% kế hoạch, nhà máy Vũng Áng 1 cũng hoàn thành 106% kế
                       # hoạch" (xt-toan-quoc-pv-power-san-luong-dien-2021-h1, round 81): a share of a plan is no
                       # amount a second share is of
    if past_semicolon(p, before[0], m):
        return False
    row = before[0]
    if elliptic_index(p, m):     # "…, bằng 99,63% so với cùng kỳ năm trước, trong đó vụ Đông Xuân … đạt 184.989,53
        row.base = row.value * 100 / m.value if row.base is None else row.base   # ha, bằng 99,88%; …"
        row.derived.append(Derivation(p.quote(m), "so với cùng kỳ (kỳ này bằng … cùng kỳ)", m.value))
        return True
    plan = (row.value * 100 / m.value).quantize(Decimal(1), ROUND_HALF_UP)
    if not plan or not within_rounding(row.value / plan * 100, m.value, m.decimals, m.qualifier):
        return False
    row.plan, row.plan_implied = plan, True
    row.derived.append(Derivation(p.quote(m), "tỷ lệ thực hiện so với kế hoạch", m.value, plan_named(p.text, m.end)))
    return True


#: ``bằng 99,63% so với cùng kỳ``: an index the sentence names as against the same period of last year.
_INDEX_NAMED = re.compile(r"(?i)(?<!\w)bằng\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*%\s*so\s+(?:với\s+)?(?:cùng\s+kỳ|năm\s+trước)")
_BARE_INDEX = re.compile(r"(?i)(?<!\w)bằng\s*$")


def elliptic_index(p: Para, m: Mention) -> bool:
    """``Tổng diện tích gieo trồng … ước đạt 264.821,45 ha, bằng 99,63% so với cùng kỳ năm trước, trong đó vụ Đông Xuân
    toàn tỉnh đạt 184.989,53 ha, bằng 99,88%; vụ Hè Thu ước đạt 79.831,92 ha, bằng 99,07%`` (t14-nghean24h-ktxh-9t-2024):
    a bare ``bằng X%`` after the sentence named its ``bằng Y% so với cùng kỳ`` says the same comparison again — an index
    on last year, not a share of a plan (``đạt X%`` alone stays the plan's: ``đạt`` is what a plan is measured by).
    Not bare when the plan is named after it: ``than sạch đạt 21,13 triệu tấn, bằng 56% kế hoạch năm``
    (xi-toan-quoc-tkv-than-khoang-san-2018-h1), ``sản xuất than 16,7 triệu đồng/người-tháng, bằng 108% kế hoạch``
    (p42-plo-tkv-6thang-2023-h1), round 63."""
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _BARE_INDEX.search(p.text[max(0, at - 10):at]) or PLAN_AFTER.match(p.text[m.end:]):
        return False
    return bool(_INDEX_NAMED.search(p.text[p.sentence_of(m):at]))


#: The plan a rate is of, as named right after it: ``102% dự toán Trung ương``, ``21% kế hoạch cả năm``, ``84% so với
#: KH năm`` — its words up to a punctuation mark, a number or the next verb.
_PLAN_NAMED = re.compile(r"(?i)^\s*(?:%\s*)?(?:so\s+với\s+|so\s+)?(?P<name>(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán)"
                         r"(?:\s+(?!(?:đạt|bằng|và|tăng|giảm|so|vượt|trong|thì|là|nhưng|của)(?!\w))[^\W\d_]+){0,4})")


def plan_named(text: str, end: int) -> str:
    """``dự toán Trung ương`` after ``đạt 102%``: the plan the rate is of, as written ("" when none is named)."""
    m = _PLAN_NAMED.match(text[end:end + 80])
    return re.sub(r"\s+", " ", m.group("name")) if m else ""


#: Between two shares of one row: the first plan's name, a comma, the verb of the second (``tỉnh giao, đạt``).
_NEXT_SHARE = re.compile(r"(?i)^[^.;:()\d%]{0,60}?(?:,|;|\s và)\s*(?:và\s+)?(?:đạt|bằng)?\s*$")


def _another_plan(p: Para, i: int, m: Mention, row: Row) -> bool:
    """``285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao`` (tpl-chupuh-ktxh-2024-h1): a
    row measured against a second plan right after its first — a share the text derives from the row and a plan the
    table has no column for, never a row (the ``Kế hoạch`` column keeps the first)."""
    if i == 0 or not PLAN_AFTER.match(p.text[m.end:]):
        return False
    prev = p.figures[i - 1]
    if prev.kind != "percent" or not row.derived or row.derived[-1].value != prev.value or \
            not row.derived[-1].how.startswith("tỷ lệ thực hiện") or not PLAN_AFTER.match(p.text[prev.end:]) or \
            not _NEXT_SHARE.match(p.text[prev.end:_start_of(m)]):
        return False
    row.derived.append(Derivation(p.quote(m), "tỷ lệ thực hiện so với kế hoạch khác", m.value, plan_named(p.text, m.end)))
    return True


def _in_brackets(text: str, pos: int, until: int) -> bool:
    """``(Bộ Quốc phòng 312 công dân, …)``: ``pos`` stands in brackets closed before ``until``."""
    opened = text.rfind("(", 0, pos)
    return opened > text.rfind(")", 0, pos) and 0 <= text.find(")", pos) < until


def share(p: Para, i: int, m: Mention) -> bool:
    """``có 03 đảng viên, đạt 1,9%`` of the 155 before it: one row over another of its sentence."""
    if m.kind != "percent" or m.value is None or m.comparison:
        return False
    rows = [r for r in p.rows_before(i) if r.kind in ("count", "money", "measure")]
    wholes = rows + [r for r in p.rows_before(i, same_sentence=False) + list(reversed(p.section_rows))
                     if r.kind in ("count", "money", "measure") and not any(r is x for x in rows)]
    for a in rows:  # the part is stated in the sentence; the whole may be earlier ("… (chiếm 1,74%)")
        for b in wholes:
            if a is b or a.kind != b.kind or not b.value or a.value > b.value:   # 15 of 15: 100%
                continue
            if within_rounding(a.value / b.value * 100, m.value, significant_decimals(m), m.qualifier):
                a.derived.append(Derivation(p.quote(m), f"tỷ lệ so với {b.label[:1].lower() + b.label[1:]}",
                                            m.value))
                return True
    for a in rows:   # "Trong số 139 xã, có 82 xã …, chiếm tỷ lệ 59%": a whole the text gives as a standing fact
        for b in p.reading.standing:
            if a.kind == "count" and b.value and a.value <= b.value and units_fit(a.unit, b.noun) and \
                    within_rounding(a.value / b.value * 100, m.value, m.decimals, m.qualifier):
                a.derived.append(Derivation(p.quote(m), f"tỷ lệ so với tổng số {b.noun}", m.value))
                return True
    return _share_of_a_stated_whole(p, m, rows, wholes)


def _share_of_a_stated_whole(p: Para, m: Mention, rows: list[Row], wholes: list[Row]) -> bool:
    """``57 /104 xã hoàn thành 19/19 tiêu chí`` … ``có 21 xã đạt từ 15-18 tiêu chí(20,2%)`` (p-thuathienhue-ntm-2019):
    the whole an earlier ``X/Y`` of the same unit stated (its ``Kế hoạch`` column) is what a later share is of."""
    for a in rows:
        for b in wholes:
            if a is b or a.kind != "count" or b.kind != "count" or not b.plan or a.value > b.plan or \
                    not units_fit(a.unit, b.unit):
                continue
            if within_rounding(a.value / b.plan * 100, m.value, m.decimals, m.qualifier):
                a.derived.append(Derivation(p.quote(m), f"tỷ lệ so với tổng số {b.unit}", m.value))
                return True
    return False


def standing(p: Para, i: int, m: Mention) -> bool:
    """A count describing the agency or its area: its make-up (by the checker's grammar, or a noun of its
    make-up the report states in several sections), a stock it *has* (``hiện có``, ``tổng số … là``), the
    area's description, or the next item of a list that began with one."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio", "measure"):
        return False
    lo = P.clause_start(p.text, m.num_start)
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    before = p.text[max(lo, at - 80):at]
    made_up = m.kind != "measure" and _made_of(m) and (
        composition(p.text, at, m.noun, lo) or (m.value, _noun_key(m)) in p.reading.recurring) and \
        not _reached(p, i, m, at)
    gap = p.text[p.figures[i - 1].end:at] if i else ""
    listed = i > 0 and item_before(p, i) in p.standing_at and (_LIST_GAP.match(gap) or semicolon_item(gap)) and \
        not _VERBAL.search(own_passive(gap)) and not predicate_gap(gap)   # (standinglist: "8/8 phường, 46/46 khu vực")
    stock = m.kind != "measure" and (_STOCK.search(p.text[max(p.sentence_of(m), at - 80):at]) or _MAKE_UP.search(p.text[max(p.sentence_of(m), at - 80):at])) and not _period_in(p, m)
    parts = _parts_of_standing(p, i, m, at)
    whole = m.kind != "measure" and _made_of(m) and _WHOLE_OF.search(before) and \
        re.match(r"^\s*[^\W\d_]+(?:,\s*[^\W\d_]+)*\s*,", p.text[m.end:])   # "Trong số 139 xã, có 82 xã …"
    if whole:
        add_standing(p, m)
        return True          # the parts that follow are what the period brought, no list of standing facts
    verbs = [v.end() for v in _VERBAL.finditer(p.text, lo, at)]   # "công tác dân số đã tổ chức 120 buổi": what was done
    area = describes_area(p.text, at, max([lo, *verbs])) and (m.kind != "measure" or _AREA_NAMED.search(before))
    area = area or (m.kind != "measure" and (_made_of(m) and _OF_AREA.match(p.text[m.end:]) or
                                             composition_noun(m.noun) and _DIVIDED.search(before)))
    has = _has(p, m, at) or (i > 0 and (i - 1) in p.has_at and _WITH_GAP.match(gap)) or \
        _with_stock(p, i, m, gap)   # "có 7 chi hội với 504 hội viên"; "hiện có 205 cơ sở … với 9.515 phòng"
    result = _RESULT_AFTER.match(p.text[m.end:P.clause_end(p.text, m.end)])
    if result and _MEASURED_NOW.search(result.group()) and _SAID_NOW.search(p.text[p.sentence_of(m):at]) and \
            _RATIO_NEXT.match(p.text[m.end + result.end():]):
        result = None         # "Hiện nay, cả tỉnh có hơn 5.580 giường bệnh, đạt 29,4 giường trên một vạn dân"
        # (t3-quangnam-yte-2015): what the stock comes to per head, not a result of the period
    if (stock or has) and (result or achieved_after(p.text[m.end:P.clause_end(p.text, m.end)]) or
                           had_in_period(p.text[max(lo, at - 20):at])):
        stock = has = False   # "toàn huyện có 177 em học sinh tham gia và đạt HSG cấp tỉnh": what the period brought
    if not (made_up or listed or stock or area or has or parts) or _moved(p, i, m, before):
        return False
    if has:
        p.has_at.add(i)
    if m.same_unit_pair and m.partner is not None and m.value != p.mentions[m.partner].value:
        return False
    now = (stock or has) and not (made_up or area) and bool(_SAID_NOW.search(p.text[p.sentence_of(m):at]))
    add_standing(p, m, STOCK_NOW if now else "")
    p.standing_at.add(i)
    return True


#: ``tổ chức Hội trong toàn huyện gồm: 22 Hội cơ sở``: what the organisation is made of.
_MAKE_UP = re.compile(r"(?i)(?<!\d\s)(?<!\w)(?:tổ\s+chức|hệ\s+thống|bộ\s+máy)"
                      r"(?:\s+(?!được|đã|mới|thành\s+lập)[^\W\d_]+){0,6}?\s+gồm(?:\s+có)?\s*:?\s*$")
#: ``Trong số 139 xã, có 82 xã …``: the whole of the area's units the parts are counted in.
_WHOLE_OF = re.compile(r"(?i)(?:^|[.;:,])\s*trong\s+(?:tổng\s+)?số\s*$")
#: ``(trong đó có 20 hội cơ sở …`` after a standing total: its parts.
_PARTS_GAP = re.compile(r"(?i)[(,;:]\s*trong\s+đó(?:\s+có)?\s*:?\s*$")


def _parts_of_standing(p: Para, i: int, m: Mention, at: int) -> bool:
    """``22 Hội cơ sở xã, thị trấn và khối 487 (trong đó có 20 hội cơ sở xã, thị trấn và 02 hội cơ sở khối)``: the
    parts of a standing total, counted in its noun, are standing too (the later parts follow as a list); the total
    is the nearest standing count of the sentence in that noun (``205 cơ sở … với 9.515 phòng, trong đó 139 cơ sở``)."""
    def head(k: int) -> list[str]:
        return (p.figures[k].noun or "").lower().split()[:1]

    mine = (m.noun or "").lower()
    whole = max((k for k in p.standing_at if k < i and p.sentence_of(p.figures[k]) == p.sentence_of(m)
                 and head(k) and mine.startswith(head(k)[0])), default=None)
    if whole is None:
        return False
    return bool(_PARTS_GAP.search(p.text[p.figures[whole].end:at])) or \
        (i - 1 in p.standing_at and bool(re.match(r"(?i)^[^.;:!?()]{0,60}(?<!\w)và\s*$", p.text[p.figures[i - 1].end:at])))


def _has(p: Para, m: Mention, at: int) -> bool:
    """``Hội Nông dân xã Hoà Bình có 7 chi hội cơ sở``, ``Tính đến năm 2024, tỉnh Yên Bái có hơn 118.000 HVND``:
    the organisation or area the sentence opens with, then ``có`` and the count — what it has, not what it did."""
    if m.kind == "measure":
        return False
    who = subject(p.text, m.num_start)
    s = p.sentence_of(m)
    said = who and re.search(re.escape(who) + _NAME_GOES_ON + _HAS_AFTER, p.text[s:at])
    if not said and not re.search(_PLACE + _HAS_AFTER, p.text[s:at]):
        return False
    return not _period_in(p, m) or bool(_AS_OF.search(p.text[s:at]))


#: The rest of a name the subject reader cut at a lower-case word (``Hội Khuyến`` of ``Hội Khuyến học huyện Võ Nhai
#: có 156 chi hội xóm``, holdout11's working batch): a few more words, no verb particle, no number.
_NAME_GOES_ON = r"(?:\s+(?!(?:đã|đang|sẽ|được|bị|cũng|vẫn)(?!\w))[^\W\d_]+){0,5}?"
#: ``, đạt 29,4 giường trên một vạn dân``: after a stock said now, ``đạt`` and a number per head of population.
_MEASURED_NOW = re.compile(r"(?i)đạt$")
_SAID_NOW = re.compile(r"(?i)(?<!\w)hiện\s+(?:nay\W+)?(?:\w+\s+){0,3}?có(?!\w)")
_RATIO_NEXT = re.compile(r"(?i)^\s*(?:trên\s+|hơn\s+|gần\s+|khoảng\s+)?\d[\d.,]*\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s*"
                         r"(?:/|trên|mỗi)\s*(?:1\s+|một\s+)?(?:vạn|nghìn|ngàn|triệu|trăm)?\s*(?:dân|người|hộ)(?!\w)")
#: ``hiện có``, ``hiện nay có``: what the area has now (``Đến nay toàn huyện có …`` is a total the year brought).
_NOW_HAS = re.compile(r"(?i)(?<!\w)hiện\s+(?:nay\s+)?(?:\w+\s+){0,3}?có(?!\w)")
#: ``… với``: what a standing count comes with, in its sentence.
_WITH_TAIL = re.compile(r"(?i)^[^.;:!?]{0,80}(?<!\w)với\s*(?:trên|hơn|gần|khoảng)?\s*$")


def _with_stock(p: Para, i: int, m: Mention, gap: str) -> bool:
    """``Toàn tỉnh hiện có 205 cơ sở lưu trú đang hoạt động với 9.515 phòng, trong đó 139 cơ sở … với 7.180 phòng``:
    what a stock comes with, said right after it in its sentence, is part of the stock — standing too."""
    if i == 0 or (i - 1) not in p.standing_at or m.kind == "measure":
        return False
    s = p.sentence_of(m)
    first = min((k for k in p.standing_at if p.sentence_of(p.figures[k]) == s), default=None)
    if first is None or p.sentence_of(p.figures[i - 1]) != s:
        return False
    opening = p.text[s:_start_of(p.figures[first])]
    return (bool(_NOW_HAS.search(opening)) or not _BROUGHT_TO.search(opening)) and bool(_WITH_TAIL.match(gap))
    # "Trên toàn tỉnh có 160 cơ sở với 6.780 phòng" (t3-brvt-dulich-2011) too; not "Đến nay toàn huyện có 16 hội
    # cơ sở với 5.237 hội viên" (n-xuyenmoc-ctd-2018): a total the year brought, what comes with it a figure


#: ``Đến nay``, ``Tính đến …``: a total as the period left it.
_BROUGHT_TO = re.compile(r"(?i)(?<!\w)(?:đến\s+nay|tính\s+đến)(?!\w)")


_WITH_GAP = re.compile(r"^[^.;:!?\d]{0,40}(?<!\w)(?:với|gồm)\s*$")
#: A named place opening the clause: ``tỉnh Yên Bái``, ``xã Hoà Bình``.
_PLACE = r"(?:^|,)\s*(?i:tỉnh|huyện|xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|quận)\s+(?:[A-ZĐÂÊÔƠƯ][^\s,]*\s*){1,3}?"
_AS_OF = re.compile(r"(?i)(?<!\w)(?:tính\s+đến|đến\s+nay|hiện\s+nay)(?!\w)")


def _period_in(p: Para, m: Mention) -> bool:
    """The sentence names a period (``Năm 2021, toàn tỉnh có …``): what it has is a result of that period."""
    s = p.sentence_of(m)
    return any(x.period is not None for x in find_mentions(p.text[s:m.num_start])) or \
        bool(_SCHOOL_YEAR.search(p.text[s:m.num_start])) or bool(_PAST_SPAN.search(p.text[s:m.num_start]))


#: ``Nhiệm kỳ qua, toàn huyện có 9.175 lượt hộ gia đình đăng ký …`` (holdout11's working batch): the span just past.
_PAST_SPAN = re.compile(r"(?i)(?<!\w)(?:nhiệm\s+kỳ|năm|giai\s+đoạn)\s+(?:vừa\s+)?qua(?!\w)")


#: ``năm học 2017-2018``: the period of a school's figures.
_SCHOOL_YEAR = re.compile(r"(?i)(?<!\w)năm\s+học\s+\d{4}\s*[-–]\s*\d{4}")


#: ``tiến hành 3 cuộc thanh tra … tại 3 đơn vị``: where the period's actions took place.
_AT_PLACE = re.compile(r"(?i)(?<!\w)(?:tại|ở)(?:\s+(?:các|tất\s+cả))?\s*$")


#: ``27 máy thuộc 21 đơn vị``: the units the period's counted things belong to.
_BELONGS = re.compile(r"(?i)(?<!\w)thuộc\s*$")
#: Administrative areas: what things belong to by where they are (``7 xã của 4 huyện thuộc 2 tỉnh``), the make-up.
_AREAS = ("xã", "phường", "thị trấn", "thôn", "ấp", "bản", "buôn", "làng", "sóc", "khóm", "xóm", "khu phố", "tổ dân phố",
          "khu dân cư", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "đơn vị hành chính")


def _reached(p: Para, i: int, m: Mention, at: int) -> bool:
    """``Thanh tra tỉnh đã tiến hành 3 cuộc thanh tra … tại 3 đơn vị``: units named as where a count of the period's
    actions took place, in the same clause, are what those actions reached — a figure, not the make-up; so are the
    units the period's counted things belong to (``cấp mới giấy phép hoạt động thiết bị X-quang cho 27 máy thuộc 21
    đơn vị``) unless they are areas (``giáp danh với 7 xã của 4 huyện thuộc 2 tỉnh``: geography)."""
    noun = (m.noun or "").lower()
    belongs = bool(_BELONGS.search(p.text[max(0, at - 10):at])) and \
        not any(noun == a or noun.startswith(a + " ") for a in _AREAS)
    if not belongs and not _AT_PLACE.search(p.text[max(0, at - 16):at]):
        return False
    if not belongs and reached_in_period(p, m, at):
        return True           # "Trong quý I năm 2019, … tổ chức tiếp xúc cử tri … tại 13 ấp" (placesreached)
    lo = P.clause_start(p.text, m.num_start)
    return any(p.figures[k].num_start >= lo and (r := p.rows.get(k)) is not None and r.kind == "count"
               for k in range(i))


#: ``Tổng dư nợ 526,5 tỷ đồng với 12.493 hộ còn dư nợ, gồm 15 chương trình cho vay``: what a total is made of.
_MADE_OF = re.compile(r"(?i)(?<!\w)(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*$")


#: A sentence opening on the breakdown of what came before: ``Trong đó``, ``Cụ thể``, ``Gồm``, or a list bullet.
_BREAKDOWN_OPENER = re.compile(r"(?i)\s*(?:[-–+•*]\s*)?(?:trong\s+đó|cụ\s+thể|bao\s+gồm|gồm)(?!\w)")
#: What may stand between the opener and the first count: ``có``, a name and its colon (``Cơ sở đã được xếp hạng:``).
_BREAKDOWN_GAP = re.compile(r"(?i)^(?:[\s,:]*[^\W\d_][^:.;\d]{0,60}:)?[\s,:]*(?:có|gồm|là)?\s*$")
_BULLET = re.compile(r"^\s*[-–+•*]")


def breakdown_of_standing(p: Para, i: int, m: Mention) -> bool:
    """``Toàn tỉnh hiện có 289 cơ sở y tế, … với hơn 5.600 cán bộ khám, chữa bệnh. Trong đó, có hơn 950 bác sĩ``
    (t3-quangnam-yte-2015); ``Trên toàn tỉnh có 160 cơ sở với 6.780 phòng`` / ``Trong đó: Cơ sở đã được xếp hạng: 75
    cơ sở …. Cụ thể:`` / ``• 01 Khách sạn 5 sao với 144 phòng`` (t3-brvt-dulich-2011): the breakdown of a stock, said
    right after it (a sentence opening on ``Trong đó``/``Cụ thể`` with nothing done between, or the list's bullets
    after a colon), is standing too — counts only, none compared, none of a period named."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio"):
        return False
    s = p.sentence_of(m)
    if s in p.breakdowns:            # a later count of a breakdown sentence ("75 cơ sở …, với 4.195 phòng")
        claim = True
    else:
        firsts = [k for k in range(i) if p.sentence_of(p.figures[k]) == s]
        if firsts or _period_in(p, m):
            return False
        before = [k for k in range(i) if p.sentence_of(p.figures[k]) < s]
        after_standing = (before[-1] in p.standing_at) if before else p.reading.tail_standing
        head = P.LIST_DASH.sub("", p.text[s:_start_of(m)], count=1) if _BULLET.match(p.text[s:]) else None
        opener = _BREAKDOWN_OPENER.match(p.text, s, _start_of(m))
        bullet = head is not None and not before and p.reading.list_open
        claim = bullet and _BREAKDOWN_GAP.match(head) or \
            after_standing and opener and _BREAKDOWN_GAP.match(p.text[opener.end():_start_of(m)])
    if not claim or _RESULT_AFTER.match(p.text[m.end:P.clause_end(p.text, m.end)]):
        return False          # "+ Có 18 cán bộ … được công nhận chiến sĩ thi đua": what the period brought
    p.breakdowns.add(s)
    add_standing(p, m)
    p.standing_at.add(i)
    return True


# The bodies a congress elects (``committee.BODY``: ``Ban Chấp hành``/``BCH``, ``Ban Thường vụ``, ``Ủy ban Kiểm tra``),
# ``bầu`` (``committee.ELECT``) and the body's size said after its name (``committee.SIZE_SAID``: ``Ban Chấp hành … gồm
# 47``, ``BCH: 2``) are read once, below the checker and the template: service/checker/recognisers/committee.py.
#: Who is elected: members, delegates — counted in people.
_MEMBERS = re.compile(r"(?i)^\s*(?:đồng\s+chí|đ/c|ủy\s+viên|uỷ\s+viên|thành\s+viên|người|đại\s+biểu|vị)(?!\w)")
#: ``11 đồng chí vào Ban Thường vụ``, ``31 thành viên Ban Thường vụ``: the body named right after the members.
_BODY_AFTER = re.compile(r"(?i)\s*(?:đồng\s+chí|đ/c|ủy\s+viên|uỷ\s+viên|thành\s+viên|người)\s+(?:vào\s+|của\s+)?"
                         r"(?:" + committee.BODY_NAMES + r")(?!\w)")
_TO_CONGRESS = re.compile(r"(?i)(?<!\w)(?:đi\s+)?dự\s+(?:đại\s+hội|hội\s+nghị)(?!\w)")   # "bầu 8 đại biểu dự hội nghị
# điển hình … của tỉnh" (t4-thanhchuong-sxkdg-2016): the delegates a conference sends on


def congress_make_up(p: Para, i: int, m: Mention) -> bool:
    """``Đại hội đã bầu Ban Chấp hành … gồm 38 đồng chí (khuyết 1 đồng chí)``, ``bầu 11 đồng chí vào Ban Thường vụ``,
    ``bầu 8 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội …`` (t3-phuocson-daihoi-2020, t3-twdoan-bch-2017,
    t3-honquan-ccb-2017): the bodies a congress elects and the delegates it sends are its make-up — the standing
    sheet's, no figure of the term.  The attendance (``Tham dự có 115 đại biểu đại diện cho 5.540 hội viên``) elects
    nothing and stays a row."""
    if m.value is None or m.comparison or m.kind != "count" or not _MEMBERS.match(p.text[m.num_end:]):
        return False
    lo, hi = P.clause_start(p.text, m.num_start), P.clause_end(p.text, m.end)
    at = _start_of(m)
    elected = committee.ELECT.search(p.text[lo:at]) and (committee.BODY.search(p.text[lo:hi]) or
                                                        _TO_CONGRESS.search(p.text[m.end:hi]))
    sized = committee.SIZE_SAID.search(p.text[lo:at]) or _BODY_AFTER.match(p.text[m.num_end:hi])
    if not (elected or sized):
        return False      # (not "Ban Chấp hành Hội gồm 47 đồng chí, …, với tổng số hội viên lên tới 5.145 người")
    add_standing(p, m)
    p.standing_at.add(i)
    return True


#: ``4 cấp``: levels (of a title, of the organisation) — not ``3 cấp ủy`` (party committees, a figure).
_LEVELS = re.compile(r"(?i)^cấp(?!\s+(?:ủy|uỷ|ủy\s+viên|xã|huyện|tỉnh)\b)(?:\s|$)")


def programme(p: Para, i: int, m: Mention) -> bool:
    """``triển khai 2 cuộc vận động lớn``, ``3 phong trào của hội``: programmes counted, no figure of the period;
    the programmes a total is made of (``…, gồm 15 chương trình cho vay``) are its standing make-up."""
    if m.kind != "count" or m.value is None or m.comparison:
        return False
    noun = (m.noun or "").lower()
    if _LEVELS.match(noun) and m.value <= 10:   # "hộ sản xuất, kinh doanh giỏi 4 cấp" (t4-haiduong-sxkdg-2017): the
        return True                             # levels of a title, not a count of the period
    if not any(noun == w or noun.startswith(w + " ") for w in PROGRAMME_NOUNS):
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if _MADE_OF.search(p.text[max(0, at - 12):at]) and i > 0 and p.rows_before(i):
        add_standing(p, m)
        return True
    return m.value <= 10


def table_run(p: Para, i: int, m: Mention) -> bool:
    """``716 660 2850 585150``: numbers of a flattened table, with no word saying what any of them counts."""
    if m.noun or m.kind != "count":
        return False
    near = [f for f in p.figures if abs(f.num_start - m.num_start) < 40 and not f.noun and f.kind == "count"]
    return len(near) >= 3 and not re.search(r"[^\W\d_]", p.text[min(f.num_start for f in near):
                                                               max(f.num_end for f in near)])


def repeat(p: Para, i: int, m: Mention) -> bool:
    """A count stated again in another sentence of the section: same value, same noun (and, for a
    small number, the same words after it: small counts coincide too often)."""
    if m.value is None or m.comparison:
        return False
    if kind_of(p, m) == "measure":   # "207 ngàn tấn": a measure after a scale word too
        return _amount_again(p, i, m, m.unit if m.kind == "measure" else unit_of(p, i, m))
    if m.kind not in ("count", "ratio"):   # "51/61 vụ" said again too
        return False
    unit = unit_of(p, i, m)
    s = p.sentence_of(m)
    before = p.text[s:m.num_start].lower()
    for r in p.section_rows:   # "đại diện hơn 29.000 hội viên" … "nâng tổng số hội viên hiện nay hơn 29.000 người"
        if r.kind == "count" and r.value == m.value and m.value >= 100 and r.sentence != (p.key, s) and \
                r.unit.lower() in PERSON and unit.lower() in PERSON and r.unit.lower() in before:
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    rest = [w for w in noun_words(p, m)[len(unit.split()):] if w[0].isalpha()]
    for r in p.section_rows:
        if r.kind != "count" or r.value != m.value or r.unit.lower() != unit.lower() or r.sentence == (p.key, s):
            continue
        said = r.label.split()[1 + len(unit.split()):]
        if _same_noun(rest, said, m.value) and (rest or not _other_action(p, m, r)):
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


def _other_action(p: Para, m: Mention, row: Row) -> bool:
    """``Xử phạt hành chính trong lĩnh vực trật tự an toàn xã hội 16 vụ, 56 đối tượng`` after ``16/22 vụ phạm tội ẩn
    được chủ động phát hiện`` (tpl-bachthong-toipham-2018-h1): a count with nothing after its noun whose clause says
    what was done (the clause's first figure), in words the row's label has none of, counts another action — no
    repeat."""
    lo = P.clause_start(p.text, m.num_start)
    if any(f is not m and f.is_figure and lo <= f.num_start < m.num_start for f in p.figures):
        return False      # "đã giải quyết 37 vụ, 68 đối tượng, bao gồm 20 vụ": the clause's action is an earlier count's
    said = {w.lower() for w in P.verb_before(p.text, _start_of(m), lo, p.mentions, None) if w[:1].isalpha()}
    said -= P.EDGE_WORDS
    label = {w.lower() for w in row.label.split()}
    return bool(said) and not said & label


def _same_noun(rest: list[str], said: list[str], value) -> bool:
    """The words after a count's unit name what an earlier row's label names: any word in common for a count of
    10 or more; for a small one, the same words from the start — the restatement may say more (``2 vụ tai nạn
    giao thông`` then ``2 vụ TNGT đường bộ nghiêm trọng``). Initials count as the words they spell."""
    spelled = [w.lower() for w in spell_initials(rest, said)], [w.lower() for w in spell_initials(said, rest)]
    if _opens_with_initials(rest, said, *spelled):
        return True       # "2 vụ TNGT toàn tỉnh xảy ra" / "2 vụ tai nạn giao thông đường bộ": one noun, two spellings
    rest, said = spelled
    if value >= 10 and (not rest or set(rest) & set(said)):
        return True
    return bool(rest) and (rest == said[:len(rest)] or len(said) >= 2 and said == rest[:len(said)])


def _opens_with_initials(rest: list[str], said: list[str], rest_spelled: list[str], said_spelled: list[str]) -> bool:
    """One phrase opens with initials the other opens by spelling out (``TNGT …`` / ``tai nạn giao thông …``)."""
    for short, spelled, other in ((rest, rest_spelled, said_spelled), (said, said_spelled, rest_spelled)):
        if short and len(spelled) > len(short) and short[0].isupper():
            n = len(spelled) - len(short) + 1       # the words the opening initials stand for
            if spelled[:n] == other[:n]:
                return True
    return False


_NAMING = {"số", "tổng", "đạt", "ước", "được", "diện", "tích", "khối", "lượng", "chiều", "dài"}


def _amount_again(p: Para, i: int, m: Mention, unit: str | None) -> bool:
    """``Vụ Đông Xuân 2019, sản lượng lương thực ước đạt 207 ngàn tấn`` then ``Sản lượng lương thực vụ Đông Xuân 2019
    ước đạt 207 ngàn tấn, giảm 0,2%``: a measure stated again of the same thing (three words of what it is in
    common) in another sentence of the section is that row (amounts are not: ``300.000 đồng`` a gift recurs)."""
    s = p.sentence_of(m)
    words = {w.lower() for w in P.words_of(p.text[s:m.num_start]) if w[:1].isalpha() and len(w) > 1}
    for r in p.section_rows:
        if r.value != m.value or r.sentence == (p.key, s) or r.kind != "measure" or \
                (r.unit or "").lower() != (unit or "").lower():
            continue
        named = {w.lower() for w in P.words_of(r.label) if w[:1].isalpha() and len(w) > 1} - P.EDGE_WORDS - _NAMING
        shared = words & named
        if len(shared) >= 3 or (len(named) >= 2 and named <= words):   # "Sản lượng thủy sản": all its words said again
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


def _names_its_part(row: Row, m: Mention, whole: Row) -> bool:
    """A part counted in a noun of its own (``28 đơn (24 khiếu nại, 4 kiến nghị)``, yz-ben-tre-thanh-tra-tinh-tiep-dan-
    xu-ly-don-2020-04) restates only a row that names that noun — not ``trả lại 4 đơn``, the whole's noun."""
    own = " ".join(P.words_of(m.unit or m.noun or "")).lower()
    if not own or own == (whole.unit or "").lower():
        return True
    return own in f"{row.unit} {row.label}".lower()


def parts_again(p: Para, i: int, m: Mention) -> bool:
    """``chuyển Hạt Kiểm lâm: 33 vụ (phá rừng 27 vụ, khai thác lâm sản 6 vụ)`` after the section stated ``Phá rừng
    trái pháp luật: 27 vụ`` and ``Khai thác lâm sản trái phép: 6 vụ``: counts in brackets after a count, adding up
    to it, each a row the section already has, restate those rows (small numbers too: the sum is the evidence)."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role:
        return False
    opened = p.text.rfind("(", 0, m.num_start)
    closed = p.text.find(")", m.num_start)
    if opened < 0 or closed < 0 or p.text.rfind(")", 0, m.num_start) > opened:
        return False
    head = next((k for k in range(i - 1, -1, -1) if p.figures[k].end <= opened), None)
    whole = p.rows.get(head) if head is not None else None
    if whole is None or whole.kind != "count" or p.text[p.figures[head].end:opened].strip(" ,") != "" and \
            len(P.words_of(p.text[p.figures[head].end:opened])) > 3:
        return False
    inside = [f for f in p.figures if opened < f.num_start < closed]
    if any(f.kind != "count" or f.value is None or not units_fit(f.unit, whole.unit) for f in inside) or \
            sum(f.value for f in inside) != whole.value:
        return False
    earlier = [r for r in p.section_rows if r.kind == "count" and r.value == m.value and units_fit(r.unit, whole.unit)
               and r is not whole and r.sentence != (p.key, p.sentence_of(m)) and _names_its_part(r, m, whole)]
    if not earlier:
        return False
    said = {w.lower() for w in P.words_of(p.text[P.clause_start(p.text, m.num_start):m.num_start])}
    row = max(earlier, key=lambda r: len(said & {w.lower() for w in P.words_of(r.label)}))
    row.repeats.append(p.quote(m))
    p.rows[i] = row
    return True


RECOGNISERS = (rate_of_unstated, *DATES, *OLD_DATES, *AGES, *AGES_NAMED, *UNDER_GROUPS, *SIZES, *UNIT_SIZES, *GIVEN, *PLANNED, *PLAN_SIZES, *AHEAD, *MARKS, *PASSED, *ASIDES, *OCCASIONS, *MULTIPLES, *INCIDENTS, *ORGANISATION, *GROUPED, *RANKS, *TOPS, *IDENTIFIERS, *PICTURES, *DISCOUNTS, *DESIGNATIONS, *HOUSE_NUMBERS, *ENUMERATED, *SINGLED, *WORKS, *(unless_estimate(f) if f is aim else f for f in BEFORE_ROWS), *OTHER_YEARS, *MOVED, *REVERSED_FROM, *DIVIDED, *AIMED_YEAR, *BOUNDS, *MEMBER_BOUNDS, *BANDS, *PRICE_RANGES, *RANGED, *YEARLY, *CONTEXT, cut_at_end, *SHARES, *AGE_GIFTS, *RESTATED, line_length, *WATERS, *CAPITAL, last_rate, breakdown_of_standing, congress_make_up, *DELEGATES, *ELECTED, *SPREAD, *LISTED, *UNMARKED, *REACHED, *INDEX_CHANGES, *CHANGED_PARTS, no_change, *aspect_times(change), chained_change, *CHANGED_PAIR, *THIS_FIGURE, *CHANGE_AMOUNTS, change, change_stressed, past_value, past_bracket, *LAST_MONTH, *CONTRASTED, *EARLIER, *COMPARED_EARLIER, compared_to, index_of_last, *INDEXED, index_ahead, base_named_after, comparison_value, this_and_last, over_plan, share_of_plan,
               plan_from_share, share, *AFTER_SHARES, *GROUPS, change_unstated, count_changed, *PART_CHANGES, balance_parts_changed, *HELD, *IN_FORCE, unless_managed(standing), *INVENTORY, unless_part_of_counted(unless_listed_kind(programme, PROGRAMME_NOUNS), PROGRAMME_NOUNS), table_run, parts_again, *COMPOUND, *MONEY_AGAIN, repeat,
               share_again, *SIGNED_RATES, *RESPECTIVE, *FRACTIONS, *CAPACITY)


# ---------------------------------------------------------------------------------- standing facts

def _made_of(m: Mention) -> bool:
    """The noun is one an area or an organisation is made of, and ends there (``06 đoàn thể của huyện``,
    ``16 xã, thị trấn``; not ``962 đơn vị máu``)."""
    unit = composition_noun(m.noun)
    if not unit:
        return False
    rest = m.noun[len(unit):].split()
    return not rest or rest[0] in {"của", "trên", "trong", "thuộc", "và", "ở", "tại", "có", "đã", "được",
                                   "với", "cùng", "là", "huyện", "tỉnh", "xã", "thị", "toàn"}


def _noun_key(m: Mention) -> str:
    return composition_noun(m.noun) or ""


def recurring_make_up(report_paragraphs) -> set:
    """(value, noun) of make-up counts (``16 xã``) a report states in two sections or more."""
    seen: dict[tuple, set] = {}
    for section_key, texts in report_paragraphs:
        for text in texts:
            for m in extract_numbers(P.nfc(text)):
                if m.is_figure and m.value is not None and m.kind in ("count", "ratio") and _made_of(m):
                    seen.setdefault((m.value, _noun_key(m)), set()).add(section_key)
    return {k for k, sections in seen.items() if len(sections) >= 2}
