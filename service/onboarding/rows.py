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
from index.parse import date_of
from service.checker.extract import Mention, extract_numbers
from service.checker.match import value_supports, within_rounding
from service.checker.recognisers.bulletin import season_year
from service.onboarding.planned import plan_mark_cut
from service.onboarding.passed import counted_thousands
from service.onboarding.bareyears import bare_years_read
from service.onboarding.directions import directions_read
from service.onboarding.zeros import zeros_read
from service.onboarding.tallied import tallies_read
from service.onboarding.each import each_place_pass
from service.onboarding.shared import shared_counts_pass
from service.onboarding.signed import signed_plan_pass
from service.onboarding.losses import loss_of_profit_pass
from service.onboarding.thousands import join_thousands
from service.onboarding.foot import a_listed_headline, before_other_articles
from service.onboarding.digest import digest_first
from service.onboarding.slugs import without_slugs
from service.onboarding import labels as L
from service.onboarding import reached
from service.onboarding import phrases as P
from service.onboarding import subjects
from service.onboarding import asides, owners, pasted, planrates, running
from service.onboarding.model import Derivation, Para, Reading, Row
from service.onboarding.onerow import BASE_ANY, BASE_OPENS, base_kind, handled, handled_verb, keep_row, label, make_row
from service.onboarding.plans import assigned_pass
from service.onboarding.sofar import ends_after
from service.onboarding.indexperiods import index_periods
from service.onboarding.counteddocs import documents_read
from service.onboarding.periodplans import plans_of_period
from service.onboarding.runin import run_in
from service.onboarding.unitlists import unit_pairs_pass
from service.onboarding.statements import aim, head_word
from service.onboarding.rates import OWN_ROWS, rate_again, rate_of_rows
from service.onboarding.nouns import noun_words
from service.onboarding.twice import said_twice
from service.onboarding.captions import captions_restated
from service.onboarding.breakdowns import breakdown_again
from service.onboarding.wholes import whole_of, y_unit
from service.onboarding.changewords import NOT_SUBJECT, units_fit
from service.onboarding.recognisers import RECOGNISERS, recurring_make_up
from service.onboarding.standingnote import add_standing
from service.periods import find_mentions, parse_period

_PLAN_HEADING = re.compile(r"(?i)^\W*(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|giải\s+pháp|đề\s+xuất|kiến\s+nghị|"
                           r"mục\s+tiêu|chỉ\s+tiêu\s+phấn\s+đấu|dự\s+kiến)")
