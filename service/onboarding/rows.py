"""Every figure a report states, as the rows of the table it was written from.

``read_figures(report)`` walks the report's sections (plans for the next period left out),
reads every number (``service.checker.extract``) and decides, number by number, what it
is.  The decisions are small named recognisers, tried in order (``RECOGNISERS``); the first
that claims a number wins:

========================  ====================================================================
``no_change``             ``(không tăng, không giảm)``: the row before it had the same value last time
``change``                ``tăng 25 vụ``, ``giảm 32,2%``: a change of the row before it (its comparison value)
``comparison_value``      ``so với cùng kỳ năm 2019 (113 vụ)``: the row's comparison value itself
``this_and_last``         ``(206/113 vụ)`` after the 206 vụ it repeats: this period / last period
``share_of_plan``         ``đạt 84,61%`` after ``22/26 đ/c``: the row over its plan
``plan_from_share``       ``22 đảng viên, đạt 84,61% chỉ tiêu``: the plan the share implies
``share``                 ``03 đảng viên, đạt 1,9%`` of the 155 before: one row over another
``standing``              ``với 06 đoàn thể``, ``16 xã, thị trấn`` as the area's make-up: a standing fact
``repeat``                ``155 thanh niên`` stated again in the section: the same row
========================  ====================================================================

Everything else that is a figure is a row (``X/Y`` of one unit: value ``X``, plan ``Y``).  After a
sentence is read, a per-unit amount (``1.000.000đ/suất``) whose count and total the sentence
states (155 × 1.000.000 = 155 triệu) is a derivation of them, not a row.  Derivations are kept
with the row they derive from, so the template can say what the text computed from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from index.model import ParsedReport, Section
from service.checker.check import bare_money
from service.checker.extract import COUNT_UNITS, Mention, extract_numbers
from service.checker.match import PERSON, SYNONYMS, within_rounding
from service.checker.standing import composition, describes_area, noun_head
from service.onboarding import labels as L
from service.periods import find_mentions, parse_period

_PLAN_HEADING = re.compile(r"(?i)^\W*(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|giải\s+pháp|đề\s+xuất|kiến\s+nghị|"
                           r"mục\s+tiêu|chỉ\s+tiêu\s+phấn\s+đấu|dự\s+kiến)")
_PLAN_AFTER = re.compile(r"(?i)^\s*(?:%\s*)?(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH)(?!\w)")
_BRACKET_BEFORE = re.compile(r"[(\[]\s*$")


@dataclass
class Derivation:
    """A statement of the text computed from a row (not a row of its own)."""

    quote: str
    how: str          # in Vietnamese: "tăng so với cùng kỳ", "tỷ lệ so với kế hoạch", …
    value: Decimal | None = None  # the number the text wrote


@dataclass(eq=False)
class Row:
    """One figure of the report: the row of the table it came from, as far as the text tells."""

    value: Decimal
    unit: str                      # as written: "lượt người", "đồng", "km", "%"
    kind: str                      # count | money | measure | percent
    label: str
    section: str                   # the section's title as written ("2.4. Phối hợp …"), "" before any
    path: str
    quote: str
    organisation: str = ""
    qualifier: str | None = None
    plan: Decimal | None = None    # Kế hoạch: the Y of "X/Y", or what "đạt …% chỉ tiêu" implies
    base: Decimal | None = None    # the report's own comparison value (its "cùng kỳ"), from a change
    per: str | None = None         # a per-unit amount: "suất" in 1.000.000đ/suất
    derived: list[Derivation] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)
    code: str = ""
    sentence: tuple = ()           # (paragraph key, sentence start): where it was stated
    order: int = 0


@dataclass
class Standing:
    """A standing fact: a count that describes the agency or its area, true in every edition."""

    value: Decimal
    noun: str
    label: str
    quote: str
    section: str


@dataclass
class Reading:
    """What ``read_figures`` found: rows in report order, standing facts, and what it left out."""

    rows: list[Row]
    standing: list[Standing]
    derived: list[tuple[Row, Derivation]]
    skipped_sections: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------- context

@dataclass
class _Para:
    """One paragraph being read: its text, figures, rows so far, the section's rows."""

    text: str
    key: tuple
    section: Section | None
    figures: list[Mention]
    mentions: list[Mention]
    orgs: list[str | None]                                  # the subject organisation of each figure
    section_rows: list[Row]
    reading: Reading
    rows: dict[int, Row] = field(default_factory=dict)     # figure index → row it made

    def sentence_of(self, m: Mention) -> int:
        return L.sentence_start(self.text, m.num_start)

    def rows_before(self, i: int, same_sentence: bool = True) -> list[Row]:
        """Rows of this paragraph made by figures before ``i``, nearest first."""
        s = self.sentence_of(self.figures[i])
        out = []
        for k in range(i - 1, -1, -1):
            r = self.rows.get(k)
            if r is None or r in out:
                continue
            if same_sentence and r.sentence[1] != s:
                continue
            out.append(r)
        return out

    def quote(self, m: Mention) -> str:
        return L.quote(self.text, m)


