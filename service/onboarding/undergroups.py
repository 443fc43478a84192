"""Age groups written with the code ``U`` (under): who competes, nothing counted (template round 54).

========================  ===========================================================================================
``groups_after_code``     ``82 kỳ thủ tham dự đủ các nhóm tuổi của giải gồm U8, 10, 12, 14 16 và 18 nam và nữ``
                          (xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04); ``22 bộ huy chương … ở
                          nhóm tuổi U12; 32 bộ huy chương nhóm tuổi 12-14`` (p38-sggp-taekwondo-tre-2024-08): ``U12``
                          is the sports' notation of an age group, the letter glued before its number; the bare numbers
                          listed after it (joined by ``,``/``và``/``-`` or a space) are more groups of the same list,
                          as ages listed after ``tuổi`` are (``ageword.ages_after_word``). A whole number of 25 at
                          most, with no counted noun of its own after it (``nam``/``nữ`` name the groups' sex). Not
                          ``5 HCV`` after ``nhóm tuổi U12,`` (a count: its noun).
========================  ===========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``ageword``'s ``AGES_NAMED``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_SEP = r"(?:\s*[,–-]\s*|\s+và\s+|\s+)"
#: ``U8, 10, 12, 14 `` up to the number: a group code, then groups listed bare.
_GROUP_LIST = re.compile(rf"(?<![\w-])U\s?\d{{1,2}}(?:{_SEP}\d{{1,2}})*{_SEP}$")
#: What may follow an age group in the list: the list going on, the groups' sex, the clause's end.
_AFTER = re.compile(r"(?i)^\s*(?:$|[,;.)–-]|và(?!\w)|\d|(?:nam|nữ)(?!\w))")


def groups_after_code(p: Para, i: int, m: Mention) -> bool:
    """An age group listed after a ``U<n>`` code, with no counted noun: no figure."""
    if m.kind != "count" or m.value is None or m.unit or m.value != int(m.value) or not 1 <= m.value <= 25:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_GROUP_LIST.search(p.text[max(0, start - 60):start])) and bool(_AFTER.match(p.text[m.end:]))


UNDER_GROUPS = (groups_after_code,)
