"""The changes of a whole's parts, listed after ``Trong đó,`` with no level of their own: no rows (round 56).

``toàn TP xảy ra 4.690 vụ phạm pháp hình sự (giảm 781 vụ so với cùng kỳ); … Trong đó, án cướp tài sản giảm 62 vụ; án
cướp giật tài sản giảm 104 vụ, trộm cắp giảm 531 vụ`` (xf-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2016-11t: the hand
keeps −62, −104, −531 in its column ``Tăng (+)/giảm (-) so cùng kỳ``, the period's cell empty), ``khởi tố 1.144 vụ/1.741
bị can (giảm 55 vụ và tăng 70 bị can so với năm 2020). Trong đó, nhóm tội phạm về trật tự an toàn xã hội tăng 13 vụ/88
bị can; …; tội phạm về ma túy giảm 14 vụ và tăng 20 bị can`` (p11-gialai-vks-2021).  ``part_changed``: a count or a
measure changed (``tăng``/``giảm``; a ``vụ/bị can`` pair's second with it), in a sentence opening on ``Trong đó``, right
after a sentence whose row of the same noun had its own change stated, is the change of a part whose level the page
does not give — the change column of a row the page leaves out (as ``occasions.change_unstated`` reads ``So với …,
số vụ cháy tăng 15 vụ``), not a count of the period.  The template had made each a row «Số vụ án cướp tài sản» 62.
A part stated with its level (``Trong đó, án cướp tài sản 120 vụ, giảm 62 vụ``) is taken by ``change`` first; a rate
or money is left alone (a growth with no level is a row of its own, as the hands keep it); a change with no whole's
change before it stays what it was.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, after ``change_unstated`` and ``count_changed`` (a subject
``số vụ cháy`` names its row there: ``Trong đó, số vụ cháy tăng 214 vụ``, yl-toan-quoc-cuc-canh-sat-pccc-…-2016).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.changewords import units_fit
from service.onboarding.model import Para

#: A sentence opening on the breakdown of what the sentence before counted.
_BREAKDOWN = re.compile(r"(?i)^\W*trong\s+đó(?!\w)")


def _noun(p: Para, m: Mention) -> str:
    return m.unit or P.head_noun(P.noun_after(p.text, m.end, most=2)) or ""


def _whole_changed(p: Para, i: int, s: int, noun: str) -> bool:
    """The sentence right before ``s`` made a row that counts ``noun`` and stated a change of what it counted
    (``khởi tố 1.144 vụ/1.741 bị can (giảm 55 vụ và tăng 70 bị can so với năm 2020)``: the changes may sit on the
    pair's first row)."""
    before = [p.sentence_of(f) for f in p.figures[:i] if p.sentence_of(f) < s]
    if not before:
        return False
    prev = max(before)
    rows = [r for r in p.rows_before(i, same_sentence=False) if r.sentence[1] == prev and r.kind != "percent"]
    return any(units_fit(noun, r.unit) for r in rows) and \
        any(d.value is not None and "so với" in d.how for r in rows for d in r.derived)


def _changed_part(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.comparison not in ("tăng", "giảm") or m.kind in ("percent", "money"):
        return False
    s = p.sentence_of(m)
    if not _BREAKDOWN.match(p.text[s:m.num_start]):
        return False
    noun = _noun(p, m)
    if not noun:
        return False
    return _whole_changed(p, i, s, noun)


def part_changed(p: Para, i: int, m: Mention) -> bool:
    """A part's change with no level of its own (see the module): no row."""
    if m.pair_role == "denominator" and i and p.figures[i - 1].pair_role == "numerator" and m.value is not None:
        prev = p.figures[i - 1]
        return p.rows.get(i - 1) is None and _changed_part(p, i - 1, prev)
    return _changed_part(p, i, m)


PART_CHANGES = (part_changed,)
