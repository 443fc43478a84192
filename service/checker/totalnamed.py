"""The sum of all groups, named by the sentence: ``Trong 9 tháng, Bộ đội biên phòng tỉnh đã chủ trì, phát hiện và bắt
giữ tổng cộng 91 vụ (trong đó có 43 vụ …) và 77 đối tượng. … Trong đó, Bộ đội biên phòng tỉnh đã chủ trì … 73 vụ``
(xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t: ``I. Tổng số (chủ trì và phối hợp)`` then ``II. Bộ đội biên
phòng tỉnh chủ trì``); ``… trong ngày Đồn Biên phòng Pa Thơm đã bắt tổng số 4 đối tượng`` (baotintuc.vn, 2021: the
day's two arrests summed, whoever the subject). ``tổng cộng``/``tổng số`` after the last group the sentence names makes
what follows, to the sentence's end, the total's: the group whose title opens on ``Tổng``/``Cộng`` (a sheet's total
section), when one of the twins has it.

``total_named(titles, before)``: ``titles`` are the twins' group titles (folded), ``before`` the paragraph up to the
number (folded); returns the index of the total's title and where its marker stands, or None.
"""

from __future__ import annotations

import re

_NUMBERING = re.compile(r"^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)/-]\s*")
#: a sheet's total section: ``I. Tổng số (chủ trì và phối hợp)``, ``Tổng cộng``, ``Cộng``, ``Toàn tỉnh`` is not one
_TOTAL_TITLE = re.compile(r"^(?:tong(?:\s+(?:so|cong))?|cong)(?![a-z0-9])")
#: the sentence's own totalling words (folded)
_MARKER = re.compile(r"(?<![a-z0-9])tong\s+(?:cong|so)(?![a-z0-9])")
_STOP = re.compile(r"[.!?;](?:\s|$)|\n")


def total_title(titles: list[str]) -> int | None:
    """The one title among ``titles`` that is a sheet's total section."""
    found = [k for k, t in enumerate(titles) if _TOTAL_TITLE.match(_NUMBERING.sub("", t).strip())]
    return found[0] if len(found) == 1 else None


def total_named(titles: list[str], before: str) -> tuple[int, int] | None:
    """(index of the total's title, position of the marker) when the number's sentence says ``tổng cộng``/``tổng số``."""
    k = total_title(titles)
    if k is None:
        return None
    opens = max((m.end() for m in _STOP.finditer(before)), default=0)
    at = max((m.start() for m in _MARKER.finditer(before, opens)), default=-1)
    return (k, at) if at >= 0 else None
