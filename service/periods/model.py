"""A reporting period (:class:`Period`, its codes and wordings) and a period named in a text (:class:`Mention`);
where a period named in last edition's report goes in the new one (:func:`map_mention`), how a draft writes it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF = {v: k for k, v in _ROMAN.items()}
_WORD_NUM = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11}
KINDS = ("year", "half", "quarter", "ytd", "month", "term")
#: the longest span of years a period may be: a report reviews a term of office, a stage, or twenty or seventy-five
#: years of an institution ("Trong suốt 75 năm (1949-2024)", "thành lập ngày 9-1-1992 ... trong suốt 20 năm qua");
#: how long a span a wording may name in passing is the recognisers' business (``recognisers.LONGEST_TERM``)
LONGEST_SPAN = 100


@dataclass(frozen=True)
class Period:
    year: int
    kind: str       # one of KINDS
    index: int = 0  # half 1-2, quarter 1-4, month 1-12, ytd: months from January (3, 9, 10, 11),
    #                 term: its length in years (``year`` is the first year)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        limit = {"year": (0, 0), "half": (1, 2), "quarter": (1, 4), "month": (1, 12), "ytd": (1, 11),
                 "term": (1, LONGEST_SPAN)}[self.kind]
        if not limit[0] <= self.index <= limit[1]:
            raise ValueError(f"{self.kind} index {self.index} out of range")

    # -- names -----------------------------------------------------------------------
    @property
    def code(self) -> str:
        return {"year": f"{self.year}", "half": f"{self.year}-H{self.index}", "quarter": f"{self.year}-Q{self.index}",
                "month": f"{self.year}-{self.index:02d}", "ytd": f"{self.year}-{self.index}T",
                "term": f"{self.year}-{self.year + self.index}"}[self.kind]

    @property
    def text(self) -> str:
        """Vietnamese wording, as reports write it."""
        if self.kind == "year":
            return f"năm {self.year}"
        if self.kind == "half":
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind == "quarter":
            return f"quý {_ROMAN_OF[self.index]} năm {self.year}"
        if self.kind == "ytd":
            return f"{self.index} tháng đầu năm {self.year}"
        if self.kind == "term":
            return f"nhiệm kỳ {self.year} - {self.year + self.index}"
        return f"tháng {self.index} năm {self.year}"

    def __str__(self) -> str:
        return self.code

    # -- calendar --------------------------------------------------------------------
    @property
    def months(self) -> tuple[int, int]:
        """First and last month covered (1-12; a term: of its first and of its last year)."""
        if self.kind in ("year", "term"):
            return 1, 12
        if self.kind == "half":
            return (1, 6) if self.index == 1 else (7, 12)
        if self.kind == "quarter":
            return 3 * self.index - 2, 3 * self.index
        if self.kind == "ytd":
            return 1, self.index
        return self.index, self.index

    @property
    def step_months(self) -> int:
        """How far apart two consecutive editions of this kind are."""
        return {"half": 6, "quarter": 3, "month": 1}.get(self.kind, 12)

    def shift_years(self, n: int) -> "Period":
        return replace(self, year=self.year + n)

    def step(self, n: int) -> "Period":
        """``n`` editions of this kind later (earlier when negative): Q4/2023 + 1 = Q1/2024."""
        if self.kind == "term":
            return self.shift_years(n * self.index)
        per_year = 12 // self.step_months
        if per_year == 1:
            return self.shift_years(n)
        pos = self.year * per_year + (self.index - 1) + n
        return Period(pos // per_year, self.kind, pos % per_year + 1)

    def offset_to(self, other: "Period") -> int | None:
        """Editions from ``self`` to ``other`` when both are of one kind (and ytd of one length)."""
        if other.kind != self.kind or (self.kind in ("ytd", "term") and other.index != self.index):
            return None
        if self.kind == "term":
            diff = other.year - self.year
            return diff // self.index if diff % self.index == 0 else None
        per_year = 12 // self.step_months
        if per_year == 1:
            return other.year - self.year
        return (other.year - self.year) * per_year + other.index - self.index

    @property
    def cung_ky(self) -> "Period":
        """The same period a year earlier ("so với cùng kỳ")."""
        return self.shift_years(-1)

    def previous_edition(self) -> "Period":
        """The period a series' previous report covered, when its own report does not say."""
        return self.step(-1) if self.kind in ("quarter", "month", "term") else self.shift_years(-1)

    def sort_key(self) -> tuple[int, int, int]:
        first, last = self.months
        return self.year + (self.index if self.kind == "term" else 0), last, -first


_CODE = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|\d{1,2}T|\d{2}|\d{4}))?$")
_SPAN = re.compile(r"(?i)^(?:(?:giai\s+đoạn|nhiệm\s+kỳ|nhiệm\s+kì|thời\s+kỳ|từ)\s+)?(?:năm\s+)?((?:19|20)\d{2})\s*"
                   r"(?:[-–—]|đến(?:\s+năm)?)\s*((?:19|20)\d{2})$")


