"""Which column of a figures file holds which field: read from the header's titles.

Titles are read by :func:`service.figures.schema.read_title`; here they are put
together:

- value columns titled by a period or a date take their role from the reporting
  period (``Năm 2023 | 6 tháng đầu năm 2024``, ``Đến 30/6/2023 | Đến 30/6/2024``);
- several period-titled columns and no period chosen: the latest, then the
  widest, is the period's (``Giai đoạn 2015-2020 | Năm 2015``), said in a warning;
- one column holds the period's value: a title that says so outright (``Kỳ báo
  cáo``) before a plain ``Thực hiện``/``Kết quả``, before one titled by the
  reporting period or a date in it, before a bare quantity (``Tổng số``,
  ``Số lượng``, ``Tổng số dân``), before an estimate (``Ước TH cả năm``), before a
  running total (``Lũy kế``); the others are set aside with a warning — but a bare
  quantity whose numbers are the wholes of the values beside it (``39/45``) is the
  plan (``Kế hoạch``: the base a share is taken of), said in a warning;
- a plan read from a title's grammar (``Số đăng ký năm 2012``) is the plan of a value
  column beside it (``Số đạt danh hiệu năm 2012``); alone, it is a column of numbers;
- a running total beside the period's value (``Tháng 11/2019 | Lũy kế từ đầu năm``)
  is loaded as rows of their own (``load``), each label + ``(từ đầu năm)``;
- a table with no such title and a single unknown column of numbers: that column
  is the value, said in a warning; several: an error naming them;
- no column titled as the indicator (``Hạng mục thiệt hại``, ``Tiêu chí``): the
  leftmost column whose cells are mostly words is, said in a warning;
- a column titled ``Đơn vị`` holding units is the unit column; an unknown,
  untitled or comparison column is set aside with a warning; a missing indicator
  or value column is an error saying which row was taken as the header and what
  titles were expected.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal

from service.errors import ProblemList
from service.figures.monthbefore import against_the_period_before
from service.figures.otherbase import another_base
from service.figures.earlieredition import an_earlier_edition
from service.figures.termend import to_the_terms_end
from service.figures.earlieryears import compared_with_years_before, same_months_years_before
from service.figures.yearend import rate_since_year_end
from service.figures.dayspan import day_span_inside
from service.figures.headings import occasion_fits, occasion_heading, running_from_the_year_start, \
    same_occasion_a_year_before
from service.figures.runningquantities import running_quantities
from service.figures.runningtitle import running_a_year_before, title_periods
from service.figures.sideblock import block_beside_value
from service.figures.wholes import names_the_whole, whole_by_its_rate
from service.figures.shares import count_heading, share_heading
from service.figures.change import change_kind, names_the_fall, same_months_of_a_year_named
from service.figures.rangecells import range_ends
from service.figures.read import RawTable, header_said, only_comparisons
from service.figures.stock import addition_and_stock
from service.figures.unitrows import named_unit, names_units
from service.figures.unitrows import said as units_said
from service.figures.yearless import period_with_its_year
from service.figures.schema import (COLUMNS, DERIVED, FOOTNOTE_MARK, GENERIC, NONE_MARKS, PART_OF_VALUE, SIGNS, is_none_mark, NUMERIC, PERIOD, REQUIRED, STT, TITLES,
                                    ColumnTitle, fold, read_title, read_unit, strip_marks, this_period, title_period)
from service.figures.schema import _CUMULATIVE as _CUMULATIVE_WORDS
from service.figures.schema import MONTHS_SUMMED, TO_MONTH
from service.numbers import parse_table_number
from service.periods import Period, parse_period

KEY_COLUMNS = ("ma", "chi_tieu", "don_vi_tinh", "ky_bao_cao")  # two of one: which holds the value? an error
VALUE = ("ky_bao_cao", PERIOD)


@dataclass
class Layout:
    """Which file column holds which field, and what the header says about the period."""

    cols: dict[int, str] = field(default_factory=dict)     # index → canonical column
    titles: dict[str, str] = field(default_factory=dict)   # canonical column → title as written
    stt: int | None = None
    period: Period | None = None                           # the period the header names for the values
    aside: dict[int, str] = field(default_factory=dict)    # running totals beside the value (index → title)
    running: dict[int, str] = field(default_factory=dict)  # the running totals loaded as rows of their own
                                                           # (index → the column they fill on that row)
    cumulative: bool = False                               # the value column is a running total (Lũy kế)
    running_label: str = ""                                # what a running-total row's label adds: "từ đầu năm"
    measures: dict[int, tuple[str, str]] = field(default_factory=dict)  # a second quantity of each row, loaded
                                                           # as rows of their own (index → (title, unit))
    running_measures: dict[int, int] = field(default_factory=dict)  # the running total of a second quantity
    #   (``4T/2020 Trị giá (USD)`` beside ``T4/2020 Trị giá (USD)``): running column → that quantity's column
    parts: dict[int, tuple[str, Period]] = field(default_factory=dict)  # values of a part of the period (``Năm
                                                           # 2016`` in a term 2016-2021, ``Quý I`` in a half), loaded as
                                                           # rows of their own (index → (title, period))
    part_base: set[int] = field(default_factory=set)       # parts that are the term's first year: the base of
                                                           # "so với năm 2015" beside the term's value (no row then)
    editions: set[int] = field(default_factory=set)        # parts that are an earlier edition of the period
                                                           # (``Tháng 9/2020`` in a 2020-11: ``an_earlier_edition``)
    since_start: bool = False                              # the running total is a total to a date since the
                                                           # work began (``Lũy kế đến 30/6/2018`` beside ``6 tháng đầu
                                                           # năm 2018``): no year-to-date
    qualifiers: dict[int, str] = field(default_factory=dict)  # a words column before the indicator's telling rows
                                                           # apart (``Đối tượng``: the pest; ``Loại hình``): joined into
                                                           # the label (index → title)
    value_unit: str = ""                                   # the unit the value column's title gives (``Diện tích
                                                           # (ha)``, ``Quần chúng tham gia (lượt)``)
    places: dict[int, str] = field(default_factory=dict)   # the value of each place or level beside the whole's
                                                           # (``Toàn tỉnh | Cấp tỉnh | Cấp huyện``), loaded as rows of
                                                           # their own (index → title: the organisation)

    shares: dict[int, str] = field(default_factory=dict)  # a part of each row's value (``Chia ra: Đường bộ``,
                                                           # ``Trong đó: kiến nghị thu hồi``), loaded as rows of their
                                                           # own in the row's unit (index → the part's name)
    cells: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # a matrix's columns (``Thụ lý | Đã
                                                           # giải quyết | Còn lại``, ``Năm 2016 Mắc | Năm 2016 Tử
                                                           # vong``): each cell a row of its own «<chỉ tiêu>: <name>»
                                                           # (index → (name, its unit or None: the row's))
    part_measures: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # a past period's column of a
                                                           # second quantity (``2005`` over ``Năng suất (tạ/ha)``): the
                                                           # part row's name, unit and the quantity's number (its
                                                           # code's, as the period's row ``<mã>-2``)
    cell_changes: dict[int, int] = field(default_factory=dict)  # a matrix cell's change against last year
                                                           # (``Tăng/giảm so cùng kỳ (vụ)`` beside ``Số vụ``): cell
                                                           # index → the change's column; last year's = cell − change
    cell_last: dict[int, int] = field(default_factory=dict)  # a matrix cell's last year's column (``Năm 2015 Mắc``
                                                           # under ``Năm 2016 Mắc``): cell index → its column
    rates: dict[int, tuple[str, str]] = field(default_factory=dict)  # a change in % against last year beside a
    #   'Cùng kỳ' column (``So cùng kỳ (%)``): in a row whose 'Cùng kỳ' cell is blank, the rate is kept as the row's
    #   own sub-row «<chỉ tiêu>: tăng so với cùng kỳ» in % (index → (title, change kind: pct or ratio))
    cell_pairs: set[int] = field(default_factory=set)      # matrix columns whose cells are a value and its plan
    #   (``31,24/32,5`` under ``Mực nước hiện tại/thiết kế (m)``)
    rate_cells: set[int] = field(default_factory=set)      # matrix columns of a table of comparisons only (a CPI):
    #   read as typed, a sign allowed (``-0,05`` so với tháng trước)
    cell_parts: set[int] = field(default_factory=set)      # matrix columns that are a part of the one left of them
    #   (``Trong đó: tốc mái, hư hại hoàn toàn (nhà)``): numbered after the others, so the others' codes stay
    shares_only: dict[int, str] = field(default_factory=dict)  # a share column (``Tỷ lệ (%)``) set aside as
    #   recomputed: a row whose value cell is empty and which states its share (``Trong đó: cung cấp cho doanh nghiệp
    #   … | m3 | | 8``) keeps it as its value for the period, in % (index → title)
    worded: set[int] = field(default_factory=set)  # change columns whose every cell is a rate in words (``tăng 13,25%``)
    changes: dict[int, tuple[str, str]] = field(default_factory=dict)  # a change against last year (``Tăng/giảm
    plan_rates_only: bool = False   # plans and their rates, no column of the amount done (plan_and_rates_only)
    plan_share_columns: int = 0     # comparison columns that are rates of a plan (two: one of a plan not in the table)
    indexed: set[int] = field(default_factory=set)  # change columns titled as an increase in % whose every number
    #   lies where an index does (80–200: ``Tăng so với cùng kỳ (%)`` over 108,5, 112): an index or a rate, not said
    signed_changes: bool = False  # the sheet types its changes with their signs, a + at least (``+0,6``, ``-6,1``):
    #   a rate typed so is a rate of change, kept where it gives no exact last year's value
    running_changes: set[int] = field(default_factory=set)  # change columns right of a running total (``Lũy kế 7
    #   tháng | So cùng kỳ 7 tháng (%)``): the running total's change, not the period value's
    part_changes: dict[int, int] = field(default_factory=dict)  # change columns right of a part of the period's
    #   column (``Tháng 7/2020 | Tháng 7 tăng giảm so với cùng kỳ | 7 tháng năm 2020 | …``): change → the part's column
    unit_rows: str = ""  # a table wide by unit (``Đoàn | HCV | HCB``): the words column is one of units, its
    #   title here; each matrix cell is «<chỉ tiêu> (<đơn vị>)», organisation the row's unit (unitrows)
    low_indexes: set[int] = field(default_factory=set)  # ratio columns of indexes (most ≥ 50, none signed) whose few
    #   numbers below 50 are indexes too: ``6,70`` among 115,74 · 130,74 · 81,95 is «giảm 93,30%» (indexes_below_floor)
    part_lasts: dict[int, int] = field(default_factory=dict)  # a 'Cùng kỳ' column dated a year before a part of the
    #   period (``Thực hiện tháng 7/2011 | Cùng kỳ tháng 7/2010 | Ước thực hiện 7 tháng năm 2011 | Cùng kỳ 7 tháng năm
    #   2010``): that part's last year, not the period's (last-year column → the part's column)
    before_columns: dict[int, str] = field(default_factory=dict)  # a rate or index in per cent against the month
    #   (quarter) just before, the sheet holding no value of it (``Tháng 2 so với tháng trước (%)`` 101,72): each
    #   number a row of its own «<chỉ tiêu>: so với tháng trước» (index → title; beforerows)
    part_before: dict[int, int] = field(default_factory=dict)  # a change in numbers against the month or quarter
    #   just before a part of the period, which no column holds (``Tháng 10/2017 | Tăng (+), giảm (-) so với tháng
    #   9/2017 | 10 tháng năm 2017``): change → the part's column, whose row gets Kỳ trước = value − change
    before_rates: dict[int, str] = field(default_factory=dict)  # a rate column naming no base right of a change
    #   against the previous edition (``So với tháng 7/2024 | Tỷ lệ tăng, giảm (%)``): that change's rate, checked
    #   against Kỳ trước, or giving it where the change is blank (index → title)
    since_year_start: dict[int, str] = field(default_factory=dict)  # a change against the end of last year in a
    #   period from January (``Tăng so với cuối năm 2021`` in 6 tháng 2022): the start of the period, Kỳ trước
                                                           # so với năm 2016``, ``So sánh cùng kỳ (%)``): last year's
                                                           # value derived from it (index → (title, change kind))

    def running_title(self) -> str:
        """The title of the running total of the period's value (``Lũy kế từ đầu năm``), "" if none is loaded."""
        return next((self.aside[i] for i, c in self.running.items() if c == "ky_bao_cao"), "")


def _year_before(p: Period | None) -> int | None:
    return _end(p)[0] - 1 if p is not None and p.kind != "term" else None


def _end(p: Period) -> tuple[int, int]:
    """(year, month) the period ends in: a term ends in its last year, 9 months in September."""
    return p.year + (p.index if p.kind == "term" else 0), p.months[1]


def _width(p: Period) -> int:
    """How many months a period covers (a term: all its years)."""
    first, last = p.months
    return (p.index + 1) * 12 if p.kind == "term" else last - first + 1


def _target(cands: list[tuple[int, ColumnTitle]]) -> Period:
    """The reporting period when nothing says it: the latest — but an estimate of the year beside an actual of
    part of it (``Thực hiện 6 tháng đầu năm 2024 | Ước thực hiện năm 2024``) is the outlook: the actual's."""
    latest = max(cands, key=lambda c: (_end(c[1].period), _width(c[1].period)))[1]
    if latest.estimate:
        actual = [ct.period for _, ct in cands if not ct.estimate and _end(ct.period)[0] == _end(latest.period)[0]]
        if actual:
            return max(actual, key=_end)
    return latest.period


def _period_roles(read, target: Period | None) -> tuple[dict[int, str | None], Period | None]:
    """Value columns titled by a period (``Năm 2023 | 6 tháng đầu năm 2024``): which is the period's, which a year
    before, which the previous edition's (``Quý I/2024 | Quý II/2024``)."""
    cands = [(i, ct) for i, _, ct in read if ct.column in VALUE and ct.period and not ct.cumulative]
    if not cands:
        return {}, None
    if len(cands) == 1:  # the only one: the period's values (load says so when the periods differ)
        i, ct = cands[0]
        if target is not None and ct.estimate and ct.period != target and _part_of(target, ct.period) and \
                any(c.column in VALUE and not c.period and not c.estimate and not c.cumulative for j, _, c in read
                    if j != i):  # "Thực hiện 6 tháng | Ước thực hiện năm 2024": the year's outlook beside the actual
            return {i: None}, None
        return {i: "ky_bao_cao"}, ct.period
    target = target or _target(cands)
    before, previous = target.shift_years(-1).code, target.previous_edition().code
    roles = {i: "ky_bao_cao" if ct.period.code == target.code else "cung_ky" if ct.period.code == before else
             "ky_truoc" if ct.period.code == previous else None for i, ct in cands}
    ends = [i for i, t, _ in read if i in roles and to_the_terms_end(t, target)]
    if "ky_bao_cao" not in roles.values() and len(ends) == 1:
        roles[ends[0]] = "ky_bao_cao"   # "Kết quả đến tháng 12/2020" in a 2010-2020 report: the term's count
    return roles, target


def _plan_roles(read, target: Period | None) -> dict[int, str | None]:
    """Plans titled by their years (``Năm 2023 KH | Năm 2024 KH``): the reporting period's year's is the plan; a
    plan for a later year alone (``Thực hiện năm 2016 | Kế hoạch năm 2017``) is the next period's, not this one's."""
    plans = [(i, ct) for i, _, ct in read if ct.column == "ke_hoach" and ct.period]
    if target is None or not plans:
        return {}
    year = _end(target)[0]
    if len(plans) == 1:
        i, ct = plans[0]
        return {i: None} if plan_after(ct.period, target) or span_plan(ct.period, target) else {}
    return {i: "ke_hoach" if _end(ct.period)[0] == year and not span_plan(ct.period, target) else None
            for i, ct in plans}


def plan_after(plan: Period, target: Period) -> bool:
    """A plan for a period that begins after the reporting period ends is the next period's, not this one's: a later
    year (``Thực hiện năm 2018 | Kế hoạch năm 2019``, Than Núi Béo, round 36's e03) or a later month of the same year
    (``Thực hiện 8 tháng 2017 | … | Kế hoạch tháng 9/2017``, TKV, e04: the 68,3% «so KH năm» had been dropped as if
    the month's 2 triệu tấn were the year's plan).  The year holding the period (``Kế hoạch năm 2017`` beside 8 months)
    and the period itself stay its plan."""
    return plan.kind != "term" and (plan.year > _end(target)[0] or _start(plan) > _end(target))


def span_plan(plan: Period, target: Period) -> bool:
    """A plan of a span of years (``Kế hoạch giai đoạn 2024-2025``) beside a period that is not a span (``Thực hiện
    đến hết tháng 7/2024``): the plan of all its years, not of the period's year (d10 of round 23: 98.210 ha over
    2024-2025 had been the plan of 9.931 ha planted by July 2024, «đạt 10%» where the page says 20% of the year's)."""
    return plan.kind == "term" and target.kind != "term" and _width(plan) > 12


def _start(p: Period) -> tuple[int, int]:
    return p.year, 1 if p.kind == "term" else p.months[0]


def _part_of(p: Period, whole: Period | None) -> bool:
    """``p`` lies inside the reporting period and is shorter (``Năm 2016`` in ``2016-2021``, ``Quý I`` in ``2024-H1``)."""
    if whole is None or p.code == whole.code:
        return False
    return _start(whole) <= _start(p) and _end(p) <= _end(whole) and _width(p) < _width(whole)


@dataclass(frozen=True)
class DaysOfMonth:
    """Days of a month inside the report period (``15 ngày đầu tháng 6/2018``, ``Kỳ 1 tháng 6/2018``, ``Nửa đầu tháng
    6/2018``: the customs' half-month release, nhandieurangmuoi 2018, round 29's f08): its rows are labelled
    ``<chỉ tiêu> (15 ngày đầu tháng 6/2018)``, coded ``<mã>-<tháng>-<phần>`` — numbers of part of the month, never the
    month's."""

    words: str
    month: Period
    tag: str

    @property
    def code(self) -> str:
        return f"{self.month.code}-{self.tag}"

    @property
    def text(self) -> str:
        return self.words


#: «15 ngày đầu tháng 6/2018», «10 ngày cuối tháng 6 năm 2018», «Kỳ 1 tháng 6/2018», «Nửa đầu tháng 6/2018» (folded)
_DAYS_OF_MONTH = re.compile(r"^(?:(\d{1,2}) ngay (dau|cuoi)|ky (1|2|i|ii)|nua (dau|cuoi)) thang (\d{1,2})"
                            r"(?:/| nam )(\d{4})\b")


def days_of_a_month(title: str, whole: Period | None) -> DaysOfMonth | None:
    """The part a column of some days of a month names, when the month is the report period or inside it; None
    otherwise (main set such a column aside «cột không thuộc bảng số liệu», losing 16,5 nghìn tấn)."""
    t = unicodedata.normalize("NFC", str(title)).strip()
    m = _DAYS_OF_MONTH.match(fold(t))
    if m is None and whole is not None and whole.kind not in ("term",) and \
            (span := day_span_inside(t, whole.months, whole.year)) is not None:
        words, month, day = span   # «Riêng 7h 28/1 - 7h 29/1/2017» in 2017-01: a day of the period
        return DaysOfMonth(words, parse_period(f"{whole.year}-{month:02d}"), f"D{day:02d}")
    if m is None or whole is None:
        return None
    month = parse_period(f"{m.group(6)}-{int(m.group(5)):02d}")
    if month.code != whole.code and not _part_of(month, whole):
        return None
    tag = (f"N{m.group(1)}{'D' if m.group(2) == 'dau' else 'C'}" if m.group(1) else
           f"K{1 if m.group(3) in ('1', 'i') else 2}" if m.group(3) else f"K{1 if m.group(4) == 'dau' else 2}")
    end = fold(t).find(m.group(6)) + len(m.group(6))
    return DaysOfMonth(f"{t[:1].lower()}{t[1:end]}", month, tag)


@dataclass(frozen=True)
class Outlook:
    """The estimate of a period longer than the report's and holding it (``Ước thực hiện năm 2024`` beside ``6 tháng
    đầu năm 2024``): its rows are labelled ``<chỉ tiêu> (ước thực hiện năm 2024)``, coded ``<mã>-U2024``."""

    period: Period
    plan: bool = False   # the table's plan is of that longer period (``KH năm 2024``): the estimate's plan too

    @property
    def code(self) -> str:
        return f"U{self.period.code}"

    @property
    def text(self) -> str:
        return f"ước thực hiện {self.period.text}"


@dataclass(frozen=True)
class Forecast:
    """The forecast of a period after the report's (``Dự kiến quý II/2010`` beside ``Quý I/2010``: the labour office's
    outlook, jvnet 2010, round 26's f02): its rows are labelled ``<chỉ tiêu> (dự kiến quý II năm 2010)``, coded
    ``<mã>-DK2010-Q2`` — a number the report states («dự kiến quý II đạt khoảng 25.000 người»), never the period's."""

    period: Period
    words: str = "dự kiến"
    plan: bool = False

    @property
    def code(self) -> str:
        return f"DK{self.period.code}"

    @property
    def text(self) -> str:
        return f"{self.words} {self.period.text}"


#: The words a forecast column's title opens with: ``Dự kiến``, ``Dự báo``, ``Ước``, ``Ước tính``, ``Ước thực hiện``.
_FORECAST_WORDS = re.compile(r"^(du kien|du bao|uoc thuc hien|uoc tinh|uoc)\b")


def forecast_of_a_later_period(title: str, ct, whole: Period | None) -> Forecast | None:
    """A column titled as a forecast (its first words: ``Dự kiến``, ``Ước``) of a period that starts after the report
    period ends: kept as rows of their own (``Forecast``), never set aside unsaid as «số liệu của kỳ khác»."""
    if ct.period is None or not ct.estimate or whole is None or _start(ct.period) <= _end(whole):
        return None
    m = _FORECAST_WORDS.match(fold(unicodedata.normalize("NFC", title)).strip())
    if not m:
        return None
    return Forecast(ct.period, "dự kiến" if m.group(1).startswith("du") else "ước thực hiện")


@dataclass(frozen=True)
class DatedEstimate:
    """The estimate of a balance at a day after the report period's end (``Ước đến 30/9/2020`` beside ``8 tháng đầu
    năm 2020 (đến 31/8/2020)``: a bank branch's outlook for the month's end, baothainguyen 2020, round 27's f09): its
    rows are labelled ``<chỉ tiêu> (ước đến 30/9/2020)``, coded ``<mã>-U20200930`` — a number the report states («ước
    đến cuối tháng 9 đạt khoảng 73.200 tỷ đồng»), never the period's."""

    date: tuple[int, int, int]
    plan: bool = False

    @property
    def code(self) -> str:
        year, month, day = self.date
        return f"U{year:04d}{month:02d}{day:02d}"

    @property
    def text(self) -> str:
        return f"ước đến {_date_text(self.date)}"


def estimate_at_a_later_date(title: str, ct, whole: Period | None) -> DatedEstimate | None:
    """A column titled as an estimate (``Ước``, ``Ước tính``, ``Dự kiến`` first) to a day after the report period
    ends (``Ước đến 30/9/2020`` in a report of the 8 months): kept as rows of their own (``DatedEstimate``), never
    set aside «số liệu của kỳ khác» — main lost 73.200 and 60.600 tỷ đồng so."""
    if ct.date is None or ct.period is not None or whole is None or whole.kind == "term":
        return None
    if not _FORECAST_WORDS.match(fold(unicodedata.normalize("NFC", title)).strip()):
        return None
    year, month, day = ct.date
    year = year if year is not None else _end(whole)[0]
    if (year, month) <= _end(whole):
        return None
    return DatedEstimate((year, month, day))


def _before(p: Period, whole: Period | None) -> bool:
    """``p`` ends before the reporting period starts (``Năm 2021`` before ``6 tháng đầu năm 2022``)."""
    return whole is not None and _end(p) < _start(whole)


def _within(date: tuple[int | None, int, int], p: Period) -> bool:
    """A date (``30/6/2019``; a year may be missing) inside the period's months (a term: its years)."""
    year, month, _ = date
    if p.kind == "term":
        return year is None or p.year <= year <= p.year + p.index
    first, last = p.months
    return (year is None or year == _end(p)[0]) and first <= month <= last


def _date_text(date: tuple[int | None, int, int]) -> str:
    year, month, day = date
    return f"{day}/{month}" + (f"/{year}" if year else "")


def _date_roles(read, target: Period | None, problems: ProblemList, src: str, hrow) -> dict[int, str | None]:
    """Value columns titled by the date their values run to (``Kết quả đến 30/6/2019``): compared with the
    reporting period when it is known (a year earlier: last year's values), else the latest date is the period's."""
    cands = [(i, t, ct) for i, t, ct in read if ct.column in VALUE and ct.date and not ct.period and not ct.cumulative]
    if not cands:
        return {}
    if target is None:
        if len(cands) == 1:
            return {cands[0][0]: "ky_bao_cao"}
        key = lambda d: ((d[0] or 0), d[1], d[2])  # noqa: E731
        latest = max((ct.date for _, _, ct in cands), key=key)
        roles = {i: "ky_bao_cao" if ct.date == latest else
                 "cung_ky" if ct.date[0] and latest[0] and ct.date[0] == latest[0] - 1 and ct.date[1:] == latest[1:]
                 else "ky_truoc" if latest[0] and _year_start(ct.date, latest[0]) else None for i, _, ct in cands}
    else:
        start = _start(target)
        roles = {i: "ky_bao_cao" if _within(ct.date, target) else
                 "cung_ky" if _within(ct.date, target.shift_years(-1)) else
                 "ky_truoc" if start[1] == 1 and _year_start(ct.date, start[0]) else None for i, _, ct in cands}
    for i, title, ct in cands:
        if roles[i] == "ky_truoc":  # "31/12/2011 | 30/6/2012": the balance the year started from, the base
            problems.warn(f"cột ghi số liệu đến ngày {_date_text(ct.date)} (cuối năm trước, số đầu năm): lấy làm số "
                          "kỳ trước để so sánh", file=src, row=hrow, column=title)
    if target is None:
        return roles
    if "ky_bao_cao" not in roles.values() and len(cands) == 1 and not opening_balance_beside_the_period(
            read, roles, target):
        i, title, ct = cands[0]  # the only value column: kept, but the date is said
        problems.warn(f"tiêu đề cột ghi số liệu đến ngày {_date_text(ct.date)}, ngoài kỳ báo cáo {target.text} "
                      f"({target.code}): vẫn lấy cột này làm số liệu kỳ báo cáo, hãy kiểm tra lại", file=src,
                      row=hrow, column=title)
        roles[i] = "ky_bao_cao"
    return roles


