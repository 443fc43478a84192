"""A comparison column's title that names its value's period without the year (``Tháng 5 so cùng kỳ (%)``,
``5 tháng so cùng kỳ (%)`` right of ``Tháng 5/2023 | Lũy kế 5 tháng 2023``: Tiền Phong's Hòa Phát May 2023,
xo-toan-quoc-hoa-phat-san-luong-thep-2023-05; ``Tháng 4 so cùng kỳ (lần)`` beside ``Thực hiện tháng 4/2023``:
zh-quang-nam-du-lich-2023-04; ``10 tháng so với cùng kỳ (%)``: zu-quang-nam-thuong-mai-dich-vu-van-tai-2023-10t).
The sheet's value columns carry the year once; the comparison's period is read with that year."""

from __future__ import annotations

import re
import unicodedata

from service.figures.schema import title_period
from service.periods import Period

#: Where a comparison column's own period words end (``Tháng 5 | so cùng kỳ``).
_COMPARING = re.compile(r"(?i)\b(?:so\s+v[ớo]i|so\s+s[áa]nh|so\s+c[ùu]ng|so\s+th[áa]ng|so\s+k[ỳy])\b")
#: The head names a period by its number (``Tháng 5``, ``5 tháng``, ``Quý I``), not by words (``Lũy kế``, ``Tháng này``).
_NUMBERED = re.compile(r"(?i)\d|\bqu[ýy]\s+[IV]+\b")
#: A base year named after the comparison (``4 tháng so cùng kỳ 2022``): the title then says a year itself.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def period_with_its_year(title: str, year: int | None) -> Period | None:
    """The period a comparison title names, read with ``year`` when its own words give none: ``Tháng 5 so cùng kỳ
    (%)`` with 2023 → month 5/2023; ``5 tháng so cùng kỳ (%)`` → five months of 2023.  A title that names a year
    anywhere (``4 tháng so cùng kỳ 2022``, ``Tháng 10/2021 so với cùng kỳ``) is read as it is; None if no period."""
    t = unicodedata.normalize("NFC", str(title))
    said = title_period(t)
    if said is not None or year is None or _YEAR.search(t):
        return said
    m = _COMPARING.search(t)
    head = t[:m.start()].strip() if m else ""
    return title_period(f"{head} năm {year}") if head and _NUMBERED.search(head) else None
