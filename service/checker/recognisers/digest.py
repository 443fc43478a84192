"""A digest of short news items, each signed by its writer on a line of its own: an item about another province is
another report's news, none of its numbers a figure of the report.

    * Gần 4.000 phần quà, 10 nhà tình nghĩa đã được Hội … tỉnh Quảng Ngãi chuyển tặng nạn nhân …
    SƠN KIM
    * Gần 1 tỷ đồng … đã được Hội … tỉnh Bạc Liêu sử dụng tiếp tục xây 5 nhà tình nghĩa, giúp vốn 4 triệu đồng/hộ…
    TẤN HÀ
    * Khám bệnh cho 600 người và tặng 1.000 phần quà … Hội Chữ thập đỏ tỉnh Bến Tre …
    AN HÒA                                                       (held-out yv-quang-ngai-hoi-nan-nhan-…-2015-h1)

    Hôm qua 28.8, Liên đoàn Lao động TP.HCM … tặng 169 suất học bổng … Tổng kinh phí hơn 556 triệu đồng.
    Như Thảo
    Hiến máu nhân đạo
    Hôm qua 28.8, Hội Chữ thập đỏ TX.Hương Trà (Thừa Thiên-Huế) … cho gần 250 người …, thu được 198 đơn vị máu.
    Đình Toàn                                                    (c37-tuthienxanh-nha-tinh-nghia-hoc-bong)

A byline is a line holding only a writer's name (``recognisers.byline.name_line``: ``SƠN KIM``, ``K.A``, ``Như
Thảo``) whose previous line (blank lines skipped) ends a sentence. A page signed twice or more is a digest: its
first item runs to the first byline, each next item from there to the next. The page's own province is the one it
is about (``places.own_province``), else the one its first item naming a province names most (the lead item is the page's story). An item that names provinces, none of them the own
one, is another report's. Left alone: an item naming no province (``places`` answers for it), a digest of one
province's news (c37-baobinhdinh-tin-van: ``K.A``, ``VĂN TỐ``, every item in Bình Định's towns), items opened by
``*`` that no byline closes (t11-gialai-ctd-1000suat-2024: one Red Cross day in Gia Lai, a donor group from An
Giang), a page signed once. Asked only of a number no row supports (``service.checker.check``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.checker.recognisers.byline import name_line
from service.checker.recognisers.places import provinces_named, own_province

_LINE = re.compile(r"[^\n]+")
#: how the line before a byline ends: a sentence's end (a closing quote or bracket after it allowed)
_SENTENCE_END = re.compile(r"[.!?…][”\"')]*[ \t]*$|\)[ \t]*$")
_MIN_BYLINES = 2


def _signed(text: str, m: re.Match) -> bool:
    """The line before the byline candidate ``m`` (blank lines skipped) ends a sentence."""
    before = text[:m.start()].rstrip()
    line = before[before.rfind("\n") + 1:]
    return bool(line) and _SENTENCE_END.search(line) is not None


@lru_cache(maxsize=8)
def _items(text: str) -> tuple:
    """(start, end) of each item of a digest, or () for a page signed fewer than twice."""
    ends = [m.end() for m in _LINE.finditer(text) if name_line(m.group()) and _signed(text, m)]
    if len(ends) < _MIN_BYLINES:
        return ()
    starts = [0] + ends
    return tuple(zip(starts, ends + [len(text)]))


def _named(text: str, start: int, end: int) -> list[str]:
    return [name for _, name in sorted(provinces_named(text, start, end))]


@lru_cache(maxsize=8)
def _own(text: str, items: tuple) -> str | None:
    own = own_province(text)
    if own is not None:
        return own
    for a, b in items:
        named = _named(text, a, b)
        if named:
            return max(dict.fromkeys(named), key=named.count)   # most named; the first named on a tie
    return None


def other_item_place(text: str, start: int) -> str | None:
    """The other province the digest item holding ``start`` is about (see the module), or None."""
    items = _items(text)
    if not items:
        return None
    own = _own(text, items)
    if own is None:
        return None
    for a, b in items:
        if a <= start < b:
            named = _named(text, a, b)
            return named[0] if named and own not in named else None
    return None
