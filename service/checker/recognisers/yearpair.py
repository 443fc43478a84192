"""A year written right after another year: ``năm 2006 2007`` (a span whose dash the text lost, zi-toan-quoc-evn-kinh-
doanh-dien-nong-thon-2006) — a year, no count."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

YEAR_PAIR = Rule("year-pair", "year", "a year after a year (a span without its dash)",
                 re.compile(r"(?i)(?<!\w)năm[ \t]+(?:19|20)\d\d[ \t]+((?:19|20)\d\d)(?![\d.,%])"), needs=("năm",))
