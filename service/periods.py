"""Reporting periods: ``6 tháng đầu năm 2024`` ↔ ``2024-H1``, and every other kind a series uses.

Codes (what the index, the figures store and the spec's ``period`` accept):

=============  ===========  ==============================================================
kind           code         wording read (any case, NFC or NFD), with its recogniser
=============  ===========  ==============================================================
``year``       ``2019``     ``năm 2019``, ``cả năm 2019``, ``tổng kết năm 2019`` (year);
                            ``Năm qua`` (past-year); ``vụ Đông Xuân 2018-2019`` (season: the year of the harvest);
                            ``Niên vụ 2022/2023`` (crop-year: the year it ends in, in passing unless nothing else)
``half``       ``2019-H1``  ``6 tháng đầu năm 2019``, ``sáu tháng đầu năm``, ``6 tháng năm 2019`` (half)
               ``2019-H2``  ``6 tháng cuối năm 2019``
``quarter``    ``2017-Q2``  ``quý II/2017``, ``quý II năm 2017``, ``Quý 2/2017`` (quarter), ``Q2/2017``
                            (quarter-code); ``3 tháng đầu năm 2017`` is ``2017-Q1``
``ytd``        ``2019-9T``  ``9 tháng đầu năm 2019``, ``9 tháng (của) năm 2019`` (months-to-date);
                            ``tính đến cuối tháng 9 năm 2019`` (to-date); ``Tính đến hết tháng 9,``
                            (to-month); ``từ đầu năm đến 9-2019`` (year-so-far); ``từ đầu năm đến nay``
                            (so-far: to the month before the text's date, the year in December);
                            ``lũy kế 9 tháng`` (cumulative); ``từ tháng 1 đến tháng 9 năm 2019`` (month-range;
                            ``từ tháng 4 đến tháng 6/2023`` is ``2023-Q2``); ``từ 15/12/2022 tới 14/9/2023``, ``từ ngày
                            1/3 đến ngày 31/3/2022`` (date-range; across calendar years an agency's months,
                            named by the year they end in: ``từ ngày 01/12/2021 đến ngày 31/5/2022`` is
                            ``2022-H1``, ``01/10/2021 đến 30/9/2022`` the year 2022); ``ước tính đến ngày
                            30-9`` (to-day: the last day of a month); ``Trong 09 tháng,`` (length).  Months
                            counted from January:
                            1 is January, 3 ``Q1``, 6 ``H1``, 12 the year
``month``      ``2023-07``  ``tháng 7/2023``, ``tháng 7 năm 2023``, ``tháng 7.2023`` (month), ``tháng 5 và 5
                            tháng năm 2017`` (month-ytd), ``trong tháng Bảy``, ``tháng Giêng năm 2023``
                            (month-word; never a date ``ngày 05 tháng 7 năm 2023``, ``ngày 27 tháng Bảy``);
                            ``Trong tháng 10,``, ``tháng 7 vừa qua`` (month-bare, its year borrowed; a bare
                            month elsewhere, and a meeting's ``thường kỳ tháng 6``, is named in passing);
                            a month reported before the year so far to it (``Lũy kế 10 tháng``) is the period
``term``       ``2022-2023``  ``nhiệm kỳ 2022–2023``, ``giữa nhiệm kỳ 2015 - 2020`` (term: a term of office);
                            ``trong nhiệm kỳ qua`` (past-term: the term before the one a congress opens);
                            ``5 năm qua``, ``Trong ba năm qua`` at a congress (past-years: the years up to it);
                            ``Năm học 2018-2019,`` (school-year: a term of one year); ``Từ năm 2015-2020,``
                            (years: a closed span, the period only when nothing else is named)
=============  ===========  ==============================================================

``T`` is *tháng*: ``2019-9T`` reads "9 tháng 2019", the cumulative report from
January to September, a kind of its own (not ``Q3``).

A period named without its year borrows one from the text ("6 tháng đầu năm ...
so với cùng kỳ năm 2020" is 2021; "tháng Bảy ... so với tháng 6/2024" is 2024),
else from the report's date.  Not the period a text reports on: plans ("phương
hướng, nhiệm vụ 6 tháng cuối năm", "đề ra 11 nội dung thực hiện trong quý II"),
the term a congress opens ("Đại hội ... lần thứ X, nhiệm kỳ 2024 - 2029": its write-up
reviews the term before), targets ("phấn đấu đến năm 2025", "đến năm 2020" after
the text's date: never the period, nor a plan's edition), comparisons ("so với
cùng kỳ năm 2022", "so với cuối năm 2017", "so với các dự báo đưa ra trong quý III/2022") and baselines
("giảm từ 32,9% năm 2005 xuống còn 8,9%"), years of the term a congress opens reached "by" ("16 chỉ tiêu nhiệm kỳ
2020-2025 ... đến năm 2025 đạt"), dates and spans of years ("giai đoạn 2016 - 2021", "từ năm 2021 đến nay"), some
days ("9 ngày nghỉ Tết Ất Tỵ năm 2025", "15 ngày đầu tháng 8/2023"), a school term ("sơ kết học kỳ I năm học
2022-2023": its school year is then not reported either), a time within a month ("trong cuối tháng 6") and a month
naming an event ("Cách mạng tháng Tám").

Each wording is a small named recogniser (:data:`RECOGNISERS`) returning
:class:`Mention`\\ s with the spans of their index and year, so a text can be
moved to another period in its own notation (``quý II/2017`` → ``quý III/2017``,
``Q2/2017`` → ``Q3/2017``) by :func:`map_mention` / :meth:`Mention.rewrite`.

Two neighbours of a period matter to drafting and are different things:
:meth:`Period.cung_ky` is the same period a year earlier (what "so với cùng kỳ"
compares with); :meth:`Period.previous_edition` is the period the series'
previous report covered when nothing says otherwise (last quarter for a
quarterly or monthly series, last year's same period for half-year, 9-month
and yearly series).  A prior report's own parsed period always wins over it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF = {v: k for k, v in _ROMAN.items()}
_WORD_NUM = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11}
KINDS = ("year", "half", "quarter", "ytd", "month", "term")


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
                 "term": (1, 10)}[self.kind]
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


_YEAR = r"((?:19|20)\d{2})(?!\d)"
_SEP = r"\s*(?:/|-|–|năm)\s*"
_MONTHS = r"(\d{1,2}|ba|sáu|chín|mười một|mười)"
_DMY = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})"
_DMY_OPEN = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*((?:19|20)\d{2}))?"   # its year may be the next date's
#: "phương hướng, nhiệm vụ ...", "và kế hoạch ...", "đề ra 11 nội dung thực hiện trong quý II", "triển khai thực hiện
#: nhiệm vụ năm 2020", "và công tác trọng tâm tháng 8", "phát động phong trào ... năm 2019", "Hội nghị triển khai công
#: tác năm 2022" (the work named right before the period), "hội nghị triển khai công tác văn hóa, thể thao và du lịch năm
#: 2019" (a conference setting a field's work): the next period's plan
#: (not "các chỉ tiêu đề ra trong 6 tháng": what was set for the period reported; nor "kết quả triển khai nhiệm vụ")
_PLAN = re.compile(r"(phương\s+hướng|dự\s+kiến|đề\s+ra\s+(?:\d+|các|những|một\s+số)\s|(?<!được\s)\bphát\s+động\s"
                   r"|(?:,|\bvà|(?<!quả\s)(?<!giá\s)triển\s+khai(?:\s+thực\s+hiện)?)\s*(?:các\s+|một\s+số\s+)?"
                   r"(?:nhiệm\s+vụ|kế\s+hoạch|công\s+tác\s+trọng\s+tâm)"
                   r"|(?<!quả\s)(?<!giá\s)\btriển\s+khai\s+(?:thực\s+hiện\s+)?công\s+tác\s*$"
                   # "hội nghị triển khai công tác văn hóa, thể thao và du lịch năm 2019": the work of a field named
                   # between them (not "đã triển khai công tác ... năm 2021": work done)
                   r"|\bhội\s+nghị\s+triển\s+khai\s+(?:thực\s+hiện\s+)?công\s+tác\s+[^\d.;:()\n]{1,60}?$)"
                   r"(?:(?!kết\s+quả|báo\s+cáo|kiểm\s+điểm)[^.;:()\n]){0,70}$", re.I)
#: "tổng kết ... nhiệm kỳ", "Báo cáo kiểm điểm của BCH Hội nhiệm kì 2016 - 2021": the period under review
_TERM_REVIEW = re.compile(r"(tổng\s+kết|sơ\s+kết|giữa|đánh\s+giá|kết\s+quả|kiểm\s+điểm)[^.;:()\n]{0,70}$", re.I)
#: "Tết Nguyên đán Nhâm Dần ", "nghỉ Tết Nguyên đán Giáp Thìn ", "lễ Quốc khánh ": a holiday named before its year
_HOLIDAY = r"(?:nghỉ\s+)?(?:lễ|tết)\b[^\d.,;:()\n]{0,40}?"
_COMPARISON = re.compile(r"(?:\bso\s+(?:với\s+)?(?:cùng\s+(?:kỳ\s+)?|(?:cuối|đầu)\s+)?|\bcùng\s+kỳ\s+"
                         # "So với cùng kỳ Tết Nguyên đán Nhâm Dần năm 2022": the same days of last year's holiday
                         r"|\bcùng\s+kỳ\s+" + _HOLIDAY + r"\s"
                         # "so với các dự báo đưa ra trong quý III/2022": what was forecast or said then, compared with
                         r"|\bso\s+với\s+(?:các\s+|những\s+)?(?:dự\s+báo|ước\s+tính|nhận\s+định)\b[^.,;:()\n]{0,30}?"
                         r"\s(?:trong|vào|hồi)\s+"
                         # "nếu so với tỷ lệ 43,3% của 4 tháng đầu năm 2017", "so với mức tăng 0,55% của tháng 8": a
                         # figure of the period compared with (not "đạt 102% so với kế hoạch của năm 2023": its plan)
                         r"|\bso\s+với\s+(?:(?:tỷ\s+lệ|tỉ\s+lệ|mức|con\s+số|số\s+liệu)\b|\d)(?:[^.;:()\n,]|,(?=\d)){0,30}?"
                         r"\s(?:của|trong)\s+"
                         # "lượng khách bằng 79% tháng 7/2019", "bằng 124,8% so với": a share of another period's
                         r"|\bbằng\s+\d+(?:,\d+)?\s*%\s+(?:của\s+)?"
                         # "CPI tăng 3,22% so với bình quân 11 tháng năm 2022": another period's average
                         r"|\bso\s+với\s+bình\s+quân\s+(?:cùng\s+kỳ\s+)?"
                         # "thấp hơn 15-17km so với mức sâu nhất năm 2016": the level another period reached
                         r"|\bso\s+với\s+mức\s+(?:[^\W\d]+\s+){1,4}"
                         # "So với kỳ thi học sinh giỏi quốc gia THPT năm học 2018 – 2019", "so với kỳ báo cáo tháng 10":
                         # another edition of an exam, a meeting, a report
                         r"|\bso\s+với\s+(?:các\s+|những\s+)?kỳ\s+(?!trước\b)[^\W\d][^.;:()\n,\d]{0,50}?\s"
                         r")$", re.I)
#: "phấn đấu đến năm 2025", "Kế hoạch Xoá mù chữ đến năm 2020": a target's horizon; "sẽ dứt điểm trong tháng 10/2022":
#: the time of something still to be done (the future "sẽ"), no edition's plan either
_TARGET = re.compile(r"(?:phấn\s+đấu|mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)[^.;:\n]{0,60}?(?:đến|vào|tới)\s+(?:cuối\s+)?$"

                     r"|\bsẽ\s[^.;:\n]{0,60}?(?:trong|vào|đến|tới)\s+(?:cuối\s+|đầu\s+)?$"
                     # "VICOFA dự báo, niên vụ cà phê 2023/2024 sẽ thu hoạch muộn hơn": a forecast's period
                     r"|(?<!các\s)(?<!những\s)\bdự\s+báo\s*,?\s*(?:[^\W\d]+\s+){0,3}$"
                     # "để tăng tốc về đích sớm trong quý IV/2023", "về đích nông thôn mới năm 2025": the finish aimed at
                     # (not "đã về đích": reached)
                     r"|(?<!đã\s)(?<!được\s)\bvề\s+đích\b[^.;:\n]{0,40}?(?:\s(?:trong|vào|đến|tới)(?:\s+(?:cuối|đầu))?)?\s*$"
                     # "Từ nay đến tháng 3, tháng 4-2020, xâm nhập mặn sẽ tiếp tục gia tăng": from now until, ahead
                     r"|\btừ\s+nay\s+(?:đến|tới)\s+[^.;:\n]{0,30}?$",
                     re.I)
#: "đạt 91,8% vào năm 2015, đến năm 2020 là 94%": a year after the page's own date, reached "by", is a target
_BY = re.compile(r"\b(?:đến|vào|tới)\s+(?:cuối\s+)?$", re.I)
#: "Đại hội ... lần thứ X, nhiệm kỳ 2023 - 2028", "Đại hội đã bầu Ban Chấp hành nhiệm kỳ ...": the term a congress
#: opens (not "thực hiện Nghị quyết Đại hội ... nhiệm kỳ ...", the term it set, under way); "bầu trực tiếp Bí thư ...,
#: nhiệm kỳ 2017 – 2022", "tái đắc cử Bí thư Thứ nhất ... nhiệm kỳ 2017-2022": an election is for the term to come
_CONGRESS = re.compile(r"(?:(?<!quyết\s)\bđại\s+hội|\bbầu|\b(?:tái\s+đắc|tái|đắc|ứng)\s+cử)\b(?:(?!tổng\s+kết|sơ\s+kết|đánh\s+giá|kết\s+quả)[^.;:\n]){0,90}$",
                       re.I)
#: "giảm từ 32,9% năm 2005 xuống còn 8,9%", "từ chỗ ... chỉ đạt 2 tiêu chí năm 2010, đến nay", "từ 27,% năm 2010 đã
#: giảm xuống còn dưới 11,5%": the year a change starts
#: from (a baseline, compared with), read with the words after it (``_FROM_TO``)
_FROM = re.compile(r"\btừ\s+(?:chỗ\s+)?(?:[^\s.;:]+\s+){1,10}$", re.I)
_FROM_TO = re.compile(r"\s*,?\s*(?:(?:đã\s+)?(?:giảm|tăng)\s+)?(?:đến|tới|xuống|lên)\b", re.I)
#: "Nhiệm kỳ 2016 - 2021, Hội LHPN tỉnh Tuyên Quang phấn đấu ...", "Nhiệm kỳ 2022 – 2027, Hội CCB huyện đề ra các chỉ
#: tiêu ...", "Năm 2025, ngành Du lịch đặt mục tiêu ...": a period its own clause strives for is a target's horizon
#: (not "sự nỗ lực, phấn đấu của đội ngũ cán bộ": the striving of someone, a noun)
_STRIVES = re.compile(r"[^.;:!?\n]{0,70}?\b(?:phấn\s+đấu(?!\s+của\b)|đặt\s+(?:ra\s+)?mục\s+tiêu|đề\s+ra\s+(?:các\s+|những\s+)?"
                      r"(?:\d+\s+)?(?:chỉ\s+tiêu|mục\s+tiêu))", re.I)
#: "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025", "mục tiêu của nhiệm kỳ ...": the term a set of targets is for
_AIMS = re.compile(r"\b(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+chủ\s+yếu)?\s+(?:(?:trong|của|cho)\s+)?(?:cả\s+)?$", re.I)
#: "đã lãnh đạo hoàn thành thắng lợi các chỉ tiêu ... trong nhiệm kỳ 2010 – 2015": a term whose targets were met
_TERM_DONE = re.compile(r"(?<!phấn\sđấu\s)\bhoàn\s+thành\b[^.;:()\n]{0,90}$", re.I)
#: "các kỳ thi Olympic quốc tế năm 2025", "Tháng Thanh niên năm 2022", "Lễ hội ... năm 2023": a year naming an event's
#: edition (an exam, a contest, a campaign, a festival, a month or week of action) is no year reported (but "ngày hội
#: hiến máu đợt 3 năm 2022" is the third round of the year's: its year is the series')
_EVENT = re.compile(r"\b(?:kỳ\s+thi|cuộc\s+thi|hội\s+thi|hội\s+thao|hội\s+diễn|chiến\s+dịch|festival|lễ\s+hội|"
                    r"tuần\s+lễ|ngày\s+hội|liên\s+hoan|tháng\s+(?:thanh\s+niên|hành\s+động|công\s+nhân))"
                    r"\b[^.;:,()\n]{0,50}$", re.I)
#: "phiên họp thường kỳ tháng 6 năm 2018", "phiên họp thường kỳ UBND tỉnh tháng 9 năm 2024", "lễ chào cờ - giao ban
#: tháng 7 năm 2022", "Hội nghị giao ban định kỳ tháng 1-2026": the month a meeting is held in, named in passing (a
#: briefing held on 1 July reviews June)
_MEETING = re.compile(r"\b(?:thường\s+kỳ|giao\s+ban(?:\s+định\s+kỳ)?)\s+"
                      r"(?:(?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban)\b[^.;:,\n]{0,25}?\s)?$", re.I)
#: "Trong tháng 10, ...": a month opening its clause, the month reported (not "Riêng trong tháng 9"); a list's bullet
#: may stand before it ("❖ Trong tháng 1, giá cà phê ...")
_IN_MONTH = re.compile(r"(?:^|[.!?;:,…\n])\s*(?:[❖•●○■□▪◆◇►▶✓✔*+\-–]\s*)?trong\s+$", re.I)
#: "tổng kết phong trào ... lần thứ V giai đoạn 2016 – 2021": a span of years under review is the period (a span named
#: otherwise, "Chương trình ... giai đoạn 2016-2020", is none; nor one a review is still to come: "chuẩn bị cho tổng kết",
#: "tiến tới tổng kết")
_SPAN_REVIEW = re.compile(r"(?<!bị\s)(?<!cho\s)(?<!tới\s)\b(?:tổng|sơ)\s+kết\b[^.;:\n]{0,110}$", re.I)
#: "Kế hoạch số 1130/KH-TTCP ngày 10/5/2012": a document's number before its date (the document's day, not the text's)
_DOC_NUMBER = re.compile(r"\d+\s*/\s*\d{0,4}\s*/?\s*[A-ZĐ][\w\-]*\s+ngày\s*$")
#: "vào cuối tháng 6", "trong đầu tháng 7": a time within a month (not "đến cuối tháng 6": through its end)
_AT_TIME = re.compile(r"\b(?:trong|vào)\s+(?:đầu|giữa|cuối)\s+$", re.I)
#: "Lễ sơ kết học kì I", "Kết thúc học kỳ I": a school term reviewed
_TERM_REVIEWED = re.compile(r"(?:sơ\s+kết|tổng\s+kết|kết\s+thúc|kết\s+quả|đánh\s+giá)[^.;:\n]{0,40}$", re.I)
#: "Riêng trong năm học 2016-2017": a part of the years a text reviews
_PART = re.compile(r"\briêng\s+(?:trong\s+)?$", re.I)


def _half(m: re.Match) -> Period:
    return Period(int(m.group(3)) if m.group(3) else 0, "half", 1 if m.group(2).lower() == "đầu" else 2)


def _range_to_month(m: re.Match) -> Period:
    """``từ 25/11/2022 đến hết tháng 3/2023``: a range from a date through a month's end, as ``_range`` reads it (a
    range from a day past the 1st is some days', no period; ``từ 01/10/2022 đến hết tháng 9/2023`` an agency's year)."""
    d1, m1, y1, m2, y2 = (int(g) if g else 0 for g in m.groups())
    return _range_of(d1, m1, y1, _month_end(y2, m2) if 1 <= m2 <= 12 else 0, m2, y2)


def _range(m: re.Match) -> Period:
    """``từ 15/12/2022 tới 14/10/2023``: the months it covers (a month counts from its 15th, as statistics do);
    ``từ ngày 1/3 đến ngày 31/3/2022``: the first date's year is the last one's (the year before, if its month is later).
    Its two ends keep one convention: a range from a day past the 1st ends the day before it (``21/7 đến 20/8``), else
    it is some days' (a Tết campaign's ``từ ngày 15/12/2023 đến 29/02/2024``), no period.  Across calendar years, whole
    months are an agency's working months named by the year they end in (``từ ngày 01/12/2021 đến ngày 31/5/2022``: the
    procuracy's first half of 2022; ``01/10/2021 đến 30/9/2022``: the courts' year 2022; ``1/12/2019 đến 29/2/2020``: Q1)."""
    return _range_of(*(int(g) if g else 0 for g in m.groups()))


def _range_of(d1: int, m1: int, y1: int, d2: int, m2: int, y2: int) -> Period:
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        raise ValueError("no month")
    if d1 > 1 and d2 not in (d1 - 1, d1):
        raise ValueError("a range of days, not of months")
    y1 = y1 or (y2 if m1 <= m2 else y2 - 1)
    first = (y1, m1) if d1 < 15 else ((y1, m1 + 1) if m1 < 12 else (y1 + 1, 1))
    last = (y2, m2) if d2 >= 14 else ((y2, m2 - 1) if m2 > 1 else (y2 - 1, 12))
    if first[0] != last[0]:
        months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
        if first[0] + 1 != last[0] or not 1 <= months <= 12 or d1 != 1 or d2 != _month_end(last[0], m2) \
                or first[1] < 10:   # an agency's year opens in its last quarter (a school year, July to June, is none)
            raise ValueError("range across years")
        return ytd(last[0], months)
    if first[1] > last[1]:
        raise ValueError("an empty range")
    year, a, b = last[0], first[1], last[1]
    if a == 1:
        return ytd(year, b)
    if a == b:
        return Period(year, "month", a)
    if b - a == 2 and a % 3 == 1:
        return Period(year, "quarter", (a + 2) // 3)
    if (a, b) == (7, 12):
        return Period(year, "half", 2)
    raise ValueError("not a period of a kind")


def _month_range(m1: int, y1: int, m2: int, y2: int) -> Period | None:
    """Whole months from ``m1/y1`` through ``m2/y2``: the year so far, a quarter or a second half, else none.  Across
    years, as ``_range`` reads dates: months from an agency's year's start in the last quarter (``từ tháng 10/2022 đến
    tháng 9/2023``: a fund's year, 2023), or whole calendar years (``từ tháng 01/2014 đến tháng 12/2023``: ten years,
    a span reviewed; never more than ten)."""
    if y1 != y2 and 1 <= m1 <= 12 and 1 <= m2 <= 12:
        months = (y2 - y1) * 12 + m2 - m1 + 1
        if y2 == y1 + 1 and m1 >= 10 and months <= 12:
            return ytd(y2, months)
        if (m1, m2) == (1, 12) and 1 <= y2 - y1 <= 10:
            return Period(y1, "term", y2 - y1)
        return None
    if y1 != y2 or not 1 <= m1 <= m2 <= 12:
        return None
    if m1 == 1:
        return ytd(y2, m2)
    if m2 == m1 + 2 and m1 % 3 == 1:
        return Period(y2, "quarter", m2 // 3)
    return Period(y2, "half", 2) if (m1, m2) == (7, 12) else None


def _miscounted(t: str, m: re.Match) -> bool:
    """"ước tính số lượng án trong 10 tháng (từ tháng 10/2019 đến hết tháng 9/2020)": months glossing a count of
    months that is not theirs, no period the text makes sure of (it only blocks)."""
    count = re.search(r"\b(\d{1,2})\s+tháng\s*\(\s*$", t[max(0, m.start() - 20):m.start()], re.I)
    if not count:
        return False
    m1, m2, y2 = int(m.group(1)), int(m.group(3)), int(m.group(4))
    y1 = int(m.group(2) or y2)
    return int(count.group(1)) != (y2 - y1) * 12 + m2 - m1 + 1


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year or 2001, month)[1]


def _to_month(year: int, edge: str | None, month: str) -> Period:
    """Through a month ("đến hết tháng 6"), or up to its start ("đến đầu tháng 7": through June)."""
    n = int(month) - (1 if edge and edge.strip().lower() == "đầu" else 0)
    if n < 1:
        raise ValueError("nothing of the year is over")
    return ytd(year, n)


def _headline_cutoff(m: re.Match) -> bool:
    """"CẬP NHẬT TÌNH HÌNH DỊCH COVID – 19 (Tính đến 19h ngày 14/7/2021)": a count's day in brackets closing its line, a
    headline's cut-off (not "Thu ngân sách (tính đến ngày 13/7) được ...", inside a figure's clause)."""
    return bool(re.search(r"\(\s*$", m.string[max(0, m.start() - 3):m.start()])
                and re.match(r"\s*\)[^\S\n]*(?:\n|$)", m.string[m.end():]))


def _to_day(m: re.Match) -> Period:
    """Through the last day of a month: the year so far to that month.  To any other day, set off as its clause's time
    ("Đến hết ngày 8/7/2025, đã có 18/34 địa phương hoàn thành ...", "Theo thống kê ..., tính đến sáng nay 19-8, mưa
    lũ đã ..."): a running total or a count to that day, of the month it is in (in passing: below any period the text
    names, see ``find_mentions``); inside a clause ("Thu ngân sách ước thực hiện đến ngày 13/7 được trên 29 tỷ đồng"):
    a figure's own cut-off in a report of some other period, no period."""
    day, month = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else 0
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2004, month)[1]:
        raise ValueError("no day of a month")
    if day == calendar.monthrange(year or 2001, month)[1] or (month == 2 and day == 29):
        return ytd(year, month)
    if not (re.search(r"(?:^|[.,;:!?…\n])\s*$", m.string[max(0, m.start() - 5):m.start()])
            and re.match(r"\s*,", m.string[m.end():])) and not _headline_cutoff(m):
        raise ValueError("a figure's cut-off day, no period")
    return Period(year, "month", month)


