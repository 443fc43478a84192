"""A bound written by its sign: ``(≤ 0,09%)``, ``≥ 95%`` — a target or a norm the figure is held to, never a figure
of the period.

    … và thấp hơn chỉ tiêu Thủ tướng Chính phủ giao (≤ 0,09%).              (t20-thanhnien-sxh-9t-2020)
    … nằm trong chỉ tiêu về giảm tử vong do Thủ tướng Chính phủ giao tại Chương trình mục tiêu y tế - dân số giai
    đoạn 2016-2020 (≤0,09%).                           (c34-baobariavungtau-sot-xuat-huyet-8-thang-2023)

- ``BOUND_SIGN``: a number right after ``≤`` or ``≥`` (a space between or none), its percent sign with it. The signs
  ``<`` and ``>`` are left alone: pages type them for ``khoảng``/``hơn`` beside figures of the period too.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

BOUND_SIGN = Rule("bound-sign", "norm", "a bound written by its sign (≤ 0,09%), a target or a norm, not a figure",
                  re.compile(r"[≤≥]\s?(\d(?:[\d.,]*\d)?(?:\s?%)?)(?![\d.,]?\d)"), needs=("≤", "≥"))
