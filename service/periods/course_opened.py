"""A course named as it opens: its years lie ahead, a plan, not the period the page reports.

``Ngày 27.6, Trường Chính trị tỉnh khai giảng lớp trung cấp lý luận chính trị … khoá 27 (2022-2023). … Trong tháng 6,
trường đã khai giảng 3 lớp …`` reports June 2022; the course's school year is what the class will study.  A course
named at its close (``Lễ Bế giảng lớp Cao cấp lý luận … khóa 5 (2011-2013)``) or with both its ends (``khai giảng ngày
21/3/2016 và kết thúc … ngày 01/3/2017``) is reviewed, as before (periods round 19).  Notation only: the course's own
clause opens with ``khai giảng`` (or ``khai mạc``) and names no close.
"""

from __future__ import annotations

import re

_OPENED = re.compile(r"\bkhai\s+(?:giảng|mạc)\b", re.I)
_CLOSED = re.compile(r"\b(?:bế\s+giảng|kết\s+thúc|tốt\s+nghiệp|hoàn\s+thành|tổng\s+kết)\b", re.I)
_CLAUSE_STOP = re.compile(r"[.;:!?\n]")


def course_opened(t: str, start: int, end: int) -> bool:
    """Whether the course mention at ``t[start:end]`` names a course at its opening (its years ahead)."""
    words = t[start:end]
    head = _CLAUSE_STOP.split(t[max(0, start - 120):start])[-1]
    return bool(_OPENED.search(head + words)) and not _CLOSED.search(head + words)
