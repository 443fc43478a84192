"""The period's own estimate said with ``dự kiến`` (round 38): a figure, not an aim.

``statements.aim`` reads a sentence whose verb is ``dự kiến`` as a target (``dự kiến bàn giao sau Tết``; ``Dự kiến
22/22 chỉ tiêu …``). A release written before its period has closed says its own figure the same way, as an estimate:
``tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng dự kiến đạt 4.071 tỷ đồng, tăng 1,39% so với
tháng trước và tăng 18,89% so với cùng kỳ năm trước`` (yl-vinh-phuc-cuc-thong-ke, a monthly release), ``dự kiến sản
lượng vận chuyển các tuyến buýt trợ giá đạt 395,7 triệu lượt khách, giảm 8% so với cùng kỳ`` (zm-ha-noi-xe-buyt),
``doanh thu … dự kiến đạt hơn 1.126 tỷ, tăng 5% so cùng kỳ 2022`` (zb-toan-quoc-duong-sat), ``dự kiến năng suất lúa
vụ mùa ước đạt 51tạ/ha …, sản lượng ước đạt 918 tấn`` (zj-thanh-hoa-ba-thuoc). Two marks of the grammar tell the
estimate from the aim, each enough:

- the figure is compared, in its sentence after ``dự kiến``, with a period that has passed (``tăng/giảm … so với cùng
  kỳ``, ``… so với tháng trước``, ``quý trước``, ``kỳ trước``), or indexed on one (``bằng 105% cùng kỳ``, ``bằng
  132,52% so cùng kỳ``: round 55): a target is not measured against the last period's result as a change that
  happened;
- ``ước đạt``/``ước tính``/``ước thực hiện`` stands between ``dự kiến`` and the number: the statistician's estimate.

Not when, between ``dự kiến`` and the number, the words look ahead or name another time (``sẽ``, ``phấn đấu``,
``kế hoạch``, ``mục tiêu``, ``tới``, ``sau``, a year: ``dự kiến năm 2016 là khoảng 957 tỉ đồng``) — a year is
another time unless it is the report's own (``dự kiến kết thúc vụ Đông xuân 2012-2013, … là 24.100 triệu đồng``
in the season's report of March 2013; round 55) —, nor when nothing compares it (``tiếp tục triển khai xây dựng 16 căn nhà …, dự kiến bàn giao sau Tết``: an aim stays an aim).
``unless_estimate`` wraps ``aim`` where the recognisers are composed (``recognisers.RECOGNISERS``).
"""

from __future__ import annotations

import re
from typing import Callable

from service.checker.extract import Mention
from service.onboarding.model import Para

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_EXPECTED = re.compile(r"(?i)(?<!\w)dự\s+kiến(?!\w)")
#: ``tăng 1,39% so với tháng trước``, ``giảm 8% so với cùng kỳ``, ``tăng 5% so cùng kỳ 2022``: a change against a
#: period that has passed.
_PAST_CHANGE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)[^.;!?]{0,40}?(?<!\w)so\s+(?:với\s+)?(?:cùng\s+kỳ|tháng\s+trước"
                          r"|quý\s+trước|kỳ\s+trước)(?!\w)")
#: ``bằng 105% cùng kỳ``, ``bằng 132,52% so cùng kỳ``: the figure indexed on a period that has passed (round 55:
#: t43-stockproxx-duong-sat-tet-2024, yd-tay-ninh-cong-ty-thuy-loi-tuoi-vu-dong-xuan-2013-03).
_PAST_INDEX = re.compile(r"(?i)(?<!\w)bằng\s+\d[\d.,]*\s*%\s*(?:so\s+(?:với\s+)?)?(?:cùng\s+kỳ|tháng\s+trước|quý\s+trước"
                         r"|kỳ\s+trước)(?!\w)")
_ESTIMATED = re.compile(r"(?i)(?<!\w)ước\s+(?:đạt|tính|thực\s+hiện)(?!\w)")
#: Between ``dự kiến`` and the number: words that look ahead or name another time.
_AHEAD = re.compile(r"(?i)(?<!\w)(?:sẽ|phấn\s+đấu|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|tới|sau)(?!\w)")
#: A year, or a span of two (``2012-2013``, a season's name): its last year is the time it names.
_YEAR = re.compile(r"(?<!\d)(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)(?!\d)")


def _another_time(between: str, period) -> bool:
    """``between`` looks ahead, or names a year other than the report's own (any year, when the report's period is
    not known)."""
    if _AHEAD.search(between):
        return True
    own = getattr(period, "year", None)
    return any(own is None or int(y.group(1)) != own for y in _YEAR.finditer(between))


def period_estimate(p: Para, i: int, m: Mention) -> bool:
    """``m`` is said after ``dự kiến`` in its sentence as the period's own estimate (a past period compared with, or
    ``ước đạt`` before it), nothing between looking ahead."""
    s = p.sentence_of(m)
    before = p.text[s:m.num_start]    # the number's qualifier too: ``ước đạt`` is read as one
    said = list(_EXPECTED.finditer(before))
    if not said:
        return False
    between = before[said[-1].end():]
    if _another_time(between, p.reading.period):
        return False
    stop = _SENTENCE_END.search(p.text, m.end)
    end = stop.start() if stop else len(p.text)
    after = p.text[s + said[-1].end():end]
    return bool(_ESTIMATED.search(between)) or bool(_PAST_CHANGE.search(after)) or bool(_PAST_INDEX.search(after))


def unless_estimate(aim: Callable[[Para, int, Mention], bool]) -> Callable[[Para, int, Mention], bool]:
    """``aim``, except for the period's own estimate (``period_estimate``)."""
    def aimed(p: Para, i: int, m: Mention) -> bool:
        return aim(p, i, m) and not period_estimate(p, i, m)
    aimed.__name__ = aim.__name__
    aimed.__doc__ = aim.__doc__
    return aimed
