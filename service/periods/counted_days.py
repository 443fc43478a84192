"""Some days of one month counted, then dated in brackets (round 40).

``Giải Taekwondo học sinh, sinh viên toàn quốc lần thứ I năm 2023 ... vừa khép lại sau 4 ngày thi đấu (1 - 4/4).``
(sweep p38-baoquangnam-taekwondo-hssv, labelled 2023-04), ``Chỉ trong 3 ngày (19 - 21/11), trên địa bàn tỉnh ghi nhận 4
vụ cháy`` (p40-baophutho-chay-chapdien, 2025-11): a count of days (``N ngày``, a few words after it) whose days follow
in brackets, the first bare, the month written once after the last.  It is round 36's :mod:`.days_shared` in another
notation (there ``từ ngày 22 - 26/5``), so it is read by the same name, in passing, its year borrowed when none is
written; the count must agree with the days (``4 ngày (1 - 4/4)``: four days), which is what makes the brackets dates
and not a score, a share or a range of numbers.

Not a meeting's days, its sentence naming the meeting (``Trong 3 ngày (từ 29 - 31/12/2022) Hội Cựu chiến binh Việt Nam
(CCBVN) tổ chức Đại hội đại biểu Hội CCB toàn quốc lần thứ VII nhiệm kỳ 2022 - 2027.``, p10-vov-ccb-toanquoc, labelled
2017-2022; ``Trong 2 ngày (18 - 19/7), Hội Cựu chiến binh huyện Chợ Mới tổ chức Đại hội đại biểu lần thứ VI``,
t3-chomoi, t3-nganson: a congress reviews its term, as round 36's ``_MEETING_BEFORE`` keeps a meeting's days out);
not a count that disagrees with its brackets."""

from __future__ import annotations

import calendar
import re

from .model import Period

#: "4 ngày thi đấu (1 - 4/4)", "3 ngày (19 - 21/11)", "02 ngày (12 - 13/7)": a count of days, at most four words
#: after it, then in brackets a bare first day and the last with its month (and year)
COUNTED_DAYS = re.compile(r"\b(\d{1,2})\s+ngày\b(?:\s+[^\W\d]+){0,4}?\s*\(\s*(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*"
                          r"(?:-|–|đến)\s*(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\4\s*((?:19|20)\d{2}))?\s*\)", re.I)


#: the meetings whose days are none reported (round 36's :data:`.days_shared._MEETING_BEFORE`), anywhere in the
#: days' sentence (the meeting is often named after its days: "Trong 2 ngày (18 - 19/7), ... tổ chức Đại hội")
_MEETING = re.compile(r"\b(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|phiên\s+họp|tổng\s+kết|sơ\s+kết)\b", re.I)


def _sentence(t: str, start: int, end: int) -> str:
    """The sentence around ``t[start:end]`` (a full stop, question or exclamation mark, or a line break ends it)."""
    before = max(t.rfind(c, 0, start) for c in ".!?\n")
    after = [i for i in (t.find(c, end) for c in ".!?\n") if i != -1]
    return t[before + 1:min(after, default=len(t))]


def counted_days(m: re.Match) -> Period:
    """The month the counted days fall in, of the year written (0 when none: borrowed from the text); ValueError when
    the count disagrees with the days, the days are out of order or past the month's end, or a meeting's."""
    if _MEETING.search(_sentence(m.string, m.start(), m.end())):
        raise ValueError("a meeting's days")
    count, first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(5))
    year = int(m.group(6)) if m.group(6) else 0
    if not 1 <= month <= 12 or not 1 <= first < last <= calendar.monthrange(year or 2000, month)[1] \
            or last - first + 1 != count:
        raise ValueError("no counted days of one month")
    return Period(year, "month", month)


#: the registry's entry: read as round 36's days-shared (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("days-shared", COUNTED_DAYS, counted_days, 5, 6)
