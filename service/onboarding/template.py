"""The figures template of a series' next edition, made from its last edition.

``build_template(path)`` parses the prior report (``index.parse``), reads every figure it
states (``service.onboarding.rows``), codes the rows by section (``service.onboarding.codes``)
and decides which period the sheet is for: the next edition of the series (a year later for
half-year, 9-month and yearly series, the next quarter or month otherwise), or the period the
caller names.  When that period is the prior's a year on, the prior's values are the new
period's ``Cùng kỳ năm trước``; otherwise they are the previous edition's (``Kỳ trước``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from index.model import ParsedReport
from index.parse import parse_report
from index.text import fold
from service.calendar_facts import shift_calendar
from service.errors import InputError
from service.figures.load import RUNNING_CODE
from service.figures.units import read_unit
from service.onboarding.codes import number_codes, section_prefixes
from service.onboarding.model import Reading, Row, Standing
from service.onboarding.pasted import source_text
from service.onboarding.rows import read_figures
from service.onboarding.spelled import spell_units
from service.periods import Period, find_mentions, parse_period

#: Column titles, as ``../shared/corpus/figures/ham-thuan-bac-2023-h1.xlsx`` writes them (STT first).
SAME_PERIOD, PREVIOUS = "Cùng kỳ năm trước", "Kỳ trước"


@dataclass
class Template:
    report: ParsedReport
    prior_period: Period | None
    period: Period | None
    rows: list[Row]
    standing: list[Standing]
    skipped_sections: list[str] = field(default_factory=list)

    @property
    def same_period(self) -> bool:
        """The prior edition is this period a year earlier: its values are ``Cùng kỳ năm trước``."""
        return bool(self.prior_period and self.period and self.period.shift_years(-1) == self.prior_period)

    @property
    def previous_column(self) -> str:
        return SAME_PERIOD if self.same_period else PREVIOUS

    @property
    def title(self) -> str:
        """The report's trích yếu without its period: what every edition of the series is called."""
        return series_title(self.report)

    @property
    def series(self) -> str:
        return self.report.series or "bao-cao"

    @property
    def derived_count(self) -> int:
        return sum(len(r.derived) for r in self.rows)


def own_title(report: ParsedReport) -> str:
    """The trích yếu as the next edition writes it after ``BÁO CÁO`` (the tên loại the .docx writes itself): a
    leading ``Báo cáo`` dropped, the header's words after ``BÁO CÁO`` kept (``BÁO CÁO TỔNG KẾT`` + ``HOẠT ĐỘNG
    …`` → ``TỔNG KẾT HOẠT ĐỘNG …``)."""
    title = " ".join((report.title or "").split()).rstrip(" .")
    title = re.sub(r"(?i)^báo\s+cáo\s+(?=\w)", "", title)
    kind = " ".join(((report.header.doc_type if report.header else None) or "").split())
    extra = re.sub(r"(?i)^báo\s+cáo\s*", "", kind) if re.match(r"(?i)^báo\s+cáo\b", kind) else ""
    if extra and not fold(title).startswith(fold(extra)):
        caps = title == title.upper()
        title = f"{extra.upper() if caps else extra.capitalize()} {title if caps else title[:1].lower() + title[1:]}"
    return title[:1].upper() + title[1:]


def series_title(report: ParsedReport) -> str:
    """``Kết quả … quốc phòng - an ninh 6 tháng đầu năm 2023`` → ``Kết quả … quốc phòng - an ninh``: the
    trích yếu without any period it names (what every edition of the series is called)."""
    title = own_title(report)
    for men in reversed([m for m in find_mentions(title) if m.period is not None or m.recogniser == "span"]):
        before = re.sub(r"(?i)\s*\b(?:trong|của)\s*$", " ", title[:men.start])
        title = before + " " + title[men.end:]
    title = re.sub(r"\s+([,;:.])", r"\1", " ".join(title.split()))
    title = re.sub(r"(?i)(?:[\s,;:–-]|\b(?:và|trong)\b)+$", "", title)
    return title.strip(" -–,:") or own_title(report) or (report.title or "")


def next_title(report: ParsedReport, prior: Period | None, period: Period | None) -> str:
    """The next edition's title (the spec's ``title``): the series title when the trích yếu names only its own
    period, at the end (the period is written after it); else the trích yếu with every period it names moved on
    in its own notation (``… 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023`` → ``… năm 2024``)."""
    title = own_title(report)
    named = [m for m in find_mentions(title) if m.period is not None]
    if not named or prior is None or period is None:
        return series_title(report)
    last = named[-1]
    if len(named) == 1 and last.period == prior and not title[last.end:].strip(" .,:;–-"):
        return series_title(report)
    return shift_calendar(title, prior, period)


