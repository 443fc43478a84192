"""A row's comparison with the month (quarter) just before, the sheet holding no value of it: a row of its own.

Provincial departments set beside the month's estimate its comparison with the month before and none of that month's
values: Sở GTVT Hậu Giang, ``Ước tháng 2/2024 | Tháng 2 so với tháng trước (%) | Ước 2 tháng năm 2024 | 2 tháng so với
cùng kỳ năm trước (%)`` (held-out xw-hau-giang-so-gtvt-…-2024-02: «so với tháng trước bằng 101,72%»); Sở Công Thương
Thái Nguyên ``So với tháng trước (%)`` (ym-thai-nguyen-…-2019-05, xb-thai-nguyen-…-2020-07); Cục Thống kê Vĩnh Phúc,
Bình Định, UBND Bình Dương ``Tháng 7/2018 so với tháng trước (%)``; HOSE's ``So với tháng trước (%)`` −1,22 (xn-…).
Main set the column aside («bỏ qua cột này»): every such sentence was a false alarm.  Kept as the number the sheet
states, in per cent, named by its column — ``<chỉ tiêu>: tháng 2 so với tháng trước`` = 101,72, an index the checker
reads as one (``indexvalue.INDEX_LABEL``: «so với tháng …»), signed changes as typed (``tăng (+)/giảm (-) so với
tháng trước`` = −1,7).  Code ``<mã>-KT`` (Kỳ trước: the base; ``-KT2`` for a second column).  Never the row's Kỳ
trước itself: an index rounded to two decimals gives back no value exactly.

Only for a row with a value of its own: a row whose value cell is empty (an index row such as IIP, its comparisons
alone) stays as main loads it — its comparisons with last year are kept by their own rules or not at all, and a
month-before row alone would make the table seem to keep that row's rates (figures round 39's trial: «Bảng số liệu giữ
tốc độ tăng/giảm thành chỉ tiêu riêng» on its five-month rate).  Nor for a row whose Kỳ trước another column already
gives (``Tháng 3/2024 | Tăng/giảm so tháng trước | So với tháng trước (%)``, 1.600 · +70 · 4,4: sggp 3/2024 «tăng 4,4%
so với tháng trước»): the checker computes that rate from the row's two values; a row of it would say it twice, and
read as an index (4,4 = a fall of 95,6%) wrongly."""

from __future__ import annotations

import re

from service.figures.cells import CellRow, measure_key, stated_change
from service.figures.columns import Layout, _lower_first
from service.figures.model import Figure
from service.figures.subrow import stated_sub_row

__all__ = ["before_rows", "BEFORE_CODE"]

#: The code's tail of such a row (``I.1`` → ``I.1-KT``).
BEFORE_CODE = "-KT"


def before_rows(fig: Figure, row: CellRow, layout: Layout, notation: str | None, taken: dict) -> list[Figure]:
    """The rows of ``fig``'s comparisons with the period just before (``Layout.before_columns``), one per column with a
    number in its cell; [] when ``fig`` has no value of its own, or already its Kỳ trước."""
    if fig.ky_bao_cao is None or fig.ky_truoc is not None:
        return []
    out = []
    for n, (i, title) in enumerate(sorted(layout.before_columns.items()), start=1):
        stated = stated_change(row, measure_key(i), notation)
        if stated is None:
            continue
        words = re.sub(r"\s*\(\s*%\s*\)\s*$", "", " ".join(title.split()))
        out.append(stated_sub_row(fig, f"{fig.ma}{BEFORE_CODE}" + (str(n) if n > 1 else ""), _lower_first(words),
                                  stated, taken))
    return out
