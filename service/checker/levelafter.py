"""The level a change reached, said right after its rate (checker round 89, issue 13).

``tuy nhiên, kim ngạch lại giảm 3%, ở mức 2,63 tỷ USD``, ``giá điều xuất khẩu đã giảm gần 14% trong 10 tháng qua,
xuống mức 6.288 USD``, ``giá điều thô nhập khẩu … đã giảm tới gần 11% so với cùng kỳ năm trước, ở mức 1.187 USD``
(xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t); ``Tổng lượt khách … tăng 9,41%, đạt 191.889 lượt khách``
(xp-quang-nam-ban-quan-ly-di-san-my-son-luot-khach-2017-h1): the rate is the change of the amount said after it, as
``đạt 18,5 tỷ USD, tăng 8,1%`` is the change of the amount before it.  Grammar only: the rate, words of its own up to a
comma (its base, its span: ``so với cùng kỳ năm trước``, ``trong 10 tháng qua``), then the verb of a level reached
(``ở mức``, ``xuống mức``, ``lên mức``, ``xuống còn``, ``đạt``) and the amount.  Another rate after the cue (``tăng 5%,
đạt 95% kế hoạch``) is no level: the caller takes amounts only.
"""

from __future__ import annotations

import re

#: from the end of the rate to the amount (its qualifier excluded): no clause ends between them, one comma
_LEVEL_CUE = re.compile(
    r"(?i)[^.;:!?\n(),]{0,60}?,[ \t]*(?:chỉ[ \t]+)?(?:(?:ở|xuống|lên)(?:[ \t]+(?:mức|còn))?|đạt(?:[ \t]+mức)?|còn)[ \t]+")
#: (``chỉ đạt``, ``chỉ còn``: the level said as little — ``giảm 61% so với cùng kỳ năm 2022, chỉ đạt 83,6 triệu USD``,
#: xs-toan-quoc-vasep-xuat-khau-ca-tra-2023-01; round 91)


def level_after(text: str, rate_end: int, amount_start: int) -> bool:
    """The amount starting at ``amount_start`` is the level the rate ending at ``rate_end`` brought its quantity to."""
    return bool(_LEVEL_CUE.fullmatch(text, rate_end, amount_start))
