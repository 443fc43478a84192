"""Ages listed after ``tròn``: who is meant, nothing counted (round 39).

================  ===========================================================================================
``round_ages``    ``Đoàn đã trao tặng giấy mừng thọ và 200 ngàn đồng/cụ cho các cụ tròn 70, 75, 80, 85, 95 và trên
                  100`` and ``1.131 cụ cao tuổi (trong đó có 1.058 cụ tròn 70, 75, 80, 85, 95 và trên 100, …)``
                  (t29-baodongthap-tam-nong-nct-2017): the round ages of a longevity celebration, listed after
                  ``tròn`` with no ``tuổi`` after them; ``89 cụ tròn 95 tuôi`` (t29-sontinh-nct: the source's typo of
                  ``tuổi``, which the checker's age reading needs). A whole number of 120 at most right after ``tròn``
                  (or after one listed so, joined by ``,``/``và``/``và trên``), with no counted noun of its own. Not
                  ``tròn 10 năm`` (a span: its noun), not ``1.058 cụ`` before ``tròn`` (the count), not after ``thọ``
                  (the first try read ``thọ`` too and took ``tỉnh Phú Thọ 13 nhà`` for an age: zq-toan-quoc-bcd-phong-
                  chong-thien-tai-bao-so-2-2017-07 lost a matched row).
================  ===========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, with the dates.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``tròn`` then ages already listed (``70, 75, …, 95 và trên``) up to the number.
_ROUND_LIST = re.compile(r"(?<!\w)[Tt]ròn\s+(?:\d{1,3}\s*(?:,|và(?:\s+(?:trên|ngoài))?|[-–])\s*)*"
                         r"(?:(?:trên|ngoài)\s+)?$")
#: A unit that is an age's word, or its slip (``tuôi``).
_AGE_WORD = re.compile(r"(?i)^tu[ôổo]i?$")


def round_ages(p: Para, i: int, m: Mention) -> bool:
    """A round age listed after ``tròn`` with no counted noun: no figure."""
    if m.kind != "count" or m.value is None or m.value != int(m.value) or not 1 <= m.value <= 120:
        return False
    if m.unit and not _AGE_WORD.match(m.unit.strip()):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_ROUND_LIST.search(p.text[max(0, start - 60):start]))


AGES = (round_ages,)
