"""A rate said with the noun of growth: ``tăng trưởng 21,3% so với năm 2022``, ``tăng trưởng đạt 6,68%``.

``extract`` reads a change's direction from ``tăng``/``giảm`` right before the number; ``tăng trưởng`` (growth) left the
rate with none, so a wrong rate of a row kept as a change (``Tăng trưởng so với năm 2022 (%)`` = 21,3) was taken for
a rate computed from a base the table lacks (``unverified``) instead of being checked against the kept change. The
noun says a rise, as ``tăng`` does. Not ``tăng trưởng âm`` (a fall), nor growth with anything else between (``tăng
trưởng GRDP trên 10%`` names the indicator: left as it was).
"""

from __future__ import annotations

import re

_GROWTH_BEFORE = re.compile(r"(?i)(?<!\w)tăng[ \t]+trưởng(?:[ \t]+(?:đạt|là|ở[ \t]+mức))?"
                            r"(?:[ \t]+(?:hơn|gần|trên|khoảng|xấp[ \t]+xỉ))?[ \t]+$")


def growth_said(before: str) -> bool:
    """The words right before a percent are ``tăng trưởng`` (+ ``đạt``, a qualifier): a rise of that rate."""
    return _GROWTH_BEFORE.search(before) is not None
