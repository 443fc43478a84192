"""A unit written in the notation of a measurement the loader keeps no table of: a number of it may have decimals.

The loader knows lengths, areas, volumes and masses by name (``units.MEASURES``) and stores every other unit as the
noun counted, in whole numbers (``con``, ``vụ việc``: «209,5 vụ việc» is refused, a count has no half).  A unit
written as a measurement's notation is no noun counted, whatever it measures:

- a degree — the degree sign (``°``, ``º``) or the word ``độ``, or a small ``o`` glued before the scale letter, then
  at most a scale letter (``C``, ``F``, ``K``): ``độ C``, ``°C``, ``oC``, ``ºC``, ``độ``.  Sơn La's cold-spell sheet
  (``Nhiệt độ thấp nhất tại Mộc Châu | độ C | 2,7``: refused as «'độ C' đếm bằng số nguyên»), and the texts that
  report them (sweep pages: «Hà Nội là 11,7oC (tăng khoảng 1,5oC …)», «trên 40,5 độ C», «cao hơn … 0,5-1,5 độ C»);
- a metric symbol in small letters: a prefix of magnitude (``m``, ``c``, ``d``, ``k``, ``µ``) then the metre, the
  gram or the litre (``mm`` of rain, ``ml`` of blood — g-thudaumot-hmtn-2017's ``Lượng máu tiếp nhận | ml`` —,
  ``mg``, ``dl``), a square or cube after it, a base after a slash (``mg/l``).  No Vietnamese noun is written so (a
  syllable has a vowel; an abbreviation of a noun is written in capitals: ``HS``, ``GV``).

Kept as written, stored like the symbols ``Mbps`` and ``MW`` (``units.read_unit``): kind ``count`` for the checker,
decimals allowed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["measure_notation"]

_DEGREE = re.compile(r"(?:[°º˚]\s*|[đĐ]ộ\s*)[CFK]?|o[CF]")
_METRIC = re.compile(r"[mcdkµμ]?[mgl][23²³]?(?:/[a-zA-Z0-9²³ ]{1,6})?")


def measure_notation(written: str) -> bool:
    """``độ C``, ``°C``, ``oC``, ``độ``, ``mm``, ``ml``, ``mg/l``: a measurement's notation (decimals allowed); not a
    word (``con``, ``đội``, ``độ tuổi``), not a capital abbreviation (``OC``, ``HS``)."""
    t = " ".join(unicodedata.normalize("NFC", str(written or "")).split())
    if not t:
        return False
    return bool(_DEGREE.fullmatch(t) or _METRIC.fullmatch(t))
