"""A list of days whose last one carries the month: every number in it is a date (round 42).

``bắt giữ 134 đối tượng gây rối trong các ngày 13, 14 và 15-5, khởi tố 23 đối tượng`` (yv-tp-ho-chi-minh-cong-an-
thanh-pho-so-ket-6-thang-2014-h1: a row «Số đối tượng và ngày» 14): the days are listed after ``ngày`` and only the
last carries its month, in the newspapers' day-month notation ``15-5`` (or ``15/5``, ``15.5``, ``15 tháng 5``).  The
extraction reads two days with their month (``Trong hai ngày 1 và 2-6``, ye-thai-nguyen-dong-hy-hoi-nong-dan-nhiem-
ky-2018-2023; ``Trong 2 ngày 2 và 3-3``, p10-phuocvinh-ccb-2017-2022) as dates; a longer list (three days or more)
leaves the middle ones as counts.  ``day_in_list``: a number inside ``ngày A, B (và|,) C<sep>M`` — no row.  ``ngày
13, 14 xã`` (no month at the end) is no such list.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``ngày 13, 14 và 15-5``, ``các ngày 3, 4, 5/6``, ``ngày 7, 8 và 9 tháng 10``: days, the last with its month.
_DAY_LIST = re.compile(r"(?i)(?<!\w)ngày\s+\d{1,2}(?:\s*(?:,|và|đến)\s*\d{1,2}){2,}\s*(?:[-/.]\s*|\s+tháng\s+)"
                       r"\d{1,2}(?!\d|,\d)")


def day_in_list(p: Para, i: int, m: Mention) -> bool:
    """A day (or the month) of a list of days (see the module): no row."""
    if m.value is None or m.unit:
        return False
    return any(hit.start() <= m.num_start < hit.end() for hit in _DAY_LIST.finditer(p.text))


DAYLISTS = (day_in_list,)