def _striven_in(before: str, words: str) -> bool:
    """"Phấn đấu trong năm 2024, toàn tỉnh đón ...": the period a target is striven in (not "phấn đấu năm 2023 tiếp tục
    củng cố ...", written in that year: what it keeps doing)."""
    return bool(re.search(r"\bphấn\s+đấu\s+(?:trong\s+)?$", before, re.I) and
                (re.match(r"trong\s", words, re.I) or re.search(r"\btrong\s+$", before, re.I)))


#: a rice season's name ("Đông Xuân", "hè thu", "thu đông", "mùa", "chiêm") and the year it may carry after it
_SEASON = r"(?:Đông[\s-]*Xuân|Hè[\s-]*Thu|Thu[\s-]*Đông|mùa|chiêm)"
_SEASON_YEAR = r"(?:năm\s+)?(?:(?:19|20)\d{2}\s*[-–/]\s*)?(?:19|20)\d{2}(?!\d)"


def _crop_year(m: re.Match) -> Period:
    """"niên vụ 2022/2023", "Niên vụ mía đường 2020/21": a crop year, of the year it ends in (two digits: the next)."""
    if m.group(2):
        return Period(int(m.group(2)), "year")
    first = int(m.group(1))
    if (first + 1) % 100 != int(m.group(3)):
        raise ValueError("a crop year is two consecutive years")
    return Period(first + 1, "year")