def _units_fit(a: str | None, b: str | None) -> bool:
    """Two counted nouns name the same thing (``lượt`` ~ ``lượt người``, ``trường hợp`` ~ ``vụ``)."""
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    if any(a in s and b in s for s in SYNONYMS) or (a in PERSON and b in PERSON):
        return True
    return {a, b} <= {"vụ", "việc", "trường hợp", "vụ việc"}


def _target(p: _Para, i: int, unit: str | None) -> Row | None:
    """The row a comparison is about: the nearest before it in its sentence that counts the same thing."""
    before = p.rows_before(i)
    for r in before:
        if _units_fit(unit, r.unit if r.kind == "count" else None) and (r.kind == "count" or unit is None):
            return r
    return before[0] if before else None


def _fmt(v: Decimal) -> str:
    from service.numbers import format_vn

    return format_vn(v)


# ---------------------------------------------------------------------------------- recognisers

def no_change(p: _Para, i: int, m: Mention) -> bool:
    if m.comparison != "không đổi":
        return False
    row = _target(p, i, None)
    if row is None:
        return False
    row.base = row.value
    row.derived.append(Derivation(p.quote(m) or m.raw, "không tăng, không giảm so với cùng kỳ"))
    return True


def change(p: _Para, i: int, m: Mention) -> bool:
    if m.comparison not in ("tăng", "giảm") or m.value is None:
        return False
    pct = m.kind == "percent"
    row = _target(p, i, None if pct else m.unit)
    if row is None:
        return False
    up = m.comparison == "tăng"
    if pct:
        if row.base is None:
            base = row.value / (1 + (m.value if up else -m.value) / 100)
            if row.kind == "count":
                base = base.quantize(Decimal(1), ROUND_HALF_UP)
            row.base = base
    elif row.base is None:
        row.base = row.value - m.value if up else row.value + m.value
    row.derived.append(Derivation(p.quote(m), f"{m.comparison} so với cùng kỳ"))
    return True


def comparison_value(p: _Para, i: int, m: Mention) -> bool:
    if not m.comparison_base or m.kind not in ("count", "money", "measure", "ratio"):
        return False
    row = _target(p, i, m.unit)
    if row is None:
        return False
    row.base = m.value
    row.derived.append(Derivation(p.quote(m), "số liệu cùng kỳ được nêu để so sánh"))
    return True


def this_and_last(p: _Para, i: int, m: Mention) -> bool:
    """``tăng 93 vụ (206/113 vụ)``: the pair restates this period's value over last period's."""
    if not (m.same_unit_pair and m.pair_role == "numerator" and m.partner is not None):
        return False
    same = [r for r in p.rows_before(i) if r.value == m.value and _units_fit(m.unit, r.unit)]
    if not same or not (_BRACKET_BEFORE.search(p.text[:m.num_start]) or any(r.base is not None for r in same)):
        return False
    row = same[0]
    last = p.mentions[m.partner].value
    row.base = last
    row.derived.append(Derivation(p.quote(m), "kỳ này/cùng kỳ"))
    return True


def share_of_plan(p: _Para, i: int, m: Mention) -> bool:
    if m.kind != "percent" or m.value is None:
        return False
    for r in p.rows_before(i):
        if r.plan and within_rounding(r.value / r.plan * 100, m.value, m.decimals, m.qualifier):
            r.derived.append(Derivation(p.quote(m), "tỷ lệ thực hiện so với kế hoạch"))
            return True
    return False


