"""An amount written to its decimals after ``mốc``/``ngưỡng`` is the figure reached, not the line crossed (round 53).

=================  ==========================================================================================
``mark_reached``   ``doanh thu năm 2023 của Viettel Construction đã cán mốc 11.399,4 tỷ đồng, hoàn thành 110% kế
                   hoạch năm, tăng trưởng 21,3% so với năm 2022`` (xd-toan-quoc-viettel-construction-ket-qua-kinh-
                   doanh-2023: its hand keeps «Tổng doanh thu» 11.399,4 tỷ đồng, the 110% its derivation),
                   ``Giá cà phê tại tỉnh Gia Lai không thay đổi và được giao dịch ở mốc 129,500 đồng/kg``
                   (p14-baonghean-caphe-tuanqua-2025-04): a line a figure crosses is a round number — ``vượt ngưỡng
                   100 nghìn người``, ``cán mốc 600 tỷ USD``, ``chạm mốc 3 tỉ USD``, ``vượt mốc 800`` (``passed.
                   threshold_passed``: no row) —; an amount after the same words written with its decimals is the
                   figure itself: a row, made here
=================  ==========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, right before ``passed.PASSED``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.onerow import keep_own_row

#: ``cán mốc``, ``ở mốc``, ``vượt ngưỡng`` right before the number (a qualifier may stand between).
_MARK = re.compile(r"(?i)(?<!\w)(?:ngưỡng|mốc)\s*$")


def mark_reached(p: Para, i: int, m: Mention) -> bool:
    """``đã cán mốc 11.399,4 tỷ đồng``: the amount written to its decimals is the period's figure — its row, made here."""
    if m.value is None or not m.decimals or m.kind not in ("money", "count", "measure"):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _MARK.search(p.text[max(0, start - 12):start]):
        return False
    return keep_own_row(p, i, m)


MARKS = (mark_reached,)
