"""A sub-row's label opens with the sheet's breakdown lead (``Trong đó:``, ``- ``, ``+ ``), which is layout, not words
of what the row counts: ``Trong đó: khách trong nước`` counts ``khách trong nước``.

    Tổng hành khách đạt 260.473 lượt, trong đó có 116.830 khách trong nước, 143.643 khách quốc tế …
                                           (xo-an-giang-cang-hkqt-phu-quoc-tet-binh-ngo-2026-02, row ``Trong đó: khách
                                            trong nước`` in ``lượt``)
    … vận chuyển 4,38 triệu khách, tăng 12,3% trong đó có 1 triệu khách quốc tế (tăng 0,9%) …
                                           (sweep t13-baogiaothong-hangkhong-t7-2017)
"""

from __future__ import annotations

import re

#: the lead of a folded label: ``trong do:``, ``trong do,``, ``- ``, ``+ ``, ``• `` (and ``- trong do:``)
_LEAD = re.compile(r"^\s*(?:[-+•*–]\s*)?(?:trong\s+do\s*[:,]?\s*)?(?:[-+•*–]\s*)?")


def without_breakdown_lead(folded: str) -> str:
    """A folded label less its breakdown lead (``trong do: khach trong nuoc`` → ``khach trong nuoc``)."""
    return _LEAD.sub("", folded, count=1)
