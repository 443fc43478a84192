"""A number said with its thousands word between its parts (round 41): ``3 ngàn 561 hội viên`` = 3.561.

The notation follows speech (``ba ngàn năm trăm sáu mươi mốt``): the thousands, the word ``ngàn``/``nghìn``, then the
hundreds (three digits or fewer, no grouping dot) and the noun.  The checker's extraction reads it whole when a money
unit follows (``hơn 1 nghìn 175 tỷ đồng`` = 1.175 tỷ đồng, zw-toan-quoc-hoi-chu-thap-do-tet-nhan-ai-2023) but apart
before a noun of things counted: ``Toàn thị xã hiện có 3 ngàn 561 hội viên nông dân``, ``Tổng dư nợ … là 97 tỷ với
hơn 2 ngàn 600 lượt hội viên`` (t31-dian-hoi-nong-dan-thi-xa-2019) gave rows of 561 and 600.  ``join_thousands``
gives the second mention the whole value (and span) and leaves the first no value, before the paragraph is read.

Joined only when nothing but one space stands between (``2 ngàn, 600 hộ`` and ``2 ngàn lượt, 600 hội viên`` are two
numbers), the first is a bare ``N ngàn/nghìn`` (no unit of its own) and the second a whole number below 1.000
written without a grouping dot.
"""

from __future__ import annotations

import re

from service.onboarding.model import Para

_THOUSANDS = re.compile(r"(?i)^\d{1,3}\s+(?:ngàn|nghìn)$")
_HUNDREDS = re.compile(r"^\d{1,3}$")


def join_thousands(p: Para) -> None:
    """``3 ngàn`` + ``561 hội viên`` → ``3 ngàn 561 hội viên`` (3.561): the second mention holds the number."""
    for a, b in zip(p.figures, p.figures[1:]):
        if a.value is None or b.value is None or a.unit or a.comparison or b.comparison:
            continue
        if not _THOUSANDS.match((a.raw or "").strip()) or not _HUNDREDS.match((b.raw or "").strip()):
            continue
        if p.text[a.end:b.num_start] != " " or b.value >= 1000:
            continue
        b.value = a.value + b.value
        b.numeral = b.value
        b.raw = p.text[a.num_start:b.num_end]
        b.num_start, b.start = a.num_start, min(a.start, b.start)
        if a.qualifier and not b.qualifier:      # "hơn 2 ngàn 600 lượt": the qualifier was read with the first part
            b.qualifier, b.qualifier_start = a.qualifier, a.qualifier_start
        a.value = None