def parse_period(text: str) -> Period:
    """Parse a period code or Vietnamese wording; ``ValueError`` if it is neither."""
    t = unicodedata.normalize("NFC", str(text)).strip()
    m = _CODE.match(t.upper())
    if m:
        year, part = int(m.group(1)), m.group(2)
        if not part:
            return Period(year, "year")
        if part[0] == "H":
            return Period(year, "half", int(part[1]))
        if part[0] == "Q":
            return Period(year, "quarter", int(part[1]))
        if part.endswith("T"):
            return ytd(year, int(part[:-1]), text)
        if len(part) == 4:
            return Period(year, "term", int(part) - year)
        month = int(part)
        if 1 <= month <= 12:
            return Period(year, "month", month)
        raise ValueError(f"tháng không hợp lệ trong kỳ {text!r}")
    s = _SPAN.match(t)
    if s and 1 <= int(s.group(2)) - int(s.group(1)) <= 60:
        # "nhiệm kỳ 2001 - 2016", "giai đoạn 2000 - 2015" typed as the period: a span however long (a report read
        # from free text names a history, not its period, past ten years — not what a user who types it means)
        return Period(int(s.group(1)), "term", int(s.group(2)) - int(s.group(1)))
    from .report import find_period     # reading free words needs the recognisers, which build on this model
    p = find_period(t)
    if p is None:
        raise ValueError(f"không đọc được kỳ báo cáo {text!r} (cần dạng '6 tháng đầu năm 2024', 'quý II năm 2024', "
                         f"'9 tháng đầu năm 2024', 'năm 2024' hoặc mã '2024-H1', '2024-Q2', '2024-9T', '2024')")
    return p


def ytd(year: int, months: int, text: str = "") -> Period:
    """``N tháng (đầu) năm``: 1 is January, 3 the first quarter, 6 the first half, 12 the year, else a cumulative
    period of its own (``3 tháng đầu năm 2022`` and ``quý I/2022`` are one period, one report)."""
    if months == 1:
        return Period(year, "month", 1)
    if months == 3:
        return Period(year, "quarter", 1)
    if months == 6:
        return Period(year, "half", 1)
    if months == 12:
        return Period(year, "year")
    if not 1 <= months <= 11:
        raise ValueError(f"{months} tháng không phải một kỳ báo cáo {text!r}".rstrip(" ''"))
    return Period(year, "ytd", months)


# -- mentions in free text -----------------------------------------------------------------

