"""Last period's table for a draft whose spec names none: read back from the prior report.

A spec made by ``spec init`` points at the filled template and at the prior report, and at no
table of last period: the template's ``Cùng kỳ năm trước`` column holds last period's values
and its codes are the ones ``service.onboarding`` gives the prior report's figures (same
report, same codes).  ``prior_table`` rebuilds last period's table from the prior report —
every figure's value, its own comparison value (``tăng 25 vụ`` → 9) and plan, its label,
section and quoted phrase — taking last period's value from the filled sheet's
``Cùng kỳ năm trước`` where it has one, so the offline engine can align every old number
to a row of this period's table.  A figures table that is not such a template (few of its
codes are the prior's) gets last period's table from its own ``Cùng kỳ năm trước`` values.
"""

from __future__ import annotations

from index.model import ParsedReport
from service.figures.model import Figure, FigureTable
from service.figures.units import read_unit

#: Share of this period's rows whose code the prior report's reading gives, above which the table is
#: taken for a template made from that report.
TEMPLATE_OVERLAP = 0.5


def prior_table(report: ParsedReport, current: FigureTable) -> FigureTable | None:
    """Last period's figures for ``current`` (see the module docstring); None when nothing can be had."""
    from service.onboarding.template import from_report, note

    template = from_report(report)
    by_code = {f.ma: f for f in current}
    shared = sum(1 for r in template.rows if r.code in by_code)
    period = template.prior_period.code if template.prior_period else None
    if current.figures and shared >= TEMPLATE_OVERLAP * len(current.figures):
        figures = []
        for r in template.rows:
            now = by_code.get(r.code)
            value = now.cung_ky if now is not None and now.cung_ky is not None else r.value
            unit = read_unit(r.unit)
            figures.append(Figure(ma=r.code, chi_tieu=r.label, don_vi_tinh=unit.text if unit else r.unit,
                                  ky_bao_cao=value, cung_ky=r.base, ke_hoach=r.plan, don_vi=r.organisation,
                                  muc=r.section, ghi_chu=note(r)))
        return FigureTable(figures, source=f"{report.source} (số liệu đọc từ báo cáo)", series=current.series,
                           period=period)
    figures = [Figure(ma=f.ma, chi_tieu=f.chi_tieu, don_vi_tinh=f.don_vi_tinh, ky_bao_cao=f.cung_ky,
                      ke_hoach=f.ke_hoach, don_vi=f.don_vi, muc=f.muc, ghi_chu=f.ghi_chu)
               for f in current if f.cung_ky is not None]
    if not figures:
        return None
    return FigureTable(figures, source=f"{current.source} (cột Cùng kỳ năm trước)", series=current.series,
                       period=period)