def plan_from_share(p: _Para, i: int, m: Mention) -> bool:
    """``kết nạp 22 đảng viên, đạt 84,61% chỉ tiêu``: the plan is the whole number the share implies."""
    if m.kind != "percent" or not m.value or not _PLAN_AFTER.match(p.text[m.end - 1 if m.raw.endswith("%") else m.end:]
                                                               .lstrip("%")):
        return False
    before = p.rows_before(i)
    if not before or before[0].plan is not None or before[0].kind == "percent":
        return False
    row = before[0]
    plan = (row.value * 100 / m.value).quantize(Decimal(1), ROUND_HALF_UP)
    if not plan or not within_rounding(row.value / plan * 100, m.value, m.decimals, m.qualifier):
        return False
    row.plan = plan
    row.derived.append(Derivation(p.quote(m), "tỷ lệ thực hiện so với kế hoạch"))
    return True


def share(p: _Para, i: int, m: Mention) -> bool:
    """``có 03 đảng viên, đạt 1,9%`` of the 155 before it: one row over another of its sentence."""
    if m.kind != "percent" or m.value is None or m.comparison:
        return False
    rows = [r for r in p.rows_before(i) if r.kind in ("count", "money", "measure")]
    for a in rows:
        for b in rows:
            if a is b or a.kind != b.kind or not b.value or a.value >= b.value:
                continue
            if within_rounding(a.value / b.value * 100, m.value, m.decimals, m.qualifier):
                a.derived.append(Derivation(p.quote(m), f"tỷ lệ so với {b.label[:1].lower() + b.label[1:]}"))
                return True
    return False


def standing(p: _Para, i: int, m: Mention) -> bool:
    if m.kind not in ("count", "ratio") or m.value is None or m.comparison:
        return False
    lo = L.clause_start(p.text, m.num_start)
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not (composition(p.text, at, m.noun, lo) or describes_area(p.text, at, lo)):
        return False
    if m.same_unit_pair and m.value != p.mentions[m.partner].value:
        return False
    _add_standing(p, m)
    return True


def repeat(p: _Para, i: int, m: Mention) -> bool:
    """A count stated again, in another sentence of the section, with the same value and noun."""
    if m.kind not in ("count",) or m.value is None or m.comparison:
        return False
    unit = _unit_of(p, i, m)
    s = p.sentence_of(m)
    noun = {w.lower() for w in _unit_words(p, m)[len(unit.split()):] if w[0].isalpha()}
    for r in p.section_rows:
        if r.kind != "count" or r.value != m.value or r.unit.lower() != unit.lower() or r.sentence == (p.key, s):
            continue
        shared = noun & {w.lower() for w in r.label.split()[1 + len(unit.split()):]}
        if m.value >= 10 or len(shared) >= 2:  # small counts coincide too often to be taken for one row
            r.repeats.append(p.quote(m))
            return True
    return False


RECOGNISERS = (no_change, change, comparison_value, this_and_last, share_of_plan, plan_from_share, share,
               standing, repeat)


# ---------------------------------------------------------------------------------- rows

def _unit_words(p: _Para, m: Mention) -> list[str]:
    return L.noun_after(p.text, m.end)


def _unit_of(p: _Para, i: int, m: Mention) -> str:
    """The counted noun as written: the known unit it starts with, else its head (one acronym or two words)."""
    words = _unit_words(p, m)
    if m.unit:
        n = len(m.unit.split())
        if [w.lower() for w in words[:n]] == m.unit.split():
            return " ".join(words[:n])
        return m.unit
    if words and not _PLAN_AFTER.match(" ".join(words)):
        words = [w for w in words if w[0].isalpha()]
        if words and words[0].isupper() and len(words[0]) > 1:
            return words[0]
        head = noun_head(" ".join(words), most=2)
        if head:
            return " ".join(words[:len(head.split())])
    known = _unit_before(p, m)
    if known:
        return known
    for k in range(i - 1, -1, -1):  # "cảm hóa 11 người, thành công 2": the noun of the count before
        prev = p.figures[k]
        if p.sentence_of(prev) != p.sentence_of(m):
            break
        if prev.kind in ("count", "ratio") and (prev.unit or prev.noun):
            return _unit_of(p, k, prev)
    return ""


def _unit_before(p: _Para, m: Mention) -> str | None:
    """``hiến được đơn vị máu 248/800 chỉ tiêu``: a known count noun written before a number whose own
    noun is the plan it is measured against."""
    if not _PLAN_AFTER.match(" ".join(L.noun_after(p.text, p.mentions[m.partner].end if m.partner is not None
                                                   else m.end))):
        return None
    before = p.text[max(0, m.num_start - 30):m.qualifier_start or m.num_start].lower().rstrip()
    for u in sorted(COUNT_UNITS, key=len, reverse=True):
        if before.endswith(" " + u) or before == u:
            return u
    return None


