"""A share row kept under the row of its part: the share a number written right after that row's value gives.

A sheet may keep one share label under several rows (``Tỷ trọng trong tổng kim ngạch xuất khẩu cả nước`` = 78
under ``Tổng kim ngạch xuất khẩu của các tỉnh thành này`` and = 16,6 under ``TP. Hồ Chí Minh``,
yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1): ``… với tổng kim ngạch lên tới gần 49,35 tỷ USD,
chiếm tới 78% tổng kim ngạch xuất khẩu cả nước`` is the share under the row whose value it follows.
"""

from __future__ import annotations

from service.checker.match import Row
from service.checker.twins import parent_code


def share_under(share: Row, part: Row) -> bool:
    """Whether ``share`` sits right under ``part`` in the sheet's codes (``I.2.1`` under ``I.2``)."""
    return parent_code(share.fig.ma) == part.fig.ma
