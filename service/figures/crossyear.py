"""A title's span that starts in an earlier year and runs to a month: ``(TỪ NĂM 2017 ĐẾN THÁNG 3/2018)``.

``đến tháng 3/2018`` alone is the months to date of 2018 (the first quarter); with a start in an earlier year it is
no part of 2018's calendar but a count running across the new year to that month, and the month it runs to is the
period the sheet is of (Hội Khuyến học Hưng Yên's «SỐ DƯ QUỸ KHUYẾN HỌC VÀ KẾT QUẢ TRAO HỌC BỔNG (TỪ NĂM 2017 ĐẾN
THÁNG 3/2018)»: the fund's balance in March 2018 and the awards since 2017; main read quý I/2018 and refused the sheet
chosen as ``2018-03``).  A span within one year is left to the period readers, and so is one from a month
(``TỪ THÁNG 10/2022 ĐẾN THÁNG 9/2023``: twelve months, the fire service's year, chosen as ``2023``).
"""

from __future__ import annotations

import re

from service.figures.schema import fold
from service.periods import Period

#: ``từ (đầu) (năm) 2017 … đến (hết|cuối) tháng 3/2018`` (folded).
_ACROSS = re.compile(r"\btu (?:dau |cuoi )?(?:nam )?((?:19|20)\d{2})\s*"
                     r"(?:den|toi)\s+(?:het |cuoi )?thang (\d{1,2})\s*(?:/|-|nam)\s*((?:19|20)\d{2})\b")


def month_ending_a_span_across_years(text: str) -> Period | None:
    """The month a span from an earlier year runs to (``TỪ NĂM 2017 ĐẾN THÁNG 3/2018`` → ``2018-03``), else None."""
    m = _ACROSS.search(fold(str(text or "")))
    if not m:
        return None
    start, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return Period(year, "month", month) if start < year and 1 <= month <= 12 else None