def opening_balance_beside_the_period(read, roles: dict, target: Period | None) -> bool:
    """Another column names the reporting period itself (``4 tháng đầu năm 2013 (đến 30/4/2013)``: the banking
    trade's balance at the period's end, named by its months with its last day in brackets — held-out
    yo-toan-quoc-ngan-hang-nha-nuoc-tin-dung-tam-nong-2013-4t's first try, round 27's f09) beside the one column
    titled by a date: that column is not the period's value because it is the only dated one — the balance the year
    started from (``Đến 31/12/2012``: Kỳ trước), or another day's (``Đến 30/9/2020``: aside, said).  Main took the
    dated column for the period's value too and refused the sheet («trùng vai trò 'Kỳ báo cáo'»)."""
    if target is None:
        return False
    return any(ct.period is not None and ct.period.code == target.code and ct.column in (PERIOD, "ky_bao_cao")
               for _, _, ct in read)


#: ``so với cuối năm 2021``, ``so với đầu năm``, ``so cuối năm trước`` (folded): the base is where the year began.
_YEAR_START_BASE = re.compile(r"\b(?:cuoi nam(?: truoc| (?:19|20)\d{2})?|dau nam|31 ?[/ -] ?12(?: ?[/ -] ?(?:19|20)\d{2})?)\b")


#: The word a comparison's base follows (folded): ``so với``, ``so``.
_SO_VOI = re.compile(r"\bso(?: voi)?\b")


def base_named(title: str) -> str:
    """The folded words a comparison's title names its base by: what follows ``so với``/``so`` (``Chỉ số bình quân 4
    tháng đầu năm 2018 so với cùng kỳ`` → ``cung ky``), the whole title when it has neither.  The words before name
    what is compared: «4 tháng đầu năm» is the span since January, never the base «đầu năm» (the start of the year) —
    main read the Hưng Yên CPI's average as «so với cuối năm trước (đầu năm)» and dropped it."""
    t = fold(title or "")
    found = list(_SO_VOI.finditer(t))
    return t[found[-1].end():] if found else t


def _against_year_start(title: str, period: Period | None) -> bool:
    """A change in numbers against the end of the year before a period that runs from January and is shorter than
    the year (6 tháng, 9 tháng, a quarter I, a month of January…): against the period's start, not last year's."""
    t = base_named(title)
    m = _YEAR_START_BASE.search(same_months_of_a_year_named(f"so voi {t}", _year_before(period)))
    if not m or period is None or period.kind == "term" or "%" in title or _start(period)[1] != 1 or _width(period) >= 12:
        return False
    year = re.search(r"(?:19|20)\d{2}", m.group(0))
    return year is None or int(year.group(0)) == period.year - 1


def against_last_year_end(title: str, period: Period | None) -> bool:
    """A change against the end of last year (``Tăng so với 31/12/2018``, ``so với cuối năm 2022 (%)``, ``so với
    đầu năm``) beside a period that does not run from January (a month of July, a quarter III): a balance's growth
    since the start of the year — neither against the same period last year (it had given c08's Cùng kỳ 72,9 nghìn
    tỷ, the balance of 31/12/2018) nor against the period just before (Kỳ trước, June's)."""
    t = base_named(title)
    m = _YEAR_START_BASE.search(t)
    if not m or period is None or period.kind == "term" or _width(period) >= 12 or _start(period)[1] == 1:
        return False
    year = re.search(r"(?:19|20)\d{2}", m.group(0))
    return year is None or int(year.group(0)) == period.year - 1


#: A base named as the period just before: ``so với tháng trước``, ``so quý trước``, ``so với kỳ trước`` (folded).
_PERIOD_BEFORE = re.compile(r"\b(?:(?:thang|quy|ky) (?:truoc|lien truoc)|(?:thang|quy|ky|thoi gian|giai doan) lien ke)\b")


def _against_period_before(title: str, period: Period | None, worded: bool = False) -> bool:
    """A change in numbers (no %) against the month or quarter just before a period of a month or a quarter
    (``So với tháng 4/2022 (+/-)`` beside ``Tháng 5/2022``; ``Tăng/giảm so tháng trước``): it gives the previous
    edition's value, ``Kỳ trước``.  ``worded``: the cells say each change in words with its unit (``tăng 4 vụ``),
    so a title naming only the base (``So với tháng 10/2025``) is one."""
    if period is None or period.kind not in ("month", "quarter") or "%" in title:
        return False
    if change_kind(title, None, False) != "abs" and not SIGNS.search(title) and not _CHANGE_WORDS.search(fold(title)) \
            and not worded:
        return False
    if _PERIOD_BEFORE.search(fold(title)):
        return True
    named = title_period(title)
    if named is None or named.kind != period.kind:
        return False
    year, index = (period.year, period.index - 1) if period.index > 1 else \
        (period.year - 1, 12 if period.kind == "month" else 4)
    return (named.year, named.index) == (year, index)


_CHANGE_WORDS = re.compile(r"\b(tang giam|tang/giam|chenh lech|tang|giam)\b")


def _year_start(date: tuple[int | None, int, int], year: int) -> bool:
    """``31/12/2011`` for a period of 2012 from January: the day before it starts, the balance it starts from."""
    return date == (year - 1, 12, 31)


def _month_end(date: tuple[int | None, int, int]) -> bool:
    year, month, day = date
    return year is not None and 1 <= month <= 12 and day == calendar.monthrange(year, month)[1]


def _date_period(read, roles: dict) -> Period | None:
    """The period columns by date give when nothing else does: from the start of the year (a column at 31/12 of the
    year before, the base) to the month end of the value column (``31/12/2011 | 30/6/2012`` → 6 tháng đầu năm
    2012); None for a date inside a month or with no start-of-year column."""
    dates = {roles.get(i): ct.date for i, _, ct in read if ct.date and not ct.period and roles.get(i)}
    end = dates.get("ky_bao_cao")
    if not end or "ky_truoc" not in dates or not _month_end(end) or end[1] < 2:
        return None
    year, month, _ = end
    return parse_period(f"năm {year}" if month == 12 else f"{month} tháng đầu năm {year}")


#: ``9 tháng``, ``6 thang``: a span of months (folded), more than one.
_MONTHS_SPAN = re.compile(r"(?<!\w)(?:[2-9]|1[0-2])\s+thang(?!\w)")


def _year_to_date(read, roles: dict, target: Period | None):
    """Columns of the months from January to the end of a month's or a quarter's report (``Tháng 7/2017 | 7 tháng/2017
    | 7 tháng/2016``): the running total of the period's value, and a year earlier of last year's — loaded as the
    running-total rows, not set aside as another period."""
    if target is None or target.kind not in ("month", "quarter"):
        return read
    running = any(ct.cumulative for _, _, ct in read)
    out = []
    for i, t, ct in read:
        if running and ct.column == "cung_ky" and not ct.cumulative and _MONTHS_SPAN.search(fold(t or "")):
            # "Thực hiện tháng 9/2018 | Lũy kế 9 tháng 2018 | Cùng kỳ 9 tháng 2017": last year's months to date
            ct = replace(ct, cumulative=True)
        p = ct.period
        if roles.get(i, "x") is None and p and p.kind != "term" and p.months[0] == 1 and _width(p) > _width(target):
            col = "ky_bao_cao" if _end(p) == _end(target) else \
                "cung_ky" if _end(p) == _end(target.shift_years(-1)) else None
            if col:
                ct = replace(ct, column=col, period=None, cumulative=True)
                del roles[i]
        out.append((i, t, ct))
    return out


def _last_years_running(read, target: Period | None):
    """Two running totals (``Lũy kế 9 tháng 2020 | Lũy kế 9 tháng 2019``) when the report is the running total (the
    period chosen, or the title's, is the later one's: ``2020-9T``): the one a year before is last year's
    (``runningtitle.running_a_year_before``), not a second report column — main refused «trùng vai trò 'Kỳ báo
    cáo'».  A quarter's or a month's report (``2020-Q3``) reads them as before (the later one the running rows, the
    earlier set aside)."""
    if target is None:
        return read
    named = title_periods({i: t for i, t, ct in read if ct.cumulative and ct.column == "ky_bao_cao"})
    if not any(p.code == target.code for p in named.values()):
        return read
    before = running_a_year_before(named)
    return [(i, t, replace(ct, column="cung_ky") if i in before else ct) for i, t, ct in read]


def running_total_of_the_period(read, roles: dict, target: Period | None):
    """A running-total column that names the reporting period itself (``Lũy kế 2 tháng năm 2021`` when the report is
    of the two months from January) beside a column of its last month (``Tháng 2/2021``): the running total is the
    period's value, the month a part of it (rows «<chỉ tiêu> (tháng 2 năm 2021)») — a monthly sheet kept by the month
    with its months to date, read for the months-to-date report (thanhnien 2021's rice exports, round 27's f05).  Main
    took the month for the two months' value, unlabelled, and made the running total rows of their own."""
    if target is None or target.kind == "term" or _start(target)[1] != 1 or _width(target) < 2:
        return read
    running = [i for i, t, ct in read if ct.cumulative and ct.column in VALUE and t
               and (p := title_period(t)) is not None and p.code == target.code]
    months = [i for i, _, ct in read if roles.get(i) == "ky_bao_cao" and ct.period is not None
              and _part_of(ct.period, target)]
    if len(running) != 1 or len(months) != 1:
        return read
    roles[months[0]] = None
    roles[running[0]] = "ky_bao_cao"
    return [(i, t, replace(ct, cumulative=False, column="ky_bao_cao") if i == running[0] else ct) for i, t, ct in read]


def _with_year(read, target: Period | None):
    """Columns titled by a period without its year (``Quý I | Quý II | 6 tháng``, under ``… 6 THÁNG ĐẦU NĂM 2024``)
    take the year of the reporting period, else the latest year another column names."""
    years = [_end(ct.period)[0] for _, _, ct in read if ct.period]
    year = _end(target)[0] if target else max(years, default=None)
    if year is None:
        return read
    out = []
    for i, t, ct in read:
        if ct.column in VALUE and ct.estimate and ct.period is None and ct.date is None and t and \
                _PERIOD_WORD.search(fold(t)):  # "Ước TH năm", "Ước thực hiện cả năm": the year of the others
            ct = replace(ct, column=PERIOD)
        if ct.column == PERIOD and ct.period is None and ct.date is None and t:
            p = title_period(f"{t} năm {year}")
            if p is not None and p.year == year:
                ct = replace(ct, period=p)
        elif ct.column is None and ct.date is None and t and (named := yearless_period(t, year)) is not None:
            ct = named
        out.append((i, t, ct))
    return out


#: A title ending in a month or the months so far named without a year: ``Ước tính tháng Năm`` (the month by its
#: name, capitalised), ``Tính chung 5 tháng``, ``Thực hiện tháng 5``.
_YEARLESS = re.compile(r"(?:\btháng\s+(?:Giêng|Chạp|Mười\s+[Mm]ột|Mười\s+[Hh]ai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín)"
                       r"|\b\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|\btháng\s+\d{1,2})\s*$")


def yearless_period(title: str, year: int):
    """The column title of a period said without its year (``Ước tính tháng Năm`` beside ``Tính chung 5 tháng``
    under ``… THÁNG NĂM VÀ 5 THÁNG ĐẦU NĂM 2018``, tapchitaichinh): read with the year of the reporting period, as a
    report says «tháng Năm» once its year is known; None when the title ends in no such period or the year read is
    another («tháng 5 năm trước»)."""
    said = unicodedata.normalize("NFC", title).strip()
    if not _YEARLESS.search(said):
        return None
    ct = read_title(f"{said} năm {year}")
    return ct if ct.period is not None and ct.period.year == year else None


#: A period's name without its year in a folded title: ``Ước TH năm``, ``Ước thực hiện cả năm``, ``Ước quý IV``.
_PERIOD_WORD = re.compile(r"\b(?:nam|thang \d{1,2}|quy [ivx\d]+)$")


#: a rate against the plan: "Tỷ lệ % so dự toán", "% so với KH", "Đạt % kế hoạch", "So sánh với chỉ tiêu (%)"
_PLAN_SHARE = re.compile(r"\b(?:du toan|ke hoach|kh|chi tieu (?:giao|nam|ke hoach)|nghi quyet|thiet ke)\b")


#: A column of shares naming no base (folded title): ``Tỷ lệ (%)``, ``Tỷ lệ %``, ``Cơ cấu (%)``, ``Tỷ trọng``.
_SHARE_TITLE = re.compile(r"^(?:ty le|co cau|ty trong)\s*(?:\(\s*%\s*\)|%)?$")


#: ``Tỷ lệ đúng hạn (%)``, ``Tỷ lệ %``: a column of rates (folded title).
_RATE = re.compile(r"ty le\b")


def _number(v):
    try:
        return None if v is None or is_none_mark(v) else parse_table_number(v) if isinstance(v, str) \
            else Decimal(str(v))
    except (ValueError, ArithmeticError):
        return None


def rates_beside(raw: RawTable, i: int) -> frozenset:
    """The other columns of rates of a sheet (titled in per cent: ``Tỷ lệ về tiền (%)`` beside ``Tỷ lệ về việc
    (%)``, yb-dong-nai-cuc-thads): a rate is a count over a count, never one per cent over another, so they are no
    quantity to give a rate back (32 over 44 is 72,7, near the 73 beside it by chance, and had the column of the
    rates «về việc» dropped as recomputed)."""
    return frozenset(k for k, t in enumerate(raw.header)
                     if k != i and isinstance(t, str) and re.search(r"\(\s*%\s*\)\s*$", t) and _RATE.match(fold(t)))


def _rate_given_back(raw: RawTable, i: int, skip: frozenset = frozenset(), planned: bool = False) -> bool:
    """Some row's rate in column ``i`` is what one of the row's other numbers over a number of the sheet gives, as
    written (``98,09`` of ``19.255 / 19.630`` in its row; ``17,41`` of ``258`` over the ``1.482`` of the total row; a
    change ``4,6`` of ``104,6``): the column can be recomputed.  A rate no row gives back is of a base the sheet does
    not hold — and so, in a sheet with no plan column, is a share beside a row's lone count that no number of the
    sheet gives back while other rows' are (``Tỷ lệ (%)`` beside a nation's poor households, ``5,23`` of the nation's
    24.945.432 households, and beside a province's, ``25,42`` of a province's households the sheet does not hold:
    yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018; a row holding its own base, ``80 | 165 | 54,42``, is the sheet's
    slip, and a rate beside a plan column a rate of a plan left blank).  ``skip``: columns that hold no quantity
    (``STT``, ``Mã``: a row's number 2 over 40 is no rate)."""
    rated, given, baseless = False, 0, 0
    bases = {n for _, cells in raw.rows for k, c in enumerate(cells) if k != i and k not in skip and (n := _number(c))}
    for _, cells in raw.rows:
        v = _number(cells[i]) if i < len(cells) else None
        if v is None:
            continue
        rated = True
        nums = [n for k, c in enumerate(cells) if k != i and k not in skip and (n := _number(c)) is not None]
        step = Decimal(1).scaleb(min(v.as_tuple().exponent, 0)) if isinstance(v.as_tuple().exponent, int) else 1
        if any(b and min(abs(100 * a / b - v), abs(100 * a / b - 100 - v)) < step for a in nums for b in bases):
            given += 1
        elif len(nums) == 1 and not any(b and abs(100 * a / b - v) <= v / 100 for a in nums for b in bases):
            baseless += 1   # (``24,40`` beside 72.895 of the 297.899 households, 24,47: the sheet's slip, its base there)
    return not rated or bool(given) and not (baseless and not planned and _plain_shares(raw, i))


def _plain_shares(raw: RawTable, i: int) -> bool:
    """Column ``i`` holds bare numbers at or above zero, none typed with a sign or with words (``-46`` is a change,
    ``khoảng 90`` a rate said loosely: such a column is not kept rate by rate)."""
    cells = [str(c[i]).strip() for _, c in raw.rows if i < len(c) and c[i] not in (None, "") and str(c[i]).strip()]
    return all(not _SIGNED.match(c) and (n := _number(c)) is not None and n >= 0 for c in cells)


#: A number typed with its sign: ``+8,5``, ``- 12,8``, ``−3`` (a change, as agencies write one).
_SIGNED = re.compile(r"^\s*[-+−–]\s*\d")


def _signed(raw: RawTable, i: int) -> bool:
    """Column ``i``'s numbers are typed with their signs (``+8,5``, ``-12,8``), one at least with a ``+``: changes,
    never shares (a negative share is no share; a plus is written only before a change)."""
    vals = [str(c[i]).strip() for _, c in raw.rows if i < len(c) and isinstance(c[i], str) and c[i].strip()
            and _number(c[i].strip().lstrip("+")) is not None]
    return bool(vals) and all(_SIGNED.match(v) for v in vals) and any(v.startswith("+") for v in vals)


_WHOLE_COUNT = re.compile(r"^[+-]?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)$")


def signed_counts(raw: RawTable, i: int) -> bool:
    """Column ``i`` holds whole numbers, one at least below zero or typed with its ``+`` (``464``, ``-16``, ``-1.195``
    under ``So với tháng 7/2024``): changes in the rows' own counts.  An index of one period against another
    (``109,79``) is never below zero and seldom whole; a rate of change is seldom whole in every row."""
    vals = []
    for _, c in raw.rows:
        v = c[i] if i < len(c) else None
        if isinstance(v, Decimal):
            vals.append((v, v == v.to_integral_value(), False))
        elif isinstance(v, str) and v.strip() and not is_none_mark(v):
            t = unicodedata.normalize("NFC", v.strip()).replace("−", "-").replace("–", "-")
            if not _WHOLE_COUNT.match(t):
                return False
            vals.append((Decimal(-1) if t.startswith("-") else Decimal(1), True, t.startswith("+")))
    return len(vals) >= 2 and all(whole for _, whole, _ in vals) and any(v < 0 or plus for v, _, plus in vals)


def _kind_unsaid(raw: RawTable, i: int, title: str, year_before: int | None) -> str:
    """What a set-aside comparison column lacks to be read, when its numbers carry signs (``+114,5``, ``-102``) but its
    title says neither a per cent nor a change in the row's unit (``So với cùng kỳ năm 2019``, ``So với tháng
    5/2020``: BHXH's thousands of people, Hà Nội tourism's per cents — the same notation): the sentence to add to the
    warning, or "".  Only for a base read as last year's same period (what the advice makes loadable)."""
    if "%" in title or SIGNS.search(title) or _CHANGE_WORDS.search(fold(title)) or not _typed_with_signs(raw, i) \
            or change_kind(f"{title} (+/-)", year_before, False) != "abs":   # a base the loader reads as last year's
        return ""
    return ("; các số có dấu (+/-) nhưng tiêu đề không nói là mức tăng/giảm theo đơn vị của hàng hay tốc độ tăng/giảm "
            "(%): thêm «(+/-)» (mức tăng/giảm) hoặc «(%)» (tốc độ) vào tiêu đề cột để số của cột được nạp")


def _typed_with_signs(raw: RawTable, i: int) -> bool:
    """Every number of column ``i`` is typed with its sign (``+0,6``, ``-6,1``; a column of falls only, ``-19,05``):
    changes, as a sheet that writes them so (``-1,3`` among unsigned rates is not: round 12's t08)."""
    vals = [str(c[i]).strip() for _, c in raw.rows if i < len(c) and isinstance(c[i], str) and c[i].strip()
            and _number(c[i].strip().lstrip("+")) is not None]
    return bool(vals) and all(_SIGNED.match(v) for v in vals)


#: A rate of change in words or with its sign and a per cent sign: ``tăng 25,9%``, ``giảm gần 3%``, ``+4,2%``.
#: ``tăng 13,25%``, ``giảm 6,2%``, ``tăng gần 28%``, ``+5%``, ``thấp hơn 0,39%`` (a loss rate below last year's)
_CHANGE_CELL = re.compile(r"^(?:(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)(?:\s+(?:gần|hơn|trên|khoảng|dưới))?\s+|[-+])\s*\d[\d.,]*\s*%$")


#: A change in numbers said in words with its unit: ``tăng 4 vụ``, ``giảm 9 người``, ``tăng 7,3 tỷ đồng``.
_COUNT_CHANGE_CELL = re.compile(r"^(?:tăng|giảm)(?:\s+(?:gần|hơn|trên|khoảng|dưới))?\s+\d[\d.,]*\s*([^\W\d_][^\d%]{0,30})$")


def counts_in_words(raw: RawTable, i: int) -> bool:
    """Every filled cell of column ``i`` says a change in numbers in words, its unit after it (``tăng 4 vụ``,
    ``giảm 9 người``), none a number alone nor a rate."""
    vals = [unicodedata.normalize("NFC", str(c[i])).strip().lower() for _, c in raw.rows if i < len(c)
            and c[i] not in (None, "") and not is_none_mark(str(c[i]))]
    return bool(vals) and all((m := _COUNT_CHANGE_CELL.match(v)) and read_unit(m.group(1).strip()) is not None
                              for v in vals)


def _changes_in_words(raw: RawTable, i: int) -> bool:
    """Every filled cell of column ``i`` is a rate of change (``tăng 25,9%``, ``giảm 6,2%``), none a number alone:
    a column titled as last year's (``So cùng kỳ``) holding the changes against it."""
    vals = [unicodedata.normalize("NFC", c[i]).strip().lower() for _, c in raw.rows if i < len(c)
            and isinstance(c[i], str) and c[i].strip()
            and not is_none_mark(c[i])]
    return bool(vals) and all(_CHANGE_CELL.match(v) for v in vals) and len(vals) == sum(
        1 for _, c in raw.rows if i < len(c) and c[i] not in (None, "") and not is_none_mark(str(c[i])))


#: A change with its rate in brackets in one cell: ``-554 (-4,2%)``, ``+7 (6,1%)``.
_CHANGE_AND_RATE = re.compile(r"^[-+−]\s*\d[\d.,]*\s*\(\s*[-+−]?\s*\d[\d.,]*\s*%\s*\)$")


#: Where the numbers of an index column lie (the same period = 100): each at least the index floor (below it, a
#: number is no index: ``load.INDEX_FLOOR``) and at most double, and the middle one near 100.
INDEX_SPAN = (Decimal(50), Decimal(200))
INDEX_MIDDLE = (Decimal(80), Decimal(125))


def _column_numbers(raw: RawTable, i: int) -> list[Decimal]:
    """The numbers of column ``i``, top to bottom: its cells that read as a number, none-marks and blanks passed over."""
    vals = [_cell_number(c[i]) for _, c in raw.rows if i < len(c) and c[i] not in (None, "")
            and not is_none_mark(str(c[i]))]
    return [Decimal(str(v)) for v in vals if v is not None]