def _season_years(m: re.Match) -> Period:
    """"năm 2019-2020": one season across two consecutive years, of the year it ends in."""
    first, last = int(m.group(1)), int(m.group(2))
    if last != first + 1:
        raise ValueError("a season across two years is two consecutive years")
    return Period(last, "year")


#: "vụ ép mía 2022-2023", "vụ lúa Đông Xuân 2022 – 2023", "niên vụ 2022/2023": a crop's season across two years
_CROP_SEASON = re.compile(r"\b(?:vụ|lúa)\s+(?:[^\W\d]+\s+){0,3}?(?:năm\s+)?((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})",
                          re.I)


#: where a sentence ends: a stop before a space, or a line's end (not the thousands' dot of "94.000/318.000 ha")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


def _times_crop_work(t: str, men: "Mention", kept: list["Mention"]) -> bool:
    """"Niên vụ mía 2022-2023 đã kết thúc ... Trong tháng 6/2023, ngành đường nước ta đã hoàn thành vụ ép mía 2022-2023":
    a month whose own sentence names the crop season the text is about (named before it) is when that season's work was
    done, in passing: the season is reported (not a monthly release naming a season first in that month's sentence)."""
    end = re.search(r"[.!?;\n]", t[men.end:])
    season = _CROP_SEASON.search(t[men.end:men.end + (end.start() if end else len(t) - men.end)])
    before = men.start
    if not season:     # "Nông dân ... thu hoạch lúa đông xuân 2019-2020 ... xuống giống lúa đông xuân 2019-2020 muộn
        #                (trong tháng 12-2019)": the season before it in its sentence, the text's season from earlier on
        before = max((m.end() for m in _SENTENCE_END.finditer(t, 0, men.start)), default=0)
        season = ([None] + list(_CROP_SEASON.finditer(t, before, men.start)))[-1]
    if not season:
        return False
    years = (int(season.group(1)), int(season.group(2)))
    return years[1] == years[0] + 1 and any(
        k.start < before and k.recogniser in ("crop-year", "season") and
        tuple(int(y) for y in re.findall(r"(?:19|20)\d{2}", t[k.start:k.end])[-2:]) == years for k in kept)


#: "lũy kế từ đầu năm đạt 60,2 tỷ đồng": the year so far written as a figure of its own, beside the month's
_RUNNING_APART = re.compile(r"\bl(?:ũy|uỹ)\s+kế\s+từ\s+đầu\s+năm\b(?!\s*(?:\d|đến|tới))", re.I)


def _stock_beside_month(t: str, men: "Mention", kept: list["Mention"]) -> bool:
    """"đến hết tháng 7/2020, tổng dư nợ ... đạt 438,2 tỷ đồng. Doanh số cho vay trong tháng đạt ..., lũy kế từ đầu năm
    đạt 60,2 tỷ đồng. Trong tháng 7, ... Đến hết tháng 7, ...": a stock to a month's end ("đến hết tháng 7/2020", "Đến
    hết tháng 7,") on a page that reports that month (opening its clause) and writes the year so far apart as a running
    total is that month's, not the year so far."""
    if men.recogniser not in ("to-date", "to-month") or men.period.kind != "ytd" or not _RUNNING_APART.search(t):
        return False
    month = men.period.months[1]
    return any(k is not men and k.period.kind == "month" and k.period.index == month and not k.passing
               and not k.comparison and not k.plan and k.period.year in (0, men.period.year)
               and k.recogniser in ("month", "month-bare") for k in kept)


def _some_time(m: re.Match) -> Period | None:
    """Some time within a month or a year, as the month or the year it is in (never reported: see find_mentions)."""
    month, year = re.search(r"tháng\s*(\d{1,2})", m.group(0), re.I), re.search(_YEAR, m.group(0))
    if month:
        return Period(int(year.group(1)) if year else 0, "month", int(month.group(1)))
    return Period(int(year.group(1)), "year") if year else None


_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _past_years(m: re.Match) -> Period:
    word = m.group(1).lower()
    return Period(0, "term", int(word) if word.isdigit() else _NUMBER_WORDS[word])


def _years_counted(m: re.Match) -> Period:
    n, first, last = _past_years(m).index, int(m.group(2)), int(m.group(3))
    if last - first != n:
        raise ValueError("the years counted are not the years named")
    return Period(first, "term", n)


def _course(m: re.Match) -> Period | None:
    """A course's years ("khóa 5 (2011-2013)"; opened on a day of 2016 and closed on one of 2017): a term of their
    length, up to four years (a longer span is no course's); None (it only blocks) otherwise."""
    first, last = int(m.group(1)), int(m.group(2))
    return Period(first, "term", last - first) if 1 <= last - first <= 4 else None


def _school_year_reported(t: str, start: int, end: int) -> bool:
    """"Năm học 2018-2019, ...", "..., năm học 2017-2018, toàn huyện có ...", "tổng kết năm học ...": the year a
    text reports (a time adverbial opening its clause, or under review), not "Riêng trong năm học ..." (a part)."""
    if _PART.search(t[max(0, start - 15):start]):
        return False
    return bool(_TERM_REVIEW.search(t[max(0, start - 80):start]) or re.match(r"\s*,", t[end:])
                or re.search(r"(?:^|[.!?:;]\s*|\n\s*)$", t[max(0, start - 3):start]))


def _school_year(m: re.Match) -> Period:
    first, last = int(m.group(1)), int(m.group(2))
    if last != first + 1:
        raise ValueError("a school year is two consecutive years")
    return Period(first, "term", 1)


#: "hết tháng 5/2024" opening its clause or after "tính": through the end of that month (the "đến" left out)
_CLAUSE_HET = r"(?:(?<=[.,;:]\s)|^|\btính\s+)(?:hết\s+)"

#: "Cách mạng tháng Tám", "Cách mạng Tháng Mười Nga", "Cách mạng tháng 8/1945": a month naming an event (a name, no
#: month reported)
_NAMED_BY_MONTH = r"(?<![Cc]ách\s[Mm]ạng\s)"

#: ("CPI tháng Mười Một tăng 4,56%": a name's every syllable capitalised, November, never October)
_MONTH_WORD = r"Giêng|Chạp|Mười\s+[Mm]ột|Mười\s+[Hh]ai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín"
_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


#: a natural disaster named as the cause of damage ("bão số 9", "áp thấp nhiệt đới", "mưa lũ", "lũ quét", "lốc xoáy",
#: "sạt lở đất", "thiên tai"); open-ended by its heads
_DISASTER = (r"(?:bão(?:\s+số\s+\d{1,2})?|áp\s+thấp(?:\s+nhiệt\s+đới)?|mưa(?:\s+(?:lũ|lớn|bão|đá|to))?|"
             r"lũ(?:\s+(?:quét|lụt|ống))?|lụt|(?:giông\s+)?lốc(?:\s+xoáy)?|sạt\s+lở(?:\s+đất)?|thiên\s+tai|"
             r"triều\s+cường|động\s+đất|hạn\s+hán|xâm\s+nhập\s+mặn)(?![^\W\d_])")
#: the day a disaster's damage is counted on, as the news gives it: "Đến tối ngày 28-10", "6h sáng nay này 29/10",
#: "Từ trưa đến chiều nay 11.10", "Khoảng 12h00 ngày 28/10" (not "ngày mai 29-10", a forecast's)
_DAMAGE_DAY = re.compile(r"\b(?:ngày|(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?(?:\s+này)?)\s+(\d{1,2})\s*[/.\-]\s*"
                         r"(\d{1,2})(?:\s*[/.\-]\s*" + _YEAR + r")?(?![\d/.\-]*\d)", re.I)


def _to_a_day(men: "Mention") -> bool:
    """A count to a day within a month ("Đến hết ngày 8/7/2025, ..."), read as that month (see ``_to_day``)."""
    return men.recogniser == "to-day" and men.period.kind == "month"


def _damage_month(t: str, stamp: tuple[int | None, int | None, int | None]) -> Period | None:
    """The month of a disaster's damage: of the first day the text counts it on (its year the stamp's, or the year
    before when that month is later than the stamp's), else of the text's own date (``stamp``: year, month, day).
    None when neither says a month."""
    day = _DAMAGE_DAY.search(t[:2 * _HEAD])
    year, month = stamp[0], stamp[1]
    if day and 1 <= int(day.group(2)) <= 12:
        named = int(day.group(3)) if day.group(3) else None
        m = int(day.group(2))
        year = named or (year - (1 if month and m > month else 0) if year else 0)
        month = m
    if not month:
        return None
    return Period(year or 0, "month", month)


