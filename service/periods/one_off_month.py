"""A month that dates a one-off act inside a year the page reports (round 43): ``năm 2020 là năm đặc biệt với Công
ty. Cụ thể, tháng 12/2020, Công ty vinh dự đón nhận danh hiệu “Anh hùng Lao động”`` above ``Nước sản xuất năm 2020
đạt 80,36 triệu m3`` (held-out xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020), ``Ngay từ khi mở cửa tháng 11/2024, có
khoảng 10.000 người đổ về bảo tàng`` above ``tổng hơn 1,3 triệu lượt khách năm 2024`` (sweep
p42-tothethao-baotang-lsqs-2024): the month an honour was received or a place opened, not the period of the page's
figures, which are the year's.

Read in passing (below the year), only when a month with its year tells of such an act within its own clause (the act
just before it, ``khi mở cửa tháng 11/2024``, or after it before the clause ends) and the page also reports that same
year; a month counted in (``Trong tháng 12/2020, ...``) is never one.  The acts (:data:`ONE_OFF`) are open-ended: an
honour received, a place opened; any other wording leaves the month as it is, the default."""

from __future__ import annotations

import re

#: an honour received ("vinh dự đón nhận danh hiệu", "được trao tặng Huân chương") or a place opened ("mở cửa",
#: "khánh thành", "khai trương")
ONE_OFF = r"(?:đón\s+nhận|(?:được\s+)?trao\s+tặng|mở\s+cửa|khánh\s+thành|khai\s+trương)"
_ACT_BEFORE = re.compile(r"(?<!\w)" + ONE_OFF + r"\s+(?:vào\s+)?$", re.I)
_ACT_AFTER = re.compile(r"[^.!?;\n]{0,60}?(?<!\w)" + ONE_OFF + r"(?!\w)", re.I)
#: "Trong tháng 12/2020, ...", "tháng 12/2020 vừa qua": a month whose figures are counted
_COUNTED_IN = re.compile(r"(?<!\w)(?:trong|riêng)\s+$", re.I)


def one_off_month(t: str, men, kept) -> bool:
    """True when ``men`` (a month with its year) dates a one-off act and the page reports that year too."""
    if men.period.kind != "month" or not men.year_stated or men.recogniser != "month":
        return False
    before = t[max(0, men.start - 30):men.start]
    if _COUNTED_IN.search(before):
        return False
    if not (_ACT_BEFORE.search(before) or _ACT_AFTER.match(t, men.end)):
        return False
    return any(k.period.kind == "year" and k.period.year == men.period.year and k.year_stated and not k.plan
               and not k.comparison and k is not men for k in kept)
