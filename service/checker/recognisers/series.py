"""A series of names that share their words and differ by their number: ``ấp Phương Thạnh 1, Phương Thạnh 2 và ấp
Kinh Tế`` (c17-cantho-longhung), ``quản lý các tàu SAR 274, SAR 631`` (c18-dantri-sar). The noun (``ấp``, ``tàu``) is
said once, before the first; the names after it repeat only the name's own words. Each number is part of a name, not a
count — the first is often claimed already by its noun (a place, a vessel's code), the others are not.

The grammar: the same capitalised words (one to three: every word starts with a capital, ``Phương Thạnh``, ``SAR``)
right before each of two or more plain numbers (one to four digits, no grouping, no decimals), the items joined by a
comma, ``và`` or ``,`` + ``và``. An item whose number is followed by a counted noun or a unit (``Ea Kar 120 ha``) is a
quantity and breaks the series; so do different names (``Ea Kar 120, Krông Pắc 80``: quantities per place, never
claimed here).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser
from service.checker.recognisers.nouns import COUNTED

#: A name of capitalised words (one to three) and a plain number right after it.
_ITEM = re.compile(r"((?:[^\W\d_][\w-]*[ \t]+){1,3})(\d{1,4})(?![\d.,]\d|\s?[%‰]|\w)")
_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)$")
_UNIT_AFTER = re.compile(r"\s*(?:ha|hecta|tấn|tạ|kg|m|m2|m3|km|lít|nghìn|ngàn|triệu|tỷ|tỉ|đồng|USD|lần|năm|tháng|"
                         r"ngày|giờ)(?!\w)", re.I)


def _name(words: str) -> tuple[str, ...]:
    """The item's capitalised words nearest the number (the name without its noun)."""
    out: list[str] = []
    for w in reversed(words.split()):
        if not w[0].isupper():
            break
        out.append(w)
    return tuple(reversed(out))


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:] if n else ()


class NameSeries(Recogniser):
    """The numbers of a series of names that repeat their words (see the module)."""

    name, kind = "name-series", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lo = max(0, a - 120)
        items = [m for m in _ITEM.finditer(text, lo, min(len(text), b + 120))
                 if not COUNTED.match(text, m.end()) and not _UNIT_AFTER.match(text, m.end())]
        for x, y in zip(items, items[1:]):
            if not _JOIN.search(text, x.end(), y.start(1)) or text[x.end():y.start(1)].count(",") > 1:
                continue
            shared = _common(_name(x.group(1)), _name(y.group(1)))
            # the second item is the shared name alone (its noun not repeated)
            if not shared or _name(y.group(1)) != shared or len(y.group(1).split()) != len(shared):
                continue
            for m in (x, y):
                if a <= m.start(2) < b:
                    yield Claim(m.start(2), m.end(2), self.kind,
                                "a name in a series of names sharing their words (ấp Phương Thạnh 1, Phương Thạnh 2), "
                                "not a count", self.name)


NAME_SERIES = NameSeries()
