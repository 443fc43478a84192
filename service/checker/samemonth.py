"""``so với tháng 5 năm trước`` in a report of May: the same month a year before, named by its number and a word for
last year — the year-ago base, as ``so với cùng kỳ``.

    … thép xây dựng Hòa Phát đạt 284.000 tấn, giảm 27% so với tháng 5 năm trước …   (a report of May 2023:
                                              xo-toan-quoc-hoa-phat-san-luong-thep-2023-05)
    Chỉ số giá tiêu dùng (CPI) tháng 9 giảm 0,61% so với tháng trước; tăng 2,76% so với tháng 9 năm trước
                                              (a report of September 2021: evaluations/sweep/pages/c51-baokhanhhoa-cpi-2021-09)

Only the report's own month: ``tăng 2,35% so với tháng 12 năm ngoái`` in a report of June 2016 (t10-taichinh-cpi-
2016-t6) is measured against last December, another base.
"""

from __future__ import annotations

import re

#: ``so [với] tháng N [của] năm trước|ngoái|qua`` at the base's ``so``.
_MONTH_LAST_YEAR = re.compile(r"(?i)so\s+(?:với\s+)?tháng\s+(\d{1,2})\s+(?:của\s+)?năm\s+(?:trước|ngoái|qua)(?!\w)")


def same_month_last_year(text: str, so_start: int, month: int | None) -> bool:
    """The base at ``so_start`` names the report's own ``month`` of last year in words."""
    m = _MONTH_LAST_YEAR.match(text, so_start)
    return month is not None and m is not None and int(m.group(1)) == month


def month_of(period) -> int | None:
    """The month of a report of one month (``Period`` 2023-05 → 5); None for any other period."""
    return period.index if period is not None and getattr(period, "kind", None) == "month" else None
