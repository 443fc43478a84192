"""A sentence that opens on last year's same period, ``Cùng kỳ năm trước, …``: its values are last year's, said as
such — the comparison value, no stale copy of it.

``Cùng kỳ năm trước, xuất khẩu gạo sang Bangladesh chỉ đạt 146 tấn, trị giá 71.530 USD.``
(xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-gao-bangladesh-2021-4t); ``Cùng kỳ năm ngoái, Mỹ chiếm 22,2% tổng giá trị
xuất khẩu tôm Việt Nam`` (sweep t43-vinanet-tom-my-2018-01).  Also ``Cùng kỳ năm <year before>,`` when the report's
year is known.

Not ``So với cùng kỳ năm trước, …`` (the base of the changes that follow: the values are this period's), nor a
number after the sentence turned to another time (``…, năm nay đạt …``, ``trong 4 tháng năm 2021 …``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

#: ``Cùng kỳ năm trước,``, ``Cùng kỳ năm ngoái,``, ``Cùng kỳ năm 2020,`` opening the sentence (no ``So với`` before)
_OPENS = re.compile(r"(?i)[ \t]*(?:[-–•*][ \t]*)?(?:trong[ \t]+|vào[ \t]+)?cùng[ \t]+kỳ[ \t]+"
                    r"(?:(năm[ \t]+trước|năm[ \t]+ngoái)|năm[ \t]+((?:19|20)\d\d))[ \t]*,")
#: the sentence turns to another time before the number
_OTHER_TIME = re.compile(r"(?i)(?<!\w)(?:năm[ \t]+nay|kỳ[ \t]+này|hiện[ \t]+nay|(?:tháng|quý|năm)[ \t]+\d)")


def opens_on_year_ago(text: str, start: int, year: int | None = None) -> bool:
    """The sentence of the number at ``start`` opens on last year's same period (``year``: the report's, to read
    ``Cùng kỳ năm 2020,``) and names no other time before the number."""
    s = sentence_start(text, start, 240)
    m = _OPENS.match(text, s) if s is not None else None
    if m is None or m.end() > start:
        return False
    if m.group(2) is not None and (year is None or int(m.group(2)) != year - 1):
        return False
    return _OTHER_TIME.search(text, m.end(), start) is None