_MORE_LESS = re.compile(r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+$")
#: Round 77: the comparative said whole before a rounded amount, ``nhiều hơn gần 10 kg so với tháng 6``
#: (xu-toan-quoc-bo-cong-an-pham-phap-hinh-su-ma-tuy-2017-07), ``cao hơn khoảng 7% so với năm trước``: the rounding word
#: is the qualifier, ``(ít|nhiều|cao|thấp) hơn`` stands before it — a change as ``nhiều hơn 6 vụ`` is.
_MORE_LESS_ROUNDED = re.compile(r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+hơn\s+$")
_ROUNDING = ("gần", "khoảng", "xấp xỉ", "trên")
HEADLINE_WORDS = 30   # a first paragraph this short, taken for the title, is a headline; a longer one is body


def whole_row(p: Para, i: int, m: Mention) -> Row | None:
    """The Y of a handled ``X/Y`` as a row of its own (``Tổng số vụ phạm tội về trật tự xã hội``), unless the
    paragraph already has it (``phát hiện 160 vụ/168 đối tượng … xử lý 133/168 đối tượng``)."""
    y = p.mentions[m.partner]
    part = p.rows.get(i)
    if part is None or any(r.value == y.value and r.unit == part.unit for r in p.section_rows if r is not part):
        return None
    unit = y_unit(p, m, part.unit)   # "tổng số hội viên hiện nay 160.874/188.744 NCT": the whole counts NCT
    label = L.count_label(unit, noun_words(p, m), [])
    label = "Tổng s" + label[1:] if label.startswith("Số ") else f"Tổng số {label}"
    return Row(value=y.value, unit=unit, kind=part.kind, label=label, section=part.section, path=part.path,
               quote=part.quote, organisation=part.organisation, sentence=part.sentence)


# ---------------------------------------------------------------------------------- a paragraph

def _more_less(p: Para) -> None:
    """``ít hơn 6 vụ``, ``nhiều hơn``: a change against the comparison value, not ``hơn`` (more than); also before a
    rounding word (``nhiều hơn gần 10 kg``), which stays the qualifier."""
    for m in p.figures:
        if m.comparison is not None or m.qualifier_start is None:
            continue
        before = p.text[max(0, m.qualifier_start - 12):m.qualifier_start]
        cmp = _MORE_LESS.search(before) if m.qualifier == "hơn" else \
            _MORE_LESS_ROUNDED.search(before) if (m.qualifier or "").lower() in _ROUNDING else None
        if cmp:
            m.qualifier = None if m.qualifier == "hơn" else m.qualifier
            m.comparison = "giảm" if cmp.group(1).lower() in ("ít", "thấp") else "tăng"
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
            elif how == "times":    # "tăng gấp 41 lần so với quý I/2020, đạt 15,5 tỷ đồng" (multiples)
                row.base = row.value / by if row.base is None else row.base
                row.derived.append(Derivation(quote, "gấp … lần so với cùng kỳ", by))
            elif how == "index":    # "chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt"
                row.base = row.value * 100 / by if row.base is None else row.base
                row.derived.append(Derivation(quote, "so với cùng kỳ (kỳ này bằng … cùng kỳ)", by))
            elif row.base is None:
                row.base = row.value - by if up else row.value + by
                if pct and row.kind != "percent":
                    row.base = row.value / (1 + (by if up else -by) / 100)
            if how not in ("index", "share", "times"):
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
        elif whole_of(p, m):  # "160.874/188.744 NCT (chiếm 85,2%)": the whole the 160.874 are part of
            p.rows[i] = row
            whole = whole_row(p, i, m)
        keep_row(p, i, row, said_with=(whole,) if whole is not None else ())
    per_unit_pass(p)
    each_place_pass(p)
    shared_counts_pass(p)
    unit_pairs_pass(p)     # a list of units' X/Y in a sentence: a row per unit named
    assigned_pass(p)
    signed_plan_pass(p)
    loss_of_profit_pass(p)   # "lợi nhuận trước thuế lỗ 305 tỉ đồng": the profit below zero
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
        return all(ends_after(heading, x, end) for x in found if x.period.year)   # (``TỪ ĐẦU NĂM 2020``: sofar.py)
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
    reading.bases = {base_kind(k.group("base")) for _, texts in body for text in texts
                     for k in [*BASE_ANY.finditer(P.nfc(text)), *BASE_OPENS.finditer(P.nfc(text))]}
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
            mentions = bare_years_read(text, tallies_read(text, zeros_read(text, directions_read(
                text, counted_thousands(text, plan_mark_cut(text, documents_read(text, extract_numbers(text))))))))
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
    reading.rows[:] = captions_restated(reading.rows, texts)   # a photo's caption restating the body
    breakdown_again(reading.rows, texts)
    running.mark(reading.rows, reading.period_kind)
    owners.tell_apart(reading.rows)
    planrates.rate_rows(reading.rows)
    plans_of_period(reading, texts)   # a target of the report's own period: its row's plan (round 74)
    index_periods(reading.rows, texts)   # "cao hơn quý II (2,09%)": the index's change in another period (round 82)
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
    its numbers again (same value, same unit; or a value its rounding stands for, round 77), its rows are the body's —
    read once, where the body states them."""
    if not body or body[0][0] is not None or not body[0][1] or len(body[0][1][0].split()) > HEADLINE_WORDS \
            or sum(len(ps) for _, ps in body) < 2:
        return
    first = [r for r in reading.rows if r.sentence and r.sentence[0] == (0, 0)]
    later = [r for r in reading.rows if r.sentence and r.sentence[0] != (0, 0)]
    same = {id(r): next((o for o in later if (o.value == r.value or            # "85,4%" for the body's 85,48%
                                              asides.cut_short(r.value, r.decimals, o.value, o.decimals) or
                                              _rounded_for(r, o))
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


def _rounded_for(lede: Row, body: Row) -> bool:
    """Round 77: the lede's number rounded with a word (``đã làm gần 400 con gia súc chết rét``) that the checker's
    rule lets the body's exact value stand for (``đã làm 393 con gia súc bị chết``, xu-son-la-ban-chi-huy-pctt-thiet-
    hai-ret-dam-ret-hai-2022-02) — as a headline's rounded number is read (``rounded_in_body``).  The body's value
    exact (no rounding word of its own) and holding every change the lede's holds: ``đạt gần 19.000 tấn, tăng 9,4 %``
    is not the body's part ``khai thác biển khoảng 18.800 tấn`` (xs-quang-ngai-chi-cuc-thuy-san-khai-thac-hai-san-
    2019-01)."""
    if not lede.qualifier or body.qualifier or lede.value is None or body.value is None:
        return False
    if not {d.value for d in lede.derived} <= {d.value for d in body.derived}:
        return False
    return value_supports(body.value, lede.value, decimals=lede.decimals, scale=lede.scale, qualifier=lede.qualifier)


#: A label the template made up from the unit (``Số tiền …``, ``Khối lượng …``) rather than read as a name.
_MADE_UP = re.compile(r"(?:Số\s+tiền|Số\s+lượng|Khối\s+lượng)\s")


def _written(report: ParsedReport) -> int | None:
    """The year the report was written: its header's date, else its page's date stamp (``index.parse``'s reading)."""
    return date_of(report.header, report.furniture or [])[0]


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
