"""Which column of a figures file holds which field: read from the header's titles.

Titles are read by :func:`service.figures.schema.read_title`; here they are put
together: value columns titled by a period take their role from the reporting
period (``Năm 2023 | 6 tháng đầu năm 2024``), a column titled ``Đơn vị`` holding
units is the unit column, an unknown, untitled or comparison column is set aside
with a warning, and a missing indicator or value column is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.errors import ProblemList
from service.figures.read import RawTable
from service.figures.schema import COLUMNS, DERIVED, NUMERIC, PERIOD, REQUIRED, STT, TITLES, read_title
from service.periods import Period, parse_period

KEY_COLUMNS = ("ma", "chi_tieu", "don_vi_tinh", *NUMERIC)  # two of one: which holds the value? an error

@dataclass
class Layout:
    """Which file column holds which field, and what the header says about the period."""

    cols: dict[int, str] = field(default_factory=dict)     # index → canonical column
    titles: dict[str, str] = field(default_factory=dict)   # canonical column → title as written
    stt: int | None = None
    period: Period | None = None                           # the period the header names for the values


def _end(p: Period) -> tuple[int, int]:
    """(year, month) the period ends in: a term ends in its last year, 9 months in September."""
    return p.year + (p.index if p.kind == "term" else 0), p.months[1]


def _period_roles(read, period_code: str | None) -> tuple[dict[int, str | None], Period | None]:
    """Value columns titled by a period (``Năm 2023 | 6 tháng đầu năm 2024``): which is the period's, which a year
    before, which the previous edition's (``Quý I/2024 | Quý II/2024``)."""
    cands = [(i, ct) for i, _, ct in read if ct.column in ("ky_bao_cao", PERIOD) and ct.period]
    if not cands:
        return {}, None
    if len(cands) == 1:
        i, ct = cands[0]
        return {i: "ky_bao_cao"}, ct.period
    target = parse_period(period_code) if period_code else max((ct.period for _, ct in cands), key=_end)
    before, previous = target.shift_years(-1).code, target.previous_edition().code
    roles = {i: "ky_bao_cao" if ct.period.code == target.code else "cung_ky" if ct.period.code == before else
             "ky_truoc" if ct.period.code == previous else None for i, ct in cands}
    return roles, target


def _looks_like_units(values: list) -> bool:
    """Values of a column titled ``Đơn vị``: units (``vụ``, ``lượt người``) or organisations (``Hội LHPN huyện``)?"""
    vals = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
    if not vals:
        return False
    org = re.compile(r"(?i)^(ban|hội|phòng|công an|ubnd|ủy ban|uỷ ban|đoàn|huyện|xã|trường|trung tâm|mặt trận|"
                     r"chi|bộ|đồn|cục|sở|tỉnh|thành|liên đoàn|cơ quan|các)\b")
    return sum(1 for v in vals if len(v.split()) <= 3 and len(v) <= 24 and not org.match(v)) >= 0.8 * len(vals)


def map_columns(raw: RawTable, problems: ProblemList, period_code: str | None) -> Layout:
    src, hrow = raw.source, raw.header_row or None
    read = [(i, t, read_title(t)) for i, t in enumerate(raw.header)]
    roles, header_period = _period_roles(read, period_code)
    out = Layout(period=header_period)
    explicit = {ct.column for i, _, ct in read if ct.column in COLUMNS and i not in roles}
    for i, title, ct in read:
        col = roles.get(i, ct.column) if i in roles else ct.column
        if i in roles and col in explicit:
            col = None
        if not title:
            if any(i < len(c) and c[i] not in (None, "") for _, c in raw.rows):
                problems.warn("cột không có tiêu đề nhưng có số liệu: bỏ qua cột này", file=src,
                              row=hrow, column=f"#{i + 1}")
            continue
        if col == STT:
            out.stt = i if out.stt is None else out.stt
        elif col == DERIVED:
            problems.warn("cột số so sánh (được tính lại từ các cột số liệu): bỏ qua cột này", file=src,
                          row=hrow, column=title)
        elif col is None and i in roles:
            problems.warn(f"số liệu của kỳ khác ({read[i][2].period.code}): bỏ qua cột này", file=src,
                          row=hrow, column=title)
        elif col is None or col == PERIOD:
            problems.warn("cột không thuộc bảng số liệu: bỏ qua cột này", file=src, row=hrow, column=title)
        elif col in out.cols.values():
            first = out.titles[col]
            if col in KEY_COLUMNS:
                problems.add(f"trùng vai trò '{TITLES[col]}' với cột '{first}': chỉ giữ một cột",
                             file=src, row=hrow, column=title)
            else:
                problems.warn(f"trùng vai trò '{TITLES[col]}' với cột '{first}': dùng cột '{first}'",
                              file=src, row=hrow, column=title)
        else:
            out.cols[i] = col
            out.titles[col] = title
    if "don_vi_tinh" not in out.titles and "don_vi" in out.titles:
        i = next(k for k, c in out.cols.items() if c == "don_vi")
        if _looks_like_units([c[i] for _, c in raw.rows if i < len(c)]):
            out.cols[i] = "don_vi_tinh"
            out.titles["don_vi_tinh"] = out.titles.pop("don_vi")
    for col in REQUIRED:
        if col not in out.titles:
            problems.add(f"thiếu cột '{TITLES[col]}'" + (" (tên chỉ tiêu)" if col == "chi_tieu" else
                                                            " (số liệu của kỳ báo cáo)"), file=src, row=hrow)
    return out
