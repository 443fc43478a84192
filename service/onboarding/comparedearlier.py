"""A number a comparison sets against, named with its own earlier period after it (template round 61).

``chiếm 75,4% thị phần trong 10 tháng năm 2017, tăng nhẹ so với 75,3% thị phần trong 10 tháng năm 2016 và tăng khá
mạnh so với 68,9% thị phần trong 10 tháng năm 2015`` (xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu-2017-11t),
``tăng trưởng doanh thu … là 10,9% so với mức 5,0% của năm 2007`` (p27-plo-doanhnghiep-6t-2008-h1), ``tăng nhẹ so
với 16 tỷ USD của năm 2018`` (t23-vietbao-kieuhoi-hcm-2019-9t), ``cao hơn nhiều so với mức 338.200 tỉ đồng của 6
tháng đầu năm 2019`` (p10-thanhnien-dulich-2024-h1): the number right after ``so với (mức)`` is followed, after a few
words of what it measures, by an earlier period's name — that period's value, no figure of this one.  Last period's
(the year before the report's) is the comparison value of the row before it that measures the same thing; an older
year's is no row and no base (``earlier.claim`` / ``earlier.is_last_year``, as for a bracket naming that period).
Last period's value with no row measuring the same thing here is left to the readers after it (t23's ``16 tỷ USD của
năm 2018`` is kept as the base of its ``16,7 tỷ USD`` row by them).

Not a number followed by this period, or by no period (``so với 113 vụ cùng kỳ`` is ``plans.compared_to``'s; ``so
với kế hoạch``, a plan, is ``plans``'); not a change (``tăng 22,3% so với 11 tháng năm 2016``: the period follows
``so với``, not the number).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.earlier import EARLIER_PERIOD, claim, is_earlier, is_last_year, same_measure
from service.onboarding.model import Para

#: ``so với`` (``mức``) right before the number.
_SO_VOI = re.compile(r"(?i)(?<!\w)so\s+với\s+(?:mức\s+)?$")
#: After the number (and its unit): up to three words of what it measures (``thị phần``), ``trong``/``của``/``vào``,
#: then the earlier period's name.
_PERIOD_AFTER = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){0,3}?(?:(?:trong|của|vào)\s+)?" + EARLIER_PERIOD)


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def compared_earlier(p: Para, i: int, m: Mention) -> bool:
    """A number after ``so với`` followed by an earlier period's name: that period's value (module docstring)."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure", "percent"):
        return False
    if not _SO_VOI.search(p.text[max(0, _start(m) - 20):_start(m)]):
        return False
    hit = _PERIOD_AFTER.match(p.text[m.end:])
    if hit is None or hit.group("y1") is None and hit.group("y2") is None or not is_earlier(hit, p):
        return False
    if not is_last_year(hit, p):
        return True                       # an older year's value: no row, no base
    if same_measure(p, i, m) is None:
        return False                      # last period's value of no row here: left to the readers after
    return claim(p, i, m)


COMPARED_EARLIER = (compared_earlier,)
