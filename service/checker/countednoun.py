"""A group's words standing as the noun a count counts, after another group the sentence named.

A sheet repeats ``Số vụ | Số người chết`` under ``I. Toàn quốc (tai nạn và va chạm giao thông)``, ``II. Đường bộ``,
``III. Đường sắt``; the text names the sub-group first and then counts its events by their common noun:

    Trong đó đường bộ xảy ra 696 vụ tai nạn, làm 526 người thiệt mạng …
                                    (xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09)
    Tuyến đường sắt xảy ra 3 vụ tai nạn giao thông, làm chết 3 người …   (sweep p21-qdnd-tngt-thang10-2021-10)

``tai nạn`` there is what ``696 vụ`` counts, not the whole country's group coming back.  A group's words right after
``<number> <unit>`` do not outrank a group named earlier in the same sentence; alone in their sentence (``xảy ra 5 vụ
cháy rừng``) they still name theirs.
"""

from __future__ import annotations

import re

#: ``696 vu `` (folded): a number and one unit word just before a position
_COUNT_BEFORE = re.compile(r"(?<![a-z0-9])\d[\d.,]*\s+[a-z]{1,8}\s+$")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_ONE_WORD = re.compile(r"[a-z0-9]+\s+")


def is_counted_noun(before: str, k: int) -> bool:
    """The words at ``k`` of ``before`` (folded) stand right after a number and its unit word."""
    return bool(_COUNT_BEFORE.search(before[max(0, k - 40):k]))


def same_sentence(before: str, a: int, b: int) -> bool:
    """No sentence end between positions ``a`` < ``b`` of ``before``."""
    return not _SENTENCE_END.search(before, a, b)


def _counted(hits: list[tuple[int, object]], before: str) -> list[bool]:
    """Per hit (sorted): it stands right after a number and its unit, or continues such a hit's words of the same
    group (``696 vu tai nan giao thong``: ``tai nan``, ``nan giao``, ``giao thong``); ``5 vu o duong sat`` is not."""
    out: list[bool] = []
    for n, (k, g) in enumerate(hits):
        chained = any(out[p] and hits[p][1] is g and _ONE_WORD.fullmatch(before, hits[p][0], k)
                      for p in range(max(0, n - 3), n))
        out.append(chained or is_counted_noun(before, k))
    return out


def last_naming(hits: list[tuple[int, object]], before: str):
    """The hit (position, group) that names the group: the last, unless it is a counted noun after another group's
    name in its sentence — then that name's.  ``(-1, None)`` for no hits."""
    if not hits:
        return -1, None
    hits = sorted(hits, key=lambda h: h[0])
    counted = _counted(hits, before)
    k, g = hits[-1]
    if not counted[-1]:
        return k, g
    for n in range(len(hits) - 2, -1, -1):
        k2, g2 = hits[n]
        if g2 is not g and not counted[n] and same_sentence(before, k2, k):
            return k2, g2
    return k, g
