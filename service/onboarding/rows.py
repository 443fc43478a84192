"""Every figure a report states, as the rows of the table it was written from.

``read_figures(report)`` walks the report (preamble, then sections; plans for the next period
left out), reads every number (``service.checker.extract``) and, figure by figure, tries the
recognisers of ``service.onboarding.recognisers`` (a comparison, a share, a standing fact, a
repeat…); a figure none claims is a row: its value, its unit as written
(``service.onboarding.nouns``), its label (``service.onboarding.labels``), the organisation
the sentence names, the section, its qualifier and the phrase it stands in.  ``X/Y`` of one
unit is a row of value ``X`` and plan ``Y``.  After a paragraph is read, a per-unit amount
(``1.000.000đ/suất``) whose count and total its sentence states is their quotient, not a row.
A headline's numbers restate the body's: a headline figure the body states again is that row.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from index.model import ParsedReport, Section
from index.parse import _date_of
from service.checker.extract import COUNT_UNITS, Mention, extract_numbers
from service.checker.match import value_supports, within_rounding
from service.checker.recognisers.bulletin import season_year
from service.figures.units import read_unit
from service.onboarding.planned import plan_mark_cut
from service.onboarding.passed import counted_thousands
from service.onboarding.directions import directions_read
from service.onboarding.abbreviated import abbreviations_read
from service.onboarding.zeros import zeros_read
from service.onboarding.tallied import tallies_read, tally_unit
from service.onboarding.each import each_place_pass
from service.onboarding.shared import shared_counts_pass
from service.onboarding.signed import signed_plan_pass
from service.onboarding.thousands import join_thousands
from service.onboarding.foot import a_listed_headline, before_other_articles
from service.onboarding.digest import digest_first
from service.onboarding.slugs import without_slugs
from service.onboarding import labels as L
from service.onboarding import reached
from service.onboarding import phrases as P
from service.onboarding import subjects
from service.onboarding import asides, matrix, owners, parts, pasted, planrates, running
from service.onboarding.model import Derivation, Para, Reading, Row
from service.onboarding.plans import assigned_pass
from service.onboarding.runin import run_in
from service.onboarding.unitlists import unit_pairs_pass
from service.onboarding.statements import aim, head_word
from service.onboarding.counted import named_plainly
from service.onboarding.rates import OWN_ROWS, named_label, rate_again, rate_of_rows
from service.onboarding.nouns import kind_of, money_unit, noun_words, rescaled, unit_before, unit_of
from service.onboarding.twice import said_twice
from service.onboarding.breakdowns import breakdown_again
from service.onboarding.wholes import whole_of_share
from service.onboarding.changewords import NOT_SUBJECT, subject_phrase, units_fit
from service.onboarding.recognisers import RECOGNISERS, recurring_make_up
from service.onboarding.standingnote import add_standing
from service.periods import find_mentions, parse_period

_PLAN_HEADING = re.compile(r"(?i)^\W*(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|giải\s+pháp|đề\s+xuất|kiến\s+nghị|"
                           r"mục\s+tiêu|chỉ\s+tiêu\s+phấn\s+đấu|dự\s+kiến)")
_MORE_LESS = re.compile(r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+$")
_CHAINED = re.compile(r"^\s*(?:,|và|với)\s*$")
HEADLINE_WORDS = 30   # a first paragraph this short, taken for the title, is a headline; a longer one is body


# ---------------------------------------------------------------------------------- one row

def label(p: Para, i: int, m: Mention, kind: str, unit: str) -> str:
    clause = P.clause_start(p.text, m.num_start)
    lo = max(clause, previous_end(p, i))
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if lo > start:   # "giảm từ 7 Ban xuống còn 3 Ban": the row's phrase starts before the count it replaces
        lo = clause
    if p.changes_ahead.get(i, ("", ""))[1] == "index":   # "khách quốc tế chỉ đạt 28% so với … với trên 3.000 lượt"
        prev = p.figures[i - 1]
        start = _INDEX_VERB.sub("", p.text[:prev.qualifier_start if prev.qualifier_start is not None
                                           else prev.num_start]).__len__()
        lo = max(clause, previous_end(p, i - 1))
    noun = noun_words(p, m)
    org = p.orgs[i]
    named = _named_before(p, i, start)
    if named and next_is_named(p, m):
        noun = []   # "tăng huyết áp: 4.290, bệnh nhân … tiểu đường: 4.149": the words after name the next figure
    partner = _pair_head(p, i, m)
    if partner is not None and partner in p.verbs:
        verb = p.verbs[partner]   # "thụ lý 249 vụ/359 bị can": the bị can were what "thụ lý" did too
    else:
        verb = named or P.verb_before(p.text, start, lo, p.mentions, org, most=12)
    if not verb and i and i - 1 in p.verbs and _CHAINED.match(p.text[previous_end(p, i):start]) and \
            not _OWN_VERB.match(" ".join(noun[len(unit.split()):])):   # "… và 59 người bị thương": a verb of its own
        verb = p.verbs[i - 1]  # "khởi tố 14 vụ, 18 bị can": the second count shares the first's verb
    if not verb and (kind != "count" or not [w for w in noun[len(unit.split()):] if w != ","]):
        verb = P.sentence_verb(p.text, m.num_start, p.mentions, org)  # nothing else says what it counts
    p.verbs[i] = verb
    verb = _as_inside(p.text, verb, start)
    if kind == "count":
        owned = _owners_of(p, i, start)
        if owned:                         # "cấp mới giấy phép … cho 27 máy thuộc 21 đơn vị": the units having them
            verb = ["có", *owned]
        if unit and unit_before(p, m):  # the noun stood before the number: it is no part of the verb
            n = len(unit.split())
            verb = verb[:-n] if [w.lower() for w in verb[-n:]] == unit.lower().split() else verb
            noun = []
        if _WITH.search(p.text[max(0, start - 6):start]) and [w for w in noun[len(unit.split()):] if w != ","]:
            verb = []  # "…, với 26.215 lượt CBCS tham gia": an accompanying count says what it counts itself
        return L.count_label(unit or "", noun, verb)
    if kind == "percent":
        own = named_label(p, m)
        if own:                       # "tỷ lệ tiếp nhận giải quyết tin báo, tố giác tội phạm đạt 90,8%"
            return L.finish(P.words_of(own), "Tỷ lệ")
        if noun and noun[0] == "o":   # "17,15%o": per mille, not a word
            noun = noun[1:]
        if m.comparison in ("tăng", "giảm") and not named:   # "bia tăng 10,5%", no base: a growth rate, a figure
            subject = P.verb_before(p.text, start, lo, p.mentions, org, most=8)
            if not any(w[:1].isalpha() and P.fold_word(w) not in NOT_SUBJECT for w in subject):
                subject = subject_phrase(p, m) or subject   # "Giá trị tăng thêm … 6 tháng đầu năm 2024 ước tăng 7,54%"
            subject = _as_inside(p.text, subject, start)
            grew = _chained_growth(p, i, start)
            words = [*L.growth_words(m.comparison, []), *grew] if grew else L.growth_words(m.comparison, subject)
            base = _base_said(p, m)
            text = L.finish(words, "Tốc độ tăng")
            room = L.MAX_WORDS - len(base.split())
            if base and len(text.split()) > room:      # the base is said whole; what grew is cut to make room
                text = L.finish(text.split()[:room], text)
            return f"{text} {base}" if base else text
        text = L.percent_label(named or P.percent_before(p.text, m, lo, p.mentions, org), noun)
        before = p.rows_before(i)
        if text == "Tỷ lệ" and before and before[0].kind in ("count", "money", "measure"):   # "Hộ nghèo: 189 hộ, tỷ lệ 6,9%"
            return L.finish(["Tỷ", "lệ", *P.words_of(re.sub(r"^(?:Tổng\s+)?[Ss]ố\s+", "", before[0].label))], text)
        return text
    if kind == "measure":
        dim = P.dimension_before(p.text, m, lo)
        if dim:  # "làm đường bê tông, với chiều dài 180m": what is measured comes before the dimension
            cut = p.text.rfind(dim, lo, start)
            verb = P.verb_before(p.text, cut if cut >= 0 else start, lo, p.mentions, org)
        while noun and (noun[0].lower() == unit.lower() or noun[0].lower() in ("vạn", "nghìn", "ngàn", "triệu")):
            noun = noun[1:]          # "61,8 vạn tấn": the scale and the unit are no part of the label
        return _crop_of_sentence(p, i, L.measure_label(unit, dim, noun, verb))
    return _money_label(p, i, m, clause, start, org)


#: What is done to a crop's area (``Diện tích gieo trồng lúa``, ``… thu hoạch``): no part of the crop's name.
_TILLING = re.compile(r"(?i)^(?:gieo\s+(?:trồng|cấy|sạ)|xuống\s+giống|thu\s+hoạch|trồng(?:\s+mới)?)\s+")


#: Words that say how the measure was taken, not what of (``Năng suất bình quân``): no crop to carry on.
_MEASURE_WORD = re.compile(r"(?i)^(?:bình\s+quân|trung\s+bình|toàn|cả|chung)(?!\w)")


def _crop_of_sentence(p: Para, i: int, text: str) -> str:
    """A measure named by its own name alone (``Sản lượng``, ``Năng suất``) is of the crop its sentence named just
    before: ``xuống giống hơn 7,1 triệu ha lúa, sản lượng đạt hơn 42,66 triệu tấn, …, năng suất đạt 60,1 tạ/ha`` is
    ``Sản lượng lúa``, ``Năng suất lúa``; ``ngô đạt 45,10 tạ/ha, tăng 1,67%, sản lượng đạt 56.557 tấn`` is ``Sản
    lượng ngô`` — the one or two words after ``Diện tích``/``Năng suất`` of the nearest such row of the sentence
    (what is done to the area, ``gieo trồng``, ``thu hoạch``, left out)."""
    if not L.measure_name(P.words_of(text)) or len(text.split()) != 2:
        return text
    for r in p.rows_before(i):
        words = r.label.split()
        if r.kind != "measure" or " ".join(words[:2]) not in ("Diện tích", "Năng suất"):
            continue
        crop = _TILLING.sub("", " ".join(words[2:])).split()
        if 1 <= len(crop) <= 2 and not _MEASURE_WORD.match(" ".join(crop)):
            return L.finish([*text.split(), *crop], text)
        return text
    return text
    for r in p.rows_before(i):
        words = r.label.split()
        if r.kind == "measure" and words[:2] == ["Diện", "tích"] and 1 <= len(words) - 2 <= 3:
            return L.finish([*text.split(), *words[2:]], text)
    return text


#: The base a change is measured from: ``so với tháng trước``, ``so với cùng kỳ năm trước``, ``so với tháng 12 năm
#: ngoái``, ``so với tháng 12/2022`` — said right after the change (``tăng 0,54% so với tháng trước``) or opening
#: its clause (``so với tháng 12/2022, CPI tháng 11 tăng 1,72%``, ``So với tháng trước, … nhóm … tăng 0,02%``).
_BASE_WORDS = (r"(?P<base>(?:(?:tháng\s+)?cùng\s+kỳ|cùng\s+thời\s+điểm|tháng\s+trước|quý\s+trước|năm\s+trước|kỳ\s+trước|đầu\s+năm|"
               r"tháng\s+\d{1,2}(?:/\d{4})?)(?:\s+năm\s+(?:trước|ngoái|\d{4}))?)(?!\w)")
_BASE = re.compile(r"(?i)^\s*\)?\s*,?\s*so\s+(?:với\s+)?" + _BASE_WORDS)
_BASE_OPENS = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?" + _BASE_WORDS +
                         r"(?=\s*,|\s+(?:[^\W\d_]+\s+){0,3}?(?:\d{1,2}\s+)?(?:tăng|giảm)(?!\w))")
_BASE_ANY = re.compile(r"(?i)%\s*\)?\s*,?\s*so\s+(?:với\s+)?" + _BASE_WORDS)
#: The gap between two changes of one subject: the first one's base, then ``và``/``,``/``đồng thời`` (``CPI tháng này
#: tăng 0,54% so với tháng trước, tăng 2,28% so với cùng kỳ năm trước``).
_CHAIN_GAP = re.compile(r"(?i)^\s*\)?\s*,?\s*(?:so\s+(?:với\s+)?[^,.;:()%]{2,40}?\s*(?:,\s*(?:và\s+)?|\s+và\s+|\s+đồng\s+thời\s+)|"
                        r"(?:,\s*|và\s+)+so\s+(?:với\s+)?[^,.;:()%]{2,40}?\s*,?\s*)(?:(?:ước\s+tính|ước|đã)\s+)?$")
# ("… tăng 1,72% và so với cùng kỳ năm trước tăng 3,3%": the base said before the second change)
_GROWTH_HEAD = re.compile(r"^Tốc độ (?:tăng|giảm) ")
_BASE_TAIL = re.compile(r"\s+so với .*$")


def _base_kind(base: str) -> str:
    """``tháng trước``, ``cùng kỳ``, ``tháng 12``…: a base's first two words, folded."""
    return " ".join(P.fold_word(w) for w in base.split()[:2])


