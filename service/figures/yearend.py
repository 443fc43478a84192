"""A rate against the end of last year, in a report whose period does not start in January: the row's own figure.

Thái Nguyên's banks to the end of August 2023 (held-out xt-thai-nguyen-nhnn-chi-nhanh-huy-dong-von-du-no-2023-08):
``Đến 31/8/2023 | Tăng/giảm so với 31/12/2022 (%)`` over «98.000 | 2,06»; the page: «đạt 98.000 tỷ đồng, tăng 2,06%
so với thời điểm cuối năm 2022».  The balance of 31/12/2022 has no column of the model (not last year's, not the
month before's), so main set the column aside «cột này không lưu» and the page's two rates were false alarms.  A
column of rates (its title says ``%``, every cell a number) is kept as other rates against a base of their own are
(``So với ngày thường (%)``): each cell a row «<chỉ tiêu>: <tiêu đề cột>» in %.  A change in the row's unit
(``Tăng so với 31/12/2018``) stays aside: it would be a sum of the row's unit with no period of its own.
"""

from __future__ import annotations

from collections.abc import Callable


def rate_since_year_end(title: str, cells: list, numbers_only: Callable[[list], bool]) -> bool:
    """The column of a change against the end of last year is one of rates: ``%`` in its title, every filled cell a
    number (``numbers_only``: the loader's own test)."""
    return "%" in title and numbers_only(cells)
