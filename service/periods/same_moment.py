"""A period named as the same moment of another one: the other side of a comparison (round 54).

``Theo thông tin từ các cụm rạp chiếu phim trong ngày 1-1-2016 đã có gần 11 ngàn khách đến xem phim tại rạp, tăng gần 1
ngàn khách so với cùng thời điểm năm 2015`` (held-out xq-dong-nai-cum-rap-chieu-phim, coded 2016-01): ``cùng thời
điểm`` says what ``cùng kỳ`` says, the same point of another year.  The same grammar: ``Tại thời điểm 31/12/2022 so
với cùng thời điểm năm 2021, cả 6/6 vùng kinh tế ...`` (held-out xe-toan-quoc-bo-khdt-hop-tac-xa, coded 2022) and
``giảm 11,6% so với cùng thời điểm Tết Nguyên đán năm 2022`` (sweep pages on Tết's airports).  Grammar only:
``so (với)``, ``cùng thời điểm``, maybe ``của``, right before the mention.  ``Tại thời điểm 31/12/2022`` (no ``so
với cùng``: the moment itself) is not this.
"""

from __future__ import annotations

import re

_SAME_MOMENT = re.compile(r"(?<!\w)so\s+(?:với\s+)?cùng\s+thời\s+điểm\s+(?:của\s+)?$", re.I)


def same_moment(before: str) -> bool:
    """Whether ``before`` (the text up to a mention) ends ``so với cùng thời điểm (của)``: the period compared with."""
    return bool(_SAME_MOMENT.search(before))
