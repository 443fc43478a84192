"""What an authority assigned and how far a session reached: no figure of the period.

Both are asked in ``check`` of a number no row supports (a table that keeps the quota — ``Chỉ tiêu tuyển quân năm
2019 được giao`` = 102, b-bach-thong-tuyen-quan-2018 — supports it and a wrong one is caught against its cell).

- :data:`QUOTA` — ``Năm 2026, tỉnh được giao chỉ tiêu tuyển chọn 1.041 công dân nhập ngũ, trong đó 800 người thực
  hiện nghĩa vụ quân sự và 241 người tham gia nghĩa vụ Công an nhân dân`` (vnexpress, the troop hand-over): ``giao chỉ
  tiêu`` (assigned the quota), perhaps what it is for, then the number — the level set, not reached — and the parts
  the same sentence gives after ``trong đó``;
- :data:`REACH` — ``Phiên họp được truyền trực tuyến tới 34 tỉnh, thành phố trực thuộc Trung ương, 3.321 xã phường,
  đặc khu`` (baomoi, a board's session), ``Hội nghị được kết nối trực tuyến đến 700 điểm cầu``: where a meeting was
  broadcast, the session's own reach, as its attendance.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?![\d.,/]?\d)")
_END = re.compile(r"[.;!?\n](?!\d)")

_QUOTA = re.compile(r"(?i)(?<!\w)giao\s+chỉ\s+tiêu(?:\s+(?!là\b)[^\W\d_]+){0,3}?\s+(?:là\s+)?(\d[\d.,]*)(?![\d.,]?\d)")
_PARTS = re.compile(r"(?i)\s*,?\s*trong\s+đó(?!\w)")
#: ``Hội nghị được tổ chức trực tuyến tại 66 điểm cầu trên cả nước`` (mic.gov.vn, 2019): held online at its points
_REACH = re.compile(r"(?i)(?<!\w)(?:truyền|kết\s+nối|(?:hội\s+nghị|hội\s+thảo|đại\s+hội|phiên\s+họp|cuộc\s+họp|kỳ\s+họp|buổi\s+lễ|lễ|tọa\s+đàm)"
                    r"(?:\s+[^\W\d_]+){0,6}?\s+được\s+tổ\s+chức(?:\s+theo\s+hình\s+thức)?)\s+trực\s+tuyến\s+"
                    r"(?:tới|đến|tại|với)\s+(?:các\s+)?(\d[\d.,]*)(?![\d.,]?\d)")


def _clause_end(text: str, pos: int) -> int:
    end = _END.search(text, pos)
    return end.start() if end else len(text)


def assigned_quota(text: str, start: int, end: int) -> bool:
    """The number at ``start`` is a quota assigned (``được giao chỉ tiêu tuyển chọn 1.041``) or one of its parts given
    after ``trong đó`` in the same sentence, with no other number between the quota and ``trong đó``."""
    lo = max(0, start - 300)
    for m in _QUOTA.finditer(text, lo, end):
        if m.start(1) == start:
            return True
        stop = _clause_end(text, m.end(1))
        if not m.end(1) < start < stop:
            continue
        parts = _PARTS.search(text, m.end(1), stop)
        if parts is None or parts.end() > start or _NUMBER.search(text[m.end(1):parts.start()]):
            continue
        return any(n.start() == start for n in _NUMBER.finditer(text, parts.end(), stop))
    return False


def session_reach(text: str, start: int, end: int) -> bool:
    """The number at ``start`` is in the list of places a meeting was broadcast to (``truyền trực tuyến tới 34 tỉnh,
    …, 3.321 xã phường``), up to the sentence's end."""
    for m in _REACH.finditer(text, max(0, start - 300), end):
        if m.start(1) <= start < _clause_end(text, m.end(1)):
            return any(n.start() == start for n in _NUMBER.finditer(text, m.start(1), _clause_end(text, m.end(1))))
    return False