def _base_said(p: Para, m: Mention) -> str:
    """``so với tháng trước`` / ``so với cùng kỳ`` after a change, when its report measures changes from two bases
    or more (a CPI's month on month, on the same month of last year, on December): the label says which it is —
    ``CPI tháng 11 so với tháng trước``. One base only in the whole report: the sheet's usual ``so với cùng kỳ``, left
    unsaid.  A base opening its clause counts for the changes after it (``so với tháng 12/2022, CPI tháng 11 tăng
    1,72%``); one opening an earlier sentence only when it stands at that sentence's start, set off by a comma."""
    if len(p.reading.bases) < 2:
        return ""
    hit = _BASE.match(p.text[m.end:])
    if not hit:
        opens = [o for o in _BASE_OPENS.finditer(p.text, 0, m.num_start)
                 if not p.text[:o.start()].rstrip(" ,)").endswith("%")]   # "tăng 17,1% so tháng trước và tăng …":
        # the base of the change before it, no clause's opening
        if not opens:
            return ""
        hit = opens[-1]
        s = p.sentence_of(m)
        if hit.start() < s and not (p.text[hit.end():hit.end() + 2].lstrip().startswith(",") and
                                    P.sentence_start(p.text, hit.start()) == hit.start()):
            return ""     # another sentence's base, unless it opens its sentence as the list's heading: "So với
            # tháng trước, chỉ số … giảm 0,01% (…). Trong 11 nhóm …, có 06 nhóm tăng gồm: Nhóm hàng ăn … tăng 0,02%"
    base = " ".join(hit.group("base").split())
    base = re.sub(r"(?i)\bnăm\s+(?:ngoái|\d{4})$", "năm trước", base)   # the year before the period's, whichever it is
    year = getattr(p.reading.period, "year", None)
    month = re.match(r"^tháng\s+(\d{1,2})/(\d{4})$", base)
    if month and year and int(month.group(2)) < year:   # "so với tháng 12/2022", "tháng 8/2020" in a report of 2023, 2021
        base = f"tháng {int(month.group(1))} năm trước"
    return f"so với {base}"


def _chained_growth(p: Para, i: int, start: int) -> list[str]:
    """A change that follows another one's base (``tăng 3,4% so với tháng trước và tăng 6,6% so với cùng kỳ``) is of
    the same subject: the words of the change before it (its label without ``Tốc độ tăng`` and its base)."""
    if not i or not _CHAIN_GAP.match(p.text[p.figures[i - 1].end:start]):
        return []
    before = p.rows_before(i)
    if not before or before[0].kind != "percent" or not _GROWTH_HEAD.match(before[0].label):
        return []
    rest = _BASE_TAIL.sub("", _GROWTH_HEAD.sub("", before[0].label))
    return P.words_of(rest) if rest and rest != before[0].label else []


