"""An estimate for a named whole year, in a report on a shorter period: ``Theo dự kiến trong năm 2022, các cảng hàng
không trên cả nước sẽ đón khoảng 87,8 triệu khách … Riêng khách quốc tế dự kiến đạt khoảng 5 triệu khách, tăng 844% và
khách nội địa đạt khoảng 82,8 triệu khách`` (the half year's xq-toan-quoc-cuc-hang-khong-hanh-khach-qua-cang-2022-h1),
``Dự kiến năm 2025, Bảo tàng Quảng Ninh đón 1,1 triệu lượt khách tham quan`` (sweep t44-thoibaotaichinh-bao-tang-
quang-ninh-2025), ``và dự kiến năm 2016 là khoảng 957 tỉ đồng`` (the ten months' zm-ha-noi-xe-buyt-van-tai-hanh-khach-
2016-10t). Beside :mod:`.forecasts`' ``ước cả năm``: the year named by its number after the estimate word.

The grammar: an estimate word (``dự kiến``, ``ước tính``, ``dự báo``) then ``năm <year>`` (``trong``/``của`` between),
in the number's sentence before it, or in the sentence before when the number's own sentence estimates too (``Riêng
khách quốc tế dự kiến đạt …``); no shorter period (``tháng``, ``quý``, ``6 tháng``) named from the year to the number.
Not a year's actual figure (``Năm 2021, … đạt 5 triệu``: no estimate word), nor an estimate of a month in it (``dự
kiến năm 2022, riêng tháng 7 đạt …``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_YEAR_ESTIMATED = re.compile(r"(?i)(?<!\w)(?:dự\s+kiến|ước\s+tính|dự\s+báo)(?:\s+(?:trong|của|cho))?\s+năm\s+20\d\d(?!\d)")
_ESTIMATE = re.compile(r"(?i)(?<!\w)(?:dự\s+kiến|ước\s+tính|dự\s+báo|ước\s+đạt)(?!\w)")
_SHORTER = re.compile(r"(?i)(?<!\w)(?:\d+\s+tháng|tháng|quý|học\s+kỳ|nửa\s+năm|6\s+tháng)(?!\w)")


def named_year_estimate(text: str, start: int) -> bool:
    """The number at ``start`` is an estimate for a whole year the words name (see the module)."""
    here = sentence_start(text, start)
    if here is None:
        return False
    named = list(_YEAR_ESTIMATED.finditer(text, here, start))
    if not named and _ESTIMATE.search(text, here, start) and here > 0:
        stop = len(text[:here].rstrip()) - 1   # the full stop ending the sentence before
        before = sentence_start(text, stop) if stop > 0 else None
        named = list(_YEAR_ESTIMATED.finditer(text, before, here)) if before is not None else []
    return bool(named) and not _SHORTER.search(text, named[-1].end(), start)