def _like_indexes(raw: RawTable, i: int) -> bool:
    """Every number of column ``i`` is unsigned, lies where an index does (50 to 200) and their middle one is near
    100: the column's values say an index the title misnames as an increase (``Tăng so với cùng kỳ (%)`` over the
    page's «bằng 100,3%», «bằng 76,3%», «bằng 118,9% … cùng kỳ»: round 24's e02, a rubber group's year), as
    8,5 | 12 | -3,6 say rates.  Rates of change cluster near nought, indexes near 100; a rate of 100 % doubles."""
    vals = sorted(_column_numbers(raw, i))
    return bool(vals) and all(INDEX_SPAN[0] <= v <= INDEX_SPAN[1] for v in vals) and not _typed_with_signs(raw, i) \
        and INDEX_MIDDLE[0] <= vals[len(vals) // 2] <= INDEX_MIDDLE[1] and _most_near_hundred(vals)


def indexes_below_floor(raw: RawTable, i: int) -> bool:
    """A ratio column (``7 tháng 2011 so với cùng kỳ (%)``) holding indexes — at least three unsigned numbers where an
    index lies (50 to 200), none typed with a sign — and one or more below 50: those are indexes too, falls of more
    than half.  Ban quản lý KKT Bình Định (held-out yr-binh-dinh-…-2011-7t): «Nhóm ngành nghề khác … 6,70» among
    115,74 · 130,74 · 110,83 · 109,14 · 81,95 · 101,95 · 95,60, the page «giảm 93,30%»; main set 6,70 aside unsaid as
    «a ratio below 50 says neither».  A column all below 50, or signed, stays as it was (rates of change)."""
    vals = _column_numbers(raw, i)
    high = [v for v in vals if INDEX_SPAN[0] <= v <= INDEX_SPAN[1]]
    return len(high) >= 3 and any(0 < v < INDEX_SPAN[0] for v in vals) and not _typed_with_signs(raw, i) \
        and all(v > 0 for v in vals)


def _like_rises(raw: RawTable, i: int) -> bool:
    """A column titled as an index (``So cùng kỳ (%)``) whose numbers are rises: at least two, unsigned, more than
    half below 50 and none near 100 (``INDEX_MIDDLE``).  Indexes of the same period cluster near 100; a column of 24 ·
    63 · 13 · 40 · 9 · 4 · 2 (cafef 2024's cashew markets: «tăng 24%», «tăng tới 63%», round 29's f04) read as indexes
    would be falls of 76 % to 98 % in every market — main dropped the numbers below 50 («không tính lại được») and kept
    63 as a fall to 63 % of last year."""
    vals = _column_numbers(raw, i)
    return len(vals) >= 2 and not _typed_with_signs(raw, i) and all(v >= 0 for v in vals) \
        and 2 * sum(1 for v in vals if v < 50) > len(vals) \
        and not any(INDEX_MIDDLE[0] <= v <= INDEX_MIDDLE[1] for v in vals)


def _rates_with_falls(raw: RawTable, i: int) -> bool:
    """A column titled as an index (``So với 4T/2019 (%)``) holding a number below nought among unsigned ones, none
    near 100 (``INDEX_MIDDLE``): an index of the same period is never negative, so the column is rates of change and
    its unsigned numbers rises (40,9 is «tăng 40,9%», not a fall to 40,9 % of last year).  Vinanet's cashew markets
    4T/2020 (40,9 · 62,3 · -26,4 · 30,1, round 36's e09); Cục XNK's coffee markets 9T/2018 (held-out
    zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09: 37 · -24,8, all below 50, read by the sheet-of-falls rule) the same."""
    vals = _column_numbers(raw, i)
    if all(v < INDEX_SPAN[0] for v in vals) and _fall_cells(raw, i):
        return False   # falls typed as text, every number below 50: a sheet of falls (rates_of_a_sheet_of_falls)
    return len(vals) >= 2 and any(v < 0 for v in vals) and any(v > 0 for v in vals) \
        and not any(INDEX_MIDDLE[0] <= v <= INDEX_MIDDLE[1] for v in vals)


def rates_of_the_measures(out: Layout, problems: ProblemList, src: str, hrow) -> None:
    """Each rate column just right of a second quantity's column is that quantity's (:func:`measure_just_left`):
    moved from the value's changes to a row of its own «<chỉ tiêu>: <quantity>: tốc độ tăng so với cùng kỳ» in %,
    said; the value's own rate column then names the value's quantity too («tốc độ tăng lượng so cùng kỳ»), so the
    two rates of a row never read alike."""
    moved = False
    value = next((j for j, c in out.cols.items() if c == "ky_bao_cao"), None)
    if value is None or value + 1 not in out.changes:   # each quantity followed by its own rate, the value's first;
        return                                          # rates listed after all the quantities name theirs («về lượng»)
    for k in sorted(out.changes):
        measure = measure_just_left(k, out.measures)
        title, kind = out.changes[k]
        if measure is None or kind not in ("pct", "ratio"):
            continue
        words = "tốc độ tăng so với cùng kỳ" if kind == "pct" else "so với cùng kỳ"
        del out.changes[k]
        out.indexed.discard(k)
        out.measures[k] = (f"{measure}: {words}", "%")
        problems.warn(f"cột so sánh với cùng kỳ ngay sau cột '{out.measures[k - 1][0]}' (đại lượng thứ hai của mỗi hàng): "
                      f"là tỷ lệ của đại lượng đó, không phải của cột số liệu kỳ báo cáo; mỗi số nạp thành một hàng "
                      f"riêng «<chỉ tiêu>: {measure}: {words}» (đơn vị %)", file=src, row=hrow, column=title)
        moved = True
    own = measure_just_left(value + 1, {value: (out.titles.get("ky_bao_cao", ""), "")}) if moved and value is not None \
        else None
    for k in sorted(out.changes):
        if own and k == value + 1 and out.changes[k][1] in ("pct", "ratio"):
            out.changes[k] = (f"{own[:1].upper()}{own[1:]} {out.changes[k][0][:1].lower()}{out.changes[k][0][1:]}",
                              out.changes[k][1])


def measure_just_left(i: int, measures: dict) -> str | None:
    """The words of the second quantity whose column is just left of comparison column ``i`` (``Lượng (tấn) | So cùng
    kỳ (%) | Trị giá (triệu USD) | So cùng kỳ (%)``: the trade office's sheet, each measure followed by its own rate,
    cafef 2024's cashew markets, round 29's f04): the rate is that quantity's, not the value column's — main took the
    second column for the first's (the same title) and lost every rate of the value.  None when the column on the left
    is no quantity of its own (a per cent, or none)."""
    left = measures.get(i - 1)
    if left is None or left[1] == "%":
        return None
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", str(left[0])).strip()
    return f"{bare[:1].lower()}{bare[1:]}" if bare else None


def _most_near_hundred(vals: list[Decimal]) -> bool:
    """More than half the numbers lie near 100 (``INDEX_MIDDLE``), as indexes of the same period do (100,3 · 76,3 ·
    118,9: round 24's e02); rises of a market's visitors after the pandemic (55 · 96 · 200 under ``Quý I tăng so với
    cùng kỳ (%)``: vnexpress Q1/2023, round 26's f10) lie mostly far from it, their middle one near it by chance —
    read as indexes, «tăng 55%» had become a fall to 55 % of last year."""
    return 2 * sum(1 for v in vals if INDEX_MIDDLE[0] <= v <= INDEX_MIDDLE[1]) > len(vals)


def _index_span(raw: RawTable, i: int) -> str:
    """The lowest and highest number of column ``i`` as typed (``76,3`` … ``118,9``), for the message."""
    vals = [(Decimal(str(v)), str(c[i]).strip()) for _, c in raw.rows if i < len(c) and c[i] not in (None, "")
            and (v := _cell_number(c[i])) is not None]
    vals.sort()
    def typed(pair):
        return pair[1] if isinstance(pair[1], str) and "," in pair[1] or "." not in pair[1] else \
            pair[1].replace(".", ",")
    return f"từ {typed(vals[0])} đến {typed(vals[-1])}" if vals else ""


def _changes_with_rates(raw: RawTable, i: int) -> bool:
    """Every filled cell of column ``i`` is a signed change with its rate after it in brackets (``-554 (-4,2%)``)."""
    vals = [str(c[i]).strip() for _, c in raw.rows if i < len(c) and c[i] not in (None, "") and not is_none_mark(str(c[i]))]
    return bool(vals) and all(_CHANGE_AND_RATE.match(v) for v in vals)


#: A rate of change against a year named by its number: ``4 tháng tăng so với năm 2019 (%)``, ``Tăng/giảm so với
#: năm 2015 (%)``.
_AGAINST_A_YEAR = re.compile(r"\b(?:tang|giam)\b.*\bso (?:voi|sanh)(?: cung ky)? nam ((?:19|20)\d{2})\b")


def rise_against_a_year_not_held(title: str, raw: RawTable, period: Period | None) -> int | None:
    """The year a rate-of-change column compares with when it is neither last year (``cung_ky``'s) nor the year of any
    column of the table (``4 tháng tăng so với năm 2019 (%)`` beside ``Tháng 4/2024 | 4 tháng năm 2024``: the year
    before the pandemic, thanhnien 2024, round 26's f08): nothing in the table gives it back, so each row's rate is
    its own — main set it aside «được tính lại từ các cột số liệu», which no column did.  None otherwise."""
    t = fold(unicodedata.normalize("NFC", title))
    m = _AGAINST_A_YEAR.search(t)
    if not m or "%" not in title or period is None or _year_before(period) is None:
        return None
    year = int(m.group(1))
    if year >= _year_before(period):
        return None
    held = {int(y) for h in raw.header for y in re.findall(r"\b((?:19|20)\d{2})\b", str(h or ""))
            if not _AGAINST_A_YEAR.search(fold(str(h or "")))}
    return None if year in held else year


def _value_columns(col_of: dict, roles: dict) -> list[int]:
    """The columns of the period's values, by title or by the period they name."""
    return sorted({i for i, c in col_of.items() if c == "ky_bao_cao"} |
                  {i for i, r in roles.items() if r == "ky_bao_cao"})


def compared_only_where_no_value(raw: RawTable, i: int, values: list[int]) -> bool:
    """Every number of comparison column ``i`` sits on a row whose value cell is empty, and the sheet has a value
    column (``Chỉ số giá tiêu dùng chung | % | | 100,13 | 103,61 | 104,66`` beside ``Số nhóm … tăng giá | nhóm | 4``:
    the statistics office's CPI table, held-out yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04; round
    27's f10): an index or a rate on a row with no level is that row's own figure, not a comparison that a value
    would give back — main set it aside «so sánh với một kỳ không có trong bảng» and the CPI was lost."""
    if not values:
        return False
    seen = False
    for _, cells in raw.rows:
        cell = cells[i] if i < len(cells) else None
        if str(cell or "").strip()[:1] in ("+", "-", "−") and str(cell).strip() not in NONE_MARKS:
            return False   # a signed change (−1,7 %, +7,56) stays the change it is (rows of changes)
        n = _number(cell)
        if n is None:
            continue
        if n < 0:
            return False
        if any(j < len(cells) and _number(cells[j]) is not None for j in values):
            return False
        seen = True
    return seen


def _has_base(col_of: dict, roles: dict) -> bool:
    """The table holds a number a comparison is made against: last year's, the plan, the previous edition's, or a
    column of another period beside the value."""
    return any(c in ("cung_ky", "ke_hoach", "ky_truoc") for c in col_of.values()) or \
        any(r is None for r in roles.values())


def _plan_filled(raw: RawTable, col_of: dict) -> bool:
    """The table has a plan column with a number in it (``Kế hoạch năm 2017`` left empty recomputes no rate:
    zf-hau-giang-so-y-te-kham-chua-benh-2017-5t)."""
    cols = [i for i, c in col_of.items() if c == "ke_hoach"]
    return any(i < len(cells) and _is_number(cells[i]) and str(cells[i]).strip() not in ("", "-")
               for _, cells in raw.rows for i in cols if cells[i] not in (None, ""))


def of_the_plan(title: str) -> bool:
    """Is a comparison column's title a rate of the plan (``Tỷ lệ so với kế hoạch (%)``, ``% dự toán``)?"""
    return bool(_PLAN_SHARE.search(fold(title)))


def _names_no_base(title: str) -> bool:
    """A comparison column's title that names no base (``Tỷ lệ tăng (+)/giảm (-) (%)``): no ``so với``, ``cùng kỳ``,
    plan, month, quarter or year."""
    return not re.search(r"(?i)so\s+(?:với|voi)|cùng\s+kỳ|\bck\b|kế\s+hoạch|\bkh\b|dự\s+toán|tháng|quý|năm|\d{4}",
                         unicodedata.normalize("NFC", title))


def _rates_without_plan(raw: RawTable, col_of: dict, i: int) -> bool:
    """A rate of the plan on a row whose plan cell is empty (``Tổng doanh thu | | 1.720 | 122`` under ``Kế hoạch năm
    2017 | Ước thực hiện | Tỷ lệ so với kế hoạch (%)``, the plan filled on one row only): nothing gives it back."""
    plans = [j for j, c in col_of.items() if c == "ke_hoach"]
    return any(_plan_cell(cells, i) and str(cells[i]).strip() not in ("", "-")
               and not any(_plan_cell(cells, j) for j in plans) for _, cells in raw.rows)


def _plan_cell(cells: list, j: int) -> bool:
    """The row's plan (or rate) cell holds a number: an empty cell of a workbook (None) is no plan, as an empty CSV cell is
    not (round 24's e08, an XLSX: «Tổng mức bán lẻ … | (blank) | 28.354,9 | 0,35 | 67,7» under «Kế hoạch năm 2020 |
    Ước thực hiện 9 tháng | … | So với kế hoạch năm (%)», the plan filled on the first row only — the rates 67,7
    and 68,9 had been dropped as given back by a plan the row does not have)."""
    return j < len(cells) and cells[j] not in (None, "") and _is_number(cells[j])


def _looks_like_units(values: list) -> bool:
    """Values of a column titled ``Đơn vị``: units (``vụ``, ``lượt người``) or organisations (``Hội LHPN huyện``)?"""
    vals = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
    if not vals:
        return False
    org = re.compile(r"(?i)^(ban|hội|phòng|công an|ubnd|ủy ban|uỷ ban|đoàn|huyện|xã|trường|trung tâm|mặt trận|"
                     r"chi|bộ|đồn|cục|sở|tỉnh|thành|liên đoàn|cơ quan|các)\b")
    def named(v: str) -> bool:   # "Hội LHPN huyện", "Công an xã": a body by its name; bare "tỉnh", "xã", "tỉnh,
        #                           thành" count provinces and communes (a unit)
        return (org.match(v) is not None and v.lower() not in COMPOUND_NOUNS
                and any(w[:1].isupper() for w in re.split(r"[\s,]+", v)[1:] if w)) or named_unit(v)
    return sum(1 for v in vals if len(v.split()) <= 3 and len(v) <= 24 and not named(v)) >= 0.8 * len(vals)


def _is_number(v) -> bool:
    if not isinstance(v, str):
        return True  # a spreadsheet number
    if is_none_mark(v):
        return True
    try:
        parse_table_number(FOOTNOTE_MARK.sub("", v.strip()))  # "540(*)": the number, its mark said when read
        return True
    except ValueError:
        pass
    try:
        parse_table_number(strip_marks(v))   # "trên 1.300", "gần 100": a number with a bound word, said when read
        return True
    except ValueError:
        return typed_unit(v) is not None or sum_in_two_scales(v) is not None   # "374,925g", "6.084 xã": a number
        #                                        with its unit typed after it; "423 tỷ 536 triệu đồng": in two scales


def _numbers_only(values: list) -> bool:
    """Every filled cell a number (``58``, ``128,79``), none in words (``gấp 2 lần``, ``tăng 80%``)."""
    vals = [v for v in values if v is not None and (not isinstance(v, str) or v.strip()) and not is_none_mark(v)]
    return bool(vals) and all(_is_number(v) for v in vals)


def _numeric(values: list, ranges: bool = False) -> bool:
    """A column of numbers: most of its filled cells (blank and ``-`` aside) read as numbers; ``ranges``: a range
    typed in a cell (``12.000-13.000``: :mod:`service.figures.rangecells`) counts as one."""
    vals = [v for v in values if v is not None and (not isinstance(v, str) or v.strip())]
    nums = [v for v in vals if _is_number(v) or ranges and range_ends(v) is not None]
    return bool(nums) and len(nums) >= 0.8 * len(vals) and any(not is_none_mark(v)
                                                                 for v in nums)


#: A number typed with its per cent sign in the cell (``7,51%``, ``100 %``, ``+4,2%``).
_PERCENT_CELL = re.compile(r"^[+-]?\d[\d.,]*\s*%$")


def percent_typed(values: list) -> bool:
    """Every filled cell of a column is a number typed with ``%`` (``7,51%``, ``0,63%``, ``100%``): a column of per
    cents whatever its title says (``Tỷ trọng`` with no «(%)»: vietnamnet 2019's rice markets, round 27's f07).  Main
    set such a column aside «cột không thuộc bảng số liệu», and the shares the report states were lost."""
    vals = [str(v).strip() for v in values if v is not None and str(v).strip() and not is_none_mark(v)]
    return bool(vals) and all(_PERCENT_CELL.match(v) for v in vals)


def _rank(i: int, ct: ColumnTitle, roles: dict) -> float:
    """How surely a column is the period's value: said outright (``Kỳ báo cáo``: 4), named a value column
    (``Thực hiện``, ``Kết quả``: 3), titled by the reporting period or a date in it (2), a bare quantity
    (``Tổng số``, ``Số lượng``: 1.75, the whole beside a period-titled column), an estimate (``Ước TH cả năm``:
    1.5), a running total (0)."""
    if ct.cumulative:
        return 0
    if i in roles:
        return 2
    return 4 if ct.explicit else 1.5 if ct.estimate else 1.75 if ct.generic else 2.5 if ct.done else 3


def _targets_titled_as_indicator(raw: RawTable, read, col_of: dict) -> list[int]:
    """``Nội dung | ĐVT | Kết quả | Chỉ tiêu``: two columns read as the indicator, one of words, one of numbers.
    The one of numbers is the target set for the period, as agencies often title it (``chỉ tiêu`` is also a
    target); none when no plan column is there already or the words column is missing."""
    named = [i for i, _, _ in read if col_of.get(i) == "chi_tieu"]
    if len(named) < 2 or "ke_hoach" in col_of.values():
        return []
    cells = {i: [c[i] for _, c in raw.rows if i < len(c)] for i in named}
    numbers = [i for i in named if _numeric(cells[i])]
    return numbers[:1] if numbers and len(numbers) < len(named) else []


def map_columns(raw: RawTable, problems: ProblemList, period_code: str | None, hint: Period | None = None) -> Layout:
    """The layout of ``raw``'s columns.  ``period_code``: the period the user chose; ``hint``: the one the
    title rows state (either decides which period-titled column is the period's)."""
    src, hrow = raw.source, raw.header_row or None
    target = parse_period(period_code) if period_code else hint
    read = _with_year([(i, t, read_title(t)) for i, t in enumerate(raw.header)], target)
    read = [(i, t, ColumnTitle(None) if ct.column in VALUE and ct.period and _words_only(raw, i) else ct)
            for i, t, ct in read]  # "Năm 2019 | Đánh giá" (Vượt, Đạt): words under a period, no values
    roles, header_period = _period_roles(read, target)
    if target is None and None in roles.values():
        _say_period_choice(read, roles, header_period, problems, src, hrow)
    roles.update(_date_roles(read, target or header_period, problems, src, hrow))
    header_period = header_period or (None if target else _date_period(read, roles))
    header_period = _stock_over_year(read, roles, target) or header_period
    roles.update(_plan_roles(read, target or header_period))
    read = _year_to_date(read, roles, target or header_period)
    read = _last_years_running(read, target)
    read = running_total_of_the_period(read, roles, target)
    out = Layout(period=header_period)
    col_of = {i: roles.get(i, ct.column) if i in roles else ct.column for i, _, ct in read}
    worded = {i for i, _, _ in read if col_of.get(i) in ("cung_ky", "ky_truoc") and _changes_in_words(raw, i)}
    for i in worded:   # "So cùng kỳ" over "tăng 25,9%", "tăng gần 28%": rates of change, not last year's values
        col_of[i] = DERIVED
    _addition_beside_stock(raw, col_of, roles, out, problems)
    for i, _, ct in read:  # a column read from the title's grammar ("Số cần đạt", "Số đạt") holds numbers, or it
        if (ct.aim or ct.done) and not _numeric([c[i] for _, c in raw.rows if i < len(c)]):  # is neither
            col_of[i] = None
    targets = _targets_titled_as_indicator(raw, read, col_of)
    for i in targets:
        col_of[i] = "ke_hoach"
        problems.warn(f"cột '{raw.header[i]}' chứa số, không phải tên chỉ tiêu: lấy làm Kế hoạch (chỉ tiêu phải đạt)",
                      file=src, row=hrow, column=raw.header[i])
    quantities, past_quantities = _quantities_by_period(read, col_of, target or header_period)
    quantities = quantities or _count_and_its_share(read, col_of, target or header_period)
    running_of_quantities = running_quantities(
        {i: _words_beside_period(t) for i, t, ct in read if ct.cumulative and col_of.get(i) == "ky_bao_cao"},
        {k: w for k, (w, _) in quantities.items()})
    for i in [*quantities, *past_quantities]:
        col_of[i] = None
    out_cells, out_last = _period_cells(read, col_of)
    for i in [*out_cells, *out_last.values()]:
        col_of[i] = None
    for i, pair in _pair_columns(raw, read, col_of).items():
        # "Mực nước hiện tại/thiết kế (m)" over "31,24/32,5": each cell the value and its design, a matrix cell
        col_of[i] = None
        out.cells[i] = pair
        out.cell_pairs.add(i)
        problems.warn(f"mỗi ô ghi cặp số «hiện tại/thiết kế» (như «{_first_pair(raw, i)}»): số trước là số liệu kỳ báo "
                      f"cáo, số sau là Kế hoạch (thiết kế) của nó; mỗi ô nạp thành một hàng riêng «<chỉ tiêu>: "
                      f"{_lower_first(pair[0])}»", file=src, row=hrow, column=raw.header[i])
    rates_only = _rates_only(raw, read, col_of)
    if rates_only:
        # "Chỉ tiêu | Tháng 6/2024 so với tháng trước | … so với cùng kỳ năm trước" (a CPI, an IIP): a statistics
        # office's table of indexes and rates, each the period's own figure: every cell a row of its own in %
        for i in rates_only:
            col_of[i] = None
            out.cells[i] = (re.sub(r"\s*\(\s*%\s*\)\s*$", "", raw.header[i]).strip(), "%")
            out.rate_cells.add(i)
        problems.warn(f"bảng chỉ có các cột so sánh ({', '.join(repr(raw.header[i]) for i in rates_only)}: chỉ số, tỷ lệ "
                      "so với kỳ khác), không có cột số liệu kỳ báo cáo: mỗi ô là một số của kỳ báo cáo, nạp thành một "
                      "hàng riêng «<chỉ tiêu>: <tiêu đề cột>», đơn vị %, số như bảng ghi (không tính ra số của kỳ "
                      "được so sánh)", file=src, row=hrow)
    so_far = _done_so_far(read, col_of, target or header_period)
    if so_far:
        done, est = so_far
        col_of[done] = None
        out.shares[done] = raw.header[done]
        roles[est] = "ky_bao_cao"
        problems.warn(f"cột '{raw.header[done]}' là số đã thực hiện đến một thời điểm trong kỳ, cột '{raw.header[est]}' "
                      "là số ước thực hiện đến hết kỳ báo cáo: lấy cột ước làm số liệu kỳ báo cáo; số đã thực hiện nạp "
                      f"thành hàng riêng «<chỉ tiêu>: {_lower_first(raw.header[done])}», cùng đơn vị tính", file=src,
                      row=hrow, column=raw.header[done])
    for i in end_of_term_level(read, col_of, target or header_period):
        col_of[i] = "ky_bao_cao"
        problems.warn(f"cột số cuối kỳ của năm cuối giai đoạn ('{raw.header[i]}'), bảng không có cột số của cả giai "
                      f"đoạn: là số liệu của kỳ báo cáo ({(target or header_period).code}, mức đạt đến cuối giai đoạn)",
                      file=src, row=hrow, column=raw.header[i])
    explicit = {ct.column for i, _, ct in read if ct.column in COLUMNS and i not in roles and not ct.cumulative}
    values = [(i, t, ct) for i, t, ct in read if t and col_of[i] == "ky_bao_cao"]
    if not any(not ct.cumulative for _, _, ct in values):  # a plan by grammar is the plan of a value beside it:
        for i, _, ct in read:                             # alone ("Số đăng ký"), it is a column of numbers
            if ct.aim:
                col_of[i] = None
    best = max((_rank(i, ct, roles) for i, _, ct in values), default=None)
    chosen = next((t for i, t, ct in values if _rank(i, ct, roles) == best), None)
    chosen_at = next((i for i, t, ct in values if _rank(i, ct, roles) == best), None)
    out.cumulative = best == 0
    unknown: list[tuple[int, str]] = []
    wholes: list[tuple[int, str]] = []   # bare quantities (Tổng số) beside the value column: a whole, or aside
    untitled: list[tuple[int, str]] = []  # columns with cells but no title (#3): the label, or set aside
    if out_cells:
        own_units = "don_vi_tinh" not in col_of.values()   # "Số vụ | Số đối tượng" under a period: vụ, đối tượng
        out.cells.update({i: (name, _cell_unit(name, own_units)) for i, name in out_cells.items()})
        out.cell_last.update(out_last)
        names = ", ".join(repr(raw.header[i]) for i in out_cells)
        lasts = ", ".join(repr(raw.header[j]) for j in out_last.values())
        if _places_only(out_cells.values()):
            period = next(ct.period for i, _, ct in read if i in out_cells)
            problems.warn(f"các cột {names} là số của từng nơi trong cùng một kỳ ({period.text}), bảng không có cột "
                          "tổng của cả địa bàn: mỗi ô nạp thành một hàng riêng «<chỉ tiêu>: <nơi>», không có số của "
                          f"cả địa bàn; kỳ của bảng là kỳ ghi ở tiêu đề ({period.text})" +
                          (f"; các cột {lasts} là số cùng kỳ của từng ô" if lasts else ""), file=src, row=hrow)
        else:
            problems.warn(f"các cột {names} cùng một kỳ, mỗi cột một mặt của chỉ tiêu (bảng hai chiều): mỗi ô nạp "
                          "thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>»" +
                          (f"; các cột {lasts} là số cùng kỳ của từng ô" if lasts else ""), file=src, row=hrow)
    if quantities:
        out.measures.update(quantities)
        problems.warn(f"mỗi kỳ gồm nhiều đại lượng, đơn vị ghi ở tiêu đề ({', '.join(repr(t) for t, _ in quantities.values())} "
                      "bên cột đầu của kỳ báo cáo): cột đầu là số liệu kỳ báo cáo, mỗi đại lượng khác nạp thành một "
                      "hàng riêng «<chỉ tiêu>: <đại lượng>»; ở các kỳ trước, mỗi đại lượng khác thành hàng «<chỉ tiêu>: "
                      "<đại lượng> (<kỳ>)»", file=src, row=hrow)
    out.plan_share_columns = sum(1 for i, t, _ in read if col_of[i] == DERIVED and t and _PLAN_SHARE.search(fold(t)))
    just_before = stretch_just_before(raw, read, col_of) if not out.cumulative else []
    for i in just_before:
        col_of[i] = "ky_truoc"
        problems.warn("cột số liệu của khoảng thời gian liền trước kỳ báo cáo (tuần, đợt trước): nạp vào cột 'Kỳ "
                      "trước', không phải một phần của kỳ báo cáo hay cùng kỳ năm trước", file=src, row=hrow,
                      column=raw.header[i])
    for i, title, ct in read:
        col = col_of[i]
        if i in out.cells or i in out.cell_last.values() or i in out.measures or i in out.shares:
            continue
        if i in roles and col in explicit and col != "ky_bao_cao":
            col = None
        if not title:
            if any(i < len(c) and c[i] not in (None, "") for _, c in raw.rows):
                untitled.append((i, f"#{i + 1}"))
            continue
        if col_of[i] == "cung_ky" and (j := last_year_of_a_part(ct.period, read, target or header_period)) is not None:
            out.part_lasts[i] = j
            problems.warn(f"cột cùng kỳ của một phần kỳ báo cáo ('{raw.header[j]}', {ct.period.text} là cùng kỳ năm "
                          "trước của nó): số cùng kỳ của hàng phần kỳ, không phải của cả kỳ báo cáo", file=src,
                          row=hrow, column=title)
            continue
        if ct.start:
            problems.warn("số đầu kỳ (đầu nhiệm kỳ, đầu năm): là gốc để so sánh, không phải số liệu kỳ báo cáo: bỏ qua "
                          "cột này", file=src, row=hrow, column=title)
            continue
        if ct.cumulative and col in NUMERIC and not out.cumulative:
            out.aside[i] = title    # said below, once it is known whether the period's running total is there
            if col not in out.running.values():
                out.running[i] = col
            elif i in running_of_quantities:
                out.running_measures[i] = running_of_quantities[i]
            continue
        if col == "ky_bao_cao" and _rank(i, ct, roles) < best and ct.generic and i not in roles:
            wholes.append((i, title))
            continue
        if col is None and chosen and i not in roles and not ct.period and fold(title) in GENERIC:
            wholes.append((i, title))    # "Tổng", "Tổng cộng" beside "Năm 2016"
            continue
        if col is None and chosen and i not in roles and not ct.period and names_the_whole(title) \
                and _is_whole(raw, i, chosen_at, ties=True):
            wholes.append((i, title))    # "Trên tổng số" beside "Năm 2012": 309 out of 1.301
            continue
        if col == "ky_bao_cao" and _rank(i, ct, roles) < best:
            problems.warn(("số ước tính: " if ct.estimate and i not in roles else "") +
                          f"đã lấy cột '{chosen}' làm số liệu kỳ báo cáo: bỏ qua cột này", file=src, row=hrow,
                          column=title)
            continue
        if col == STT:
            out.stt = i if out.stt is None else out.stt
        elif col == DERIVED and _against_year_start(title, target or header_period):
            out.since_year_start[i] = title
            problems.warn("cột tăng/giảm so với cuối năm trước (đầu năm), không phải so với cùng kỳ: số đầu kỳ (Kỳ "
                          "trước) của mỗi hàng = kỳ báo cáo − tăng/giảm; cột này không lưu", file=src, row=hrow,
                          column=title)
        elif col == DERIVED and (against_last_year_end(title, target or header_period) or (
                _names_no_base(title) and any(read_title(str(t or "")).column == DERIVED and against_last_year_end(
                    str(t or ""), target or header_period) for t in raw.header))):
            # "Tăng so với 31/12/2018 | Tỷ lệ tăng (%)" beside "Ước thực hiện đến 31/7/2019": the growth of the year
            # so far, and its rate; the balance of 31/12/2018 is given back by neither Cùng kỳ nor Kỳ trước
            if rate_since_year_end(title, [c[i] for _, c in raw.rows if i < len(c)], _numbers_only):
                out.measures[i] = (title, "%")   # «tăng 2,06% so với thời điểm cuối năm 2022»: the row's own rate
                problems.warn("cột tỷ lệ tăng/giảm so với cuối năm trước (đầu năm) của một kỳ không bắt đầu từ tháng 1: "
                              "không phải so với cùng kỳ, cũng không phải so với kỳ liền trước; mỗi ô nạp thành một "
                              "hàng riêng «<chỉ tiêu>: <tiêu đề cột>», đơn vị %", file=src, row=hrow, column=title)
                continue
            problems.warn("cột tăng/giảm so với cuối năm trước (đầu năm) của một kỳ không bắt đầu từ tháng 1: không phải "
                          "so với cùng kỳ, cũng không phải so với kỳ liền trước; cột này không lưu", file=src, row=hrow,
                          column=title)
        elif col == DERIVED and (i - 1) in out.since_year_start and _names_no_base(title):
            # "Tăng (+), giảm (-) so với tháng 2/2023 | Tỷ lệ tăng (+)/giảm (-) (%)": the rate of the change on its
            # left, against the same base — never a rate against last year (it had given 'Cùng kỳ' = 154)
            out.before_rates[i] = title
            problems.warn("cột tỷ lệ tăng/giảm của cột bên trái (so với kỳ liền trước hoặc đầu năm), không phải so với "
                          "cùng kỳ: đối chiếu với số kỳ trước (Kỳ trước) của mỗi hàng; cột này không lưu", file=src,
                          row=hrow, column=title)
        elif col == DERIVED and just_before and "cung_ky" not in col_of.values() and _names_no_base(title):
            # "Tuần liền kề trước đó | Tăng (+), giảm (-) | Tăng (+), giảm (-) (%)" (Cục CSGT, vietnamnet 2022: «giảm
            # 49 vụ (-19,76%)» against the week before): a change naming no base beside the stretch just before is
            # against it, never against last year (main had made the week before each row's Cùng kỳ)
            if "%" in title:
                out.before_rates[i] = title
            else:
                out.since_year_start[i] = title
            problems.warn("cột tăng/giảm không nêu gốc, bên cột của khoảng thời gian liền trước kỳ báo cáo: so với kỳ "
                          "liền trước (Kỳ trước), không phải so với cùng kỳ; đối chiếu với số kỳ trước của mỗi hàng; "
                          "cột này không lưu", file=src, row=hrow, column=title)
        elif col == DERIVED and _against_period_before(title, target or header_period,
                                                       counts_in_words(raw, i) or signed_counts(raw, i)):
            out.since_year_start[i] = title   # the same sum: Kỳ trước = kỳ báo cáo − tăng/giảm
            problems.warn("cột tăng/giảm so với kỳ liền trước (tháng trước, quý trước), không phải so với cùng kỳ: số kỳ "
                          "trước (Kỳ trước) của mỗi hàng = kỳ báo cáo − tăng/giảm; cột này không lưu", file=src, row=hrow,
                          column=title)
        elif col == DERIVED and (j := part_against_its_period_before(title, i, out.parts, target or header_period,
                                                                     raw.header)) is not None:
            out.part_before[i] = j
            problems.warn(f"cột tăng/giảm của một phần kỳ báo cáo ('{raw.header[j]}') so với tháng/quý liền trước nó, "
                          "bảng không có cột của kỳ đó: số kỳ trước (Kỳ trước) của hàng phần kỳ = số của phần kỳ − "
                          "tăng/giảm; cột này không lưu", file=src, row=hrow, column=title)
        elif col == DERIVED and (base := another_base(title)) is not None:
            # "So với ngày thường (%)" beside "So với cùng kỳ (%)" (xn bến xe, zr phà): a base that is no period and no
            # plan; main read it as a second rate against last year and lost the row's own (figures round 43)
            typed = _numbers_only([c[i] for _, c in raw.rows if i < len(c)])
            if typed:   # each number the row's own rate against that base, named by the column («so với ngày thường»)
                out.measures[i] = (title, "%")
            problems.warn(f"cột so sánh với «{base}», không phải với cùng kỳ năm trước, một kỳ khác hay kế hoạch: bảng "
                          "không có số gốc này nên không tính lại được; không đọc các số của cột này là mức so với cùng "
                          "kỳ: " + ("mỗi số nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %)" if typed
                                    else "bỏ qua cột này"), file=src, row=hrow, column=title)
        elif col == DERIVED:
            kind = change_kind(title, _year_before(target or header_period),  # a plan, or a past period beside
                               any(c == "ke_hoach" for c in col_of.values()) or  # the value: a change naming no
                               _past_column(read, roles, target or header_period))  # base is against it
            if i in worded or kind in (None, "abs") and _changes_in_words(raw, i):
                # "So cùng kỳ 2015" over "tăng 13,25%", "thấp hơn 0,39%": rates of change in words; the per cent
                # typed in every cell says the unit a title with none leaves to the row («Tăng/giảm so với cùng kỳ»
                # over «tăng 15%» beside 1.196 triệu tấn: 15 %, never 15 triệu tấn — round 23's d06)
                kind = "pct"
                out.worded.add(i)
            elif kind is None and counts_in_words(raw, i) and \
                    change_kind(f"Tăng giảm {title}", _year_before(target or header_period), False) == "abs":
                kind = "abs"   # "So với năm 2013" over "giảm 70 vụ": the cells say the direction the title leaves out
            elif kind is None and _changes_with_rates(raw, i):
                kind = "abs"   # "Số vụ so cùng kỳ" over "-554 (-4,2%)": the change in the row's unit, its rate after
            if kind == "ratio" and i not in out.worded and _like_rises(raw, i):
                kind = "pct"
                problems.warn(f"cột có tiêu đề như chỉ số («So …(%)») nhưng phần lớn các số dưới 50 và không số nào "
                              f"quanh 100 ({_index_span(raw, i)}): đọc là tốc độ tăng (%), không phải chỉ số (24 là tăng "
                              "24%); nếu là chỉ số, ghi đủ (như 124)", file=src, row=hrow, column=title)
            elif kind == "ratio" and i not in out.worded and _rates_with_falls(raw, i):
                kind = "pct"
                problems.warn(f"cột có tiêu đề như chỉ số («So …(%)») nhưng có số âm và không số nào quanh 100 "
                              f"({_index_span(raw, i)}): chỉ số không bao giờ âm, nên đọc là tốc độ tăng/giảm (%), số "
                              "không dấu là tăng (40,9 là tăng 40,9%)", file=src, row=hrow, column=title)
            if _PLAN_SHARE.search(fold(title)) and not _plan_filled(raw, col_of) and _signed(raw, i):
                # "So với nghị quyết / đầu nhiệm kỳ" holding "+8,5", "-12,8": a rate of a plan is never signed; a
                # change against the resolution's target or the term's start, neither of which the table holds
                problems.warn("cột ghi mức tăng (+)/giảm (-) (số có dấu) so với kế hoạch/nghị quyết hoặc đầu kỳ, không "
                              "phải tỷ lệ đạt; bảng không có số gốc để tính lại: bỏ qua cột này", file=src, row=hrow,
                              column=title)
            elif _PLAN_SHARE.search(fold(title)) and (not _plan_filled(raw, col_of)
                                                       or _rates_without_plan(raw, col_of, i)):
                # "Tỷ lệ % so dự toán HĐND tỉnh giao" with no plan column: nothing recomputes it, and a row may
                # state nothing else ("Thu từ khu vực DNNN trung ương | | 19"): each rate a row of its own
                out.measures[i] = (title, "%")
                problems.warn("cột tỷ lệ so với kế hoạch/dự toán, bảng không có cột kế hoạch để tính lại: mỗi tỷ lệ "
                              "nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %)", file=src, row=hrow,
                              column=title)
            elif kind and "cung_ky" not in col_of.values():
                out.changes[i] = (title, kind)   # last year's values derived from it: said in load
                if kind == "pct" and i not in out.worded and _like_indexes(raw, i):
                    out.indexed.add(i)
                    out.changes[i] = (title, "ratio")
                    problems.warn(f"cột có tiêu đề là mức tăng nhưng mọi số đều quanh 100 ({_index_span(raw, i)}): "
                                  "đọc là chỉ số so với cùng kỳ (cùng kỳ = 100: 107 là tăng 7%, 91,4 là giảm 8,6%), "
                                  "không phải tốc độ tăng; nếu là tốc độ tăng, ghi dấu (+/-) trước số hoặc đổi tiêu đề",
                                  file=src, row=hrow, column=title)
                problems.warn("cột số so sánh với cùng kỳ (không lưu thành cột): số cùng kỳ của mỗi hàng tính từ cột "
                              "này khi tính đúng được; khi không, mức tăng/giảm hay tốc độ tăng đã ghi nạp thành "
                              "hàng riêng của hàng đó (chỉ số so với cùng kỳ, như 105,9, thì không)",
                              file=src, row=hrow, column=title)
            elif kind and named_part(title, out.parts, target or header_period) is not None:
                # "Quý III so với cùng kỳ (%)" in a sheet whose «9 tháng năm 2022» is the nine months' last year
                # (round 25's f09): the quarter's comparison, which that column does not recompute — the quarter's row
                out.changes[i] = (title, kind)
                problems.warn("cột số so sánh với cùng kỳ của một phần kỳ báo cáo (cột số cùng kỳ của bảng là của cả "
                              "kỳ, không tính lại được cột này): mỗi số nạp cùng hàng của phần kỳ đó", file=src,
                              row=hrow, column=title)
            elif _RATE.match(fold(title)) and not _rate_given_back(raw, i, frozenset(
                    j for j, c in col_of.items() if c in (STT, "ma")) | rates_beside(raw, i),
                    planned="ke_hoach" in col_of.values()):
                # "Tỷ lệ đúng hạn (%)" 96,55 beside "Tiếp nhận | Đúng hạn | Quá hạn" 19.630 | 19.255 | 689: of a base
                # the sheet does not hold (19.944 hồ sơ đến hạn), so no pair of the row's numbers gives it back
                out.measures[i] = (title, "%")
                problems.warn("cột tỷ lệ không tính lại được từ các số trong cùng hàng (gốc của tỷ lệ không có trong "
                              "bảng): mỗi tỷ lệ nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %)",
                              file=src, row=hrow, column=title)
            elif kind is None and (base := rise_against_a_year_not_held(title, raw, target or header_period)):
                out.measures[i] = (title, "%")
                problems.warn(f"cột tốc độ tăng/giảm so với năm {base} (không phải cùng kỳ năm trước), bảng không có số "
                              f"của năm {base} để tính lại: mỗi tỷ lệ nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề "
                              "cột>» (đơn vị %)", file=src, row=hrow, column=title)
            elif kind is None and (earlier := compared_with_years_before(title, target or header_period, raw.header)):
                out.measures[i] = (title, "%")
                problems.warn(f"cột so sánh với {earlier.text} (cùng kỳ của một năm trước nữa, không phải cùng kỳ năm "
                              f"trước), bảng không có số của kỳ đó để tính lại: mỗi tỷ lệ nạp thành một hàng riêng "
                              "«<chỉ tiêu>: <tiêu đề cột>» (đơn vị %)", file=src, row=hrow, column=title)
            elif "ky_truoc" not in col_of.values() and (before := rate_against_the_period_just_before(
                    title, i, out.parts, target or header_period, raw.header, _value_columns(col_of, roles))):
                out.measures[i] = (before, "%")
                problems.warn("cột tỷ lệ so sánh phần kỳ ở cột bên trái với tháng/quý liền trước nó, bảng không có số của "
                              "tháng/quý đó để tính lại: mỗi tỷ lệ nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề phần "
                              "kỳ> <tiêu đề cột>» (đơn vị %)", file=src, row=hrow, column=title)
            elif part_against_the_period_before(title, out.parts, target or header_period, raw.header):
                out.measures[i] = (title, "%")
                problems.warn("cột so sánh một phần của kỳ báo cáo với kỳ liền trước nó, bảng không có số của kỳ đó để "
                              "tính lại: mỗi tỷ lệ nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %)",
                              file=src, row=hrow, column=title)
            elif _RATE.match(fold(title)) or _has_base(col_of, roles):  # a share its row gives back, or a base here
                if kind == "abs" and "cung_ky" in col_of.values():
                    out.changes[i] = (title, kind)  # gives last year's value to a row whose 'Cùng kỳ' cell is blank
                elif kind in ("pct", "ratio") and "cung_ky" in col_of.values():
                    out.rates[i] = (title, kind)    # the row's own rate where its 'Cùng kỳ' cell is blank
                elif _SHARE_TITLE.match(fold(title)) and kind is None:
                    out.shares_only[i] = title      # the row's share where its value cell is empty
                if _PLAN_SHARE.search(fold(title)) and out.plan_share_columns > 1:
                    # "So với kế hoạch năm 2016 điều chỉnh (%) | Kế hoạch đăng ký với Bộ | So với kế hoạch đăng ký
                    # (%)" (round 24's e04): two plans rated side by side; the rate the plan column gives back is
                    # kept too, named by its column, so each rate says which plan it is of
                    out.measures[i] = (title, "%")
                    problems.warn("hai cột tỷ lệ so với hai kế hoạch khác nhau: tỷ lệ của cột này cũng nạp thành hàng "
                                  "riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %), để mỗi tỷ lệ nêu rõ là so với kế hoạch "
                                  "nào", file=src, row=hrow, column=title)
                    continue
                problems.warn(recomputed_said(i, out, raw, col_of), file=src, row=hrow, column=title)
            elif "%" in title and compared_only_where_no_value(raw, i, _value_columns(col_of, roles)):
                # "Chỉ tiêu | Tháng 4/2018 | Chỉ số tháng 4/2018 so với tháng trước (%) | …" with the CPI's value cell
                # empty (a price index has no level): the index is the row's own figure, a row of its own in %
                out.measures[i] = (title, "%")
                problems.warn("cột chỉ số/tỷ lệ so với một kỳ không có trong bảng, chỉ ghi ở các hàng để trống ô kỳ báo "
                              "cáo (như chỉ số giá: không có số tuyệt đối): mỗi số là số của chính hàng đó, nạp thành "
                              "một hàng riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %)", file=src, row=hrow, column=title)
            elif (before := against_the_period_before(title)) is not None \
                    and _numbers_only([c[i].strip().lstrip("+") if isinstance(c[i], str) else c[i]
                                       for _, c in raw.rows if i < len(c)]) and "%" in title:   # («+2,5» typed)
                # "Tháng 2 so với tháng trước (%)" 101,72 (Sở GTVT Hậu Giang, held-out xw-hau-giang-…-2024-02): the
                # row's own comparison with the month before, which no column holds — a row of its own (beforerows)
                out.before_columns[i] = title
                problems.warn(f"cột so sánh với {before.split()[-2]} liền trước (bảng không có số của {before.split()[-2]} "
                              f"trước): mỗi số của một hàng có số liệu kỳ báo cáo (chưa có số kỳ trước) nạp thành một hàng riêng "
                              "«<chỉ tiêu>: <tiêu đề cột>» (đơn vị %), mã «<mã>-KT», "
                              "để kiểm các câu «bằng …%», «tăng …% " + before + "»; không dùng để tính số cùng kỳ",
                              file=src, row=hrow, column=title)
            elif (before := against_the_period_before(title)) is not None:
                # kept aside, said so: loaded as rows «<chỉ tiêu>: so với tháng trước», the checker (which reads a table
                # keeping its changes as rows as stating them all) flagged other rates (figures round 39's trial)
                problems.warn(f"cột so sánh với {before.split()[-2]} liền trước: bảng không có số của {before.split()[-2]} "
                              f"trước nên không tính lại được: bỏ qua cột này (chỉ số hay tốc độ tăng/giảm so với "
                              f"{before.split()[-2]} trước không phải số của kỳ báo cáo); muốn kiểm các câu «tăng …% "
                              f"{before}», thêm cột số liệu của {before.split()[-2]} trước", file=src, row=hrow,
                              column=title)
            else:  # "Tăng so với năm 2010", "Tháng 5/2022 so với tháng 5/2021 (%)" with no column of that base
                problems.warn("cột số so sánh với một kỳ không có trong bảng (không lưu, không tính lại được): bỏ qua "
                              "cột này" + _kind_unsaid(raw, i, title, _year_before(target or header_period)),
                              file=src, row=hrow, column=title)
        elif col is None and i in roles and ct.period and _part_of(ct.period, target or header_period):
            out.parts[i] = (title, ct.period)
            whole = target or header_period
            if whole.kind == "term" and _start(ct.period) == _start(whole):
                out.part_base.add(i)
            problems.warn(f"số liệu của một phần kỳ báo cáo ({ct.period.text}): mỗi ô nạp thành một hàng riêng "
                          f"«<chỉ tiêu> ({ct.period.text})»", file=src, row=hrow, column=title)
        elif col is None and i in roles and ct.period and ct.column in VALUE and not ct.estimate \
                and ((edition := an_earlier_edition(ct.period, target or header_period))  # "Tháng 9/2020" in a 2020-11
                     or ct.period.kind == "year" and _before(ct.period, target or header_period)
                     and ((target or header_period).kind != "term"  # a term's year before is its base: aside;
                          or ct.period.year < _start(target or header_period)[0] - 1)  # one further back is a year
                     #                                          before like any other («Năm 2006» in a 2010-2020)
                     or same_months_years_before(ct.period, target or header_period)):  # "7 tháng năm 2020" in 2024-7T
            out.parts[i] = (title, ct.period)  # "Năm 2021" beside "6 tháng đầu năm 2022": a year before, not its
            if edition:
                out.editions.add(i)
            problems.warn(f"số liệu của một kỳ trước ({ct.period.text}), không phải cùng kỳ: mỗi ô nạp thành một "
                          f"hàng riêng «<chỉ tiêu> ({ct.period.text})»", file=src, row=hrow, column=title)
        elif col is None and i in roles and ct.period and ct.estimate and _part_of(target or header_period,
                                                                                   ct.period):
            plan = next((read_title(raw.header[j]).period for j, c in col_of.items() if c == "ke_hoach"), False)
            out.parts[i] = (title, Outlook(ct.period, plan is None or plan == ct.period))  # "Ước thực hiện năm
            problems.warn(f"số ước tính cả {ct.period.text} (kỳ dài hơn kỳ báo cáo): mỗi ô nạp thành một hàng riêng "
                          f"«<chỉ tiêu> (ước thực hiện {ct.period.text})»", file=src, row=hrow, column=title)
        elif col is None and i in roles and ct.column == "ke_hoach" and ct.period and (target or header_period) \
                and span_plan(ct.period, target or header_period):
            problems.warn(f"kế hoạch của cả giai đoạn {ct.period.code}, không phải kế hoạch của kỳ báo cáo "
                          f"({(target or header_period).code}): bỏ qua cột này", file=src, row=hrow, column=title)
        elif col is None and i in roles and "ky_truoc" not in out.cols.values() and \
                _state_a_month_before(title, ct.period, target or header_period):
            out.cols[i], out.titles["ky_truoc"] = "ky_truoc", title
            problems.warn("số đến hết tháng trước (số liệu tích lũy đến cuối tháng liền trước kỳ báo cáo): nạp vào cột "
                          "'Kỳ trước'", file=src, row=hrow, column=title)
        elif col is None and i in roles and (ahead := forecast_of_a_later_period(title, ct, target or header_period)):
            out.parts[i] = (title, ahead)
            problems.warn(f"số {ahead.text} (kỳ sau kỳ báo cáo): mỗi ô nạp thành một hàng riêng «<chỉ tiêu> "
                          f"({ahead.text})», không phải số liệu của kỳ báo cáo", file=src, row=hrow, column=title)
        elif col is None and i in roles and (ahead := estimate_at_a_later_date(title, ct, target or header_period)):
            out.parts[i] = (title, ahead)
            problems.warn(f"số {ahead.text} (ước tính đến một ngày sau kỳ báo cáo): mỗi ô nạp thành một hàng riêng "
                          f"«<chỉ tiêu> ({ahead.text})», không phải số liệu của kỳ báo cáo", file=src, row=hrow,
                          column=title)
        elif col is None and i in roles and "cung_ky" not in out.titles and "ky_bao_cao" in out.titles and \
                same_occasion_a_year_before(title, out.titles["ky_bao_cao"], target or header_period):
            # "6 ngày Tết Bính Thân 2016" beside "3 ngày Tết Đinh Dậu 2017" (2017-01): last year's holiday, read as
            # its own month (2016-02) and set aside «số liệu của kỳ khác» by main — the agency's same period
            out.cols[i], out.titles["cung_ky"] = "cung_ky", title
            problems.warn(f"cột '{title}' là cùng dịp năm trước của cột '{out.titles['ky_bao_cao']}' (số ngày có thể "
                          "khác): đã lấy làm số cùng kỳ năm trước; đổi tiêu đề thành 'Cùng kỳ năm trước' nếu đúng",
                          file=src, row=hrow, column=title)
        elif col is None and i in roles:
            other = ct.period.code if ct.period else f"đến ngày {_date_text(ct.date)}"
            problems.warn(f"số liệu của kỳ khác ({other}): bỏ qua cột này", file=src, row=hrow, column=title)
        elif col is None or col == PERIOD:
            unknown.append((i, title))
        elif col == "ke_hoach" and col in out.cols.values() and \
                (_ADJUSTED.search(fold(title)) is None) != (_ADJUSTED.search(fold(out.titles[col])) is None):
            # "Dự toán giao đầu năm | Dự toán sau điều chỉnh": the adjusted plan is the plan the period is measured
            # against; the plan first given, a sum of its own in the row's unit
            first = out.titles[col]
            if _ADJUSTED.search(fold(title)):
                j = next(k for k, c in out.cols.items() if c == col)
                del out.cols[j]
                out.cols[i], out.titles[col] = col, title
                out.shares[j], given, adjusted = first, first, title
            else:
                out.shares[i], given, adjusted = title, title, first
            problems.warn(f"hai cột kế hoạch: lấy cột '{adjusted}' (kế hoạch đã điều chỉnh) làm Kế hoạch; cột "
                          f"'{given}' (kế hoạch giao ban đầu) nạp thành hàng riêng «<chỉ tiêu>: "
                          f"{_lower_first(given)}», cùng đơn vị tính", file=src, row=hrow, column=given)
        elif col in out.cols.values() and second_measure(out.titles[col], title):
            out.measures[i] = (title, _title_unit(title))
            problems.warn(f"cột '{title}' cũng là số liệu của kỳ nhưng là một đại lượng khác cột '{out.titles[col]}' "
                          f"(đơn vị '{_title_unit(title)}' khác '{_title_unit(out.titles[col])}'): nạp thành hàng riêng "
                          f"«<chỉ tiêu>: {_lower_first(title)}»", file=src, row=hrow, column=title)
        elif col in out.cols.values():
            first = out.titles[col]
            if col in KEY_COLUMNS:
                problems.add(f"trùng vai trò '{TITLES[col]}' với cột '{first}': chỉ giữ một cột ({header_said(raw)})",
                             file=src, row=hrow, column=title)
            else:
                problems.warn(f"trùng vai trò '{TITLES[col]}' với cột '{first}': dùng cột '{first}'",
                              file=src, row=hrow, column=title)
        else:
            out.cols[i] = col
            out.titles[col] = title
            if ct.aim and col == "ke_hoach":
                problems.warn("tiêu đề cột ghi số cần đạt (mục tiêu): nạp vào cột 'Kế hoạch', để tính tỷ lệ đạt; đổi "
                              "tiêu đề cột nếu không đúng", file=src, row=hrow, column=title)
    out.part_measures.update({i: q for i, q in past_quantities.items() if i in out.parts})
    out.running_label = running_words(out.running_title(), target or header_period)
    out.running_changes = _changes_of_running(out, raw.header)
    out.part_changes = _changes_of_parts(out, target or header_period)
    out.running_changes -= set(out.part_changes)   # a comparison naming a part is the part's (named_part)
    for i in rates_of_a_sheet_of_falls(raw, out):
        table = out.changes if i in out.changes else out.rates
        table[i] = (table[i][0], "pct")
        problems.warn(f"bảng ghi mức giảm bằng số âm ở cột so sánh với cùng kỳ ({_fall_shown(raw, out)}): các số của "
                      "cột này (đều dưới 50) là tốc độ tăng/giảm (%), không phải chỉ số so với cùng kỳ", file=src,
                      row=hrow, column=table[i][0])
    out.low_indexes = {i for i, (_, kind) in (*out.changes.items(), *out.rates.items())
                       if kind == "ratio" and i not in out.worded and indexes_below_floor(raw, i)}
    for i in falls_typed_unsigned(raw, out):
        problems.warn("cột ghi mức giảm (tiêu đề chỉ nói «giảm»): số không dấu ở cột này là mức giảm, đã đọc thành số âm "
                      f"({_fall_typed_shown(raw, i)}); số cùng kỳ = kỳ báo cáo + mức giảm; nếu có hàng tăng, ghi dấu "
                      "(+) trước số hoặc đổi tiêu đề thành «Tăng (+), giảm (-)»", file=src, row=hrow,
                      column=out.changes[i][0])
    out.signed_changes = any(_typed_with_signs(raw, i) for i in out.changes)
    out.since_start = _since_start(out, read)
    _say_running(out, chosen, problems, src, hrow)
    if out.cumulative and "ky_bao_cao" in out.titles \
            and not running_from_the_year_start(out.titles["ky_bao_cao"], target):  # "Từ đầu năm đến nay" in a 3T
        problems.warn("bảng chỉ có cột số lũy kế (cộng dồn): đã lấy làm số liệu kỳ báo cáo; nếu có số của riêng kỳ "
                      "này, thêm cột 'Kỳ báo cáo'", file=src, row=hrow, column=out.titles["ky_bao_cao"])
    if "don_vi_tinh" not in out.titles and "don_vi" in out.titles:
        i = next(k for k, c in out.cols.items() if c == "don_vi")
        if _looks_like_units([c[i] for _, c in raw.rows if i < len(c)]):
            out.cols[i] = "don_vi_tinh"
            out.titles["don_vi_tinh"] = out.titles.pop("don_vi")
    _place_wholes(raw, out, wholes, problems)
    if "chi_tieu" not in out.titles:
        _label_by_content(raw, out, unknown, untitled, problems)
    _classes_beside_label(raw, out, untitled, problems, src, hrow)
    for i, name in untitled:
        if i not in out.cols:
            problems.warn("cột không có tiêu đề nhưng có số liệu: bỏ qua cột này", file=src, row=hrow, column=name)
    occasion = None if hint else year_of_the_occasion(raw.titles, target)
    guessed = _lone_numeric(raw, out, unknown, problems, hint or occasion, occasion is not None, target) \
        or bool(out.cells)
    _places_beside_value(raw, out, unknown, problems)
    _block_beside_value(raw, out, unknown, problems)
    _last_year_of_cells(raw, out, problems)
    summing = parts_summing_to_value(raw, out, [i for i, _ in unknown])
    for i, title in unknown:
        if i in out.cols:
            continue
        if (days := days_of_a_month(title, target or header_period)) is not None \
                and _numeric([c[i] for _, c in raw.rows if i < len(c)]):
            out.parts[i] = (title, days)
            problems.warn(f"số liệu của một phần tháng ({days.text}): mỗi ô nạp thành một hàng riêng «<chỉ tiêu> "
                          f"({days.text})», không phải số của cả tháng", file=src, row=hrow, column=title)
            continue
        part = PART_OF_VALUE.match(unicodedata.normalize("NFC", title))
        name = part.group(1).strip() if part else title if _part_of_whole(raw, out, i) or i in summing else None
        if name and "ky_bao_cao" in out.titles and _numeric([c[i] for _, c in raw.rows if i < len(c)]) \
                and not _own_unit(title):
            out.shares[i] = name
            problems.warn(f"cột một phần của số kỳ báo cáo ('{title}'): mỗi ô nạp thành một hàng riêng «<chỉ tiêu>: "
                          f"{_lower_first(out.shares[i])}», cùng đơn vị tính", file=src, row=hrow, column=title)
            continue
        whole_cell = _cell_part_of(raw, out, i, name) if name else None
        if whole_cell is not None:
            out.cells[i] = whole_cell
            out.cell_parts.add(i)
            problems.warn(f"cột một phần của cột '{raw.header[max(j for j in out.cells if j < i and j != i)]}' bên "
                          f"trái nó ('{title}'): mỗi ô nạp thành một hàng riêng «<chỉ tiêu>: {whole_cell[0]}», đơn vị "
                          f"'{whole_cell[1] or 'của hàng'}'", file=src, row=hrow, column=title)
            continue
        if _whole_of_counts(raw, out, i, title):  # "Số thụ lý | Số đã giải quyết": the cases taken in, of which some resolved
            out.cols[i], out.titles["ke_hoach"] = "ke_hoach", title
            problems.warn(f"mỗi số của cột không nhỏ hơn số kỳ báo cáo cùng hàng: đọc là tổng số mà số kỳ báo cáo là "
                          f"một phần (như 459/539), nạp vào cột 'Kế hoạch' (để tính tỷ lệ); số liệu kỳ báo cáo lấy ở "
                          f"cột '{out.titles['ky_bao_cao']}'", file=src, row=hrow, column=title)
            continue
        if "ky_bao_cao" in out.titles and (_time_part(title) or _TO_NOW.search(fold(title))) \
                and _numeric([c[i] for _, c in raw.rows if i < len(c)]):
            # ... or done to the report's date ("Đến thời điểm báo cáo") beside the period's own column
            # "Trong tuần (11/5-17/5/2018)" beside "Lũy kế từ 02/01 đến 17/5/2018": a stretch of the period, each row
            # in its own unit (the dates in brackets are no unit)
            out.shares[i] = title
            problems.warn(f"cột số liệu của một khoảng thời gian trong kỳ ('{title}'): mỗi ô nạp thành một hàng riêng "
                          f"«<chỉ tiêu>: {_lower_first(title)}», cùng đơn vị tính", file=src, row=hrow, column=title)
            continue
        if "ky_bao_cao" in out.titles and _document_ref(title) and counted_noun(title) is None \
                and _numeric([c[i] for _, c in raw.rows if i < len(c)]):
            # "Giao tăng thêm (QĐ 1948/QĐ-UBND)": the brackets cite the decision that gave the sum, no unit: a
            # second sum of the row, in the row's unit
            out.shares[i] = title
            problems.warn(f"cột số thứ hai của mỗi hàng, trong ngoặc là số hiệu văn bản ('{_document_ref(title)}'), "
                          f"không phải đơn vị tính: nạp thành hàng riêng «<chỉ tiêu>: {_lower_first(title)}», cùng "
                          "đơn vị tính với hàng", file=src, row=hrow, column=title)
            continue
        unit = _measure_unit(title) if "ky_bao_cao" in out.titles else None
        if unit is None and "ky_bao_cao" in out.titles and percent_typed([c[i] for _, c in raw.rows if i < len(c)]):
            unit = "%"   # "Tỷ trọng" over «7,51%», «0,63%»: the cells say the unit the title leaves out (f07)
        if unit is not None and _numeric([c[i] for _, c in raw.rows if i < len(c)]):
            out.measures[i] = (title, unit)
            problems.warn(f"cột số thứ hai của mỗi hàng: nạp thành hàng riêng «<chỉ tiêu>: {title[:1].lower()}"
                          f"{title[1:]}», đơn vị '{unit or 'của hàng'}'", file=src, row=hrow, column=title)
        elif _tells_rows_apart(raw, out, i):
            out.qualifiers[i] = title
            problems.warn(f"cột chữ đứng trước cột tên chỉ tiêu, cùng một tên lặp lại qua nhiều hàng (như nhóm): ghép "
                          f"vào tên chỉ tiêu «<{title}> - <chỉ tiêu>»", file=src, row=hrow, column=title)
        else:
            problems.warn(set_aside_said(raw, i, title), file=src, row=hrow, column=title)
    _pair_cell_changes(raw, out, problems)
    rates_of_the_measures(out, problems, src, hrow)
    if any(isinstance(p, DaysOfMonth) for _, p in out.parts.values()):   # parts found among the unknown columns
        out.part_changes = _changes_of_parts(out, target or header_period)
        out.running_changes -= set(out.part_changes)
    if "ky_bao_cao" in out.titles:
        title = out.titles["ky_bao_cao"]
        noun = counted_noun(title) if "don_vi_tinh" not in out.titles else None
        counted = noun if noun and read_unit(noun) is not None and read_unit(noun).kind == "count" else None
        out.value_unit = _title_unit(title) or out.value_unit or counted or ""
    if "ky_bao_cao" not in out.titles and not guessed and plan_and_rates_only(raw, out):
        out.plan_rates_only = True
        rates = ", ".join(f"'{t}'" for t, u in out.measures.values() if u == "%" and of_the_plan(t))
        problems.warn(f"bảng không có cột số đã thực hiện (Kỳ báo cáo), chỉ có kế hoạch ('{out.titles['ke_hoach']}') "
                      f"và tỷ lệ so với kế hoạch ({rates}): mỗi kế hoạch nạp thành hàng riêng «<chỉ tiêu>: kế hoạch», "
                      "mỗi tỷ lệ thành hàng riêng «<chỉ tiêu>: <tiêu đề cột>» (đơn vị %), không phải số đã thực hiện; "
                      "thêm cột số đã thực hiện (như 'Thực hiện', 'Kỳ báo cáo') nếu có", file=src, row=hrow)
    for col in REQUIRED:
        if col not in out.titles and not (col == "ky_bao_cao" and (guessed or _years_of_a_term(out)
                                                                    or plan_and_rates_only(raw, out))):
            problems.add(f"thiếu cột '{TITLES[col]}'" + (" (tên chỉ tiêu)" if col == "chi_tieu" else
                                                            " (số liệu của kỳ báo cáo)") +
                         f": {header_said(raw)}" + (only_comparisons([(hrow, raw.header)]) if col == "ky_bao_cao"
                                                    else "") + f"; {_EXPECTED[col]}", file=src, row=hrow)
    return out


def plan_and_rates_only(raw: RawTable, out: Layout) -> bool:
    """A sheet of plans and their rates, no column of the amount done (``Kế hoạch vốn năm 2023 | Giải ngân đến hết
    tháng 3/2023 so với kế hoạch (%)``: round 24's e01; stop 40's yh-vinh-long-…-von-dau-tu-cong-2016, refused): the
    progress is stated as a rate only.  A filled plan column and a rate-of-the-plan column with numbers; a sheet of
    plans alone (no rate) is still refused (a plan is never a value done)."""
    if "ke_hoach" not in out.titles or not _plan_filled(raw, out.cols):
        return False
    rates = [i for i, (t, u) in out.measures.items() if u == "%" and of_the_plan(t)]
    return any(i < len(cells) and _cell_number(cells[i]) is not None for _, cells in raw.rows for i in rates)


def _years_of_a_term(out: Layout) -> bool:
    """``Năm 2003 | Năm 2004 | Năm 2005 | Năm 2006`` in a sheet on the term 2003-2006 and no column of the whole: each
    year's cells are rows of their own (``parts``), the term's value is no cell — the clerk kept the years only.
    So too the months of a half or a quarter (``Tháng 1/2019 | … | Tháng 6/2019`` for ``2019-H1``: a statistics
    office's index by month, yl-hoa-binh-…-chi-so-gia-tieu-dung-so-ky-goc-2019-h1)."""
    periods = sorted({(p.year, p.months, p.kind) for _, p in out.parts.values() if hasattr(p, "kind")})
    return len(periods) >= 2 and (all(k == "year" for *_, k in periods) or all(k == "month" for *_, k in periods))


def _addition_beside_stock(raw: RawTable, col_of: dict, roles: dict, out: Layout, problems: ProblemList) -> None:
    """``Phát triển trong 6 tháng đầu năm 2020 | Số có đến 30/6/2020`` (a fund): the addition is the period's value,
    the stock at the period's end a row of its own «<chỉ tiêu>: số có đến 30/6/2020» in the row's unit
    (:mod:`service.figures.stock`).  Only when no other column is the period's value."""
    pair = addition_and_stock(raw.header)
    if pair is None:
        return
    add, stock = pair
    if any(c == "ky_bao_cao" for i, c in col_of.items() if i not in pair) \
            or not _numeric([c[add] for _, c in raw.rows if add < len(c)]):
        return
    col_of[add], roles[add] = "ky_bao_cao", "ky_bao_cao"
    col_of[stock] = None
    roles.pop(stock, None)
    out.shares[stock] = raw.header[stock]
    problems.warn(f"cột '{raw.header[add]}' là số tăng thêm trong kỳ (số liệu kỳ báo cáo), cột '{raw.header[stock]}' là "
                  f"số có đến cuối kỳ: nạp thành hàng riêng «<chỉ tiêu>: {_lower_first(raw.header[stock])}», cùng đơn "
                  "vị tính", file=raw.source, row=raw.header_row or None, column=raw.header[stock])


#: The head of a last year's column naming the aspect after it (folded): ``Cùng kỳ 2024: số ca mắc``, ``Cùng kỳ năm
#: trước - Số vụ``.
_LAST_YEAR_HEAD = re.compile(r"^cung ky(?: nam)?(?: truoc| \d{4})?\s*[:\-\u2013]?\s*(?=\S)")


def _aspect(title: str) -> str:
    """A matrix column's aspect, folded, its unit and a leading «số» left out: ``Số ca mắc (ca)`` → ``ca mac``."""
    t = fold(re.sub(r"\([^()]*\)\s*$", "", str(title))).strip()
    return re.sub(r"^so\s+", "", t)


def _last_year_of_cells(raw: RawTable, out: Layout, problems: ProblemList) -> None:
    """``Số ca mắc (ca) | Số tử vong (ca) | Cùng kỳ 2024: số ca mắc | Cùng kỳ 2024: số tử vong`` (round 16's x07): a
    matrix whose last year's columns each name the aspect of one cell: each its cell's last year (the second was set
    aside as a second 'Cùng kỳ' role, the first kept for the whole row)."""
    if not out.cells:
        return
    lasts = {j: _LAST_YEAR_HEAD.sub("", fold(str(t))) for j, t in enumerate(raw.header)
             if t and read_title(t).column == "cung_ky" and _LAST_YEAR_HEAD.match(fold(str(t)))}
    if not lasts:
        return
    pairs = {}
    for i, (name, _) in out.cells.items():
        if i in out.cell_last:
            continue
        match = [j for j, a in lasts.items() if re.sub(r"^so\s+", "", a) == _aspect(raw.header[i])]
        if len(match) == 1 and match[0] not in pairs.values():
            pairs[i] = match[0]
    if len(pairs) != len(lasts):   # each names one cell's aspect, or none is taken as such
        return
    paired = {raw.header[j] for j in pairs.values()}
    problems.problems[:] = [p for p in problems.problems   # the second was said to be set aside: it is not
                            if not (p.message.startswith("trùng vai trò") and p.column in paired)]
    for i, j in pairs.items():
        out.cell_last[i] = j
        if out.cols.get(j) == "cung_ky":
            del out.cols[j]
            out.titles.pop("cung_ky", None)
    problems.warn("các cột " + ", ".join(repr(raw.header[j]) for j in pairs.values()) + " là số cùng kỳ của từng ô (" +
                  ", ".join(repr(raw.header[i]) for i in pairs) + ")", file=raw.source, row=raw.header_row or None)


#: A value to a moment inside the period (folded): ``Thực hiện đến thời điểm báo cáo``, ``Thực hiện đến nay``.
_TO_NOW = re.compile(r"\bden (?:thoi diem (?:bao cao|hien tai)|nay|hien nay|ngay bao cao)\b")


def _done_so_far(read, col_of: dict, target: Period | None) -> tuple[int, int] | None:
    """(the done-so-far column, the estimate column) when a value done to a moment inside the period (``Thực hiện
    đến 15/11``, ``… đến thời điểm báo cáo``) stands beside an estimate to the period's end (``Ước thực hiện đến hết
    tháng 11``, ``Ước thực hiện hết tháng 9``): the estimate covers the period, so it is the period's value; the
    done-so-far is a part of it, a row of its own."""
    def at_end(ct: ColumnTitle) -> bool:
        if ct.period is not None:
            return target is not None and ct.period == target
        if ct.date is None:
            return False
        if target is None:
            return True
        year, month = _end(target)
        return ct.date[1] == month and ct.date[0] in (None, year) and \
            ct.date[2] == calendar.monthrange(year, month)[1]

    def before_end(ct: ColumnTitle, title: str) -> bool:
        if _TO_NOW.search(fold(title)):
            return True
        if ct.date is None or ct.period is not None:
            return False
        return target is None or (_within(ct.date, target) and not at_end(ct))

    values = [(i, t, ct) for i, t, ct in read if col_of.get(i) in VALUE and not ct.cumulative]
    ests = [(i, ct) for i, t, ct in values if ct.estimate and at_end(ct)]
    dones = [(i, ct) for i, t, ct in values if not ct.estimate and before_end(ct, t)]
    if len(ests) != 1 or len(dones) != 1:
        return None
    (est, e), (done, d) = ests[0], dones[0]
    if target is None and d.date and e.date and (d.date[1], d.date[2]) >= (e.date[1], e.date[2]):
        return None
    return done, est


#: A plan changed after it was given (folded): ``Dự toán sau điều chỉnh``, ``Kế hoạch điều chỉnh``, ``Dự toán bổ sung``.
_ADJUSTED = re.compile(r"\b(?:dieu chinh|bo sung)\b")



def _lower_first(title: str) -> str:
    """A column title as the rest of a label (``Đường bộ`` → ``đường bộ``); a proper name, every word capitalised
    (``Hà Giang``, ``Lai Châu``), stays as written."""
    words = title.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return title
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


def _cell_part_of(raw: RawTable, out: Layout, i: int, name: str) -> tuple[str, str | None] | None:
    """A ``Trong đó: …`` column in a matrix (``Nhà bị tốc mái (nhà) | Trong đó: tốc mái, hư hại hoàn toàn (nhà)``,
    communes as rows, no column of the period's value): a part of the matrix column just left of it, each cell a
    row of its own «<chỉ tiêu>: <that column's name>: <the part>» in the part's unit (else that column's).  None
    when the column is not of numbers, no matrix column stands left of it, or the part states a unit of another
    kind than that column's (a second quantity, not a part)."""
    left = [j for j in out.cells if j < i]
    if not left or not _numeric([c[i] for _, c in raw.rows if i < len(c)]):
        return None
    whole_name, whole_unit = out.cells[max(left)]
    unit = _title_unit(name)
    mine, theirs = read_unit(unit) if unit else None, read_unit(whole_unit) if whole_unit else None
    if mine is not None and theirs is not None and mine.kind != theirs.kind:
        return None
    part = _cell_name(name)
    return f"{_lower_first(whole_name)}: {_lower_first(part)}", unit or whole_unit


#: A title naming a pair: the value now and what it is measured against (folded, its unit cut off): ``mực nước hiện
#: tại/thiết kế``, ``dung tích thực hiện/kế hoạch``.
_PAIR_TITLE = re.compile(r"^(.*?\w)\s+(?:hien tai|hien co|thuc hien|th)\s*/\s*(?:thiet ke|ke hoach|kh|chi tieu)$")
#: A cell holding such a pair: ``31,24/32,5``, ``124/124,5``.
PAIR_CELL = re.compile(r"^\s*(\d[\d.,]*)\s*/\s*(\d[\d.,]*)\s*$")


def _pair_columns(raw: RawTable, read, col_of: dict) -> dict[int, tuple[str, str | None]]:
    """Columns titled as a pair (``Mực nước hiện tại/thiết kế (m)``) whose cells are pairs (``31,24/32,5``): index →
    (the quantity's name as written, ``Mực nước``; the title's unit)."""
    out = {}
    for i, t, _ in read:
        if not t or col_of.get(i) in (STT, "chi_tieu", "ma", "don_vi_tinh"):
            continue
        unit = _title_unit(t)
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", t).strip() if unit else t.strip()
        m = _PAIR_TITLE.match(fold(bare))
        vals = [str(c[i]).strip() for _, c in raw.rows if i < len(c) and c[i] not in (None, "")
                and not is_none_mark(str(c[i]))]
        if m and vals and sum(1 for v in vals if PAIR_CELL.match(v)) >= 0.8 * len(vals):
            words = len(m.group(1).split())
            out[i] = (" ".join(bare.split()[:words]), unit)
    return out


def _first_pair(raw: RawTable, i: int) -> str:
    return next((str(c[i]).strip() for _, c in raw.rows if i < len(c) and PAIR_CELL.match(str(c[i] or ""))), "")


def _rates_only(raw: RawTable, read, col_of: dict) -> list[int]:
    """The columns of a table of comparisons only (``Tháng 6/2024 so với tháng trước | … so với tháng 12/2023``, ``Tháng
    10/2022 so với tháng 9/2022 (%)``): no column of values, plans or past periods; every column of numbers a
    comparison naming what it is compared with (``so với``/``so``); a column of words beside them.  [] otherwise."""
    numeric = [i for i, t, _ in read if t and col_of.get(i) not in (STT, "ma")
               and _numeric([c[i] for _, c in raw.rows if i < len(c)])]
    if not numeric or any(col_of.get(i) in (*NUMERIC, PERIOD) for i, _, _ in read):
        return []
    compared = [i for i in numeric if col_of.get(i) == DERIVED and _COMPARED.search(fold(raw.header[i]))
                and not _PLAN_SHARE.search(fold(raw.header[i]))]
    words = [i for i, t, _ in read if i not in numeric and any(_is_text(c[i]) for _, c in raw.rows if i < len(c))]
    return compared if len(compared) == len(numeric) and words else []


#: A comparison naming its base: ``so với tháng trước``, ``so cùng kỳ``, ``so với tháng 9/2022`` (folded); or a change
#: of a period said by its words of change, its base left to the grammar of the title (``7 tháng năm 2017 -
#: Tăng/giảm (%)``, ``Tốc độ tăng tháng 7/2017 (%)``: against the same period of last year, round 23's d02).
_COMPARED = re.compile(r"\bso (?:voi )?(?:thang|quy|nam|ky|cung ky|cuoi|dau|\d)|\btang ?(?:\(\+\) ?)?/ ?giam\b|"
                       r"\btang ?\(giam\)|\btoc do tang\b")


def _whole_of_counts(raw: RawTable, out: Layout, i: int, title: str) -> bool:
    """An unknown column titled as a count (``Số thụ lý``; not ``Kinh phí thực hiện``, ``Số tiền``) beside the value
    (``Số đã giải quyết``), with no plan column: every
    number at least the value in its row, one more, every row's unit a count (a money row beside a count of
    households is a second quantity, not a whole)."""
    value_at = next((k for k, c in out.cols.items() if c == "ky_bao_cao"), None)
    unit_at = next((k for k, c in out.cols.items() if c == "don_vi_tinh"), None)
    if value_at is None or "ke_hoach" in out.titles or unit_at is None:
        return False
    m = _COUNT_TITLE.match(unicodedata.normalize("NFC", title))
    if not m or m.group(1).lower() in _NOT_A_NOUN or "(" in title:
        return False
    units = {str(c[unit_at]).strip() for _, c in raw.rows if unit_at < len(c) and c[unit_at] not in (None, "")
             and i < len(c) and _cell_number(c[i]) is not None}
    if not units or any(read_unit(u) is None or read_unit(u).kind != "count" for u in units):
        return False
    if counts_another_noun(title, units):
        return False
    return _numeric([c[i] for _, c in raw.rows if i < len(c)]) and _is_whole(raw, i, value_at)


def counts_another_noun(title: str, units) -> bool:
    """A count title whose noun is a unit of count none of the rows is counted in (``Số bị can`` beside ``Số lượng``
    on rows in ``vụ``, zt-quang-nam-cum-thi-dua-cong-an-cac-huyen-mien-nui-2024): a second count of the row, in its
    own unit (cases and the persons accused in them), never the whole the row's number is a part of.  The noun is
    bare (``Số hộ``) or a count noun of more words (``Số bị can``); ``Số thụ lý`` counts no noun."""
    noun = counted_noun(title)
    if noun is None:
        return False
    words = unicodedata.normalize("NFC", title)[_COUNT_TITLE.match(unicodedata.normalize("NFC", title)).start(1):]
    if noun not in COMPOUND_NOUNS and len(words.split()) > 1:
        return False   # "Số thụ lý", "Số hộ nghèo": a doing or a qualified noun, not a bare count noun
    unit = read_unit(noun)
    if unit is None or unit.kind != "count":
        return False
    return all(fold(noun) != fold(str(u)) for u in units)


def _classes_beside_label(raw: RawTable, out: Layout, untitled: list[tuple[int, str]], problems: ProblemList,
                          src: str, hrow: int) -> None:
    """A survey's table of classes: the label column holds each group (``Giới tính``, merged down over its rows),
    the untitled column right of it each class (``Nam``, ``Nữ``, ``Tổng``) under a title merged over both
    (``Chỉ tiêu``): the class is the row's label, the group tells the rows apart («Giới tính - Nam»).  Nothing is
    changed unless every filled class has a group beside it, the classes are words and the groups repeat."""
    label_at = next((k for k, c in out.cols.items() if c == "chi_tieu"), None)
    nxt = None if label_at is None else next((i for i, _ in untitled if i == label_at + 1), None)
    if nxt is None or nxt in out.cols:
        return
    rows = [c for _, c in raw.rows if nxt < len(c) and c[nxt] not in (None, "")]
    classes = [str(c[nxt]).strip() for c in rows]
    groups = [str(c[label_at]).strip() for c in rows if label_at < len(c) and c[label_at] not in (None, "")]
    if len(classes) < 2 or len(groups) < len(classes) or not all(map(_is_text, groups)) \
            or not all(re.search(r"[^\W\d_]{2}", c) for c in classes) or sum(map(_is_text, classes)) < len(classes) / 2 \
            or len(set(groups)) >= len(groups):
        return   # a class may name a bound ("Dưới 25", "Trên 20 triệu"): words in each, most of them words alone
    title = out.titles["chi_tieu"]
    del out.cols[label_at]
    out.cols[nxt] = "chi_tieu"
    out.qualifiers[label_at] = title
    problems.warn(f"cột tên chỉ tiêu '{title}' ghi nhóm (lặp lại qua nhiều hàng), cột không tiêu đề bên phải ghi từng "
                  f"lớp trong nhóm: lấy lớp làm tên chỉ tiêu, ghép nhóm vào trước «<nhóm> - <lớp>»", file=src,
                  row=hrow, column=title)


def _tells_rows_apart(raw: RawTable, out: Layout, i: int) -> bool:
    """An unknown column before the indicator's whose cells are words, one name repeated over several rows
    (``Đối tượng``: ``Sâu cuốn lá nhỏ`` on four rows; ``Loại hình``: ``Phát thanh``, ``Truyền hình``)."""
    label_at = next((k for k, c in out.cols.items() if c == "chi_tieu"), None)
    if label_at is None or i > label_at:
        return False
    vals = [str(c[i]).strip() for _, c in raw.rows if i < len(c) and c[i] not in (None, "")]
    if any(label_at >= len(c) or c[label_at] in (None, "") for _, c in raw.rows if i < len(c) and c[i] not in (None, "")):
        return False  # it stands alone on title rows ("I | Phát thanh |"): the groups name it already
    return bool(vals) and sum(map(_is_text, vals)) >= 0.8 * len(vals) and len(set(vals)) < len(vals)


def second_measure(first: str, title: str) -> bool:
    """Two columns both of the period's value, naming no period, each with its unit in brackets, the units of two
    kinds (``Số việc giải quyết xong (việc) | Số tiền giải quyết xong (tỷ đồng)``, yb-dong-nai-cuc-thads): two
    quantities of the same period, not one value twice — the second is a row of its own «<chỉ tiêu>: <tiêu đề>».
    Two columns of one unit (``Thực hiện (tỷ đồng) | Ước thực hiện (tỷ đồng)``) stay one role, refused as before."""
    dated = [(read_title(t).period, read_title(t).date, title_period(t)) for t in (first, title)]
    if any(any(d) for d in dated) and not one_date_named(first, title):
        return False
    units = [_title_unit(first), _title_unit(title)]
    if not all(units):
        return False
    kinds = [read_unit(u) for u in units]
    # two counts of two things under one date (a sheet without it reads them as a matrix's cells already)
    return all(kinds) and (kinds[0].kind != kinds[1].kind or
                           (any(any(d) for d in dated) and counts_of_two_things(units[0], units[1])))


def one_date_named(first: str, title: str) -> bool:
    """Two value columns naming one and the same period or date (``Số HTX đến 15/6/2022 (HTX) | Số thành viên đến
    15/6/2022 (thành viên)``: a province's cooperatives by kind, round 26's f09): the date is the period's, said once
    for each quantity — it tells nothing apart, the words before it do."""
    a, b = read_title(first), read_title(title)
    return (a.period, a.date) == (b.period, b.date) and title_period(first) == title_period(title) and \
        bool(a.period or a.date or title_period(first))


def counts_of_two_things(first: str, second: str) -> bool:
    """Two units both counts, of two different things (``HTX`` and ``thành viên``, ``hộ`` and ``người``): two
    quantities, as two units of two kinds are.  One unit twice (``người | người``) or one with a scale word
    (``người | nghìn người``) is one quantity."""
    a, b = read_unit(first), read_unit(second)
    return a.kind == b.kind == "count" and a.scale == b.scale == 1 and fold(a.text) != fold(b.text)


def _title_unit(title: str) -> str | None:
    """The unit a value column's title gives in parentheses at its end (``Diện tích (ha)``, ``Số tiền (triệu đồng)``,
    ``Quần chúng tham gia (lượt)``): a few words, no digit (``Kỳ báo cáo (6 tháng 2023)`` names a period)."""
    m = re.search(r"\(([^()]{1,25})\)\s*$", unicodedata.normalize("NFC", title))
    if not m or len(m.group(1).split()) > 3 or re.search(r"(?<![^\W\d_])\d", m.group(1)):
        return None   # a digit only as a measure's power (``m3/s``, ``km2``), never a number or a period
    unit = m.group(1).strip()
    key = fold(unit)
    if key in _QUALIFIERS or read_title(unit).column or read_unit(unit) is None:
        return None
    return unit


#: Words in parentheses that qualify a title, not a unit (folded).
_QUALIFIERS = frozenset({"uoc", "uoc tinh", "uoc th", "luy ke", "cong don", "tam tinh", "du kien", "neu co", "so bo",
                         "chinh thuc", "ke hoach", "thuc hien", "kh", "th", "tt", "bq", "binh quan", "x", "a", "b"})


_COUNT_TITLE = re.compile(r"(?i)^\s*(?:tổng\s+)?số\s+(\w+)")
_NOT_A_NOUN = {"tiền", "lượng", "liệu", "dư", "còn", "đã", "được", "mới", "phải", "cần", "đạt"}


#: A column of a stretch of time inside the period: ``Trong tuần (11/5-17/5/2018)``, ``Tuần này``, ``Từ 10/7 đến
#: 10/8/2019``: a word of time first, or dates from–to.
_TIME_PART = re.compile(r"(?i)^\s*(?:(?:trong|riêng)\s+)?(?:tuần|ngày|đợt)(?!\w)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*(?:[-–]|đến)\s*"
                        r"\d{1,2}[/.]\d{1,2}")


#: A level at the end of a year: ``Cuối năm 2019``, ``Đến hết năm 2019``, ``Đến cuối năm 2019``.
_YEAR_END_LEVEL = re.compile(r"^\s*(?:cuoi|den het|den cuoi)\s+nam\b")


def _year_columns(read, col_of: dict) -> list[tuple[int, str, object]]:
    return [(i, t, ct) for i, t, ct in read if col_of.get(i) is None and ct.column in VALUE and ct.period
            and ct.period.kind == "year" and not ct.estimate and not ct.cumulative]


def end_of_term_level(read, col_of: dict, whole) -> list[int]:
    """The column of the level at the end of a term's last year (``Cuối năm 2019`` in 2016–2019, beside ``Năm
    2016``: Ban Dân tộc Thái Nguyên, thainguyentv 2020) in a sheet with no column of the whole term: where the term
    ended, the term's value — main loaded it as a part «(năm 2019)» and the term had no value."""
    if whole is None or whole.kind != "term" or "ky_bao_cao" in col_of.values():
        return []
    years = _year_columns(read, col_of)
    last = [i for i, t, ct in years if ct.period.year == _end(whole)[0]]
    found = [i for i in last if _YEAR_END_LEVEL.search(fold(unicodedata.normalize("NFC", read_title_text(read, i))))]
    if len(found) == 1:
        return found
    return last if len(last) == 1 and endpoints_only(years, whole) else []


def read_title_text(read, i: int) -> str:
    return next((t or "" for j, t, _ in read if j == i), "")


def endpoints_only(years, whole) -> bool:
    """Only the term's first and last years, none between (``Năm 2021 | Năm 2006`` in 2006–2021: «giảm từ 58,2% năm
    2006 xuống 27,9% năm 2021», xaydungdang 2022): a before and after — the levels the term started from and reached,
    never the years of a flow (those would list each year, or give the term's total).  Terms of two years
    (2015–2016) are left as parts: there the endpoints are every year."""
    found = sorted(ct.period.year for _, _, ct in years)
    return len(found) == 2 and found == [whole.year, _end(whole)[0]] and found[1] - found[0] >= 2


#: The stretch just before the period, named as such: ``Tuần liền kề trước đó (08/11/2022 - 14/11/2022)`` (Cục CSGT's
#: week, vietnamnet 2022), ``Tuần trước``, ``Đợt trước``, ``Kỳ liền kề trước``: «trước» (before) after a word of a
#: stretch of time, or «liền kề» (adjoining) before it.
_JUST_BEFORE = re.compile(r"^(?:so voi\s+)?(?:tuan|ngay|dot|ky|thang|quy)\s+(?:lien ke\s+|lien\s+)?truoc\b"
                          r"|^(?:tuan|ngay|dot|ky|thang|quy)\s+lien ke\b")


def stretch_just_before(raw: RawTable, read, col_of: dict) -> list[int]:
    """A column of numbers titled by the stretch just before the period (``Tuần liền kề trước đó``) beside the
    period's own value column: the previous period's values (Kỳ trước) — main read the week before as «một khoảng
    thời gian trong kỳ», a row of its own, and took the change columns beside it for changes against last year.  Only
    one such column, only where the sheet has no Kỳ trước column already, and only where the period's value is that
    stretch: beside a running total with the week in a column of its own («Lũy kế từ đầu dịch | Trong tuần | Tuần
    trước», Quảng Bình's COVID-19 week, held-out zr-…-2022-06) the week before is the week's, not the total's."""
    if "ky_bao_cao" not in col_of.values() or "ky_truoc" in col_of.values():
        return []
    found = [i for i, title, ct in read if title and col_of.get(i) is None and ct.period is None
             and _JUST_BEFORE.search(fold(unicodedata.normalize("NFC", title)))
             and _numeric([c[i] for _, c in raw.rows if i < len(c)])]
    inside = [i for i, title, ct in read if title and i not in found and col_of.get(i) != "ky_bao_cao"
              and _time_part(title)]
    return found if len(found) == 1 and not inside else []


def _time_part(title: str) -> bool:
    return _TIME_PART.search(unicodedata.normalize("NFC", title)) is not None


def _own_unit(title: str) -> bool:
    """A title that states its own unit of money, measure or percent (``Kinh phí (tỉ đồng)``): no part of the row's
    count, a second quantity."""
    paren = re.search(r"\(([^()]{1,30})\)\s*$", unicodedata.normalize("NFC", title))
    unit = read_unit(paren.group(1)) if paren else None
    return unit is not None and unit.kind != "count"


#: A document's number as Vietnamese administration writes it (``QĐ 1948/QĐ-UBND``, ``Quyết định số 2384/QĐ-UBND``,
#: ``NQ 12/NQ-HĐND``, ``số 45/KH-UBND``): a number, a slash, the kind of document in capitals, a dash, the issuer.
_DOC_NUMBER = re.compile(r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,6}(?:\s*-\s*[A-ZĐ][\wĐđ.&]*)+")


def _document_ref(title: str) -> str | None:
    """The words in brackets at a title's end when they cite a document (``Giao tăng thêm (QĐ 1948/QĐ-UBND)`` →
    ``QĐ 1948/QĐ-UBND``), else None."""
    paren = re.search(r"\(([^()]{1,60})\)\s*$", unicodedata.normalize("NFC", title))
    return paren.group(1).strip() if paren and _DOC_NUMBER.search(paren.group(1)) else None


def _changes_of_running(out: Layout, header=()) -> set[int]:
    """The change columns that compare a running total: a sheet puts each comparison right of what it compares
    (``Tháng 7 | So cùng kỳ (%) | Lũy kế 7 tháng | So cùng kỳ (%)``), so a change column whose nearest value column
    on its left is a running total's is that total's change."""
    values = {i for i, c in out.cols.items() if c == "ky_bao_cao"} | {i for i, c in out.running.items()
                                                                       if c == "ky_bao_cao"}
    found = set()
    if len(out.changes) == len(values) > 1 and min(out.changes) > max(values) and _each_names_its_value(out, values, header):
        # "Ước tính tháng 10/2021 | Cộng dồn 10 tháng năm 2021 | Tháng 10/2021 so với cùng kỳ (%) | 10 tháng năm 2021
        # so với cùng kỳ (%)" (yh-toan-quoc-tong-cuc-thong-ke-san-luong-thuy-san-2021-10): the values first, then
        # their comparisons in the same order, each naming its value's period — the k-th comparison is the k-th
        # value's (not "Lũy kế từ đầu năm | So cùng kỳ (%) | Tăng (+), giảm (-)": two comparisons of one value)
        return {c for c, v in zip(sorted(out.changes), sorted(values)) if v in out.running}
    if out.running and len(out.changes) > 1 and all(_CUMULATIVE_WORDS.search(fold(t)) or this_period(fold(t))
                                                    for t, _ in out.changes.values()):
        # "Tháng này so với cùng kỳ (%) | Cộng dồn so với cùng kỳ (%)" right of "Ước tính tháng này | Cộng dồn từ đầu
        # năm" (round 24's e03): each comparison says what it compares — «cộng dồn» the running total, «tháng này»
        # the month — not the nearest value column (both would be the running total's)
        return {i for i, (t, _) in out.changes.items() if _CUMULATIVE_WORDS.search(fold(t))}
    for i in out.changes:
        left = [j for j in values if j < i]
        if left and max(left) in out.running:
            found.add(i)
    return found


def _state_a_month_before(title: str, period: Period | None, target: Period | None) -> bool:
    """``Đến tháng 9/2021`` beside ``Đến tháng 10/2021`` in a report of October 2021 (yj-toan-quoc-van-phong-dieu-phoi-
    nong-thon-moi-xa-dat-chuan-2021-10: 5.343 communes by September, 5.360 by October): the state at the end of the
    month before, the previous edition's — not another period's figures."""
    title = unicodedata.normalize("NFC", title)
    return bool(period and target and target.kind == "month" and period.kind == "ytd" and period.year == target.year
                and target.months[0] > 1 and period.months == (1, target.months[0] - 1)
                and TO_MONTH.search(title) and not MONTHS_SUMMED.search(title))


def _changes_of_parts(out: Layout, whole: Period | None) -> dict[int, int]:
    """The change columns that compare a part of the period (``Tháng 7/2020 | Tháng 7 tăng (+) giảm (-) so với cùng kỳ
    | Tháng 7 so với cùng kỳ (%) | 7 tháng năm 2020 | 7 tháng tăng (+) giảm (-) …`` in a report of seven months:
    yj-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-7t, where July's −74 had given the seven months' last
    year): a sheet puts each comparison right of what it compares, so a change column whose nearest value column on its
    left is a part's — its title naming no other period — is that part's change (change → part)."""
    anchors = {i for i, c in out.cols.items() if c == "ky_bao_cao"} | set(out.running) | set(out.parts)
    found = {}
    for i, (title, _) in out.changes.items():
        named = named_part(title, out.parts, whole)
        if named is not None:
            found[i] = named   # the comparison says whose it is, wherever it stands
            continue
        left = [j for j in anchors if j < i]
        if i in out.running_changes or not left or max(left) not in out.parts:
            continue
        part = out.parts[max(left)][1]
        named = title_period(title)
        if isinstance(part, Period) and _part_of(part, whole) and (named is None or named == part):
            found[i] = max(left)
        elif isinstance(part, DaysOfMonth) and not named_compared(title):
            found[i] = max(left)   # «15 ngày đầu tháng 6/2018 | So với cùng kỳ năm 2017 (%)»: the fifteen days' rise
    return found


def named_compared(title: str) -> bool:
    """A comparison's title names what it compares before its comparing words (``Tháng 9 so với …``); the period
    after «so với» is its base, not what it compares (``So với cùng kỳ năm 2017 (%)`` names only the base)."""
    t = unicodedata.normalize("NFC", str(title))
    m = _COMPARING.search(t)
    return title_period(t[:m.start()] if m else t) is not None


def recomputed_said(i: int, out: Layout, raw: RawTable, col_of: dict) -> str:
    """What the loader does with a comparison column the table's own numbers recompute: set aside — unless some row
    with a blank 'Cùng kỳ' states it, and keeps it (``Layout.rates``: «9 tháng so với cùng kỳ (%)» (21) beside a blank
    «9 tháng năm 2022», round 25's f09) or takes last year's value from it (an «abs» change): then «bỏ qua cột này»
    would be untrue."""
    lasts = [j for j, c in col_of.items() if c == "cung_ky"]
    stated_alone = any(i < len(c) and _filled_number(c[i]) and not any(j < len(c) and _filled_number(c[j])
                                                                        for j in lasts) for _, c in raw.rows)
    if stated_alone and i in out.rates:
        return ("cột số so sánh với cùng kỳ: hàng có số cùng kỳ thì tỷ lệ tính lại được từ đó (không lưu); hàng để trống "
                "ô cùng kỳ giữ tỷ lệ đã ghi thành hàng riêng «<chỉ tiêu>: so với cùng kỳ» (đơn vị %)")
    if stated_alone and i in out.changes:
        return ("cột số so sánh với cùng kỳ: hàng có số cùng kỳ thì tính lại được từ đó (không lưu); hàng để trống ô cùng "
                "kỳ lấy số cùng kỳ = kỳ báo cáo − tăng/giảm")
    return "cột số so sánh (được tính lại từ các cột số liệu): bỏ qua cột này"


def _filled_number(v) -> bool:
    """A cell holding a number, a fall in brackets (``(21)``) or a marked one (``104,5(2)``) included."""
    if v in (None, "") or is_none_mark(str(v)):
        return False
    return bool(isinstance(v, str) and _FALL_CELL.match(v)) or \
        _number(strip_marks(str(v)) if isinstance(v, str) else v) is not None


#: A comparison typed as a fall: ``-21``, ``−6,1``, or an accountant's brackets ``(21)``.
_FALL_CELL = re.compile(r"^\s*(?:[-−–]\s*\d[\d.,]*|\(\s*\d[\d.,]*\s*\))\s*%?\s*$")
#: An index lies at or above this (``So với cùng kỳ (%)`` 76,3 is a fall of 23,7 %); below it a ratio column's numbers
#: may as well be rates of change (load.INDEX_FLOOR).
_INDEX_FLOOR = 50


def _fall_cells(raw: RawTable, i: int) -> list[str]:
    return [str(c[i]).strip() for _, c in raw.rows if i < len(c) and isinstance(c[i], str) and _FALL_CELL.match(c[i])]


def _fall_shown(raw: RawTable, out: Layout) -> str:
    cells = [v for i in (*out.changes, *out.rates) for v in _fall_cells(raw, i)]
    return f"«{cells[0]}»" if cells else ""


def rates_of_a_sheet_of_falls(raw: RawTable, out: Layout) -> list[int]:
    """The ratio columns (``Quý III so với cùng kỳ (%)``) that hold rates of change because the sheet types its falls
    as negatives in its comparisons: an index is never below nought, so a sheet writing ``(21)`` or ``-21`` under
    ``9 tháng so với cùng kỳ (%)`` writes changes there, and its ``34`` beside is «tăng 34%», not a fall to 34 % of last
    year (round 25's f09, an accountant's sheet).  Only a column none of whose numbers lies where an index does
    (all below 50): a column of 104,5 … stays indexes."""
    ratios = {i: t for i, (t, k) in (*out.changes.items(), *out.rates.items()) if k == "ratio"}
    if not ratios or not any(_fall_cells(raw, i) for i in (*out.changes, *out.rates)):
        return []
    found = []
    for i in ratios:
        nums = [n for _, c in raw.rows if i < len(c) and (n := _number(strip_marks(str(c[i])) if isinstance(c[i], str)
                                                                       else c[i])) is not None]
        if nums and all(n < _INDEX_FLOOR for n in nums):
            found.append(i)
    return found


def falls_typed_unsigned(raw: RawTable, out: Layout) -> list[int]:
    """The change columns titled by the fall alone (``change.names_the_fall``: ``Giảm so với năm trước``) whose
    unsigned numbers are falls: each such cell is rewritten as the negative it means (``1,1`` → ``-1,1``), in place,
    so that every reader of the column (last year's value = kỳ báo cáo + 1,1; a change kept as a row) reads the fall.
    A cell typed with its sign (``-1,1``) or in words (``giảm 1,1%``) is left as typed."""
    found = []
    for i, (title, _) in out.changes.items():
        if not names_the_fall(title):
            continue
        for _, c in raw.rows:
            if i >= len(c) or c[i] in (None, ""):
                continue
            v = c[i]
            if isinstance(v, Decimal) and v > 0:
                c[i] = -v
            elif isinstance(v, str) and v.strip()[:1].isdigit() and _number(strip_marks(v.strip())) is not None:
                c[i] = "-" + v.strip()
            else:
                continue
            if i not in found:
                found.append(i)
    return found


def _fall_typed_shown(raw: RawTable, i: int) -> str:
    cells = [str(c[i]).lstrip("-") for _, c in raw.rows if i < len(c) and c[i] not in (None, "")][:2]
    return ", ".join(f"«{v}» là giảm {v}" for v in cells)


#: The words a comparison column's title compares with (``so với``, ``so sánh``, ``tăng``, ``giảm``): what stands before
#: them names what is compared.
_COMPARING = re.compile(r"(?i)\b(?:so\s+v[ớo]i|so\s+s[áa]nh|so\s+c[ùu]ng|t[ăa]ng|gi[ảa]m)\b")


def part_against_the_period_before(title: str, parts: dict, whole: Period | None, header: list) -> bool:
    """A rate comparing a part of the period with the month or quarter just before it, which no column holds
    (``Tháng 2/2021 so với tháng 1/2021 (%)`` beside ``Tháng 2/2021 | Lũy kế 2 tháng năm 2021`` read for the two
    months: thanhnien 2021's rice exports, round 27's f05): nothing recomputes it, so each row's rate is its own, a row
    whose label names both months — main set it aside «được tính lại từ các cột số liệu», which no column did."""
    if "%" not in title:
        return False
    j = named_part(title, parts, whole)
    part = parts[j][1] if j is not None else None
    if not isinstance(part, Period) or part.kind not in ("month", "quarter"):
        return False
    t = unicodedata.normalize("NFC", str(title))
    m = _COMPARING.search(t)
    base = title_period(t[m.end():]) if m else None
    before = part.previous_edition()
    if base is None or base.code != before.code:
        return False
    return not any(h and (p := read_title(str(h)).period) is not None and p.code == before.code
                   and read_title(str(h)).column in VALUE for h in header)


def last_year_of_a_part(period: Period | None, read: list, whole: Period | None) -> int | None:
    """The column of a part of the period that a 'Cùng kỳ' column dated ``period`` is the same period last year of:
    ``Cùng kỳ tháng 7/2010`` beside ``Thực hiện tháng 7/2011`` in a report of seven months (Ban quản lý KKT Bình Định,
    held-out yr-binh-dinh-…-2011-7t: «đạt 186,6 tỷ đồng giảm 2,6% so với cùng kỳ (186,6/191,6 tỷ đồng)»), when the
    sheet also pairs the whole period with its own (``Ước thực hiện 7 tháng năm 2011 | Cùng kỳ 7 tháng năm 2010``).
    Main took the first 'Cùng kỳ' column for the seven months' last year (1.410,8 against 191,6) and set the seven
    months' own aside «trùng vai trò».  None when the column is dated no part, or no other 'Cùng kỳ' column is the
    whole period's (then it is the period's, as before)."""
    if period is None or whole is None:
        return None
    lasts = [ct.period for _, _, ct in read if ct.column == "cung_ky" and ct.period is not None]
    try:
        own = replace(period, year=period.year + 1)
        whole_last = replace(whole, year=whole.year - 1)
    except (TypeError, ValueError):
        return None
    if own == whole or whole_last not in lasts:
        return None
    for j, _, ct in read:
        if ct.period == own and ct.column in VALUE and _part_of(own, whole):
            return j
    return None


def part_against_its_period_before(title: str, i: int, parts: dict, whole: Period | None, header: list) -> int | None:
    """The part column (a month, a quarter) whose change in numbers against the month or quarter just before it a
    comparison column states, no column holding that base: ``Tháng 10/2017 (16/9 - 15/10/2017) | Tăng (+), giảm (-)
    so với tháng 9/2017 | 10 tháng năm 2017 | …`` (Ban ATGT Ninh Thuận, held-out yr-ninh-thuan-…-2017-10t: «So với tháng
    9, số vụ giảm 2 vụ»): the month's own change, giving its row's Kỳ trước (2 − (−2) = 4).  Main set it aside «được
    tính lại từ các cột số liệu», which no column did.  The part is the one the title names before its comparing
    words, else the nearest part on the column's left; a rate (``%``) is :func:`part_against_the_period_before`'s."""
    if "%" in title or not (SIGNS.search(title) or _CHANGE_WORDS.search(fold(title))):
        return None
    j = named_part(title, parts, whole)
    if j is None:
        left = [k for k in parts if k < i]
        j = max(left) if left else None
    part = parts[j][1] if j is not None else None
    if not isinstance(part, Period) or part.kind not in ("month", "quarter"):
        return None
    t = unicodedata.normalize("NFC", str(title))
    m = _SO_VOI_RAW.search(t)
    if not m:
        return None
    before = part.previous_edition()
    base = title_period(t[m.end():]) or title_period(f"{t[m.end():]} năm {part.year}")
    if (base is None or base.code != before.code) and not _PERIOD_BEFORE.search(fold(t[m.end():])):
        return None
    if any(h and (p := read_title(str(h)).period) is not None and p.code == before.code for h in header):
        return None
    return j


#: ``so với``, ``so sánh với``, ``so`` before a comparison's base (NFC, unfolded).
_SO_VOI_RAW = re.compile(r"(?i)\bso(?:\s+s[áa]nh)?(?:\s+v[ớo]i)?\b")


def rate_against_the_period_just_before(title: str, i: int, parts: dict, whole: Period | None, header: list,
                                        values: list[int]) -> str | None:
    """A rate (%) naming only its base, the month or quarter just before the part of the period on its left, which no
    column holds: ``Ước tháng 8/2020 | So với tháng 7/2020 (%)`` read for 8 months (tapchicongthuong 2020's cashew
    exports: «tăng 7,8% … so với tháng 7/2020», round 29's f07).  Beside the period's own value (``Tháng 6/2024 | So
    với tháng 5/2024`` read for June, f10) it stays aside, as rounds 16 and 27 keep it.  Vietnamese sheets put each comparison right after the number
    it compares; nothing in the sheet recomputes this one, so each row's rate is its own.  Main set the column aside
    («được tính lại từ các cột số liệu», «so sánh với một kỳ không có trong bảng»).  The title the rows are named by:
    the part's column title, then the column's (``Ước tháng 8/2020 so với tháng 7/2020``);
    None when the title names what it compares (round 27's :func:`part_against_the_period_before`), or the base is not
    the period just before, or a column holds it."""
    if "%" not in title or whole is None:
        return None
    t = unicodedata.normalize("NFC", str(title))
    m = _COMPARING.search(t)
    if not m or t[:m.start()].strip() or not fold(t[m.start():m.end()]).startswith("so"):
        return None
    left = next((j for j in range(i - 1, -1, -1) if j in parts or j in values), None)
    if left is None or left not in parts:
        # beside the period's own value the comparison stays aside, as rounds 16 and 27 keep it (their guards
        # «Tháng 4/2018 | So với tháng trước (%)»): only a part's is a row of its own
        return None
    compared = parts[left][1]
    if not isinstance(compared, Period) or compared.kind not in ("month", "quarter"):
        return None
    before = compared.previous_edition()
    base = title_period(t[m.end():])
    if base is None and _PERIOD_BEFORE.search(fold(t[m.end():])):
        base = before
    if base is None or base.code != before.code:
        return None
    if any(h and (p := read_title(str(h)).period) is not None and p.code == before.code
           and read_title(str(h)).column in VALUE for h in header):
        return None
    return f"{header[left]} {title[0].lower()}{title[1:]}"


#: A comparison's title opening on its direction words (``Tăng/giảm``, ``Tăng (+) giảm (-)``, ``Tăng, giảm``).
_DIRECTION_FIRST = re.compile(r"(?i)^\s*t[ăa]ng\s*(?:\(\+\))?\s*(?:[/,]|và|hoặc)?\s*gi[ảa]m\s*(?:\(-\))?\s*")
_SO = re.compile(r"(?i)\bso\b")


def _compared_head(t: str) -> str:
    """What a comparison's title names before its comparing words; a title opening on its direction words names it
    after them, before «so»: ``Tăng/giảm tháng 10 so cùng kỳ (%)`` beside ``Tháng 10/2022 | Lũy kế 10 tháng 2022``
    (a ministry's fisheries sheet, xs-…-thuy-san-2022-10t; ``Tăng/giảm tháng 9 so tháng 9/2020 (%)`` on a shrimp
    sheet, xs-…-tom-2021-09): «tháng 10», the month's rise, not the ten months'."""
    m = _COMPARING.search(t)
    head = t[:m.start()].strip() if m else ""
    lead = _DIRECTION_FIRST.match(t) if m and not head else None
    if lead is None:
        return head
    rest = t[lead.end():]
    so = _SO.search(rest)
    return rest[:so.start()].strip() if so else ""


def named_part(title: str, parts: dict, whole: Period | None) -> int | None:
    """The part column a comparison's own words name, before its comparing words: ``Tháng 9 năm 2018 so với cùng kỳ
    năm 2017 (%)`` beside ``Ước tính tháng 9 năm 2018 | Cộng dồn 9 tháng năm 2018`` (round 25's f07, a province's
    statistics office: September's index, not the nine months'), ``Quý III so với cùng kỳ (%)`` after ``9 tháng năm
    2022`` (f09: the quarter named without its year, the year the period's).  None when the words name no part (``9
    tháng năm 2018 so với …`` is the whole; ``So với cùng kỳ (%)`` names nothing)."""
    t = unicodedata.normalize("NFC", str(title))
    head = _compared_head(t)
    if not head or whole is None:
        return None
    said = title_period(head) or title_period(f"{head} năm {whole.year}")
    if said is None:
        return None
    for j, (_, per) in parts.items():
        if isinstance(per, Period) and per == said and _part_of(per, whole):
            return j
    return None


def _each_names_its_value(out: Layout, values: set[int], header) -> bool:
    """Each comparison column's title names the period of the value column in its place, and the periods differ (a
    title without the year, ``Tháng 5 so cùng kỳ (%)``, read with its value's: :mod:`service.figures.yearless`)."""
    vt = [_period_of_a_value(str(header[v] or "")) if v < len(header) else None for v in sorted(values)]
    ct = [period_with_its_year(out.changes[c][0], v.year if v else None) for c, v in zip(sorted(out.changes), vt)]
    return None not in vt and vt == ct and len(set(vt)) == len(vt)


def _period_of_a_value(title: str) -> Period | None:
    """The period a value column's title names, its running words aside (``Lũy kế 5 tháng 2023`` → 5 tháng 2023, as
    its comparison ``5 tháng 2023 so với cùng kỳ (%)`` names it: Cục Thống kê Bình Định 5/2023,
    zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05, and round 38's g04 built from it)."""
    return title_period(title) or title_period(_RUNNING_LEAD.sub("", unicodedata.normalize("NFC", title)))


#: The running words a running total's title begins with (``Lũy kế``, ``Luỹ kế``, ``Cộng dồn``).
_RUNNING_LEAD = re.compile(r"(?i)^\s*(?:lũy|luỹ)\s+kế\s*|^\s*cộng\s+dồn\s*")


def _measure_unit(title: str) -> str | None:
    """The unit of a second quantity column (``Số hộ còn dư nợ`` → ``hộ``; ``Số tiền (triệu đồng)`` → ``triệu
    đồng``), None when the title names no count or unit (a document's number in brackets is none)."""
    title = unicodedata.normalize("NFC", title)
    paren = re.search(r"\(([^()]{1,30})\)\s*$", title)
    if paren and not _DOC_NUMBER.search(paren.group(1)) and not _TIME_BRACKET.match(fold(paren.group(1)).strip()):
        return paren.group(1).strip()
    if _AVERAGE_TITLE.match(fold(title)) and counted_noun(title) is None:
        return ""      # "Bình quân 1 ngày (7 tháng)": a second quantity of each row in the row's own unit
    return counted_noun(title)


#: A bracket naming a stretch of time, no unit (folded): ``(7 tháng)``, ``(năm 2016)``, ``(6 tháng đầu năm)``.
_TIME_BRACKET = re.compile(r"^(?:\d+\s+)?(?:ngay|tuan|thang|quy|nam)\b")
#: An average's column (folded title): ``Bình quân 1 ngày``, ``Trung bình/tháng``, ``Bình quân mỗi xã``.
_AVERAGE_TITLE = re.compile(r"^(?:binh quan|trung binh)\b")


def counted_noun(title: str) -> str | None:
    """The noun a count title counts (``Số hộ còn dư nợ`` → ``hộ``; ``Tổng số đơn vị`` → ``đơn vị``, the longest of
    its first words that is a unit of count; ``Số tiền``, ``Số lượng`` → None)."""
    m = _COUNT_TITLE.match(unicodedata.normalize("NFC", title))
    if not m or m.group(1).lower() in _NOT_A_NOUN:
        return None
    words = unicodedata.normalize("NFC", title)[m.start(1):].lower().split()
    for n in (3, 2):
        noun = " ".join(w.strip(",:;()") for w in words[:n])
        if len(words) >= n and noun in COMPOUND_NOUNS:
            return noun
    return m.group(1).lower()


#: A number with its unit typed after it in one cell: ``6.084 xã``, ``79,3%``, ``17,5 tiêu chí/xã``, ``338,23 tỷ đồng``.
_TYPED = re.compile(r"^\s*([-+−]?\d[\d.,]*)\s*(%|[^\W\d_][^\d]{0,30})$")


def typed_unit(cell) -> tuple[str, str] | None:
    """(number as typed, unit) of a value cell holding both (``6.084 xã`` → ``6.084``, ``xã``), None otherwise: the
    words after the number must read as a unit and hold no digit (``6 tháng`` is a period only in a title)."""
    if not isinstance(cell, str):
        return None
    typed = unicodedata.normalize("NFC", cell).strip()
    m = _TYPED.match(strip_marks(typed))   # "gần 30,2 tỷ đồng": the bound word kept on the number, said on loading
    if not m or read_unit(m.group(2).strip()) is None:
        return None
    try:
        parse_table_number(m.group(1))
    except ValueError:
        return None
    unit = m.group(2).strip()
    return (typed[:-len(unit)].strip() if typed.endswith(unit) else m.group(1)), unit


#: A sum said in two scales, the larger first: ``423 tỷ 536 triệu đồng``, ``2 triệu 500 nghìn đồng``.
_TWO_SCALES = re.compile(r"(?i)^\s*(\d{1,3}(?:\.\d{3})*|\d+)\s+(tỷ|tỉ|triệu)\s+(\d{1,3})\s+(triệu|nghìn|ngàn)\s+(đồng|USD)\s*$")
_SCALE_STEP = {("tỷ", "triệu"): 1000, ("tỉ", "triệu"): 1000, ("triệu", "nghìn"): 1000, ("triệu", "ngàn"): 1000}


def sum_in_two_scales(cell) -> tuple[str, str] | None:
    """(number, unit) of a value cell saying one sum in two scales, the larger first (``423 tỷ 536 triệu đồng`` →
    ``423536``, ``triệu đồng``: as a report writes 423.536 triệu), None otherwise: the scales must be next to each
    other (tỷ then triệu, triệu then nghìn) and the second part under a thousand."""
    m = _TWO_SCALES.match(unicodedata.normalize("NFC", cell)) if isinstance(cell, str) else None
    if not m:
        return None
    step = _SCALE_STEP.get((m.group(2).lower(), m.group(4).lower()))
    if step is None:
        return None
    whole = int(m.group(1).replace(".", "")) * step + int(m.group(3))
    return str(whole), f"{m.group(4).lower()} {m.group(5)}"


#: Two sums typed in one cell, joined by «và» or a plus: ``55 triệu đồng và 140.000 USD``.
_TWO_SUMS = re.compile(r"^(.+?)\s*(?:\s(?:và|cùng)\s|\+)\s*(.+)$")


def sums_in_two_currencies(cell) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((number, unit), (number, unit)) of a value cell typing two sums of money in different currencies (``55 triệu
    đồng và 140.000 USD``: a loss counted in both), None otherwise: each side a number with its unit, both money,
    the currencies different (``2 tỷ đồng và 300 triệu đồng`` is one sum written twice, refused as no number)."""
    if not isinstance(cell, str):
        return None
    m = _TWO_SUMS.match(unicodedata.normalize("NFC", cell).strip())
    sides = [typed_unit(m.group(k)) for k in (1, 2)] if m else []
    if len(sides) != 2 or None in sides:
        return None
    units = [read_unit(u) for _, u in sides]
    if any(u is None or u.kind != "money" for u in units) or units[0].text == units[1].text:
        return None
    return sides[0], sides[1]


#: A count, its unit, then its share of the whole in brackets, typed in one cell: ``80 vụ (37,9%)``.
_UNIT_THEN_SHARE = re.compile(r"^\s*(\d[\d.,]*)\s*([^\W\d_][^\d()]{0,30}?)\s*(\(\s*\d[\d.,]*\s*%\s*\))\s*$")


def unit_before_share(cell) -> tuple[str, str] | None:
    """(the count with its share, unit) of a value cell typing a unit between the count and its share in brackets
    (``80 vụ (37,9%)`` → ``80 (37,9%)``, ``vụ``: the share then read as the row's own «tỷ lệ», as ``8.071.113
    (70,7%)``), None otherwise: the words must read as a unit."""
    if not isinstance(cell, str):
        return None
    m = _UNIT_THEN_SHARE.match(unicodedata.normalize("NFC", cell))
    if not m or read_unit(m.group(2).strip()) is None:
        return None
    return f"{m.group(1)} {m.group(3)}", m.group(2).strip()


def own_noun(label: str, table_unit: str) -> str | None:
    """The count noun a label names when it is not the one of the table's unit line (``Số lớp học`` under ``Đơn vị
    tính: học sinh`` → ``lớp``), None when the label names none, names the table's (``Số học sinh nữ``, ``Số người``
    under ``lượt người``), or the table's unit is no count (money, %, a measure: ``Số tiền`` stays in its đồng)."""
    unit = read_unit(table_unit)
    noun = counted_noun(label)
    if unit is None or unit.kind != "count" or not noun or not noun[:1].isalpha():
        return None
    if noun in _NOT_A_HEAD or read_unit(noun) is None or read_unit(noun).kind != "count":
        return None
    words = unicodedata.normalize("NFC", label).lower().split()
    at = next((k for k, w in enumerate(words) if w == noun.split()[0]), None)
    if " " not in noun and at is not None and at + 1 < len(words) and words[at + 1] in _PERSON_ENDS:
        noun = f"{noun} {words[at + 1]}"          # "Số cử nhân": cử nhân, a person
    if _person(noun) and _person(unit.text):      # "Số lao động" under "người": people counted as people
        return None
    mine, table = f" {fold(noun)} ", f" {fold(unit.text)} "
    return None if mine in table or table in mine else noun


