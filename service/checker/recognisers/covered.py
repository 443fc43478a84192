"""The count of the parts a statement holds over: ``tiêu thụ thép … ở cả 3 miền đều tăng`` (a steel maker's month),
``tăng trưởng đã được ghi nhận ở cả 3 khu vực kinh tế`` (a quarter's GDP), ``kiện toàn công tác tổ chức Hội ở cả 3
cấp`` (an association's year). A locative (``ở``, ``tại``, ``trên``) then ``cả`` (all of them) and a small number
before a noun: the number says over how many parts (regions, sectors, levels) the statement holds — no figure of the
period, whatever the noun (so no list of nouns is needed).

A count the text states elsewhere stays a figure: ``dẫn giải 3 tàu cá … các thành viên trên cả 3 tàu cá`` repeats
the count of the boats seized. A measured amount (``trên cả 3 tấn``) or a scaled one (``ở cả 3 triệu hộ``) is no
count of parts. Numbers in words count alike (``đồng đều trên cả ba tuyến``, ``ở cả hai khu vực nông thôn
và thành thị``: :func:`parts_count_in_words`, for the reader of numbers in words). ``cả 3 xã về đích`` (no locative) is left to the other recognisers.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser
from service.figures.units import measure_symbol
from service.numwords import SCALES

#: the count: a digit 2-9 or its word (not ``năm``: ``cả năm`` is the whole year)
_COVERED = re.compile(r"(?i)(?<!\w)(?:ở|tại|trên)[ \t]+cả[ \t]+([2-9]|hai|ba|bốn|sáu|bảy|tám|chín)(?![\w.,/%])"
                      r"[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _stated_elsewhere(text: str, n: str, noun: str, at: int) -> bool:
    """``n`` then the noun's first word somewhere else in the text (not this ``cả n``)."""
    word = re.escape(noun.split()[0])
    for m in re.finditer(rf"(?i)(?<![\w.,]){n}[ \t]+{word}(?!\w)", text):
        if m.start() != at and not re.search(r"(?i)(?<!\w)cả[ \t]+$", text[max(0, m.start() - 6):m.start()]):
            return True
    return False


def _amount(noun: str) -> bool:
    """A scale word or a unit of measure right after the number (``3 triệu hộ``, ``3 tấn``)."""
    words = noun.lower().split()
    return words[0] in SCALES or any(measure_symbol(" ".join(words[:k])) for k in range(len(words), 0, -1))


def _covers(text: str, m: re.Match) -> bool:
    """The count of ``m`` is the number of parts a statement holds over (no amount, not stated elsewhere)."""
    return not _amount(m.group(2)) and not _stated_elsewhere(text, m.group(1), m.group(2), m.start(1))


def parts_count_in_words(text: str, start: int) -> bool:
    """A number in words at ``start`` counting the parts a statement holds over: ``trên cả ba tuyến``."""
    for m in _COVERED.finditer(text, max(0, start - 16), start + 60):
        if m.start(1) == start:
            return _covers(text, m)
    return False


class PartsCovered(Recogniser):
    """``ở/tại/trên cả N <noun>``: the number of parts a statement holds over (see the module)."""

    name, kind = "parts-covered", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[max(0, a - 20):b]
        if "cả" not in window and "Cả" not in window and "CẢ" not in window:
            return   # most windows: no "cả", nothing to scan
        for m in _COVERED.finditer(text, max(0, a - 20), b):
            if not a <= m.start(1) < b or not _covers(text, m):
                continue
            yield Claim(m.start(1), m.end(1), self.kind, "number of the parts the statement holds over", self.name)


COVERED = PartsCovered()
