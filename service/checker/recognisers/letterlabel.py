"""A label noun numbered after a one-letter designation: ``vitamin A đợt 2``, ``nhóm B lần 3``, ``khu C giai đoạn 2``.

    … tiếp tục thực hiện chiến dịch bổ sung vitamin A đợt 2 cho trẻ …
                                        (we-ha-noi-nganh-y-te-thanh-pho-bo-sung-vitamin-a-dot-2-2024-12)
    … Triển khai chiến dịch uống vitamin A đợt 1 cho trẻ …   (we-thua-thien-hue-cdc-tinh-bo-sung-vitamin-a-dot-1-2024-06)

Grammar: the label rule (``labels.ORDINAL``) stands aside when its noun ends a capitalised name (``Mặt trận 9 ấp``: the
number counts the hamlets after it). A single capital letter after a lowercase word is no such name: it designates
the thing the word before it names (``vitamin A``, ``loại B``, ``khu C``), and the label noun after it numbers that
thing's round, time or stage (``đợt 2``, ``lần 3``). The number is claimed as an ordinal unless a counted noun or a
unit follows it (``vitamin A đợt 2 trẻ`` is not Vietnamese; ``lần 3 người`` stays read) — the label rule's own test.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule
from service.checker.recognisers.nouns import COUNTED

#: A lowercase word, one capital letter, a label noun of a round, time or stage, its number.
_LETTER_LABEL = re.compile(
    r"(?<!\w)([^\W\d_]+)\s+[A-ZĐ]\s+(?:đợt|lần|giai\s+đoạn|vòng|chặng|phần|khóa|khoá|mũi|liều)\s+(?P<n>\d{1,2})(?![\d.,]\d)"
    r"(?!\s*(?:%|/))")


def _not_counting(text: str, m: re.Match) -> bool:
    return m.group(1).islower() and COUNTED.match(text, m.end("n")) is None


LETTER_LABEL = Rule("letter-label", "ordinal", "ordinal or label (the round of a lettered thing)",
                    _LETTER_LABEL, group=2, accept=_not_counting, needs=("đợt", "lần", "giai", "vòng", "chặng", "phần", "khó",
                                                             "khoá", "mũi", "liều"))
