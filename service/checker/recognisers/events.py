"""The event a write-up reports on, counted: ``lãnh đạo xã Tiên Phong cùng 80 đại biểu chính thức tham dự``, ``Hội
nghị có 150 đại biểu về dự``. How many attended the conference is no figure of the period the report is about; a row
that counts it still supports it (the step is applied only to a number no row supports).

The grammar: the number counts ``đại biểu`` (delegates, the word for whoever attends a conference) and its clause says
they attended (``dự``, ``tham dự``, ``về dự``, ``có mặt``).
"""

from __future__ import annotations

import re

_DELEGATES = re.compile(r"(?i)\s*(?:đại\s+biểu|khách\s+mời)(?!\w)")
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
    start = max((c.end() for c in _CLAUSE.finditer(text, max(0, end - 200), end)), default=max(0, end - 200))
    return bool(_ATTENDED.search(text, start, clause_end))
