"""Rates of other units listed one after another (``recognisers.unitratelist``): unverified, not flagged — unless the
table keeps one of the listed units as a row (a roundup: then each rate is checked as any cell) or one of them is the
report's own place (checker round 86).

    … gồm: tỉnh Nghệ An có tỷ lệ 88,24%, Phú Thọ 85%, Hải Phòng 83,33% và ĐHQG Hà Nội 82,43%.  (Hà Tĩnh's report)
    … mức tăng mạnh nhất ghi nhận ở miền Bắc với 73%, miền Trung 37%.      (Hòa Phát's output, the whole company's)
"""

from __future__ import annotations

import unicodedata
from typing import Callable

from service.checker.recognisers.unitratelist import listed_units


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def other_units_rate(text: str, n, own: tuple[str | None, ...], kept: Callable[[str], bool]) -> bool:
    """Mark the unsupported percentage ``n`` unverified when it is one of a list of other units' rates none of which
    the table keeps (``kept``: a row names the unit) and none of which is the report's own place (``own``)."""
    if n.verdict != "unsupported" or n.kind != "percent":
        return False
    names = listed_units(text, n.start, n.end)
    if not names:
        return False
    mine = [_fold(o) for o in own if o]
    if any(kept(name) for name in names) or any(o in _fold(name) or _fold(name) in o for name in names for o in mine):
        return False
    n.verdict, n.kind, n.expected, n.source = "unverified", "other-area", None, None
    n.reason = (f"Chưa kiểm được: «{n.text.strip()}» là tỷ lệ của {names[0]}, một trong các đơn vị được liệt kê "
                f"({', '.join(names[:4])}); bảng số liệu không giữ số của các đơn vị này")
    return True
