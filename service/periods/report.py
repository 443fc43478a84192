"""The period a text reports on (:func:`choose`, :func:`find_period`), and a text's words moved to another period
(:func:`move_words`, :func:`trich_yeu`)."""

from __future__ import annotations

from dataclasses import replace

from .model import Mention, Period, parse_period
from .mentions import find_mentions
from .later_balance import later_balance
from .months_told import months_in_turn
from .quarters_told import quarters_so_far
from .year_end_stock import stretch_to_year_end

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
            first = stretch_to_year_end(later_balance(_whole_of_part(pool[0]), mentions), mentions)
            first = quarters_so_far(first, mentions)   # "quý I ..., quý II ..., quý III ... 9 tháng" (.quarters_told)
            first = months_in_turn(first, mentions)    # "từ tháng 9-2020 ... Sang tháng 10-2020 ... tháng 11-2020"
            first = _headline_months_so_far(_month_of_cumulative(first, mentions), mentions)
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


def _whole_of_part(men: Mention) -> Mention:
    """A month singled out ("Riêng tháng 7-2020, xảy ra 707 vụ", :attr:`Mention.part_of`) reports the months so far
    through it: the whole, named by no words of its own (its words are the month's)."""
    return men if men.part_of is None else replace(men, period=men.part_of, recogniser="singled-out")


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
                 and not (m.running and (m.start > men.start or m.passing))), men)   # (.statements: a filed quarter's)


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
    """"Quý II và nhiệm vụ 6 tháng cuối năm": a plan for the next half makes the report the half it ends; a page read
    only by its year that plans a later quarter of it ("... đã giải quyết 26/57 đơn. Trong quý II, tỉnh sẽ đẩy nhanh
    tiến độ thực hiện kế hoạch thanh tra năm 2015") reports the quarter before that one, as a quarterly report closes
    with the next quarter's tasks."""
    if men.period.kind == "year":
        ahead = [p for p in mentions if p.plan and p.period.kind == "quarter" and p.period.year == men.period.year
                 and p.period.index > 1]
        if len({p.period for p in ahead}) == 1:
            return replace(men, period=ahead[0].period.step(-1), recogniser="before-plan")
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
