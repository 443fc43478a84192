"""How a timetable writes its days and hours once for two: the first end of a span shares the unit or the month
written on the second, a shift's hours, a date whose year the page cut.

- :data:`DAY_SPAN_DASHED` — ``so với các ngày từ 21 đến 23-1`` (tiin.vn, the weather service), ``từ ngày 3 đến 5-3``:
  the span's first day before ``đến`` and a day-month written with a dash (``dates.DAY_RANGE`` reads the slash);
- :data:`HOUR_SPAN_WORDS` — ``chia làm 3 ca, từ 6 đến 14 giờ, 14 giờ đến 22 giờ`` (baobinhduong, a hotline's shifts),
  ``làm việc từ 7 giờ đến 17 giờ``: a span of clock hours with ``đến``, the unit written on the second end (and
  perhaps the first) — both ends are times of day;
- :data:`SHIFTS` — ``chia làm 3 ca``, ``3 ca 4 kíp``: how a day's duty is divided, no count of the period;
- :data:`SPELLED_HOURS` — ``máy bị hết tiền quá bốn giờ đối với máy trong nội ô và tám giờ đối với máy ở xa`` (a
  central bank's rule quoted, doanhnghiepvn): hours spelled out — a length of time or a time of day, no count;
- :data:`CUT_YEAR` — ``* Ghi chú: Ngày 08/7/`` (a page's last words, tayninh.gov.vn): a day and a month after
  ``ngày`` and a slash with no year after it (the page cut or the year left out) is a date, not a ratio.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule
from service.numwords import VOCABULARY


def _day_span(text: str, m: re.Match) -> bool:
    first, last, month = int(m.group(2)), int(m.group(3)), int(m.group(4))
    return 1 <= first < last <= 31 and 1 <= month <= 12


DAY_SPAN_DASHED = Rule("day-span-dashed", "date", "date", re.compile(
    r"(?i)(?<!\w)từ\s+(?:ngày\s+)?((\d{1,2}))\s*(?:đến|tới)\s*(?:ngày\s+)?(\d{1,2})-(\d{1,2})(?![\d/.,-]?\d)"),
    accept=_day_span, needs=("từ",))


def _hours(text: str, m: re.Match) -> bool:
    return int(m.group(2)) <= 24 and int(m.group(3)) <= 24


#: ``từ 6 đến 14 giờ`` (``từ`` before a bare first end) or ``14 giờ đến 22 giờ`` (the unit on both ends).
HOUR_SPAN_WORDS = Rule("hour-span-words", "time", "time of day", re.compile(
    r"(?i)(?<!\w)từ\s+((\d{1,2})(?:\s?(?:h|giờ))?)\s+(?:đến|tới)\s+(\d{1,2})\s?(?:h|giờ)(?!\w)"),
    re.compile(r"(?i)(?<![\w.,/])((\d{1,2})\s?(?:h|giờ))\s+(?:đến|tới)\s+(\d{1,2})\s?(?:h|giờ)(?!\w)"),
    accept=_hours, needs=("giờ", "h"))

SHIFTS = Rule("shifts", "period", "the shifts a day's duty is divided into, not a count of the period", re.compile(
    r"(?i)(?<!\w)chia\s+(?:làm|thành|ra)\s+(\d{1,2})\s+(?:ca|kíp|phiên)(?!\w)"),
    re.compile(r"(?i)(?<![\w.,])(\d{1,2})\s+ca\s+\d{1,2}\s+kíp(?!\w)"), needs=("ca",))


def _day_month(text: str, m: re.Match) -> bool:
    day, month = (int(x) for x in m.group(1).split("/"))
    return 1 <= day <= 31 and 1 <= month <= 12


CUT_YEAR = Rule("date-cut-year", "date", "date", re.compile(
    r"(?i)(?<!\w)ngày\s+(\d{1,2}/\d{1,2})/(?![ \t]*\d)"), accept=_day_month, needs=("ngày",))

_SPELLED = r"(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai))?|hai\s+mươi\s+bốn)"
#: A number word that goes on into the next (``bốn trăm mười tám``, ``hai mươi``): the spelled hour is then only the
#: last word of a larger number.
_NUMBER_WORD_BEFORE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(sorted(VOCABULARY, key=len, reverse=True)) + r")\s+$")


def _whole_number(text: str, m: re.Match) -> bool:
    """``gần bốn trăm mười tám giờ`` (yh-quang-nam-phong-canh-sat-pccc): 418 hours of the period, not «tám giờ»."""
    return not _NUMBER_WORD_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))


SPELLED_HOURS = Rule("spelled-hours", "period", "a length of time in hours", re.compile(
    rf"(?i)(?<!\w)({_SPELLED})\s+(?:giờ|tiếng(?:\s+đồng\s+hồ)?)(?!\w)"), accept=_whole_number, needs=("giờ", "tiếng"))