def _kind(m: Mention) -> str:
    if m.kind in ("money", "measure", "percent"):
        return m.kind
    return "money" if bare_money(m) else "count"


def _label(p: _Para, i: int, m: Mention, kind: str, unit: str) -> str:
    clause = L.clause_start(p.text, m.num_start)
    lo = max(clause, _previous_end(p, i))
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    noun = _unit_words(p, m)
    org = p.orgs[i]
    verb = L.verb_before(p.text, start, lo, p.mentions, org, most=12)
    if not verb:  # "… lần thứ XIII của Đảng… được 7.286 cuộc": the sentence's own verb phrase
        verb = L.sentence_verb(p.text, m.num_start, p.mentions, org)
    if kind == "count":
        if unit and _unit_before(p, m):  # the noun stood before the number: it is no part of the verb
            n = len(unit.split())
            verb = verb[:-n] if [w.lower() for w in verb[-n:]] == unit.lower().split() else verb
            noun = []
        return L.count_label(unit or "", noun, verb)
    if kind == "percent":
        return L.percent_label(L.percent_before(p.text, m, lo, p.mentions, org), noun)
    if kind == "measure":
        dim = L.dimension_before(p.text, m, lo)
        if dim:  # "làm đường bê tông, với chiều dài 180m": what is measured comes before the dimension
            cut = p.text.rfind(dim, lo, start)
            verb = L.verb_before(p.text, cut if cut >= 0 else start, lo, p.mentions, org)
        return L.measure_label(m.unit or unit, dim, noun, verb)
    lo = max(clause, _previous_end(p, i, kinds=("money",)))  # what the money is for: the whole clause
    head = L.money_head(p.text, m, lo)
    if head:
        cut = p.text.rfind(head, lo, start)
        start = cut if cut >= 0 else start
    verb = L.verb_before(p.text, start, lo, p.mentions, org, most=12)
    if (head or m.per) and not verb:
        lo = clause
    if not verb and not head and not m.per:
        lo = L.sentence_start(p.text, m.num_start)
    counts = [k for k in range(i) if lo <= p.figures[k].num_start < start and _kind(p.figures[k]) == "count"
              and p.figures[k].pair_role != "denominator"]
    if (head or m.per or not verb) and len(counts) == 1:  # "tặng 1.783 phần quà cho …, trị giá …": its value
        c = p.figures[counts[0]]
        act = L.verb_before(p.text, c.qualifier_start if c.qualifier_start is not None else c.num_start,
                            max(lo, _previous_end(p, counts[0])), p.mentions, org, most=6)
        verb = [*act, *L.noun_after(p.text, c.end)]
    elif not verb:
        verb = L.verb_before(p.text, start, lo, p.mentions, org, most=12)
    return L.money_label(head, verb, m.per)


def _previous_end(p: _Para, i: int, kinds=None) -> int:
    """Where the figure before ``i`` ends in the text, with its noun (of ``kinds`` only, when given)."""
    for k in range(i - 1, -1, -1):
        prev = p.figures[k]
        if kinds is None or _kind(prev) in kinds:
            return L.noun_span(p.text, prev.end)[1]
    return 0


def _make_row(p: _Para, i: int, m: Mention) -> Row:
    kind = _kind(m)
    unit = {"money": "đồng", "percent": "%"}.get(kind) or (m.unit if kind == "measure" else _unit_of(p, i, m))
    if kind == "money" and m.per:
        unit = f"đồng/{m.per}"
    plan = None
    if m.same_unit_pair and m.pair_role == "numerator" and m.partner is not None:
        plan = p.mentions[m.partner].value
    row = Row(value=m.value, unit=unit, kind=kind, label=_label(p, i, m, kind, unit),
              section=p.section.title if p.section else "", path=p.section.path if p.section else "",
              quote=p.quote(m), organisation=p.orgs[i] or "", qualifier=m.qualifier, plan=plan, per=m.per,
              sentence=(p.key, p.sentence_of(m)), order=len(p.reading.rows))
    return row


def _add_standing(p: _Para, m: Mention) -> None:
    noun = noun_head(m.noun) or m.noun
    if any(s.value == m.value and s.noun == noun for s in p.reading.standing):
        return
    words = L.noun_after(p.text, m.end)
    p.reading.standing.append(Standing(m.value, noun, L.finish(["Số", *words], f"Số {noun}"), p.quote(m),
                                       p.section.title if p.section else ""))


