"""A day and month written alone, the day larger than the month: ``Ngày nhà giáo Việt Nam 20/11``, ``ngày Dân số
Thế giới 11/7 , biểu dương …`` — a date, not a part of a whole (a part is never larger than its whole).

    … tổ chức gặp mặt Ngày nhà giáo Việt Nam 20/11 và tổng kết công tác hội năm 2021 …
                                                   (zl-thai-nguyen-dinh-hoa-hoi-cuu-giao-chuc-2021)

The day 13–31, the month 1–12, and no word counted after it (``20/11 và``, ``11/7 ,``, the text's end): ``25/12 hộ``
would be a count.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: What may follow a date that is not a counted noun: punctuation, the end, or a word that counts nothing.
_AFTER = r"(?=\s*(?:$|[,.;:)\]–\-…!?”]|(?:và|của|năm|tại|hằng|hàng|vừa|đã|là|với|cho|hoặc|đến|tới|vào|sẽ|nhằm|theo)(?!\w)))"
DAY_MONTH = Rule("day-after-month", "date", "a day and month (the day larger than the month)",
                 re.compile(r"(?<![\d/.,])((?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/.,%])" + _AFTER))