#: Last syllables of a noun for a person (``sinh viên``, ``cử nhân``, ``học sinh``, ``bác sĩ``, ``công chức``,
#: ``cán bộ``, ``nông dân``, ``lao động``, ``thanh niên``, ``phụ nữ``, ``cử tri``, ``bị can``); first words of one
#: (``người``, ``trẻ em``).  Open-ended.
_PERSON_ENDS = frozenset({"viên", "nhân", "sinh", "sĩ", "binh", "giả", "chức", "bộ", "dân", "động", "niên", "nữ", "tri",
                          "tượng", "can", "cáo", "khách", "sự", "em", "thủ", "thầy"})
_PERSON_HEADS = frozenset({"người", "lượt", "em", "trẻ", "cháu", "cụ", "mẹ", "khách", "đồng", "đ/c"})


def _person(noun: str) -> bool:
    words = unicodedata.normalize("NFC", noun).lower().split()
    return bool(words) and (words[0] in _PERSON_HEADS or len(words) > 1 and words[-1] in _PERSON_ENDS)


#: First words after ``Số`` that are a verb or a qualifier, never a counted noun (``Số thu``, ``Số hóa``, ``Số tăng``;
#: open-ended).
_NOT_A_HEAD = frozenset({"thu", "chi", "vốn", "nợ", "tăng", "giảm", "phát", "hóa", "hoá", "thực", "kế", "ước", "bình",
                         "lũy", "luỹ", "tuyệt", "tương", "cùng", "dự", "còn", "đã", "được", "chưa", "có", "không",
                         "mới", "đạt", "tổng", "liệu", "lượng", "tiền", "dư"})


