"""``X/Y chỉ tiêu``: X of the Y indicators a plan set were met — a count of indicators (round 65).

=========================  ===========================================================================================
``indicator_unit``         ``thực hiện đạt và vượt 10/13 chỉ tiêu chủ yếu về phát triển kinh tế - xã hội``
                           (t46-baoquangnam-nongson-2020), ``có 23/27 chỉ tiêu đạt và vượt so Nghị quyết``
                           (yc-thanh-hoa-vinh-loc-hdnd-kinh-te-xa-hoi-2020), ``có 5/25 chỉ tiêu đạt và vượt kế hoạch
                           đề ra`` (ye-thanh-hoa-cam-thuy-ubnd-kinh-te-xa-hoi-2021-h1), ``thực hiện đạt và vượt 15/20
                           chỉ tiêu`` (t-camau-hndxa-2022-q1), ``xã thực hiện 13/13 chỉ tiêu phát triển kinh tế - xã
                           hội`` (zk-an-giang-cho-moi-hdnd-cac-xa-ky-hop-cuoi-nam-2022): the pair counts the indicators
                           themselves — its unit is ``chỉ tiêu`` (every hand: «Số chỉ tiêu đạt và vượt», ``chỉ tiêu``).
                           Read as a plan pair with no noun, the row had no unit and took the changes of other rows
                           (``giảm 91 hộ nghèo`` hung on the 10) or the noun of a later word (``13 hộ``).
=========================  ===========================================================================================

Not: ``hiến được đơn vị máu 248/800 chỉ tiêu`` — a known count noun right before the pair (``nouns.unit_before``,
tried first): the plan of the blood units, not indicators; ``kết nạp 120/100 chỉ tiêu`` — more met than set: a plan
overrun, never indicators (a plan has at most as many indicators met as it sets).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from service.checker.extract import Mention

#: The indicators as the pair's own noun: ``chỉ tiêu`` opening what follows the pair.
_INDICATORS = re.compile(r"(?i)^\s*(chỉ\s+tiêu)(?!\w)")
#: The pair's second number, right after the first: ``/13``.
_OF = re.compile(r"\s*/\s*(\d[\d.]*)(?![\d,])")


def _whole(text: str, m: Mention) -> Decimal | None:
    hit = _OF.match(text, m.num_end)
    if hit is None:
        return None
    try:
        return Decimal(hit.group(1).replace(".", ""))
    except InvalidOperation:
        return None


def indicator_unit(text: str, m: Mention, words: list[str]) -> str | None:
    """``chỉ tiêu`` (as written) when ``m`` is the X of ``X/Y chỉ tiêu`` and X ≤ Y; ``None`` otherwise."""
    if m.value is None or m.pair_role != "numerator":
        return None
    hit = _INDICATORS.match(" ".join(words))
    whole = _whole(text, m)
    if hit is None or whole is None or m.value > whole:
        return None
    return hit.group(1)
