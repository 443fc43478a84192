"""The day a count was taken: ``tại thời điểm 1/10``, ``thời điểm điều tra 1/4`` — a date (day/month), no fraction.

    Đàn lợn của cả nước tại thời điểm điền tra 1/4 có 272 triệu con tăng 29% …      (c44-biofeed-chan-nuoi-2015-06)
    Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1/10 tăng 1,0% so với cùng thời điểm
    năm trước …                                          (p15-cafef-iip-10t-2023, p15-infina-iip-2023-10)

``thời điểm`` (the moment), its kind of count allowed between (``điều tra``, ``điền tra`` as the page types it,
``khảo sát``, ``báo cáo``, ``ngày``), then a day and a month joined by a slash: the census day. A fraction of a whole
after it (``thời điểm này 1/3 số hộ``: a word between, or ``số``/a counted whole after) stays a fraction.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

MOMENT_DATE = Rule("moment-date", "date", "the day a count was taken (thời điểm 1/10)", re.compile(
    r"(?i)(?<!\w)thời[ \t]+điểm(?:[ \t]+(?:điều[ \t]+tra|điền[ \t]+tra|khảo[ \t]+sát|báo[ \t]+cáo|thống[ \t]+kê|ngày))?"
    r"[ \t]+((?:0?[1-9]|[12]\d|3[01])[ \t]*/[ \t]*(?:0?[1-9]|1[0-2]))(?![\d/.,]?\d)(?![ \t]+(?:số|tổng)(?!\w))"),
    needs=("thời điểm",))