#: Count nouns of more than one word (``Tổng số đơn vị``: units, not "đơn"); any other count title counts its first
#: word (``Số hộ còn dư nợ`` → ``hộ``).  Open-ended.
COMPOUND_NOUNS = frozenset({
    "đơn vị", "hội viên", "đoàn viên", "đảng viên", "gia đình", "hộ gia đình", "doanh nghiệp", "hợp tác xã", "cơ sở",
    "công trình", "dự án", "trường hợp", "lượt người", "lượt hộ", "bị can", "đối tượng", "học sinh", "sinh viên",
    "giáo viên", "cán bộ", "chiến sĩ", "người dân", "thanh niên", "phụ nữ", "lao động", "tổ chức", "cá nhân",
    "tập thể", "chi hội", "chi bộ", "chi đoàn", "đại biểu", "bệnh nhân", "thí sinh", "công dân", "tổ hợp tác"})


#: What a missing column may be titled, for the message that says it is missing.
_EXPECTED = {
    "chi_tieu": "cần một cột tên chỉ tiêu, tiêu đề như 'Chỉ tiêu', 'Nội dung', 'Tên chỉ tiêu' (hoặc một cột chữ, mỗi "
                "hàng một tên chỉ tiêu)",
    "ky_bao_cao": "cần một cột số liệu của kỳ, tiêu đề như 'Kỳ báo cáo', 'Thực hiện', 'Kết quả', 'Số đạt', hoặc tên kỳ "
                  "('Năm 2024', '6 tháng đầu năm 2024', 'Tháng 11/2024')",
}