_OWN_VERB = re.compile(r"(?i)^(?:bị|được|đã|đang)(?!\w)")
_INDEX_VERB = re.compile(r"(?i)(?:\s*(?:chỉ\s+)?(?:đạt|bằng))?\s*$")
_DAY_MONTH = re.compile(r"^\s*\d{1,2}\.\d{1,2}\s*$")   # a dot is no decimal mark: "27.7" is 27 July
_WITH = re.compile(r"(?i)(?<!\w)với\s*$")
#: "BCH: 2 đ/c", "Hộ nghèo: 189 hộ", "- Trong đó: Nữ: 1 đ/c": a short name and a colon, then its number.
_NAMED = re.compile(r"(?:^\s*,|^|[.;:(\n]|\s[-–]\s|^\s*[-–+•]\s*)\s*([^\W\d_][^.;:\n\d]{0,60}?)\s*:\s*$")
_NAMED_WORDS = 10


#: ``19-10, Hội Liên hiệp Phụ nữ …`` (tpl-songcong-phunu-2017): a day, a hyphen, a month, then a comma — a dateline.
_DATELINE = re.compile(r"^\s*,")


def day_month(p: Para, i: int, m: Mention) -> bool:
    """The two numbers of ``19-10,`` (a day of 31 at most, a hyphen, a month of 12 at most, no space, a comma after):
    the date a news page opens with, not two counts."""
    def pair(a: Mention, b: Mention) -> bool:
        return p.text[a.num_end:b.num_start] == "-" and a.value is not None and b.value is not None and \
            1 <= a.value <= 31 and 1 <= b.value <= 12 and a.value == int(a.value) and b.value == int(b.value) and \
            bool(_DATELINE.match(p.text[b.num_end:]))
    ms = p.figures
    return (i + 1 < len(ms) and pair(m, ms[i + 1])) or (i > 0 and pair(ms[i - 1], m))


def _named_before(p: Para, i: int, start: int) -> list[str]:
    """``BCH: 2 đ/c``: the name written before a colon and the number (the label of a ``name: value`` pair)."""
    lo = previous_end(p, i)
    hit = _NAMED.search(p.text[lo:start])
    if not hit:
        return []
    words = [w for w in P.words_of(hit.group(1)) if w != ","]
    words = words[2:] if [w.lower() for w in words[:2]] == ["trong", "đó"] else words
    if words and words[0][1:].islower() and len(words[0]) > 1:
        words = [words[0].lower(), *words[1:]]   # capitalised for following the colon: "Trong đó: Nữ: 1 đ/c"
    return words if 0 < len(words) <= _NAMED_WORDS else []


def named_unit(p: Para, i: int, m: Mention, named: list[str]) -> str:
    """The unit of a ``name: value`` figure: a count noun its name opens with (``bệnh nhân điều trị ngoại trú
    tiểu đường: 4.149``), else the unit of the count before it in its sentence (``3.290 hội viên (trong đó hội
    viên chống Pháp: 33, chống Mỹ: 716``)."""
    low = " ".join(named).lower()
    known = next((u for u in sorted(COUNT_UNITS, key=len, reverse=True) if low == u or low.startswith(u + " ")), None)
    if known:
        return " ".join(named[:len(known.split())])
    for k in range(i - 1, -1, -1):
        prev = p.figures[k]
        if p.sentence_of(prev) != p.sentence_of(m):
            break
        row = p.rows.get(k)
        if row is not None and row.kind == "count" and row.unit:
            return row.unit
    return P.head_noun(named)


def next_is_named(p: Para, m: Mention) -> bool:
    """The words after a number end on a colon and a number: they are the next figure's name (``…: 4.290, bệnh
    nhân điều trị ngoại trú tiểu đường: 4.149``), not this one's noun."""
    words, end = P.noun_span(p.text, m.end)
    return bool(words) and bool(re.match(r"\s*:\s*\d", p.text[end:]))


def _pair_head(p: Para, i: int, m: Mention) -> int | None:
    """The figure index of ``X`` for the ``Y`` of ``X vụ/Y bị can`` (two units: two counts of one action)."""
    if m.pair_role != "denominator" or m.same_unit_pair or m.partner is None:
        return None
    head = p.mentions[m.partner]
    return next((k for k in range(i) if p.figures[k] is head), None)


def _as_inside(text: str, verb: list[str], start: int) -> list[str]:
    """A verb phrase opening its sentence is written with a capital only for being first (``Án rất nghiêm
    trọng … xảy ra 65 vụ`` → ``Số vụ án rất nghiêm trọng …``): lower-cased when the label puts it after the noun."""
    if not verb or not verb[0][:1].isupper() or verb[0].isupper() or len(verb[0]) < 2 or not verb[0][1:].islower():
        return verb
    if len(verb) > 1 and verb[1][:1].isupper():
        return verb                      # "Phú Nhuận", "Đèo Gia": a name of several capitalised words
    for s in (P.sentence_start(text, start), P.clause_start(text, start)):   # first of its sentence or clause
        if P.LIST_DASH.sub("", text[s:start], count=1).lstrip().startswith(verb[0]):
            return [verb[0].lower(), *verb[1:]]
    return verb


def _money_label(p: Para, i: int, m: Mention, clause: int, start: int, org: str | None) -> str:
    lo = max(clause, previous_end(p, i, kinds=("money",)))  # what the money is for: the clause up to it
    head = P.money_head(p.text, m, lo)
    if head:
        cut = p.text.rfind(head, lo, start)
        start = cut if cut >= 0 else start
    verb = P.verb_before(p.text, start, lo, p.mentions, org, most=12)
    if (head or m.per) and not verb:
        lo = clause
    if not verb and not head and not m.per:
        lo = P.sentence_start(p.text, m.num_start)
    counts = [k for k in range(i) if lo <= p.figures[k].num_start < start and kind_of(p, p.figures[k]) == "count"
              and p.figures[k].pair_role != "denominator"]
    if (head or m.per or not verb) and len(counts) == 1:  # "tặng 1.783 phần quà cho …, trị giá …": its value
        c = p.figures[counts[0]]
        act = P.verb_before(p.text, c.qualifier_start if c.qualifier_start is not None else c.num_start,
                            max(lo, previous_end(p, counts[0])), p.mentions, org, most=6)
        verb = [*act, *P.noun_after(p.text, c.end)]
    elif (head or m.per or not verb) and len(counts) > 1 and _listed(p, counts):
        c = p.figures[counts[0]]   # "Xử phạt hành chính … 16 vụ, 56 đối tượng với số tiền 66,7 triệu đồng": their action
        at = c.qualifier_start if c.qualifier_start is not None else c.num_start
        verb = _as_inside(p.text, P.verb_before(p.text, at, max(lo, previous_end(p, counts[0])), p.mentions, org,
                                                most=14), at) or P.verb_before(p.text, start, lo, p.mentions, org, most=12)
    elif not verb:
        verb = P.verb_before(p.text, start, lo, p.mentions, org, most=12)
    return L.money_label(head, verb, m.per)


def _listed(p: Para, counts: list[int]) -> bool:
    """``16 vụ, 56 đối tượng``: counts written one after the other, a comma or ``và`` and nothing else between them
    (each with its noun) — one action counted in several nouns (tpl-bachthong-toipham-2018-h1)."""
    return all(re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", p.text[P.noun_span(p.text, p.figures[a].end)[1]:
                                                            p.figures[b].num_start])
               for a, b in zip(counts, counts[1:]))


def previous_end(p: Para, i: int, kinds=None) -> int:
    """Where the figure before ``i`` ends in the text, with its noun (of ``kinds`` only, when given)."""
    for k in range(i - 1, -1, -1):
        prev = p.figures[k]
        if kinds is None or kind_of(p, prev) in kinds:
            if next_is_named(p, prev):
                return prev.end          # its words are this figure's name
            return P.noun_span(p.text, p.mentions[prev.partner].end if prev.pair_role == "numerator"
                               and prev.partner is not None else prev.end)[1]
    return 0


