"""A named group's make-up, said in a bracket after its designation (round 48).

``ở bảng A (gồm 7 địa phương đồng bằng): Tam Kỳ giải nhất, …; bảng B (gồm 5 địa phương trung du và miền núi thấp)``
(yz-quang-nam-so-gddt-thi-hoc-sinh-gioi-lop-9-2020-2021), ``Cụm thi đua 1 (gồm 4 huyện: Duyên Hải, Cầu Ngang, Trà Cú
và Châu Thành)`` (t38-thiduakhenthuong-cum-1-tra-vinh-2011): a group the report names by a designation — a noun and a
letter, a Roman numeral or a small number (``bảng A``, ``Cụm thi đua 1``, ``khối II``, ``nhóm số 3``) — then, in a
bracket opening on ``gồm``, how many members it has.  That is what the group *is* (the standing sheet's), whatever the
members are called (``địa phương``, ``huyện``, ``đơn vị``…), not what the period brought.

Not this: a bracket after a count (``tổ chức 5 lớp (gồm 200 học viên)``: no designation before it, the learners are a
figure of the period), ``gồm`` outside a bracket (``standing``'s own grammar reads those).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing

#: ``bảng A (gồm``, ``Cụm thi đua 1 (gồm``, ``khối II (bao gồm``, ``nhóm số 3 (gồm có``: a designation, a bracket, ``gồm``.
_DESIGNATED = re.compile(r"(?<![\w\d])(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s+(?P<mark>[A-ZĐ]|[IVX]{1,4}|"
                         r"(?:số\s+)?\d{1,2})\s*\(\s*(?:[Bb]ao\s+)?[Gg]ồm(?:\s+có)?\s*$")


def group_make_up(p: Para, i: int, m: Mention) -> bool:
    """A count in ``(gồm N …)`` right after a group's designation: standing, no row."""
    if m.value is None or m.comparison or m.kind != "count":
        return False
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _DESIGNATED.search(p.text[max(0, at - 80):at]):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


GROUPED = (group_make_up,)
