"""A year named only as the home of its last days: a day or days at its end, not the year reported (round 54).

``Trước đó, trong ngày cuối cùng của năm 2025 - ngày đầu kì nghỉ Tết Dương lịch, Nội Bài đã đón gần 110.500 lượt
khách`` (held-out xq-ha-noi-cang-hkqt-noi-bai, coded 2026-01, the New Year holiday's last day 4/1/2026): the year
names the day 31/12/2025, and read as a year it outranked ``kỳ nghỉ Tết Dương lịch 2026``.  The same grammar: ``mở
nước phục vụ tưới tiêu vào những ngày cuối năm 2012 và đầu năm 2013`` (held-out yd-tay-ninh-cong-ty-thuy-loi, coded
2013-03: days of a season's run, not the year 2012).  Grammar only: ``trong``/``vào``/``hôm`` (when a thing was
done), ``(những) ngày (làm việc) cuối (cùng) (của)`` right before ``năm X``.  Not ``(tính) đến/tới ngày cuối cùng của
năm 2022`` (a count to the year's end reports the year, as ``đến hết năm``, :mod:`.year_end_stock`), nor a column's
``Số dư ngày cuối năm 2024`` (a balance at the year's end, the year's value), nor ``Giáp ngày cuối năm 2017,`` (the
time of writing of a year's report: sweep c23-kevesko).
"""

from __future__ import annotations

import re

_LAST_DAYS = re.compile(r"(?<!\w)(?:trong|vào|hôm)\s+(?:những\s+)?ngày\s+(?:làm\s+việc\s+)?cuối\s+(?:cùng\s+)?(?:của\s+)?$",
                        re.I)


def year_end_days(before: str) -> bool:
    """Whether ``before`` (the text up to a year's mention ``năm X``) ends ``ngày cuối (cùng) (của)``: its last days."""
    return bool(_LAST_DAYS.search(before))