_BELONGS_TO = re.compile(r"(?i)(?<![^\W\d_])thuộc\s*$")


def _owners_of(p: Para, i: int, start: int) -> list[str]:
    """``27 máy thuộc 21 đơn vị``: the count before ``thuộc`` (its noun and the action that counted it) is what the
    units have — the words of its row's label after ``Số``; [] when no count row stands right before."""
    row = p.rows.get(i - 1) if i else None
    if row is None or row.kind != "count" or not _BELONGS_TO.search(p.text[p.figures[i - 1].end:start]) or \
            len(p.text[p.figures[i - 1].end:start].split()) > 3:
        return []
    words = row.label.split()
    return words[1:] if words and words[0] == "Số" else words


def make_row(p: Para, i: int, m: Mention) -> Row | None:
    """The row of figure ``i``; None when no word of the text says what it is (a bare number of a table)."""
    kind = kind_of(p, m)
    unit = {"money": money_unit(m) if m.kind == "money" or m.pair_role and _SCALE_WORD_IN.search(m.raw or "")
            else "đồng",          # "5,565 tỷ/3,550 tỷ": tỷ đồng (a lone "996 triệu" is kept in đồng)
            "percent": "%"}.get(kind) or \
        (m.unit if m.kind == "measure" else unit_of(p, i, m))
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    named = _named_before(p, i, start) if kind == "count" else []
    if named and (not unit or next_is_named(p, m) and not m.unit):   # "bệnh nhân … các bệnh khác: 2.222": the name's
        unit = named_unit(p, i, m, named) or unit     # count noun — unless a count noun follows the number itself
        # ("Tuyến huyện: 127.110 lượt, tuyến xã: 184.966 lượt", tpl-tuyan-ttyt-2018: lượt, not tuyến)
    if kind == "count" and not unit and not named and not noun_words(p, m):
        unit = counted_before(p, m, start) or named_plainly(p, m, start) or score_named(p, m, start) or \
            tally_unit(p, m)   # "Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 05, …" (tallied)
        # "tổng số lần khám bệnh … là 342.488"; "Số hộ tái nghèo 1345, chiếm 0,48%" (counted.named_plainly)
    if kind == "money" and m.per and "/" not in unit:
        unit = f"{unit}/{m.per}"
    if kind == "measure" and m.per and "/" not in unit and _per_unit(m.per):
        unit = f"{unit}/{_per_unit(m.per)}"   # "55,99 tạ/ha" (t3-hatinh-nongnghiep-2022): a yield, not a weight
    if kind == "percent" and re.match(r"o(?![^\W\d_])|\s*‰", p.text[m.end:m.end + 2]):
        unit = "%o"          # "17,15%o": per mille
    plan = p.mentions[m.partner].value if m.same_unit_pair and m.pair_role == "numerator" and not handled(p, m) \
        and not whole_of_share(p, m) else None
    value = m.value
    again = rescaled(p, m, kind)
    if again is not None:               # "4,6 nghìn tỷ đồng", "61,8 vạn tấn": the scale word the extraction left
        value, unit = again
    if plan is not None and m.scale == 1 and p.mentions[m.partner].scale > 1 and \
            not _SCALE_WORD_IN.search(m.raw or "") and \
            Decimal("0.1") <= m.value * p.mentions[m.partner].scale / plan <= 10:
        value = m.value * p.mentions[m.partner].scale   # "365/362 ngàn lượt": the scale written once, after both
    row = Row(value=value, unit=unit, kind=kind, label=label(p, i, m, kind, unit), section=p.section_title,
              path=p.section.path if p.section else "", quote=p.quote(m), organisation=p.orgs[i] or "",
              qualifier=m.qualifier, decimals=m.decimals or 0, scale=m.scale or 1, plan=plan, per=m.per,
              sentence=(p.key, p.sentence_of(m)), at=(p.key, m.num_start, m.end))
    said_before = p.text[p.sentence_of(m):start]
    said_after = p.text[m.end:P.clause_end(p.text, m.end)]
    row.when, row.month = running.when_said(said_before, said_after), (running.month_of(said_before) if running.when(said_before)
                                                                             else running.month_of(said_after.split(",")[0]))
    if kind == "count" and (not unit and (row.label == "Số" or not (noun_words(p, m) or named))   # nothing counted
                            or _DAY_MONTH.match(m.raw or "") or day_month(p, i, m)):   # "liệt sĩ 27.7": a date
        return None
    row.label = parts.part_label(p, i, m, kind) or row.label   # "(Trà Vinh 27 nhà, …)": whose part
    row.label = matrix.unit_label(p, i, m, row.label) or row.label   # "Long Xuyên 9/9 cơ sở …; Châu Đốc …"
    for alt in m.alternatives[:1]:  # "1.035 tỷ đồng": the notation may mean another number
        if m.kind == "money" and "." in m.raw and "," not in m.raw:
            row.notes.append(f"«{m.raw}» đọc là {P.fmt(m.value)} đồng; nếu ý là {P.fmt(alt)} đồng thì sửa số liệu")
    return row


def keep_own_row(p: Para, i: int, m: Mention, said_with=None) -> bool:
    """A reader that claims figure ``i`` as a row made here (``marks``, ``indexrows``, ``pricerange``): the row
    :func:`make_row` makes, kept as the figure's, the reading's and its section's; ``said_with(row)``, the rows the
    same words state beside it, kept just before it (``pricerange``: the lowest price before the highest).  False,
    nothing kept, when no word says what the figure is."""
    row = make_row(p, i, m)
    if row is None:
        return False
    p.rows[i] = row
    for r in (*(said_with(row) if said_with else ()), row):
        p.reading.rows.append(r)
        p.section_rows.append(r)
    return True


def _per_unit(per: str) -> str:
    """What a measure is per: a unit or a counted noun (``ha``, ``người``), not the rest of a name (``gỗ tròn/xẻ``)."""
    first = (per.split() or [""])[0].lower()
    unit = read_unit(first) if first else None
    return first if unit is not None and unit.kind == "measure" or first in COUNT_UNITS else ""


_SCALE_WORD_IN = re.compile(r"(?i)(?<!\w)(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w)")


#: ``tổng số lần khám bệnh tuyến tỉnh là 342.488``: the clause names the count (``số`` and the noun it counts, then
#: ``là``/``đạt``) before a number with no noun of its own.
_COUNT_NAMED = re.compile(r"(?i)(?<![^\W\d_])(?:tổng\s+)?số(?:\s+lượng)?\s+(?P<noun>[^\W\d_][^\d.;:,()]{0,60}?)\s+"
                          r"(?:là|đạt)\s*$")


#: ``số nhà sập đổ, hư hỏng là 108 (Trà Vinh 22 nhà, …)`` (t14-kienthuc-bao-pabuk-2019): the name runs over a comma
#: joining two predicates of what is counted — read from the sentence's piece (after its last ``.;:(``) when the clause
#: before the number names nothing.
_COUNT_NAMED_OVER_COMMA = re.compile(r"(?i)(?<![^\W\d_])(?:tổng\s+)?số(?:\s+lượng)?\s+(?P<noun>[^\W\d_][^\d.;:()]{0,60}?)"
                                     r"\s+(?:là|đạt)\s*$")
_PIECE_BREAK = re.compile(r"[.;:()!?]")


_PART_NAMED = re.compile(r"(?i)(?<![^\W\d_])trong\s+đó\s*[,:]?\s*(?:có\s+)?(?P<noun>[^\W\d_][^\d.;:,()]{0,40}?)\s*:?\s*$")


