"""What a plan says will be done, after the period's own figures: no rows of their own (round 52).

=================  ==============================================================================================
``planned_ahead``  ``Theo kế hoạch, trong năm 2017 này huyện Hải Lăng sẽ tổ chức 4 đợt hiến máu, phấn đấu tiếp nhận
                   trên 1.050 đơn vị máu`` after the festival's ``tiếp nhận được 324 đơn vị máu`` (xd-quang-tri-hai-
                   lang-hoi-chu-thap-do-huyen-le-hoi-xuan-hong-2017-02, whose hand keeps no row of it); ``Theo kế
                   hoạch, trong năm 2013, chương trình sẽ trao tặng 11 căn nhà trị giá 600 triệu đồng cho các hộ
                   nghèo`` after ``Đầu tháng 2 vừa qua, chương trình đã tiến hành trao tặng 5 căn nhà``
                   (c36-nld-xay-nha-cho-nong-dan-ngheo-2013): a sentence opening on ``Theo kế hoạch`` whose verb is
                   marked future (``sẽ`` before the number, no ``đã`` between) tells what the plan will do — no
                   figure of the period. ``Theo kế hoạch, … đã …`` (done as planned) and a ``sẽ`` with no plan
                   opening the sentence (``Quận Hà Đông sẽ có 99 thanh niên lên đường nhập ngũ``,
                   yq-ha-noi-ha-dong-hoi-dong-nvqs-quan-tuyen-quan-2019, whose hand keeps the row) stay rows.
=================  ==============================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS``, beside ``planned.PLANNED``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: The sentence opens on ``Theo kế hoạch`` (a bracket or a dash before it allowed).
_PLAN_OPENS = re.compile(r"(?i)^\W*theo\s+kế\s+hoạch(?!\w)")
#: ``sẽ`` before the number, in its sentence, with no ``đã`` (done) after it.
_WILL = re.compile(r"(?i)(?<!\w)sẽ(?!\w)(?![^;]*(?<!\w)đã(?!\w))[^;]*$")


def planned_ahead(p: Para, i: int, m: Mention) -> bool:
    """A figure a plan says will be reached, in a sentence opening on ``Theo kế hoạch``: no figure of the period."""
    if m.value is None:
        return False
    s = p.sentence_of(m)
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_PLAN_OPENS.match(p.text[s:start]) and _WILL.search(p.text[s:start]))


AHEAD = (planned_ahead,)
