"""The amount of a change said as a signed number in brackets right after its rate (round 78).

``giảm 1,3% (-892 ha) so với vụ mùa năm 2018``, ``tăng 6,0% (+18 ha)``
(xw-hai-duong-cuc-thong-ke-trong-trot-vu-mua-2019-9t): the notation of the statistics offices' tables
(``Tăng (+), giảm (-) so với cùng kỳ``) carried into prose — the bracketed amount is the change the rate stands
for, in the row's unit, not a level of its own.  The words form, ``giảm 0,46% (giảm 84,8 ha)``, and the unsigned
one, ``tăng 2,63% (1,32 tạ/ha)``, were read before; the sign sits between the bracket and the number, where the
extraction leaves it out of the mention.

The sign must agree with the rate's direction (``-`` with ``giảm``, ``+`` with ``tăng``): a bracket whose sign
says the other way is no restatement of that change.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention

#: ``(-892 ha)``, ``( + 18 ha)``, ``(−68 ha)``: an opening bracket, then the sign, then the number.
_SIGNED = re.compile(r"[ \t]*\([ \t]*(?P<sign>[-+−–])[ \t]*")

_SIGN_OF = {"-": "giảm", "−": "giảm", "–": "giảm", "+": "tăng"}


def signed_amount_after_rate(text: str, rate: Mention, m: Mention) -> bool:
    """Is ``m`` bracketed right after the change rate ``rate`` with a sign of the same direction?"""
    if rate.comparison not in ("tăng", "giảm"):
        return False
    said = _SIGNED.fullmatch(text, rate.end, m.qualifier_start or m.num_start)
    return bool(said) and _SIGN_OF[said["sign"]] == rate.comparison
