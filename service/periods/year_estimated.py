"""A year the page still estimates, beside the year before it reported, is not the year reported (round 61).

``date 2024-10 … Cụ thể, năm 2023, kết quả SXKD đều vượt KH đề ra. Tổng sản lượng điện thương phẩm 549,3triệu kWh
(114,4% KH) … Năm 2024, ước sản lượng điện thương phẩm …`` (held-out wb-toan-quoc-vrg-cong-ty-thuy-dien-2023, coded
2023): a company's year told the year after, its results against the plan, and the year running, whose figures are
estimates (``ước``) on a page of October 2024.  The year estimated is not over at the page's date: every mention of it
in passing (``Diễn biến thời tiết thủy văn năm 2024 tiếp tục phức tạp``) is the year running, not the report.  Grammar
only: ``ước`` (``ước tính``, ``ước thực hiện``, ``ước đạt``) in the clause that names the page's own year, the page's
date before December (a December page's ``ước thực hiện năm`` is the year's own report, drafted before it closes), and
the year before named as reported.  A page naming only its year (``Năm 2024, ước …`` alone) keeps it.
"""

from __future__ import annotations

import re

#: "Năm 2024, ước sản lượng", "năm 2024 ước đạt": the year's estimate after it in its clause
_ESTIMATE_AFTER = re.compile(r"\s*,?\s*(?:[^\W\d]+\s+){0,2}?ước(?!\w)", re.I)
#: "ước thực hiện năm ", "ước tính cả năm ", "ước năm ": the estimate before the year
_ESTIMATE_BEFORE = re.compile(r"(?<!\w)ước(?:\s+(?:tính|thực\s+hiện|đạt))?\s+(?:cả\s+)?$", re.I)


def years_estimated(t: str, kept, page: tuple) -> list:
    """The mentions of the page's own year (``page`` = (year, month)) to set aside: that year is estimated on a page
    before its December and the year before is named as reported; else none."""
    year, month = page[0], page[1]
    if not year or not month or month >= 12:
        return []
    own = [k for k in kept if k.period.kind == "year" and k.period.year == year]
    if not any(_ESTIMATE_AFTER.match(t, k.end) or _ESTIMATE_BEFORE.search(t[max(0, k.start - 30):k.start])
               for k in own):
        return []
    if not any(k.period.kind == "year" and k.period.year == year - 1 and k.reported for k in kept):
        return []
    return [k for k in own if not k.explicit_year]
