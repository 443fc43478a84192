"""A rate said as a range per span of time is a yearly pace over years, not the period's figure (round 47).

=========================  =================================================================================
``rate_range_per_span``    ``tỷ lệ hộ nghèo giảm bình quân hàng năm từ 3-4%`` (c18-laichau-hothau-hnd-2023),
                           ``Tổng mức vốn quỹ tăng thêm mỗi năm từ 10 đến 13%`` (t28-baokhanhhoa-dienkhanh-
                           quyhtnd-2018), ``Từ năm 2006 đến nay sản lượng vận tải hành khách của ngành đường sắt
                           liên tục giảm, bình quân mỗi năm từ 5-8%`` (t37-baomoi-duong-sat-hanh-khach-giam): a
                           percentage read with both ends of a range (``A-B%``, ``từ A đến B%``) right after the
                           span it is per (``mỗi năm``, ``hàng năm``, ``hằng tháng``, ``bình quân mỗi năm``) is the
                           spread of a pace over several years — the template's row took its high end, a value the
                           text never states, for no period the sheet has. No row.
=========================  =================================================================================

``ranged.range_per_unit`` does the same for money and counts (``mỗi khẩu từ 1,5 đến 3 triệu đồng``) and leaves a
percentage range alone: ``công suất buồng … đạt 95-100%``, ``thiệt hại năng suất lúa 10 đến 20%`` are said of the
period, with no span before them (the hands keep an end of each) — they stay rows here too.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``RANGED``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.ranged import _BOTH_ENDS

#: The span right before the range: ``mỗi năm (từ)``, ``hàng năm từ``, ``bình quân mỗi năm``, ``hằng tháng``.
_SPAN_BEFORE = re.compile(r"(?i)(?<!\w)(?:mỗi|hằng|hàng)\s+(?:năm|tháng|quý|tuần|ngày)\s*,?\s*(?:từ\s+)?$")


def rate_range_per_span(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.comparison or m.kind != "percent":
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _BOTH_ENDS.match(p.text[m.num_start:m.end]):
        return False
    return bool(_SPAN_BEFORE.search(p.text[max(0, at - 30):at]))


YEARLY = (rate_range_per_span,)
