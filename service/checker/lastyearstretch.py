"""A stretch of last year named by its length and a word for last year, not its number: ``so với 6 tháng đầu năm
ngoái`` (xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1), ``so với 3 tháng đầu năm ngoái``
(xk-toan-quoc-doanh-nghiep-thep-ket-qua-kinh-doanh-2021-q1). The base of a rate said so is the same stretch a year
before — the year-ago base, as ``so với cùng kỳ`` — though it names no year; ``so với 6 tháng đầu năm 2020`` is read
by its year, ``so với 6 tháng cuối năm`` (no year word) and ``so với 6 tháng trước`` are not last year's.

Grammar only: the stretch's closing words ``năm`` + a word for the year before (``ngoái``, ``trước``, ``qua``,
``vừa qua``), at the end of the base's words.
"""

from __future__ import annotations

import re

from service.checker.lastyearwords import LAST_YEAR_WORDS

#: the base's words end with the year before said in words (``lastyearwords``; ``năm qua``/``năm vừa qua`` too: after
#: ``so với`` they can only be a year gone)
_YEAR_BEFORE_WORDS = re.compile(rf"(?i)(?<!\w)(?:{LAST_YEAR_WORDS}|năm\s+(?:vừa\s+qua|qua))\s*$")


def names_last_year(base_words: str) -> bool:
    """``base_words`` (the words of a dated ``so với …`` base: ``6 tháng đầu năm ngoái``) close with last year said
    in words, no year number in them."""
    return not re.search(r"(?:19|20)\d\d", base_words) and _YEAR_BEFORE_WORDS.search(base_words.strip()) is not None