def counted_before(p: Para, m: Mention, start: int) -> str:
    """The unit of a bare number its clause names before it (``tổng số lần khám bệnh tuyến tỉnh là 342.488``,
    tpl-hanam-yte-2019): the known count noun the name opens with, else its first word; '' when none."""
    clause = p.text[P.clause_start(p.text, start):start]
    hit = _COUNT_NAMED.search(clause)
    piece = p.text[P.sentence_start(p.text, start):start] if not hit else ""
    if "," in piece:
        cut = max((b.end() for b in _PIECE_BREAK.finditer(piece)), default=0)
        wide = _COUNT_NAMED_OVER_COMMA.search(piece[cut:])
        hit = wide if wide and "," in wide.group("noun") else None
    part = None if hit else _PART_NAMED.search(clause)   # "Trong đó hội viên nòng cốt 50.730" (t4-tayninh-phunu-
    if not (hit or part):                                 # 2011-9t): a part of the count before, its noun first
        return ""
    words = P.words_of((hit or part).group("noun"))
    low = " ".join(words).lower()
    known = next((u for u in sorted(COUNT_UNITS, key=len, reverse=True) if low == u or low.startswith(u + " ")), None)
    if part and not known:
        return ""
    return " ".join(words[:len(known.split())]) if known else (words[0] if words and words[0].islower() else "")


#: ``Điểm TB môn Toán là``, ``ĐTB của quận là``, ``điểm trung bình đạt``: a score named before its bare number.
_SCORE_NAMED = re.compile(r"(?i)(?:^|[\s(:-])(?:điểm\s+(?:trung\s+bình|TB|bình\s+quân)|ĐTB)(?!\w)[^.;:,()\d]{0,40}?"
                          r"(?<!\w)(?:là|đạt|:)\s*$")


def score_named(p: Para, m: Mention, start: int) -> str:
    """``- Điểm TB môn Toán là 7,02 . Trong đó ĐTB của quận là 6,65`` (t15-giangbien-thivao10-2016): a bare number
    whose clause names an average score before it (``Điểm TB …``, ``ĐTB …`` then ``là/đạt``) counts points —
    ``điểm`` — not nothing; '' when the clause names no score (``tổng số lần khám … là 342.488``: a count's noun)."""
    clause = p.text[P.clause_start(p.text, start):start]
    broken = re.match(r",\s\d", p.text[m.num_end:m.num_end + 3])    # "là 7, 08": a decimal the typing broke
    return "điểm" if m.value is not None and m.value <= 100 and not broken and _SCORE_NAMED.search(clause) else ""


#: Verbs of handling what the period brought (cases, reports, letters): ``điều tra 341/360 vụ`` is 341 of the 360
#: that occurred, not 341 against a target of 360.
_HANDLED = re.compile(r"(?i)(?<!\w)(?:điều\s+tra|làm\s+rõ|khám\s+phá|giải\s+quyết|xử\s+lý|thụ\s+lý|truy\s+tố|xét\s+xử|"
                      r"hoà\s+giải|hòa\s+giải|xác\s+minh|trả\s+lời|thu\s+hồi)(?:\s+(?:làm\s+rõ|thành\s+công|thành|"
                      r"được|xong|dứt\s+điểm))*\s*(?:được\s*)?$")


def handled(p: Para, m: Mention) -> bool:
    """``X/Y`` of one unit after a verb of handling (``điều tra 341/360 vụ``, ``giải quyết 45/50 đơn``): Y is how
    many the period brought (a figure of its own), X how many were handled; not a value and its plan."""
    if not (m.same_unit_pair and m.pair_role == "numerator" and m.partner is not None):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_HANDLED.search(p.text[max(0, start - 40):start])) and m.value <= p.mentions[m.partner].value


def handled_verb(p: Para, m: Mention) -> str:
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    hit = _HANDLED.search(p.text[max(0, start - 40):start])
    return " ".join(hit.group(0).split()) if hit else ""


def whole_row(p: Para, i: int, m: Mention) -> Row | None:
    """The Y of a handled ``X/Y`` as a row of its own (``Tổng số vụ phạm tội về trật tự xã hội``), unless the
    paragraph already has it (``phát hiện 160 vụ/168 đối tượng … xử lý 133/168 đối tượng``)."""
    y = p.mentions[m.partner]
    part = p.rows.get(i)
    if part is None or any(r.value == y.value and r.unit == part.unit for r in p.section_rows if r is not part):
        return None
    label = L.count_label(part.unit, noun_words(p, m), [])
    label = "Tổng s" + label[1:] if label.startswith("Số ") else f"Tổng số {label}"
    return Row(value=y.value, unit=part.unit, kind=part.kind, label=label, section=part.section, path=part.path,
               quote=part.quote, organisation=part.organisation, sentence=part.sentence)


# ---------------------------------------------------------------------------------- a paragraph

def _more_less(p: Para) -> None:
    """``ít hơn 6 vụ``, ``nhiều hơn``: a change against the comparison value, not ``hơn`` (more than)."""
    for m in p.figures:
        if m.qualifier == "hơn" and m.comparison is None and m.qualifier_start is not None:
            cmp = _MORE_LESS.search(p.text[max(0, m.qualifier_start - 8):m.qualifier_start])
            if cmp:
                m.qualifier, m.comparison = None, "giảm" if cmp.group(1).lower() in ("ít", "thấp") else "tăng"
                m.kind = "change" if m.kind == "count" else m.kind


#: ``với tổng vốn tăng thêm trên``, ``với số vốn tăng thêm đạt``, ``số vốn đăng ký tăng thêm là``: ``tăng thêm`` inside a
#: noun phrase — opened by ``với`` (an attribute of what came before) or followed by its own verb ``đạt``/``là`` —
#: names the amount added (the capital added), it says no change of another figure.
_ADDED_AMOUNT = re.compile(r"(?i)(?:(?<!\w)với\s+(?:[^\W\d_]+\s+){1,6}?tăng\s+thêm\s+(?:(?:đạt|là)\s+)?"
                           r"|(?<!\w)(?:tổng|số)\s+(?:[^\W\d_]+\s+){1,6}?tăng\s+thêm\s+(?:đạt|là)\s+)"
                           r"(?:(?:hơn|trên|gần|khoảng|xấp\s+xỉ)\s+)?$")
#: A change names what it is compared with right after its amount: ``tăng thêm 118 tỷ đồng so với đầu năm``.
_COMPARED_AFTER = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){0,3}?so\s+(?:với\s+)?(?:cùng|đầu|năm|tháng|kỳ|quý)")
_MONEY_UNIT = re.compile(r"(?i)(?<!\w)(?:đồng|usd|euro|eur)(?!\w)")


def _added_amount(p: Para) -> None:
    """``15 lượt dự án điều chỉnh vốn đầu tư với tổng vốn tăng thêm trên 422,1 triệu USD`` (t21-thanhnien-dautu-
    ranuocngoai-9t), ``76 lượt dự án … đăng ký điều chỉnh vốn đầu tư với số vốn tăng thêm đạt 179,2 triệu USD``
    (t21-thanhnien-fdi-t1-2017): the amount the noun phrase names (the capital added), a figure of its own — not the
    change of the amount before it nor a value compared with.  ``Tổng dư nợ đạt 3.300 tỷ đồng, tăng thêm 118 tỷ đồng
    so với đầu năm`` (a clause of its own, compared with the start of the year) stays a change."""
    for m in p.figures:
        if m.value is None or not (m.comparison == "tăng" or m.comparison_base):
            continue
        if not _ADDED_AMOUNT.search(p.text[max(p.sentence_of(m), m.num_start - 100):m.num_start]) or \
                _COMPARED_AFTER.match(p.text[m.end:]):
            continue
        m.comparison, m.comparison_base = None, False
        if m.kind == "change" and _MONEY_UNIT.search(m.unit or ""):
            m.kind = "money"


