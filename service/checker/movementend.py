"""The period a movement's end is said of (checker round 97, issue #13).

A movement names its start's time right after the start, and its end's right after the end, or between the two:

    … tỷ lệ hộ nghèo giảm nhanh từ 9,94% năm 2010 xuống còn 0,19% năm 2018; thu nhập bình quân của người dân tăng
    từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng vào năm 2018 …   (zy-quang-nam-nui-thanh-xa-tam-nghia-…-2018)

    … năm 2016, tỷ lệ hộ nghèo dân tộc thiểu số là 19,2% và đến cuối năm 2019 giảm xuống còn 6,1% …   (yp-thai-nguyen-…)

The start's own year («năm 2010», «(năm 2010)») is the start's: the end is not said of it.  An end with no year of
its own and none named between the ends is said of the report's period (``từ 25 triệu đồng (năm 2010) lên 36,07
triệu đồng``).  And a movement whose two ends cannot be a movement — equal, or against the way its word says — is
judged as a pair by the movement pass (``movement.Movements``): the rules that read one end's period leave both ends
to it (``từ 0,19% năm 2010 xuống còn 0,19%``: a planted end, no row of either year may prove the pair).
"""

from __future__ import annotations

import re

from service.checker.movement import movements, number_end, wrong_ends

#: ``25 triệu đồng (năm 2010)``, ``9,94% năm 2010``, ``36,07 triệu đồng vào năm 2018``: the year right after a
#: number, its own time.
OWN_YEAR = re.compile(r"(?i)\s*(?:\(\s*(?:năm\s+)?((?:19|20)\d\d)\s*\)|(?:vào\s+|trong\s+)?năm\s+((?:19|20)\d\d)(?!\d))")


def own_year(text: str, end: int) -> str | None:
    """The year said right after a number ending at ``end`` (its own time), or None."""
    m = OWN_YEAR.match(text, end)
    return (m.group(1) or m.group(2)) if m else None


class MovementEnds:
    """The movements of a text's mentions (``movement.movements``, or ``found``, the checker's one reading of them:
    ``Movements._movements``): ``judged``, the ends of those that cannot be right (the movement pass's); ``floor``,
    each other movement's end → where the words said of it begin (after its start, the start's per-unit tail and own
    year)."""

    def __init__(self, text: str, mentions: list, found: list[tuple[int, int, str]] | None = None):
        self.judged: set[int] = set()
        self.floor: dict[int, int] = {}
        for a, b, way in movements(text, mentions) if found is None else found:
            if wrong_ends(mentions[a].value, mentions[b].value, way):
                self.judged |= {a, b}
            else:
                end = number_end(text, mentions[a])
                own = OWN_YEAR.match(text, end)
                self.floor[b] = own.end() if own else end

    def is_end(self, i: int) -> bool:
        """Is mention ``i`` the end of a movement (one that can be right)?"""
        return i in self.floor

    def lo(self, i: int, para_start: int) -> int:
        """Where the periods said of mention ``i`` may begin: its paragraph's start, or, for a movement's end, after
        the movement's start."""
        return max(para_start, self.floor.get(i, para_start))
