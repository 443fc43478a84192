"""Last period's table for a draft whose spec names none: read back from the prior report.

A spec made by ``spec init`` points at the filled template and at the prior report, and at no
table of last period: the template's ``Cùng kỳ năm trước`` column holds last period's values
and its codes are the ones ``service.onboarding`` gives the prior report's figures (same
report, same codes).  ``prior_table`` rebuilds last period's table from the prior report —
every figure's value, its own comparison value (``tăng 25 vụ`` → 9) and plan, its label,
section and quoted phrase — taking last period's value from the filled sheet's
``Cùng kỳ năm trước`` (``Kỳ trước`` when the previous edition is not a year earlier) where it has one,
so the offline engine can align every old number to a row of this period's table.  A figures table that is not such a template (few of its
codes are the prior's) gets last period's table from its own ``Cùng kỳ năm trước`` values (``Kỳ trước``
for a quarterly or monthly series).
"""

from __future__ import annotations

from index.model import ParsedReport
from service.figures.model import Figure, FigureTable
from service.figures.units import read_unit
from service.onboarding.template import from_report, note
from service.periods import parse_period

#: Share of this period's rows whose code the prior report's reading gives, above which the table is
#: taken for a template made from that report.
TEMPLATE_OVERLAP = 0.5


def prior_table(report: ParsedReport, current: FigureTable, text: str | None = None) -> FigureTable | None:
    """Last period's figures for ``current`` (see the module docstring); None when nothing can be had. ``text``: the
    prior report as written (``service.onboarding.pasted.source_text``), so the tables pasted in it as text are
    read as tables, as ``baocao figures template`` reads them (the same rows, the same codes)."""
    template = from_report(report, None, text)
    by_code = {f.ma: f for f in current}
    shared = sum(1 for r in template.rows if r.code in by_code)
    period = template.prior_period.code if template.prior_period else None
    column = previous_column(template.prior_period, current.period)
    if current.figures and shared >= TEMPLATE_OVERLAP * len(current.figures):
        figures = []
        for r in template.rows:
            now = by_code.get(r.code)
            last = getattr(now, column) if now is not None else None
            value = last if last is not None else r.value
            unit = read_unit(r.unit)
            figures.append(Figure(ma=r.code, chi_tieu=r.label, don_vi_tinh=unit.text if unit else r.unit,
                                  ky_bao_cao=value, cung_ky=r.base, ke_hoach=r.plan, don_vi=r.organisation,
                                  muc=r.section, ghi_chu=note(r)))
        return FigureTable(figures, source=f"{report.source} (số liệu đọc từ báo cáo)", series=current.series,
                           period=period)
    figures = [Figure(ma=f.ma, chi_tieu=f.chi_tieu, don_vi_tinh=f.don_vi_tinh, ky_bao_cao=getattr(f, column),
                      ke_hoach=f.ke_hoach, don_vi=f.don_vi, muc=f.muc, ghi_chu=f.ghi_chu)
               for f in current if getattr(f, column) is not None]
    if not figures:
        return None
    title = "Cùng kỳ năm trước" if column == "cung_ky" else "Kỳ trước"
    return FigureTable(figures, source=f"{current.source} (cột {title})", series=current.series, period=period)


def previous_column(prior, period_code: str | None) -> str:
    """Which column of this period's table holds the previous edition's values: ``cung_ky`` when that edition
    is this period a year earlier (or either period is unknown), ``ky_truoc`` otherwise (last quarter, last
    month)."""
    if prior is None or not period_code:
        return "cung_ky"
    try:
        now = parse_period(period_code)
    except ValueError:
        return "cung_ky"
    return "cung_ky" if now.shift_years(-1) == prior else "ky_truoc"
