"""What a percent row named as a comparison says as a change (checker round 72, issue 13).

A row whose name compares with another period (``Giao thông: tháng 9/2021 so với tháng trước``, ``Chỉ số giá …``)
holds an index (100 = unchanged: ``100,13`` says ``tăng 0,13%``) — or, in a table of comparisons alone, the change
itself, signed (``-0,18`` says ``giảm 0,18%``, ``2,76`` says ``tăng 2,76%``). A value below 20 is no index a release
would say as a change (it would be a fall of over 80%): it is the change. Sources: the Khánh Hòa CPI release of
September 2021 (c51-baokhanhhoa-cpi-2021-09: ``Hàng ăn và dịch vụ ăn uống giảm 1,14%`` against ``-1,14``) and the
national one (c51-vtc-cpi-2021-09: ``giảm 2,7% so với cùng kỳ năm 2020`` against ``-2,7``)."""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import Row, fold
from service.numbers import format_vn

#: an index lies between these (a fall of 80% to a rise of 400%)
INDEX_LOW, INDEX_HIGH = 20, 500


#: A percent row that is an index against the same period (100 = unchanged), or a rate of change itself.
INDEX_LABEL = re.compile(r"\bchi so\b|\bso (?:voi )?cung ky\b|\bso (?:voi )?(?:nam|ky) truoc\b"
                         # "Hàng ăn …: quý I/2023 so với quý I/2022" (the loader's label of a sheet whose one column is
                         # "Quý I/2023 so với quý I/2022 (%)"): a value against another period named, an index — not
                         # when change words say the value is the change ("Tăng so với năm học trước")
                         r"|^(?!.*\b(?:tang|giam|chenh|vuot)\b).*\bso voi (?:quy|thang|nam|ky|\d{1,2} thang)\b")

#: a direction named in a row's label (``Tốc độ giảm …``, ``Tỷ lệ giảm …``), folded
_WAY = re.compile(r"\b(tang|giam)\b")


def one_way(label: str) -> bool:
    """The label names one direction (``Tốc độ giảm chỉ số sản xuất … so với cùng kỳ`` = 7,2, h-hatinh-ktxh-2022-h1;
    ``Tỷ lệ giảm số vụ phạm pháp hình sự so với cùng kỳ`` = 25, k-dongkhoi-caodiem-2020): the value is the size of that
    change, its sign not kept — unlike ``Tăng (+)/giảm (-) so với …``, which names both."""
    return _one_way_folded(fold(label))


def _one_way_folded(folded: str) -> bool:
    """``one_way`` of a label already folded."""
    return len(set(_WAY.findall(folded))) == 1


def change_of_compared(v: Decimal, label: str = "") -> tuple[Decimal, str] | None:
    """(the change, how) a comparison row's value says: the index less 100, or the value itself below an index's
    range when the row's ``label`` names no single direction (``one_way``); None above it."""
    if INDEX_LOW <= v <= INDEX_HIGH:
        return v - 100, f"{format_vn(v)}% − 100%"
    if v < INDEX_LOW and not one_way(label):
        return v, f"{format_vn(v)}%"
    return None


def kept_change(row: Row, v: Decimal) -> bool:
    """The row keeps a change with its sign under a comparison's name (``… so với tháng trước`` = −0,18): a percent
    row ``INDEX_LABEL`` names whose value lies below an index's range and whose label names no single direction —
    then ``tăng 0,18%`` against it goes the wrong way."""
    label = fold(row.fig.chi_tieu)
    return row.kind == "percent" and v < INDEX_LOW and INDEX_LABEL.search(label) is not None \
        and not _one_way_folded(label)
