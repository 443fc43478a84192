"""The count of the items a sentence then lists: ``tai nạn giao thông đã giảm cả 3 tiêu về số vụ tai nạn, số người
chết, số người bị thương`` (a week's traffic brief, its ``tiêu chí`` typed ``tiêu``), ``giảm cả 3 tiêu chí (số vụ, số
người và tài sản)``, ``tăng cả 2 mặt: số lượng và chất lượng``. ``cả`` (all of them) before a small number, a word or
two naming what is counted, then ``về``, a colon or a bracket opening a list of exactly that many items: the number
says how many things the list names — no figure of the period, whatever the noun (so no list of nouns is needed).

A count the list does not match stays a figure: ``cả 3 xã về đích`` lists nothing, ``cả 5 huyện: A, B`` lists two.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_COUNT = re.compile(r"(?i)(?<!\w)cả[ \t]+(\d)(?![\d.,/])[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*(?:về[ \t]+|:[ \t]*|\([ \t]*)")
#: where the list ends: the sentence's or the bracket's end, a comparison, a semicolon
_LIST_END = re.compile(r"(?i)[.;:!?\n)]|(?<!\w)(?:so[ \t]+với|trong[ \t]+khi|nhưng)(?!\w)")
_ITEM_SPLIT = re.compile(r"(?i),|(?<!\w)và(?!\w)")


class ListedCount(Recogniser):
    """``cả N <noun> về/: /( item, item, … item``: N items listed (see the module)."""

    name, kind = "listed-count", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[max(0, a - 20):b]
        if "cả" not in window and "Cả" not in window and "CẢ" not in window:
            return   # most windows: no "cả", nothing to scan (this runs on every window with a digit)
        for m in _COUNT.finditer(text, max(0, a - 20), b):
            n = int(m.group(1))
            end = _LIST_END.search(text, m.end(), m.end() + 240)
            items = [x for x in _ITEM_SPLIT.split(text[m.end():end.start() if end else m.end() + 240]) if x.strip()]
            if n >= 2 and len(items) == n and a <= m.start(1) < b:
                yield Claim(m.start(1), m.end(1), self.kind, "number of the items listed after it", self.name)


LISTED = ListedCount()
