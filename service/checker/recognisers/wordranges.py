"""A range of rates of change written with words: ``các nhóm hàng đều có chỉ số giá tăng nhẹ với mức tăng từ 0,06%
đến 0,79%`` (c41-plo-cpi-ha-noi-thang-8), ``Giá trị gia tăng toàn ngành tăng khoảng 2,85 đến 2,9%``
(ya-toan-quoc-bo-nnptnt-tang-truong-xuat-khau-nong-lam-thuy-san-2021).

The rates of several units (each group's) or an estimate's spread, no one row's rate: both ends are a change with no
base the text gives. ``changes.rate_range`` reads a range written with a dash (``tăng từ 40 - 46%``); this one reads
``từ``/``khoảng`` … ``đến``/``tới`` after the verb (a few words may stand between: ``tăng nhẹ với mức tăng từ``). A
change between two values (``tăng từ 29,2% lên 55%``: ``lên``) is no range and is left to the other readings.
"""

from __future__ import annotations

import re

#: the verb, up to five words, then ``từ``/``khoảng``: the range opens
_OPENS = r"(?<!\w)(tăng|giảm)(?:[ \t]+[^\W\d_]+){0,5}?[ \t]+(?:từ|khoảng)[ \t]+"
_FIRST = re.compile(r"(?i)" + _OPENS + r"$")
_SECOND_AFTER = re.compile(r"[ \t]*%?[ \t]*(?:đến|tới)[ \t]*\d[\d.,]*[ \t]*%")
_SECOND = re.compile(r"(?i)" + _OPENS + r"\d[\d.,]*[ \t]*%?[ \t]*(?:đến|tới)[ \t]*$")
_RATE_AFTER = re.compile(r"[ \t]*%")


def range_in_words(text: str, num_start: int, num_end: int) -> str | None:
    """``tăng``/``giảm`` when the number at ``num_start:num_end`` is an end of a range of rates written ``(tăng …)
    từ|khoảng A(%) đến|tới B%``."""
    lo = max(0, num_start - 70)
    first = _FIRST.search(text, lo, num_start)
    if first is not None and _SECOND_AFTER.match(text, num_end):
        return first.group(1).lower()
    second = _SECOND.search(text, lo, num_start)
    if second is None or not _RATE_AFTER.match(text, num_end):   # the range's rates end on "%" ("từ 0,5 đến 1,5
        return None                                               # điểm" is points: c28-dantri's, no rate range)
    return second.group(1).lower()
