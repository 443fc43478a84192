"""The row of one figure: what :func:`make_row` reads of a number a report states (its value, unit, label, section,
organisation, qualifier) and :func:`keep_own_row`, a reader's claim of the figure as that row.

Below ``rows`` (the paragraph's and the report's reading) and the recognisers it composes: a recogniser that keeps a
figure as the row any figure makes (``marks``, ``indexrows``, ``pricerange``, ``statements``' own pair rows) imports
it at its top, with no cycle back to ``rows``."""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import COUNT_UNITS, Mention
from service.figures.units import read_unit
from service.onboarding import labels as L
from service.onboarding import phrases as P
from service.onboarding import matrix, parts, running
from service.onboarding.changewords import NOT_SUBJECT, subject_phrase
from service.onboarding.counted import named_plainly
from service.onboarding.model import Para, Row
from service.onboarding.placenames import list_noun_after, proper_name
from service.onboarding.nouns import kind_of, money_unit, noun_words, rescaled, unit_before, unit_of
from service.onboarding.rates import named_label
from service.onboarding.tallied import share_list_unit, tally_unit
from service.onboarding.wholes import part_unit, whole_of

_CHAINED = re.compile(r"^\s*(?:,|và|với)\s*$")


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
BASE_OPENS = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?" + _BASE_WORDS +
                         r"(?=\s*,|\s+(?:[^\W\d_]+\s+){0,3}?(?:\d{1,2}\s+)?(?:tăng|giảm)(?!\w))")
BASE_ANY = re.compile(r"(?i)%\s*\)?\s*,?\s*so\s+(?:với\s+)?" + _BASE_WORDS)
#: The gap between two changes of one subject: the first one's base, then ``và``/``,``/``đồng thời`` (``CPI tháng này
#: tăng 0,54% so với tháng trước, tăng 2,28% so với cùng kỳ năm trước``).
_CHAIN_GAP = re.compile(r"(?i)^\s*\)?\s*,?\s*(?:so\s+(?:với\s+)?[^,.;:()%]{2,40}?\s*(?:,\s*(?:và\s+)?|\s+và\s+|\s+đồng\s+thời\s+)|"
                        r"(?:,\s*|và\s+)+so\s+(?:với\s+)?[^,.;:()%]{2,40}?\s*,?\s*)(?:(?:ước\s+tính|ước|đã)\s+)?$")
# ("… tăng 1,72% và so với cùng kỳ năm trước tăng 3,3%": the base said before the second change)
_GROWTH_HEAD = re.compile(r"^Tốc độ (?:tăng|giảm) ")
_BASE_TAIL = re.compile(r"\s+so với .*$")


def base_kind(base: str) -> str:
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
        opens = [o for o in BASE_OPENS.finditer(p.text, 0, m.num_start)
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
    if words and words[0][1:].islower() and len(words[0]) > 1 and not proper_name(words):
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
    if proper_name(named):            # "Lục Nam: 671; …; Tân Yên: 409 hội viên": the list's noun (placenames)
        return list_noun_after(p, i, m) or P.head_noun(named)
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


def _unit_as_written(m: Mention) -> str | None:
    """``65.600 m²/11 vị trí``: a measure read in a pair with no unit keeps the unit its own text writes after it."""
    return (m.raw or "")[m.num_end - m.start:].strip() or None


def make_row(p: Para, i: int, m: Mention) -> Row | None:
    """The row of figure ``i``; None when no word of the text says what it is (a bare number of a table)."""
    kind = kind_of(p, m)
    unit = {"money": money_unit(m) if m.kind == "money" or m.pair_role and _SCALE_WORD_IN.search(m.raw or "")
            else "đồng",          # "5,565 tỷ/3,550 tỷ": tỷ đồng (a lone "996 triệu" is kept in đồng)
            "percent": "%"}.get(kind) or \
        ((m.unit or _unit_as_written(m)) if m.kind == "measure" else unit_of(p, i, m))
    if kind == "count":     # "nâng tổng số hội viên hiện nay 160.874/188.744 NCT": the part counts hội viên
        unit = part_unit(p, m) or unit
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    named = _named_before(p, i, start) if kind == "count" else []
    listed = share_list_unit(p, m) if kind == "count" else None
    if listed is not None:   # "Hình thức kỷ luật đảng viên: khiển trách 28 (chiếm 45%), …": the head's noun (tallied)
        unit, named = listed, []
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
        and not whole_of(p, m) else None
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


def keep_row(p: Para, i: int, row: Row, said_with=()) -> None:
    """Keep ``row`` as figure ``i``'s, the reading's and its section's; ``said_with``, the rows the same words state
    beside it, kept just before it (a count's whole before the handled part, the lowest price before the highest)."""
    p.rows[i] = row
    for r in (*said_with, row):
        p.reading.rows.append(r)
        p.section_rows.append(r)


def keep_own_row(p: Para, i: int, m: Mention, said_with=None) -> bool:
    """A reader that claims figure ``i`` as a row made here (``marks``, ``indexrows``, ``pricerange``): the row
    :func:`make_row` makes, kept (:func:`keep_row`); ``said_with(row)``, the rows the same words state beside it
    (``pricerange``: the lowest price before the highest).  False, nothing kept, when no word says what the figure
    is."""
    row = make_row(p, i, m)
    if row is None:
        return False
    keep_row(p, i, row, said_with=tuple(said_with(row)) if said_with else ())
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
