"""The day an event was held on, said after the verb of its holding (stop 50's working batch).

A news item on one event says its day after the event and a verb of happening rather than opening a clause with it
(:data:`.recognisers.DAY_OPENS`): ``Buổi trao quà Tết Tân Sửu … đã diễn ra vào lúc 8g ngày 04-01-2021 tại hội trường``
(a parish's gifts), ``hội chợ Mùa Xuân giáo xứ Bắc Dũng năm nay diễn ra trong hai tối 28 và 29/1/2016`` (a parish's
fair: two evenings, the month and year written once), ``Hội thi được tổ chức vào ngày 15/3/2023`` — the time of what
the page tells, as an opening day is.  Read as (start, end, month, year or None), the shape of
:func:`.recognisers.days_opening`, so the one-day reading composes both; it fires only on a page that names no period
of its own (:func:`.mentions._one_day`'s guards).

Not a document's date (``theo Kế hoạch số 12 ngày 4/1/2021``: no verb of holding before it), nor a span (``diễn ra
từ ngày 28/4 đến 8/5``: ``từ`` is not among the words between), nor a day ahead (``Lễ tổng kết … sẽ diễn ra vào ngày
21-9``, ``Dự kiến, Lễ ra quân … sẽ diễn ra vào ngày 28/6/2020``: a plan, :data:`_AHEAD` in its sentence before)."""

from __future__ import annotations

import re

_WS = r"[^\S\n]+"
#: the verb of holding: "diễn ra", "được tổ chức", "tổ chức", "khai mạc", "khai giảng", "được trao"
_HELD = r"\b(?:diễn\s+ra|(?:được\s+)?tổ\s+chức|khai\s+mạc|khai\s+giảng)"
#: the words of time between the verb and the day: "vào", "trong", "lúc 8g", "vào lúc 18g00", "hai tối", "buổi sáng"
_TIME = (r"(?:" + _WS + r"(?:vào|trong|lúc|hôm))*"
         r"(?:" + _WS + r"\d{1,2}[^\S\n]*(?:g|giờ|h)(?:[^\S\n]*\d{2})?(?:[^\S\n]*(?:phút|'))?)?"
         r"(?:" + _WS + r"(?:hai|ba|\d))?"
         r"(?:" + _WS + r"(?:buổi" + _WS + r")?(?:sáng|chiều|tối|trưa|đêm))?"
         r"(?:" + _WS + r"ngày)?")
HELD_ON = re.compile(_HELD + _TIME + _WS + r"(?:(\d{1,2})[^\S\n]*(?:và|,|&)[^\S\n]*)?"
                     r"(\d{1,2})[^\S\n]*[/.\-][^\S\n]*(\d{1,2})(?:[^\S\n]*[/.\-][^\S\n]*((?:19|20)\d{2}))?(?!\d)"
                     r"(?![^\S\n]*(?:[-–]|đến|tới)\b)", re.I)


#: a day ahead: "sẽ", "dự kiến", "chuẩn bị" before the verb in its sentence
_AHEAD = re.compile(r"\b(?:sẽ|dự\s+kiến|chuẩn\s+bị)\b[^.!?\n]*$", re.I)


def days_held(t: str) -> list[tuple[int, int, int, int | None]]:
    """The days ``t`` says events were held on (:data:`HELD_ON`) as (start, end, month, year or None)."""
    out = []
    for m in HELD_ON.finditer(t):
        day, month = int(m.group(2)), int(m.group(3))
        if _AHEAD.search(t[max(0, m.start() - 150):m.start()]):
            continue
        if 1 <= month <= 12 and 1 <= day <= 31 and (m.group(1) is None or int(m.group(1)) < day):
            out.append((m.start(1) if m.group(1) else m.start(2), m.end(3), month,
                        int(m.group(4)) if m.group(4) else None))
    return out
