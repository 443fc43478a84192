"""A band of an amount: the amount is said with a bound before it or as both ends of a range — the class of a
distribution it names, read the one way for the checker's list of bands (``recognisers.bandlist``) and the template's
classes (``onboarding.bands``).

    45% sinh viên có mức thu nhập từ 9–12 triệu đồng, 25% trong khoảng 12–15 triệu đồng và 9% đạt trên 20 triệu đồng
                                                   (held-out yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen-…-2026-01)
    10.03% có mức thu nhập từ 10 đến 15 triệu      (t32-giaoducthoidai-thuy-loi-thu-nhap-5-8-trieu)

A bound right before the amount: ``từ``, ``trên``, ``dưới``, ``hơn``, ``khoảng`` (``trong khoảng``), ``tới``,
``đến``; or two ends inside it: ``12–15``, ``10 đến 15``. What makes a band a class (a share said with it) is each
caller's.
"""

from __future__ import annotations

import re

#: a bound said right before the amount
BOUND_BEFORE = re.compile(r"(?i)(?<!\w)(?:trong\s+khoảng|khoảng|từ|trên|dưới|hơn|tới|đến)\s*$")
#: both ends inside the amount: ``12–15``, ``10 đến 15``
BOTH_ENDS = re.compile(r"\d\s*(?:[-–]|đến|tới)\s*\d")


def banded(text: str, start: int, end: int, reach: int = 40) -> bool:
    """Is the amount ``text[start:end]`` a band: a bound within ``reach`` characters right before it, or both ends?"""
    return BOUND_BEFORE.search(text[max(0, start - reach):start]) is not None \
        or BOTH_ENDS.search(text, start, end) is not None
