"""A row compared with the period just before says nothing of a rate said against last year.

The loader keeps a sheet's comparison with the month before as a row of its own (``figures.beforerows``: ``Tổng mức
bán lẻ …: tháng 5/2023 so với tháng trước`` = 102,9, code ``<mã>-KT``).  A sentence that gives another indicator's
rates against both bases —

    Chỉ số sản xuất toàn ngành công nghiệp tháng 5/2023 giảm 0,24% so với tháng trước và giảm 7,15% so cùng kỳ; luỹ
    kế 5 tháng đầu năm 2023 so cùng kỳ giảm 1,75%;            (zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05)

— must not have ``giảm 7,15% so cùng kỳ`` refuted by the retail sales' month-before index, nor ``1,75%`` flagged
because «the table keeps its rates as rows» on the strength of such a row (figures round 39's trial, round 48).  A
rate whose base is last year's (``ownindex.rate_base`` = ``year-ago``: ``so cùng kỳ``, or none said, the genre's
default) is read against the rows of last year's base alone; a rate said ``so với tháng trước`` still meets them.

And the other way: a rate said against the month before (``derive._change_against_previous``) of a row with no Kỳ trước
is the row's month-before index less 100 when the sheet keeps it (``tăng 1,72% so với tháng trước`` against ``Tổng số
hành khách vận chuyển: tháng 2 so với tháng trước`` = 101,72, Sở GTVT Hậu Giang): supported, not «chưa kiểm được»."""

from __future__ import annotations

import re

from service.checker.match import fold, value_supports
from service.checker.onewaychange import change_said
from service.figures.beforerows import BEFORE_CODE

__all__ = ["against_the_period_before", "apart_for_a_year_ago_rate", "before_index_of", "said_by_before_index"]

#: A folded label comparing with the month, quarter or edition just before (not «cùng kỳ tháng trước»).
_BEFORE_LABEL = re.compile(r"\bso (?:voi |sanh )?(?:thang|quy|ky) (?:lien )?truoc\b")


def against_the_period_before(label: str) -> bool:
    """The row's label compares with the period just before (``…: tháng 2 so với tháng trước``)."""
    return bool(_BEFORE_LABEL.search(fold(label or "")))


def apart_for_a_year_ago_rate(base: str, label: str) -> bool:
    """A row of label ``label`` is no row for a rate of base ``base`` (``rate_base``): the row is against the period
    before and the rate against last year."""
    return base == "year-ago" and against_the_period_before(label)


def before_index_of(row, rows) -> list:
    """The rows keeping ``row``'s own comparison with the period before (``I.1`` → ``I.1-KT``, ``I.1-KT2``): the
    loader's rows of a sheet that holds no value of that period (``figures.beforerows``)."""
    head = f"{row.fig.ma}{BEFORE_CODE}"
    return [r for r in rows if r is not row and r.fig.ma.startswith(head)
            and re.fullmatch(r"\d*'*", r.fig.ma[len(head):]) and r.values.get("ky_bao_cao") is not None]


def said_by_before_index(comparison: str, value, decimals, qualifier, row, rows):
    """(the month-before row, the change, how) when one of ``row``'s month-before rows gives a rate ``tăng|giảm
    value %`` said against the period before (``tăng 1,72% so với tháng trước`` against ``…: tháng 2 so với tháng
    trước`` = 101,72: the index less 100); None when none gives it (the sentence is then left as before)."""
    for r in before_index_of(row, rows):
        said = change_said(r.values["ky_bao_cao"], r.fig.chi_tieu)
        if said is None:
            continue
        x, how = said
        if (x < 0) == (comparison == "giảm") and value_supports(abs(x), value, decimals=decimals, qualifier=qualifier,
                                                               truncate=True):
            return r, x, how
    return None