#: A column of the whole area or of every unit (``Toàn huyện``, ``Tổng cộng``, ``Cả xã``), beside one per place.
_WHOLE = re.compile(r"^(?:chung )?(toan|ca) (huyen|tinh|xa|thanh pho|thi xa|quan|phuong|thi tran|don vi|nganh|khoi|"
                    r"dia ban|nuoc|quoc|vung|he thong|linh vuc)\b"
                    r"|^(tong cong|cong|tong|chung|toan bo|toan quoc)$")


def set_aside_said(raw: RawTable, i: int, title: str) -> str:
    """The warning for a column set aside: one holding numbers says so, and how many, and how to keep them (main said
    only «cột không thuộc bảng số liệu» over ``Trong tháng``'s numbers beside ``Lũy kế từ đầu năm``: a clerk had to
    find that the month's figures were gone)."""
    cells = [c[i] for _, c in raw.rows if i < len(c)]
    if not _numeric(cells):
        return "cột không thuộc bảng số liệu: bỏ qua cột này"
    n = sum(1 for c in cells if _is_number(c))
    return (f"cột không thuộc bảng số liệu: bỏ qua cột này — cột có {n} ô số, không được nạp (không rõ là số của kỳ "
            "nào); nếu là số liệu, đặt tiêu đề 'Kỳ báo cáo', 'Cùng kỳ năm trước', 'Kỳ trước' hoặc 'Kế hoạch'")