def per_unit_pass(p: Para) -> None:
    """A per-unit amount whose count and total its sentence states is their quotient, not a row."""
    made = list({id(r): r for r in p.rows.values()}.values())
    for r in made:
        if r.kind != "money" or r.per is None or r not in p.reading.rows:
            continue
        peers = [x for x in made if x.sentence == r.sentence and x is not r]
        for c in (x for x in peers if x.kind == "count" and x.value):
            total = next((t for t in peers if t.kind == "money" and t.per is None
                          and within_rounding(c.value * r.value, t.value, 0)), None)
            if total is not None:
                total.derived.append(Derivation(r.quote, f"mức mỗi {r.per} = tổng số tiền / số {c.unit}", r.value))
                p.reading.rows.remove(r)
                p.section_rows.remove(r)
                for k, v in list(p.rows.items()):
                    if v is r:
                        p.rows[k] = total
                break


def _list_state(p: Para) -> None:
    """After a paragraph: was its last figure standing, and does a list of standing facts go on (its text ends on a
    colon after them, or it is a bullet of such a list)?  (``recognisers.breakdown_of_standing`` reads it.)"""
    live = [k for k, m in enumerate(p.figures) if m.value is not None]
    bullet = bool(P.LIST_DASH.match(p.text))
    if live:
        last = live[-1] in p.standing_at
        p.reading.tail_standing = last
        p.reading.list_open = last and (p.text.rstrip().endswith(":") or bullet and all(k in p.standing_at
                                                                                          for k in live))
    elif not (bullet and p.text.rstrip().endswith(":")):   # "• Hoạt động lữ hành:": a heading of the list
        p.reading.list_open = p.reading.list_open and bullet


def read_paragraph(p: Para) -> None:
    join_thousands(p)
    _more_less(p)
    _added_amount(p)
    for i, m in enumerate(p.figures):
        if m.value is None or (m.same_unit_pair and m.pair_role == "denominator"):
            continue
        own = any(is_own(p, i, m) for is_own in OWN_ROWS)
        if own and (rate_again(p, i, m) or rate_of_rows(p, i, m) or aim(p, i, m)) or \
                not own and any(rec(p, i, m) for rec in RECOGNISERS):   # (a named rate the sentence aims at: a target)
            continue
        if m.kind == "change":  # a change no row precedes ("giảm 178 hộ nghèo"): a figure of its own
            m.comparison = None
        row = make_row(p, i, m)
        if row is None:
            continue
        if i in p.after_change:     # "từ 7 Ban xuống còn 3 Ban": the count before the change, said with the row
            quote, before = p.after_change[i]
            row.derived.append(Derivation(quote, "số trước khi thay đổi", before))
            if row.kind == "percent" and row.base is None:   # "giảm từ 10,85% xuống còn 1,31%": the earlier rate
                row.base = before
        if i in p.changes_ahead:    # "tăng 300 triệu đồng so với cuối năm 2017, đạt 10,2 tỷ đồng"
            quote, how, by, pct = p.changes_ahead[i]
            up = how == "tăng"
            if how == "share":      # "có tới 99% số vụ xảy ra trên lĩnh vực đường bộ, với 6.278 vụ"
                row.derived.append(Derivation(quote, "tỷ lệ so với tổng số (nói trước)", by))
            elif how == "index":    # "chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt"
                row.base = row.value * 100 / by if row.base is None else row.base
                row.derived.append(Derivation(quote, "so với cùng kỳ (kỳ này bằng … cùng kỳ)", by))
            elif row.base is None:
                row.base = row.value - by if up else row.value + by
                if pct and row.kind != "percent":
                    row.base = row.value / (1 + (by if up else -by) / 100)
            if how not in ("index", "share"):
                row.derived.append(Derivation(quote, f"{how} so với cùng kỳ", by))
        if i in p.level_said_by:    # the level's subject is the change's: "chỉ số ngành Công nghiệp tăng … đạt …"
            k = p.level_said_by[i]
            row.label = reached.level_label(p, k, label(p, k, p.figures[k], row.kind, row.unit) or row.label)
        for quote, how, by, pct in p.more_ahead.get(i, ()):   # "tăng 33,25 điểm (12,87%) đạt 291,63 điểm"
            if row.base is None and not pct:
                row.base = row.value - by if how == "tăng" else row.value + by
            row.derived.append(Derivation(quote, f"{how}" + (" (%)" if pct else "") + ", nói trước mức đạt được", by))
        whole = None
        if handled(p, m):           # "điều tra 341/360 vụ": the 360 that occurred, then the 341 investigated
            p.rows[i] = row
            whole = whole_row(p, i, m)
            row.label = L.with_verb(row.label, handled_verb(p, m))
        elif whole_of_share(p, m):  # "160.874/188.744 NCT (chiếm 85,2%)": the whole the 160.874 are part of
            p.rows[i] = row
            whole = whole_row(p, i, m)
        for r in (whole, row):
            if r is not None:
                p.rows[i] = row
                p.reading.rows.append(r)
                p.section_rows.append(r)
    per_unit_pass(p)
    each_place_pass(p)
    shared_counts_pass(p)
    unit_pairs_pass(p)     # a list of units' X/Y in a sentence: a row per unit named
    assigned_pass(p)
    signed_plan_pass(p)
    _list_state(p)
    for m in p.mentions:  # "trên địa bàn 17 xã, thị trấn": the extractor's own reading of the area's size
        if m.kind == "name" and (m.note or "").startswith("size of the area"):
            read = extract_numbers(p.text[m.num_start:m.num_end + 40])
            if read and read[0].value is not None:
                for attr in ("start", "end", "num_start", "num_end"):
                    setattr(read[0], attr, getattr(read[0], attr) + m.num_start)
                add_standing(p, read[0])


# ---------------------------------------------------------------------------------- the report

def is_plan(section: Section, period_code: str | None) -> bool:
    """A section about the next period (``PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023``): targets, not results."""
    heading = P.nfc(section.heading)
    if _PLAN_HEADING.match(heading):
        return True
    # "Sản xuất vụ xuân năm 2024" in May's bulletin: the season's year, no later period (zq-tuyen-quang-…-2024-05)
    found = [x for x in find_mentions(heading) if x.period is not None and not season_year(heading, x)]
    if any(x.plan for x in found):
        return True
    if period_code and found:  # a period ending after the reported one ("6 THÁNG CUỐI NĂM 2023")
        reported = parse_period(period_code)
        end = (reported.year, reported.months[1])
        return all((x.period.year, x.period.months[1]) > end for x in found if x.period.year)
    return False


def _body(report: ParsedReport) -> tuple[list[tuple[Section | None, list[str]]], str]:
    """(section, paragraphs) in order — the preamble first — and the headline, if the title is one."""
    title = P.nfc(report.title or "")
    named = title and title != Path(report.source).stem           # a title, not the file's name
    headline = title if named and len(title.split()) <= HEADLINE_WORDS else ""
    pre = [q for q in report.preamble if not headline or P.nfc(q) != headline]
    out: list[tuple[Section | None, list[str]]] = [(None, pre)] if pre else []
    for s in report.sections:
        out += _walk(s, report.period)
    return out, headline


_SENTENCE_DONE = re.compile(r"[.;:!?…]\s*$")


def headlines_in_body(body: list[tuple[Section | None, list[str]]]) -> tuple[list, list[str]]:
    """A news page's headline kept as its first lines (``Tin tức & Sự kiện`` / ``Thừa Thiên Huế đã có 57 xã đạt chuẩn
    nông thôn mới`` / the lede …, p-thuathienhue-ntm-2019): the short lines opening the preamble with no sentence end,
    before the first sentence of the body — read as the title's headline is (``_headline``), after the body."""
    if not body or body[0][0] is not None:
        return body, []
    pre, lines = list(body[0][1]), []
    while len(pre) > 1:
        line = " ".join(P.nfc(pre[0]).split())
        if not line or len(line.split()) > HEADLINE_WORDS or _SENTENCE_DONE.search(line) or not line[:1].isupper():
            break
        lines.append(line)
        pre.pop(0)
    if not lines or not any(len(q.split()) > HEADLINE_WORDS or _SENTENCE_DONE.search(q.strip()) for q in pre):
        return body, []       # no body sentence after them: they are the text itself
    return [(None, pre), *body[1:]], lines


