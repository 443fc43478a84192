"""Names that carry a number: a sport played by teams of a size, a vessel.

- :data:`TEAM_SIZE` — ``Bóng đá nam 11 người`` (baolamdong, a province's games), ``bóng đá 7 người``, ``bóng đá mini
  5 người``: football named by the size of its teams — the sport's name in a list of events, no count;
- :data:`VESSEL` — ``vụ lật tàu Vịnh Xanh 58 ở Hạ Long`` (baomoi, the disaster board), ``tàu Hải Đăng 05``: a boat
  named by capitalised words and a number after ``tàu``/``ca nô``/``sà lan`` — its name, not a count (a count stands
  before the boat: ``3 tàu cá``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

TEAM_SIZE = Rule("team-size", "name", "a sport named by the size of its teams (bóng đá 11 người), not a count",
                 re.compile(r"(?i)(?<!\w)bóng\s+đá(?:\s+(?:nam|nữ|mini|sân\s+nhỏ|bãi\s+biển))*\s+(\d{1,2})\s+người"
                            r"(?!\s+(?:tham\s+gia|dự|thi|được|đã))(?!\w)"),
                 needs=("bóng",))



def _capitalised(text: str, m: re.Match) -> bool:
    """Every word of the name starts with a capital letter (``Vịnh Xanh``), as a proper name does; a code in capitals
    (``tàu SAR 274``, ``tàu BV 97979 TS``) is ``names.CODE_NUMBER``'s and ``series``'."""
    words = m.group(1).split()
    return all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)


VESSEL = Rule("vessel-name", "name", "a vessel's name with its number, not a count", re.compile(
    r"(?<!\w)(?:tàu(?:\s+cá|\s+du\s+lịch|\s+hàng)?|ca\s+nô|sà\s+lan)\s+((?:[^\W\d_]+\s+){1,3})(\d{1,6})"
    r"(?![\d.,]?\d)(?!\s+(?:chiếc|tàu|con|người|thuyền|vụ)(?!\w))"), group=2, accept=_capitalised,
    needs=("tàu", "ca nô", "sà lan"))