def _lone_numeric(raw: RawTable, out: Layout, unknown: list[tuple[int, str]], problems: ProblemList,
                  titled: Period | None = None, by_year: bool = False, target: Period | None = None) -> bool:
    """No column is titled as the period's value: the one unknown column of numbers is (a warning says which, unless
    it is headed by an occasion that fits the chosen period ``target``: :func:`headings.occasion_heading`);
    several are an error naming them, unless the sheet's title states the period and each column names a unit
    (:func:`_units_under_title`).  ``titled``: the period the title rows state.  True when that was said (so no
    "missing column" error is added)."""
    if "ky_bao_cao" in out.titles:
        return False
    nums = [(i, t) for i, t in unknown if _numeric([c[i] for _, c in raw.rows if i < len(c)], ranges=True)
            and not PART_OF_VALUE.match(unicodedata.normalize("NFC", t))]  # "Trong đó: …" is a part of the value
    counts = [(i, t) for i, t in nums if _measure_unit(t) != "%"]
    if len(nums) > 1 and len(counts) == 1:  # "Đảng viên tham gia (%) | Quần chúng tham gia (lượt)": the share is
        nums = counts                        # a second quantity of the row, the count its value
    src, hrow = raw.source, raw.header_row or None
    units = [_title_unit(t) or _measure_unit(t) for _, t in nums]
    if len(nums) > 1 and all(u and read_unit(u) for u in units) and \
            len({read_unit(u).kind for u in units}) == len(units):
        # "Tiền (tỷ đồng) | Đất (ha)": each column a quantity of its own kind, its unit in its title: the first is
        # the value, the others second quantities of the row (rows of their own)
        (i, title), rest = nums[0], nums[1:]
        out.cols[i], out.titles["ky_bao_cao"] = "ky_bao_cao", title
        out.value_unit = units[0]
        for (k, t), u in zip(rest, units[1:]):
            out.measures[k] = (t, u)
        problems.warn(f"không có cột 'Kỳ báo cáo': các cột số {', '.join(repr(t) for _, t in nums)} mỗi cột một "
                      f"đại lượng (đơn vị ghi ở tiêu đề): đã lấy cột '{title}' làm số liệu kỳ báo cáo, mỗi ô của cột "
                      "khác nạp thành một hàng riêng «<chỉ tiêu>: <tiêu đề cột>»", file=src, row=hrow, column=title)
        unknown[:] = [u for u in unknown if u not in rest]
        return True
    whole = [(i, t) for i, t in nums if _WHOLE.match(fold(t))]
    if len(nums) > 1 and len(whole) == 1 and not ("don_vi_tinh" not in out.titles and _units_in_rows(raw, out)):
        # "Xã Đông Tiến | Xã Hàm Trí | Toàn huyện": the whole is the value (not when the rows are the units:
        # "Đơn vị | HCV | HCB | HCĐ | Tổng" over "Hà Nội", "Thanh Hóa": each column a measure, "Tổng" the row's sum)
        i, title = whole[0]
        out.cols[i], out.titles["ky_bao_cao"] = "ky_bao_cao", title
        parts = [(k, t) for k, t in nums if k != i]
        out.places.update(parts)
        problems.warn(f"không có cột 'Kỳ báo cáo': đã lấy cột '{title}' (số của toàn địa bàn) làm số liệu kỳ báo "
                      f"cáo, các cột {', '.join(repr(t) for _, t in parts)} là số của từng nơi, mỗi ô nạp thành một "
                      "hàng riêng «<chỉ tiêu> (<nơi>)», đơn vị thực hiện là tên cột; đổi tiêu đề cột thành 'Kỳ báo cáo' "
                      "nếu đúng", file=src, row=hrow, column=title)
        unknown[:] = [u for u in unknown if u not in parts]
        return True
    if len(nums) == 1:
        i, title = nums[0]
        out.cols[i], out.titles["ky_bao_cao"] = "ky_bao_cao", title
        if occasion_heading(title) and occasion_fits(title, target):
            return True   # "Đợt cao điểm (từ 15/12/2023)", "Tết Nguyên đán Bính Ngọ 2026": the report's occasion
        problems.warn(f"không có cột 'Kỳ báo cáo': đã lấy cột '{title}' (cột số duy nhất) làm số liệu kỳ báo cáo; "
                      f"đổi tiêu đề cột thành 'Kỳ báo cáo' nếu đúng", file=src, row=hrow, column=title)
        return True
    fits = [(i, t) for i, t in nums if occasion_heading(t) and occasion_fits(t, target)]
    if len(nums) == 2 and len(fits) == 1 and "cung_ky" not in out.titles and \
            same_occasion_a_year_before(next(t for _, t in nums if (_, t) != fits[0]), fits[0][1], target):
        # "Tết Bính Thân 2016 | Tết Ất Mùi 2015 (9 ngày)" chosen as 2016-02: this occasion's column is the period's
        # value, last year's the same period's (main read both as units: last Tết's 6.200 became this one's rows)
        (i, title), (k, before) = fits[0], next(n for n in nums if n != fits[0])
        out.cols[i], out.titles["ky_bao_cao"] = "ky_bao_cao", title
        out.cols[k], out.titles["cung_ky"] = "cung_ky", before
        problems.warn(f"không có cột 'Kỳ báo cáo': cột '{title}' ghi dịp của kỳ báo cáo, đã lấy làm số liệu kỳ báo "
                      f"cáo; cột '{before}' là cùng dịp năm trước, đã lấy làm số cùng kỳ năm trước; đổi tiêu đề thành "
                      "'Kỳ báo cáo', 'Cùng kỳ năm trước' nếu đúng", file=src, row=hrow, column=title)
        unknown[:] = [u for u in unknown if u[0] != k]
        return True
    if len(nums) > 1 and "chi_tieu" in out.titles and all(_names_an_aspect(t) for _, t in nums):
        # "Thụ lý | Đã giải quyết | Còn lại", "Số mắc | Số chết": a matrix, each cell a row of its own
        own_units = "don_vi_tinh" not in out.titles
        for i, t in nums:
            out.cells[i] = (_cell_name(t), _cell_unit(t, own_units))
        if own_units and _units_in_rows(raw, out):
            problems.warn(units_said(out.unit_rows, [t for _, t in nums]), file=src, row=hrow,
                          column=out.unit_rows)
            unknown[:] = [u for u in unknown if u not in nums]
            return True
        problems.warn(f"không có cột 'Kỳ báo cáo': các cột số {', '.join(repr(t) for _, t in nums)} là các ô của một "
                      "bảng hai chiều (mỗi hàng một chỉ tiêu, mỗi cột một mặt của nó): mỗi ô nạp thành một hàng riêng "
                      "«<chỉ tiêu>: <tiêu đề cột>»", file=src, row=hrow)
        unknown[:] = [u for u in unknown if u not in nums]
        return True
    if len(nums) > 1 and _units_under_title(raw, out, nums, titled, problems, by_year):
        unknown[:] = [u for u in unknown if u not in nums]
        return True
    if len(nums) > 1:
        names = ", ".join(f"'{t}'" for _, t in nums)
        problems.add(f"không rõ cột nào là số liệu kỳ báo cáo: các cột {names} đều có số; đặt tiêu đề 'Kỳ báo cáo' "
                     "cho cột số liệu của kỳ này (cột khác: 'Cùng kỳ năm trước', 'Kế hoạch', hoặc xóa cột); "
                     f"{header_said(raw)}", file=src, row=hrow)
        unknown[:] = [u for u in unknown if u not in nums]  # named in the error: no warning each
        return True
    return False


def _block_beside_value(raw: RawTable, out: Layout, unknown: list[tuple[int, str]], problems: ProblemList) -> None:
    """Columns of aspects filled only on rows that leave the value column empty (``Số lượng | Huy chương Vàng | Bạc |
    Đồng``: :mod:`service.figures.sideblock`): a two-way block of their own, each cell a row «<chỉ tiêu>: <tiêu đề
    cột>», never set aside."""
    value = next((i for i, c in out.cols.items() if c == "ky_bao_cao"), None)
    if value is None or out.cells:
        return
    block = [(i, t) for i, t in unknown if i not in out.cols and _names_an_aspect(t)
             and not PART_OF_VALUE.match(unicodedata.normalize("NFC", t))
             and _numeric([c[i] for _, c in raw.rows if i < len(c)])]
    if not block_beside_value([c for _, c in raw.rows], value, [i for i, _ in block],
                              lambda v: _is_number(v) and not is_none_mark(v)):
        return
    own_units = "don_vi_tinh" not in out.titles
    for i, t in block:
        out.cells[i] = (_cell_name(t), _cell_unit(t, own_units))
    problems.warn(f"các cột {', '.join(repr(t) for _, t in block)} chỉ có số ở những hàng để trống cột "
                  f"'{out.titles['ky_bao_cao']}' (một bảng hai chiều đặt cạnh cột số liệu): mỗi ô nạp thành một hàng "
                  "riêng «<chỉ tiêu>: <tiêu đề cột>»", file=raw.source, row=raw.header_row or None)
    unknown[:] = [u for u in unknown if u not in block]


def _units_in_rows(raw: RawTable, out: Layout) -> bool:
    """The indicator's column taken by content names units, not indicators (``Đoàn`` over ``Hà Nội``, ``Thanh
    Hóa``): the table is wide by unit (:mod:`service.figures.unitrows`); kept in ``out.unit_rows``."""
    i = next((k for k, c in out.cols.items() if c == "chi_tieu"), None)
    if i is None:
        return False
    title = out.titles.get("chi_tieu", "")
    if names_units(title, [c[i] for _, c in raw.rows if i < len(c)]):
        out.unit_rows = title
    return bool(out.unit_rows)


def _units_under_title(raw: RawTable, out: Layout, nums: list[tuple[int, str]], titled: Period | None,
                       problems: ProblemList, by_year: bool = False) -> bool:
    """``Làng nghề dệt thổ cẩm Đam Pao | Làng nghề dâu tằm tơ Đông Anh 5`` under a sheet titled «… NĂM 2019», no
    column of the whole: the title's period stands over every column (as a period merged over them would), and each
    column names a unit, so each cell is that unit's value of the period, a row of its own «<chỉ tiêu>: <đơn vị>» (the
    unit in the label, as under a merged period; as ``don_vi`` the checker took «(TT Nam Ban)» against the text's
    «(thị trấn Nam Ban)» for another organisation: 6 false alarms on zl).  Columns titled only with names and no period in the sheet's title (``Xã Đông
    Tiến | Xã Hàm Trí``: the period given only by the user, or none) stay an error: nothing in the sheet says the
    numbers are of one period.  True when loaded so (said)."""
    if titled is None or "chi_tieu" not in out.titles or not all(_names_a_unit(t) for _, t in nums) \
            or len({fold(t) for _, t in nums}) < len(nums):
        return False
    for i, t in nums:
        out.cells[i] = (t.strip(), None)
    names = ", ".join(repr(t) for _, t in nums)
    where = (f"trong kỳ được chọn ({titled.text}; tên bảng ghi năm {titled.year})" if by_year else
             f"trong kỳ ghi ở tên bảng ({titled.text})")
    problems.warn(f"không có cột 'Kỳ báo cáo': các cột {names} chỉ ghi tên đơn vị, là số của từng đơn vị {where}, "
                  "bảng không có cột tổng: mỗi ô nạp thành một hàng riêng «<chỉ tiêu>: <đơn vị>», không có số chung "
                  "của cả bảng", file=raw.source,
                  row=raw.header_row or None)
    return True


#: a year written bare, not part of a date (``15/6/2018``), a span (``2021-2025``) or a document number (``12/2025``)
_BARE_YEAR = re.compile(r"(?<![\d/.\-–])((?:19|20)\d{2})(?![\d/.\-–])")


def year_of_the_occasion(titles: list[str], target: Period | None) -> Period | None:
    """The period chosen, when the sheet's title names an occasion with its year written bare, the chosen period's
    (``DOANH THU DU LỊCH DỊP TẾT NGUYÊN ĐÁN ẤT TỴ 2025 CỦA 7 TỈNH, THÀNH PHỐ`` read for 2025-Q1: baogialai 2025, round
    29's f09): the title says the numbers are of one time of that year, as a title's period does for
    :func:`_units_under_title` — main refused the sheet «không rõ cột nào là số liệu kỳ báo cáo».  None without a
    chosen period, or when no bare year of the title is its year."""
    if target is None:
        return None
    for t in titles:
        for m in _BARE_YEAR.finditer(unicodedata.normalize("NFC", str(t))):
            if int(m.group(1)) == target.year:
                return target
    return None


def _names_a_unit(title: str) -> bool:
    """A column titled with a unit's name only: a place (``Xã Tấn Mỹ``) or words of a kind of unit and a proper name
    (``Làng nghề dệt thổ cẩm Đam Pao (xã Đạ Đờn)``, ``HTX Nông nghiệp Tân Hà``): no period, no level alone (``Cấp
    tỉnh``), no bare data words (``so_lieu_khac``), no whole (``Toàn huyện``)."""
    t = unicodedata.normalize("NFC", title).strip()
    key = fold(t.replace("_", " ")).strip()
    if not key or _WHOLE.match(key) or title_period(t) or read_title(t).column:
        return False
    if _names_a_place(t):
        return True
    words = re.sub(r"\([^()]*\)", " ", t).split()
    return len(words) > 1 and not _NOT_AN_ASPECT.match(key) and any(w[0].isalpha() and w[0].isupper() for w in words[1:])


