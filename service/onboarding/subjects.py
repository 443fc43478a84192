"""The organisation a sentence of a report is about: the body named as its subject.

A body named at the start of the sentence (``Hội Liên hiệp phụ nữ thăm, tặng …``), after an
optional list dash and a fronted adverbial (``Trong 6 tháng, Mặt trận …``): the checker's
lexicon of bodies first (``service.checker.match.ORG_LEXICON``), else a name opening with a
body's word and going on in capitalised words (``Trung tâm Y tế``), with its place
(``huyện``, ``tỉnh``, ``Việt Nam``).
"""

from __future__ import annotations

import re

from service.checker.match import ORG_LEXICON
from service.onboarding.phrases import LIST_DASH, UPPER, sentence_start

_BODY_HEAD = re.compile(
    r"(?:Ban|Hội|Chi hội|Ủy ban|Uỷ ban|UBND|UBMTTQ|MTTQ|Mặt trận|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Đoàn|Liên đoàn|"
    r"Công an|Phòng|Sở|Trung tâm|Đảng ủy|Đảng uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Chi bộ|Cơ quan|Bộ đội|"
    r"Bộ Chỉ huy|Bộ CHQS|Ban CHQS|Đồn|Trạm|Lực lượng|Viện kiểm sát|Tòa án|Toà án|Chi cục|Cục|Hạt|Đội|BCH|BCĐ|"
    r"Ban Chỉ đạo|Ban chỉ đạo|Thường trực|Các cấp hội|Các cơ sở|Cơ sở|Các đoàn thể|Các ban)(?!\w)"
    r"(?!\s+viên(?!\w))")   # "Hội viên vay vốn …", "Đoàn viên …": a member, not the body

_ORG_PATTERNS = [re.compile(r"(?i)" + rx) for _, rx in ORG_LEXICON]

_PLACE_TAIL = re.compile(r"(?:(?:\s+(?:trong|trên\s+địa\s+bàn|toàn))?"   # "Hội Chữ thập đỏ trong tỉnh"
                         r"\s+(?:huyện|tỉnh|thành phố|thị xã|xã|phường|thị trấn|quận|Việt Nam|cơ sở|các cấp)"
                         r"(?:\s+[" + UPPER + r"][^\s,;.]*){0,3})?")
#: The lower-case words of a name written in sentence case (``Quản lý thị trường``, ``Y tế``, ``Tài nguyên và Môi
#: trường``), up to the place that ends it: at most five words, none a verb's mark.
_NAME_TO_PLACE = re.compile(r"((?:\s+(?!(?:đã|đang|sẽ|được|có|là|cho|với|tại|trong|của)\s)[^\W\d_]+){1,5}?)"
                            r"(?=\s+(?:huyện|tỉnh|thành phố|thị xã|quận|xã|phường|thị trấn)\b)")
_JOINED = re.compile(r"\s*[-–—]\s*")


def org_at(text: str, pos: int) -> str | None:
    """A body's name starting at ``pos``, as written (with its place: ``Hội LHPN huyện``); bodies joined by a
    dash act as one subject (``Đảng ủy – Ban CHQS huyện``)."""
    name = _one_org_at(text, pos)
    if name is None:
        return None
    joined = _JOINED.match(text, pos + len(name))
    more = _one_org_at(text, joined.end()) if joined else None
    return f"{name}{joined.group(0)}{more}" if more else name


def _one_org_at(text: str, pos: int) -> str | None:
    rest = text[pos:pos + 120]
    best = None
    for rx in _ORG_PATTERNS:
        m = rx.match(rest)
        if m and (best is None or m.end() > best):
            best = m.end()
    if best is None:
        m = _BODY_HEAD.match(rest)
        if not m:
            return None
        best = m.end()
        while True:  # "Ban Chỉ đạo", "Trung tâm Y tế": capitalised words continue the name
            w = re.match(r"\s+[" + UPPER + r"][\w&/-]*", rest[best:])
            if not w:
                break
            best += w.end()
        placed = _NAME_TO_PLACE.match(rest, best) if best > m.end() else None
        if placed:  # "Chi cục Quản lý thị trường tỉnh": a name's lower-case words run on to its place
            best = placed.end(1)
    tail = _PLACE_TAIL.match(rest, best)
    name = rest[:tail.end() if tail else best].strip(" ,")
    return name if len(name.split()) <= 10 else None


def subject(text: str, pos: int) -> str | None:
    """The organisation the sentence holding ``pos`` starts with, or None."""
    s = sentence_start(text, pos)
    dash = LIST_DASH.match(text, s)
    s = dash.end() if dash else s
    while s < len(text) and text[s].isspace():
        s += 1
    name = org_at(text, s)
    if name:
        return name
    comma = text.find(",", s, s + 60)
    if comma > 0 and len(text[s:comma].split()) <= 6 and not re.search(r"\d{3}", text[s:comma]):
        after = comma + 1
        while after < len(text) and text[after].isspace():
            after += 1
        return org_at(text, after)  # "Trong 6 tháng, Mặt trận …": a fronted adverbial
    return None
