"""Per cents written as fractions: a rate column whose title says no «%» but whose cells are per cents in another dress.

Two dresses are read here, each a notation, never a list of one sheet's words:

- an XLSX cell shown as a per cent by its format («0.0%» over 0.554: the clerk typed «55,4%», Excel keeps 0,554):
  :func:`service.figures.read._xlsx_value` already multiplies it by 100 and marks it :class:`PercentCell`; a column
  every number of which is so marked is a column of per cents, whatever its title says (``So với cùng kỳ`` over
  «103%»: an index, as ``So với cùng kỳ (%)`` is);
- a comparison exported as a ratio (``So với tháng 6/2023`` over ``1,045``, ``0,925``: «bằng 104,5%», «bằng 92,5%»):
  a title comparing with a base (``so với``, ``so sánh``, ``so cùng kỳ``, ``so KH``) and, in every cell, a fraction
  with three decimals or more between 0 and 3, none signed.  A rate typed by hand keeps one or two decimals
  (``0,13``: a price index's change); three or more under a comparing title are a workbook's computed ratio.

:func:`per_cent_in_dress` gives such a column the «(%)» its cells imply (the fractions multiplied by 100), said in a
warning, before the columns are mapped; the rest of the loader reads it as any ``… (%)`` column.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.figures.schema import fold
from service.numbers import parse_table_number


class PercentCell(Decimal):
    """A number an XLSX cell showed as a per cent, already multiplied by 100 (0.554 shown «55,4%» → 55.4)."""


#: a title comparing with a base: «So với …», «So sánh …», «So cùng kỳ», «So KH», «% so …» — «so» first, or «so với» /
#: «so sánh» anywhere; never the «số» of «Tổng số» (folded, the two read alike)
_COMPARING = re.compile(r"^\s*%?\s*so\s|\bso (voi|sanh)\b")
#: a multiple, not a per cent: «(lần)»
_TIMES = re.compile(r"\blan\b")
#: a fraction: «0,925», «1,045» (a decimal comma), «0.925»; with a point and a first digit 1 or 2 only with four
#: decimals or more — «2.040» is two thousand and forty, the Vietnamese way
_FRACTION = re.compile(r"^[0-2],\d{3,}$|^0\.\d{3,}$|^[12]\.\d{4,}$")


def _numbers(rows, i):
    for _, cells in rows:
        c = cells[i] if i < len(cells) else None
        if c is None or (isinstance(c, str) and not c.strip()):
            continue
        yield c


def _all_marked(cells: list) -> bool:
    return bool(cells) and all(isinstance(c, PercentCell) for c in cells)


def _all_fractions(cells: list) -> bool:
    """Every cell a fraction with three decimals or more between 0 and 3, none signed, none a whole number."""
    if not cells:
        return False
    for c in cells:
        s = str(c).strip().replace("\u00a0", "")
        if isinstance(c, Decimal):
            if c <= 0 or c >= 3 or -c.as_tuple().exponent < 3:
                return False
            continue
        if not _FRACTION.match(s):
            return False
    return True


def per_cent_in_dress(raw, problems) -> None:
    """Give each column of per cents in another dress (see the module) its «(%)», the fractions ×100; said."""
    for i, title in enumerate(raw.header):
        if not title or "%" in str(title) or "phan tram" in fold(str(title)):
            continue
        cells = list(_numbers(raw.rows, i))
        if _all_marked(cells):
            raw.header[i] = f"{title} (%)"
            problems.warn("cột có ô định dạng phần trăm (Excel lưu «55,4%» thành 0,554) nhưng tiêu đề không ghi «%»: "
                          "đã đọc các số của cột là phần trăm", file=raw.source, row=raw.header_row or None,
                          column=str(title))
            continue
        t = f" {fold(str(title))} "
        if not _COMPARING.search(t) or _TIMES.search(t) or not _all_fractions(cells):
            continue
        for _, row in raw.rows:
            c = row[i] if i < len(row) else None
            if c is None or (isinstance(c, str) and not c.strip()):
                continue
            value = c if isinstance(c, Decimal) else parse_table_number(str(c).replace(".", ","))
            row[i] = (value * 100).normalize()
        shown = next(iter(cells))
        raw.header[i] = f"{title} (%)"
        problems.warn(f"cột so sánh ghi tỷ số dạng thập phân ({shown}: ba chữ số thập phân trở lên, mọi số từ 0 đến 3, "
                      "không dấu), tiêu đề không ghi «%»: đã đọc là phần trăm (nhân 100: 1,045 là bằng 104,5%); nếu là "
                      "tốc độ tăng/giảm, ghi «(%)» ở tiêu đề và ghi số như «4,5»", file=raw.source,
                      row=raw.header_row or None, column=str(title))