def _say_running(out: Layout, chosen: str | None, problems: ProblemList, src: str, hrow) -> None:
    """Running totals beside the period's value (``Tháng 11/2019 | Lũy kế từ đầu năm``): a monthly or quarterly
    report states both, so the running total of the value is loaded as a row of its own (label + ``(từ đầu năm)``,
    :func:`running_words`; code + ``-LK``), with the running totals of last year or of the plan on that row; without
    the running total of the value, or without a value column to set it beside, they are set aside.  One warning
    each."""
    if not chosen or "ky_bao_cao" not in out.running.values():
        out.running.clear()
        out.running_measures.clear()
    for i, title in out.aside.items():
        col = out.running.get(i)
        if i in out.running_measures:
            words = _lower_first(without_unit(*out.measures[out.running_measures[i]]))
            problems.warn(f"cột số lũy kế (cộng dồn) của đại lượng thứ hai ('{out.measures[out.running_measures[i]][0]}' "
                          f"của kỳ báo cáo): mỗi số lũy kế nạp thành một hàng riêng «<chỉ tiêu>: {words} "
                          f"({out.running_label})», mã thêm «-{running_measure_number(out, i)}-LK»", file=src,
                          row=hrow, column=title)
        elif col == "ky_bao_cao":
            problems.warn(f"cột số lũy kế (cộng dồn), không phải số của riêng kỳ báo cáo (số liệu kỳ báo cáo lấy ở cột "
                          f"'{chosen}'): mỗi số lũy kế được nạp thành một hàng riêng, tên chỉ tiêu thêm "
                          f"«({out.running_label})», mã thêm «-LK»", file=src, row=hrow, column=title)
        elif col:
            problems.warn(f"cột số lũy kế (cộng dồn): nạp vào cột '{TITLES[col]}' của hàng lũy kế", file=src,
                          row=hrow, column=title)
        else:
            problems.warn(f"cột số lũy kế (cộng dồn), không phải số của riêng kỳ báo cáo: bỏ qua cột này (số liệu kỳ "
                          f"báo cáo lấy ở cột '{chosen}')" if chosen else
                          "cột số lũy kế (cộng dồn): bỏ qua cột này", file=src, row=hrow, column=title)


def running_measure_number(out: Layout, i: int) -> int:
    """The number of the second quantity a running column ``i`` of ``Layout.running_measures`` runs, as its
    period's rows number it (``<mã>-2`` the first second quantity: its running total ``<mã>-2-LK``)."""
    return sorted(out.measures).index(out.running_measures[i]) + 2


def without_unit(title: str, unit_text: str | None) -> str:
    """A second quantity's title without the unit it ends with (``Trị giá (USD)`` → ``Trị giá``)."""
    return re.sub(r"\s*\(\s*" + re.escape(unit_text) + r"\s*\)\s*$", "", title) if unit_text else title


def _since_start(out: Layout, read) -> bool:
    """A running total titled by the date it runs to, with no start (``Lũy kế đến 30/6/2018``), beside a value column
    whose own period already starts in January (``6 tháng đầu năm 2018``): a year-to-date would be that value itself,
    so it is the total since the work began."""
    title = out.running_title()
    if title and not _SINCE.search(title) and _FROM_A_START.search(title):
        return True   # "Lũy kế từ khi thành lập": since the fund began, whatever the value column's period
    if not title or _SINCE.search(title) or not _TO_DATE.search(title):
        return False
    value_at = next((i for i, c in out.cols.items() if c == "ky_bao_cao"), None)
    ct = next((ct for i, _, ct in read if i == value_at), None)
    return bool(ct and ct.period and ct.period.kind != "term" and ct.period.months[0] == 1)


_TO_DATE = re.compile(r"(?i)(?<!\w)(?:đến|tới|tính\s+đến)\s+(?:ngày\s+|hết\s+|nay)?(?:\d|nay)")
#: ``Lũy kế từ khi thành lập``, ``từ ngày thành lập``, ``từ khi triển khai``, ``từ năm 2015``: a total since a start that
#: is no start of the year, quarter or term (``_SINCE``).
_FROM_A_START = re.compile(r"(?i)(?<!\w)từ\s+(?:khi|ngày|lúc|năm\s+(?:19|20)\d\d)(?!\w)")
_SINCE = re.compile(r"(?i)(?<!\w)từ\s+đầu\s+(nhiệm\s+kỳ|năm|quý|tháng|kỳ|khóa|khoá|giai\s+đoạn)(?!\w)")


def running_words(title: str, period: Period | None = None) -> str:
    """What a running-total row's label adds: the start the title names (``Tổng số từ đầu nhiệm kỳ`` → ``từ đầu
    nhiệm kỳ``); a date it runs to with no start (``Lũy kế đến 30/6/2018``: since the work began) → the title as
    written; else, in a report of part of a year (a month, a quarter, a half), ``từ đầu năm`` — the words
    texts state a year to date with (``Từ đầu năm đến nay``, ``Tính từ đầu năm``, ``11 tháng đầu năm``); else the
    title as written (``lũy kế``)."""
    title = unicodedata.normalize("NFC", " ".join(str(title).split()))
    m = _SINCE.search(title)
    if m:
        return "từ đầu " + " ".join(m.group(1).lower().split())
    if _TO_DATE.search(title) or _FROM_A_START.search(title):
        # "Lũy kế đến 30/6/2018", "Lũy kế từ khi thành lập": the total since the work began, not the year's
        return " ".join(title.lower().split())
    if period is not None and period.kind in ("month", "quarter", "half"):
        return "từ đầu năm"
    return title.lower()


def _say_period_choice(read, roles: dict, target: Period, problems: ProblemList, src: str, hrow) -> None:
    """Several columns titled by periods that are neither one another's year before nor previous edition
    (``Giai đoạn 2015-2020 | Năm 2015``) and no period chosen: the latest (then the widest) was taken; said on it."""
    for i, title, ct in read:
        if roles.get(i) == "ky_bao_cao":
            problems.warn(f"chưa chọn kỳ báo cáo và bảng có cột số liệu của nhiều kỳ: đã lấy cột '{title}' "
                          f"(kỳ {ct.period.code}: kết thúc muộn nhất, dài nhất) làm số liệu kỳ báo cáo; nếu kỳ báo cáo là kỳ "
                          "khác, hãy chọn kỳ khi nạp (--period) để lấy cột của kỳ đó", file=src, row=hrow, column=title)


def _cell_number(v):
    if v is None or (isinstance(v, str) and (not v.strip() or is_none_mark(v))):
        return None
    if not isinstance(v, str):
        return v if not hasattr(v, "formula") else None
    try:
        return parse_table_number(v)
    except ValueError:
        return None


def parts_summing_to_value(raw: RawTable, out: Layout, unknown: list[int]) -> set[int]:
    """The columns right of the value column, two or more, titled by no role, whose numbers add up to the row's value
    in every row that fills any of them, in two rows at least (``Số đơn đã giải quyết | Đúng | Đúng một phần | Rút |
    Sai``: 274 = 11 + 10 + 74 + 179 and 105 = 9 + 15 + 11 + 70, baolamdong 2023): the value told apart, each part a
    row of its own «<chỉ tiêu>: <tiêu đề>» in the row's unit.  They had been dropped as «cột không thuộc bảng số
    liệu».  A sum is arithmetic, not a column's words: what the titles say does not matter."""
    value_at = next((k for k, c in out.cols.items() if c == "ky_bao_cao"), None)
    if value_at is None:
        return set()
    run = []
    for k in range(value_at + 1, len(raw.header)):
        if k not in unknown or k in out.cols or not _numeric([c[k] for _, c in raw.rows if k < len(c)]):
            break
        run.append(k)
    while len(run) >= 2:
        summed = 0
        for _, cells in raw.rows:
            parts = [_cell_number(cells[k]) if k < len(cells) else None for k in run]
            if all(p is None for p in parts):
                continue
            whole = _cell_number(cells[value_at]) if value_at < len(cells) else None
            if whole is None or any(p is None for p in parts) or sum(parts) != whole:
                break
            summed += 1
        else:
            if summed >= 2:
                return set(run)
        run.pop()
    return set()


def _is_whole(raw: RawTable, whole: int, part: int, ties: bool = False) -> bool:
    """Every row filled in both columns has the whole at least the part, and one more (``45`` over ``39``); with
    ``ties`` (a title naming the whole, ``Trên tổng số``), all of them may be equal."""
    if part is None:
        return False
    pairs = []
    for _, cells in raw.rows:
        w = _cell_number(cells[whole]) if whole < len(cells) else None
        p = _cell_number(cells[part]) if part < len(cells) else None
        if w is not None and p is not None:
            pairs.append((w, p))
    return bool(pairs) and all(w >= p for w, p in pairs) and (ties or any(w > p for w, p in pairs))


def _place_wholes(raw: RawTable, out: Layout, wholes: list[tuple[int, str]], problems: ProblemList) -> None:
    """A bare quantity (``Tổng số``, ``Số lượng``) beside the period's value column (``Năm 2016``): when its numbers
    are the wholes the values are parts of (``39/45 công đoàn``: 39 in ``Năm 2016``, 45 in ``Tổng số``), it is
    the base a share is taken of, which the checker reads as the plan (``22/26 đ/c``, ``đạt 86,7%``): loaded as
    ``Kế hoạch``; otherwise (a plan column exists, or a number exceeds its whole) it is set aside.  Said in a
    warning either way."""
    src, hrow = raw.source, raw.header_row or None
    value_at = next((k for k, c in out.cols.items() if c == "ky_bao_cao"), None)
    chosen = out.titles.get("ky_bao_cao")
    for i, title in wholes:
        if value_at is not None and "ke_hoach" not in out.titles and (_is_whole(raw, i, value_at) or whole_by_its_rate(
                [c for _, c in raw.rows], i, value_at,
                [j for j, t in enumerate(raw.header) if j != i and _RATE.search(fold(str(t or "")))])):
            out.cols[i], out.titles["ke_hoach"] = "ke_hoach", title
            problems.warn(f"cột '{title}' đứng cạnh cột kỳ báo cáo '{chosen}' và mỗi số của nó không nhỏ hơn số kỳ "
                          f"báo cáo cùng hàng: đọc là tổng số mà số kỳ báo cáo là một phần (như 39/45), nạp vào cột "
                          f"'Kế hoạch' (để tính tỷ lệ đạt); số liệu kỳ báo cáo lấy ở cột '{chosen}'",
                          file=src, row=hrow, column=title)
        else:
            why = "đã có cột 'Kế hoạch'" if "ke_hoach" in out.titles else \
                "có hàng mà số của nó nhỏ hơn hoặc bằng số kỳ báo cáo, nên không phải tổng số"
            problems.warn(f"đã lấy cột '{chosen}' (tiêu đề ghi kỳ) làm số liệu kỳ báo cáo; cột '{title}' chỉ ghi số "
                          f"lượng, không ghi kỳ ({why}): bỏ qua cột này", file=src, row=hrow, column=title)


def _words_only(raw: RawTable, i: int) -> bool:
    """Column ``i`` has filled cells and none of them a number (``Vượt``, ``Đạt``)."""
    vals = [c[i] for _, c in raw.rows if i < len(c) and c[i] not in (None, "") and not is_none_mark(str(c[i]))]
    return bool(vals) and all(_is_text(strip_marks(v) if isinstance(v, str) else v) for v in vals)


def _is_text(v) -> bool:
    return isinstance(v, str) and bool(re.search(r"[^\W\d_]{2}", v)) and not _is_number(v)


def _label_by_content(raw: RawTable, out: Layout, unknown: list[tuple[int, str]], untitled: list[tuple[int, str]],
                      problems: ProblemList) -> None:
    """No column is titled as the indicator (``Hạng mục thiệt hại``, ``Lĩnh vực vi phạm``, ``Tiêu chí``,
    ``Loại``): the leftmost column whose filled cells are mostly words, not numbers, is — one with an unknown
    title or none (a title merged away), or one titled as a section (``Lĩnh vực``, ``Nhóm chỉ tiêu``) whose cells are mostly different from one
    another (a section's name repeats over its rows; indicators' names do not).  STT, code, unit, notes and
    the unit carrying out the work are never it.  Said in a warning naming the column."""
    src, hrow = raw.source, raw.header_row or None

    def column(i):
        return [c[i] for _, c in raw.rows if i < len(c) and c[i] not in (None, "")]

    cands = []
    for i, title in unknown + untitled:
        vals = column(i)
        if vals and sum(map(_is_text, vals)) > 0.5 * len(vals):
            cands.append((i, title, ""))
    for i, col in out.cols.items():
        vals = [str(v).strip() for v in column(i)]
        if col in ("muc", "don_vi") and vals and sum(map(_is_text, vals)) > 0.5 * len(vals) \
                and len(set(vals)) >= 0.8 * len(vals) and (col == "muc" or not cands):
            cands.append((i, out.titles[col], col))  # "Cơ quan thực hiện": each row one agency, no other name
    if not cands:
        return
    distinct = [c for c in cands if len({str(v).strip() for v in column(c[0])}) >= 0.8 * len(column(c[0]))]
    if distinct and len(distinct) < len(cands):   # "HỒ TIÊU" repeated over its regions (a merge filled down):
        cands = distinct                           # the names that differ row by row are the indicators'
    i, title, was = min(cands, key=lambda c: c[0])
    if was:
        del out.titles[was]
    elif (i, title) in unknown:
        unknown.remove((i, title))
    out.cols[i], out.titles["chi_tieu"] = "chi_tieu", title
    problems.warn(f"không có cột 'Chỉ tiêu': đã lấy cột '{title}' (cột chữ đầu tiên, mỗi hàng một tên) làm tên chỉ "
                  "tiêu; đổi tiêu đề cột thành 'Chỉ tiêu' nếu đúng", file=src, row=hrow, column=title)


#: Column titles that name a place, a level or bare data (``Xã Đông Tiến``, ``Cấp huyện``, ``so_lieu_cu``), never one
#: aspect of a row's indicator: several such columns with no value column stay an error (folded).
#: (``Khối lượng`` is a quantity, not a ``Khối`` of agencies)
_NOT_AN_ASPECT = re.compile(r"^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh|cap|khoi(?! luong)|don vi|so lieu|"
                            r"du lieu|gia tri|cot|bieu)\b")


#: A column naming a unit of the area (``Xã Tấn Mỹ``, ``Phường 3``, ``Huyện Chợ Mới``, ``TP. Long Xuyên``): a level
#: of government, then its name.
_PLACE = re.compile(r"^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh)\b[\s.:-]*\w")


def _names_a_place(title: str) -> bool:
    """``Xã Tấn Mỹ``, ``Phường 3``: a level of government and its name (not the level alone, not a whole)."""
    key = fold(title.replace("_", " ")).strip()
    return bool(_PLACE.match(key)) and not _WHOLE.match(key)


def _places_beside_value(raw: RawTable, out: Layout, unknown: list[tuple[int, str]], problems: ProblemList) -> None:
    """``Tổng số | Xã Lê Hóa | Xã Thuận Hóa`` (zq-quang-binh-tuyen-hoa-thiet-hai-loc-xoay-2018-05): the value's column
    titled as such, and two columns or more each naming a place: each place's number is a row of its own, as beside a
    whole's column (``Toàn huyện``, :func:`_lone_numeric`)."""
    if "ky_bao_cao" not in out.titles:
        return
    places = [(i, t) for i, t in unknown if i not in out.cols and _names_a_place(t)
              and _numeric([c[i] for _, c in raw.rows if i < len(c)])]
    if len(places) < 2:
        return
    out.places.update(places)
    unknown[:] = [u for u in unknown if u not in places]
    problems.warn(f"các cột {', '.join(repr(t) for _, t in places)} là số của từng nơi bên cạnh cột "
                  f"'{out.titles['ky_bao_cao']}': mỗi ô nạp thành một hàng riêng «<chỉ tiêu> (<nơi>)», đơn vị thực hiện "
                  "là tên cột", file=raw.source, row=raw.header_row or None, column=places[0][1])


def _places_only(titles) -> bool:
    """Two or more columns, each naming a unit of the area (``Xã Tấn Mỹ | Xã Long Điền B | Xã Nhơn Mỹ``)."""
    titles = list(titles)
    return len(titles) > 1 and all(_names_a_place(t) for t in titles)


def _names_an_aspect(title: str) -> bool:
    """A column of a matrix names one aspect of the row's indicator (``Thụ lý``, ``Số chết``, ``Đối tượng``,
    ``Heroin (kg)``): words, no number, no place or level; a digit only in the unit its title gives in brackets
    (``Khối lượng lâm sản (m3)``: the measure's power, z07 of round 18) is no number."""
    key = fold(title.replace("_", " "))
    return bool(key) and not re.search(r"\d", _cell_name(title)) and not _NOT_AN_ASPECT.match(key)


def _cell_name(title: str) -> str:
    """A matrix column's name without the unit its title gives (``Heroin (kg)`` → ``Heroin``)."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title).strip() if _title_unit(title) else title.strip()


def _cell_unit(title: str, own_units: bool) -> str | None:
    """The unit of a matrix column: in parentheses (``Heroin (kg)``); when the table has no unit column, the count its
    title names (``Số vụ`` → ``vụ``, ``Đối tượng``); else None (the row's unit)."""
    unit = _title_unit(title)
    if unit or not own_units:
        return unit
    words = unicodedata.normalize("NFC", title).strip().lower()
    return counted_noun(title) or (words if words in COMPOUND_NOUNS else None)


def _words_beside_period(title: str) -> str:
    """The words a period column's title adds to its period (``Năm 2016 Mắc`` → ``Mắc``; ``Tử vong năm 2016`` →
    ``Tử vong``), "" if none."""
    t = " ".join(unicodedata.normalize("NFC", title).split())
    m = re.match(r"^(.*?\b(?:19|20)\d{2})\b[\s:,-]*(\S.*)$", t)
    if m and title_period(m.group(1)):
        return m.group(2).strip()
    m = re.match(r"(?i)^(\S.*?)[\s:,-]+((?:năm|tháng|quý|\d).*\b(?:19|20)\d{2})$", t)
    if m and title_period(m.group(2)):
        return m.group(1).strip()
    return ""


def _period_cells(read, col_of: dict) -> tuple[dict[int, str], dict[int, int]]:
    """Several columns of the period's value, each adding other words to the same period (``Năm 2016`` over ``Mắc |
    Tử vong``): a matrix, each column a cell named by its words; a last-year column with the same words
    (``Năm 2015 Mắc``) is that cell's last year's.  ({} , {}) when the columns are not such."""
    vals = [(i, t, ct) for i, t, ct in read if col_of.get(i) == "ky_bao_cao" and ct.period and not ct.cumulative]
    if len(vals) < 2 or len({ct.period for _, _, ct in vals}) != 1:
        return {}, {}
    words = {i: _words_beside_period(t) for i, t, _ in vals}
    if not all(words.values()) or len({fold(w) for w in words.values()}) < len(words) \
            or not (all(_names_an_aspect(w) for w in words.values()) or _places_only(words.values())):
        return {}, {}
    by_words = {fold(w): i for i, w in words.items()}
    lasts = {}
    for j, t, ct in read:
        i = by_words.get(fold(_words_beside_period(t))) if col_of.get(j) == "cung_ky" and ct.period else None
        if i is not None and i not in lasts:
            lasts[i] = j
    return words, lasts


def _count_and_its_share(read, col_of: dict, target: Period | None) -> dict[int, tuple[str, str]]:
    """``Năm 2024`` over ``Số lượng | Tỷ lệ (%)``: the count is the row's value for the period, the share a second
    quantity of the row in % (index → (name, "%")); {} when the period's columns are not a count and its share
    (shares.count_heading, shares.share_heading)."""
    vals = sorted((i, _words_beside_period(t)) for i, t, ct in read
                  if col_of.get(i) == "ky_bao_cao" and ct.period and not ct.cumulative
                  and (target is None or ct.period.code == target.code))
    if len(vals) != 2 or not count_heading(vals[0][1]) or not share_heading(vals[1][1]):
        return {}
    i, words = vals[1]
    return {i: (re.sub(r"\s*\(?\s*%\s*\)?\s*$", "", words).strip(), "%")}


def _quantities_by_period(read, col_of: dict, target: Period | None) -> tuple[dict, dict]:
    """A yearbook's periods each over the same quantities, each quantity's unit in its title (``Năm 2017 Diện tích
    (ha) | Năm 2017 Năng suất (tạ/ha) | Năm 2017 Sản lượng (tấn)`` beside the same under 2005 and 2010): the reporting
    period's first quantity is the row's value, its others second quantities of the row (index → (name, unit));
    a past period's columns of those others are parts of their own, named and in their unit (index → (name, unit,
    the quantity's number: 2, 3 … as the second quantities' codes)).
    ({}, {}) when the columns are not such."""
    vals = sorted((i, _words_beside_period(t)) for i, t, ct in read
                  if col_of.get(i) == "ky_bao_cao" and ct.period and not ct.cumulative
                  and (target is None or ct.period.code == target.code))
    units = [_title_unit(w) if w else None for _, w in vals]
    if len(vals) < 2 or not all(units) or len({fold(u) for u in units}) < len(units):
        return {}, {}
    names = {fold(w): (_cell_name(w), u, n) for n, ((_, w), u) in enumerate(zip(vals, units), start=1)}
    first = fold(vals[0][1])
    others = {i: (w, u) for (i, w), u in zip(vals[1:], units[1:])}
    past = {}
    for i, t, ct in read:
        w = _words_beside_period(t) if ct.period and i not in dict(vals) else ""
        if w and fold(w) in names and fold(w) != first:
            past[i] = names[fold(w)]
    return others, past


def _pair_cell_changes(raw: RawTable, out: Layout, problems: ProblemList) -> None:
    """A matrix's changes against last year, one for each count (``Số vụ | Số đối tượng | Tăng/giảm so cùng kỳ (vụ) |
    Tăng/giảm so cùng kỳ (đối tượng)``): a change in the unit of one cell's column is that cell's, so each cell gets
    last year's value (cell − change), said.  Changes naming no cell's unit stay as they are."""
    units = {j: fold(u) for j, (_, u) in out.cells.items() if u}
    for i, (title, kind) in list(out.changes.items()):
        unit = _title_unit(title)
        cells = [j for j, u in units.items() if kind == "abs" and unit and u == fold(unit)]
        named = _COMPARED_TAIL.sub("", fold(title)).strip()
        same_unit = cells
        if kind == "abs" and len(cells) != 1 and named:   # "Người chết so cùng kỳ" beside "Số người chết (người)"
            cells = [j for j, (name, _) in out.cells.items() if re.search(rf"\b{re.escape(named)}$", fold(name))]
        beside = cell_just_before(out, i, same_unit) if len(cells) != 1 and len(same_unit) > 1 else None
        if beside is not None:
            cells = [beside]
        if len(cells) != 1 or cells[0] in out.cell_changes:
            continue
        out.cell_changes[cells[0]] = i
        del out.changes[i]
        why = f"cùng đơn vị '{unit}', ngay sau cột đó" if beside is not None else f"cùng đơn vị '{unit}'" if unit \
            else "tên cột so sánh nhắc tên cột này"
        problems.warn(f"cột '{title}' là mức tăng/giảm so với cùng kỳ của cột '{raw.header[cells[0]]}' ({why}): số "
                      "cùng kỳ của mỗi ô = số của ô − tăng/giảm", file=raw.source,
                      row=raw.header_row or None, column=title)


def cell_just_before(out: Layout, i: int, candidates: list[int]) -> int | None:
    """The matrix column right before the change column ``i`` when it is one of ``candidates`` (the cells in the
    change's unit): ``Số người chết (người) | Tăng, giảm so cùng kỳ (người) | Số người bị thương (người) | Tăng, giảm
    so cùng kỳ (người)`` (z10 of round 18): two cells share the unit, each change follows its own; None when another
    cell stands between, or none is before."""
    before = [j for j in out.cells if j < i]
    if not before:
        return None
    j = max(before)
    return j if j in candidates else None


#: What a change column's title adds to the name of the column it compares (folded): ``… so cùng kỳ``, ``… so với
#: cùng kỳ năm trước``.
_COMPARED_TAIL = re.compile(r"\s*\bso (?:voi )?cung ky(?: nam (?:truoc|\d{4}))?\s*$")


def _part_of_whole(raw: RawTable, out: Layout, i: int) -> bool:
    """An unknown column of numbers beside a value column titled only as a whole (``Tổng số | Nam | Nữ | Thành thị``),
    or one of what the period added to the value's running total (``Công nhận mới trong năm học`` beside ``Tổng số
    trường đạt chuẩn``): every number at most the row's value, one less: a part of it (a row of its own, like
    ``Chia ra: Nam``)."""
    value_at = next((k for k, c in out.cols.items() if c == "ky_bao_cao"), None)
    if value_at is None or not _names_an_aspect(raw.header[i]) or not (
            read_title(out.titles["ky_bao_cao"]).generic or _NEW_IN_PERIOD.search(fold(raw.header[i]))):
        return False
    return _is_whole(raw, value_at, i)


#: A column of what the period added to a running total (``Công nhận mới trong năm học``, ``Kết nạp mới``, ``Phát
#: triển mới``) beside the total (``Tổng số trường đạt chuẩn``): the new ones are a part of it (folded).
_NEW_IN_PERIOD = re.compile(r"\bmoi\b")


def _stock_over_year(read, roles: dict, target: Period | None) -> Period | None:
    """``Năm 2021 | Đến 30/6/2022`` in a report of 6 months of 2022: the column to a date inside the period is the
    period's; the lone year column, read as the period's for want of another, is a past period (its role dropped).
    The period then is ``target``; None when the columns are not such."""
    claims = [i for i, r in roles.items() if r == "ky_bao_cao"]
    if target is None or len(claims) < 2:
        return None
    cts = {i: ct for i, _, ct in read}
    dated = [i for i in claims if cts[i].date and not cts[i].period]
    years = [i for i in claims if cts[i].period and cts[i].period.code != target.code]
    if not dated or not years:
        return None
    for i in years:
        roles[i] = None
    return target


def _past_column(read, roles: dict, target: Period | None) -> bool:
    """A value column of a period ending before the reporting period's start (``Năm 2021`` beside ``Đến 30/6/2022``)."""
    return any(ct.period and roles.get(i, "x") is None and ct.column in VALUE and _before(ct.period, target)
               for i, _, ct in read)
