"""A length of time typed as a clock reads, under a unit that says so: a race's finishing time ``2:45:44`` under
``giờ:phút:giây`` (Breaking3's results, webthethao 2022), Excel time cells ``02:19:45`` (VnExpress Marathon All-Star
2026's winners, vnexpress 2026: openpyxl gives the cell as a time, the reader as ``02:19:45``).

The value is stored in seconds, unit ``giây``, as the checker reads ``2 giờ 45 phút 44 giây`` in a text
(``service.checker.racetime``: one number of seconds, unit ``giây``), so the table's row supports the text's time.
A unit cell naming the clock's fields (``giờ:phút:giây``, ``h:mm:ss``, ``hh:mm:ss``) is such a unit; a time is
hours, minutes below 60 and seconds below 60, with hundredths if any.  Two fields (``10:30``) are left unread: whether
they are hours and minutes or minutes and seconds only the unit could say, and no source in hand wrote one.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: ``giờ:phút:giây``, ``giờ: phút: giây``, ``h:mm:ss``, ``hh:mm:ss`` (folded or not, any case).
_CLOCK_UNIT = re.compile(r"(?i)^\s*(?:giờ|gio|h{1,2})\s*:\s*(?:phút|phut|m{1,2})\s*:\s*(?:giây|giay|s{1,2})\s*$")
#: ``2:45:44``, ``02:19:45``, ``2:45:44,5``: hours, minutes, seconds (and a fraction).
_CLOCK_VALUE = re.compile(r"^\s*(\d{1,3}):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?\s*$")


def clock_unit(written: str) -> bool:
    """The unit cell names a clock's hours, minutes and seconds."""
    return bool(_CLOCK_UNIT.match(written or ""))


def clock_seconds(v) -> Decimal | None:
    """``2:45:44`` → 9944 (seconds); None when the cell is no such time."""
    m = _CLOCK_VALUE.match(v) if isinstance(v, str) else None
    if not m:
        return None
    whole = Decimal(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)))
    return whole + Decimal(f"0.{m.group(4)}") if m.group(4) else whole
