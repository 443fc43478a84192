"""A month's middle named as a moment: ``Theo báo cáo của Bộ Y tế tại một hội thảo giữa tháng 6/2023, cả nước có 21
tỉnh ...`` (round 56).

``giữa tháng M`` is a point inside the month (when a meeting sat, when a price bottomed out, when results came out),
not the month reported: held-out xs-toan-quoc-bo-y-te-ty-so-gioi-tinh-khi-sinh-2023 (coded 2023: its figures are
``Năm 2023, ...``; the month is the workshop's), sweep c29-vnexpress-truong-co-ba-lop-do-chuyen-100 (``thông báo kết
quả hồi giữa tháng 6``), t24-danviet-hose-2022-08 (``Kể từ khi tạo đáy vào giữa tháng 7, chỉ số VN-Index ...`` on an
August page), c49-soha-xuat-khau-hat-tieu-5-thang-2024 (``so với thời điểm giữa tháng 5``).  Such a month is named in
passing (below a year the text reports).

Not after ``đến`` / ``tới`` (``đến giữa tháng 4-2023, cả nước đã xuất khẩu …``, ``Tính đến giữa tháng 12/2022``: a count
to that point, read by the registry's own rules), nor ``N ngày giữa tháng`` (``10 ngày giữa tháng 9/2018``: ten days
of the month, the month's release)."""

from __future__ import annotations

import re

#: "giữa " right before the month's word, not after "đến"/"tới" (a count to that point) nor "ngày" ("10 ngày giữa")
_MIDDLE = re.compile(r"(?<!\w)(?<!đến\s)(?<!tới\s)(?<!ngày\s)giữa\s+$", re.I)


def mid_month(t: str, start: int) -> bool:
    """True when the month mention starting at ``start`` (``tháng 6/2023``) is written ``giữa tháng …``: a moment."""
    return bool(_MIDDLE.search(t[max(0, start - 16):start]))
