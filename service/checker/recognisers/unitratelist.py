"""Rates of other units listed one after another, each named with its own (checker round 86).

    … 4 đơn vị có tỷ lệ học sinh đoạt giải cao … gồm: tỉnh Nghệ An có tỷ lệ 88,24%, Phú Thọ 85%, Hải Phòng 83,33% và
    ĐHQG Hà Nội 82,43%.                         (yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018, Hà Tĩnh's report)
    Trường có tỷ lệ đỗ thấp là THPT Dân lập Ngô Thì Sỹ 78,37% và THPT Pác Khuông (Bình Gia) 92,96%.
                                                (zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014)
    … mức tăng mạnh nhất ghi nhận ở miền Bắc với 73%, miền Trung 37%.
                                                (xk-toan-quoc-hoa-phat-san-luong-thep-2024-04)
    … nhiều địa phương đẩy nhanh tiến độ khai thác như: Quảng Ngãi tăng 37,5%; Nghệ An tăng 23,8%; Tuyên Quang tăng
    21,1%…                                      (ym-toan-quoc-tong-cuc-thong-ke-lam-nghiep-thuy-san-2024-q1)

The grammar: an item is a NAME (a capitalised word first, or one lower-case common noun then a capitalised word —
``tỉnh Nghệ An``, ``miền Bắc``; no digit; a bracket after it, ``(Bình Gia)``, is its place), perhaps a verb of the rate
(``với``, ``có tỷ lệ``, ``đạt``, ``tăng``, ``giảm``, ``là``), then a percentage; items follow one another parted by
``,``, ``;`` or ``và``, and the name starts after such a mark or after the word that opens the list (``là``, ``gồm``,
``như``, ``ở``, ``tại``, a colon). A number that is an item of a list of at least two is that unit's rate. The checker
leaves it unverified unless a row of the table names the unit (a roundup keeping each province as a row:
yq-toan-quoc-van-phong-chinh-phu-tang-truong-dia-phuong-2025-h1, xl-quang-binh-chi-cuc-dan-so-sinh-con-thu-3-2019-h1,
zq-…-giai-ngan-von-trai-phieu-chinh-phu-2016-11t: then a wrong rate stays caught) or the unit is the report's own.
"""

from __future__ import annotations

import re

_PERCENT = r"\d+(?:[.,]\d+)?\s*%"
#: what parts one item from the next, or opens the list
_OPENER = re.compile(r"(?i)(?:[,;:]|(?<!\w)(?:và|là|gồm|như|ở|tại)(?!\w))\s*")
#: the verb between a name and its rate
_VERB = re.compile(r"(?i)\s+(?:với|có\s+tỷ\s+lệ|có\s+tỉ\s+lệ|đạt|tăng|giảm|là|chiếm)(?:\s+(?:gần|hơn|trên|khoảng))?\s*$")
_BRACKET = re.compile(r"\s*\([^()\d]{1,40}\)\s*$")
_WORD = re.compile(r"[^\W\d_]+|[A-ZĐ]{2,}[\w&]*")
_MAX_WORDS = 10


def _is_name(phrase: str) -> bool:
    """A unit's name: no digit, at most ten words, a capitalised first word or a lower-case noun then a capitalised
    word, a capitalised last word."""
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS or any(ch.isdigit() for ch in phrase) or re.search(r"[()%/]", phrase):
        return False
    if not words[-1][0].isupper() or all(re.fullmatch(r"[IVX]+", w) for w in words[1:] or words):
        return False   # «quý II tăng 0,93%»: a period's numeral, no unit's name (tests/test_stop42_lead)
    return words[0][0].isupper() or (len(words) > 1 and words[1][0].isupper())


def _name_before(text: str, start: int) -> tuple[str, int] | None:
    """The name of the item whose percentage starts at ``start`` and where the item starts, or None."""
    lo = max(0, start - 120)
    window = text[lo:start]
    if "\n" in window:
        window, lo = window[window.rindex("\n") + 1:], lo + window.rindex("\n") + 1
    head = window
    v = _VERB.search(head)
    if v is not None:
        head = head[:v.start()]
    head = _BRACKET.sub("", head.rstrip())
    marks = list(_OPENER.finditer(head))
    if not marks:
        return None
    m = marks[-1]
    name = head[m.end():].strip()
    return (name, lo + m.start()) if _is_name(name) else None


_NEXT = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)")
_PERCENT_RE = re.compile(_PERCENT)


def _item_after(text: str, end: int) -> bool:
    """Another item (its name, a verb, a percentage) follows the number ending at ``end``, after ``,``/``;``/``và``."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    p = _PERCENT_RE.search(text, m.end(), m.end() + 140)
    if p is None or re.search(r"[.!?\n]\s", text[m.end():p.start()]):
        return False
    found = _name_before(text, p.start())
    return found is not None and found[1] >= end


def _item_before(text: str, item_start: int) -> bool:
    """Another item's percentage ends right before the mark that opens the item at ``item_start``."""
    return re.search(_PERCENT + r"\s*$", text[max(0, item_start - 60):item_start]) is not None


def _proper(name: str) -> str:
    """The name from its first capitalised word (``tỉnh Nghệ An`` → ``Nghệ An``): what a row's label would carry."""
    words = name.split()
    return " ".join(words[1:]) if not words[0][0].isupper() else name


def listed_units(text: str, start: int, end: int) -> list[str] | None:
    """The units of the list the percentage at ``start:end`` is an item of (its own first), each from its first
    capitalised word; None when it is no item of a list of two or more."""
    found = _name_before(text, start)
    if found is None:
        return None
    names = [_proper(found[0])]
    item_start, guard = found[1], 0
    while _item_before(text, item_start) and guard < 30:      # the items before it
        p = text.rindex("%", 0, item_start)
        pm = re.search(r"\d+(?:[.,]\d+)?\s*$", text[max(0, p - 20):p])
        prev = _name_before(text, p - len(pm.group(0))) if pm else None
        if prev is None:
            break
        names.append(_proper(prev[0]))
        item_start, guard = prev[1], guard + 1
    e = end
    while _item_after(text, e) and guard < 30:                 # the items after it
        m = _NEXT.match(text, e)
        q = _PERCENT_RE.search(text, m.end())
        names.append(_proper(_name_before(text, q.start())[0]))
        e, guard = q.end(), guard + 1
    return names if len(names) > 1 else None
