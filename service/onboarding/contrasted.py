"""``Nếu như <then> …, thì <now> …``: the figures of the ``nếu như`` clause are another time's (round 49).

====================  ===================================================================================
``then_of_a_contrast`` ``Nếu như trước năm 1994, cả nước tiếp nhận khoảng 100 đơn vị máu, 100% là hiến máu chuyên
                      nghiệp (có nhận tiền bồi dưỡng) thì đến năm 2015, cả nước tiếp nhận 1,4 triệu đơn vị máu``
                      (t39-cand-hien-mau-1-8-nghin-don-vi), ``Nếu như năm 2016 có 30.072 hộ đạt danh hiệu gia đình văn
                      hóa thì năm 2018 đã tăng lên 35.940 hộ`` (t6-phubinh-vanhoa-2018): a sentence that sets a time
                      against another (``Nếu như`` + a time, then ``thì``) says the first time's figures only to
                      measure the second by — the template had made rows of them (``100 đơn vị máu``, ``100 %``,
                      ``30.072 hộ``). No row; what follows ``thì`` is read as before.
====================  ===================================================================================

Only with a time in the ``nếu như`` clause (``năm 2016``, ``trước năm 1994``, ``cùng kỳ``, ``năm trước``, ``giai
đoạn``, ``thời điểm``): ``Nếu như 100% hộ đăng ký thì …`` (a condition) is no contrast of times.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, before the rows' comparisons (beside ``EARLIER``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: ``Nếu như`` opening the contrast, and a time before the figure (``trước năm 1994``, ``năm 2016``, ``cùng kỳ``).
_IF = re.compile(r"(?i)(?<!\w)nếu\s+như(?!\w)")
_TIME = re.compile(r"(?i)(?<!\w)(?:năm\s+\d{4}|năm\s+(?:trước|ngoái)|cùng\s+kỳ|giai\s+đoạn|thời\s+điểm|trước\s+đây|"
                   r"trước\s+năm|những\s+năm)(?!\w)")
#: ``thì`` closing it, after the figure in its sentence.
_THEN = re.compile(r"(?i)(?<!\w)thì(?!\w)")
#: The sentence's end: a full stop (not a thousands dot), ``!``, ``?`` then a space.
_STOP = re.compile(r"[.!?](?:\s|$)")


def then_of_a_contrast(p: Para, i: int, m: Mention) -> bool:
    """``Nếu như trước năm 1994, cả nước tiếp nhận khoảng 100 đơn vị máu … thì đến năm 2015 …``: no row."""
    if m.value is None:
        return False
    s = P.sentence_start(p.text, m.num_start)
    opened = [x for x in _IF.finditer(p.text, s, m.num_start)]
    if not opened:
        return False
    clause = p.text[opened[-1].end():m.num_start]
    if _THEN.search(clause) or not _TIME.search(clause):
        return False          # past the "thì" (the time measured), or a mere condition
    rest = p.text[m.end:]
    stop = _STOP.search(rest)
    return bool(_THEN.search(rest[:stop.start()] if stop else rest))


CONTRASTED = (then_of_a_contrast,)
