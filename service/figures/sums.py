"""Do a table's totals agree with their parts?  Disagreements are warnings naming both.

- A bare total row (``Tổng cộng``, ``Cộng``) is the sum of the figures of its group
  above it (or, when it opens the group, below it); a grand total at the end may
  instead sum the whole table or the group totals.  Checked only when every part
  is in the total's unit.
- A ``Trong đó`` row (or ``1.2`` under ``1``) is a part of the row above: it may not exceed it.  Parts
  may overlap (``gia đình văn hóa 3 năm``, ``5 năm``), so they are not summed.
"""

from __future__ import annotations

from decimal import Decimal

from service.errors import ProblemList
from service.figures.cells import AVERAGE
from service.figures.model import Figure
from service.figures.rows import Line
from service.figures.schema import NUMERIC, TITLES
from service.numbers import format_vn


def _rows(figs: list[Figure]) -> str:
    nums = [f.row for f in figs if f.row is not None]
    if len(nums) > 2 and nums == list(range(nums[0], nums[0] + len(nums))):
        return f"{nums[0]}–{nums[-1]}"
    return ", ".join(map(str, nums))


def _agrees(total: Figure, parts: list[Figure]) -> tuple[bool, list[tuple[str, Decimal, Decimal]]]:
    """(every comparable column adds up, the columns that do not: (column, total, sum))."""
    off, compared = [], 0
    for col in NUMERIC:
        t = getattr(total, col)
        vals = [getattr(f, col) for f in parts]
        if t is None or any(v is None for v in vals):
            continue
        compared += 1
        s = sum(vals, Decimal(0))
        if s != t:
            off.append((col, t, s))
    return compared > 0 and not off, off


def bounds_its_parts(whole: Figure) -> bool:
    """A whole its parts cannot exceed: a count or an amount.  An average (``Tuổi thọ trung bình`` 73,6 over ``- Nam``
    71,1, ``- Nữ`` 76,4: c04 had been warned «'Nữ' = 76,4 lớn hơn 'Tuổi thọ trung bình' … mà nó là một phần») and a
    rate (unemployment 3,94 % over men's 4,65 %) are a mean of their parts', which lie on both sides of it."""
    return whole.don_vi_tinh != "%" and not AVERAGE.search(whole.chi_tieu or "")


def check_sums(lines: list[Line], by_line: dict[int, Figure], problems: ProblemList, src: str,
               titles: dict[str, str]) -> set[int]:
    """Warn where sums disagree; return the lines that are grand totals (they add up the whole table)."""
    def column(col: str) -> str:
        return titles.get(col, TITLES[col])

    for k, ln in enumerate(lines):  # a part is at most its whole (parts may overlap: no sum)
        if ln.parent is None or k not in by_line or ln.parent not in by_line:
            continue
        part, whole = by_line[k], by_line[ln.parent]
        if part.don_vi_tinh != whole.don_vi_tinh or not bounds_its_parts(whole):
            continue
        for col in NUMERIC:
            pv, wv = getattr(part, col), getattr(whole, col)
            if pv is not None and wv is not None and pv > wv >= 0:   # (a negative whole, a loss: no such bound)
                problems.warn(f"«{part.chi_tieu}» = {format_vn(pv)} lớn hơn «{whole.chi_tieu}» (hàng {whole.row}) = "
                              f"{format_vn(wv)}, mà nó là một phần", file=src, row=part.row, column=column(col))

    mains = [k for k in sorted(by_line) if lines[k].parent is None]
    grand: set[int] = set()
    for k in mains:
        if not lines[k].total:
            continue
        total = by_line[k]
        if total.don_vi_tinh == "%" and total.ky_bao_cao != 100:
            continue   # a rate of the whole (unemployment 3,94 % beside men's 4,65 %, women's 3,10 %): rates never add
        seg = [j for j in mains if lines[j].segment == lines[k].segment]
        pos = seg.index(k)
        before = []
        for j in reversed(seg[:pos]):
            if lines[j].total:
                break
            before.insert(0, j)
        after = []
        for j in seg[pos + 1:]:
            if lines[j].total:
                break
            after.append(j)
        candidates = [before or after,
                      [j for j in mains if j != k and not lines[j].total],
                      [j for j in mains if j != k and lines[j].total]]
        usable = []
        for cand in candidates:
            parts = [by_line[j] for j in cand]
            if parts and all(f.don_vi_tinh == total.don_vi_tinh for f in parts):
                usable.append(parts)
        if not usable:
            continue
        results = [_agrees(total, parts) for parts in usable]
        if any(ok for ok, _ in results):
            if not results[0][0] and lines[k].groups:  # adds up more than its group: the table's total
                grand.add(k)
            continue
        parts, (_, off) = usable[0], results[0]
        for col, t, s in off:
            problems.warn(f"«{total.chi_tieu}» = {format_vn(t)} nhưng các hàng {_rows(parts)} cộng lại được "
                          f"{format_vn(s)}", file=src, row=total.row, column=column(col))
    return grand
