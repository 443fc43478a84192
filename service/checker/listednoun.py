"""A count whose noun lists, in order, the kinds a row's unit lists.

``toàn huyện có 77 tổ hòa giải ở 11 xã, thị trấn`` beside a row counted in ``xã, thị trấn``
(xj-phu-yen-song-hinh); ``truyền thông về TGPL tại 133 xã nghèo, thôn, bản đặc biệt khó khăn`` beside a row in
``xã, thôn, bản`` (xj-quang-nam-trung-tam-tgpl): a unit of several kinds joined by commas is the row's own way of
counting, and a number whose noun names those kinds one after the other counts what the row counts — it is the
row's figure, checked against it, not the area's make-up set aside as standing (a changed ``81 xã, thị trấn`` is
caught). A single kind (``11 xã``) says nothing by itself: many rows count communes.
"""

from __future__ import annotations

import re
import unicodedata

#: Where a number's noun phrase stops: a clause mark, a bracket, the next number.
_PHRASE_END = re.compile(r"[;.:()\[\]\n\d]")
#: A list item's first word boundary after a kind (``xã nghèo`` starts with ``xã``, ``xãhội`` does not).
_WORD_END = re.compile(r"(?:\s|$)")


def _kinds(unit: str) -> list[str]:
    return [k.strip().lower() for k in unicodedata.normalize("NFC", unit or "").split(",") if k.strip()]


def lists_row_units(text: str, end: int, unit: str) -> bool:
    """The words right after a number (ending at ``end``) list the row unit's kinds in order, one comma item each,
    each item starting with its kind (``xã nghèo, thôn, bản …`` for ``xã, thôn, bản``)."""
    kinds = _kinds(unit)
    if len(kinds) < 2:
        return False
    after = unicodedata.normalize("NFC", text[end:end + 160])
    stop = _PHRASE_END.search(after)
    items = [i.strip().lower() for i in (after[:stop.start()] if stop else after).split(",")]
    if len(items) < len(kinds):
        return False
    return all(item.startswith(kind) and _WORD_END.match(item, len(kind)) for kind, item in zip(kinds, items))
