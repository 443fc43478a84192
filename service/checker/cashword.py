"""Money said with a scale word and no ``đồng``: the noun after it names cash (issue #13, round 53).

    Mỗi phần quà gồm 10kg gạo, … và 200 ngàn tiền mặt.
                                (xb-tp-ho-chi-minh-tan-phu-giao-xu-nhan-hoa-qua-tet-2021-01: ``200`` nghìn đồng/phần)
    Hội khuyến học Phường Vĩnh Hưng đã trích gần 90 triệu tiền quỹ khuyến học, khuyến tài …
                                (yv-ha-noi-hoang-mai-hoi-khuyen-hoc-phuong-vinh-hung-khen-thuong-2019-2020: ``90`` triệu đồng)

A count read with a scale word (``ngàn``, ``nghìn``, ``triệu``, ``tỷ``) and no unit, whose next word is ``tiền`` (``tiền
mặt``, ``tiền quỹ``, ``tiền thưởng`` …: open, the word that names money), is an amount in đồng: the clerk's row is in
đồng (or nghìn/triệu đồng), not a count of things. A bare count (``200 tiền`` has no scale) stays as read.
"""

from __future__ import annotations

import re

#: the word right after the amount that names money (``tiền``, not ``tiền đề``/``tiền thân``/``tiền phương``: not cash)
_CASH_AFTER = re.compile(r"[ \t\u00a0]+tiền(?![ \t]+(?:đề|thân|phương|tuyến|sử|lệ|nhân|kiếp)\b)(?!\w)", re.I)
_SCALES = (1000, 10 ** 6, 10 ** 9)


def cash_without_dong(text: str, mentions: list) -> None:
    """Re-read as money in đồng each scaled count with no unit that the word ``tiền`` follows (see the module)."""
    for m in mentions:
        if m.kind == "count" and m.unit is None and m.scale in _SCALES and m.value is not None \
                and m.end > m.num_end and _CASH_AFTER.match(text, m.end):
            m.kind, m.unit = "money", "đồng"
