"""An event's edition written after its name, in the event's own (Latin) spelling: ``… cá nhân tại SEA Games 33-2025``
(yw-toan-quoc-bo-vhttdl-bang-khen-sea-games-33-2025-12), ``Việc tổ chức thành công SEA Games 31 góp phần nâng cao vị
thế …`` (sweep page p32-vietbao-quyII-6thang-2022-h1): the number says which holding, no figure of the period.

Two notations: the edition joined to its year by a dash after capitalised Latin words (``SEA Games 33-2025``, ``APEC
28-2021``); or the edition after a name ending in an event's English head noun (``Games``, ``Cup``, ``Expo`` … — an
open list, :data:`EVENT_HEADS`) followed by punctuation, a name or a word of the clause's grammar
(:data:`AFTER_EDITION`), not by what it counts (``World Cup 32 đội`` counts teams).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, alternation
from service.checker.recognisers.nouns import COUNTED

#: English head nouns of the names of events held in editions (open-ended: add what a page names so).
EVENT_HEADS = ("Games", "Para Games", "Cup", "Expo", "Olympiad", "Championship", "Championships", "Festival",
               "Summit", "Forum", "Open", "Awards", "Marathon", "Tour")

_WITH_YEAR = re.compile(r"(?<![\w.,])(?:[A-Z][A-Za-z]*[ \t]+){1,3}(\d{1,3})(?=[ \t]*[-–][ \t]*(?:19|20)\d\d(?![\d.,]\d|\d))")
#: What may follow an edition: punctuation, the end, a capitalised word, or a word of the clause's grammar (the
#: event's place, time or what it did: ``tại``, ``năm``, ``vừa``, ``góp phần``, ``diễn ra`` …; open-ended)
AFTER_EDITION = ("tại", "ở", "năm", "vừa", "đã", "được", "sẽ", "là", "của", "với", "và", "diễn ra", "tổ chức",
                 "góp phần", "khai mạc", "bế mạc", "qua")
_AFTER_HEAD = re.compile(rf"(?<![\w.,])(?:[A-Z][A-Za-z]*[ \t]+){{0,3}}(?:{alternation(EVENT_HEADS)})[ \t]+"
                         rf"(\d{{1,3}})(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+[A-ZĐ]|[ \t]+(?:{alternation(AFTER_EDITION)})(?!\w))")


def _uncounted(text: str, m: re.Match) -> bool:
    """Nothing counted follows the number (``World Cup 32 đội`` counts teams)."""
    return not COUNTED.match(text, m.end(1))


EDITION = Rule("event-edition", "ordinal", "an event's edition after its name (SEA Games 33)", _WITH_YEAR,
               _AFTER_HEAD, accept=_uncounted)
