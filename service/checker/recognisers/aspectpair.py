"""The two aspects of one trade's change, the verb said once (checker round 72, issue 13).

``xuất khẩu hạt tiêu … chỉ xuất 23,1 nghìn tấn, đạt 75,1 triệu USD, giảm 14% về lượng và 12,2% trị giá``
(c51-vinanet-hattieu-2018-05), ``phân bón … tăng 57,1% về lượng và 53% trị giá`` (t26-vinanet-phanbon-q1-2018): the
second rate, its ``về`` dropped, names the other aspect (``trị giá``, ``kim ngạch``, ``lượng``) and shares the first's
verb — a change as ``giảm 14% về lượng`` is. Grammar only: the first rate's ``về <aspect> và``, then the second rate
and an aspect word; anything else after it (``30% thị phần``) is no such pair.
"""

from __future__ import annotations

import re

_ASPECT = r"(?:(?:khối|số|sản)[ \t]+)?lượng|trị[ \t]+giá|giá[ \t]+trị|kim[ \t]+ngạch"
#: between the first rate and the second: ``về lượng và``, ``về mặt lượng, và``
_GAP = re.compile(rf"(?i)[ \t]*(?:về|theo)[ \t]+(?:mặt[ \t]+)?(?:{_ASPECT}),?[ \t]+và[ \t]*")
#: right after the second rate: the aspect, ``về`` said or dropped
_OTHER = re.compile(rf"(?i)[ \t]*(?:(?:về|theo)[ \t]+(?:mặt[ \t]+)?)?(?:{_ASPECT})(?!\w)")


def aspect_pair(text: str, prev_end: int, num_start: int, end: int) -> bool:
    """The rate at ``num_start``..``end`` is the second of a pair of aspects whose first ended at ``prev_end``."""
    return bool(_GAP.fullmatch(text, prev_end, num_start)) and bool(_OTHER.match(text, end))
