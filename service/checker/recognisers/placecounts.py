"""A place's name followed by its count or measure, not a numbered name.

``thôn Bản Duồng 1`` and ``Nhà máy Nhiệt điện Vũng Áng 1`` are names with a number (:class:`names.UnitName`); but in
``xã Thuận Hóa 13 ha, xã Lê Hóa 10 ha`` the number is measured (a unit of measure right after it), and in ``(Điện Biên
82, Lào Cai 3, Lâm Đồng 2, Bến Tre 4, Cà Mau 5 và Trà Vinh 3)`` it is one of a list of places each with its count
(``Bến`` happens to be a unit noun). Either way the number is the place's figure.
"""

from __future__ import annotations

import re

from service.figures.units import measure_symbol

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_NAME = rf"[{_UPPER}][\w]*(?:[ \t]+[{_UPPER}][\w]*){{0,3}}"
#: an item of a list: a capitalised name of one to four words and its bare number
_ITEM = re.compile(rf"({_NAME})[ \t]+\d+(?:[.,]\d+)?(?!\w)(?![.,]\d)")
_SEP = re.compile(r"[ \t]*(?:[,;]|[ \t]và)[ \t]+(?:và[ \t]+)?")
_OWN_NAME = re.compile(rf"(?:^|\(|[,;][ \t]*|[ \t]và[ \t]+)({_NAME})[ \t]+$")
_WORDS_AFTER = re.compile(r"[ \t]*((?:[^\W\d_]+|m2|m²|m3|m³|km2|km²)(?:[ \t]+[^\W\d_]+){0,2})")


def measured_after(text: str, e: int) -> bool:
    """A unit of measure right after the number (``13 ha``, ``2,5 tấn``, ``7 héc ta``)."""
    m = _WORDS_AFTER.match(text, e)
    if m is None:
        return False
    words = m.group(1).split()
    return any(measure_symbol(" ".join(words[:k])) for k in range(len(words), 0, -1))


def in_list_of_places(text: str, s: int, e: int) -> bool:
    """The number ends an item ``Name N`` of a list whose next item is another name's ``Name N`` (``Đội 1, Đội 2``
    numbers one name's units: a series of names, not a list of places)."""
    lo = max(0, s - 60)
    own = _OWN_NAME.search(text[lo:s])
    if own is None:
        return False
    sep = _SEP.match(text, e)
    nxt = _ITEM.match(text, sep.end()) if sep else None
    if nxt is not None:
        return nxt.group(1) != own.group(1)
    before = text[max(0, s - 160):lo + own.start(1)]
    prev = re.search(rf"{_ITEM.pattern}{_SEP.pattern}$", before)
    return prev is not None and prev.group(1) != own.group(1) and bool(re.match(r"[ \t]*(?:[,;.)]|$)", text[e:]))


def place_figure(text: str, s: int, e: int) -> bool:
    """The number after a place's name is that place's figure (module doc)."""
    return measured_after(text, e) or in_list_of_places(text, s, e)
