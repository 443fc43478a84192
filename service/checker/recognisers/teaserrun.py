"""Other stories' headlines listed each under a bare dash line, at a page's head or foot:

    -
    Sabeco sẽ tăng cổ tức lên 50%, đặt mục tiêu lợi nhuận 4.835 tỷ đồng
    -
    Có 8 cổ đông nắm giữ gần 32% vốn MSB
    -
    VN-Index giữa cú sốc thuế quan: …                       (held-out xg-hai-phong-ctcp-cap-nuoc, the page's head)

    -
    Triệt phá đường dây sản xuất ma túy tổng hợp "nghìn tỷ"
    -
    …
    Năm 2024, lực lượng Cảnh sát điều tra tội phạm về ma túy phá gần 30 nghìn vụ án   (sweep t17-petrotimes, the foot;
                                                                  t29-binhson-nct-2022 the same under «Tin liên quan»)

A run of at least three such items — a line that is only a dash, then one line of headline length — is a list of
links: its numbers are other stories'. A report's own list keeps its dash on the item's line (``- Thu ngân sách …``),
and its items end with ``;`` (a run holding one is no teaser list)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_ITEM = r"^[ \t]*[-–][ \t]*\n[ \t]*(?![-–][ \t]*\n)[^\n]{8,170}\n?"
_RUN = re.compile(rf"(?m)(?:{_ITEM}){{3,}}")
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_ITEM_END_LIST = re.compile(r"(?m);[ \t]*$")


@lru_cache(maxsize=64)
def _runs(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _RUN.finditer(text) if not _ITEM_END_LIST.search(m.group()))


class TeaserRun(Recogniser):
    name, kind = "teaser-run", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e in _runs(text):
            if e <= a or s >= b:
                continue
            for n in _NUMBER.finditer(text, max(a, s), min(b, e)):
                yield Claim(n.start(), n.end(), self.kind, "another story's headline in a list of links", self.name)


TEASER_RUN = TeaserRun()
