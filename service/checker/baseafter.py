"""A comparative's base said after the amount: ``thấp hơn 13 tấn so với cuối tuần trước`` (round 54).

    Lượng heo về chợ đầu mối … giảm còn 383 tấn, thấp hơn 13 tấn so với cuối tuần trước …
                                        (held-out xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11)
    … đã khai thác được 29.352 tấn (43,1% KH năm), cao hơn 1.115 tấn so cùng kỳ 2013.
                                        (sweep page t19-sado-vrg-2014-08)
    … người tử vong do tai nạn giao thông, nhiều hơn 23 ca so với cùng kỳ Tết Canh Tý
                                        (sweep page d4-kenh14-tet-tan-suu-capcuu-2021)

``extract`` reads ``ít/nhiều/cao/thấp hơn <amount>`` as a change only when the base was said before it (``so với cùng
kỳ, số án ít hơn 6 vụ``); :func:`base_after` says the base follows instead: ``so với``/``so cùng kỳ`` after the amount
in the same clause, within 40 characters. Then ``hơn`` is the comparative (lower by 13 tonnes), not a qualifier (more
than 13 tonnes). A multiple (``cao hơn 1,8 lần so với``) is not an amount of change: left as it was read; so is a
rate (``thấp hơn 0,39% so với cùng kỳ``: ``extract`` asks only for amounts, the rates keep their own rules).
"""

from __future__ import annotations

import re

_BASE_AFTER = re.compile(r"(?i)[^.;!?\n]{0,40}?(?<!\w)(?:so\s+với|so\s+cùng\s+kỳ)(?!\w)")
_TIMES = re.compile(r"(?i)\s*lần(?!\w)")


def base_after(text: str, end: int) -> bool:
    """The comparison's base is said after the amount ending at ``end`` (``… 13 tấn so với cuối tuần trước``)."""
    return _TIMES.match(text, end) is None and _BASE_AFTER.match(text, end) is not None


#: ``ít hơn dự kiến 12 người`` (held-out xg-toan-quoc-hoi-dong-bau-cu-2011: fewer elected than the planned structure),
#: ``ít hơn cùng kỳ 1,423 tạ/ha``, ``nhiều hơn cùng kỳ hơn 370 ngàn`` (sweep c34-thitruongluagao-thu-dong-2019),
#: ``cao hơn năm trước 0,06 tạ`` (sweep c11-namdong-lua-2019-2020), ``ít hơn tiến độ thu hoạch cùng kỳ 26,6 ngàn ha``
#: (sweep t10-dbscl-hethu-2019): the comparative, then its base (a plan, an expectation, an earlier period; up to
#: three words naming what of it), then the amount: the amount is the difference.
_BASE_BETWEEN = re.compile(
    r"(?i)(?<!\w)(ít|nhiều|cao|thấp)\s+hơn\s+(?:so\s+(?:với\s+)?)?(?:[^\W\d_]+\s+){0,3}?"
    r"(?:dự\s+kiến|kế\s+hoạch|chỉ\s+tiêu|cùng\s+kỳ|(?:năm|kỳ|khóa|khoá|nhiệm\s+kỳ|tháng|quý|vụ)\s+(?:trước|ngoái))"
    r"(?:\s+(?:năm\s+)?\d{4})?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$")


def base_between(before: str) -> str | None:
    """The direction (``tăng``/``giảm``) of a comparative whose base stands between it and the amount (``ít hơn dự kiến
    12 người``), from the text ``before`` the amount's number; None when no such comparative ends it."""
    m = _BASE_BETWEEN.search(before[-120:])
    if m is None:
        return None
    return "tăng" if m.group(1).lower() in ("nhiều", "cao") else "giảm"
