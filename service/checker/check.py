"""Tie every number of a text to a cell of the figures table or to a derivation from it.

Verdicts: ``supported`` (a cell, by value, unit, organisation), ``derived``
(a change against ``cung_ky``, a share of ``ke_hoach`` or of another row, a
sum of rows, count × per-unit amount), ``not_a_figure`` (dates, years,
periods, references, names, headings; anniversaries whose arithmetic holds),
``standing`` (a count that describes the agency or its area, not the
period: ``16 xã, thị trấn``; ``service.checker.standing``), ``stale`` (the
value of the previous period — ``cung_ky`` of this table or ``ky_bao_cao`` of
the prior one — where this period's is meant, unless the text states it as
the comparison value), ``unsupported`` (nothing backs it; ``reason`` says what
the table holds instead, when it can tell).

Text is read in NFC, but offsets and ``text`` of every ``NumberCheck`` are
the caller's own: spans are mapped back to the string given (NFD, mixed or
NFC alike; ``service.checker.offsets``), and ``CheckReport.text`` is that string.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from pathlib import Path

from service.checker.anchors import Anchor, compile_quotes, quote_anchors
from service.checker.context import Where, locate
from service.checker.documents import read_document
from service.checker.extract import Mention, extract_numbers
from service.checker.match import MORE, Row, TableIndex, fold, search_range, tokens, value_supports
from service.checker.model import CheckReport, NumberCheck
from service.checker.offsets import normalise
from service.checker.table_words import add_table_words
from service.checker.standing import (StandingFact, composition, composition_noun, describes_area, judge, noun_head,
                                       quote_spans)
from service.errors import InputError
from service.figures.model import FigureTable
from service.numbers import format_vn
from service.periods import Period, find_period, parse_period

_PER_UNIT = re.compile(r"(?i)mỗi|mức|hằng tháng|hàng tháng|bình quân|đơn giá|/")
_SCALE_WORD = {10**3: "nghìn", 10**6: "triệu", 10**9: "tỷ"}
WRONG_ROW_FIT = 0.55     # the sentence clearly describes another row ...
WRONG_ROW_MARGIN = 0.3   # ... much better than the row whose value was written
WRONG_ROW_FIT_TWICE, WRONG_ROW_MARGIN_TWICE = 0.3, 0.1  # the same, when that value's row is stated twice
SAME_VALUE_MARGIN = 0.5  # rows of one value scoring this close are interchangeable: the first unused one is taken
STALE_MARGIN = 0.2       # last period's value of the row the sentence names beats this period's value of another row
BARE_MONEY_MIN = 100_000
COLUMNS_ORDER = ("ky_bao_cao", "ke_hoach", "cung_ky")
_OVER = re.compile(r"(?i)(?<!\w)vượt(?:\s+(?:mức|chỉ tiêu|kế hoạch))?(?:[^.;\d]|\d{4}){0,50}$")
#: Labels of rows that count a change themselves ("Hộ nghèo giảm", "Hội viên tăng thực", "phát triển mới").
_CHANGE_LABEL = re.compile(r"\b(?:tang|giam|moi|them|phat trien|ket nap)\b")
COMPARED = "là số liệu dùng để so sánh"
#: A comparison value written right after its cue: "so với cùng kỳ năm 2023 (135.697", "cùng kỳ là 34",
#: "năm trước: 9", "so với 246 người".
_CUE_BEFORE = re.compile(r"(?i)(?:cùng kỳ|năm trước|kỳ trước|so với|bằng|so sánh với)(?:\s+(?:năm|kỳ)\s+(?:trước|\d{4}))?"
                         r"(?:\s+(?:là|có|đạt|được|chỉ có|chỉ|với|của|gồm))?[\s(:,]*$")
#: ... or right before it: "34 vụ cùng kỳ", "246 người của năm trước", "9 vụ (cùng kỳ năm 2023)".
_CUE_AFTER = re.compile(r"(?i)^[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?[(]?(?:của[ \t]+|so với[ \t]+)?(?:cùng kỳ|năm trước|kỳ trước)")  # "được 62.640.000 ủng hộ": a round grouped amount with no unit may be money


def bare_money(m: Mention) -> bool:
    """A sum of money written without its unit (``trị giá 3.500.000 và ...``): may match money rows too."""
    return (m.kind in ("count", "change") and m.unit is None and m.grouped and m.decimals == 0 and m.partner is None
            and m.value is not None and m.value >= BARE_MONEY_MIN and m.value % 1000 == 0)


def check_text(text: str, current: FigureTable, prior: FigureTable | None = None, *, section: str | None = None,
               organisation: str | None = None, period=None, placed=(), standing=(),
               prior_text: str | None = None) -> CheckReport:
    """Check every number of ``text`` against ``current`` (and ``prior``, for stale numbers).

    ``section``/``organisation`` say what the text is about when it does not
    say so itself (one section drafted at a time); ``period`` (a ``Period``
    or ``"2024-H1"``) dates anniversaries, else the table's or the text's own.
    ``placed``: codes the caller assigned to this section whatever their ``muc``
    says (a figure placed by meaning because the outline lacks its section).
    ``standing``: the agency's standing facts (``service.checker.standing``);
    ``prior_text``: the series' previous edition, whose counts that were no row
    of its table are standing facts too.
    """
    original = text
    norm = normalise(text)
    text = norm.text
    idx = TableIndex.of(current)
    mentions = add_table_words(text, extract_numbers(text), idx)
    pidx = TableIndex.of(prior) if prior is not None and len(prior) else None
    where = locate(text, mentions, idx, section=section, organisation=organisation)
    year = _period_year(period, current, text)
    checker = _Checker(text, mentions, where, idx, pidx, year)
    checker.placed = frozenset(placed)
    checker.find_anchors(_quotes_of(idx))
    facts = list(standing)
    if prior_text:
        facts += standing_from_prior(prior_text, prior)
    checker.standing = facts
    numbers = checker.run()
    if not norm.identity:
        for n in numbers:
            n.start, n.end = norm.span(n.start, n.end)
            n.text = original[n.start:n.end]
    return CheckReport(numbers, text=original)


def _quotes_of(idx: TableIndex):
    """The table's quoted phrases, compiled once per (cached) index."""
    quotes = idx.__dict__.get("_quotes")
    if quotes is None:
        quotes = idx.__dict__["_quotes"] = compile_quotes(idx.rows)
    return quotes


_PRIOR_FACTS: dict[tuple, list] = {}


