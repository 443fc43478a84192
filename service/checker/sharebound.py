"""A share is a part of its whole: ``chiếm 118,23%`` can be no share at all.

    … các ngành dịch vụ tiêu dùng khác ước đạt 1.552 tỷ đồng, chiếm 5,97% tổng mức và tăng 8,67% so cùng kỳ …
                                                  (yl-vinh-phuc-cuc-thong-ke-ban-le-hang-hoa-dich-vu-2018-07)

The index of the same row (118,23, cùng kỳ = 100) written where its share belongs was supported as that index: a value
of the table, said with the words of a share (``chiếm``, ``chiếm tỷ trọng``).
Grammar bounds it: what a part takes of its whole is at most 100%. A percentage over 100 right after those words is
flagged whatever cell holds it — a slip for the share, or another figure put in its place.
"""

from __future__ import annotations

from decimal import Decimal

import re

from service.checker.extract import Mention
from service.checker.model import NumberCheck

_WHOLE = Decimal(100)
#: ``chiếm``, ``chiếm tỷ trọng`` — not ``chiếm tỷ lệ``, which a page also writes of a rate of its plan (``đạt
#: 3.274.376.000/2.400.000.000 đồng, chiếm tỷ lệ 136,4 %``, p9-tuyphong-ctd-2015)
_SHARE_CUE = re.compile(r"(?i)(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+trọng)?(?:\s+(?:khoảng|gần|hơn|trên|là))?\s*$")


def shares_over_whole(text: str, mentions: list[Mention], results: list[NumberCheck | None]) -> None:
    """Flag, in place, each percentage over 100 said as a share (``chiếm 118,23%``)."""
    for i, m in enumerate(mentions):
        r = results[i]
        if r is None or m.kind != "percent" or m.value is None or m.value <= _WHOLE \
                or r.verdict not in ("supported", "unverified"):
            continue
        start = m.qualifier_start or m.num_start
        if not _SHARE_CUE.search(text, max(0, start - 40), start):
            continue
        r.verdict, r.source, r.derivation, r.expected = "unsupported", None, None, None
        r.reason = (f"«{m.raw.strip()}» được nói là phần chiếm của một tổng thể (chiếm …%), mà một phần không thể "
                    f"chiếm quá 100% tổng thể: số này không phải tỷ trọng")
