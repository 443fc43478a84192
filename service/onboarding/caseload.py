"""A caseload under management is the period's row, not a standing fact (template round 64).

``Tỉnh Vĩnh Long hiện có trên 2.200 người nghiện và người sử dụng ma túy có hồ sơ quản lý``
(xj-vinh-long-cai-nghien-ma-tuy-2020-02), ``Hiện trên địa bàn huyện có 41 đối tượng nghiện ma túy có hồ sơ quản lý
tại công an các xã, thị trấn`` (ze-quang-nam-bac-tra-my-cong-an-huyen-2024): both hands keep the count as a row of
the report's date (``Số người nghiện ma túy có hồ sơ quản lý (thời điểm báo cáo)``).  ``hiện có`` makes a count a
stock the agency *has* (``recognisers.standing``: ``hiện có 118.000 hội viên``), but people or cases an agency
keeps on file are its caseload: it changes from one report to the next, and the agency reports it each time.

The grammar: the count's own phrase, up to the end of its clause, says the counted are held on file or under
management — ``có hồ sơ quản lý``, ``(đang) được quản lý``, ``đang quản lý``, ``trong diện quản lý``.  ``hiện có
118.000 hội viên`` (no such words) and a count whose management is said in another clause stay standing.
"""

from __future__ import annotations

import re
from typing import Callable

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

_MANAGED = re.compile(r"(?i)(?<!\w)(?:có\s+hồ\s+sơ(?:\s+theo\s+dõi)?,?\s+quản\s+lý|(?:đang\s+)?được\s+quản\s+lý|"
                      r"đang\s+quản\s+lý|trong\s+diện\s+quản\s+lý)(?!\w)")


def managed_caseload(p: Para, i: int, m: Mention) -> bool:
    """``m`` counts people or cases its clause says are on file or under management (module docstring)."""
    if m.value is None or m.kind != "count":
        return False
    return bool(_MANAGED.search(p.text[m.end:P.clause_end(p.text, m.end)]))


def unless_managed(held: Callable[[Para, int, Mention], bool]) -> Callable[[Para, int, Mention], bool]:
    """``held`` (a reader of standing facts), except for a caseload under management."""
    def kept(p: Para, i: int, m: Mention) -> bool:
        return not managed_caseload(p, i, m) and held(p, i, m)
    kept.__name__ = held.__name__
    kept.__doc__ = held.__doc__
    return kept
