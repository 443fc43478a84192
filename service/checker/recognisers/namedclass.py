"""A class of units named by a determiner, then its open-ended bound: ``những người hiến máu từ 40-70 lần trở lên``.

    … hàng trăm người tham gia hiến máu được tôn vinh, trong đó có những người hiến máu từ 40-70 lần trở lên.
                                        (held-out xl-thua-thien-hue-bcd-hien-mau-tinh-ton-vinh-2022)
    Đặc biệt, tập trung khảo sát các DN có từ 20 LĐ trở lên để vận động thành lập tổ chức CĐ
                                        (held-out zy-hung-yen-ldld-tinh-phat-trien-doan-vien-2013-8t)
    … để dự lễ mừng thọ các cụ từ 70 tuổi trở lên                 (sweep c33-baolaocai-mung-tho-bac-cuong-2024)

``các``/``những`` and the words naming the units (no number among them), ``từ`` (``có từ``, ``đạt từ``), the number
or a range, its unit, then ``trở lên``/``trở xuống``: which units are meant, no count of the period.  The sibling
``bounds._COUNT_FROM`` reads the same bound after a count (``1.627 cơ sở nuôi lợn từ 1.500 con trở lên``).  Not a
bound with no determiner (``toàn tỉnh có từ 300 người trở lên tham gia``: an approximate count), nor without the
open end (``những người hiến máu 40 lần``).  Asked, as every class bound, only of a number no row supports.
"""

from __future__ import annotations

import re

from service.checker.recognisers.openend import open_bound

_W = r"[^\W\d_]+"
#: ``những người hiến máu từ ``, ``các DN có từ `` (the clause before the number ends so)
_NAMED_UNITS_FROM = re.compile(rf"(?i)(?<!\w)(?:các|những)\s+{_W}(?:\s+{_W}){{0,8}}?\s+(?:(?:đều\s+)?(?:có|đạt)\s+)?"
                               rf"từ\s+$")
_CLAUSE = re.compile(r"[.;!?:,(](?=\s|$)|\n")


def named_class_bound(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the open bound of a class of units named by ``các``/``những`` (see the module)?"""
    lo = max(0, start - 120)
    cut = max((m.end() for m in _CLAUSE.finditer(text, lo, start)), default=lo)
    return open_bound(text[cut:start], text[end:], _NAMED_UNITS_FROM, unit_named=True)
