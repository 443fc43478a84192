"""How a whole was divided: ``chia làm 2 đợt``, ``chia thành 3 khối lớp`` (round 51).

A count right after ``chia làm``/``chia thành`` (``được`` allowed before) says into how many parts the thing the
sentence counted just before was split — the rounds it was handed out in, the grades the pupils are in —:

- ``Hơn 600 phiếu Quà tặng chia làm 2 đợt để nhận quà, tối 28/1 một nửa và 29/1 nửa còn lại`` (xb-tp-ho-chi-minh-go-
  vap-giao-xu-bac-dung-hoi-cho-xuan-2016-01: the hand keeps ``chia 2 đợt`` in the Ghi chú of its 600 row);
- ``Trường Phổ thông Dân tộc Nội trú tỉnh có 390 học sinh chia làm 3 khối lớp`` (evaluations/sweep/pages/d5-baogialai-
  namhoc-2015-2016).

The parts are the note of that count's row (a derivation, kept with it), no row of their own.  With no row before it
in its sentence (``Nhân viên trực tổng đài chia làm 3 ca``) nothing here decides; nor for the units an area or an
organisation is made of (``địa giới hành chính được chia thành 5 thôn dân cư``: a standing fact, ``standing``'s).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.standing import composition_noun
from service.onboarding.model import Derivation, Para

#: ``chia làm``, ``chia thành``, ``được chia làm`` right before the count.
_DIVIDED = re.compile(r"(?i)(?<!\w)(?:được\s+)?chia\s+(?:làm|thành|ra)\s*$")


def parts_of_whole(p: Para, i: int, m: Mention) -> bool:
    """``600 phiếu … chia làm 2 đợt``: the parts are the note of the 600's row."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _DIVIDED.search(p.text[max(0, start - 20):start]) or composition_noun(m.noun or ""):
        return False
    before = [r for r in p.rows_before(i) if r.kind == "count"]
    if not before:
        return False
    before[0].derived.append(Derivation(p.quote(m), "chia làm … phần (ghi chú)", m.value))
    p.rows[i] = before[0]
    return True


DIVIDED = (parts_of_whole,)
