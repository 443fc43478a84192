"""How often a routine runs: ``02 lần/năm``, ``2 buổi/ngày``, ``ngày 2 buổi`` — a frequency, not a count of the period.

    Luân chuyển sách là hoạt động thường niên hàng năm của Thư viện Hà Nội, được thực hiện 02 lần/năm.
                                                        (c42-thuongtin-luan-chuyen-sach-2017)
    Đã 6 năm nay, Vi Văn Hợp đều đặn ngày 2 buổi (Sáng từ 5h30 đến 6h30, chiều từ 17h đến 18h) đọc, tiếp sóng …
                                                        (c42-vietnamnet-dai-son-truyen-thanh)
    … theo dõi cân, đo bằng biểu đồ tăng trưởng 3 lần/năm.      (a held-out health page; ``100% trẻ được học 2
    buổi/ngày`` on the schools' pages)

Times (``lần``, ``buổi``, ``đợt``) over a span of time written as a rate (``/năm``, ``/ ngày``), or the span first
(``ngày 2 buổi``, ``tuần 3 lần``): how often something is done. Cases or persons per span (``14 ca/ngày``, ``60-70
ca/tuần``) are a rate the period measured and stay checked; so is a table row kept per span (``lần/năm``).
"""

from __future__ import annotations

import re

_TIMES = r"(?:lần|buổi|đợt)"
_SPAN = r"(?:ngày|tuần|tháng|quý|năm)"
_RATE_AFTER = re.compile(r"\s*" + _TIMES + r"\s*/\s*" + _SPAN + r"(?!\w)")
_SPAN_BEFORE = re.compile(r"(?i)(?<!\w)(?:(?:mỗi|một|hằng|hàng)\s+)?" + _SPAN + r"\s+$")
#: (not ``Ngày 2 buổi sáng``: the second day's morning)
_TIMES_AFTER = re.compile(r"\s+" + _TIMES + r"(?!\w)(?!\s*(?:/|\d|thứ|tháng|năm|sáng|chiều|tối|trưa|đêm)(?!\w))")


def frequency(text: str, start: int, end: int) -> bool:
    """The number from ``start`` to ``end`` says how often a routine runs (see the module)."""
    if _RATE_AFTER.match(text, end):
        return True
    return _SPAN_BEFORE.search(text, max(0, start - 20), start) is not None \
        and _TIMES_AFTER.match(text, end) is not None
