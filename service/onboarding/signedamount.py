"""The amount of a change said as a signed number in brackets right after its rate (round 78; round 79: the checker's
reader of the sign).

``giảm 1,3% (-892 ha) so với vụ mùa năm 2018``, ``tăng 6,0% (+18 ha)``
(xw-hai-duong-cuc-thong-ke-trong-trot-vu-mua-2019-9t): the notation of the statistics offices' tables
(``Tăng (+), giảm (-) so với cùng kỳ``) carried into prose — the bracketed amount is the change the rate stands
for, in the row's unit, not a level of its own.  The words form, ``giảm 0,46% (giảm 84,8 ha)``, and the unsigned
one, ``tăng 2,63% (1,32 tạ/ha)``, were read before; the sign sits between the bracket and the number, where the
extraction leaves it out of the mention.

What the sign says is the checker's reading (``service.checker.signedchange.bracket_sign``: a bracket opening with
its sign right before an amount, a change said before it in its clause); the template adds only where the bracket
stands — right after the rate, nothing said between — and that the sign agrees with the rate's direction (``-`` with
``giảm``, ``+`` with ``tăng``): a bracket whose sign says the other way is no restatement of that change.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.signedchange import bracket_sign

#: a word or a number between the rate and the amount: the bracket does not follow the rate
_SAID_BETWEEN = re.compile(r"\w")


def signed_amount_after_rate(text: str, rate: Mention, m: Mention) -> bool:
    """Is ``m`` bracketed right after the change rate ``rate`` with a sign of the same direction?"""
    if rate.comparison not in ("tăng", "giảm") or _SAID_BETWEEN.search(text, rate.end, m.num_start):
        return False
    return bracket_sign(text, m) == rate.comparison