def _walk(section: Section, period_code: str | None) -> list[tuple[Section, list[str]]]:
    if is_plan(section, period_code):
        return []
    out = [(section, run_in(section) + list(section.paragraphs))]   # a run-in heading's sentence: its figures
    for c in section.children:
        out += _walk(c, period_code)
    return out


#: A paragraph this long or longer that another paragraph of the report holds whole is a copy of it.
COPY_WORDS = 8


def _squash(text: str) -> str:
    return " ".join(P.nfc(text).split()).strip(" .").lower()


def without_copies(body: list[tuple[Section | None, list[str]]]) -> list[tuple[Section | None, list[str]]]:
    """A web page states its lede twice (``(ĐN)- Trong 6 tháng đầu năm, …`` alone, then opening the body) and
    repeats its headline in lists of links (``Đừng bỏ lỡ``): a paragraph another one holds whole, or an earlier
    one states again, is read once — where it is stated most fully."""
    texts = [_squash(t) for _, paragraphs in body for t in paragraphs]
    out, k = [], 0
    for section, paragraphs in body:
        kept = []
        for text in paragraphs:
            mine = texts[k]
            k += 1
            # the same paragraph twice: the later one is kept — a lede the body says again after its totals
            # (t5-gialai-tngt-2021-h1: "So với cùng kỳ năm 2020, tai nạn giao thông giảm 580 vụ …" opens the page)
            copy = len(mine.split()) >= COPY_WORDS and (
                mine in texts[k:] or any(len(other) > len(mine) and mine in other for other in texts))
            if not copy:
                kept.append(text)
        out.append((section, kept))
    return out


def read_figures(report: ParsedReport, text: str | None = None) -> Reading:
    """Rows and standing facts of every figure the report states (see the module docstring); ``text``, the report
    as written, for the tables pasted in it as text (``service.onboarding.pasted``)."""
    body, headline = _body(report)
    body = digest_first(without_slugs(before_other_articles(without_copies(body), text), text))
    body, lines = headlines_in_body(body)
    reading = Reading([], [], period_kind=_period_kind(report.period), period=_period(report.period),
                      written=_written(report))
    kept = {id(s) for s, _ in body if s is not None}
    reading.skipped_sections = [s.title for s in report.walk() if id(s) not in kept]
    reading.recurring = recurring_make_up([(s.path if s else "", texts) for s, texts in body])
    reading.bases = {_base_kind(k.group("base")) for _, texts in body for text in texts
                     for k in [*_BASE_ANY.finditer(P.nfc(text)), *_BASE_OPENS.finditer(P.nfc(text))]}
    raw = text
    tabled, regions = pasted.table_rows(raw, P.nfc(report.title or ""))
    reading.said += [P.nfc(x) for x in [report.title or "", *(report.preamble or [])]]   # a headline is read last
    texts: dict[tuple, str] = {}
    for n_section, (section, paragraphs) in enumerate(body):
        if section is not None:
            reading.said.append(P.nfc(getattr(section, "title", "") or ""))
        section_rows: list[Row] = []
        org: str | None = None
        reading.tail_standing = reading.list_open = False   # a stock's breakdown follows it in its section
        aspect = ""
        for n, text in enumerate(paragraphs):
            if regions and pasted.covered(text, regions, raw):
                continue   # a pasted table's header, labels or cells: read as the table (pasted.table_rows)
            text = P.nfc(text)
            heading = _ASPECT_HEADING.search(text)
            if heading:
                aspect = " ".join(heading.group("aspect").split()).lower()
            made = len(reading.rows)
            mentions = tallies_read(text, zeros_read(text, directions_read(text, abbreviations_read(
                text, counted_thousands(text, plan_mark_cut(text, extract_numbers(text)))))))
            periods = [(x.start, x.end) for x in find_mentions(text) if x.period is not None]
            figures = [m for m in mentions if (m.is_figure or _ranking_size(m))
                       and not any(a <= m.num_start < b for a, b in periods)]
            if not text[:1].islower():
                org = None  # a paragraph starting in lower case continues the one before (a page break)
            orgs, named = [], {}
            for m in figures:
                s = P.sentence_start(text, m.num_start)
                if s not in named:
                    named[s] = subjects.subject(text, s)
                    org = named[s] or org  # a sentence naming a body changes the subject from there on
                orgs.append(org)
            if not figures:
                org = subjects.subject(text, 0) or org
            read_paragraph(Para(text, (n_section, n), section, figures, mentions, orgs, section_rows, reading))
            reading.said.append(text)
            texts[(n_section, n)] = text
            owners.mark(reading.rows[made:], text, (n_section, n))
            if aspect and not heading:
                _name_aspect(reading.rows[made:], aspect)
    reading.rows = pasted.said_in_words(reading.rows, tabled) + tabled
    _lede_restated(reading, body)
    _rates_restated(reading)
    for line in [headline] if headline and not a_listed_headline(headline, raw) else []:
        _headline(line, reading)
    for line in lines:
        _headline(line, reading)
    said_twice(reading.rows)
    breakdown_again(reading.rows, texts)
    running.mark(reading.rows, reading.period_kind)
    owners.tell_apart(reading.rows)
    planrates.rate_rows(reading.rows)
    return reading


def _ranking_size(m) -> bool:
    """``xếp thứ 16/63``: the checker reads the ranking's size as no figure (``labels.RANK_OF``); the template's
    ``ranks.rank`` turns it and the rank before it into the rank's row."""
    if m.kind == "ordinal" and m.note and m.note.startswith("the size of a ranking"):
        try:
            m.value = m.numeral = Decimal(m.raw.strip())
        except ArithmeticError:
            return False
        m.kind, m.note = "count", None
        return True
    return False


#: ``* Kết quả THADS về việc:``, ``* Kết quả THADS về tiền:``: a heading line saying which side of the work the lines
#: under it count (a judgment's enforcement is counted in cases and in money, each with the same row names:
#: ``Tổng số thụ lý``, ``Số cũ chuyển sang`` …).
_ASPECT_HEADING = re.compile(r"(?i)(?<!\w)(?P<aspect>về\s+(?:việc|tiền))\s*:\s*$")


def _name_aspect(rows: list[Row], aspect: str) -> None:
    """The rows under a ``… về tiền:`` heading say so: ``Tổng số thụ lý về tiền`` (t8-thads-toanquoc-2017-9t)."""
    noun = aspect.split()[-1]
    for r in rows:
        if aspect not in r.label.lower() and r.unit.lower() != noun:   # "736.747 việc": its unit says it already
            r.label = f"{r.label} {aspect}"


def _rates_restated(reading: Reading) -> None:
    """``Sản lượng khai thác thủy sản tăng 8,02%`` — a subheading — before the body's ``Sản lượng khai thác thủy sản
    ước đạt 107.004 tấn, … tăng 8,02% so với năm 2019`` (x-thanh-pho-ven-bien-thuy-san-2020): a growth rate of its own
    that a later row of the same subject states as its change is that change, said ahead — no row."""
    for r in list(reading.rows):
        words = r.label.split()
        if r.kind != "percent" or len(words) < 4 or words[:2] != ["Tốc", "độ"] or r.derived:
            continue
        said = {P.fold_word(w) for w in P.words_of(" ".join(words[3:]))} - NOT_SUBJECT
        later = reading.rows[reading.rows.index(r) + 1:]
        same = next((o for o in later if o.kind != "percent" and said and
                     said <= {P.fold_word(w) for w in P.words_of(o.label)} and
                     any(d.value == r.value and d.how.startswith(words[2]) for d in o.derived)), None)
        if same is not None:
            same.repeats.append(r.quote)
            reading.rows.remove(r)


