"""``so với cùng kỳ năm <the report's own year>``: the same period of the year being reported is the period itself,
and a rate of change cannot be measured against itself — the writer slipped on the year and meant last year's.

    … cả nước có 26.785 DN thành lập mới …, tăng 1,2% về số DN và tăng 2,7% về số vốn đăng ký so với cùng kỳ năm
    2018.                                           (xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1, a report of 2018-Q1)

    … giảm 27,35% so với cùng kỳ năm 2021; …        (yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09)

    … đã đạt được 55% kế hoạch năm và tăng 91% so với cùng kỳ năm 2020.   (yc-toan-quoc-viglacera-loi-nhuan-2020-4t)

Such a base is last year's (``ownindex.rate_base``): the table's kept rate of change against the same period a year
before proves the rate, and refutes a different one.  Only the words ``cùng kỳ`` / ``cùng thời kỳ`` / ``cùng thời
điểm`` / ``cùng tháng`` make the slip: ``so với năm 2018`` in a report of 2018-Q1 (the whole year, a plan's year) and
``so với tháng 2/2018`` (another period of the same year) name other bases and stay so.
"""

from __future__ import annotations

import re

from service.checker.match import fold

#: the base's words that name the same period (folded): what the year after it dates
_SAME_PERIOD = re.compile(r"^(?:cung ky|cung thoi ky|cung thoi diem|cung thang)(?: nam)?\s*$")


def own_year_slip(base_words: str, named_year: int, year: int | None) -> bool:
    """``cùng kỳ năm <year>`` said in a report of ``year``: the same period last year, the year miswritten."""
    return year is not None and named_year == year and _SAME_PERIOD.match(fold(base_words).strip()) is not None
