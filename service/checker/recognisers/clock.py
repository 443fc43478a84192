"""Clock times: ``09:43``, ``11:02:52``, ``9h30``, ``14h``, ``lúc 14 giờ 30 phút``, ``8 giờ sáng``, ``(GMT+7)``."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, alternation
from service.checker.recognisers.vocab import TIME_OF_DAY

_CUE_BEFORE = rf"(?:{alternation(TIME_OF_DAY)})\s+$"
_CUE_AFTER = re.compile(r"(?i)\s*(?:sáng|trưa|chiều|tối|đêm|khuya|cùng ngày|hôm|ngày\s+\d|ngày\s+(?:hôm|mai)|"
                        r"\d{1,2}\s*[/.-]\s*\d{1,2}|[,;]?\s*(?:thứ\s+\w+|chủ nhật)|am\b|pm\b)")
_BEFORE = re.compile(r"(?i)(?<!\w)" + _CUE_BEFORE)

#: ``09:43``, ``11:02:52``, ``03:25 PM``: hours and minutes with a colon are always a time.
_COLON = re.compile(r"(\d(?<![\d:.,/]\d)\d?:[0-5]\d(?::[0-5]\d)?)(?![\d:])")
#: ``9h30``, ``9g30``, ``14h05'``: an ``h`` between hours and minutes is always a time.
_H_MINUTES = re.compile(r"(\d(?<![\w.,/]\d)\d?\s?[hg]\s?[0-5]\d)(?:\s?(?:phút|')?)(?!\w)")
#: ``14h``, ``14 giờ``, ``14 giờ 30``: a time when a time-of-day word or a date stands by (else it is hours counted).
_HOURS = re.compile(r"(?i)(\d(?<![\w.,/]\d)\d?\s?(?:h|g|giờ)(?:\s?[0-5]?\d\s?(?:phút|p|')?)?)(?!\w)")
_ZONE = re.compile(r"(?i)\b(?:GMT|UTC)\s?[+-]\s?(\d{1,2})")


def _hours_ok(text: str, m: re.Match) -> bool:
    """At most 24 hours (the patterns start on a digit for speed, so the range is checked here)."""
    return int(re.match(r"\d+", m.group(1)).group()) <= 24


def cued_time_of_day(text: str, start: int, end: int) -> bool:
    """A time-of-day word before ``text[start:end]`` (``lúc``, ``vào``, ``sáng``) or one after it (``sáng``, a date)."""
    return bool(_BEFORE.search(text[max(0, start - 25):start]) or _CUE_AFTER.match(text, end))


def _cued(text: str, m: re.Match) -> bool:
    if not _hours_ok(text, m):
        return False
    if re.search(r"\d\s?(?:phút|p|')$", m.group(1)) or re.search(r"giờ\s?\d", m.group(1)):
        return True  # "14 giờ 30 phút": minutes make it a time
    before = text[max(0, m.start() - 25):m.start()]
    return bool(_BEFORE.search(before) or _CUE_AFTER.match(text, m.end()))


TIME = Rule("clock-time", "time", "time of day", _COLON, _H_MINUTES, accept=_hours_ok)
TIME_ZONE = Rule("time-zone", "time", "time zone", _ZONE, needs=("gmt", "utc"))
TIME_CUED = Rule("clock-hours", "time", "time of day", _HOURS, accept=_cued)

#: ``mở cửa từ 9 - 21h hàng ngày``, ``từ 7-17 giờ``: a span of clock hours (the unit written once, after the second);
#: its end may carry minutes (``Buổi sáng từ 8-11 giờ 30``, yn-ba-ria-vung-tau-bao-tang-tinh).
_HOUR_SPAN = re.compile(r"(?i)(?<![\w.,/])(\d{1,2}\s?[-–]\s?\d{1,2})\s?(?:h|giờ)(?!\w)(?!\s?[0-5]\d)")
_HOUR_SPAN_MINUTES = re.compile(r"(?i)(?<![\w.,/])(\d{1,2}\s?[-–]\s?\d{1,2}\s?(?:h|giờ)\s?[0-5]\d(?:\s?(?:phút|p|'))?)(?!\w)")


def _span_ok(text: str, m: re.Match) -> bool:
    first, last = (int(x) for x in re.findall(r"\d+", m.group(1))[:2])
    return first < last <= 24


HOUR_SPAN = Rule("clock-span", "time", "time of day", _HOUR_SPAN, _HOUR_SPAN_MINUTES, accept=_span_ok)

#: ``phải túc trực 24/7`` (c18-dantri-sar), ``tiếp nhận 24/24h`` (tienphong.vn, a hotline): round the clock, all week —
#: how a service is kept, not a share nor a count.
#: ``24/24`` with no unit is that only where nothing is counted after it (``đạt 24/24 xã`` is a share of communes).
_ROUND_THE_CLOCK = re.compile(r"(?i)(?<![\w.,/])(24\s?/\s?7|24\s?/\s?24\s?(?:h|giờ)|24\s?/\s?24(?!\s*[^\W\d_]))"
                              r"(?![\w.,/]\d|\w)")

ROUND_THE_CLOCK = Rule("round-the-clock", "time", "round the clock (24/7, 24/24h), not a figure", _ROUND_THE_CLOCK,
                       needs=("24/", "24 /"))
