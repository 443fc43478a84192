"""A unit's number where no unit noun stands right before it: the name said again, or the team's number after it.

    Cuối năm 2019, Công an TP.HCM ra kế hoạch số 1543 về bố trí lực lượng tuần tra kiểm soát hỗn hợp, … (gọi tắt Tổ
    công tác 363). … Trước đó, chiều 3/11, "cú đấm thép" 363 đã tuần tra trên địa bàn, …
    … thưởng nóng tổ công tác 363 số 1 - Công an quận 3 …                  (c24-danviet-363-quan-3-ma-tuy-2023)

- ``NICKNAMED``: a number right after a quoted nickname (``"cú đấm thép" 363``) that the page names a unit by
  elsewhere (``Tổ công tác 363``, ``lực lượng 363``) — the unit called by its nickname and its number;
- ``TEAM_NUMBER``: ``số N`` right after a unit's number (``tổ công tác 363 số 1``, ``Đội 2 số 3``) — which of the
  unit's teams, no count.

A number counting something after it (``"cú đấm thép" 363 đối tượng``) is left to be read.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, alternation
from service.checker.recognisers.nouns import COUNTED
from service.checker.recognisers.vocab import UNIT_NOUNS

_UNIT = alternation(UNIT_NOUNS)
_QUOTED_THEN_NUMBER = re.compile(r"[\"”»][ \t]+(\d{2,4})(?![\d.,/]?\d)(?!\w)")
_TEAM = re.compile(rf"(?i)(?<!\w)(?:{_UNIT})[ \t]+\d{{1,4}}[ \t]+số[ \t]+(\d{{1,3}})(?![\d.,/]?\d)(?!\w)")


class Nicknamed(Recogniser):
    name, kind = "nicknamed-unit", "name"
    note = "a unit called by its nickname and the number it is named by elsewhere on the page"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if '"' not in text[a:b] and "”" not in text[a:b] and "»" not in text[a:b]:
            return
        for m in _QUOTED_THEN_NUMBER.finditer(text, a, b):
            if COUNTED.match(text, m.end(1)):
                continue
            named = re.compile(rf"(?i)(?<!\w)(?:{_UNIT})[ \t]+{m.group(1)}(?![\d.,/]?\d)(?!\w)")
            if named.search(text):
                yield Claim(m.start(1), m.end(1), self.kind, self.note, self.name)


class TeamNumber(Recogniser):
    name, kind = "team-number", "name"
    note = "the number of one of a unit's teams (tổ công tác 363 số 1)"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "số" not in text[a:b]:
            return
        for m in _TEAM.finditer(text, a, b):
            if not COUNTED.match(text, m.end(1)):
                yield Claim(m.start(1), m.end(1), self.kind, self.note, self.name)


NICKNAMED = Nicknamed()
TEAM_NUMBER = TeamNumber()
