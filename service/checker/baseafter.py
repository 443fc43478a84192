"""A comparative's base said after the amount: ``thấp hơn 13 tấn so với cuối tuần trước`` (round 54).

    Lượng heo về chợ đầu mối … giảm còn 383 tấn, thấp hơn 13 tấn so với cuối tuần trước …
                                        (held-out xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11)
    … đã khai thác được 29.352 tấn (43,1% KH năm), cao hơn 1.115 tấn so cùng kỳ 2013.
                                        (sweep page t19-sado-vrg-2014-08)
    … người tử vong do tai nạn giao thông, nhiều hơn 23 ca so với cùng kỳ Tết Canh Tý
                                        (sweep page d4-kenh14-tet-tan-suu-capcuu-2021)

``extract`` reads ``ít/nhiều/cao/thấp hơn <amount>`` as a change only when the base was said before it (``so với cùng
kỳ, số án ít hơn 6 vụ``); :func:`base_after` says the base follows instead: ``so với``/``so cùng kỳ`` after the amount
in the same clause, within 40 characters. Then ``hơn`` is the comparative (lower by 13 tonnes), not a qualifier (more
than 13 tonnes). A multiple (``cao hơn 1,8 lần so với``) is not an amount of change: left as it was read; so is a
rate (``thấp hơn 0,39% so với cùng kỳ``: ``extract`` asks only for amounts, the rates keep their own rules).
"""

from __future__ import annotations

import re

_BASE_AFTER = re.compile(r"(?i)[^.;!?\n]{0,40}?(?<!\w)(?:so\s+với|so\s+cùng\s+kỳ)(?!\w)")
_TIMES = re.compile(r"(?i)\s*lần(?!\w)")


def base_after(text: str, end: int) -> bool:
    """The comparison's base is said after the amount ending at ``end`` (``… 13 tấn so với cuối tuần trước``)."""
    return _TIMES.match(text, end) is None and _BASE_AFTER.match(text, end) is not None
