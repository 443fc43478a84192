"""Last period's value in a bracket its period's words open: ``đạt 75% (cùng kỳ 60,6%)``, ``(năm trước 88 vụ)``.

    … diện tích kế hoạch, tiến độ gieo sạ đạt 75% (cùng kỳ 60,6%). … tiến độ thu hoạch đạt 3,3% (cùng kỳ 5%).
                                                          (held-out yb-dbscl-cuc-trong-trot-tien-do-he-thu-2019-05)
    Tai nạn do đánh nhau giảm 29 trường hợp (năm trước 88 vụ).
                                                          (held-out ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02)

The grammar, as ``bases.plan_opens_bracket``'s ``(kế hoạch 1.560.000 tấn)``: an opening bracket, the words of the
earlier period (``cùng kỳ``, ``cùng kỳ năm trước``, ``cùng kỳ năm 2018``, ``năm trước``, ``năm ngoái``, ``kỳ trước``,
``tháng trước``, ``quý trước``), a colon, ``là`` or a qualifier perhaps, the number, its unit or a word or two, and
the bracket closes.  The value is the comparison's base, another period's: checked where the table keeps last year's
column (``check._table_keeps``), not a figure of this period otherwise.
"""

from __future__ import annotations

import re

_W = r"[^\W\d_]"
_OPENS = re.compile(r"(?i)\(\s*(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?|năm\s+(?:trước|ngoái)|"
                    r"(?:kỳ|tháng|quý)\s+trước)\s*(?::\s*|là\s+|đạt\s+)?(?:(?:gần|hơn|khoảng|trên|dưới|chỉ)\s+)?$")
_CLOSE = re.compile(rf"\s*(?:%|{_W}+(?:\s+{_W}+)?)?\s*\)")


def period_opens_bracket(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` is the earlier period's value in a bracket its period's words open."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_OPENS.search(text, max(line_start, start - 45), start)) and bool(_CLOSE.match(text, end))
