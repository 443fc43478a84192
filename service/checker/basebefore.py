"""A rate's base said before its direction word: ``so cùng kỳ giảm 3%``.

    … ngày 26 tháng Chạp là 1.742 lượt xe, so cùng kỳ giảm 3%, so ngày thường tăng 58%.
        (xn-tp-hcm-ben-xe-mien-dong-mien-tay-xe-xuat-ben-2020-01; again «49.629 lượt khách, so cùng kỳ giảm 4%, so
        ngày thường tăng 136%»)
    … CPI bình quân 10 tháng của năm so với cùng kỳ tăng 2,27%.
        (xd-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2016-10)

``so [với] <base> tăng/giảm X%``: the base stands right before the direction word, in the rate's own clause, and is the
rate's — not the next clause's ``so ngày thường`` after it.  Not when a conjunction stands between the base and the
direction word: ``tăng 4,3% so với tháng trước và tăng 25,5% so với cùng kỳ`` (p-namdinh-vantai-2022-h1) — the base
before belongs to the rate before it.
"""

from __future__ import annotations

import re

#: ``so [với] <base words> tăng|giảm [qualifier]`` ending right where the number (or its qualifier) begins; the base
#: words hold no digit, no clause break and no conjunction.
_BASE_THEN_DIRECTION = re.compile(
    r"(?i)(?<!\w)so\s+(?:với\s+)?(?P<base>(?:(?!\b(?:và|nhưng|song|còn|mà|đồng\s+thời)\b)[^\W\d_][^\W\d_\s]*\s+){1,6})"
    r"(?:tăng|giảm)\s+(?:thêm\s+)?$")
#: How far back the construction may start.
_REACH = 60


#: The direction word itself where the rate's words begin (a reader that counts ``tăng`` into the rate's qualifier).
_DIRECTION_AT = re.compile(r"(?i)(?:tăng|giảm)\s+(?:thêm\s+)?")


def base_before_direction(text: str, start: int) -> int | None:
    """Where ``so`` of the base said right before the direction word begins, the direction word ending at ``start``
    or beginning there; None if none."""
    at = _DIRECTION_AT.match(text, start)
    end = at.end() if at is not None else start
    m = _BASE_THEN_DIRECTION.search(text[max(0, end - _REACH):end])
    return None if m is None else max(0, end - _REACH) + m.start()
