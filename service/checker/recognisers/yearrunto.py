"""A year after "to the end of": the day a count runs to.

``Đến hết 2023 tổng số xuất bản phẩm nộp lưu chiểu …`` (yy-toan-quoc-cuc-xuat-ban-in-phat-hanh-…-2023): a bare year
after ``đến hết``/``tính đến hết``/``đến cuối`` (``tới`` for ``đến``) is the day a count runs to, not a count — unless
a counted noun follows it (``tính đến hết 2023 người được hỗ trợ``: 2023 people). Beside the other readers of a year
written as if it were a count (``yearpair``: ``năm 2006 2007``, ``năm 20-18``; ``oldyears``; ``buddhistera``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule
from service.checker.recognisers.nouns import COUNTED

YEAR_RUN_TO = Rule("year-run-to", "year", "the year a count runs to (đến hết 2023), not a count", re.compile(
    r"(?i)(?<!\w)(?:đến|tới)[ \t]+(?:hết|cuối)[ \t]+((?:19|20)\d\d)(?![\d.,]\d)(?![ \t]*%)"),
    accept=lambda text, m: not COUNTED.match(text, m.end(1)), needs=("hết", "cuối"))