def next_period(prior: Period) -> Period:
    """The period a series' next edition covers: a year on for half-year, 9-month and yearly series."""
    return prior.step(1) if prior.kind in ("quarter", "month") else prior.shift_years(1)


def code_rows(report: ParsedReport, rows: list[Row]) -> None:
    """``TQ-01``, ``TQ-02``…: each row its section's abbreviation and its place in the section."""
    sections = [(s.path, s.heading) for s in report.walk()]
    named = report.title and report.title != Path(report.source).stem   # a title, not the file's name
    title_prefix = section_prefixes([("", report.title or "")])[""] if named else "CT"
    prefixes = section_prefixes(sections) if sections else {}
    taken = set(prefixes.values())
    if title_prefix in taken:
        title_prefix = "CT" if "CT" not in taken else "CT0"
    by_path: dict[str, list[Row]] = {}
    for r in rows:
        if r.rate_of is None:   # a rate of a plan is coded after its amount's row, below
            by_path.setdefault(r.path, []).append(r)
    for path, group in by_path.items():
        prefix = prefixes.get(path, title_prefix)
        for r, code in zip(group, number_codes(prefix, len(group))):
            r.code = code
    for r in rows:   # a running total of a month's row stated with it: the loader's code of such a row, so the
        if r.running_of is not None and r.running_of.code:   # checker reads the two as one indicator
            r.code = r.running_of.code + RUNNING_CODE
    rates: dict[int, int] = {}
    for r in rows:   # a rate of a plan stated alone: the loader's code of a rate column's row (<code>-2, -3 …)
        if r.rate_of is not None and r.rate_of.code:
            rates[id(r.rate_of)] = rates.get(id(r.rate_of), 1) + 1
            r.code = f"{r.rate_of.code}-{rates[id(r.rate_of)]}"


def from_report(report: ParsedReport, period: str | Period | None = None, text: str | None = None) -> Template:
    """The template of ``report``'s next edition (or of ``period``); ``text``, the report as written (a ``.txt``),
    for the tables pasted in it as text."""
    reading: Reading = read_figures(report, text)
    spell_units(reading.rows, text or "\n".join([report.title or "", *report.preamble, *report.body_paragraphs()]))
    _loadable_units(reading.rows)
    code_rows(report, reading.rows)
    prior = _period_or_none(report.period)
    if isinstance(period, str):
        try:
            period = parse_period(period)
        except ValueError as exc:
            raise InputError(f"--period: {exc}") from None
    if period is None and prior is not None:
        period = next_period(prior)
    return Template(report, prior, period, reading.rows, reading.standing, reading.skipped_sections)


def _loadable_units(rows: list[Row]) -> None:
    """A count written with decimals (``thu giữ 0,8 quả thuốc phiện``; ``giảm 1,51`` whose unit the text dropped) has
    no unit the figures loader would take back (a count is a whole number): the sheet leaves its unit for the person
    to write, and says why, so the filled sheet loads."""
    for r in rows:
        unit = read_unit(r.unit) if r.unit else None
        if unit is not None and unit.integral and unit.scale == 1 and r.value != r.value.to_integral_value():
            r.notes.append(f"số có phần thập phân nên không phải số đếm «{r.unit}»: ghi đơn vị tính của số này")
            r.unit = ""


def build_template(path: str | Path, period: str | Period | None = None, series: str | None = None) -> Template:
    """Parse the prior report at ``path`` and build its template (``InputError`` names the file on failure)."""
    report = parse_report(path, series=series)
    return from_report(report, period, source_text(path))


def _period_or_none(code: str | None) -> Period | None:
    if not code:
        return None
    try:
        return parse_period(code)
    except ValueError:
        return None


def note(row: Row) -> str:
    """``Ghi chú``: the phrase the figure comes from, its qualifier, repeats and what the text derived from it."""
    parts = [f"“{row.quote}”"] if row.quote else []
    if row.qualifier:
        parts.append(f"báo cáo ghi «{row.qualifier}»")
    if row.repeats:
        parts.append("nêu lại: " + "; ".join(row.repeats))
    parts += row.notes
    for d in row.derived:
        parts.append(f"{d.how} ({d.quote}): tính lại từ số liệu, không điền")
    return "; ".join(parts)


def machine(value: Decimal | None, unit: str | None = None):
    """A cell value: an int when whole, else a float (what a spreadsheet stores); with ``unit``, in that unit
    (a value kept in đồng is written in the ``tỷ đồng`` the text used)."""
    if value is None:
        return None
    value = Decimal(value)
    if unit:
        known = read_unit(unit)
        if known is not None and known.scale != 1:
            value = value / known.scale
    return int(value) if value == value.to_integral_value() else float(value)
