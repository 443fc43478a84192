"""The event a write-up reports on, counted: ``lãnh đạo xã Tiên Phong cùng 80 đại biểu chính thức tham dự``, ``Hội
nghị có 150 đại biểu về dự``. How many attended the conference is no figure of the period the report is about; a row
that counts it still supports it (the step is applied only to a number no row supports).

The grammar: the number counts ``đại biểu`` (delegates, the word for whoever attends a conference) and its clause says
they attended (``dự``, ``tham dự``, ``về dự``, ``có mặt``).
"""

from __future__ import annotations

import re

#: ``80 đại biểu``; ``hơn 120 hội viên là đại biểu chính thức``: who is counted may be named first, then said to be
#: the delegates.
_DELEGATES = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?(?:là\s+)?(?:đại\s+biểu|khách\s+mời)(?!\w)")
_ATTENDED = re.compile(r"(?i)(?<!\w)(?:(?:tham|về|đến)\s+)?dự(?!\s+(?:án|toán|kiến|báo|thảo|phòng|trữ|định|tính|"
                       r"thi|tuyển))(?!\w)|(?<!\w)có\s+mặt(?!\w)")
_CLAUSE = re.compile(r"[.;\n]")


def attendance(text: str, end: int) -> bool:
    """The number ending at ``end`` counts who attended the event (see the module)."""
    m = _DELEGATES.match(text, end)
    if not m:
        return False
    stop = _CLAUSE.search(text, m.end())
    clause_end = stop.start() if stop else len(text)
    lo = max(0, end - 500)      # a conference's guest list makes a long sentence
    start = max((c.end() for c in _CLAUSE.finditer(text, lo, end)), default=lo)
    return bool(_ATTENDED.search(text, start, clause_end))


#: ``Đại hội bầu 15 thành viên vào Ban Chấp hành nhiệm kỳ 2023-2028``, ``bầu ra Ban Chấp hành … gồm 20 người``: the
#: committee the Đại hội elects, sized — the organisation's make-up for the next term, no figure of the one reviewed.
_ELECTED_BODY = re.compile(r"(?i)(?<!\w)(?:ban\s+chấp\s+hành|BCH|ban\s+thường\s+vụ|ban\s+kiểm\s+tra|ủy\s+ban|uỷ\s+ban)"
                           r"(?!\w)")
_ELECTED = re.compile(r"(?i)(?<!\w)bầu(?!\w)")
_MEMBERS = re.compile(r"(?i)\s*(?:đồng\s+chí|đ/c|ủy\s+viên|uỷ\s+viên|thành\s+viên|người|vị)(?!\w)")


def elected(text: str, end: int) -> bool:
    """The number ending at ``end`` sizes a committee its clause says was elected (see above)."""
    if not _MEMBERS.match(text, end):
        return False
    start = max((c.end() for c in _CLAUSE.finditer(text, max(0, end - 200), end)), default=max(0, end - 200))
    stop = _CLAUSE.search(text, end)
    clause = text[start:stop.start() if stop else len(text)]
    return bool(_ELECTED.search(clause) and _ELECTED_BODY.search(clause))
