"""What reading a report's figures produces: rows, standing facts, derivations; and one paragraph being read."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from index.model import Section
from service.checker.extract import Mention
from service.onboarding import phrases as P


@dataclass
class Derivation:
    """A statement of the text computed from a row (not a row of its own)."""

    quote: str
    how: str                      # in Vietnamese: "tăng so với cùng kỳ", "tỷ lệ so với kế hoạch", …
    value: Decimal | None = None  # the number the text wrote
    of: str = ""                  # the plan a rate is of, as the text names it ("dự toán Trung ương", "kế hoạch năm")


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
    decimals: int = 0              # how the text wrote it: decimals shown and scale word (``1,8 tỷ``: 1, 10**9),
    scale: int = 1                 # so a value the text rounded (``gần 1.500``) can be told from another
    plan: Decimal | None = None    # Kế hoạch: the Y of "X/Y", or what "đạt …% chỉ tiêu" implies
    base: Decimal | None = None    # the report's own comparison value (its "cùng kỳ"), from a change
    per: str | None = None         # a per-unit amount: "suất" in 1.000.000đ/suất
    derived: list[Derivation] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    code: str = ""
    sentence: tuple = ()           # (paragraph key, sentence start): where it was stated
    when: str = ""                 # the part of the period its words put it in: "period" (the month), "running"
    month: str = ""                # the month a period cue named ("8"), for a month's row in a longer report
    running_of: "Row | None" = None  # the month's row this row is the running total of (its code then <code>-LK)
    said_by: str = ""              # the body its sentence names as its subject (``owners.named_subject``)
    plan_implied: bool = False     # ``plan`` is what a rate of it implies (the text gives no plan amount)
    rate_of: "Row | None" = None   # the row this row is the rate of a plan of (its code then <code>-2, -3 …)
    at: tuple = ()                 # (paragraph key, number's start, number's end) in the paragraph's text


@dataclass
class Standing:
    """A standing fact: a count that describes the agency or its area, true in every edition."""

    value: Decimal
    noun: str
    label: str
    quote: str
    section: str
    note: str = ""                # why it is standing, when a reader may want it as the period's row instead


@dataclass
class Reading:
    """What ``rows.read_figures`` found: rows in report order, standing facts, sections left out."""

    rows: list[Row]
    standing: list[Standing]
    skipped_sections: list[str] = field(default_factory=list)
    recurring: set = field(default_factory=set)   # (value, noun) a report states in several sections
    period_kind: str | None = None                # the report's own period kind ("half", "ytd", "year"…)
    period: object = None                         # the report's own period (``service.periods.Period``), when known
    context: set = field(default_factory=set)     # (value, head noun) of counts read as context (members named)
    tail_standing: bool = False                   # the last figure read (of the last paragraph with any) was standing
    list_open: bool = False                       # a list of standing facts goes on: a colon after them, or bullets
    bases: set = field(default_factory=set)       # the bases the report's changes are measured from ("thang truoc"…)
    written: int | None = None                    # the year the report (or its page) was written, when it says
    said: list = field(default_factory=list)      # the report's text read so far: title, preamble, headings, paragraphs


@dataclass
class Para:
    """One paragraph being read: its text, its figures, the rows they made, the section's rows so far."""

    text: str
    key: tuple
    section: Section | None
    figures: list[Mention]
    mentions: list[Mention]
    orgs: list[str | None]                                  # the subject organisation of each figure
    section_rows: list[Row]
    reading: Reading
    rows: dict[int, Row] = field(default_factory=dict)     # figure index → the row it made or belongs to
    verbs: dict[int, list[str]] = field(default_factory=dict)  # figure index → the verb phrase its label used
    standing_at: set = field(default_factory=set)          # figure indexes read as standing facts
    has_at: set = field(default_factory=set)               # figure indexes read as what the sentence's subject has
    after_change: dict = field(default_factory=dict)       # figure index → (quote, value) of the count before a change
    ranked_groups: set = field(default_factory=set)        # figure indexes of a group's size said with a rank (9/63)
    changes_ahead: dict = field(default_factory=dict)      # figure index → (quote, tăng/giảm, value, percent?) said before it
    more_ahead: dict = field(default_factory=dict)         # figure index → [(quote, tăng/giảm, value, percent?)] of a
                                                           # change and its percentage said before the level reached
    rates_ahead: dict = field(default_factory=dict)        # figure index of such a percentage → the level's index
    level_said_by: dict = field(default_factory=dict)      # the level's figure index → the change's (whose subject names it)
    breakdowns: set = field(default_factory=set)           # sentence starts of a standing stock's breakdown
    unstated_rates: set = field(default_factory=set)       # figure indexes of a rate restating a change no row holds

    def sentence_of(self, m: Mention) -> int:
        return P.sentence_start(self.text, m.num_start)

    def rows_before(self, i: int, same_sentence: bool = True) -> list[Row]:
        """Rows made by figures before ``i`` (in its sentence, or the whole paragraph), nearest first."""
        s = self.sentence_of(self.figures[i])
        out: list[Row] = []
        for k in range(i - 1, -1, -1):
            r = self.rows.get(k)
            if r is None or any(r is x for x in out):
                continue
            if same_sentence and r.sentence[1] != s:
                continue
            out.append(r)
        return out

    def quote(self, m: Mention) -> str:
        return P.quote(self.text, m)

    @property
    def section_title(self) -> str:
        return self.section.title if self.section else ""


def attach_last_period(p: Para, i: int, row: Row, m) -> bool:
    """``m`` is last period's value of ``row`` (``cao hơn mức 84,45% của năm 2019``, ``asides.level_of_earlier``;
    ``so với cùng kỳ năm 2019 (…)``, ``plans.past_value``): the row's base unless it has one, a derivation quoting it,
    and the figure claimed by the row — no row of its own."""
    if row.base is None:
        row.base = m.value
    row.derived.append(Derivation(p.quote(m), "số liệu cùng kỳ được nêu để so sánh", m.value))
    p.rows[i] = row
    return True
