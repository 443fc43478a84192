"""What is done every year (or month), said as a habit, not as this period's result.

    Đối với xã Châu Lý, hằng năm, Hội Doanh nghiệp trẻ Nghệ An tổ chức trao 20 suất quà … và hỗ trợ tiền xây 2 nhà
    tình nghĩa..., với tổng số tiền trao tặng trị giá 70 - 80 triệu đồng mỗi năm.   (zk-nghe-an-hoi-doanh-nhan-tre)
    … thực hiện tốt các chủ trương, đường lối của Đảng, Nhà nước, hàng năm có 8/8 chi hội đăng ký thi đua …
    Hằng năm qua bình xét, tất cả số hội cơ sở hoàn thành tốt nhiệm vụ, trong đó trên 40% ho…

The adverb (``hằng năm``, ``hàng năm``, ``hằng tháng``, ``mỗi năm``…) stands as an adverb: opening its sentence or
clause (after a comma), or right after the number's unit (``70 - 80 triệu đồng mỗi năm``) — not as a noun's
modifier (``cây hàng năm``, an annual crop; ``kinh phí chi trả hàng năm``).  Only asked of a number no row
supports and no row's label the words fit, so a wrong value of a row is still caught.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.landclass import annual_crop

_EVERY = r"(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý|tuần)"
#: The adverb opening the sentence or a clause: ``Hằng năm, …``, ``…, hàng năm có …``.
_OPENING = re.compile(r"(?i)(?:^|[,;:])\s*" + _EVERY + r"(?!\w)")
#: Right after the number's unit: ``70 - 80 triệu đồng mỗi năm``.
_AFTER = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,3}?" + _EVERY + r"(?!\w)")
#: A range served every day (``duy trì đều đặn 10.000 – 12.000 suất ăn mỗi ngày``, zl-tp-ho-chi-minh-hoi-bao-tro-
#: benh-nhan-ngheo-2014); one amount a day is the period's average, a figure (``Mỗi ngày hải quan thu 1.255 tỷ đồng``).
_AFTER_DAY = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,3}?(?:hằng|hàng|mỗi)\s+ngày(?!\w)")
#: A range written as one number (``70 - 80 triệu đồng``): no table keeps it as one cell.
RANGE = re.compile(r"\d\s*(?:[-–]|đến)\s*\d")
_REACH = 300
#: ``Theo báo cáo …, trung bình hằng năm, các lực lượng … phát hiện khoảng 400 vụ``: an average over the years,
#: opening the sentence or a clause — never the period's own figure, whatever row its words fit.
_AVERAGE_OPENING = re.compile(r"(?i)(?:^|[,;:])\s*(?:trung\s+bình|bình\s+quân)\s+" + _EVERY + r"(?!\w)")


#: A year named between the adverb and the number (``bình quân hàng năm số lượng … đều tăng, năm 2018 đã có 1.125
#: hộ``, zv-phu-tho-lam-thao-hoi-nong-dan-xa-son-vi-sxkd-gioi-2017-2019): the number is that year's, no habit.
_A_YEAR = re.compile(r"(?i)(?<!\w)năm\s+(?:19|20)\d{2}(?!\d)")


def _said_as(cue: re.Pattern, text: str, start: int) -> bool:
    """The sentence before the number at ``start`` holds ``cue`` with no year named between the last one and it."""
    s = sentence_start(text, start, _REACH)
    before = text[max(0, start - _REACH) if s is None else s:start]
    found = list(cue.finditer(before))
    return bool(found) and not _A_YEAR.search(before, found[-1].end())


def yearly_average(text: str, start: int) -> bool:
    """Is the number at ``start`` in a sentence said of an average per year (``trung bình hằng năm, …``)?"""
    return _said_as(_AVERAGE_OPENING, text, start)


def habitual(text: str, start: int, end: int) -> bool:
    """Is the number at ``start``–``end`` said of what is done every year (month…)?"""
    if _said_as(_OPENING, text, start):
        return True
    m = _AFTER.match(text, end) or (_AFTER_DAY.match(text, end) if RANGE.search(text, start, end) else None)
    return m is not None and not re.search(r"[,.;]", m.group()) and not annual_crop(m.group())


#: A row that keeps a figure per year itself: ``Hộ nông dân đăng ký … (bình quân hằng năm)``, ``… trung bình mỗi
#: năm``, a unit or note ``hộ/năm`` (zv-nghe-an-do-luong-hoi-nong-dan-xa-hong-son-sxkd-gioi-2016-2020, d2-gialaitv-
#: sxkd-gioi-2017-2022: ``Bình quân số hộ đạt danh hiệu … là 62.870 hộ/năm``).
_PER_YEAR_ROW = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình|" + _EVERY + r"(?!\w))|/\s*(?:năm|tháng|quý)(?!\w)")


def yearly_row(*words: str | None) -> bool:
    """Do a row's words (label, unit, note) say it keeps a yearly (monthly…) average or habit as its figure?

    Then a number said as that habit (``bình quân hằng năm … đạt gần 2.400 hộ``) is the row's, checked against it —
    the habit and average rules set aside only numbers the sheet keeps no such row for."""
    return any(w and _PER_YEAR_ROW.search(w) for w in words)