# Each recogniser: (name, pattern, build(match) -> Period, index group, year group).
# A year of 0 means "not stated here": it is borrowed from the rest of the text.
RECOGNISERS: list[tuple[str, re.Pattern, object, int | None, int | None]] = [
    ("half", re.compile(r"\b(6|06|sáu)\s*tháng\s*(đầu|cuối)(?:\s*năm)?(?:\s*[/\-–]?\s*" + _YEAR + r")?", re.I),
     _half, 2, 3),
    # "nửa đầu năm 2025", "nửa cuối năm nay": a half in words (never "nửa đầu tháng 7": a half of a month)
    ("half-word", re.compile(r"\bnửa\s+(đầu|cuối)\s+(?=năm\b|(?:19|20)\d{2})(?:năm\s*)?(?:" + _YEAR + r")?", re.I),
     lambda m: Period(int(m.group(2)) if m.group(2) else 0, "half", 1 if m.group(1).lower() == "đầu" else 2), 1, 2),
    # "quý II/2017", "quí I năm 2019" (the older spelling), "Qúy 4 2014" (the accent misplaced)
    ("quarter", re.compile(r"\bq(?:uý|uí|úy)\s*(IV|I{1,3}|[1-4])(?![\w])(?:(?:" + _SEP + r"|\.)" + _YEAR + r")?", re.I),
     lambda m: Period(int(m.group(2)) if m.group(2) else 0, "quarter",
                      _ROMAN.get(m.group(1).upper()) or int(m.group(1))), 1, 2),
    ("quarter-code", re.compile(r"\bQ([1-4])\s*[/\- ]\s*" + _YEAR),
     lambda m: Period(int(m.group(2)), "quarter", int(m.group(1))), 1, 2),
    ("months-to-date", re.compile(r"\b" + _MONTHS + r"\s*tháng\s*(?:đầu\s*)?(?:của\s+)?năm(?:\s*" + _YEAR + r")?"
                                  r"(?!\s*(?:tháng|ngày))", re.I),
     lambda m: ytd(int(m.group(2)) if m.group(2) else 0, _months(m.group(1))), 1, 2),
    # "trong 7 tháng/2023": the months so far to the year written with a slash; a column title "9 tháng 2023" without
    # it (never a date's "ngày 9 tháng 12 năm 2023": the year must follow "tháng" right away)
    ("months-to-date", re.compile(r"(?<!ngày\s)\b" + _MONTHS + r"\s*tháng(?:\s*/\s*|\s+)" + _YEAR + r"(?![\d/.\-])", re.I),
     lambda m: ytd(int(m.group(2)), _months(m.group(1))), 1, 2),
    # "hai tháng đầu năm 2019", "bốn tháng đầu năm 2015", "Tính chung năm tháng đầu năm nay": the other counts in words,
    # only with "đầu năm" after them ("năm tháng" alone may be a year and a month)
    ("months-to-date", re.compile(r"\b(hai|bốn|năm|bảy|tám)\s+tháng\s+đầu\s+năm(?:\s*" + _YEAR + r")?"
                                  r"(?!\s*(?:tháng|ngày))", re.I),
     lambda m: ytd(int(m.group(2)) if m.group(2) else 0, _months(m.group(1))), 1, 2),
    # "tính đến cuối tháng 6 năm 2019": the year so far, through that month ("đến đầu tháng 7": the month before it);
    # "Theo thống kê ..., hết tháng 5/2024, cả nước có ...", "Tính hết tháng 5": through its end, "đến" left out
    ("to-date", re.compile(r"(?:\b(?:tính\s+)?(?:đến|tới)\s+(hết\s+|cuối\s+|đầu\s+)?|" + _CLAUSE_HET + r")tháng\s*"
                           r"(\d{1,2})(?:" + _SEP + r"|\.)" + _YEAR, re.I | re.M),
     lambda m: _to_month(int(m.group(3)), m.group(1), m.group(2)), None, 3),
    # "từ tháng 1 đến tháng 8 năm 2023", "từ tháng 1/2023 đến hết tháng 8/2023": the year so far; "từ tháng 4 đến tháng
    # 6/2023": a quarter (or a second half); an agency's year ("từ tháng 10/2019 đến hết tháng 9/2020": 2020) and whole
    # calendar years ("từ tháng 01/2014 đến tháng 12/2023") as _month_range reads them; other months from one month to
    # another ("Từ tháng 2/2011 đến tháng 8/2019") name no period of a kind: they only block
    ("month-range", re.compile(r"\btừ\s+tháng\s*(\d{1,2})(?:\s*[/.\-]\s*" + _YEAR + r")?\s*(?:đến|tới|-|–)\s*"
                               r"(?:hết\s+)?tháng\s*(\d{1,2})(?:\s*[/.\-]\s*|\s+năm\s+)" + _YEAR, re.I),
     lambda m: _month_range(int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3)), int(m.group(4))), None, 4),
    # "tính từ 15/12/2022 tới 14/10/2023": a statistical period written as dates
    ("date-range", re.compile(r"\btừ\s+(?:ngày\s+)?" + _DMY_OPEN + r"\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?" + _DMY, re.I),
     _range, None, 6),
    # "bắt đầu từ 25/11/2022 đến hết tháng 3/2023": a range from a date through a month (some days: it blocks)
    ("date-range", re.compile(r"\btừ\s+(?:ngày\s+)?" + _DMY_OPEN + r"\s*(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s*"
                              r"(\d{1,2})(?:" + _SEP + r"|\.)" + _YEAR, re.I), _range_to_month, None, 5),
    # "ước tính đến ngày 30-9", "tính đến hết ngày 31/12/2019": the year so far, through the month it ends
    # ("Đến tối ngày 28-10", "tính đến sáng nay 19-8", "Thống kê nhanh đến 17h chiều 28-10": to a time of a day)
    ("to-day", re.compile(r"\b(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:lúc\s+)?(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+)?"
                          r"(?:(?:ngày|(?:(?:sáng|chiều|tối|trưa|đêm)\s+)(?:nay\s+|ngày\s+)?)\s*)"
                          r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})"
                          r"(?:\s*[/.\-]\s*" + _YEAR + r")?(?!\s*[/.\-]?\s*\d)", re.I), _to_day, None, 3),
    # "tháng 5 và 5 tháng năm 2017": a monthly report with the year so far; the edition is the month
    ("month-ytd", re.compile(r"(?<!ngày\s)\btháng\s*(\d{1,2})\s*(?:và|,)\s*(\d{1,2})\s*tháng\s*(?:đầu\s*)?năm\s*"
                             + _YEAR, re.I),
     lambda m: Period(int(m.group(3)), "month", int(m.group(1))) if m.group(1) == m.group(2) else None, 1, 3),
    # "Từ đầu tháng 7/2022 đến nay, Trung tâm ... đã tổ chức 07 phiên": the month so far (no baseline of a change)
    ("month-so-far", re.compile(r"\btừ\s+đầu\s+tháng\s*(\d{1,2})(?:" + _SEP + r"|\.)?" + _YEAR + r"?\s*(?:đến|tới)\s+nay\b",
                                re.I),
     lambda m: Period(int(m.group(2) or 0), "month", int(m.group(1))), 1, 2),
    ("month", re.compile(_NAMED_BY_MONTH + r"(?<!ngày\s)(?<!\d[ \t])\btháng\s*(\d{1,2})(?:" + _SEP + r"|\.)" + _YEAR, re.I),
     lambda m: Period(int(m.group(2)), "month", int(m.group(1))), 1, 2),
    # "Trong tháng 10, ...", "tháng 7 vừa qua", "hội nghị thường kỳ tháng 7": a month without its year (borrowed; a
    # month in passing unless it opens its clause or is "vừa qua": see _bare_month_passing); never a date's
    ("month-bare", re.compile(_NAMED_BY_MONTH + r"(?<!ngày\s)(?<!\d[ \t])(?<![\d/.\-])\btháng\s*(\d{1,2})(?!\d)"
                              r"(?!\s*(?:[/.\-–]\s*\d|năm\b|tháng\b|ngày\b|lần\b))", re.I),
     lambda m: Period(0, "month", int(m.group(1))), 1, None),
    # "trong tháng này": the month of the release, its number that of the months so far it reports (or its date's)
    ("this-month", re.compile(r"\btháng\s+này\b", re.I), lambda m: Period(0, "month", 1), None, None),
    # "trong tháng Bảy", "tháng Sáu năm 2024": a month written as a word, capitalised as a name (never "3 tháng năm")
    ("month-word", re.compile(_NAMED_BY_MONTH + r"(?<!\d[ \t])(?<!ngày\s)\b[Tt]háng\s+(" + _MONTH_WORD + r")(?!\w)"
                              r"(?:\s*(?:năm\s*|/\s*|-\s*)?" + _YEAR + r")?"),
     lambda m: Period(int(m.group(2) or 0), "month", _MONTH_WORDS[" ".join(m.group(1).lower().split())]), 1, 2),
    # "từ đầu năm đến 10-2019", "từ đầu năm 2019 đến hết tháng 10": the year to date, through that month
    ("year-so-far", re.compile(r"\btừ\s+đầu\s+năm(?:\s*" + _YEAR + r")?\s*(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
                               r"(?:(?:tháng\s*)?(\d{1,2})\s*[/.\-]\s*" + _YEAR
                               + r"|tháng\s*(\d{1,2})(?!\s*[/.\-]\s*\d))", re.I),
     lambda m: ytd(int(m.group(3) or m.group(1) or 0), int(m.group(2) or m.group(4))), None, 3),
    # "từ đầu năm đến nay": the year to date, through the month before the text's own date (set in find_mentions)
    ("so-far", re.compile(r"\btừ\s+đầu\s+năm(?:\s*" + _YEAR + r")?\s*(?:đến|tới)\s+nay\b", re.I),
     lambda m: Period(int(m.group(1) or 0), "year"), None, 1),
    # "Đến nay, toàn tỉnh hiện có 139/143 hợp tác xã ...": a sentence opening with "up to now" on a dated page, the year
    # so far to the page's date as "từ đầu năm đến nay" is (see _resolved), in passing; undated, nothing
    ("now", re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))[^\S\n]*(?:Tính[^\S\n]+)?[Đđ]ến[^\S\n]+nay[^\S\n]*,", re.M),
     lambda m: Period(0, "year"), None, None),
    # "lũy kế 10 tháng,": the year to date, its year named elsewhere ("lũy kế 10 tháng năm 2019" is months-to-date)
    ("cumulative", re.compile(r"\bl(?:ũy|uỹ)\s+kế\s+(?:từ\s+đầu\s+năm\s+)?" + _MONTHS + r"\s*tháng"
                              r"(?!\s*(?:đầu\s*|của\s+)?năm|\s*(?:tháng|ngày))", re.I),
     lambda m: ytd(0, _months(m.group(1))), 1, None),
    # "Tính đến cuối tháng 9, ...", ", đến hết tháng 11, toàn huyện ...": through that month of a year named elsewhere
    ("to-month", re.compile(r"(?:(?<=[.,;:]\s)|^)\s*(?:tính\s+)?(?:(?:đến|tới)\s+(hết\s+|cuối\s+|đầu\s+)?|(?=hết\s))"
                            r"(?:hết\s+)?tháng\s*"
                            r"(\d{1,2})(?:\s+(?:vừa\s+)?qua)?(?=\s*,)", re.I | re.M),
     lambda m: _to_month(0, m.group(1), m.group(2)), None, None),
    # "nhiệm kỳ 2022–2023", "giữa nhiệm kỳ 2015 - 2020", "nhiệm kỳ (2015-2020)": a term of office; "nhiệm kỳ Đại hội X
    # (2017-2022)": named by its congress's number, its years in brackets
    ("term", re.compile(r"\bnhiệm\s+k[ỳì]\s+(?:Đại\s+hội\s+(?:(?:lần\s+thứ\s+)?(?:[IVXL]+|\d{1,2})\s*)?)?\(?\s*" + _YEAR
                        + r"\s*[-–]\s*" + _YEAR, re.I),
     lambda m: Period(int(m.group(1)), "term", int(m.group(2)) - int(m.group(1))), None, 1),
    # "trong nhiệm kỳ qua", "nhiệm kỳ vừa qua": the term a congress closes (its years from the term it opens)
    ("past-term", re.compile(r"(?<!nửa\s)(?<!giữa\s)\bnhiệm\s+k[ỳì]\s+(?:vừa\s+qua|qua|trước)\b", re.I),
     lambda m: Period(0, "term", 1), None, None),
    # "Năm học 2018-2019, ...", "tổng kết năm học 2022 - 2023": a school year (a term of one year)
    ("school-year", re.compile(r"\bnăm\s+học\s+" + _YEAR + r"\s*[-–/]\s*" + _YEAR, re.I), _school_year, None, 1),
    # "Lễ Bế giảng lớp Cao cấp lý luận ... khóa 5 (2011-2013)", "Lớp ... khóa VII khai giảng ngày 21/3/2016 và kết thúc
    # chương trình học vào ngày 01/3/2017": a course's years, a term of its length (see _course)
    ("course", re.compile(r"\b(?:lớp|khai\s+giảng|bế\s+giảng)\b[^.;\n]{0,120}?\bkh(?:óa|oá)\s+(?:[IVXL]+|\d{1,2})\s*"
                          r"\(\s*" + _YEAR + r"\s*[-–]\s*" + _YEAR + r"\s*\)", re.I), _course, None, 1),
    ("course", re.compile(r"\bkhai\s+giảng\s+(?:(?:vào|từ)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*" + _YEAR
                          + r"[^.;\n]{0,80}?\b(?:kết\s+thúc|bế\s+giảng)\b[^.;\n\d]{0,40}?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*"
                          r"\d{1,2}\s*[/.\-]\s*" + _YEAR, re.I), _course, None, 1),
    # "từ năm 2021 đến nay", "giai đoạn 2016 - 2021": spans of years name no period of a kind; they block
    ("span", re.compile(r"\btừ\s+(?:năm\s+)?" + _YEAR + r"\s*(?:đến|tới)\s+nay|\b(?:giai\s+đoạn)\s+"
                        + _YEAR + r"\s*[-–]\s*" + _YEAR, re.I), lambda m: None, None, 1),
    # "Từ năm 2015-2020, UBND tỉnh đã ban hành ...": the years a closed span's figures cover (a term named in passing:
    # the period only when nothing else is named), never its first year alone
    ("years", re.compile(r"\btừ\s+(?:năm\s+)?" + _YEAR + r"\s*(?:[-–]|(?:đến|tới)\s+(?:năm\s+)?)\s*" + _YEAR, re.I),
     lambda m: Period(int(m.group(1)), "term", int(m.group(2)) - int(m.group(1))), None, 1),
    # "9 ngày nghỉ Tết Ất Tỵ năm 2025", "4 ngày Tết Dương lịch năm 2026", "3 ngày đầu năm 2021", "15 ngày đầu tháng
    # 8/2023": some days (of a holiday, of a year's or a month's start) name no period of a kind; they only block
    ("days", re.compile(r"\b\d{1,3}\s+ngày\s+(?:" + _HOLIDAY + r"|(?:đầu|cuối)\s+)"
                        r"(?:năm\s*" + _YEAR + r"|tháng\s*\d{1,2}(?:" + _SEP + r"|\.)" + _YEAR + ")", re.I),
     lambda m: None, None, 1),
    # "đến giữa tháng 4-2023", "lũy kế đến trung tuần tháng 11/2022", "những tháng đầu năm 2023", "cuộc gặp gỡ báo chí
    # đầu năm 2017": some time within a month or a year (to its middle, ten days of a month, its first months, its start) names no period of a kind, never reported; it lends its year to a period
    # named without one ("9 tháng đạt ... so với kế hoạch đề ra đầu năm 2022") (not "từ đầu năm 2019": so far)
    ("some-time", re.compile(r"\b(?:(?:đến|tới)\s+(?:giữa|trung\s+tuần|hạ\s+tuần|thượng\s+tuần)"
                             r"|(?:thượng|trung|hạ)\s+tuần)\s+tháng\s*\d{1,2}(?:(?:" + _SEP + r"|\.)" + _YEAR + r")?"
                             r"|\b(?:những|các|mấy)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s*" + _YEAR + r")?"
                             # "Trong những ngày đầu tháng 01/2023 các Chi Hội ... đồng loạt tổ chức Đại hội": some days
                             r"|\b(?:những|các|mấy)\s+ngày\s+(?:đầu|cuối|giữa)\s+tháng\s*\d{1,2}(?:(?:" + _SEP + r"|\.)"
                             + _YEAR + r")?"
                             # "... Đại hội Hội Nông dân cấp xã ... được tổ chức vào đầu quý I/2023": a time within a quarter
                             r"|(?<=vào\s)(?:đầu|giữa|cuối)\s+qu[ýí]\s*(?:IV|I{1,3}|[1-4])(?!\w)(?:(?:" + _SEP + r"|\.)"
                             + _YEAR + r")?"
                             r"|(?<!từ\s)\b(?:đầu|giữa)\s+năm\s*" + _YEAR, re.I),
     _some_time, None, None),
    # "thiệt hại do bão số 9 gây ra", "mưa lớn, lũ, lũ quét, sạt lở đất đã gây thiệt hại", "mưa bão đã khiến cho ...":
    # a disaster's damage, counted on its day(s): the month they fall in (see _damage_month), in passing
    ("damage", re.compile(r"\bthiệt\s+hại\s+(?:[^\W\d]+\s+){0,3}?do\s+(?:ảnh\s+hưởng\s+(?:của\s+)?)?(?:cơn\s+|trận\s+)?"
                          + _DISASTER + r"|\b" + _DISASTER + r"(?:\s*,\s*" + _DISASTER + r")*"
                          r"\s+(?:đã\s+|đang\s+)?(?:gây\s+(?:ra\s+)?|khiến\s+|làm\s+(?:cho\s+)?(?=\d))"
                          # "Một trận lốc xoáy trong đêm 6-11 quét qua khiến ...", "trận lốc xoáy xảy ra vào khoảng 21h
                          # tối qua (6/11), kéo dài chỉ vài chục giây nhưng gây thiệt hại nghiêm trọng": in its clause
                          r"|\btrận\s+" + _DISASTER + r"[^.;:!?\n]{0,100}?\b(?:gây\s+(?:ra\s+)?thiệt\s+hại|khiến)\b", re.I),
     lambda m: Period(0, "month", 1), None, None),
    # "Hội CCB huyện Thanh Hà được thành lập năm 1990", "ra đời năm 1930": the year something was founded names no
    # period and lends no year (a page of 2019 reviewing "năm qua" is of 2019, not 1990); it only blocks
    ("founded", re.compile(r"\b(?:thành\s+lập|ra\s+đời|tái\s+lập)\s+(?:từ\s+|vào\s+|trong\s+)?năm\s*" + _YEAR, re.I),
     lambda m: None, None, 1),
    # a date names no period, and its "năm 2024" is not the year report: it only blocks the others
    # (a page whose font lost every accented letter writes "ngy 20 thng 12 nm 2013")
    ("date", re.compile(r"\bng(?:à)?y\s*\d{1,2}\s*(?:th(?:á)?ng\s*(?:\d{1,2}|" + _MONTH_WORD + r")\s*n(?:ă)?m\s*"
                        r"|[/.\-]\s*\d{1,2}\s*[/.\-]\s*)" + _YEAR, re.I),
     lambda m: None, None, 1),
    # "theo giá so sánh năm 2010", "(giá so sánh 2010)": the year prices are counted in names no period; it only blocks
    ("price-base", re.compile(r"\bgiá\s+(?:so\s+sánh|cố\s+định)\s+(?:năm\s+)?" + _YEAR, re.I), lambda m: None, None, 1),
    # "Niên vụ 2022/2023, xuất khẩu cà phê ...", "niên vụ mía 2021-2022": a crop year (October to September for coffee),
    # of the year it ends in as an agency's year is; named in passing unless nothing else is
    # ("Niên vụ mía đường 2020/21": its second year in two digits, the first's next)
    ("crop-year", re.compile(r"\bniên\s+vụ\s+(?:[^\W\d]+\s+){0,2}?((?:19|20)\d{2})\s*[-–/]\s*(?:" + _YEAR
                             + r"|(\d{2})(?![\d/.,]))", re.I), _crop_year, None, 2),
    # "sơ kết học kỳ I - Năm học 2022-2023", "Kết thúc học kỳ I năm học 2022 - 2023": a school term, of no kind; it
    # blocks its school year (and, reviewed, makes the page's other mentions of that school year the year it is of)
    ("school-term", re.compile(r"\bhọc\s+k[ỳìyi]\s*(?:II|I|[12])(?!\w)\s*[-–,]?\s*(?:của\s+)?năm\s+học\s+" + _YEAR
                               + r"\s*[-–/]\s*(?:19|20)\d{2}", re.I), lambda m: None, None, 1),
    # "vụ Đông Xuân 2020-2021", "lúa Đông xuân 2019", "vụ mùa 2021": a crop season, of the year it is harvested in;
    # seasons listed together ("Vụ lúa hè thu, mùa, thu đông 2023", "lúa mùa năm 2019 và vụ Đông Xuân 2019-2020"): the
    # crop year they make, of the year the last is harvested in
    ("season", re.compile(r"\b(?:vụ|lúa)\s+(?:lúa\s+)?" + _SEASON + r"(?:\s+" + _SEASON_YEAR + r")?"
                          r"(?:\s*(?:,|và)\s*(?:(?:vụ|lúa)\s+){0,2}" + _SEASON + r"(?:\s+" + _SEASON_YEAR + r")?)*"
                          r"\s*(?:,|và)\s*(?:(?:vụ|lúa)\s+){0,2}" + _SEASON + r"\s+(?:năm\s+)?"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + _YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    ("season", re.compile(r"\b(?:vụ|lúa)\s+(?:lúa\s+)?" + _SEASON + r"\s+(?:năm\s+)?"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + _YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    # "mùa khô 2020", "mùa khô năm 2025-2026", "mùa khô hanh 2019-2020": the dry season (its fires, its drought and
    # salinity), of the year it ends in, as a crop season is
    ("season", re.compile(r"\bmùa\s+khô(?:\s+hanh)?\s+(?:năm\s+)?"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + _YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    # "hạn hán, xâm nhập mặn ... năm 2019-2020", "lịch sử năm 2015-2016": one season across two consecutive calendar
    # years (never "năm học 2019-2020", a school year), of the year it ends in; in passing, as a crop year is
    ("crop-year", re.compile(r"\bnăm\s+((?:19|20)\d{2})\s*[-–/]\s*" + _YEAR, re.I), _season_years, None, 2),
    # "Năm 2019", and "Nm 2013" on a page whose font lost every accented letter ("năm" without its "ă")
    ("year", re.compile(r"\b((?:cả|tổng\s+kết|trong)\s+)?n(?:ă|(?=m\s*(?:19|20)\d\d))m\s*" + _YEAR, re.I),
     lambda m: Period(int(m.group(2)), "year"), None, 2),
    # "Năm qua", "năm vừa qua": the year just ended, its number borrowed
    # "5 năm qua", "Trong ba năm qua": the years a congress closes (their term from the one it opens), not "năm qua",
    # the past year ("Những năm qua" is: the years up to it)
    ("past-years", re.compile(r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+"
                              r"(?:vừa\s+)?qua\b", re.I), _past_years, None, None),
    # "Sau 5 năm (2010 – 2015)", "Trong suốt 5 năm qua, (2012 – 2017), ...": years counted and named, a closed span
    # reviewed (its length must be its years')
    ("years-counted", re.compile(r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s*(?:(?:vừa\s+)?qua\s*,?\s*)?"
                                 r"\(\s*" + _YEAR
                                 + r"\s*[-–]\s*" + _YEAR + r"\s*\)", re.I), _years_counted, None, 2),
    # "Qua 5 năm triển khai, mô hình đã phát huy hiệu quả": the years since something began, dated by the year the text
    # names as its start (_years_since); else none
    ("years-since", re.compile(r"\b(?:qua|sau)\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+"
                               r"(?:triển\s+khai|thực\s+hiện)(?=\s*,)", re.I), _past_years, None, None),
    # (never "nhiều năm qua", "mấy năm qua", "các năm qua": over many years, no one year)
    ("past-year", re.compile(r"(?<!nhiều\s)(?<!mấy\s)(?<!các\s)(?<!\d\s)\bnăm\s+(?:vừa\s+)?qua\b", re.I),
     lambda m: Period(0, "year"), None, None),
    # "Trong 09 tháng,": a length, the period only when nothing better is said
    # ("Trong 09 tháng, ..." opening a sentence, "trong 6 tháng qua", "10 tháng qua"; not "Xuyên suốt 9 tháng qua",
    # an event's months; "kim ngạch xuất khẩu toàn tỉnh 9 tháng đạt ...": a figure of the months, not "sau 3 tháng đạt")
    ("length", re.compile(r"(?:(?:^|(?<=[.!?:;]\s)|(?<=\n))\s*Trong\s+" + _MONTHS + r"\s+tháng(?=\s*,)|"
                          r"\btrong\s+" + _MONTHS + r"\s+tháng\s+(?:vừa\s+)?qua\b|"
                          r"(?<!suốt\s)(?<![\d/.\-]\s)\b" + _MONTHS + r"\s+tháng\s+(?:vừa\s+)?qua\b|"
                          r"(?<!sau\s)(?<!gian\s)(?<!vòng\s)(?<!hạn\s)(?<!dưới\s)(?<!trên\s)(?<!hơn\s)(?<!gần\s)"
                          r"(?<![\d/.\-]\s)\b" + _MONTHS + r"\s+tháng(?=\s+(?:ước\s+)?(?:đạt|tăng|giảm|là)\b)|"
                          # a headline's "Năm tháng, xuất khẩu gạo mang về ...", "4 tháng, tổng đàn lợn ước đạt ..."
                          r"^[ \t]*(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười)\s+tháng(?=\s*,)|"
                          # ... and after its subject and a colon: "Công ty TNHH MTV Cao su Dầu Tiếng: 4 tháng, lợi nhuận
                          # hơn 119 tỷ đồng", "Các cấp Hội Phụ nữ: 9 tháng, kết nạp hơn 5.300 hội viên mới"
                          r"(?<=:[ \t])(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười)\s+tháng(?=\s*,))",
                          re.I | re.M),
     lambda m: ytd(0, _months(next(g for g in m.groups() if g))), None, None),
]


def _months(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _WORD_NUM[w]


def find_mentions(text: str, date_year: int | None = None, date_month: int | None = None,
                  date_day: int | None = None) -> list[Mention]:
    """Every period the text names, in order, overlaps resolved (the more specific wins).

    A mention without its year ("6 tháng đầu năm, phương hướng ... 6 tháng cuối
    năm 2023") takes the year of the next mention that states one (of a
    comparison, "so với cùng kỳ năm 2022", the year after) when it is near, else of the
    previous one, else ``date_year`` (the report's date: a period that starts
    after ``date_month`` is of the year before), else of a mention far on, else the latest year of a date
    the text writes (``08/3/2024``).  Mentions with no year at all are dropped.  ``date_day`` (when the date gives
    it): "từ đầu năm đến nay" written in a month's second half runs through that month (see ``_resolved``).
    """
    t = unicodedata.normalize("NFC", text)
    dated_at = (date_year, date_month, date_day) if date_year and date_month else \
        _text_stamp(t) or _lead_day(t) or (None, None, None)
    found: list[Mention] = []
    for name, pattern, build, gi, gy in RECOGNISERS:
        for m in pattern.finditer(t):
            try:
                period = build(m) if name != "damage" else _damage_month(t, dated_at)
            except (ValueError, KeyError):
                if name == "date-range":    # some days ("từ ngày 15/12/2023 đến 29/02/2024"): its end is no period's
                    found.append(Mention(None, m.start(), m.end(), name))
                continue
            if period is None and name == "span" and m.group(2) and (
                    _SPAN_REVIEW.search(t[max(0, m.start() - 120):m.start()]) or _span_average(t, m.start(), m.end())
                    or _span_opens_clause(t, m.start(), m.end())):
                try:   # the span reviewed (not a span of more than ten years: "giai đoạn 1986 – 2023", no term)
                    period = Period(int(m.group(2)), "term", int(m.group(3)) - int(m.group(2)))
                except ValueError:
                    period = None
            if name == "month-range" and _miscounted(t, m):
                period = None
            if period is None:
                found.append(Mention(None, m.start(), m.end(), name))
                continue
            stated = period.year != 0
            men = Mention(period, m.start(), m.end(), name,
                          index_span=m.span(gi) if gi and m.group(gi) else None,
                          year_span=m.span(gy) if gy and m.group(gy) else None, year_stated=stated,
                          weak=name in _WEAK)
            if name == "year":
                men.explicit_year = bool(m.group(1)) and m.group(1).split()[0].lower() in ("cả", "tổng")
            if name == "term":     # "tổng kết ... nhiệm kỳ", "giữa nhiệm kỳ": the term reported, not one named; "Trong
                #                    nửa đầu nhiệm kỳ 2020-2025, ...": its first half reviewed, as "giữa nhiệm kỳ" is
                men.explicit_year = bool(_TERM_REVIEW.search(t[max(0, m.start() - 80):m.start()])
                                         or re.search(r"\bnửa\s+(?:đầu|cuối)\s+$", t[max(0, m.start() - 12):m.start()], re.I))
            if name == "school-year":
                men.explicit_year = _school_year_reported(t, m.start(), m.end())
            if name == "years":
                men.explicit_year = _stage_opens_clause(t, m.start(), m.end())
            if name in ("past-term", "past-years", "span", "years-counted", "years-since", "course") \
                    or name == "month-range" \
                    and period.kind == "term":     # "từ tháng 01/2014 đến tháng 12/2023": whole years named, reviewed
                men.explicit_year = True
            if name in ("damage", "now") or name == "to-day" and period.kind == "month":
                men.passing = True   # a disaster's day, a count to a day: the period only when none other is named
            if name == "length":    # "Tính chung 10 tháng qua": its count is the index a new report rewrites
                g = next(i for i in range(1, 7) if m.group(i))
                men.index_span = m.span(g) if m.group(g).isdigit() and period.kind == "ytd" else None
            if name in ("months-to-date", "cumulative") and period.kind != "ytd":
                men.index_span = None     # "6 tháng năm 2023" is H1: its "6" is no index to rewrite
            men.end = men.start + len(m.group(0).rstrip(" /-–."))
            found.append(men)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
    for men in found:
        if any(men.start < k.end and k.start < men.end for k in kept):
            continue
        kept.append(men)
    terms = {int(re.search(_YEAR, t[k.start:k.end]).group(1)) for k in kept
             if k.recogniser == "school-term" and _TERM_REVIEWED.search(t[max(0, k.start - 60):k.start])}
    # "thu giữ trong cuối tháng 6": a time within a month named without its year, no month reported
    kept = [k for k in kept if k.period is not None
            and not (k.recogniser == "month-bare" and _AT_TIME.search(t[max(0, k.start - 20):k.start]))]
    for men in kept:
        if men.recogniser == "school-year" and not men.explicit_year and men.period.year in terms:
            men.term_of = True
        if men.recogniser == "crop-year" or men.recogniser == "year" and not men.explicit_year and \
                _PLAN_SHARE.search(t[max(0, men.start - 60):men.start]):
            men.passing = True
    for men in kept:
        before = _LOST_STOP.split(t[max(0, men.start - 80):men.start].rsplit("\n", 1)[-1])[-1]  # its own line, sentence
        men.target = bool(_TARGET.search(before) or _STRIVES.match(t, men.end) or _striven_in(before, t[men.start:men.end])
                          or men.recogniser == "term" and _AIMS.search(before) and not _TERM_DONE.search(before)
                          or date_year and men.year_stated and men.period.year > date_year
                          and (_BY.search(before) or men.period.kind in ("year", "term")))
        men.plan = bool(_PLAN.search(before) or men.recogniser == "term" and _CONGRESS.search(before)
                        or _COMING.match(t, men.end))
        men.comparison = bool(_COMPARISON.search(before)) or _baseline(t, men)
        men.same_period = men.comparison and bool(re.search(r"cùng\s+kỳ\s+(?:" + _HOLIDAY + r"\s)?$", before, re.I))
        men.review = bool(_TERM_REVIEW.search(before))
        men.running = men.recogniser == "cumulative" or bool(_RUNNING.search(before))
        men.event = men.recogniser == "year" and not men.explicit_year and bool(_EVENT.search(before)) \
            and not re.search(r"\bđợt\s+\S+\s+$", before, re.I) \
            or men.recogniser in ("month-word", "month-bare") and _quoted(t, men.start, men.end) \
            or men.recogniser == "some-time" \
            or men.period.kind == "month" and bool(re.search(r"\bnửa\s+(?:đầu|cuối)\s+$", before, re.I))
        if men.recogniser == "term" and not men.target and (_TERM_DONE.search(before) or _opens_clause(t, men.start)):
            men.explicit_year = True      # "Trong nhiệm kỳ 2015 - 2020, Đảng bộ ... đã ...": the term reported
        if men.period.kind == "month" and men.recogniser in ("month", "month-bare", "month-word", "this-month"):
            men.meeting = bool(_MEETING.search(before))
            men.passing = men.meeting or men.recogniser in ("month-bare", "this-month") and not (
                _IN_MONTH.search(before) or re.match(r"\s+(?:vừa\s+)?qua\b|\s*(?:và|,)\s*\d{1,2}\s*tháng", t[men.end:])
                or re.search(r"(?:^|[.!?;…])\s*$", before) and re.match(r"\s*[:,]", t[men.end:]))   # "Tháng 9: Chỉ số ..."
    for men in kept:
        if men.period.kind == "month" and not men.comparison and _times_crop_work(t, men, kept):
            men.passing = True
        if _stock_beside_month(t, men, kept):
            men.passing = True
    for a, b in zip(kept, kept[1:]):   # "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8, TRIỂN KHAI NHIỆM VỤ THÁNG 9/2023": a bare month
        if a.recogniser == "month-bare" and a.passing and not a.meeting and b.plan and b.period.kind == "month" \
                and b.period.index == a.period.index % 12 + 1 and b.start - a.end < 80 and "\n" not in t[a.end:b.start]:
            a.passing = False              # before the next month's plan is the month reported, as a pair of editions
    congress = [k for k in kept if k.recogniser == "term" and k.plan]
    latest = max((k.period.year for k in congress), default=None)
    for men in congress:  # a congress opens one term, the latest it names: an earlier one named near it is the term it
        before = t[max(0, men.start - 80):men.start].rsplit("\n", 1)[-1]   # closes ("... Đại hội, công tác Hội và
        if men.period.year < latest and not _PLAN.search(before):          # phong trào ... nhiệm kỳ 2016 - 2021, phương
            men.plan = False                                                 # hướng nhiệm vụ nhiệm kì 2022 - 2027")
    opened = {k.period for k in kept if k.recogniser == "term" and k.plan}
    elections_only = bool(opened) and not _reports_results(t)
    for men in kept:      # the term a congress opens, named again ("Chủ tịch Hội ... nhiệm kỳ 2016 - 2021"): the next
        if men.recogniser == "term" and men.period in opened:
            men.plan = True
            men.elected = elections_only
    for men in kept:      # "thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025 ... đến năm 2025 đạt 70 triệu": a year of the term
        before = t[max(0, men.start - 20):men.start]     # a congress opens, reached "by", is one of its targets
        if men.period.kind == "year" and men.year_stated and _BY.search(before) and any(
                o.year <= men.period.year <= o.year + o.index for o in opened):
            men.target = True
    if any(k.comparison and not k.same_period and k.period.kind == "year" for k in kept):
        for men in kept:     # "Đến ngày 27-11, Huyện ủy ... kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm
            if _to_a_day(men):   # 2017": a count to a day compared with a year is that year's so far, no month
                men.aside = True
    if _headed_by_days(t):      # a week's or some days' news: its years in passing are none the page reports
        days_of = _days_month(t)
        for men in kept:
            if not (men.specific and men.reported and not men.passing and not men.weak) or days_of and \
                    (men.period.year, men.period.months[1]) < days_of or _to_a_day(men):
                men.aside = True    # "15 ngày đầu tháng 8/2023 ... tháng 7/2023, giá ... cao kỷ lục": July's, before;
                #                     "tính đến hết ngày 15-5-2016" by "trong kỳ 1 tháng 5-2016": the half month's
    for men in kept:          # "Năm 2020, Công an huyện ... triển khai mô hình ... Qua 5 năm triển khai, ...": from 2020
        if men.recogniser == "years-since":
            began = _years_since(t, men, date_year)
            if began is not None:
                men.period, men.year_stated = began, True
    if not any(k.recogniser == "term" and k.plan for k in kept):
        for men in kept:      # "Trong 5 năm qua, ... “Nghĩa tình đồng đội giai đoạn 2015 - 2019”": no congress opens a term
            if men.recogniser == "past-years":                       # the years its sentence names are the years
                named = _years_named(t, men)
                if named is not None:
                    men.period, men.year_stated = named, True
    head_end = _headline_end(t)
    for men in kept:
        men.headline = men.end <= head_end
    kept = [k for k in (_resolved(men, kept, *(dated_at if men.recogniser in ("so-far", "now") else
                                                (date_year, date_month, date_day))) for men in kept) if k is not None]
    dated = [int(m.group(3)) for m in re.finditer(_DMY, t) if not _DOC_NUMBER.search(t[max(0, m.start() - 40):m.start()])]
    for men in kept:     # "Tính chung 7 tháng của năm nay" on a page of 2022-07: this year is the date's, whatever year a
        if not men.year_stated and date_year and _THIS_YEAR.search(t, men.start, men.end + 5):  # comparison near lends
            men.period, men.year_stated = replace(men.period, year=date_year), True
    out = []
    for i, men in enumerate(kept):
        if not men.year_stated:
            # a term of office ("nhiệm kỳ 2014 - 2019") spans years: its first year is no year of a half or a quarter
            lends = [k for k in kept if k.year_stated and (k.period.kind != "term" or men.period.kind == "term")
                     and not (k.target and men.recogniser == "past-year")]   # the year just ended is no target's
            later = [k for k in lends if k.start > men.start]
            earlier = [k for k in lends if k.start < men.start]
            if later and later[0].start - men.end < 160:
                year = _lent(later[0], men)
            elif earlier:
                year = _lent(earlier[-1], men)
            elif date_year:  # the report's own date before a year named far on ("... nguồn sách bổ sung năm 2018")
                first_month = replace(men.period, year=2000).months[0]
                year = date_year - (1 if date_month and (first_month > date_month + 1 or
                                                         men.recogniser == "past-year" and date_month <= 6) else 0)
            elif later:
                year = _lent(later[0], men)
            elif dated:
                year = max(dated)
            else:
                continue
            men.period = replace(men.period, year=year)
        out.append(men)
    return out


_WEAK = ("length", "to-month", "so-far", "to-day")

#: "17/07/2020 06:52 | 0", "15:13 19/08/2013": a date printed with its time of day at the start of a line, a page's
#: stamp (not "Hà Nội, ngày 27-10-2020", a site's clock with no time)
_TEXT_STAMP = re.compile(r"^[^\S\n]*(?:(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})[^\S\n]*[|,-]?[^\S\n]*\d{1,2}:\d{2}"
                         r"|\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*[|,-]?[^\S\n]*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2}))", re.M)


def _text_stamp(t: str) -> tuple[int, int, int] | None:
    """The date a text with no date of its own prints as its page's stamp near its top (the last one there: the
    article's, below a site's), as (year, month, day); "từ đầu năm đến nay" runs to it (see ``_resolved``)."""
    found = [m for m in _TEXT_STAMP.finditer(t[:2 * _HEAD])]
    if not found:
        return None
    g = found[-1].groups()
    day, month, year = (g[0], g[1], g[2]) if g[2] else (g[3], g[4], g[5])
    return (int(year), int(month), int(day)) if 1 <= int(month) <= 12 else None


#: "Ngày 25-9, Trung tâm cứu hộ ... thả 27 cá thể", "(PLO) - Sáng 12/11, ...": a news lead opening with its day
_LEAD_DAY = re.compile(r"^[^\S\n]*(?:\([^()\n]{1,12}\)[^\S\n]*[-–]?[^\S\n]*)?(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)"
                       r"(?:[^\S\n]+(?:nay|qua))?[^\S\n]+(?:ngày[^\S\n]+)?(\d{1,2})[^\S\n]*[/.\-][^\S\n]*(\d{1,2})"
                       r"(?![^\S\n]*[/.\-][^\S\n]*\d)[^\S\n]*,", re.M)


def _lead_day(t: str) -> tuple[None, int, int] | None:
    """The day an undated news text's lead opens with, near its top ("Ngày 21.4, thượng tá ... cho biết tính từ đầu năm
    2021 đến nay, ..."), as (None, month, day): its year is the one the text names; "từ đầu năm đến nay" runs to it."""
    m = _LEAD_DAY.search(t[:2 * _HEAD])
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1 <= int(m.group(1)) <= 31:
        return None
    return None, int(m.group(2)), int(m.group(1))


#: "THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024", "Một trong những sự kiện được dư luận quan tâm tuần qua", "Giá cà phê
#: hôm nay 21/4/2025: Tuần qua tăng mạnh", "trong tuần (từ ngày 01/6 đến ngày 07/6)", "trong 15 ngày đầu tháng 8/2023":
#: a week or some days of a month, a period of no kind the service has (not "so với tuần trước": a comparison)
_DAYS_HEAD = re.compile(r"\btuần\s+(?:vừa\s+)?qua\b|\btuần\s+(?:này|thứ\s+\d{1,2})\b|\b(?:một|1)\s+tuần\b"
                        r"|\btuần\s*\(?\s*(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}"
                        r"|\b\d{1,2}\s+ngày\s+(?:đầu|cuối)\s+tháng\b"
                        # "trong kỳ 1 tháng 5-2016", "nửa đầu tháng 9": the customs' half of a month
                        r"|\bkỳ\s+[12]\s+tháng\s*\d|\bnửa\s+(?:đầu|cuối)\s+tháng\s*\d", re.I)
_HEAD = 400


def _headed_by_days(t: str) -> bool:
    """A page whose opening (its headline and lead, the first few hundred characters) names a week or some days of a
    month as its own ("Tuần qua, CDC Hà Nội ghi nhận 109 ca", "THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024"): it
    reports a period of no kind, and the years it names in passing ("đã thiết lập vào năm 2021", "công dân trẻ tiêu
    biểu năm 2016") are not the period (a period of a kind it reports, "sơ kết 6 tháng đầu năm 2023", still is)."""
    lines = t.split("\n", 2)
    heads = [t[:_HEAD]] + ([lines[1][:_HEAD]] if len(lines) > 1 else [])    # a headline, and the lead under it
    return any(not _COMPARISON.search(head[max(0, m.start() - 40):m.start()])
               for head in heads for m in _DAYS_HEAD.finditer(head))


def _days_month(t: str) -> tuple[int, int] | None:
    """The month whose first or last days head the page ("trong 15 ngày đầu tháng 8/2023, cả nước xuất khẩu ..."), as
    (year, month): the months and months so far that end before it are earlier figures, not the period reported."""
    m = re.search(r"\b\d{1,2}\s+ngày\s+(?:đầu|cuối)\s+tháng\s*(\d{1,2})(?:" + _SEP + r"|\.)" + _YEAR, t[:_HEAD], re.I)
    return (int(m.group(2)), int(m.group(1))) if m else None


#: "số lao động xuất cảnh trong tháng 1 đã đạt 9,13% kế hoạch năm 2015": the year of a plan a share of it reached, in
#: passing (a month's or a quarter's part of it is reported; it lends its year)
_PLAN_SHARE = re.compile(r"\b(?:đạt|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d+(?:,\d+)?\s*%\s+(?:so\s+với\s+)?"
                         r"(?:[^\W\d]+\s+){0,2}?kế\s+hoạch\s+$", re.I)
#: "Lũy kế 9 tháng đầu năm 2016, tiêu thụ ...": the months so far written as a running total
_RUNNING = re.compile(r"\bl(?:ũy|uỹ)\s+kế\s+(?:từ\s+đầu\s+năm\s+)?$", re.I)
#: "chuẩn bị cho vụ lúa đông xuân 2023-2024 sắp tới": the coming one, a plan
_COMING = re.compile(r"\s+sắp\s+tới\b", re.I)
_THIS_YEAR = re.compile(r"\bnăm\s+nay\b", re.I)      # searched to just past a mention ("7 tháng của năm| nay")


def _headline_end(t: str) -> int:
    """Where the text's headline ends (0: it has none): its first line when that line is a line of its own — short,
    no sentence (no final stop), and not the start of the lead printed again below it (a title taken from the lead's
    first sentence, "Tổng cục Thống kê cho biết, tổng sản phẩm ... quý 3 ước tăng 5,33%" above "Sáng 29-9, Tổng cục
    Thống kê cho biết, ..."; a headline printed again as a line of its own is still one)."""
    m = re.match(r"\s*(?:\S+(?:[ \t]+\S+)?[ \t]*\n)?\s*([^\n]*)", t)   # past a line of two words at most (a file's
    #                                                                    name, a section's label: "Vĩ mô")
    line = m.group(1).strip()
    if not line or len(line.split()) > _HEADLINE_WORDS or re.search(r"[.!?;:…]$", line):
        return 0
    rest = t[m.end():].lower()
    whole = len(re.findall(r"(?m)^[ \t]*" + re.escape(line.lower()) + r"[ \t]*$", rest))   # a headline printed twice
    return 0 if rest.count(line.lower()) > whole else m.end()


_HEADLINE_WORDS = 40


def _span_average(t: str, start: int, end: int) -> bool:
    """"(bình quân giai đoạn 2015 - 2020 đạt 10,4%)", "giai đoạn 2015 - 2020 ước tăng bình quân 10,16%": an average over
    a span of years is a result of that span (not "phấn đấu tăng trưởng bình quân giai đoạn 2021 - 2025 đạt 8%")."""
    clause = re.split(r"[.;:\n]", t[max(0, start - 120):start])[-1]
    return bool((re.search(r"\bbình\s+quân\s+$", clause, re.I)
                 or re.match(r"\s*(?:ước\s+)?(?:tăng|giảm|đạt)\s+bình\s+quân\b", t[end:end + 40], re.I))
                and not re.search(r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|định\s+hướng", clause, re.I))


#: what a congress does itself (its delegates, its elections, its new committee) and what it sets for the term to come
#: (not "vượt 258% chỉ tiêu giao", "cấp thẻ BHYT cho 26 đồng chí": what was done)
_CONGRESS_BUSINESS = re.compile(r"đại\s+hội|\bbầu\b|đại\s+biểu|ủy\s+viên|uỷ\s+viên|thành\s+viên|tham\s+dự|\bkhó[aá]\b|"
                                r"\bkhoá\b|tái\s+cử|đắc\s+cử|ban\s+chấp\s+hành|\bBCH\b|"
                                r"phấn\s+đấu|mục\s+tiêu|đề\s+ra|\bđến\s+năm\b", re.I)
#: numbers that count nothing: dates, times, years, spans of years, a photo's number ("Ảnh 1", "Anh 1" unaccented)
_NOT_A_COUNT = re.compile(r"\d{1,2}\s*[/.\-:]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?|(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)"
                          r"|\b[ẢA]nh\s+\d{1,2}(?!\d)")


#: "Hiện Hội Người cao tuổi Việt Nam có hơn 8,6 triệu hội viên": a stock at the congress's date, nothing done
_STOCK_NOW = re.compile(r"(?:^|[,:]\s*)hiện\s+(?:nay\s+)?\S|\bhiện\s+(?:nay\s+)?(?:có|là)\b", re.I)


def _reports_results(t: str) -> bool:
    """A sentence counting something done that is not the congress's own business ("giúp cho 1.015 hộ vươn lên thoát
    nghèo", "Trong nhiệm kỳ III, huyện Hội đã vận động được trên 2 tỷ đồng"): a congress page reports the term it
    closes.  One with its delegates and elections only ("Tham dự đại hội có 140 đại biểu. Đại hội đã bầu ra BCH hội khóa
    XIII gồm có 15 Đ/c") reports no period; the term before the one it opens is no guess to make for it."""
    for whole in re.split(r"\n|[.!?]+(?:\s|$)", t):
        items = re.split(r";+(?:\s|$)", whole)
        if len(items) > 1 and _SETS.search(items[0]):
            continue      # "đề ra các chỉ tiêu, như: thu nhập ... đến năm 2025 đạt 108 triệu ...; phát triển mới 20 cơ sở
            #               ...": a list of what the congress sets, each item after the first one of them
        for sentence in items:
            if re.search(r"(?<![^\W_])\d", _NOT_A_COUNT.sub(" ", sentence)) and not _CONGRESS_BUSINESS.search(sentence) \
                    and not _STOCK_NOW.search(sentence.strip()):
                return True
    return False


#: what a congress sets for the term to come, heading a list ("đề ra các chỉ tiêu, như: ...; ...", "phấn đấu ...", "thu
#: nhập ... đến năm 2025 đạt ..."; not "vượt 258% chỉ tiêu giao", a target beaten)
_SETS = re.compile(r"phấn\s+đấu|đề\s+ra|\bđến\s+năm\b", re.I)


def _quoted(t: str, start: int, end: int) -> bool:
    """Inside quotation marks on its line: a name ("có 2 sinh viên đạt danh hiệu “Sao tháng Giêng” cấp Trung ương"), no
    month reported."""
    line_start = t.rfind("\n", 0, start) + 1
    line_end = t.find("\n", end)
    line_end = len(t) if line_end == -1 else line_end
    before, after = t[line_start:start], t[end:line_end]
    if before.rfind("“") > before.rfind("”") and "”" in after:
        return True
    return before.count('"') % 2 == 1 and '"' in after


def _span_opens_clause(t: str, start: int, end: int) -> bool:
    """"Viện KSND tỉnh cho biết, giai đoạn 2016 – 2021, tình hình tội phạm ...", "Trong giai đoạn 2016-2020, toàn
    tỉnh ...": a span of years set off as its clause's time (not "Kế hoạch ... giai đoạn 2021 - 2025, năm 2022 ...",
    a span naming a plan's)."""
    return bool(re.search(r"(?:^|[.!?;:,…\n])\s*(?:(?:trong|qua|cả)\s+)?$", t[max(0, start - 20):start], re.I)
                and re.match(r"\s*,", t[end:]))


def _stage_opens_clause(t: str, start: int, end: int) -> bool:
    """"Trong giai đoạn từ năm 2017 đến năm 2020, các Bộ khác đã tiến hành thanh tra ...": a closed span of years named
    as a stage ("giai đoạn") and set off as its clause's time is the span reported, as "Trong giai đoạn 2016-2020,"
    is (:func:`_span_opens_clause`)."""
    return bool(re.search(r"(?:^|[.!?;:,…\n])\s*(?:(?:trong|qua|cả)\s+)?giai\s+đoạn\s+$", t[max(0, start - 30):start], re.I)
                and re.match(r"\s*,", t[end:]))


def _opens_clause(t: str, start: int) -> bool:
    """"Trong nhiệm kỳ 2015 - 2020, ...", "Nhiệm kỳ 2017 - 2022, Hội ...": a period opening its sentence (or line), or
    one whose stop was lost (a capital "Trong" after a lower-case word, :data:`_LOST_STOP`)."""
    pre = t[max(0, start - 20):start]
    return bool(re.search(r"(?:[.!?;:…\n]" + ("|^" if start <= 20 else "") + r")\s*(?:(?:trong|qua)\s+)?$", pre, re.I)
                or re.search(_LOST_STOP.pattern + r"Trong\s+$", pre))


_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
#: "Các đại biểu tham dự Đại hội Trong nhiệm kỳ 2015-2020, Đảng bộ huyện ...": a photo caption run into the next
#: sentence by the hard-wrap join; "Trong" capitalised after a lower-case word starts a sentence whose stop was lost (a
#: preposition is no name; a Title Case headline's "Tình Hình Trong Năm" follows a capital)
_LOST_STOP = re.compile(r"(?<=[" + _LOWER + r"])\s+(?=Trong\s)")


#: "giai đoạn 2015 - 2019", "(2012 – 2017)": two years of a span
_SPAN_YEARS = re.compile(r"(?:\bgiai\s+đoạn\s+|\()\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)", re.I)


def _years_named(t: str, men: Mention) -> Period | None:
    """"Trong 5 năm qua, các cấp Hội ... thực hiện chuyên đề ... “Nghĩa tình đồng đội giai đoạn 2015 - 2019” đạt nhiều
    kết quả": the years past counted, with no congress to date them, are the span of as many years their sentence names
    after them (counted either way: 2015 - 2019 is five years, and four after 2015), else none."""
    end = _SENTENCE_END.search(t, men.end)
    for m in _SPAN_YEARS.finditer(t, men.end, end.start() if end else len(t)):
        first, last = int(m.group(1)), int(m.group(2))
        if last - first in (men.period.index, men.period.index - 1) and last > first:
            return Period(first, "term", last - first)
    return None


#: "Năm 2020, Công an huyện Đak Pơ (tỉnh Gia Lai) triển khai mô hình ...": a year opening its sentence, what began then
_BEGAN = re.compile(r"(?:^|[.!?;]\s+)(?:\([^()\n]{1,12}\)\s*[-–]?\s*)?(?:Từ\s+|Trong\s+)?năm\s+((?:19|20)\d{2})\s*,"
                    r"[^.!?;\n]{0,120}?\b(?:triển\s+khai|thực\s+hiện|ra\s+mắt|xây\s+dựng|thành\s+lập)\b", re.I | re.M)


def _years_since(t: str, men: Mention, date_year: int | None) -> Period | None:
    """"(GLO)- Năm 2020, Công an huyện Đak Pơ triển khai mô hình “...”. Qua 5 năm triển khai, mô hình đã phát huy hiệu
    quả": the years since something began, counted from the year its paragraph opens with as the start (2020 to 2024),
    when they are over by the text's date; else none."""
    para = t.rfind("\n\n", 0, men.start) + 1
    began = list(_BEGAN.finditer(t, para, men.start))
    if not began:
        return None
    first, n = int(began[-1].group(1)), men.period.index
    if n < 2 or date_year and first + n - 1 >= date_year:
        return None
    return Period(first, "term", n - 1)


def _baseline(t: str, men: Mention) -> bool:
    """"giảm từ 32,9% năm 2005 xuống còn 8,9%", "từ chỗ ... 2 tiêu chí năm 2010, đến nay": where a change starts from."""
    clause = re.split(r"[.;:\n]", t[max(0, men.start - 80):men.start])[-1]
    return bool(_FROM.search(clause) and _FROM_TO.match(t, men.end))


def _resolved(men: Mention, kept: list[Mention], date_year: int | None, date_month: int | None,
              date_day: int | None = None) -> Mention | None:
    """A mention whose period depends on others or on the text's date, made definite (None: it cannot be)."""
    if men.recogniser == "past-term":     # the term before the one the congress opens, of its length
        opened = next((k for k in kept if k.recogniser == "term" and k.plan), None)
        if opened is None:
            return None
        return replace(men, period=opened.period.step(-1), year_stated=True)
    if men.recogniser == "past-years" and men.year_stated:   # its years named in its sentence (_years_named)
        return men
    if men.recogniser == "years-since":   # dated by its start (_years_since), else none
        return men if men.year_stated else None
    if men.recogniser == "past-years":    # "5 năm qua" at a congress opening 2021-2026: 2016-2021
        opened = next((k for k in kept if k.recogniser == "term" and k.plan), None)
        if opened is None:
            return None
        return replace(men, period=Period(opened.period.year - men.period.index, "term", men.period.index),
                       year_stated=True)
    if men.recogniser == "this-month":    # "trong tháng này ... Tính chung 10 tháng năm 2022": the tenth month
        ends = [k.period.months[1] for k in kept if k.reported and k.period.months[0] == 1 and k.period.kind != "year"
                and k.period.kind in ("ytd", "quarter", "half")]
        month = ends[-1] if ends else date_month
        return replace(men, period=Period(0, "month", month)) if month else None
    if men.recogniser == "now":           # "Đến nay, ...": the year so far to the text's date, else nothing
        if not date_year or not date_month:
            return None
        through = date_month if date_day and date_day >= 16 else date_month - 1
        if through < 1:
            return None
        return replace(men, period=ytd(date_year, 12 if date_month == 12 else through), year_stated=True)
    if men.recogniser == "so-far":        # "từ đầu năm đến nay": through the month before the date's
        if not date_year and date_month and men.year_stated:   # "Ngày 21.4, ... tính từ đầu năm 2021 đến nay": dated
            through = date_month if date_day and date_day >= 16 else date_month - 1   # by its lead's day (_lead_day)
            return replace(men, period=ytd(men.period.year, through)) if 1 <= through <= 11 else men
        if not date_year or not date_month:     # "từ đầu năm 2019 đến nay" undated: the year 2019 so far; without
            return men                          # its year, the one the text lends it ("so với cùng kỳ năm 2023": 2024)
        if men.year_stated and men.period.year < date_year:
            return men
        # written in a month's second half (from its 16th): through that month, most of it gone: "Từ đầu năm đến nay,
        # ... giải ngân 201,4 tỷ đồng" on a page of 17/07/2020 is the year so far through July (one of 15/11/2022,
        # "Hôm nay 15/11, ...", through October)
        through = date_month if date_day and date_day >= 16 else date_month - 1
        if through < 1:                         # nothing of this year is over yet
            return None
        # written in December: the year's own report ("từ đầu năm đến nay" is the year)
        return replace(men, period=ytd(date_year, 12 if date_month == 12 else through), year_stated=True)
    return men


def _lent(men: Mention, to: Mention) -> int:
    """The year ``men`` lends to ``to``, which states none: a comparison names the year before the reported
    one, or the edition before it ("trong tháng Bảy ... so với tháng 6/2024": 2024); a plan of the same kind names
    the edition after it ("năm vừa qua ... nhiệm vụ năm 2012": 2011)."""
    if men.comparison and to.comparison:      # "so với tháng Sáu ... so với tháng 6/2024": the one compared with
        return men.period.year
    if men.comparison:   # "so với cùng kỳ năm 2021" (a year earlier); "so với tháng 6/2024" (the month before)
        if men.period.kind == to.period.kind and men.period.kind != "year" and men.period.index != to.period.index:
            return men.period.year + (1 if to.period.index < men.period.index else 0)
        return men.period.year + 1
    if men.plan and men.period.kind == to.period.kind:
        return men.period.step(-1).year
    return men.period.year


def choose(mentions: list[Mention], strict: bool = False) -> Mention | None:
    """The period a text reports on.

    In this order, the first mention that is reported (not announced as the
    next period's plan, not a comparison): of a calendar kind (not a bare year
    in passing); a term under review ("tổng kết ... nhiệm kỳ 2022–2023"); a
    length ("Trong 09 tháng,"); a year; a term named in passing.  Of two
    consecutive editions named together ("sơ kết 6 tháng đầu năm ... 6 tháng
    cuối năm 2023") the earlier; a quarter reported with the next half's plan
    ("Quý II và nhiệm vụ 6 tháng cuối năm") is the half it ends.  ``strict``:
    reported ones only (None when the text names only plans and comparisons),
    else the first mention of all.
    """
    def rank(m: Mention) -> int:
        if not m.reported:
            return 9
        if m.passing:
            return 4                              # a month in passing ("vào tháng 7"): below a year
        if m.recogniser in ("month-bare", "this-month"):
            return 3                              # "Trong tháng 10, ...": its year borrowed, as good as a year
        if m.specific and not m.weak:
            return 0 if m.period.kind != "term" else 1
        return 2 if m.weak else 3 if m.period.kind == "year" else 5     # a length; a year; a term in passing

    pools = [[m for m in mentions if rank(m) == r] for r in range(6)]
    if not strict:
        pools += [[m for m in mentions if m.specific and not m.comparison and not m.target and not m.event
                   and not m.elected and not m.term_of and not m.aside],
                  [m for m in mentions if not m.target and not m.event and not m.elected and not m.term_of
                   and not m.aside]]
    for pool in pools:
        if pool:
            first = _headline_months_so_far(_month_of_cumulative(pool[0], mentions), mentions)
            pinned = _month_of_its_cumulative(first, mentions)
            if pinned is not first:
                return _implied_by_plan(pinned, mentions)
            earlier = [m for m in mentions if m.specific and m.period.step(1) == first.period and not m.comparison
                       and not m.passing]
            if earlier and _series(earlier[0].period, mentions):
                earlier = []          # "quý I tăng 3,28%, quý II tăng 4,05%, quý III tăng 5,33%": a series, not a pair
            if earlier and _compared(earlier[0].period, first, mentions):
                earlier = []          # "tháng 11/2022 ... tăng 80,6% so với tháng 10/2022": the month before is its base
            return at_quarter_end(_implied_by_plan(earlier[0] if earlier else first, mentions), mentions)
    return None


def _compared(period: Period, reported: Mention, mentions: list[Mention]) -> bool:
    """The edition before the one ``reported`` is what the text compares it with ("Xuất khẩu hạt điều ... trong tháng
    11/2022 ... tăng 80,6% so với tháng 10/2022"): the later one is the report, not a report and its next period."""
    return any(m.comparison and m.period == period and m.start > reported.start for m in mentions)


def _series(period: Period, mentions: list[Mention]) -> bool:
    """The edition before ``period`` is named too: a run of consecutive editions ("quý I ..., quý II ..., quý III"),
    whose last is the one reported, not a report and its next period."""
    before = period.step(-1)
    return before.year == period.year and any(m.period == before for m in mentions)


def at_quarter_end(men: Mention, mentions: list[Mention]) -> Mention:
    """A quarter's release with the months so far to its end ("quý III và 9 tháng năm 2023", "GDP quý 3 ước tăng 5,33%.
    Tính chung 9 tháng năm 2023"): the months so far are the period (the cumulative report the quarter closes); the
    quarter's last month named before its quarter ("Trong tháng 3-2013 ... Tính chung, quý I-2013") is the quarter.
    (A month named with only its months so far, "tháng 10 ... Lũy kế 10 tháng", stays the monthly release.)"""
    def so_far(p: Period) -> bool:
        return p.kind == "ytd" or p.kind == "half" and p.index == 1 or p.kind == "quarter" and p.index == 1
    if men.period.kind == "month" and men.period.index % 3 == 0:
        quarter = Period(men.period.year, "quarter", men.period.index // 3)
        men = next((m for m in mentions if m.period == quarter and m.start > men.start and not m.comparison
                    and not m.target and not m.passing and m.recogniser in ("quarter", "quarter-code")), men)
    if men.period.kind != "quarter":
        return men
    if men.headline and not any(m.headline and so_far(m.period) for m in mentions):
        return men      # "Chỉ số giá nguyên nhiên vật liệu giảm trong Quý III" heads "quý III và 9 tháng năm 2023"
    end = men.period.months[1]
    # (not "quý III/2016, tiêu thụ toàn VICEM đạt ... Lũy kế 9 tháng đầu năm 2016, ...": a running total after the
    # quarter, as "tháng 10 ... Lũy kế 10 tháng" stays the month)
    return next((m for m in mentions if so_far(m.period) and m.period.months == (1, end) and m.period.year ==
                 men.period.year and not m.comparison and not m.target and not m.event and not m.same_period
                 and not (m.running and m.start > men.start)), men)


def _month_of_cumulative(men: Mention, mentions: list[Mention]) -> Mention:
    """"Trong tháng 10, ... Lũy kế 10 tháng, ...": a month reported before the year so far to it is a monthly report
    (before "từ đầu năm đến nay" of a text without its date, which leaves the month open: any month of its year)."""
    open_end = men.recogniser == "so-far" and men.period.kind == "year"
    counted = men.recogniser in ("months-to-date", "cumulative", "length") and men.period == Period(men.period.year,
                                                                                                  "quarter", 1)
    if men.period.kind != "ytd" and not open_end and not counted:     # "3 tháng đầu năm" is Q1, counted as months
        return men
    return next((m for m in mentions if m.start < men.start and m.period.kind == "month" and m.reported
                 and (not m.passing or m.recogniser == "month-bare" and not m.meeting and not open_end
                      and m.period.index == men.period.months[1])       # "tháng 10 của cả nước ... 10 tháng năm 2016"
                 and m.period.year == men.period.year
                 and (open_end or m.period.index == men.period.months[1])
                 # "Năm tháng, xuất khẩu gạo mang về ... trong tháng 5 ... Tính chung năm tháng đầu năm nay": the months
                 # so far named before the month (a headline) are the report, the month a part of them
                 and not any(k.period == men.period and k.start < m.start and k.reported for k in mentions)), men)


def _headline_months_so_far(men: Mention, mentions: list[Mention]) -> Mention:
    """"Công ty TNHH MTV Cao su Dầu Tiếng: 4 tháng, lợi nhuận hơn 119 tỷ đồng / Trong tháng 4/2014, ... Lũy kế 4 tháng đầu
    năm 2014": the months so far a headline names (a length there, "4 tháng,") are the report, the month they end with
    a part of it (the months so far as the body writes them, else the headline's)."""
    if men.period.kind != "month" or men.headline:
        return men
    heads = [m for m in mentions if m.headline and m.reported and m.period.kind in ("ytd", "quarter", "half")
             and m.period.year == men.period.year and m.period.months == (1, men.period.index)]
    if not heads:
        return men
    return next((m for m in mentions if m.period == heads[0].period and m.reported and not m.weak and not m.headline
                 and m.start > men.start), heads[0])


def _month_of_its_cumulative(men: Mention, mentions: list[Mention]) -> Mention:
    """"Thực hiện tháng 9 năm 2023 | Ước tính tháng 10 năm 2023 | Lũy kế thực hiện 10 tháng năm 2023": of the months a
    monthly release names, the one its year-so-far runs to is the edition (the other is the month before it)."""
    if men.period.kind != "month":
        return men
    cums = [m for m in mentions if m.reported and m.period.kind == "ytd" and m.period.year == men.period.year]
    if not cums or any(m.reported and m.period.year == men.period.year and m.period.kind in ("ytd", "quarter", "half")
                       and m.period.months == (1, men.period.index) for m in mentions):
        return men      # "tháng 3/2023 ... Tính chung quý I/2023": the quarter so far runs to it (not China's "2 tháng")
    return next((m for c in cums for m in mentions if m.reported and not m.passing and m.period.kind == "month"
                 and m.period.year == men.period.year and m.period.index == c.period.index), men)


def _implied_by_plan(men: Mention, mentions: list[Mention]) -> Mention:
    """"Quý II và nhiệm vụ 6 tháng cuối năm": a plan for the next half makes the report the half it ends."""
    for p in mentions:
        if p.plan and p.period.kind == "half" and men.period.kind in ("quarter", "month"):
            before = p.period.step(-1)
            if before.months[1] == men.period.months[1] and before.year == men.period.year:
                return replace(men, period=before)
    return men


def find_period(text: str, date_year: int | None = None, date_month: int | None = None) -> Period | None:
    """The period a free text (a title, a heading, an opening line) reports on, if it names one."""
    men = choose(find_mentions(text, date_year, date_month))
    return men.period if men else None


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


def names_period(text: str) -> bool:
    """The text names a period of its own (a trích yếu ``… 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024``)."""
    return any(m.period is not None and m.recogniser not in ("past-year", "past-years", "length", "date-range",
                                                             "month-bare", "to-day", "this-month")
               for m in find_mentions(text or ""))


def trich_yeu(title: str, period_words: str) -> str:
    """A report's trích yếu: its title followed by its period, or the title alone when it names its periods
    itself (a title moved on to the new period in its own notation)."""
    title = " ".join((title or "").split())
    return title if names_period(title) else " ".join(f"{title} {period_words or ''}".split())


def move_words(words: str, old: Period, new: Period) -> str | None:
    """``words`` naming ``old`` rewritten to name ``new`` in the same notation (``sáu tháng đầu năm 2023`` →
    ``sáu tháng đầu năm 2024``, ``nhiệm kỳ 2022–2023`` → ``nhiệm kỳ 2023–2024``); None when it cannot be."""
    found = [m for m in find_mentions(words or "") if m.period is not None]
    if len(found) != 1 or found[0].period != old:
        return None
    m = found[0]
    moved = words[:m.start] + m.rewrite(words, new) + words[m.end:]
    try:
        return moved if parse_period(moved) == new else None
    except ValueError:
        return None