def standing_from_prior(prior_text: str, prior: FigureTable | None = None) -> list[StandingFact]:
    """Counts the previous edition states on a noun that were no row of its table (all its counts without one)."""
    key = (hash(prior_text), id(prior))
    if key in _PRIOR_FACTS:
        return _PRIOR_FACTS[key]
    text = normalise(prior_text).text
    if prior is not None and len(prior):
        keep = [c for c in check_text(text, prior).numbers if c.verdict in ("unsupported", "standing")]
    else:
        keep = [c for c in check_text(text, FigureTable([])).numbers if c.verdict != "not_a_figure"]
    by_start = {m.start: m for m in extract_numbers(text)}
    facts, seen = [], set()
    for c in keep:
        m = by_start.get(c.start)
        if m is None or m.kind not in ("count", "ratio") or not m.noun or m.value is None:
            continue
        noun = noun_head(m.noun)
        if noun and (m.value, noun) not in seen:
            seen.add((m.value, noun))
            facts.append(StandingFact(m.value, noun, quote=None, source="prior"))
    if len(_PRIOR_FACTS) > 64:
        _PRIOR_FACTS.clear()
    _PRIOR_FACTS[key] = facts
    return facts


def check_file(path: str | Path, current: FigureTable, prior: FigureTable | None = None, **kw) -> CheckReport:
    """Check a .txt (UTF-8), .docx or .pdf file (``service.checker.documents``).

    Offsets are into ``CheckReport.text``: the file's own characters for .txt,
    the paragraphs joined by ``\n`` for .docx, the text layer for .pdf.  A
    .docx written by the service is checked unit by unit as its draft was.
    """
    doc = read_document(path)
    if doc.units is None:
        if doc.period and kw.get("period") is None:
            kw["period"] = doc.period
        return check_text(doc.text, current, prior, **kw)
    numbers = []
    for unit in doc.units:
        args = dict(kw)
        args["period"] = kw.get("period") or doc.period
        args["section"] = kw.get("section") or unit.section
        args["placed"] = tuple(kw.get("placed") or ()) + unit.placed
        for n in check_text(unit.text, current, prior, **args).numbers:
            n.start += unit.start
            n.end += unit.start
            numbers.append(n)
    return CheckReport(numbers, text=doc.text)


def read_text(path: str | Path) -> str:
    """The text of a report file as the checker reads it; ``InputError`` naming the file when it cannot be read."""
    return read_document(path).text


def _period_year(period, current: FigureTable, text: str) -> int | None:
    for candidate in (period, current.period):
        if isinstance(candidate, Period):
            return candidate.year
        if candidate:
            try:
                return parse_period(str(candidate)).year
            except ValueError:
                pass
    found = find_period(text[:1500])
    return found.year if found else None


def fmt_like(m: Mention, value: Decimal) -> str:
    """``value`` (base units) written the way ``m`` was written (scale, currency, %, leading zero)."""
    n = value / m.scale
    decimals = m.decimals if (m.decimals or n != n.to_integral_value()) else None
    if decimals is not None and n != n.quantize(Decimal(1).scaleb(-decimals)):
        decimals = None
    body = format_vn(n.normalize() if decimals is None else n, decimals, leading_zero=m.leading_zero,
                     group=m.grouped or abs(n) >= 10000)
    return body + m.raw[m.num_end - m.start:].replace("\n", " ")


def _fmt_row_value(row: Row, value: Decimal) -> str:
    if row.kind == "money":
        for scale in (10**9, 10**6):
            if abs(value) >= scale:
                return f"{format_vn(value / scale)} {_SCALE_WORD[scale]} đồng"
        return f"{format_vn(value)}đ"
    if row.kind == "percent":
        return f"{format_vn(value)}%"
    return f"{format_vn(value)} {row.unit}".strip()


_NAMED_UNIT_AFTER = re.compile(r"\s*(?:về\s+)?số\s+(\w+(?: \w+)?)")
_NAMED_UNIT_BEFORE = re.compile(r"số\s+(\w+(?: \w+)?)\s*$")


def _same_direction(m: Mention, row: Row) -> bool:
    """A row counting a change says which way (``Hộ nghèo giảm``); anything else counts an increase."""
    label = fold(row.fig.chi_tieu)
    down = bool(re.search(r"\bgiam\b", label))
    return (m.comparison == "giảm") == down


