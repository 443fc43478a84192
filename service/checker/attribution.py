"""What a number is about, when its value alone would say otherwise.

- **Quoted rows** (``find_anchors``/``_by_anchor``): a row whose ``Ghi chú``
  quotes the phrase of the text (``service.checker.anchors``) decides what the
  number there is: its cell, last period's (stale), or a wrong number that
  names the row and its value, even when the value is another row's.
- **Comparison values** (``_confirm_comparisons``): last period's value is the
  comparison value only written against its cue or beside this period's value
  of the row.
- **Wrong row** (``_attribution_pass``, pass 3): a value that is a cell of one
  row where the words around it fit another row that no number of the text
  states; the margin asked is smaller when the value's row is stated twice (a
  swap leaves one row twice and one never).  Label words are folded tokens
  weighted by idf; the clause counts fully, the sentence and paragraph before
  it less (a topic named once for a list of figures).
- **Running totals** (``_running_pass``): a row and its ``-LK`` row are one
  indicator; the words of time before the number choose the column
  (``recognisers.running``), so a month value under ``lũy kế`` is a swap.
- **Parts of the period** (``_span_pass``): a row and its values for parts of the period (``Tháng 9 | Quý III |
  9 tháng``) are one indicator; the period the paragraph last named before the number chooses
  (``recognisers.spans``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cached_property

from service.checker.anchors import Anchor, quote_anchors
from service.checker.carriedcue import carried_cue
from service.checker.runningafter import running_follows
from service.checker.countbracket import bracket_names_group
from service.checker.countvalue import value_of_the_count_before
from service.checker.cuedbracket import later_item_of
from service.checker.eachofcount import row_of_count_before
from service.checker.match import STOP, Row, TextTokens, fold, same_line, tokens, value_supports, won_in_unit, \
    winners_kept
from service.checker.negation import own_negation
from service.checker.movementend import MovementEnds, own_year
from service.checker.monthpart import month_part_pair, other_span_named
from service.checker.namedgroup import group_names, groups_named, other_group
from service.checker.ratepair import kept_rate_of, rate_gives, rate_pair, rate_said
from service.checker.recognisers import stock
from service.checker.recognisers.lastyear import said_of_last_year
from service.checker.recognisers.quartercue import own_quarter_cue
from service.checker.recognisers.propernames import label_names, name_written, names_said
from service.checker.recognisers.shortnames import names_said_or_headed
from service.checker.recognisers.running import PERIOD_CUE, RUNNING_CODE, RUNNING_CUE, running_base, same_indicator, \
    time_cue
from service.checker.recognisers.spans import SpanCues, one_indicator, span_families
from service.checker.twins import parent_code
from service.checker.unitwhole import unit_written_whole
from service.checker.tailpredicate import tail_after
from service.checker.wording import COMPARED, fmt_like, fmt_row_value
from service.checker.planshare import change_on_plan_share
from service.checker.rategroup import group_rate_after, rate_of_amount_group
from service.checker.linerate import line_rate_after

COLUMNS_ORDER = ("ky_bao_cao", "ke_hoach", "cung_ky")
_PHRASE_END = re.compile(r"[,;.:()\n]|\svà\s")
#: ``tấm bằng khá, giỏi và xuất sắc``: short words listed to a ``và``/``hoặc`` and the list's end — one phrase
_W = r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?"
_LIST_TAIL = re.compile(rf",[ \t]*{_W}(?:[ \t]*,[ \t]*{_W})*[ \t]+(?:và|hoặc)[ \t]+{_W}(?=[ \t]*(?:[.;,)\n]|$))")
#: words that say how, not what: they tell no two rows apart
_FUNCTION_WORDS = frozenset("tại của cho về và các những được có đã đang trong với theo từ đến trên dưới là này đó khi "
                            "nơi thì mà để do bị ở cũng như còn".split())


def _marked_words(s: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", s).lower())) - _FUNCTION_WORDS


#: two amounts joined by ``và`` with nothing between but the first's unit (``2.212,24 kg và 1.750.311 viên``)
_SHARED_NOUN = re.compile(r"[ \t]*(?:[^\W\d_]{1,4}[ \t]+)?và[ \t]+")
#: where a number's noun ends: a verb or a preposition that starts what is said of it
_NOUN_END = re.compile(r"(?i)(?<!\w)(?:có|được|đã|đang|đạt|với|trong|thuộc|do|là|gồm)(?!\w)")
#: where a list of figures of one subject starts: the sentence, or its last ``;``
_LIST_START = re.compile(r"[;\n]")


def _described(r: Row) -> set[str]:
    """A row's words as written: its label, its body, and the group it sits under (``Khen thưởng của Tỉnh đoàn`` over
    ``- Cá nhân``), which tell apart two rows whose labels are the same."""
    f = r.fig
    return _marked_words(f"{f.chi_tieu} {f.don_vi} {f.muc}")


#: where the words that are a number's own subject start, right before it: the last punctuation or list word
_SUBJECT_START = re.compile(r"(?i)[,;.:()\n]|(?<!\w)(?:và|như|còn|trong\s+đó|riêng)(?!\w)")
_OWN_AFTER = 3           # words after a number that are still its own phrase's (its noun, "do tỉnh cấp")
WRONG_ROW_FIT = 0.55     # the words clearly describe another row ...
WRONG_ROW_MARGIN = 0.3   # ... much better than the row whose value was written
WRONG_ROW_FIT_TWICE, WRONG_ROW_MARGIN_TWICE = 0.3, 0.1  # the same, when that value's row is stated twice
WRONG_ROW_FIT_STATED, WRONG_ROW_FIT_STATED_OWN = 0.4, 0.25  # a row the text states elsewhere too: the words fit it
#                                                            and barely fit the value's own row
NEAR_WEIGHT, CLAUSE_WEIGHT, WIDE_WEIGHT = 0.45, 0.35, 0.2  # words since the previous number, clause, sentence
WRONG_ROW_FIT_WHOLE, WRONG_ROW_MARGIN_WHOLE = 0.9, 0.5  # ... or its words are that row's label, all but whole
#                                                       ("Tỷ lệ gia đình văn hóa đạt 96,9%": the headline states it too)
WHOLE_LABEL_WORDS = 4    # ... a label of four words or more ("Còn lại", "Án còn tồn" stand under several groups)
OWN_WORDS_FIT = 0.8      # the words since the previous number name that row, all but alone
CONTRAST_TWICE = 0.5     # a row stated twice: the most local words telling two rows apart clearly favour the other
#: A comparison value written right after its cue: "so với cùng kỳ năm 2023 (135.697", "cùng kỳ là 34",
#: "năm trước: 9", "so với 246 người".
_CUE_BEFORE = re.compile(r"(?i)(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|so với|bằng|so sánh với)(?:\s+(?:năm|kỳ)\s+(?:trước|\d{4}))?"
                         r"(?:\s+(?:là|có|đạt|được|chỉ có|chỉ|với|của|gồm))?[\s(:,]*$")
#: ... or right before it: "34 vụ cùng kỳ", "246 người của năm trước", "9 vụ (cùng kỳ năm 2023)", "7,362 tỷ USD của quý
#: I năm ngoái" (``năm ngoái``: last year, as spoken).
#: (matched at the number's end: no ``^``, which ``match(text, pos)`` reads as the text's start and so had never matched;
#: no verb of change or ``so với`` between — ``34 vụ, tăng so với cùng kỳ`` states this period's 34)
_CUE_AFTER = re.compile(r"(?i)[ \t]*(?:(?!(?:tăng|giảm|so|đạt|bằng|vượt)(?!\w))[^\W\d_]+[ \t]+){0,3}?[(]?(?:của[ \t]+)?"
                        r"(?:cùng kỳ|năm trước|năm ngoái|kỳ trước)")

#: The start of a change written from … to: "Tỷ lệ hộ nghèo từ 7,19% năm 2015 dự kiến giảm xuống còn 1,36%",
#: ``(kế hoạch là 4%)``, ``chỉ tiêu giao 95%``: the plan named right before the number.
_AND = re.compile(r"(?i)(?<!\w)và(?!\w)")
_PLAN_SAID = re.compile(r"(?i)(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu(?:\s+giao)?|KH)(?:\s+(?:là|đề\s+ra|giao|năm))*\s*:?\s*$")
#: "giảm từ 4,27% xuống còn 2,36%", "tăng từ 120 lên 135 hộ": ``từ`` before the old value, and, in its clause,
#: a ``xuống``/``lên``/``còn`` with the new one.
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)từ\s*$")
_TO_AFTER = re.compile(r"(?i)[^.;:\n]{0,60}?(?<!\w)(?:xuống|lên|còn|đến|tới)(?:\s+(?:còn|mức|đến))?"
                       r"(?:\s+(?:gần|hơn|trên|khoảng|xấp\s+xỉ|dưới|chỉ))?\s+\d")  # "từ gần 8,86 … lên gần 17,5"

#: A label or clause that counts what is not yet so: ``Số xã chưa đạt chuẩn``, ``hộ chưa có nhà tiêu``.  (Not
#: ``không``: it also makes nouns, ``không gian``, ``không khí``, and names, ``5 không, 3 sạch``.)
_NEGATION = re.compile(r"(?i)(?<!\w)chưa(?!\w)")
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s")
#: How far after a number its own clause's words of time are read, and the words of a base that end them.
_CUE_AFTER_REACH = 100
_BASE_WORDS = re.compile(r"(?i)(?<!\w)(?:so\s+(?:với|cùng)|bằng|gấp|tăng|giảm)(?!\w)")
_BREAKDOWN = re.compile(r"(?i)(?<!\w)trong\s+đó(?!\w)")
#: or ``, gồm`` / ``, bao gồm`` right after the whole's noun phrase (``tổng số 71 giải, gồm 41 …``; not the ``gồm`` of
#: another noun further on: ``…, gồm các tác phẩm: …``)
_LISTED_AFTER = re.compile(r"(?i)[^.;:\n\d()]{0,40}?,\s*(?:bao\s+)?gồm(?!\w)")


#: the number a group heading carries (``II. Tháng 6/2020``), no word of the group's
_GROUP_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d+)[.)]\s*")


def _a_name(title: str) -> bool:
    """A group titled by a name: one to five words, each capitalised (``Bắc Kạn``, ``Thanh Hóa``; ``Công an tỉnh``
    is none)."""
    words = re.findall(r"[^\W\d_]+", title)
    return 1 <= len(words) <= 5 and len(words) == len(title.replace("-", " ").split()) and all(w[0].isupper() for w in words)


#: ``10 tháng`` (ten months) is not ``tháng 10`` (October): a count of periods and a period's number are one word each
_PERIODS_COUNTED = re.compile(r"(?<![\w/])(\d+)\s+(thang|quy|tuan|ngay)(?!\w)")
_PERIOD_NUMBERED = re.compile(r"(?<!\w)(thang|quy|tuan)\s+(\d+|[ivx]+)(?![\w])")
#: a word, a period read in order, or a year — not the numbers of the figures (``4.683``) nor a date's day
_PERIOD_TOKEN = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*|(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


_WORD = re.compile(r"[^\W_]+")


def _capitalised(s: str) -> frozenset:
    """The words of ``s`` written with a capital first (names: ``VĐV Nghiêm Thảo Tâm (U16 nữ)`` → VĐV, Nghiêm,
    Thảo, Tâm, U16), as written (NFC)."""
    return frozenset(t for t in _WORD.findall(unicodedata.normalize("NFC", s)) if t[0].isupper())


def _group_names(rows, measure: frozenset, label: str) -> dict:
    """Each group keeping the measure (its rows' labels hold ``measure``) → its own names: the capitalised words of
    its heading less the words of the measure's ``label`` (``Huy`` of ``Huy chương``) and less those another such
    group shares (``VĐV``, ``U16``)."""
    said = {t.lower() for t in _WORD.findall(unicodedata.normalize("NFC", label))}
    heads = {o.fig.muc: frozenset(t for t in _capitalised(_GROUP_NUMBER.sub("", o.fig.muc)) if t.lower() not in said)
             for o in rows if o.fig.muc and _marked_words(o.fig.chi_tieu.split(":")[0]) >= measure}
    return {g: ws.difference(*(o for h, o in heads.items() if h != g)) for g, ws in heads.items()}


def _period_tokens(s: str) -> frozenset:
    """The words of a group heading or of the text before a number, folded, with the periods read in their order
    (``10 tháng năm 2020`` → ``10thang``, ``nam``, ``2020``; ``Tháng 10/2020`` → ``thang10``, ``2020``)."""
    f = _PERIOD_NUMBERED.sub(r"\1\2", _PERIODS_COUNTED.sub(r"\1\2", fold(s)))
    return frozenset(t for t in _PERIOD_TOKEN.findall(f) if t not in STOP)


def _per(row: Row) -> str:
    """What a row's unit is per (``vụ, việc/năm`` → ``năm``), or ''."""
    return (row.unit or "").partition("/")[2].strip()


def _under(row: Row, group: Row) -> bool:
    """``row``'s code lies under ``group``'s (``I.4.2`` under ``I`` and ``I.4``)."""
    return (running_base(row.fig.ma) or row.fig.ma).startswith((running_base(group.fig.ma) or group.fig.ma) + ".")


class Attribution:
    """Mixed into the checker (``check._Checker``)."""

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

        for start, found in quote_anchors(self.text, quotes, value_at, sorted(at)).items():
            if start in at:
                self.anchors[at[start]] = found

    def _cell_of(self, i: int, row: Row, columns=COLUMNS_ORDER) -> str | None:
        m = self.mentions[i]
        for col in columns:
            v = row.values.get(col)
            if v is not None and value_supports(v, m.value, decimals=m.decimals, scale=m.scale, qualifier=m.qualifier,
                                                low=m.low,
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
            f"Câu này nói về {a.row.fig.ma} ({a.row.fig.chi_tieu[:70]}) = {fmt_row_value(a.row, v)}"
            + (f"; «{m.raw.strip()}» là số liệu của {other[0].fig.ma}" if other else "")))
        return True

    def _tight_cue(self, i: int) -> bool:
        m, w = self.mentions[i], self.where[i]
        return bool(_CUE_BEFORE.search(self.text[max(w.clause, m.num_start - 60):m.qualifier_start or m.num_start])
                    or _CUE_AFTER.match(self.text, m.end)
                    or (_FROM_BEFORE.search(self.text[max(w.clause, m.num_start - 10):m.qualifier_start or m.num_start])
                        and _TO_AFTER.match(self.text, m.end))
                    or self._cued_bracket(i))

    def _cued_bracket(self, i: int) -> bool:
        """A later value of a bracket listing last year's values right after its base: ``so với cùng kỳ năm 2024
        (36.276 ca mắc SXH và 6 ca tử vong)`` (``cuedbracket``)."""
        m, w = self.mentions[i], self.where[i]
        opened = later_item_of(self.text, m.num_start)
        return opened is not None and bool(_CUE_BEFORE.search(self.text[max(w.sentence, opened - 60):opened + 1]))

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
            other = self._subject_other(i, row) if row is not None else None
            if other is not None:  # "cùng kỳ năm 2009 nam chiếm 52%": 52 is last year's value of an age group's row
                v = other.values["cung_ky"]
                self.results[i] = self._result(m, "unsupported", row=other, column="cung_ky", reason=(
                    f"Câu này nói về {other.fig.ma} ({other.fig.chi_tieu[:70]}), cùng kỳ năm trước = "
                    f"{fmt_row_value(other, v)}; «{m.raw.strip()}» là số liệu của {row.fig.ma}"), expected=fmt_like(m, v))
                self.rows[i] = other
                continue
            if self._tight_cue(i) or self._of_last_year(i, row):
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

    def _label_class_pass(self) -> None:
        """``21 xã đạt 8-9 tiêu chí`` against rows ``Số xã đạt từ 15-18 tiêu chí`` = 21 and ``Số xã đạt 8-9 tiêu chí``
        = 02: the number the clause writes as part of a row's name (its class, its threshold) names the row the
        clause is about; a count of the clause tied to another row of the same unit is that row's value, not this
        one's."""
        for j, named in self._label_named.items():
            wj = self.where[j]
            before = [k for k in self._groups.get(("clause", wj.paragraph, wj.clause), ()) if k < j
                      and self.mentions[k].kind in ("count", "money", "measure", "percent")]
            for k in before[-1:]:  # the count the class follows ("21 xã đạt 8-9 tiêu chí"), nothing between
                r, row, mk = self.results[k], self.rows[k], self.mentions[k]
                if r is None or r.verdict != "supported" or row is None or row is named \
                        or mk.kind not in ("count", "money", "measure") or row.unit != named.unit \
                        or "ky_bao_cao" not in named.values:
                    continue
                v = named.values["ky_bao_cao"]
                if v == mk.value:
                    continue  # "Có 2 Trung tâm có tỷ lệ đỗ … 100%" where the row of that class holds 2 as well: right
                if any(t is not named and t.fig.chi_tieu == named.fig.chi_tieu and t.values.get("ky_bao_cao") == mk.value
                       for t in self.idx.rows):
                    continue  # the class kept under several groups (``Số trường có tỷ lệ đỗ tốt nghiệp 100%`` of each
                    # province): the group's own row holds the value — which group, the group pass decides
                self._swap(k, named, row)
                self.rows[k] = named

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
            if r is not None and r.source and self.rows[k] is not None and r.verdict != "derived" \
                    and r.derivation != COMPARED and r.source.get("column") != "cung_ky":
                # last year's value said as such states no value of the period; nor does one tied to the row's last
                # year's cell, right or stale ("Cùng kỳ năm trước, xuất khẩu gạo sang Bangladesh chỉ đạt 146 tấn":
                # the period's 42.875 is still unstated when a swap writes the nation's 1.930.000 in its place)
                # a row's value stated (not a change or rate computed from it: "ít hơn 6 vụ" names the row
                # without stating its value, which the sentence may have written wrong)
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

    def _own(self, i: int) -> frozenset:
        """The words that are this number's own: its noun phrase after it (to the next punctuation, number or
        ``và``) and the words before it since the previous number's noun phrase ended.

        ``380 cử tri tiếp xúc với đại biểu Quốc hội và 420 cử tri tiếp xúc với đại biểu HĐND``: for 420,
        ``và`` and ``cử tri tiếp xúc với đại biểu HĐND``, not the words about 380.
        """
        own = self.__dict__.setdefault("_own_words", {})
        if i not in own:
            m = self.mentions[i]
            start = self._phrase_start(i)
            after = self.text[m.end:self._phrase_end(i)]
            if not re.search(r"[^\W\d_]", after) and i + 1 < len(self.mentions) \
                    and _SHARED_NOUN.fullmatch(self.text[m.end:self.mentions[i + 1].num_start]):
                # "thu giữ 517,57 kg heroin, 2.212,24 kg và 1.750.311 viên ma túy tổng hợp": the noun after the last
                # of two amounts joined by "và" is both's (yg-toan-quoc-bo-cong-an-an-ninh-trat-tu-2021-9t)
                nxt = self.mentions[i + 1]
                after = self.text[nxt.end:self._phrase_end(i + 1)]
            own[i] = self.idx.context(self.text[start:m.num_start] + " " + after)
        return own[i]

    def _phrase_start(self, i: int) -> int:
        """Where mention i's own phrase starts: its clause, or the end of the previous number's phrase."""
        return max(self.where[i].clause, self._phrase_end(i - 1) if i > 0 else 0)

    def _phrase_end(self, i: int) -> int:
        m = self.mentions[i]
        nxt = self.mentions[i + 1].num_start if i + 1 < len(self.mentions) else len(self.text)
        stop = _PHRASE_END.search(self.text, m.end, max(m.end, nxt))
        listed = stop is not None and stop.group() == "," and _LIST_TAIL.match(self.text, stop.start(), max(m.end, nxt))
        return listed.end() if listed else stop.start() if stop else max(m.end, nxt)

    def _about(self, i: int):
        """How well a row's label fits what the text says around mention i.

        The words since the previous number (and the counted noun) weigh most,
        then the clause, then the sentence and paragraph before it (a topic named
        once for a list of figures: ``Tội phạm về môi trường, phát hiện ...;
        tiếp nhận, khởi tố 12 vụ, 7 bị can``).
        """
        m, w = self.mentions[i], self.where[i]
        near = self._own(i)
        clause = self._context(i)
        para_start = self._para_start(w.paragraph)
        wide = self._words.between(para_start, m.num_start)
        sentence = self._words.between(w.sentence, m.num_start)
        fit = self.idx.fit
        return lambda r: (NEAR_WEIGHT * fit(near, r) + CLAUSE_WEIGHT * fit(clause, r)
                          + WIDE_WEIGHT * max(fit(sentence, r), 0.75 * fit(wide, r)))

    @cached_property
    def _words(self) -> TextTokens:
        return TextTokens(self.text)

    def _para_start(self, p: int) -> int:
        starts = self.__dict__.get("_pstarts")
        if starts is None:
            starts = self.__dict__["_pstarts"] = {}
            for k, w in enumerate(self.where):
                starts.setdefault(w.paragraph, min(w.sentence, w.clause))
        return starts.get(p, 0)

    def _wrong_row(self, i: int, claims: dict[int, int]) -> None:
        m, w, chosen = self.mentions[i], self.where[i], self.rows[i]
        k = self._amount_before(i)
        own = next((r for f in (group_rate_after, line_rate_after) if (r := f(
            self.text, self.mentions[k].end, m.num_start, self.rows[k], chosen, self.idx.rows)) is not None),
            None) if k is not None and m.comparison is None else None
        if own is not None:   # "thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ 63%": the rate of the amount's group,
            # "đạt 22.296 tỷ đồng, chiếm 8,25%": the share of the amount's own line (linerate)
            self._swap(i, own, chosen)
            return None
        about = self._about(i)
        ok, _ = self._cells(i, self.idx)
        value_rows = {c[0] for c in ok}
        fv = max((about(r) for r in value_rows), default=0.0)
        uv = max((self.idx.unit_fit(m.noun, r) for r in value_rows), default=0)
        twice = claims.get(id(chosen), 0) >= 2
        candidates, stated = [], []
        for r in self._scope_rows(i) if (w.org or w.section) else self.idx.rows:
            if r in value_rows or not self._kind_ok(m, r) \
                    or (m.kind == "measure" and r.unit != m.unit) or "ky_bao_cao" not in r.values \
                    or any(same_indicator(r.fig.ma, v.fig.ma) or one_indicator(r.fig.ma, v.fig.ma)
                           for v in value_rows):  # the words of time choose (_running_pass, _span_pass)
                continue
            uf = self.idx.unit_fit(m.noun, r)
            if uf < 0 or uf < uv or not self._org_ok(w, r) or not self._in_section(w, r):
                continue
            if self._polarity_differs(i, r) or change_on_plan_share(m.comparison, r.fig.chi_tieu):
                continue   # (a change said is no plan share's: planshare)
            (stated if claims.get(id(r)) else candidates).append((about(r), r))
        stated, candidates = self._of_groups_said(i, stated), self._of_groups_said(i, candidates)
        grouped = [r for _, r in stated + candidates if self._line_group_named(i, r, chosen)]
        if len(grouped) == 1:
            # one measure kept for several groups (``Tháng 6/2020 - khối lượng …`` / ``Khối lượng …`` under ``6 tháng
            # đầu năm 2020``): the group the line names, the other's value on it is a swap (d3-gialaitv-caphe-6t-2020)
            before = self.results[i]
            self._flag_wrong_row(i, grouped[0], grouped=True)
            if self.results[i] is not before:
                return None
        if stated:
            # a row the text states elsewhere too (a headline and its body): only when the words clearly describe
            # it and say nothing of the row whose value was written ("phát hiện 88 vụ phạm pháp hình sự ..."), or
            # give its label all but whole; web pages repeat paragraphs, so a value stated twice is no evidence here
            bs, rs = max(stated, key=lambda c: c[0])
            plain = fv < WRONG_ROW_FIT_STATED_OWN
            whole = bs >= WRONG_ROW_FIT_WHOLE and len(_marked_words(rs.fig.chi_tieu)) >= WHOLE_LABEL_WORDS
            # or its own words name that row alone ("làm chết 4.939 người, bị thương 4.939 người": ``chết`` is the
            # dead's row's word, none of the injured's — zv-toan-quoc-cuc-csgt-tngt-xu-ly-vi-pham-2020-h1)
            # — not when that row is stated in this very sentence ("106.492 hộ trang bị tối thiểu 1 bình chữa cháy":
            # the row's value is said right before it; this number is something else of that row's subject)
            # Only where the value stands twice in the sentence, each time of the value's row (a swap on one line
            # leaves it so), and the other row is not stated in it ("106.492 hộ trang bị tối thiểu 1 bình chữa cháy")
            here = [k for k in self._groups.get(("sentence", w.paragraph, w.sentence), ()) if k != i] \
                if not plain and not whole else []
            # — the value's other stand may be tied to another row that holds the same value ("làm chết 03 người,
            # làm bị thương 03 người": the dead's 3 there, the injured's words here; zk-…-pccc-…-2023-11)
            own_named = not plain and not whole and self._own_contrast(i, rs, chosen) >= 1.0 \
                and any((self.rows[k] is chosen or self.rows[k] in value_rows) and self.mentions[k].value == m.value
                        for k in here) \
                and not any(self.rows[k] is rs for k in here)
            margin = WRONG_ROW_MARGIN if plain else WRONG_ROW_MARGIN_TWICE if own_named and twice \
                else WRONG_ROW_MARGIN if own_named else WRONG_ROW_MARGIN_WHOLE   # (a swap leaves its value twice)
            if (plain or whole or own_named) and bs >= WRONG_ROW_FIT_STATED and bs - fv >= margin \
                    and (not candidates or bs > max(f for f, _ in candidates)) and not self._a_part_of(i, rs):
                before = self.results[i]
                self._flag_wrong_row(i, rs)
                if not own_named or self.results[i] is not before:
                    return None   # (a flag declined on the own-words ground leaves the rows no number states to try)
        if not candidates:
            return
        bf, best = max(candidates, key=lambda c: c[0])
        if twice:
            # "Malaysia: 357 lao động (357 lao động nữ)": the narrower row's own word is not said of the first
            narrower = [r for _, r in candidates if self._narrower_unsaid(i, r, chosen)]
            if len(narrower) == 1:
                return self._flag_wrong_row(i, narrower[0], narrower=True)
            ok_flag = bf >= WRONG_ROW_FIT_TWICE and bf - fv >= WRONG_ROW_MARGIN_TWICE
            if not ok_flag:
                contrast, _, r = max(((self._contrast(i, r, chosen), f, r) for f, r in candidates), key=lambda c: c[:2])
                ok_flag, best = contrast >= CONTRAST_TWICE, r
            if not ok_flag:  # the words right before it, as written, name a row the text states nowhere
                subject, _, r = max(((self._subject_contrast(i, r, chosen, wide=True), f, r) for f, r in candidates),
                                    key=lambda c: c[:2])
                ok_flag, best = subject >= 1.0, r
            if not ok_flag:  # its own phrase's words as written, place words too, name one such row alone
                named = [r for _, r in candidates if self._own_contrast(i, r, chosen) >= 1.0]
                ok_flag, best = len(named) == 1, named[0] if len(named) == 1 else best
            if not ok_flag:  # its own predicate past a list names one such row alone ("… và 25 xã ở các huyện
                # Hương Sơn, …, Kỳ Anh thoát ra khỏi danh sách …" with the 25 of the row before: xk-ha-tinh)
                named = [r for _, r in candidates if self._tail_contrast(i, r, chosen) >= 1.0]
                ok_flag, best = len(named) == 1, named[0] if len(named) == 1 else best
            if not ok_flag and stated:  # or one it states too, when the value's own row is stated twice as well
                # ("gồm 90 người khuyết tật, …, 90 trẻ vị thành niên và 2 đối tượng …"): its own words, all but alone
                subject, _, r = max(((self._subject_contrast(i, r, chosen), f, r) for f, r in stated), key=lambda c: c[:2])
                ok_flag, best = subject >= 1.0 and self.idx.fit(self._own(i), r) >= OWN_WORDS_FIT, r
        else:
            ok_flag = bf >= WRONG_ROW_FIT and bf - fv >= WRONG_ROW_MARGIN
        if ok_flag:
            self._flag_wrong_row(i, best)

    @cached_property
    def _group_names(self) -> dict[str, str]:
        """The names of the groups the table keeps its rows under (``namedgroup.group_names``), read once per check."""
        return group_names({r.fig.muc for r in self.idx.rows})

    def _of_groups_said(self, i: int, fits: list) -> list:
        """``fits`` less the rows of a named group when the number's sentence names another (``namedgroup``)."""
        names = self._group_names
        named = groups_named(names, self.text, self.where[i].sentence, self.mentions[i].end)
        return [(f, r) for f, r in fits if not other_group(r.fig.muc, names, named)] if named else fits

    @cached_property
    def _span_cues(self) -> SpanCues:
        """The periods the whole text names as what it reports (``recognisers.spans.SpanCues``), read once per check
        and only when a pass asks."""
        return SpanCues(self.text, self.report.code if self.report else None)

    @cached_property
    def _period_cues(self) -> SpanCues:
        """Every period the whole text names but a comparison's base (``SpanCues(reported_only=False)``), read once per
        check and only when asked: what a number is said of (``periodrow.said_of``)."""
        return SpanCues(self.text, self.report.code if self.report else None, reported_only=False)

    @cached_property
    def _movement_ends(self) -> MovementEnds:
        """The ends of the text's movements and where the words said of each begin (``movementend``), read once per
        check from the movement pass's reading (``Movements._movements``): the span pass and ``periodrow`` ask."""
        return MovementEnds(self.text, self.mentions, self._movements)

    def _running_pass(self) -> None:
        """A row and its running total (``3``/``3-LK``) are one indicator: the words of time before the number
        (``recognisers.running``) choose the column.  The month's value where the sentence says ``lũy kế`` (or the
        year to date where it says ``trong tháng``) is a swap; with no such words, either stands."""
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            rate_row = kept_rate_of(r, m, self.idx.by_code)   # "giảm 1,4%": a kept rate less 100 (ratepair)
            row = rate_row or row
            if r is None or r.verdict != "supported" and rate_row is None or row is None or i in self._anchored \
                    or r.derivation and rate_row is None or (r.source or {}).get("column") != "ky_bao_cao" \
                    or m.partner is not None:
                continue
            other, is_running, own = self._sibling(row), running_base(row.fig.ma) is not None, "kỳ báo cáo"
            quarter = own_quarter_cue(self.text[self.where[i].sentence:m.num_start], self.report) \
                if other is not None else None   # (a quarter's month part, R-4-2024-03: the quarter is the row's own)
            if other is None:   # a running span's row and its last month's part row (R-4 / R-4-2020-04): one pair
                other, is_running = month_part_pair(row.fig.ma, self.idx.by_code, self.report) or (None, False)
                own = f"tháng {self.report.months[1]}" if other is not None else own
                if other is not None and other_span_named(self.text[self.where[i].sentence:m.num_start], self.report):
                    continue   # "Ước 6 tháng đầu năm" in the nine months' report: a span the table lacks
            if other is None:   # their kept rates (1-TL2 / 1-2020-04-TL, 3-TL / 3-LK-TL): the same pair (ratepair)
                other, is_running = rate_pair(row.fig.ma, row.fig.chi_tieu, self.idx.by_code, self.report) \
                    or (None, False)
                if other is not None and self.report is not None and self.report.months[1] != self.report.months[0]:
                    own = f"tháng {self.report.months[1]}"
            if other is None or "ky_bao_cao" not in other.values:
                continue
            if stock.cue(self.text, m.num_start, m.end) is not None:
                continue   # "… 4.380 ha, nâng tổng diện tích … lên 344.187,94 ha": the flow and its stock choose (_stock_pass)
            cue, whose = quarter or self._time_cue(i) or self._time_cue_after(i) \
                or ("period" if running_follows(self.text, m.end) else None), "Câu này"   # "2,6 tỷ, lũy kế 4,8 tỷ"
            if cue is None:   # "… 10 tháng đầu năm đạt hơn 5 triệu tấn … Trong đó, sản lượng … khai thác đạt …"
                cue, whose = carried_cue(self.text, self.where[i].sentence), "Câu trước (mà «Trong đó» chia nhỏ)"
            if cue is None or (cue == "running") == is_running:
                continue
            v = other.values["ky_bao_cao"]
            if m.value == v or rate_row is not None and rate_gives(v, m):
                continue
            said = "lũy kế từ đầu năm" if cue == "running" else f"của riêng {own}"
            rate = rate_row is not None   # "tăng 8,3%" of the month where the words say the running total's
            self._swap(i, other, row, f"{whose} nói số {said}:", raw=f"{m.comparison} {m.raw.strip()}" if rate else None,
                       expected=rate_said(v) if rate else None)
            self.rows[i] = other

    def _stock_pass(self) -> None:
        """A line's two counts, what the period added and the stock it raised (``Thực hiện năm 2020 | Tổng số đến cuối
        năm 2020``, ``Thực hiện 4 tháng | Lũy kế đã cấp``): the phrasing chooses (``recognisers.stock``) — ``thành lập
        được 1.985 công đoàn cơ sở, nâng tổng số lên …`` is the stock's value where the added count is said, a swap."""
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or row is None or i in self._anchored or r.derivation \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.partner is not None:
                continue
            cue = stock.cue(self.text, m.num_start, m.end)
            if cue is None:
                continue
            is_stock = bool(stock.STOCK_LABEL.search(fold(row.fig.chi_tieu))) or running_base(row.fig.ma) is not None
            if (cue == "stock") == is_stock:
                continue
            others = [o for o in self._line_rows(row) if o.kind == row.kind and "ky_bao_cao" in o.values
                      and (bool(stock.STOCK_LABEL.search(fold(o.fig.chi_tieu))) or running_base(o.fig.ma) is not None)
                      == (cue == "stock")]
            if len(others) != 1 or others[0].values["ky_bao_cao"] == m.value:
                continue
            other = others[0]
            said = "tổng số (số hiện có sau khi tăng thêm)" if cue == "stock" else "số tăng thêm trong kỳ"
            self._swap(i, other, row, f"Câu này nói {said}:")
            self.rows[i] = other

    def _line_rows(self, row: Row) -> list[Row]:
        """The other rows of ``row``'s line of the table: its running total, or the cells the loader made of one line
        (same code before ``-``, same label before ``:``)."""
        out = [o for o in (self._sibling(row),) if o is not None]
        if ":" in row.fig.chi_tieu:
            out += [o for o in self.idx.rows if o not in out and same_line(row, o)]
        return out

    def _span_pass(self) -> None:
        """A value of one span of the indicator where the paragraph last named another span (``Ước tính tháng 9 …
        vận tải hành khách đạt 15.350 nghìn lượt người``, the nine months' value) is a swap; no span named, or one
        the table lacks, and any of them stands."""
        families = span_families(self.idx.by_code, self.report.code if self.report else None)
        if not families:
            return
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or row is None or i in self._anchored or r.derivation \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.partner is not None \
                    or row.fig.ma not in families:
                continue
            year = own_year(self.text, m.end)   # "25 triệu đồng (năm 2010)": its own time (movementend)
            if year and (year in row.fig.chi_tieu or self.report is not None and not re.search(
                    r"(?:19|20)\d\d", row.fig.chi_tieu) and int(year) == self.report.year):
                continue   # "tăng từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng vào năm 2018": each names its own
            ends = self._movement_ends
            if i in ends.judged:
                continue   # "từ 0,19% năm 2010 xuống còn 0,19%": the movement pass judges the pair
            # "từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng": the start's year is not the end's
            other = families[row.fig.ma].get(self._span_cues.before(
                m.num_start, ends.lo(i, self._para_start(self.where[i].paragraph))))
            if other is None or other is row or "ky_bao_cao" not in other.values:
                continue
            if self._cell_of(i, other, ("ky_bao_cao",)) is not None:
                continue
            self._swap(i, other, row, "Đoạn này đang nói số liệu "
                       f"{other.fig.chi_tieu[len(row.fig.chi_tieu):].strip(' ()') or 'của kỳ báo cáo'}:")
            self.rows[i] = other

    def _by_time_cue(self, i: int, row: Row) -> Row:
        """``row``, or its running total / month row when the words of time before mention i say so."""
        other = self._sibling(row)
        if other is None or "ky_bao_cao" not in other.values:
            return row
        cue = self._time_cue(i)
        return other if cue is not None and (cue == "running") != (running_base(row.fig.ma) is not None) else row

    def _time_cue(self, i: int) -> str | None:
        """The words of time that govern mention i (``recognisers.running.time_cue``): its own clause's, else the
        sentence's before it, unless a number of an earlier clause took that cue for its own (``kiểm dịch 180.150 con,
        lũy kế 3.154.010 con; kiểm soát giết mổ 7.614 con``: ``lũy kế`` is 3.154.010's, not 7.614's)."""
        w, m = self.where[i], self.mentions[i]
        start = max(w.sentence, w.clause)
        own = time_cue(self.text[start:m.num_start])
        if own is not None or start == w.sentence:
            return own
        earlier = self.text[w.sentence:start]
        cue = time_cue(earlier)
        if cue is None:
            return None
        said = max(c.end() for rx in (RUNNING_CUE, PERIOD_CUE) for c in rx.finditer(earlier))
        taken = any(w.sentence + said <= k.num_start < start for k in self.mentions)
        return None if taken else cue

    def _time_cue_after(self, i: int) -> str | None:
        """The words of time after mention i in its own clause, none said before it: ``Hơn 12.000 doanh nghiệp thành
        lập mới trong tháng 8`` (yn Bộ KH&ĐT, a title), ``có 12.404 doanh nghiệp được thành lập mới trong tháng 8,``
        — a count's noun phrase and its verb come first, the period last. Cut at a base (``so với tháng 7`` is what
        the number is compared with, not its period) and at the clause's end."""
        m = self.mentions[i]
        end = _CLAUSE_END.search(self.text, m.end, min(len(self.text), m.end + _CUE_AFTER_REACH))
        after = self.text[m.end:end.start() if end else min(len(self.text), m.end + _CUE_AFTER_REACH)]
        base = _BASE_WORDS.search(after)
        after = after[:base.start()] if base else after
        if any(m.end <= k.num_start < m.end + len(after) for k in self.mentions if k.is_figure and k.kind != "year"):
            return None   # another number in the clause after it: the words of time may be that one's
        return time_cue(after)

    def _sibling(self, row: Row) -> Row | None:
        """The running total of a row, or the row of a running total."""
        base = running_base(row.fig.ma)
        return self.idx.by_code.get(base if base is not None else row.fig.ma + RUNNING_CODE)

    def _polarity_differs(self, i: int, r: Row) -> bool:
        """``đã có 57 xã đạt chuẩn`` is not about ``Số xã chưa đạt chuẩn``: a row whose label negates what it counts
        (``chưa``) is what a clause is about only if the clause negates too, and the other way round."""
        m, w = self.mentions[i], self.where[i]
        end = _CLAUSE_END.search(self.text, m.end)
        prev = (self.mentions[i - 1].num_start, self.mentions[i - 1].end) if i > 0 else None
        nxt = self.mentions[i + 1].num_start if i + 1 < len(self.mentions) else None
        said = own_negation(self.text, max(w.clause, m.start - 80), end.start() if end else m.end + 80,
                            m.num_start, m.end, prev, nxt)   # "24.888 khoản chi chưa đủ …, số tiền … là 18,2 tỷ"
        return bool(_NEGATION.search(r.fig.chi_tieu)) != said

    def _a_part_of(self, i: int, whole: Row) -> bool:
        """Mention i stands in the ``trong đó`` breakdown of a number of ``whole`` stated before it in its paragraph
        (``75 lượt ý kiến … Trong đó, có 64 ý kiến …; còn lại 09 ý kiến, kiến nghị của cử tri``): a part, whatever the
        whole's words around it."""
        w = self.where[i]
        for k in range(i - 1, -1, -1):
            if self.where[k].paragraph != w.paragraph:
                return False
            if self.rows[k] is whole:
                return bool(_BREAKDOWN.search(self.text, self.mentions[k].end, self.mentions[i].num_start)
                            or _LISTED_AFTER.match(self.text, self.mentions[k].end, self.mentions[i].num_start))
        return False

    def _group_of(self, row: Row) -> Row | None:
        """The row a row's code puts it under (``C.1-LK`` → ``C``), if the table has it."""
        parent = parent_code(running_base(row.fig.ma) or row.fig.ma)
        return self.idx.by_code.get(parent) if parent else None

    def _is_group(self, row: Row) -> bool:
        """Rows of the table lie under ``row`` (``C`` over ``C.1``)."""
        return any(_under(r, row) for r in self.idx.rows)

    def _heading_names(self, i: int, chosen: Row, best: Row) -> bool:
        """The numbered heading the number stands under (``2. Số vụ phạm tội về trật tự quản lý kinh tế:``), with no
        other row's number between them, names the value's own row better than the other: a group row with a value of
        its own has no section of the text to be scoped by (yb-toan-quoc-bo-cong-an-toi-pham-2020-10)."""
        k = next((k for k in range(i - 1, -1, -1) if self.mentions[k].kind == "section"
                  and self.mentions[k].note == "heading number"), None)
        if k is None or any(self.rows[j] is not None and self.rows[j] is not chosen for j in range(k + 1, i)):
            return False   # only where nothing of another row is said between the heading and the number
        h = self.mentions[k]
        eol = self.text.find("\n", h.num_end)
        title = self.text[h.num_end:min(eol if eol > 0 else len(self.text), self.mentions[i].num_start)]
        title = title.split(":")[0] if ":" in title else title
        words = self.idx.context(title)
        mine = self.idx.fit(words, chosen)
        return mine >= 0.6 and mine > self.idx.fit(words, best)

    def _group_said(self, i: int, best: Row, chosen: Row) -> bool:
        """``Tại các Chi cục Thuế, tháng 8 thu 493,7 tỷ đồng; … Trong đó, thuế phí tháng 8 thu 289,4 tỷ đồng; lũy kế
        thu 3.103,7 tỷ đồng`` (zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08): one indicator kept under several groups
        (the province, the department's office, its branches); the paragraph names the group of the value's own row,
        better than the other row's group: no swap."""
        mine, other = self._group_of(chosen), self._group_of(best)
        if mine is None and other is None:
            return self._section_said(i, best, chosen)
        mine = mine or (chosen if self._is_group(chosen) else None)   # a group's own row: itself
        other = other or (best if self._is_group(best) else None)
        if mine is None or other is None:
            return False
        if mine is other or _under(best, mine) or _under(chosen, other):
            return False   # one group inside the other: naming the outer one tells the two rows not apart
        wide = self._words.between(self._para_start(self.where[i].paragraph), self.mentions[i].num_start)
        said = self.idx.fit(wide, mine)
        return said >= 0.5 and said > self.idx.fit(wide, other)

    def _section_said(self, i: int, best: Row, chosen: Row) -> bool:
        """Groups the sheet titles by a name and no row of their own (``VI. Bắc Kạn`` over ``Tỷ lệ đỗ tốt nghiệp hệ
        THPT``, yf-toan-quoc-so-gddt-cac-tinh-ty-le-tot-nghiep-thpt-2010): the paragraph up to the number names the value's
        own group, and the number's sentence does not name the other row's — no swap (``Giám đốc Sở GD-ĐT Bắc Kạn, cho
        biết … tỉ lệ đỗ tốt nghiệp của tỉnh khoảng 70%`` is Bắc Kạn's, whatever row's label fits better). Only names
        (every word capitalised: a province, a body), not a group that names a measure (``II. Công suất sử dụng giường
        bệnh``) whose common words any sentence may say. Rows of no group: the words of the rows decide (``_wrong_row``)."""
        gm, go = (_GROUP_NUMBER.sub("", r.fig.muc or "").strip() for r in (chosen, best))
        if not gm or not go or gm == go or not _a_name(gm) or not _a_name(go):
            return False
        wm, wo = _marked_words(gm), _marked_words(go)
        own_m, own_o = wm - wo, wo - wm
        if not own_m or not own_o:
            return False
        w = self.where[i]
        wide = _marked_words(self.text[self._para_start(w.paragraph):self.mentions[i].num_start])
        near = _marked_words(self.text[w.sentence:self._phrase_end(i)])
        # the value's group by its own words, none of the other's in the sentence ("TAND huyện, thành phố thụ lý
        # 1.730 vụ" names «TAND CÁC HUYỆN, THÀNH PHỐ», though «TAND hai cấp» opened the paragraph)
        return own_m <= wide and not own_o & near

    def _narrower_unsaid(self, i: int, r: Row, d: Row) -> bool:
        """``d``'s label is ``r``'s and more (``Malaysia: lao động nữ`` over ``Malaysia``), the number's own phrase
        says all of ``r``'s words and not all of ``d``'s: the narrower row's own word (``nữ``) is not said of it."""
        lr, ld = _marked_words(r.fig.chi_tieu), _marked_words(d.fig.chi_tieu)
        if not lr or not lr < ld or not self._a_column_of_parts(ld - lr, d):
            return False
        m = self.mentions[i]
        start = self._phrase_start(i)
        own = _marked_words(self.text[start:m.num_start] + " " + self.text[m.end:self._phrase_end(i)])
        return lr <= own and not ld <= own

    def _a_column_of_parts(self, extra: set[str], d: Row) -> bool:
        """``extra`` (``lao động nữ``) narrows another row of the table too (``Nhật Bản: lao động nữ`` over ``Nhật
        Bản``): a part every unit has, as a column ``Trong đó: lao động nữ`` gives — not one row's own words
        (``Lớp dạy nghề phi nông nghiệp`` over ``Lớp dạy nghề``, where ``4 lớp dạy nghề nông`` is the other part)."""
        labels = self.__dict__.get("_label_words")
        if labels is None:
            labels = self.__dict__["_label_words"] = {id(r): frozenset(_marked_words(r.fig.chi_tieu))
                                                      for r in self.idx.rows}
        wholes = set(labels.values())
        return any(r is not d and extra <= labels[id(r)] and (labels[id(r)] - extra) in wholes
                   and labels[id(r)] - extra for r in self.idx.rows)

    def _line_group_named(self, i: int, r: Row, chosen: Row) -> bool:
        """``r`` and the value's row ``chosen`` are one measure kept under two groups of the sheet (their labels less
        their groups' words are the same: ``Miền Trung - số người bị thương`` / ``Số người bị thương`` under ``Tháng
        10/2020 - cả nước``), and the nearest words before the number that name either group — its own phrase, its
        clause, its sentence, then the sentences before it in the paragraph — name ``r``'s group and none of
        ``chosen``'s own words (``Tính chung 6 tháng đầu năm 2020, xuất khẩu cà phê ước đạt 140.000 tấn``, June's
        value: d3-gialaitv-caphe-6t-2020; ``Trong đó, đường bộ xảy ra 916 vụ`` after the five months' sentence)."""
        return self._group_walk(i, r, chosen) == "other"

    def _group_walk(self, i: int, r: Row, chosen: Row) -> str | None:
        """Which of two groups keeping one measure the nearest words before mention i name: ``other`` (``r``'s,
        clearly), ``own`` (``chosen``'s, or ``r``'s too weakly), ``none`` (neither, in the whole paragraph), or None
        when the two rows are no such pair."""
        gr, gc = _GROUP_NUMBER.sub("", r.fig.muc or ""), _GROUP_NUMBER.sub("", chosen.fig.muc or "")
        if gr and not gc:
            return self._group_beside_whole(i, r, chosen, gr)
        if not gr or not gc or gr == gc:
            return None
        measure = _marked_words(r.fig.chi_tieu.split(":")[0]) - _marked_words(gr)
        if not measure or measure != _marked_words(chosen.fig.chi_tieu.split(":")[0]) - _marked_words(gc):
            return None
        counted = row_of_count_before(self.text, i, self.mentions, self.where, self.rows, (r, chosen))
        if counted is not None:   # "tặng 65 suất học bổng, mỗi suất trị giá 300 ngàn đồng": the count's group
            return "own" if counted is chosen else "other"
        tr, tc = _period_tokens(gr), _period_tokens(gc)
        own_r, own_c = tr - tc, tc - tr
        if not own_r or not own_c:
            return None   # "TAND TỈNH" beside "ÁN HÔN NHÂN … (TAND HAI CẤP …)": no word of its own left to be named by
        m, w = self.mentions[i], self.where[i]
        starts = sorted({self._phrase_start(i), w.clause, w.sentence} | {
            self.where[k].sentence for k in range(i) if self.where[k].paragraph == w.paragraph}, reverse=True)
        for a in starts:
            if a > m.num_start:
                continue
            said = _period_tokens(self.text[a:m.num_start])
            if said & own_c:
                return "own"      # the value's own group is named nearer (or as near)
            hit = said & own_r
            if hit:   # two of its words at least, or its one (``thống kê`` says no ``lũy kế``); counted, not weighed:
                # a group heading's words are no label's
                return "other" if len(hit) >= min(2, len(own_r)) and len(hit) / len(own_r) >= 0.4 else "own"
        return "none"

    def _group_beside_whole(self, i: int, r: Row, chosen: Row, gr: str) -> str | None:
        """``Huy chương bạc`` kept for the team with no group (the sheet's whole, ``chosen``) and again under ``VĐV
        Nghiêm Thảo Tâm (U16 nữ)`` (``r``): the nearest words before the number (its phrase, clause, sentence) that
        name a group keeping the measure name ``r``'s — two of its own names at least, half of them (``VĐV Nghiêm
        Thảo Tâm U16 nữ đạt 1HCV, 2 HCB``) — ``other``, the group's row; else no claim (None: a sentence naming no
        group may still be the group's).                 (xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04)"""
        measure = _marked_words(r.fig.chi_tieu.split(":")[0]) - _marked_words(gr)
        if not measure or measure != _marked_words(chosen.fig.chi_tieu.split(":")[0]) - _marked_words(gr):
            return None
        names = _group_names(self.idx.rows, measure, chosen.fig.chi_tieu)
        own = names.get(r.fig.muc, frozenset())
        if len(own) < 2:
            return None
        m, w = self.mentions[i], self.where[i]
        for a in sorted({self._phrase_start(i), w.clause, w.sentence}, reverse=True):
            if a > m.num_start:
                continue
            said = _capitalised(self.text[a:m.num_start])
            named = [g for g, ws in names.items() if len(said & ws) >= 2 and len(said & ws) >= 0.5 * len(ws)]
            if named:
                return "other" if named == [r.fig.muc] else None
        return None

    def _parts_said_together(self, i: int, best: Row, chosen: Row) -> bool:
        """The value's row is the whole of ``best`` and another part of it (codes ``3`` over ``3.1``, ``3.2``), and
        the words before the number name two of its parts joined by ``và``: the sentence states the whole of both.

            … tổng số tiền thu về là 10,8 tỷ đồng (gồm 9,4 tỷ đồng phạt hành chính, 1,4 tỷ đồng tiền bán hàng tịch
            thu). — 12 ngày tịch thu và xử phạt vi phạm gần 11 tỉ đồng      (yn-toan-quoc-cuc-quan-ly-thi-truong)
        """
        prefix = chosen.fig.ma + "."
        parts = [r for r in self.idx.rows if r.fig.ma.startswith(prefix) and "." not in r.fig.ma[len(prefix):]]
        if best not in parts or len(parts) < 2:
            return False
        start = self.where[i].sentence   # (from the last number tied to a row: "… tưới hơn 24.783ha và vụ hè thu
        # tưới hơn 50.313ha" names one part after another's value, not two parts together)
        tied = [k for k in range(i) if self.rows[k] is not None and self.mentions[k].end > start]
        start = self.mentions[tied[-1]].end if tied else start
        said = self.text[start:self.mentions[i].num_start]
        joined = _AND.search(said)
        if joined is None:
            return False
        before, after = frozenset(tokens(said[:joined.start()])), frozenset(tokens(said[joined.end():]))
        own = [r.tokens - chosen.tokens - frozenset().union(*(o.tokens for o in parts if o is not r)) for r in parts]
        first = {k for k, a in enumerate(own) if a & before}
        second = {k for k, a in enumerate(own) if a & after}
        return any(p != q for p in first for q in second)

    def _flag_wrong_row(self, i: int, best: Row, narrower: bool = False, grouped: bool = False) -> None:
        """``narrower``: the words said are all ``best``'s and lack the value's row's own qualifier
        (``_narrower_unsaid``), so the subject's words (those two rows share) are no evidence for the value's row.
        ``grouped``: the line names ``best``'s group (``_line_group_named``), which the paragraph's words do not undo."""
        m, chosen = self.mentions[i], self.rows[i]
        held = (self.results[i].source or {}) if self.results[i] is not None else {}
        if held.get("column") == "ke_hoach" and _PLAN_SAID.search(self.text, max(0, m.num_start - 30), m.num_start):
            return  # "tăng 5,69% so với cùng kỳ (kế hoạch là 4%)": a plan said as such is its row's plan cell
        if not grouped and self._group_said(i, best, chosen):
            return  # "Tại các Chi cục Thuế, … lũy kế thu 3.103,7 tỷ đồng": the branches' own row
        if rate_of_amount_group(self.rows[k] if (k := self._amount_before(i)) is not None else None, chosen, best):
            return  # "thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ 31,6%": the rate of the amount's group (rategroup)
        if best.unit != chosen.unit and unit_written_whole(self.text, m.num_end, chosen.unit):
            return  # "Phê duyệt 20 chương trình, đề án khuyến công": the value's row's unit, written whole
        if bracket_names_group(self.text, self._para_start(self.where[i].paragraph), m.num_start, chosen.muc, best.muc):
            return  # "Nâng cao năng lực quản lý … (2 chương trình, gần 162,5 triệu đồng)": the group its bracket follows
        if self._heading_names(i, chosen, best):
            return  # "2. Số vụ phạm tội về trật tự quản lý kinh tế: Toàn quốc xảy ra 694 vụ": its heading's row
        if self._parts_said_together(i, best, chosen):
            return  # "tịch thu và xử phạt vi phạm gần 11 tỉ đồng": two parts named together, their whole's value
        per = _per(chosen)
        if per and not _per(best) and (m.per == per or re.match(rf"[^()\n;.\d]{{0,25}}/\s*{re.escape(per)}(?!\w)",
                                                                self.text[m.end:m.end + 40])):
            return  # "(trung bình 109.657 vụ, việc/năm)": an amount per year is the row per year's, no total's
        if not narrower and self._subject_contrast(i, best, chosen) < 0:
            return  # the number's own subject names the row whose value it is
        said = self.text[self.where[i].sentence:self._phrase_end(i)]
        if not names_said(best.fig.chi_tieu, said) \
                and not (names_said_or_headed(best.fig.chi_tieu, said) and not self._own_words_said(i, chosen, best)):
            return  # "Phụ nữ Trù Hựu hơn 3 tỷ đồng" is not about "Chi hội thôn Hựu"
        if not narrower and self._own_contrast(i, best, chosen) < 0:
            return  # "…, hơn 13 tỷ đồng do tỉnh cấp": its own phrase names the row whose value it is
        if not narrower and self._tail_contrast(i, best, chosen) < 0:
            return  # "… và 18 xã ở các huyện Hương Sơn, …, Kỳ Anh thoát ra khỏi danh sách …": its predicate's row
        if not narrower and self._value_row_named(i):
            return  # "triển khai rất tốt với 100% DVCTT toàn trình như Bộ Công Thương": a row of the value, by name
        if won_in_unit(m.noun, chosen.unit) and best.unit != chosen.unit and not winners_kept(m.noun, best.fig.chi_tieu) \
                and not (self._group_of(chosen) is not None and self._group_of(chosen).unit == chosen.unit):
            return  # "Khen thưởng 71 học sinh đoạt giải": the winners, one prize each — the prizes' row, not the
            #         entrants' (xf-quang-nam-…-2023-2024; "134 học sinh đoạt giải" in rows of giải, yg-…-2019);
            #         the whole of the prizes only: "17 học sinh đoạt giải" is no count of the third prizes; nor when the
            #         table keeps the winners themselves, their winning said ("Số học sinh đoạt giải" = 82: "28 học
            #         sinh đoạt giải" is the consolation prizes' value, zm-thanh-hoa-xa-hau-loc; xf-tay-ninh's "Thí
            #         sinh đạt giải" = 5)
        if value_of_the_count_before(self.text, self.mentions, self.rows, i, chosen, best):
            return  # "trao tặng 1.498 suất quà … với tổng số tiền 649 triệu đồng": the value of the gifts counted
        self._swap(i, best, chosen)

    def _swap(self, i: int, other: Row, mine: Row, lead: str = "Câu này nói về", raw: str | None = None,
              expected: str | None = None) -> None:
        """Mention i flagged as ``other``'s value of the period where its value is ``mine``'s: the reason «<lead>
        <other's code> (<its label>) = <its value>; «<the number, or ``raw``>» là số liệu của <mine's code>», the
        value expected ``other``'s (written like the number, or ``expected``). The caller keeps ``other`` as the
        mention's row where later passes should read it."""
        m, v = self.mentions[i], other.values["ky_bao_cao"]
        self.results[i] = self._result(m, "unsupported", row=other, column="ky_bao_cao", reason=(
            f"{lead} {other.fig.ma} ({other.fig.chi_tieu[:70]}) = {fmt_row_value(other, v)}; "
            f"«{raw or m.raw.strip()}» là số liệu của {mine.fig.ma}"), expected=expected or fmt_like(m, v))

    def _amount_before(self, i: int) -> int | None:
        """The amount (count, money, measure) with a row mention i follows in its clause, none in brackets between."""
        w, m = self.where[i], self.mentions[i]
        for k in reversed([k for k in self._groups.get(("clause", w.paragraph, w.clause), ()) if k < i]):
            if self.rows[k] is None:
                continue
            if self.mentions[k].kind not in ("count", "money", "measure") \
                    or "(" in self.text[self.mentions[k].end:m.num_start]:
                return None
            return k
        return None

    def _line_family_pass(self) -> None:
        """The counts of one line (``làm 11 người chết, 6 người bị thương``) are of one family of rows: the sheet keeps
        the same measures for several subjects (``Số người chết toàn thành phố`` / ``… trên các tuyến do PC08 đảm
        trách``; ``Số người chết`` / ``Tháng 5 - số người chết``).  A value of another family's row, right beside a
        neighbour of this family, whose own family keeps that measure and states it nowhere in the text, is a swap
        (``làm 11 người chết, 2 người bị thương`` with PC08's 2 on the city's line; d2-24h-hcm-tngt-15ngay-2020)."""
        stated = {}
        for k, r in enumerate(self.results):
            if r is not None and r.source and self.rows[k] is not None and r.verdict != "derived":
                stated[id(self.rows[k])] = stated.get(id(self.rows[k]), 0) + 1
        for i, m in enumerate(self.mentions):
            r, chosen = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or chosen is None or r.derivation or m.kind != "count" \
                    or i in self._anchored or (r.source or {}).get("column") != "ky_bao_cao":
                continue
            for k in (i - 1, i + 1):
                if not 0 <= k < len(self.mentions) or self.rows[k] is None or self.rows[k] is chosen \
                        or self.results[k] is None or self.results[k].verdict != "supported" \
                        or self.where[k].sentence != self.where[i].sentence:
                    continue
                a, b = sorted((k, i))
                between = self.text[self.mentions[a].end:self.mentions[b].num_start]
                if len(between) > 40 or re.search(r"[;.:()\n]", between):
                    continue   # one line's pair: a comma or "và" and the second's verb between
                other = self._family_row(i, chosen, self.rows[k], stated)
                if other is not None:
                    v = other.values["ky_bao_cao"]
                    self._swap_to(i, other, (
                        f"Câu này nói về {other.fig.ma} ({other.fig.chi_tieu[:70]}) = {fmt_row_value(other, v)}, "
                        f"cùng nhóm với {self.rows[k].fig.ma}; «{m.raw.strip()}» là số liệu của {chosen.fig.ma}"))
                    break

    def _family_row(self, i: int, chosen: Row, neighbour: Row, stated: dict) -> Row | None:
        """The one row of ``neighbour``'s family that keeps ``chosen``'s measure: its label less ``chosen``'s is words of
        the neighbour's label, and ``chosen``'s own qualifier is none of the neighbour's; stated nowhere in the text;
        of the number's unit; the number's own words do not say ``chosen``'s qualifier."""
        m = self.mentions[i]
        lc, ln = _marked_words(chosen.fig.chi_tieu), _marked_words(neighbour.fig.chi_tieu)
        own = _marked_words(self.text[self._phrase_start(i):self._phrase_end(i)])
        if (lc - ln) & ln:
            return None
        found = []
        for r in self.idx.rows:
            if r is chosen or r is neighbour or stated.get(id(r)) or "ky_bao_cao" not in r.values \
                    or r.values["ky_bao_cao"] == m.value or not self._kind_ok(m, r) \
                    or self.idx.unit_fit(m.noun, r) < self.idx.unit_fit(m.noun, chosen):
                continue
            lr = _marked_words(r.fig.chi_tieu)
            mine, theirs = lr - lc, lc - lr
            if mine and mine <= ln and not (theirs & ln) and not (theirs & own) and theirs:
                found.append(r)
        return found[0] if len(found) == 1 else None

    def _own_words_said(self, i: int, chosen: Row, best: Row) -> bool:
        """Does mention i's sentence, to its end, say a word of the value's own row that the other row's label lacks
        (``trao 51 suất quà (…) cho 51 bệnh nhi … tại Bệnh viện Đa khoa khu vực Bồng Sơn`` for ``Quà trao bệnh nhi tại
        BVĐK khu vực Bồng Sơn``)?  Then the value is that row's, whatever names the sentence holds."""
        end = re.compile(r"[.!?\n]").search(self.text, self.mentions[i].end)
        sentence = _marked_words(self.text[self.where[i].sentence:end.start() if end else len(self.text)])
        return bool((_marked_words(chosen.fig.chi_tieu) - _marked_words(best.fig.chi_tieu)) & sentence)

    def _swap_to(self, i: int, other: Row, reason: str) -> None:
        """Mention i names ``other``: unsupported, with that row's value expected."""
        m, v = self.mentions[i], other.values["ky_bao_cao"]
        self.results[i] = self._result(m, "unsupported", row=other, column="ky_bao_cao", reason=reason,
                                       expected=fmt_like(m, v))
        self.rows[i] = other

    def _plain_cell(self, i: int, rows_of: dict) -> bool:
        """Mention i is a row's value of the period, tied by its value alone, the row one of ``rows_of``."""
        r, row, m = self.results[i], self.rows[i], self.mentions[i]
        return r is not None and r.verdict == "supported" and row is not None and id(row) in rows_of \
            and i not in self._anchored and not r.derivation and (r.source or {}).get("column") == "ky_bao_cao" \
            and m.partner is None

    def _own_contrast(self, i: int, r: Row, d: Row) -> float:
        """The words as written of the number's own phrase (since the previous number's, to the next punctuation)
        (its first few words after it) that tell ``r``'s label from ``d``'s: +1 all ``r``'s, −1 all ``d``'s, 0 none.  Place words count here
        (``do tỉnh cấp`` against ``do Trung ương cấp``), which the weighted label words leave out."""
        m = self.mentions[i]
        start = self._phrase_start(i)
        after = " ".join(self.text[m.end:self._phrase_end(i)].split()[:_OWN_AFTER])  # "… do tỉnh cấp", not the
        own = _marked_words(self.text[start:m.num_start] + " " + after) \
            - _marked_words(self.idx.lead_unit(m.noun) or "")  # the clause's later words no; nor its unit word
        #                                                         ("184 trường hợp" says nothing of "Môi trường")
        lr, ld = _marked_words(r.fig.chi_tieu), _marked_words(d.fig.chi_tieu)
        a, b = len(own & (lr - ld)), len(own & (ld - lr))
        return (a - b) / (a + b) if a + b else 0.0

    def _tail_contrast(self, i: int, r: Row, d: Row) -> float:
        """The number's own predicate past a list (``tailpredicate.tail_after``): +1 when the words that tell ``r``'s
        label from ``d``'s are all ``r``'s, −1 all ``d``'s, 0 none or no such predicate."""
        m = self.mentions[i]
        nxt = self.mentions[i + 1].num_start if i + 1 < len(self.mentions) else None
        tail = tail_after(self.text, m.num_start, m.end, nxt)
        if tail is None:
            return 0.0
        own, lr, ld = _marked_words(tail), _marked_words(r.fig.chi_tieu), _marked_words(d.fig.chi_tieu)
        a, b = len(own & (lr - ld)), len(own & (ld - lr))
        return (a - b) / (a + b) if a + b else 0.0

    def _value_row_named(self, i: int) -> bool:
        """A row whose cell the number is names, by its proper names, what the number's own phrase writes."""
        m = self.mentions[i]
        phrase = self.text[self._phrase_start(i):self._phrase_end(i)]
        ok, elsewhere = self._cells(i, self.idx)
        for r, *_ in ok + elsewhere:   # (a row of an organisation the sentence names is one "elsewhere")
            names = label_names(r.fig.chi_tieu)  # (a name of one syllable, "Bằng" of "Bằng khen", is no evidence)
            if names and all(" " in n and name_written(n, phrase) for n in names):
                return True
        return False

    def _of_last_year(self, i: int, row: Row | None) -> bool:
        """The sentence says the number of last year's same period (``recognisers.lastyear``), and the words right
        before it name no other row than ``row`` (whose last-year value it is)."""
        return row is not None and said_of_last_year(self.text, self.mentions[i].num_start, self.report) \
            and self._subject_other(i, row) is None

    def _subject_other(self, i: int, row: Row) -> Row | None:
        """The one row with a last-year value that the words right before the number name and ``row``'s do not
        (``cùng kỳ năm 2009 nam chiếm 52%`` where 52 is last year's share of an age group)."""
        found = [r for r in self.idx.rows if r is not row and r.kind == row.kind and "cung_ky" in r.values
                 and self._subject_contrast(i, r, row) >= 1.0]
        return found[0] if len(found) == 1 else None

    def _subject_contrast(self, i: int, r: Row, d: Row, wide: bool = False) -> float:
        """The words right before the number, since the last punctuation or list word (``như nam chiếm 70%, nữ chiếm
        30%``: ``nam chiếm``), and its noun phrase after it: +1 when those that tell the two labels apart are all ``r``'s, −1 when all ``d``'s (the
        row whose value is written). Words as written, marks kept: folded, ``nam`` (male) is ``năm`` (year), a word
        too common to tell rows apart. A swap writes the value under the other row's words, which favour ``r``."""
        m, w = self.mentions[i], self.where[i]
        lo = max(w.clause, m.num_start - 60)
        stop = m.qualifier_start or m.num_start
        starts = [x.end() for x in _SUBJECT_START.finditer(self.text, lo, stop)]
        lr, ld = _described(r), _described(d)
        only_r, only_d = lr - ld, ld - lr
        # then, when those say nothing (``…, 17 tập thể``) and ``wide``, the words since the list began (the last ``;``)
        group = max((x.end() for x in _LIST_START.finditer(self.text, max(w.sentence, m.num_start - 160), stop)),
                    default=max(w.sentence, m.num_start - 160))
        stop_after = self._phrase_end(i)
        verb = _NOUN_END.search(self.text, m.end, stop_after)
        after = self.text[m.end:verb.start() if verb else stop_after]  # its noun ("82 cuộc thanh tra trách nhiệm")
        lead = self.idx.lead_unit(m.noun) or ""   # "27.842 lượt" says nothing of "Tổng lượt khách" when both rows count
        unit = _marked_words(lead) if lead and r.unit.endswith(lead) and d.unit.endswith(lead) else frozenset()  # "lượt"
        for lo in (starts[-1] if starts else lo, group)[:2 if wide else 1]:
            own = _marked_words(self.text[lo:stop] + " " + after) - unit
            a, b = len(own & only_r), len(own & only_d)
            if a + b > 0:
                return (a - b) / (a + b)
        return 0.0

    def _contrast(self, i: int, r: Row, d: Row) -> float:
        """Which of two rows the most local words that tell them apart favour: +1 all ``r``, −1 all ``d``.

        ``Bộ Quốc phòng 312 công dân và Bộ Công an 65 công dân``: for the second
        number the words since the first (``và Bộ Công an``) tell the rows apart;
        ``khởi tố 160 vụ, 221 bị can``: for the second, nothing since the first
        does, so the clause speaks; failing that, the sentence.
        """
        m, w = self.mentions[i], self.where[i]
        only_r, only_d = r.tokens - d.tokens, d.tokens - r.tokens
        idf = self.idx.idf
        for ctx in (self._own(i), self._context(i),
                    self._words.between(w.sentence, m.num_start)):
            a = math.fsum(idf.get(t, 0.0) for t in ctx & only_r)
            b = math.fsum(idf.get(t, 0.0) for t in ctx & only_d)
            if a + b > 0:
                return (a - b) / (a + b)
        return 0.0
