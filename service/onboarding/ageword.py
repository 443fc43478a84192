"""Ages listed after the word ``tuổi``: who is meant, nothing counted (round 52).

===================  ============================================================================================
``ages_after_word``  ``có 62 cụ tuổi 90, 14 cụ tuổi 100 và 38 cụ tuổi tuổi hơn 100`` and ``mừng thọ cho 80 NCT ở các
                     độ tuổi 70, 75, 80, 85, 90, 95 và 100`` (t42-hoinguoicaotuoi-khap-noi-mung-tho-2017); ``27 cụ thọ
                     tuổi 95, 90, 85, 80, 75, 70 tuổi`` (p33-bachthong-quangthuan-chuctho-2017-02, where the closing
                     ``tuổi`` already makes the list ages): the age word written before the number (``tuổi 90``,
                     ``độ tuổi 70, 75, …``), the way ``tròn 70, 75, …`` is (``aged.round_ages``). A whole number of
                     120 at most right after ``tuổi`` (``trên``/``hơn``/``ngoài`` allowed), or after ages listed so
                     (joined by ``,``/``và``/``-``), with no counted noun of its own. Not ``14 cụ`` after ``tuổi 90,``
                     (the next count: its noun), not ``Người cao tuổi 6 tháng`` (a span: its noun).
===================  ============================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``aged.AGES``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``tuổi`` then ages already listed (``70, 75, …, 95 và``) up to the number.
_AGE_LIST = re.compile(r"(?<!\w)[Tt]uổi\s+(?:(?:trên|hơn|ngoài)\s+)?"
                       r"(?:\d{1,3}\s*(?:,|và(?:\s+(?:trên|hơn|ngoài))?|[-–])\s*)*(?:(?:trên|hơn|ngoài)\s+)?$")
#: A unit that is an age's word, or its slip (``tuôi``).
_AGE_WORD = re.compile(r"(?i)^tu[ôổo]i?$")


def ages_after_word(p: Para, i: int, m: Mention) -> bool:
    """An age written after ``tuổi`` (or listed after one so written) with no counted noun: no figure."""
    if m.kind != "count" or m.value is None or m.value != int(m.value) or not 1 <= m.value <= 120:
        return False
    if m.unit and not _AGE_WORD.match(m.unit.strip()):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_AGE_LIST.search(p.text[max(0, start - 60):start]))


AGES_NAMED = (ages_after_word,)