@dataclass
class Mention:
    """One period named in a text: where, what, and which characters say its index and year."""

    period: Period | None   # None only while a date blocks the mentions inside it
    start: int
    end: int
    recogniser: str
    index_span: tuple[int, int] | None = None
    year_span: tuple[int, int] | None = None
    year_stated: bool = True     # False: the year was borrowed from elsewhere in the text
    plan: bool = False           # "phương hướng, nhiệm vụ 6 tháng cuối năm": the next period, not the one reported
    comparison: bool = False     # "so với cùng kỳ năm 2022": the period compared with, not the one reported
    explicit_year: bool = False  # "cả năm 2019", "tổng kết năm 2019": a year report, not a year in passing
    weak: bool = False           # "Trong 9 tháng,": a length, the period when no other period is named
    review: bool = False         # "sơ kết ... 6 tháng đầu năm", "kết quả ... năm 2019": named as the period reviewed
    target: bool = False         # "phấn đấu đến năm 2025": a target's horizon, no edition's plan, never the period
    passing: bool = False        # "vào tháng 7", "phiên họp thường kỳ tháng 6": a month named in passing, below a year
    meeting: bool = False        # "phiên họp thường kỳ tháng 6": the month a meeting is held in
    elected: bool = False        # the term a congress opens, on a page that reports its elections and nothing done
    same_period: bool = False    # "so với cùng kỳ năm 2014": the same part of another year (of a kind the text omits)
    event: bool = False          # "các kỳ thi Olympic quốc tế năm 2025": the edition of an event, no period reported
    term_of: bool = False        # "sơ kết học kỳ I năm học 2022-2023": the school year of a term reviewed
    aside: bool = False          # a year in passing on a page that reports a week or some days (see _headed_by_days)
    headline: bool = False       # named in the text's headline (a first line of its own: see _headline_end)
    running: bool = False        # "Lũy kế 9 tháng đầu năm 2016": written as a running total (see at_quarter_end)
    balance: bool = False        # "đến cuối tháng 7, tổng dư nợ này giảm còn 52.798 tỷ đồng": a stock's value at a
    #                              month's end (see .later_balance)
    year_end: bool = False       # "Đến hết năm 2008 toàn tỉnh đã trồng được 66,9 ngàn ha": a stock counted to a
    #                              year's end (see .year_end_stock)
    part_of: Period | None = None  # "Riêng tháng 7-2020, xảy ra 707 vụ": a month singled out, its words and figures
    #                                the month's, of the months so far through it, the period reported (see choose)
    valued: bool = False         # a comparison told with its own value: "(năm 2011 là 60 giải)", "năm 2023 là 131",
    #                              "cao hơn hẳn 7 tháng đầu năm 2020 với 53": never the period reported, but the numbers
    #                              after it are that period's (see .compared_years; the checker's spans read them)

    @property
    def specific(self) -> bool:
        return self.period.kind not in ("year", "term") or self.explicit_year

    @property
    def reported(self) -> bool:
        """Could be the period the text reports on (not a plan, a target or a comparison)."""
        return not (self.plan or self.comparison or self.target or self.event or self.term_of or self.aside)

    def rewrite(self, text: str, new: Period) -> str:
        """This mention's characters in ``text`` naming ``new`` instead, in the same notation."""
        s = text[self.start:self.end]
        if self.recogniser in ("past-year", "this-month", "damage"):
            return s                      # "năm qua", "tháng này", "thiệt hại do bão" stay whatever period it is
        if self.recogniser == "month-ytd" and new.kind == "month":   # "tháng 5 và 5 tháng năm 2017": both fives
            nums = iter([str(new.index), str(new.index), str(new.year)])
            return re.sub(r"\d+", lambda _m: next(nums, _m.group(0)), s, count=3)
        if self.recogniser in ("season", "crop-year") and new.kind == "year" or self.recogniser == "month-range" and (
                new.kind, new.index) == (self.period.kind, self.period.index):   # both years of "vụ Đông Xuân 2020-2021"
            return re.sub(r"(?:19|20)\d{2}|(?<=[-–/])\d{2}(?!\d)", lambda _m: str(
                int(_m.group(0)) + new.year - self.period.year).zfill(2)[-len(_m.group(0)):], s)   # "2020/21" too
        if self.period.kind == "term" and new.kind == "term":    # both years of "nhiệm kỳ 2022–2023"
            years = iter([str(new.year), str(new.year + new.index)])
            return re.sub(r"(?:19|20)\d{2}", lambda _m: next(years, _m.group(0)), s, count=2)
        if new.kind != self.period.kind or (new.index != self.period.index and not self.index_span):
            return new.text
        pieces = []
        if self.index_span and new.index != self.period.index:
            a, b = self.index_span
            pieces.append((a, b, _index_like(text[a:b], new)))
        if self.year_span and new.year != self.period.year:
            a, b = self.year_span
            pieces.append((a, b, str(new.year)))
        for a, b, rep in sorted(pieces, reverse=True):
            s = s[:a - self.start] + rep + s[b - self.start:]
        return s


def _index_like(old: str, new: Period) -> str:
    """The new index written like the old one: ``II`` → ``III``, ``2`` → ``3``, ``07`` → ``08``, ``đầu`` → ``cuối``."""
    if new.kind == "half":
        word = "đầu" if new.index == 1 else "cuối"
        return word.upper() if old.isupper() else (word.capitalize() if old[:1].isupper() else word)
    if new.kind == "quarter" and old.upper() in _ROMAN:
        r = _ROMAN_OF[new.index]
        return r if old.isupper() else r.lower()
    if old.isdigit() and len(old) == 2 and old.startswith("0"):
        return f"{new.index:02d}"
    return str(new.index)



def map_mention(period: Period, old: Period, new: Period) -> Period:
    """Where a period named in ``old``'s report goes in ``new``'s.

    Same kind as the report: the same number of editions away (the current
    period becomes the new one, "quý II" named in a Q1 report as the next
    quarter becomes the quarter after the new one).  Any other kind moves by
    the whole years between the two reports.  The months so far to the report's end ("Trong tháng 10, ... Lũy kế
    10 tháng" in a monthly report, "9 tháng" in a third quarter's) run to the new report's end ("Lũy kế 11 tháng").
    """
    k = old.offset_to(period)
    if k is not None:
        return new.step(k)
    if old.kind in ("month", "quarter") and period.kind != old.kind and period.year == old.year \
            and period.months == (1, old.months[1]) and period.kind != "year":
        return ytd(new.year, new.months[1])
    return period.shift_years(new.year - old.year)


# -- how a report writes its period ---------------------------------------------------------

def wording(text: str, period: Period) -> str:
    """How a draft writes ``period``: the spec's own words when they are words naming it (``sáu tháng đầu
    năm 2024``, ``quý II/2024``: the report's notation kept), the standard wording for a code (``2024-H1``)."""
    t = " ".join(unicodedata.normalize("NFC", str(text or "")).split())
    if not t or _CODE.match(t.upper()):
        return period.text
    try:
        return t if parse_period(t) == period else period.text
    except ValueError:
        return period.text
