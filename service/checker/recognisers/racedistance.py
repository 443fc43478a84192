"""The distance that names a road race, where ``sports.EVENT_DISTANCE`` does not look (round 54).

    Giải chỉ có hai cự ly 21 km và 42 km, quy tụ khoảng 2.000 VĐV đạt chuẩn đầu vào khắt khe: nam phải sub4 (42km) và
    sub2 (21km), nữ sub5 (42km) và sub2:30 (21km).       (c47-vnexpress-vm-all-star-2025-dau-moc)
    … trao thêm tiền thưởng và hiện vật cho các runner đạt thứ hạng cao ở hai cự ly 21km và 42km.
                                                        (c47-vnexpress-vm-all-star-2026-thuong-100-trieu)
    … Hà Thị Hậu trở thành nhà vô địch nội dung full marathon (42km) dành cho hệ phong trào … giành 3 ngôi vô địch
    42km trong hệ thống VnExpress Marathon …            (c47-thethaovietnamplus-ha-thi-hau-marathon-dem)
    Ngay sau khi xuất phát lúc 5h, cuộc đua 42km chứng kiến màn đua tranh sát sao …
                                                        (c47-vnexpress-all-star-2026-dan-sao-noi)

- ``DISTANCE_LIST``: each further distance of a list after ``cự ly`` (``cự ly 21 km và 42 km``: the first is
  ``EVENT_DISTANCE``'s);
- ``BRACKETED``: a distance alone in brackets right after a race's name or its time standard (``full marathon
  (42km)``, ``sub4 (42km)``, ``sub2:30 (21km)``);
- ``RACE_WORD``: a distance right after ``cuộc đua`` (the race) or ``vô địch`` (champion of): ``cuộc đua 42km``,
  ``ngôi vô địch 42km``.

Each is the race's name, not what the period did. A length the period's work made keeps its number: ``nâng cấp 42 km
đường``, ``tuyến dài 21 km``, ``(dài 42km)`` (no race's name before the bracket).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, _lowered

_LEN = r"\d{1,3}(?:[.,]\d{1,3})?\s?km(?!\w)"
_NOTE = "the distance that names a road race (cự ly 21 km và 42 km, marathon (42km), cuộc đua 42km), not a figure"

_LIST_HEAD = re.compile(rf"(?i)(?<!\w)cự\s+ly(?:\s+(?:nam|nữ))?\s+{_LEN}")
_LIST_ITEM = re.compile(rf"\s*(?:,|và|&)\s*({_LEN})")


class DistanceList(Recogniser):
    """Each distance after the first of a list opened by ``cự ly``."""

    name, kind = "race-distance-list", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "cự ly" not in _lowered(text, a, b):
            return
        for head in _LIST_HEAD.finditer(text, a, b):
            pos = head.end()
            while (item := _LIST_ITEM.match(text, pos)) is not None and item.end(1) <= b:
                yield Claim(item.start(1), item.end(1), self.kind, _NOTE, self.name)
                pos = item.end()


DISTANCE_LIST = DistanceList()

_BRACKETED = re.compile(rf"(?i)(?:marathon|sub\s?\d(?::\d\d)?)\s*\(\s*({_LEN})\s*\)")
BRACKETED = Rule("race-distance-bracketed", "name", _NOTE, _BRACKETED, needs=("marathon", "sub"))

_RACE_WORD = re.compile(rf"(?i)(?<!\w)(?:cuộc\s+đua|vô\s+địch)\s+({_LEN})")
RACE_WORD = Rule("race-distance-word", "name", _NOTE, _RACE_WORD, needs=("cuộc đua", "vô địch"))
