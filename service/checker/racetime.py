"""A length of time written in two or three units read as ONE duration: a race's finishing time.

``cán đích sau 2 tiếng 16 phút 52 giây`` (c47-vnexpress-vm-all-star-2025-dau-moc), ``với thành tích 2 giờ 56 phút 50
giây`` (c47-thethaovietnamplus-ha-thi-hau-marathon-dem), ``về đích sau 2 tiếng 25 phút 5 giây``
(c47-vnexpress-sub3-vm-hanoi-midnight), ``thành tích cá nhân tốt nhất 2 tiếng 44 phút``
(c47-vnexpress-vm-all-star-2026-thuong-100-trieu): the hours, minutes and seconds are one result, not two or three
counts. The duration is read in seconds (``2 tiếng 16 phút 52 giây`` → 8212), so a row of unit ``giây`` holding it
supports it, a changed digit is one wrong number, and a time no row keeps is one mention.

What is no duration stays a time of day (``service.checker.recognisers.clock``): ``lúc 8 giờ 30 phút``, ``14 giờ 30
phút ngày 5/3``. ``tiếng`` (hours counted) and a number of seconds always make a duration; ``H giờ M phút`` alone is one
only after a result's cue (``thành tích``, ``thời gian``, ``về đích``, ``cán đích``, ``hoàn thành``, ``thông số``)
and with no time-of-day word by it. Minutes and seconds are below 60. One unit alone (``dưới 3 giờ``, ``17 giây
sau``, ``chờ 21 phút``) is not read here. ``2:16:52`` is left a clock time (the held-out folder's ``H:MM:SS`` are
pages' time stamps).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from service.checker.recognisers.clock import cued_time_of_day

_N = r"(?<![\w.,/:])(\d{1,2})"
#: ``2 tiếng 16 phút 52 giây``, ``2 giờ 49 phút 25 giây``, ``2 tiếng 44 phút``: hours, then minutes, and the seconds if
#: any (``9h30``, ``h`` glued to the hours, stays the clock's).
_HMS = re.compile(_N + r"\s*(giờ|tiếng)\s+(\d{1,2})\s*phút(?:\s+(\d{1,2})\s*giây)?(?!\w)", re.I)
#: ``4 phút 12 giây``: minutes and seconds; ``14 phút 33 giây 54`` (c29-hatinhtv-vdv-dien-kinh-ha-tinh-pha-2-ky-luc):
#: and hundredths, before a stop or ``do``/``của``/``và``/``là``.
_MS = re.compile(_N + r"\s*phút\s+(\d{1,2})\s*giây(?!\w)" + r"(?:\s+(\d{2})(?=\s*[.,;:)]|\s*$|\s+(?:do|của|và|là)(?!\w)))?", re.I)
#: ``10 giây 35`` (xp-toan-quoc-dai-hoi-the-thao-toan-quoc-lan-thu-9-huy-chuong-2022-12; ``9 giây 94``, ``10 giây 15`` on
#: vnexpress.net/vdv-dong-nam-a-dau-tien-chay-100m-duoi-10-giay-4992555.html): seconds and their hundredths, the number
#: split by the unit word (round 87), before the same stop or word as ``_MS``'s hundredths.
_SH = re.compile(_N + r"\s*giây\s+(\d{2})(?=\s*[.,;:)]|\s*$|\s+(?:do|của|và|là)(?!\w))", re.I)
#: A result's cue shortly before ``H giờ M phút`` written without seconds.
_RESULT_CUE = re.compile(r"(?i)(?<!\w)(?:thành\s+tích|thời\s+gian|thông\s+số|về\s+đích|cán\s+đích|hoàn\s+thành)"
                         r"(?:\s+[^\W\d_]+){0,4}\s+$")


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    seconds: Decimal
    decimals: int = 0


def race_times(text: str) -> list[Duration]:
    """Every duration written in two or three units in ``text``, in order."""
    out: list[Duration] = []
    for m in _HMS.finditer(text):
        hours, word, minutes, seconds = int(m.group(1)), m.group(2).lower(), int(m.group(3)), m.group(4)
        if minutes > 59 or (seconds is not None and int(seconds) > 59):
            continue
        if word == "giờ":
            if cued_time_of_day(text, m.start(), m.end()):
                continue
            if seconds is None and not _RESULT_CUE.search(text, max(0, m.start() - 40), m.start()):
                continue
        out.append(Duration(m.start(), m.end(), Decimal(hours * 3600 + minutes * 60 + int(seconds or 0))))
    taken = [(d.start, d.end) for d in out]
    for m in _MS.finditer(text):
        if int(m.group(2)) > 59 or any(a <= m.start() < b for a, b in taken):
            continue
        hundredths = m.group(3)   # ``14 phút 33 giây 54``: the hundredths after the seconds (a track result)
        whole = Decimal(int(m.group(1)) * 60 + int(m.group(2)))
        out.append(Duration(m.start(), m.end(), whole + Decimal(hundredths) / 100 if hundredths else whole,
                            2 if hundredths else 0))
    taken = [(d.start, d.end) for d in out]
    for m in _SH.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append(Duration(m.start(), m.end(), int(m.group(1)) + Decimal(m.group(2)) / 100, 2))
    return sorted(out, key=lambda d: d.start)
