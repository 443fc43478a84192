"""The group a sentence names, by its heading's name: rows of the other named groups are not what it is about.

A sheet that keeps one measure for several places, bodies or companies gives each its group, headed by the name
(``VII. Thanh Hóa`` over ``Tỷ lệ đỗ tốt nghiệp hệ THPT``; ``Tỉnh Quảng Nam`` over ``Lượt khách``; ``Biwase (BWE)`` over
``Sản lượng nước tiêu thụ``).  A sentence that writes one such name (``Tỉ lệ đỗ tốt nghiệp THPT năm nay của Thanh Hóa
là …``) is about that group's rows: a row under another named group it does not write is no candidate for what the
number there means, however well that row's label fits the words (``Tỷ lệ đỗ tốt nghiệp`` of ``III. Tuyên Quang`` is
all said too).  Without the rule a swap of Tuyên Quang's rise (13) onto Thanh Hóa's line was compared with Tuyên
Quang's own rate row — the same group as the value, so no swap.    (yf-toan-quoc-so-gddt-cac-tinh-ty-le-tot-nghiep-thpt-2010)

The grammar, no list: a group heading is a name when it is two to five words, each capitalised, not all in capitals
(``KINH TẾ``, ``TAND TỈNH`` are section titles; ``Cháy``, ``Nổ`` only capitalise a heading's first word), or a place
noun and a name (``Thị xã Sa Pa (Lào Cai)``: ``Sa Pa``); the words every named heading of the sheet opens with (``Tỉnh``,
``Đoàn``, ``Tỉnh Đoàn``) are no part of the name; the sentence writes the name as a name (``name_written``: a
capitalised run, whole when one syllable — ``Hà Nam`` is not written by ``Hà Nội``).
"""

from __future__ import annotations

import re

from service.checker.placenamed import places_named
from service.checker.recognisers.propernames import name_written
from service.placenouns import COMMUNE, DISTRICT, PROVINCE, alternation

#: the number a group heading carries (``VII. Thanh Hóa``)
_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d+)[.)]\s*")
_WORD = re.compile(r"[^\W\d_]+")
#: a bracket after the name (``Biwase (BWE)``): its short form, not written with it
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_PLACE_NOUN_FIRST = re.compile(r"(?i)\s*(?:" + alternation(PROVINCE + DISTRICT + COMMUNE) + r")\s+")
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def _noun_length(title: str) -> int:
    """The length of the place noun and the space after it the heading opens with (``Thị xã ``), else -1."""
    m = _PLACE_NOUN_FIRST.match(title)
    return m.end() if m else -1


def _name_heading(heading: str) -> bool:
    """Two to five words, each capitalised, not all in capitals: one capitalised word is only a heading's first
    (``Cháy``, ``Nổ``), unless a short form in brackets follows it (``Biwase (BWE)``)."""
    words = _WORD.findall(heading)
    return 2 <= len(words) <= 5 and len(words) == len(heading.replace("-", " ").split()) \
        and all(w[0].isupper() for w in words) and heading != heading.upper()


def group_names(muc_headings) -> dict[str, str]:
    """Each named group heading (``muc`` as kept) → its name as the text would write it (the words all the named
    headings open with left off); only where the sheet has two such groups or more."""
    heads, places = {}, {}
    for muc in muc_headings:
        title = _NUMBER.sub("", muc or "").strip()
        place = places_named(title)
        if place and title.startswith(place[0], len(title) - len(title.lstrip()) + _noun_length(title)):
            places[muc] = place[0]          # ``Thị xã Sa Pa (Lào Cai)``: the place its noun opens with
        elif title and _name_heading(title):
            heads[muc] = _BRACKET.sub("", title).split()
    if len(heads) + len(places) < 2:
        return {}
    common = 0
    words = list(heads.values())
    while words and all(len(w) > common + 1 for w in words) and len({w[common] for w in words}) == 1:
        common += 1
    return {**{muc: " ".join(w[common:]) for muc, w in heads.items()}, **places}


def groups_named(names: dict[str, str], text: str, start: int, pos: int) -> set[str]:
    """The group headings whose name the sentence starting at ``start`` and holding ``pos`` writes (to its end:
    ``13% là tỷ lệ của Thanh Hóa`` names it after the number)."""
    if not names:
        return set()
    end = _SENTENCE_END.search(text, pos)
    sentence = text[start:end.start() if end else len(text)]
    return {muc for muc, name in names.items() if name_written(name, sentence)}


def other_group(muc: str | None, names: dict[str, str], named: set[str]) -> bool:
    """A row under ``muc`` is of a named group the sentence does not write, while it writes another's."""
    return bool(named) and muc in names and muc not in named