def _lede_restated(reading: Reading, body: list[tuple[Section | None, list[str]]]) -> None:
    """A headline written as a sentence (``Lai Châu: Giá trị sản xuất công nghiệp 6 tháng đầu năm 2013 ước đạt
    526.622 triệu đồng.``), so read as the body's first paragraph: when it is short and the body states every one of
    its numbers again (same value, same unit), its rows are the body's — read once, where the body states them."""
    if not body or body[0][0] is not None or not body[0][1] or len(body[0][1][0].split()) > HEADLINE_WORDS \
            or sum(len(ps) for _, ps in body) < 2:
        return
    first = [r for r in reading.rows if r.sentence and r.sentence[0] == (0, 0)]
    later = [r for r in reading.rows if r.sentence and r.sentence[0] != (0, 0)]
    same = {id(r): next((o for o in later if (o.value == r.value or            # "85,4%" for the body's 85,48%
                                              asides.cut_short(r.value, r.decimals, o.value, o.decimals))
                         and o.unit == r.unit and o.kind == r.kind), None)
            for r in first}
    if not first or any(o is None for o in same.values()):
        return
    for r in first:
        kept = same[id(r)]
        kept.repeats.append(r.quote)
        if _MADE_UP.match(kept.label) and not _MADE_UP.match(r.label):
            kept.label = r.label      # the headline names it ("Giá trị sản xuất công nghiệp"), the body's was made up
    reading.rows[:] = [r for r in reading.rows if id(r) not in same]


#: A label the template made up from the unit (``Số tiền …``, ``Khối lượng …``) rather than read as a name.
_MADE_UP = re.compile(r"(?:Số\s+tiền|Số\s+lượng|Khối\s+lượng)\s")


def _written(report: ParsedReport) -> int | None:
    """The year the report was written: its header's date, else its page's date stamp (``index.parse``'s reading)."""
    return _date_of(report.header, report.furniture or [])[0]


def _period_kind(code: str | None) -> str | None:
    p = _period(code)
    return p.kind if p else None


def _period(code: str | None):
    try:
        return parse_period(code) if code else None
    except ValueError:
        return None


def rounded_in_body(m: Mention, rows: list[Row]) -> Row | None:
    """The body's row a headline's rounded number stands for (``GẦN 200 ĐỢT TÌNH NGUYỆN`` for ``195 đợt tình
    nguyện``, ``Gần 90 nghìn lượt người được khám`` for ``87.096/75.250 lượt người``): a number the headline
    writes with a qualifier or a scale word that the checker's rule lets the row's value stand for, of the same
    kind and unit."""
    if not (m.qualifier or m.scale > 1):
        return None
    kind = "percent" if m.kind == "percent" else ("money" if m.kind == "money" else None)
    for r in rows:
        if kind and r.kind != kind or not kind and r.kind not in ("count", "measure"):
            continue   # (a percentage may also restate a share the body derived: below)
        if not kind and m.unit and r.unit and r.unit.lower() != m.unit.lower() and \
                not r.unit.lower().startswith(m.unit.lower().split()[0]):
            continue
        if value_supports(r.value, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier):
            return r
    for r in rows:   # "Hơn 55% trường học đạt chuẩn" for the body's "324/590 trường, đạt tỷ lệ 55,4%"
        if kind == "percent" and any(d.value is not None and value_supports(d.value, m.value, decimals=m.decimals,
                                                                            qualifier=m.qualifier) for d in r.derived):
            return r
    return rounded_count_named_otherwise(m, rows)


def rounded_count_named_otherwise(m: Mention, rows: list[Row]) -> Row | None:
    """``Thêm gần 6.600 lượt hộ nghèo và các đối tượng chính sách được vay vốn ưu đãi`` over the body's ``doanh số cho
    vay của chi nhánh đạt trên 275 tỷ đồng, với 6.579 khách hàng được vay vốn`` (yd-vinh-phuc-ngan-hang-chinh-sach-
    xa-hoi-du-no-cho-vay-2022-q1, held-out): a headline's count rounded with ``gần``/``hơn``/``trên``/``khoảng`` names
    its noun in its own words — the one count of the body its rounding stands for, whatever the body calls it, is
    that row said again — when the body writes its noun right after its number (``Giai đoạn 2019-2021, 45 tỉnh thành
    đã rà soát, hợp nhất 16.321 trong tổng số 86.282 thôn`` under ``Hơn 16.000 thôn, tổ dân phố sáp nhập trong 3
    năm``, zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021, held-out: the body's 16.321 names no noun and
    was given the ``tỉnh thành`` before it, so the headline's row, which names it, stays).  Two counts the rounding
    stands for: neither (the headline's stays a row)."""
    if m.kind != "count" or (m.qualifier or "").lower() not in ("gần", "hơn", "trên", "khoảng") or m.value < 100:
        return None
    fits = [r for r in rows if r.kind == "count" and r.value is not None and
            value_supports(r.value, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier)]
    if len(fits) != 1 or not fits[0].unit or not re.search(
            r"(?i)\d[\d.,]*\s+(?:(?:ngàn|nghìn|triệu|vạn)\s+)?" + re.escape(fits[0].unit) + r"(?!\w)", fits[0].quote):
        return None
    return fits[0]


def _sum_in_body(m: Mention, rows: list[Row]) -> bool:
    """A headline's number that two body rows of one kind and unit add up to (``Kho bạc Nhà nước từ chối thanh toán
    2,4 tỷ đồng`` over ``từ chối thanh toán là 1,1 tỷ đồng`` and ``đã từ chối 1,3 tỷ đồng``; ``Gần 500 người`` over 287
    and hơn 200, by the checker's rounding rule — holdout11's working batch): their total, said ahead — no row."""
    kind = "percent" if m.kind == "percent" else ("money" if m.kind == "money" else None)
    if kind == "percent" or m.value is None:
        return False
    same = [r for r in rows if (r.kind == kind if kind else r.kind == "count" and units_fit(m.unit, r.unit))]
    for a in range(len(same)):
        for b in range(a + 1, len(same)):
            x, y = same[a], same[b]
            if kind is None and not units_fit(x.unit, y.unit):   # "287 đối tượng" and "hơn 200 người": persons
                continue
            total = x.value + y.value
            exact = total == m.value
            if exact or value_supports(total, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier) \
                    and m.qualifier:
                x.repeats.append(f"{m.raw} (= {P.fmt(x.value)} + {P.fmt(y.value)})")
                return True
    return False


def _headline(title: str, reading: Reading) -> None:
    """A headline's numbers (``Giảm 178 hộ cựu chiến binh nghèo …``) restate the body's; one it does not is a row."""
    mentions = counted_thousands(title, extract_numbers(title))
    figures = [m for m in mentions if m.is_figure and m.value is not None]
    fresh = []
    for k, m in enumerate(figures):
        same = next((r for r in reading.rows if r.value == m.value), None) or \
            next((r for r in reading.rows if any(d.value == m.value for d in r.derived)), None) or \
            rounded_in_body(m, reading.rows)  # a share restated; "GẦN 200 ĐỢT" for the body's 195 đợt
        same = same or asides.cut_in_body(m, reading.rows)   # "85,4%" for the body's 85,48%
        if same is not None:
            same.repeats.append(P.quote(title, m))
        elif _sum_in_body(m, reading.rows):
            continue    # "Gần 500 người được trợ giúp pháp lý" over the body's 287 + hơn 200 người
        elif (m.value, head_word(m)) in reading.context:
            continue    # "Hai xã thuộc huyện Đắk Song …" over "làm việc tại hai xã Thuận Hạnh và xã Nam Bình": context
        else:
            fresh.append(m)
    if fresh:
        p = Para(title, (-1, 0), None, figures, mentions, [None] * len(figures), [], reading)
        read_paragraph(p)
        keep = {id(r) for k, r in p.rows.items() if figures[k] in fresh}
        reading.rows[:] = [r for r in reading.rows if r.sentence[0] != (-1, 0) or id(r) in keep]