def _per_unit_pass(p: _Para) -> None:
    """A per-unit amount whose count and total its sentence states is their quotient, not a row."""
    made = list(dict.fromkeys(p.rows.values()))
    for r in made:
        if r.kind != "money" or r.per is None:
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


def _read_paragraph(p: _Para) -> None:
    for i, m in enumerate(p.figures):
        if m.value is None or (m.same_unit_pair and m.pair_role == "denominator"):
            continue
        if any(rec(p, i, m) for rec in RECOGNISERS):
            continue
        if m.kind == "change":  # a change no row precedes ("giảm 178 hộ nghèo"): a figure of its own
            m.comparison = None
        row = _make_row(p, i, m)
        p.rows[i] = row
        p.reading.rows.append(row)
        p.section_rows.append(row)
    _per_unit_pass(p)
    for m in p.mentions:  # "trên địa bàn 17 xã, thị trấn": the extractor's own standing reading
        if m.kind == "name" and m.note and m.note.startswith("size of the area") and m.num_start < len(p.text):
            read = extract_numbers(p.text[m.num_start:m.num_end + 40])
            if read and read[0].value is not None:
                read[0].start += m.num_start
                read[0].end += m.num_start
                read[0].num_start += m.num_start
                read[0].num_end += m.num_start
                _add_standing(p, read[0])


# ---------------------------------------------------------------------------------- the report

def is_plan(section: Section, period_code: str | None) -> bool:
    """A section about the next period (``PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023``): targets, not results."""
    heading = L.nfc(section.heading)
    if _PLAN_HEADING.match(heading):
        return True
    found = [x for x in find_mentions(heading) if x.period is not None]
    if any(x.plan for x in found):
        return True
    if period_code and found:
        reported = parse_period(period_code)
        return all(x.period.sort_key() > reported.sort_key() for x in found if x.period.year)
    return False


def _paragraphs(report: ParsedReport) -> list[tuple[Section | None, list[str]]]:
    title = L.nfc(report.title or "")
    pre = [q for q in report.preamble if L.nfc(q) != title]
    out: list[tuple[Section | None, list[str]]] = [(None, pre)] if pre else []
    for s in report.sections:
        out += _walk(s, report.period)
    return out


def _walk(section: Section, period_code: str | None) -> list[tuple[Section, list[str]]]:
    if is_plan(section, period_code):
        return []
    out = [(section, list(section.paragraphs))]
    for c in section.children:
        out += _walk(c, period_code)
    return out


def read_figures(report: ParsedReport) -> Reading:
    """Rows, standing facts and derivations of every figure the report states (see the module docstring)."""
    reading = Reading([], [], [])
    kept = {id(s) for s, _ in _paragraphs(report) if s is not None}
    reading.skipped_sections = [s.title for s in report.walk() if id(s) not in kept]
    for n_section, (section, paragraphs) in enumerate(_paragraphs(report)):
        section_rows: list[Row] = []
        org: str | None = None
        for n, text in enumerate(paragraphs):
            text = L.nfc(text)
            mentions = extract_numbers(text)
            figures = [m for m in mentions if m.is_figure]
            if not text[:1].islower():
                org = None  # a paragraph starting in lower case continues the one before (a page break)
            orgs, subjects = [], {}
            for m in figures:
                s = L.sentence_start(text, m.num_start)
                if s not in subjects:
                    subjects[s] = L.subject(text, s)
                    org = subjects[s] or org  # a sentence naming a body changes the subject from there on
                orgs.append(org)
            if not figures:
                org = L.subject(text, 0) or org
            _read_paragraph(_Para(text, (n_section, n), section, figures, mentions, orgs, section_rows, reading))
    _title_numbers(report, reading)
    reading.derived = [(r, d) for r in reading.rows for d in r.derived]
    return reading


def _title_numbers(report: ParsedReport, reading: Reading) -> None:
    """A headline's numbers (``Giảm 178 hộ cựu chiến binh nghèo …``) restate the body's: repeats, never rows."""
    title = L.nfc(report.title or "")
    for m in extract_numbers(title):
        if not m.is_figure or m.value is None:
            continue
        for r in reading.rows:
            if r.value == m.value:
                r.repeats.append(L.quote(title, m))
                break