class _Checker:
    def __init__(self, text, mentions, where, idx: TableIndex, pidx: TableIndex | None, year: int | None):
        self.text, self.mentions, self.where, self.idx, self.pidx, self.year = text, mentions, where, idx, pidx, year
        for m in mentions:
            before = text[max(0, (m.qualifier_start or 0) - 8):m.qualifier_start or 0]
            if m.qualifier == "dưới" and re.search(r"(?i)(?<!\w)trên\s+$", before):
                m.qualifier = "trên dưới"  # "trên dưới 100" is "about 100", not "under 100"
            elif m.qualifier == "hơn" and m.kind in ("count", "percent", "money") and m.comparison is None:
                cmp = re.search(r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+$", before)
                if cmp:  # "ít hơn 6 vụ": a change against the comparison value, not "more than 6"
                    m.qualifier, m.comparison = None, "giảm" if cmp.group(1).lower() in ("ít", "thấp") else "tăng"
                    m.kind = "change" if m.kind == "count" else m.kind
        self.placed: frozenset = frozenset()
        self.standing: list[StandingFact] = []
        self.rows: list[Row | None] = [None] * len(mentions)   # the row each mention was tied to
        self.results: list[NumberCheck | None] = [None] * len(mentions)
        self._used: set[tuple[int, str]] = set()  # (row, column) pairs already tied to a number
        self._bare = {id(m) for m in mentions if bare_money(m) and idx.lead_unit(m.noun) is None}
        self._groups: dict[tuple, list[int]] = {}
        for k, w in enumerate(where):
            for key in (("clause", w.paragraph, w.clause), ("sentence", w.paragraph, w.sentence),
                        ("paragraph", w.paragraph)):
                self._groups.setdefault(key, []).append(k)

    # ------------------------------------------------------------ driver
    def run(self) -> list[NumberCheck]:
        ms = self.mentions
        for i, m in enumerate(ms):
            if not m.is_figure and m.kind != "anniversary":
                self.results[i] = self._result(m, "not_a_figure", reason=None, derivation=m.note)
            elif m.kind == "anniversary":
                self.results[i] = self._anniversary(m)
            elif m.notation == "foreign":
                self.results[i] = self._result(m, "unsupported", reason=(
                    f"«{m.raw.strip()}» không viết theo cách ghi số tiếng Việt (dấu chấm phân cách hàng nghìn, "
                    "dấu phẩy phân cách phần thập phân)"),
                    expected=fmt_like(m, m.value))
        for i, m in enumerate(ms):  # pass 1: numbers that should be cells
            if self.results[i] is None and m.kind in ("count", "money", "measure", "ratio", "percent"):
                if m.same_unit_pair and m.pair_role == "numerator":
                    self._pair(i, m.partner)
                elif not (m.same_unit_pair and m.pair_role == "denominator"):
                    self._direct(i)
        for i, m in enumerate(ms):  # pass 2: derivations, with the rows the text has named
            if self.results[i] is None:
                self.results[i] = self._derived(i)
        self._confirm_comparisons()
        self._attribution_pass()  # pass 3: right value, wrong line of the table
        self._standing_pass()
        return self.results

    def _result(self, m: Mention, verdict: str, *, row: Row | None = None, column: str | None = None,
                derivation: str | None = None, reason: str | None = None, expected: str | None = None) -> NumberCheck:
        kind, unit = m.kind, m.unit
        if kind == "count" and row is not None and row.kind == "money" and id(m) in self._bare:
            kind, unit = "money", "đồng"  # money written without its unit
        return NumberCheck(text=m.raw, start=m.start, end=m.end, value=float(m.value) if m.value is not None else None,
                           unit=unit, kind=kind, verdict=verdict,
                           source={"ma": row.fig.ma, "column": column} if row is not None and column else None,
                           derivation=derivation, reason=reason, expected=expected)

    # ------------------------------------------------------------ quoted rows
    def find_anchors(self, quotes) -> None:
        """Numbers the table's ``Ghi chú`` quotes place (``service.checker.anchors``)."""
        self.anchors: dict[int, list[Anchor]] = {}
        self._anchored: set[int] = set()
        if not quotes:
            return
        at = {m.num_start: i for i, m in enumerate(self.mentions)}

        def value_at(start):
            i = at.get(start)
            return self.mentions[i].value if i is not None else None

        for start, found in quote_anchors(self.text, quotes, value_at).items():
            if start in at:
                self.anchors[at[start]] = found

    def _cell_of(self, i: int, row: Row, columns=COLUMNS_ORDER) -> str | None:
        m = self.mentions[i]
        for col in columns:
            v = row.values.get(col)
            if v is not None and value_supports(v, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier,
                                                truncate=True if m.kind == "percent" else None):
                return col
        return None

    def _by_anchor(self, i: int) -> bool:
        """A row whose quoted phrase stands here decides: its cell, last period's, or a wrong number."""
        m, found = self.mentions[i], self.anchors.get(i)
        if not found or m.value is None:
            return False
        found = [a for a in found if self._kind_ok(m, a.row) or (m.kind == "percent" and a.row.kind == "percent")]
        if not found:
            return False
        best = max(a.words for a in found)
        top = [a for a in found if a.words == best]
        supporting = [(a, col) for a in top if (col := self._cell_of(i, a.row, (a.column, "ky_bao_cao", "ke_hoach")))]
        if len({id(a.row) for a, _ in supporting}) > 1:
            return False  # one phrase quoted for several rows of this value: the usual matching chooses
        if supporting:
            a, col = supporting[0]
            self._anchored.add(i)
            self._set(i, "supported", a.row, col)
            return True
        a = top[0]
        if self._cell_of(i, a.row, ("cung_ky",)):
            self._anchored.add(i)
            if m.comparison_base or self._tight_cue(i):
                self._set(i, "supported", a.row, "cung_ky", derivation=COMPARED)
            else:
                self._set(i, "stale", a.row, "cung_ky", reason=self._stale_reason(m, a.row, "cung_ky"),
                          expected=fmt_like(m, a.row.values["ky_bao_cao"]))
            return True
        v = a.row.values[a.column]
        ok, _ = self._cells(i, self.idx)
        other = next((c for c in ok if c[0] is not a.row), None)
        self._anchored.add(i)
        self._set(i, "unsupported", a.row, a.column, expected=fmt_like(m, v), reason=(
            f"Câu này nói về {a.row.fig.ma} ({a.row.fig.chi_tieu[:70]}) = {_fmt_row_value(a.row, v)}"
            + (f"; «{m.raw.strip()}» là số liệu của {other[0].fig.ma}" if other else "")))
        return True

    # ------------------------------------------------------------ candidates
    def _kind_ok(self, m: Mention, row: Row) -> bool:
        if m.kind in ("count", "ratio", "change"):
            if row.kind == "measure":  # "hơn 51 triệu tấn hàng hóa": a scaled count of a measure unit
                return m.noun.split(" ", 1)[0] == row.unit
            return row.kind == "count" or (row.kind == "money" and id(m) in self._bare)
        if m.kind == "measure":
            return row.kind == "measure" and row.unit == m.unit
        if m.kind == "percent":  # "chiếm 70% diện tích" ⇐ a row in "% diện tích"
            return row.kind == "percent" or row.unit.startswith("%")
        return row.kind == m.kind

    def _in_section(self, w: Where, row: Row) -> bool:
        return not (w.section and row.muc and row.muc != w.section) or row.fig.ma in self.placed

    def _org_ok(self, w: Where, row: Row) -> bool:
        return w.org is None or row.org is None or bool(w.org & row.org)

    def _cells(self, i: int, idx: TableIndex, value: Decimal | None = None, columns=None):
        """(row, column, value, score) of cells matching mention i, unit- and organisation-compatible."""
        m, w = self.mentions[i], self.where[i]
        value = m.value if value is None else value
        lo, hi = search_range(value, m.decimals, m.scale)
        ok, org_conflict = [], []
        for row, col, v in idx.cells_between(lo, hi):
            if columns and col not in columns:
                continue
            if not self._kind_ok(m, row):
                continue
            if not value_supports(v, value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier,
                                  truncate=True if m.kind == "percent" else None):
                continue
            uf = idx.unit_fit(m.noun, row) if m.kind in ("count", "ratio") else 0
            if uf < 0:
                continue
            score = 2 * uf + 2 * idx.fit(w.window, row) + idx.fit(w.near, row) + (1 if w.section and row.muc == w.section else 0) \
                + (1.5 if w.org and row.org and w.org & row.org else 0) + {"ky_bao_cao": .3, "ke_hoach": .2}.get(col, 0)
            fits_here = self._org_ok(w, row) and self._in_section(w, row)
            (ok if fits_here else org_conflict).append((row, col, v, score))
        ok.sort(key=lambda c: -c[3])
        org_conflict.sort(key=lambda c: -c[3])
        return ok, org_conflict

    # ------------------------------------------------------------ pass 1
    def _direct(self, i: int) -> None:
        m = self.mentions[i]
        if m.kind == "percent" and m.comparison:
            return  # a change in percent: pass 2
        if self._by_anchor(i):
            return
        ok, conflict = self._cells(i, self.idx)
        current = [c for c in ok if c[1] != "cung_ky"]
        base = [c for c in ok if c[1] == "cung_ky"]
        compared = m.comparison_base or self._tight_cue(i)
        if compared and base:
            row, col, v, _ = base[0]
            self._set(i, "supported", row, col, derivation=COMPARED)
        elif current and base and base[0][3] - current[0][3] >= STALE_MARGIN and base[0][0] is not current[0][0]:
            # "03 chốt kiểm dịch": 3 is last year's count of the checkpoints the sentence names, and only by
            # chance this year's value of another row
            row, col, v, _ = base[0]
            self._set(i, "stale", row, col, reason=self._stale_reason(m, row, "cung_ky"),
                      expected=fmt_like(m, row.values["ky_bao_cao"]))
        elif current:
            row, col, v, _ = self._first_unused(current)
            self._set(i, "supported", row, col)
        elif base:
            row, col, v, _ = base[0]
            self._set(i, "stale", row, col, reason=self._stale_reason(m, row, "cung_ky"),
                      expected=fmt_like(m, row.values["ky_bao_cao"]))
        elif self.pidx is not None:
            pok, _ = self._cells(i, self.pidx, columns=("ky_bao_cao",))
            if pok:
                prow = pok[0][0]
                row = self.idx.by_code.get(prow.fig.ma)
                if compared:
                    self._set(i, "supported", row or prow, "prior:ky_bao_cao", derivation=COMPARED)
                else:
                    self._set(i, "stale", row or prow, "prior:ky_bao_cao",
                              reason=self._stale_reason(m, row or prow, "prior"),
                              expected=fmt_like(m, row.values["ky_bao_cao"]) if row else None)
        if self.results[i] is None and conflict and m.kind != "percent":
            self._conflict = getattr(self, "_conflict", {})
            self._conflict[i] = conflict

    def _first_unused(self, cands: list[tuple]) -> tuple:
        """The best candidate, or, among rows of one value the sentence cannot tell apart, the first not yet used.

        ``2.500 phần quà, mỗi phần 300.000đ ... 10 gia đình, mỗi phần 300.000 đồng``: three rows of
        300.000đ in one section; each mention takes its own row instead of all taking the first.
        """
        best = cands[0]
        used = self._used
        for c in cands:
            if best[3] - c[3] >= SAME_VALUE_MARGIN:
                break
            if c[2] == best[2] and (id(c[0]), c[1]) not in used:
                return c
        return best

    def _pair(self, i: int, j: int) -> None:
        """``22/26 đ/c``: achieved/target of one row (or this period's and last period's)."""
        a, b = self.mentions[i], self.mentions[j]
        ok_a, _ = self._cells(i, self.idx)
        ok_b, _ = self._cells(j, self.idx)
        b_rows = {(r.fig.ma, col) for r, col, _, _ in ok_b}
        for row, col, v, _ in ok_a:
            if col == "ky_bao_cao" and (row.fig.ma, "ke_hoach") in b_rows:
                d = f"{a.raw}/{b.raw.strip()} = {row.fig.ma} ky_bao_cao/ke_hoach"
                self._set(i, "supported", row, "ky_bao_cao", derivation=d)
                self._set(j, "supported", row, "ke_hoach", derivation=d)
                return
        for row, col, v, _ in ok_a:  # "(206/113 vụ)": this period's over the same period's last year
            if col == "ky_bao_cao" and (row.fig.ma, "cung_ky") in b_rows:
                d = f"{a.raw}/{b.raw.strip()} = {row.fig.ma} ky_bao_cao/cung_ky"
                self._set(i, "supported", row, "ky_bao_cao", derivation=d)
                self._set(j, "supported", row, "cung_ky", derivation=COMPARED)
                return
        for row, col, v, _ in ok_a:  # last period's achieved over the (unchanged) target
            if col == "cung_ky" and (row.fig.ma, "ke_hoach") in b_rows and not a.comparison_base:
                self._set(i, "stale", row, "cung_ky", reason=self._stale_reason(a, row, "cung_ky"),
                          expected=fmt_like(a, row.values["ky_bao_cao"]))
                self._set(j, "supported", row, "ke_hoach")
                return
        if self.pidx is not None:
            pa, _ = self._cells(i, self.pidx, columns=("ky_bao_cao",))
            pb, _ = self._cells(j, self.pidx, columns=("ke_hoach",))
            common = {r.fig.ma for r, *_ in pa} & {r.fig.ma for r, *_ in pb}
            if common:
                code = sorted(common)[0]
                row = self.idx.by_code.get(code)
                if row is not None:
                    for k, m, col in ((i, a, "ky_bao_cao"), (j, b, "ke_hoach")):
                        cur = row.values.get(col)
                        if cur is not None and value_supports(cur, m.value, decimals=m.decimals, scale=m.scale,
                                                              qualifier=m.qualifier):
                            self._set(k, "supported", row, col)
                        else:
                            self._set(k, "stale", row, "prior:" + col, reason=self._stale_reason(m, row, "prior"),
                                      expected=fmt_like(m, cur) if cur is not None else None)
                    return
        self._direct(i)
        self._direct(j)
        ra = self.rows[i]
        tied_b = self.results[j].source if self.results[j] is not None else None
        if ra is not None and "ke_hoach" in ra.values and tied_b != {"ma": ra.fig.ma, "column": "ke_hoach"} \
                and not (tied_b and self.results[j].verdict == "stale"):
            self._set(j, "unsupported", ra, None, reason=(
                f"Chỉ tiêu kế hoạch của {ra.fig.ma} là {_fmt_row_value(ra, ra.values['ke_hoach'])}, "
                f"không phải «{b.raw.strip()}»"), expected=fmt_like(b, ra.values["ke_hoach"]))

    def _set(self, i, verdict, row, column, *, derivation=None, reason=None, expected=None):
        m = self.mentions[i]
        self.rows[i] = row
        if row is not None and column:
            self._used.add((id(row), column))
        self.results[i] = self._result(m, verdict, row=row, column=column, derivation=derivation, reason=reason,
                                       expected=expected)

    def _stale_reason(self, m: Mention, row: Row, where: str) -> str:
        now = row.values.get("ky_bao_cao")
        what = "Số liệu cùng kỳ năm trước" if where == "cung_ky" else "Số liệu kỳ trước"
        tail = f"; kỳ này là {_fmt_row_value(row, now)}" if now is not None else ""
        return f"{what} của {row.fig.ma}{tail}"

    def _tight_cue(self, i: int) -> bool:
        m, w = self.mentions[i], self.where[i]
        return bool(_CUE_BEFORE.search(self.text[max(w.clause, m.num_start - 60):m.qualifier_start or m.num_start])
                    or _CUE_AFTER.match(self.text, m.end))

    def _confirm_comparisons(self) -> None:
        """Last period's value is the comparison value only where the sentence compares.

        It must be written against its cue (``so với cùng kỳ (135.697 ...)``,
        ``cùng kỳ là 34``, ``34 vụ cùng kỳ``), or the sentence must state the same
        row's value or change of this period beside it.  A comparison word
        somewhere earlier in the sentence does not make a bare old value right.
        """
        for i, r in enumerate(self.results):
            if r is None or r.derivation != COMPARED or not r.source:
                continue
            m, w, row = self.mentions[i], self.where[i], self.rows[i]
            if self._tight_cue(i):
                continue
            if row is not None and any(
                    k != i and self.where[k].paragraph == w.paragraph and self.where[k].sentence == w.sentence
                    and self.results[k] is not None and self.results[k].source
                    and self.results[k].source.get("ma") == row.fig.ma and self.results[k].derivation != COMPARED
                    for k in self._groups.get(("sentence", w.paragraph, w.sentence), ())):
                continue
            where = "prior" if r.source["column"].startswith("prior:") else "cung_ky"
            now = row.values.get("ky_bao_cao") if row is not None else None
            self.results[i] = self._result(m, "stale", row=row, column=r.source["column"],
                                           reason=self._stale_reason(m, row, where) if row is not None else None,
                                           expected=fmt_like(m, now) if now is not None else None)

    # ------------------------------------------------------------ pass 2
    def _local_rows(self, i: int, scope: str) -> list[Row]:
        """Rows the text has tied numbers to in the same clause/sentence/paragraph as mention i."""
        w = self.where[i]
        key = {"clause": ("clause", w.paragraph, w.clause), "sentence": ("sentence", w.paragraph, w.sentence),
               "paragraph": ("paragraph", w.paragraph)}[scope]
        out = []
        for k in self._groups.get(key, ()):
            r = self.rows[k]
            if r is not None and k != i and r not in out:
                out.append(r)
        return out

    def _scope_rows(self, i: int, kind: str | None = None) -> list[Row]:
        """Rows of the mention's section and organisation (none when neither is known)."""
        w = self.where[i]
        key = (w.section, w.org, kind)
        cache = self.__dict__.setdefault("_scope_cache", {})
        if key not in cache:
            cache[key] = self._scope_rows_uncached(w, kind)
        return list(cache[key])

    def _scope_rows_uncached(self, w: Where, kind: str | None) -> list[Row]:
        rows = []
        for r in self.idx.rows:
            if w.section and r.muc != w.section and r.fig.ma not in self.placed:
                continue
            if not w.section and not w.org:
                continue
            if not self._org_ok(w, r):
                continue
            if kind and r.kind != kind:
                continue
            rows.append(r)
        return rows

    def _derived(self, i: int) -> NumberCheck:
        m = self.mentions[i]
        over = self._over_target(i)
        if over is not None:
            return over
        if m.kind == "change" or (m.kind == "percent" and m.comparison):
            return self._change(i)
        if m.kind == "percent":
            return self._percent(i)
        return self._combination(i)

    def _change(self, i: int) -> NumberCheck:
        m, w = self.mentions[i], self.where[i]
        pct = m.kind == "percent"
        local = [r for r in self._local_rows(i, "clause") + self._local_rows(i, "sentence")
                 if "cung_ky" in r.values]
        if m.comparison == "không đổi":
            before = [k for k in range(i) if self.rows[k] is not None and self.where[k].sentence == w.sentence]
            row = self.rows[before[-1]] if before else (local[0] if local else None)
            named = _NAMED_UNIT_AFTER.match(self.text[m.end:m.end + 40]) or \
                _NAMED_UNIT_BEFORE.search(self.text[max(0, m.start - 30):m.start])
            if named:  # "không tăng, không giảm về số vụ": the row counted in that unit
                fitting = [self.rows[k] for k in before if self.idx.unit_fit(named.group(1), self.rows[k]) > 0]
                row = fitting[-1] if fitting else row
            if row is None or "cung_ky" not in row.values:
                return self._result(m, "unsupported", reason="Bảng số liệu không có số cùng kỳ để so sánh")
            ky, ck = row.values["ky_bao_cao"], row.values["cung_ky"]
            if ky == ck:
                return self._result(m, "derived", row=row, column="cung_ky",
                                    derivation=f"{row.fig.ma}: {format_vn(ky)} = {format_vn(ck)} (cung_ky)")
            return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
                f"{row.fig.ma} có thay đổi so với cùng kỳ: {format_vn(ck)} → {format_vn(ky)}"))
        clause = [r for r in self._local_rows(i, "clause") if "cung_ky" in r.values]
        sentence = [r for r in self._local_rows(i, "sentence") if "cung_ky" in r.values and r not in clause]
        scope = [r for r in (self._scope_rows(i) or ([] if w.section or w.org else self.idx.rows))
                 if "cung_ky" in r.values]
        if not pct:
            fits = lambda rows: [r for r in rows if self._kind_ok(m, r) and self.idx.unit_fit(m.noun, r) >= 0]
            groups = [clause, fits(sentence)] if clause or sentence else [fits(scope)]
        else:
            groups = [clause, sentence] if clause or sentence else [scope]
        groups = [g for g in groups if g]
        rows = groups[0] if groups else []
        wrong_sign = None
        for group in groups:
            for source, table_rows in (("current", self._rows_with_current(group)), ("prior", self._prior_rows(group))):
                for row, cur, old in table_rows:
                    diff = cur - old
                    x = (diff / old * 100) if pct and old else (None if pct else abs(diff))
                    if x is None:
                        continue
                    if not value_supports(abs(x), m.value, decimals=m.decimals, scale=m.scale,
                                          qualifier=m.qualifier, truncate=pct or None):
                        continue
                    up = diff > 0
                    if (m.comparison == "tăng") == up and diff != 0:
                        d = (f"{row.fig.ma}: ({format_vn(cur)} − {format_vn(old)})/{format_vn(old)} = "
                             f"{format_vn(x, 2)}%" if pct else
                             f"{row.fig.ma}: {format_vn(cur)} − {format_vn(old)} = {format_vn(diff)}")
                        if source == "current":
                            return self._result(m, "derived", row=row, column="cung_ky", derivation=d)
                        now = self._change_now(row, pct)
                        return self._result(m, "stale", row=row, column="prior:cung_ky", derivation=d,
                                            reason=f"Mức tăng/giảm của kỳ trước ({row.fig.ma})"
                                                   + (f"; kỳ này: {now}" if now else ""))
                    if source == "current" and wrong_sign is None:
                        wrong_sign = (row, cur, old)
        if wrong_sign:
            row, cur, old = wrong_sign
            direction = "tăng" if cur > old else "giảm"
            return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
                f"{row.fig.ma} {direction} so với cùng kỳ ({format_vn(old)} → {format_vn(cur)}), "
                f"không phải «{m.comparison} {m.raw.strip()}»"),
                expected=("tăng " if cur > old else "giảm ") + fmt_like(m, abs(cur - old) if not pct else m.value))
        direct = self._change_as_cell(i)
        if direct is not None:
            return direct
        if rows:
            row = rows[0]
            cur, old = row.values["ky_bao_cao"], row.values["cung_ky"]
            return self._result(m, "unsupported", row=row, column="cung_ky", reason=(
                f"{row.fig.ma}: kỳ này {format_vn(cur)}, cùng kỳ năm trước {format_vn(old)}, "
                f"{self._change_now(row, False) or 'không tăng, không giảm'}"), expected=self._change_now(row, pct))
        return self._result(m, "unsupported", reason="Không có chỉ tiêu nào có số cùng kỳ để so sánh")

    def _over_target(self, i: int) -> NumberCheck | None:
        """``vượt 0,6% so với chỉ tiêu``, ``vượt kế hoạch ... là 1,5 tỷ đồng``: this period's value less the target."""
        m, w = self.mentions[i], self.where[i]
        if not _OVER.search(self.text, max(w.clause, m.num_start - 70), m.qualifier_start or m.num_start):
            return None
        rows = self._local_rows(i, "sentence") or self._scope_rows(i) or \
            ([] if w.section or w.org else self.idx.rows)
        for r in rows:
            ky, ke = r.values.get("ky_bao_cao"), r.values.get("ke_hoach")
            if ky is None or not ke:
                continue
            if m.kind == "percent" and r.kind != "percent":
                x, how = (ky / ke - 1) * 100, f"{format_vn(ky)}/{format_vn(ke)} − 100%"
            elif self._kind_ok(m, r) or (m.kind == "percent" and r.kind == "percent"):
                x, how = ky - ke, f"{format_vn(ky)} − {format_vn(ke)}"
            else:
                continue
            if x > 0 and value_supports(x, m.value, decimals=m.decimals, scale=m.scale if m.kind != "percent" else 1,
                                        qualifier=m.qualifier, truncate=True):
                self.rows[i] = r
                return self._result(m, "derived", row=r, column="ke_hoach",
                                    derivation=f"{r.fig.ma}: vượt kế hoạch {how} = {format_vn(x, 3)}")
        return None

    def _change_as_cell(self, i: int) -> NumberCheck | None:
        """``giảm 178 hộ nghèo``, ``phát triển tăng 3.163 hội viên``: the change is itself a row of the table."""
        m, w = self.mentions[i], self.where[i]
        if m.kind == "percent" or m.comparison == "không đổi":
            return None
        ok, _ = self._cells(i, self.idx, columns=("ky_bao_cao",))
        ctx = self._context(i)
        ok = [c for c in ok if self.idx.unit_fit(m.noun, c[0]) >= 0 and _same_direction(m, c[0])
              and (_CHANGE_LABEL.search(fold(c[0].fig.chi_tieu)) or self.idx.fit(ctx, c[0]) >= 0.5)]
        if not ok:
            return None
        row = ok[0][0]
        self.rows[i] = row
        return self._result(m, "supported", row=row, column="ky_bao_cao")

    def _change_now(self, row: Row, pct: bool) -> str | None:
        cur, old = row.values.get("ky_bao_cao"), row.values.get("cung_ky")
        if cur is None or old is None or cur == old:
            return None
        word = "tăng" if cur > old else "giảm"
        if pct:
            return f"{word} {format_vn(abs(cur - old) / old * 100, 2)}%" if old else None
        return f"{word} {format_vn(abs(cur - old))}"

    def _prior_rows(self, rows: list[Row]):
        """(row, this, previous) pairs: current table's change first, then last period's (stale)."""
        out_current = [(r, r.values["ky_bao_cao"], r.values["cung_ky"]) for r in rows if "cung_ky" in r.values]
        if self.pidx is None:
            return []
        out = []
        for r, *_ in out_current:
            p = self.pidx.by_code.get(r.fig.ma)
            if p is not None and "cung_ky" in p.values:
                out.append((r, p.values["ky_bao_cao"], p.values["cung_ky"]))
        return out

    def _rows_with_current(self, rows):
        return [(r, r.values["ky_bao_cao"], r.values["cung_ky"]) for r in rows if "cung_ky" in r.values]

    def _percent(self, i: int) -> NumberCheck:
        m = self.mentions[i]
        sentence = self._local_rows(i, "sentence")
        para = [r for r in self._local_rows(i, "paragraph")]
        found = self._percent_search(i, sentence, para, self.idx, current=True)
        if found:
            row, col, d = found
            return self._result(m, "derived", row=row, column=col, derivation=d)
        if self.pidx is not None:
            prior_rows = lambda rows: [self.pidx.by_code[r.fig.ma] for r in rows if r.fig.ma in self.pidx.by_code]
            found = self._percent_search(i, prior_rows(sentence), prior_rows(para), self.pidx, current=False)
            if found:
                row, col, d = found
                return self._result(m, "stale", row=self.idx.by_code.get(row.fig.ma, row), column="prior:" + col,
                                    derivation=d, reason="Tính từ số liệu kỳ trước")
        hint = None
        for r in sentence + para:
            if "ke_hoach" in r.values and r.values["ke_hoach"]:
                hint = (r, r.values["ky_bao_cao"] / r.values["ke_hoach"] * 100, "ky_bao_cao/ke_hoach")
                break
        if hint:
            r, x, _ = hint
            return self._result(m, "unsupported", row=r, column="ke_hoach", reason=(
                f"Tỷ lệ thực hiện so với kế hoạch của {r.fig.ma} là {format_vn(x, max(m.decimals, 2))}%, "
                f"không phải «{m.raw.strip()}»"),
                expected=fmt_like(m, x.quantize(Decimal(1).scaleb(-m.decimals))))
        return self._result(m, "unsupported", reason=("Không có chỉ tiêu hay tỷ lệ giữa các chỉ tiêu "
                                                              "nêu gần đó cho ra tỷ lệ này"))

    def _percent_search(self, i: int, sentence: list[Row], para: list[Row], idx: TableIndex, current: bool):
        m = self.mentions[i]
        def ok(x):
            return value_supports(x, m.value, decimals=m.decimals, scale=1, qualifier=m.qualifier, truncate=True)

        for r in sentence + para:
            ky, ke, ck = r.values.get("ky_bao_cao"), r.values.get("ke_hoach"), r.values.get("cung_ky")
            if ke:
                x = ky / ke * 100
                if ok(x):
                    return r, "ke_hoach", f"{r.fig.ma}: {format_vn(ky)}/{format_vn(ke)} = {format_vn(x, 3)}%"
            if ck:
                x = ky / ck * 100
                if ok(x):
                    return r, "cung_ky", f"{r.fig.ma}: {format_vn(ky)}/{format_vn(ck)} (cung_ky) = {format_vn(x, 3)}%"
        pool = [r for r in para if r.kind == "count"]
        near = self._nearest_before(i)
        pairs = [(near, b) for b in pool if near is not None and b is not near and near.kind == "count"]
        pairs += [(a, b) for a in sentence for b in sentence
                  if a is not b and a.kind == b.kind and a.kind in ("count", "money") and (a, b) not in pairs
                  and (a.unit == b.unit or a.kind == "money")]
        for a, b in pairs:
            va, vb = a.values.get("ky_bao_cao"), b.values.get("ky_bao_cao")
            if vb and va < vb:
                x = va / vb * 100
                if ok(x):
                    return a, "ky_bao_cao", (f"{a.fig.ma}/{b.fig.ma}: {format_vn(va)}/{format_vn(vb)} "
                                             f"= {format_vn(x, 3)}%")
        return None

    def _nearest_before(self, i: int) -> Row | None:
        for k in range(i - 1, -1, -1):
            if self.where[k].sentence != self.where[i].sentence:
                return None
            if self.rows[k] is not None:
                return self.rows[k]
        return None

    def _combination(self, i: int) -> NumberCheck:
        """Sums of rows and count × per-unit amounts, among rows the same clause states.

        Only rows tied to other numbers of the clause (up to ``;``) take part, the written
        number must be the exact (or rounded) result — no qualifier slack — and
        a part may not be the sum of the others: round sums of unrelated rows
        would otherwise excuse wrong numbers.
        """
        m = self.mentions[i]
        pool = self._local_rows(i, "clause")

        def ok(x):
            return value_supports(x, m.value, decimals=m.decimals, scale=m.scale,
                                  qualifier=m.qualifier if m.qualifier in MORE else None)

        same = [r for r in pool if self._kind_ok(m, r)]
        if m.kind in ("count", "ratio") and m.noun:
            strict = [r for r in same if self.idx.unit_fit(m.noun, r) == 1]
            if strict or self.idx.lead_unit(m.noun):
                same = strict
        by_unit: dict[str, list[Row]] = {}
        for r in same:
            by_unit.setdefault(r.unit, []).append(r)
        for unit_rows in by_unit.values():
            for k in (2, 3, 4):
                if len(unit_rows) < k:
                    break
                for parts in itertools.combinations(unit_rows[:10], k):
                    values = [p.values["ky_bao_cao"] for p in parts]
                    total = sum(values)
                    if ok(total) and not any(2 * v == total for v in values):
                        d = " + ".join(p.fig.ma for p in parts) + f" = {format_vn(total)}"
                        return self._result(m, "derived", row=parts[0], column="ky_bao_cao", derivation=d)
        if m.kind == "money":
            counts = [r for r in pool if r.kind == "count"]
            money = [r for r in pool if r.kind == "money" and _PER_UNIT.search(r.fig.chi_tieu)]
            for c, p in itertools.product(counts, money):
                n, a = c.values["ky_bao_cao"], p.values["ky_bao_cao"]
                if m.per is None and ok(n * a):
                    return self._result(m, "derived", row=p, column="ky_bao_cao",
                                        derivation=f"{c.fig.ma} × {p.fig.ma} = {format_vn(n)} × {format_vn(a)}")
            totals = [r for r in pool if r.kind == "money"]
            for c, p in itertools.product(counts, totals):
                n, a = c.values["ky_bao_cao"], p.values["ky_bao_cao"]
                if m.per is not None and n and ok(a / n):
                    return self._result(m, "derived", row=p, column="ky_bao_cao",
                                        derivation=f"{p.fig.ma} / {c.fig.ma} = {format_vn(a)} / {format_vn(n)}")
        return self._unsupported(i)

    def _unsupported(self, i: int) -> NumberCheck:
        m, w = self.mentions[i], self.where[i]
        conflict = getattr(self, "_conflict", {}).get(i)
        if conflict:
            row = conflict[0][0]
            if not self._in_section(w, row):
                why = f"Là số liệu của {row.fig.ma} thuộc mục '{row.muc[:40]}', không thuộc mục này"
            else:
                why = f"Là số liệu của {row.fig.ma} thuộc {row.fig.don_vi}, nhưng đoạn này nói về đơn vị khác"
            return self._result(m, "unsupported", row=row, column=conflict[0][1], reason=why,
                                expected=self._best_guess(i))
        for alt in m.alternatives:
            ok, _ = self._cells(i, self.idx, value=alt)
            if ok:
                row, col, v, _ = ok[0]
                written = fmt_like(m, v)
                return self._result(m, "unsupported", row=row, column=col, reason=(
                    f"«{m.raw.strip()}» đọc là {format_vn(m.value)} {m.unit or ''}".rstrip()
                    + f"; có phải là {written} ({row.fig.ma})?"), expected=written)
        guess = self._best_row(i)
        if guess:
            row = guess
            v = row.values["ky_bao_cao"]
            return self._result(m, "unsupported", reason=(
                f"Không có chỉ tiêu hay phép tính nào trong bảng số liệu cho ra «{m.raw.strip()}»; câu này "
                f"có vẻ nói về {row.fig.ma} ({row.fig.chi_tieu[:70]}) = {_fmt_row_value(row, v)}"),
                expected=fmt_like(m, v))
        return self._result(m, "unsupported", reason=(
            f"Không có chỉ tiêu hay phép tính nào trong bảng số liệu cho ra «{m.raw.strip()}»"))

    def _best_row(self, i: int, exclude: Row | None = None) -> Row | None:
        m, w = self.mentions[i], self.where[i]
        best, score = None, 0.0
        for r in self._scope_rows(i) or self.idx.rows:
            if r is exclude or not self._kind_ok(m, r) or self.idx.unit_fit(m.noun, r) < 0:
                continue
            if not self._org_ok(w, r):
                continue
            f = self.idx.fit(w.window, r) + 0.5 * max(self.idx.unit_fit(m.noun, r), 0)
            if f > score:
                best, score = r, f
        return best if score >= 0.35 else None

    def _best_guess(self, i: int) -> str | None:
        row = self._best_row(i)
        return fmt_like(self.mentions[i], row.values["ky_bao_cao"]) if row else None

    # ------------------------------------------------------------ pass 3
    def _attribution_pass(self) -> None:
        """A value that is a cell, where the sentence speaks of another row: the row it is about decides.

        Evidence weighed: the label words of the clause (idf-weighted), the
        counted noun, section and organisation.  A row whose value the text
        states nowhere (no number tied to it) that the words fit better than
        the row of the value is what the sentence is about; the margin asked
        is smaller when that value's row is stated twice (a swap leaves one
        row twice and one row never).
        """
        claims: dict[int, int] = {}
        for k, r in enumerate(self.results):
            if r is not None and r.source and self.rows[k] is not None:
                claims[id(self.rows[k])] = claims.get(id(self.rows[k]), 0) + 1
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            if r is None or r.verdict != "supported" or m.kind not in ("count", "money", "measure", "percent") \
                    or m.partner is not None or i in self._anchored or self.rows[i] is None or r.derivation:
                continue
            self._wrong_row(i, claims)

    def _context(self, i: int) -> frozenset:
        m, w = self.mentions[i], self.where[i]
        return w.window | frozenset(tokens(m.noun))

    def _about(self, i: int):
        """How well a row's label fits what the text says around mention i: the clause counts fully, the
        sentence before it half, the paragraph before it a quarter (a topic named once for a list of
        figures: ``Tội phạm về môi trường, phát hiện ...; tiếp nhận, khởi tố 12 vụ, 7 bị can``)."""
        m, w = self.mentions[i], self.where[i]
        clause = self._context(i)
        para_start = self._para_start(w.paragraph)
        sentence = frozenset(tokens(self.text[w.sentence:m.num_start]))
        paragraph = frozenset(tokens(self.text[para_start:m.num_start]))
        fit = self.idx.fit
        return lambda r: max(fit(clause, r), 0.8 * fit(sentence, r), 0.6 * fit(paragraph, r))

    def _para_start(self, p: int) -> int:
        starts = self.__dict__.get("_pstarts")
        if starts is None:
            starts = self.__dict__["_pstarts"] = {}
            for k, w in enumerate(self.where):
                starts.setdefault(w.paragraph, min(w.sentence, w.clause))
        return starts.get(p, 0)

    def _wrong_row(self, i: int, claims: dict[int, int]) -> None:
        m, w, chosen = self.mentions[i], self.where[i], self.rows[i]
        about = self._about(i)
        ok, _ = self._cells(i, self.idx)
        value_rows = {c[0] for c in ok}
        fv = max((about(r) for r in value_rows), default=0.0)
        uv = max((self.idx.unit_fit(m.noun, r) for r in value_rows), default=0)
        twice = claims.get(id(chosen), 0) >= 2
        best, bf = None, 0.0
        for r in self._scope_rows(i) if (w.org or w.section) else self.idx.rows:
            if r in value_rows or claims.get(id(r)) or not self._kind_ok(m, r) \
                    or (m.kind == "measure" and r.unit != m.unit):
                continue
            uf = self.idx.unit_fit(m.noun, r)
            if uf < 0 or uf < uv or not self._org_ok(w, r) or not self._in_section(w, r):
                continue
            if "ky_bao_cao" not in r.values:
                continue
            f = about(r)
            if f > bf:
                best, bf = r, f
        if best is None:
            return
        if twice:
            ok_flag = bf >= WRONG_ROW_FIT_TWICE and bf - fv >= WRONG_ROW_MARGIN_TWICE
        else:
            ok_flag = bf >= WRONG_ROW_FIT and bf - fv >= WRONG_ROW_MARGIN
        if ok_flag:
            v = best.values["ky_bao_cao"]
            self.results[i] = self._result(m, "unsupported", row=best, column="ky_bao_cao", reason=(
                f"Câu này nói về {best.fig.ma} ({best.fig.chi_tieu[:70]}) = {_fmt_row_value(best, v)}; "
                f"«{m.raw.strip()}» là số liệu của {chosen.fig.ma}"), expected=fmt_like(m, v))

    # ------------------------------------------------------------ standing facts
    def _standing_pass(self) -> None:
        """Counts no row backs that describe the agency or its area (``service.checker.standing``)."""
        quotes = quote_spans(self.text, self.standing) if self.standing else []
        for i, r in enumerate(self.results):
            m = self.mentions[i]
            if r is None or r.verdict != "unsupported" or m.value is None:
                continue
            w = self.where[i]
            if m.kind in ("count", "measure") and describes_area(self.text, m.qualifier_start or m.num_start, w.clause) \
                    and not r.source:
                self.results[i] = self._result(m, "standing", derivation="số liệu cố định: mô tả địa bàn")
                continue
            if m.kind not in ("count", "ratio"):
                continue
            window = self.text[w.clause:m.num_start] + " " + m.noun
            verdict, fact = judge(self.standing, m.value, m.noun, window, m.num_start, quotes)
            if verdict == "standing":
                self.results[i] = self._result(m, "standing", derivation=(
                    f"số liệu cố định: {fact.describe()}" + {"list": "", "prior": " (báo cáo kỳ trước)"}.get(
                        fact.source, "")))
            elif verdict == "changed":
                self.results[i] = self._result(m, "unsupported", expected=fmt_like(m, fact.value), reason=(
                    f"Số liệu cố định của đơn vị là {fact.describe()}"
                    + (" (theo báo cáo kỳ trước)" if fact.source == "prior" else "")
                    + f"; không có chỉ tiêu nào trong bảng số liệu cho ra «{m.raw.strip()}»"))
            else:
                unit = self._composition(i)
                if unit:
                    self.results[i] = self._result(m, "standing", derivation=(
                        f"số liệu cố định: thành phần của địa bàn, đơn vị ({format_vn(m.value)} {unit})"))

    def _composition(self, i: int) -> str | None:
        """The make-up of the area or agency by grammar (the unit it counts), where no row of the table counts it."""
        m, w = self.mentions[i], self.where[i]
        noun = m.noun or (self.mentions[m.partner].noun if m.partner is not None else "")
        unit = composition_noun(noun)
        if unit is None:
            return None
        if m.partner is not None:
            other = self.mentions[m.partner]
            if m.pair_role == "denominator":
                num = self.results[m.partner]
                if other.value == m.value or (num is not None and num.verdict in ("supported", "derived")):
                    return unit  # the whole of "593/942 chi hội", "17/17 xã"
            elif other.value == m.value:
                return unit
        if any(self.idx.unit_fit(noun, r) == 1 for r in self.idx.rows if r.kind == "count"):
            return None
        return unit if composition(self.text, m.qualifier_start or m.num_start, noun, w.clause) else None

    # ------------------------------------------------------------ anniversaries
    def _anniversary(self, m: Mention) -> NumberCheck:
        n = int(m.value)
        if m.event_year is None:
            return self._result(m, "not_a_figure", derivation=m.note)
        year = self.year or m.anniversary_base_year
        if year is None:
            return self._result(m, "not_a_figure", derivation=m.note)
        expected = year - m.event_year
        d = f"{year} − {m.event_year} = {expected} ({m.note})"
        if n == expected:
            return self._result(m, "not_a_figure", derivation=d)
        fixed = format_vn(expected) + " năm"
        event = m.note[len("anniversary of "):] if m.note and m.note.startswith("anniversary of ") else None
        sums = (f"kỷ niệm {event}: " if event else "số năm kỷ niệm: ") + f"{year} − {m.event_year} = {expected} năm"
        if n == expected - 1:
            return self._result(m, "stale", derivation=d, expected=fixed,
                                reason=f"«{n} năm» là số năm tính đến năm trước; {sums}")
        return self._result(m, "unsupported", derivation=d, expected=fixed,
                            reason=f"{sums[0].upper()}{sums[1:]}, không phải {n} năm")
