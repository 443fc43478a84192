"""The size of a list the sentence spells out, item by item: no figure of the period (round 36).

========================  ===================================================================================
``names_after``           ``3 thị trường NK lớn nhất gồm Hàn Quốc, Nhật Bản và EU đều tăng trên 16%``
                          (t27-vinanet-muc-t11-2016), ``ở 3 thị trường lớn nhất là Trung Quốc, Ấn Độ và Hàn Quốc``
                          (xq-toan-quoc-tong-cuc-hai-quan-xuat-khau-cao-su-2019-04, round 75; ``là`` as ``gồm``):
                          ``N <noun> … <the most> gồm``/``là`` then exactly N names — the top
                          N, a choice the writer made (``lớn nhất``, ``dẫn đầu``, ``hàng đầu``); without it the count
                          is what was done, its members named (``3 thanh niên nhập ngũ gồm …``: a figure)
``each_in_turn``          ``xuất khẩu sang 2 thị trường còn lại tăng lần lượt 152% và 76%`` (t27-vcci-muc-8t-2022):
                          ``N <noun> …`` then ``lần lượt`` and exactly N figures, one for each of them
========================  ===================================================================================

Each holds only when the list has exactly N items (so no list of nouns is needed, and a count the list does not
match stays a figure: ``5 xã gồm: A, B`` lists two). The items of ``names_after`` are names (every word capitalised:
``Tây Ban Nha``, ``EU``), not a breakdown of what was done (``gồm 12 nam và 8 nữ``).

The names before the count (``Hàn Quốc và Nhật Bản là 2 thị trường``, ``Italy, Tây Ban Nha và Pháp lần lượt là 3 thị
trường``, t27-vcci-muc-8t-2022) are the checker's: ``checker.recognisers.namedlist`` claims that count while the
numbers are read (``extract_numbers``), so it never reaches the template as a figure — this module's own copy
(``names_before``) read no figure on any held-out source or sweep page and went in tidy 59.  The checker's reads the
top N after ``là`` too but not after ``gồm`` (the members of what was counted: the lead's stop 58 mend); ``names_after``
keeps ``lớn nhất gồm``.  The checker's ``listed`` recogniser reads the same notation after ``cả N``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``<a few words> <the most> gồm`` after the number's noun (``3 thị trường NK lớn nhất gồm``): the top N.
_INCLUDES = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){1,6}?(?:(?:lớn|nhiều|cao|thấp|mạnh|nhanh)\s+nhất|dẫn\s+đầu|"
                       r"hàng\s+đầu)\s+(?:gồm|là)\s*:?\s*")
#: ``<a few words> lần lượt`` after the number's noun (``2 thị trường còn lại tăng lần lượt``).
_IN_TURN = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){1,8}?(?:(?:tăng|giảm|đạt|là|chiếm)\s+)?lần\s+lượt\s+(?:là\s+)?")
#: One figure of a ``lần lượt`` run and what joins it to the next.
_FIGURE = re.compile(r"(?i)(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*(?:%|[^\W\d_]+(?:/[^\W\d_]+)?)?")
_JOIN = re.compile(r"(?i)\s*(?:,|;|và)\s*")
_STOP = re.compile(r"[.;:!?\n()]")


def _counted(m: Mention) -> bool:
    return m.value is not None and m.kind == "count" and not m.comparison and m.pair_role is None and \
        float(m.value).is_integer() and 2 <= m.value <= 12


def _is_name(item: str) -> bool:
    words = item.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words if w)


def _names_opening(text: str) -> int:
    """How many names joined by commas and ``và`` open ``text``, up to the first word that is no name (0 with no
    ``và``: a list's last item is joined so)."""
    n = words = 0
    joined = False
    for tok in re.findall(r"[^\s,]+|,", text):
        if tok in (",", "và"):
            if not words:
                break
            n, words, joined = n + 1, 0, joined or tok == "và"
            continue
        w = tok.rstrip(".;:!?")
        if not w or not w[0].isupper() or words == 4:
            break
        words += 1
        if w != tok:
            break
    n += 1 if words else 0
    return n if joined and n >= 2 else 0


def names_after(p: Para, i: int, m: Mention) -> bool:
    """``N <noun> … lớn nhất gồm A, B và C``: the top N, named (module docstring)."""
    if not _counted(m):
        return False
    tail = p.text[m.num_end:m.num_end + 160]
    inc = _INCLUDES.match(tail)
    return bool(inc) and _names_opening(tail[inc.end():]) == int(m.value)


def each_in_turn(p: Para, i: int, m: Mention) -> bool:
    """``N <noun> … lần lượt a, b và c``: one figure for each of the N (module docstring)."""
    if not _counted(m):
        return False
    tail = p.text[m.num_end:m.num_end + 200]
    turn = _IN_TURN.match(tail)
    if not turn or _STOP.search(tail[:turn.end()]):
        return False
    n, pos, rest = 0, 0, tail[turn.end():]
    while True:
        fig = _FIGURE.match(rest, pos)
        if not fig:
            break
        n += 1
        join = _JOIN.match(rest, fig.end())
        if not join:
            break
        pos = join.end()
    return n == int(m.value)


ENUMERATED = (names_after, each_in_turn)
