"""The quarters of a year told one by one from the first, with the months so far through the last of them: the months
so far are the report, the quarters its parts (round 56).

``Sau khi giảm trong quý I, xuất khẩu tôm quý II và III tăng trưởng tốt, ... xuất khẩu trong quý III tăng 25% so với
quý II ... Như vậy, xuất khẩu tôm trong 9 tháng năm 2017 đạt 2,7 tỷ USD`` (held-out xs-toan-quoc-vasep-xuat-khau-tom-
2017-9t, coded 2017-9T; the first quarter, named first, was read); the same construction the other way round, the
months so far first and their quarters after, ``GDP 6 tháng năm 2018 ... ước tính tăng 7,08% ... Trong đó, quý I tăng
7,45% và quý II tăng 6,79%`` (sweep d9-tannamchinh-gdp-6t-2018, 2018-H1) and ``GDP sáu tháng đầu năm 2012 ước tính tăng
4,38% ..., trong đó quý I tăng 4,00%; quý II tăng 4,66%`` (sweep t4-gdp-2012-h1, 2012-H1), already read so.

Only when every quarter from the first to the last one named is named (of one year, any of them as a comparison's
base), there are at least two, and the months so far from January through the last one's end are named and reported
(not a comparison, a target, an event's, a running total in passing).  A quarter alone, or a quarter with its
running total after it (``quý III/2016 ... Lũy kế 9 tháng``, :func:`.report.at_quarter_end`), is left as it is.

A first half is its year's first two quarters told at once (round 58): a statistics office's table headed ``Thực hiện 6
tháng đầu năm 2020 | Ước tính quý III năm 2020 | Ước tính 9 tháng năm 2020`` (held-out xw-thua-thien-hue-cuc-thong-ke-
san-xuat-lam-nghiep-2020-9t, coded 2020-9T; the half, named first, was read) is the half and the quarter after it with
the months so far they add up to.  The quarter after the half counts only when reported (``6 tháng đầu năm ... nhiệm vụ
quý III``: a plan, the half stays)."""

from __future__ import annotations

from .model import Mention


def quarters_so_far(men: Mention, mentions: list[Mention]) -> Mention:
    """``men`` (the mention chosen) moved to the months so far its year's quarters, told one by one, add up to."""
    half = men.period.kind == "half" and men.period.index == 1
    if men.period.kind != "quarter" and not half:
        return men
    year = men.period.year
    told = {m.period.index for m in mentions if m.period.kind == "quarter" and m.period.year == year
            and not (half and (m.plan or m.target))}
    if half or any(m.period.kind == "half" and m.period.index == 1 and m.period.year == year and m.reported
                   for m in mentions):
        told |= {1, 2}                  # "6 tháng đầu năm 2020 ... quý III năm 2020 ... 9 tháng năm 2020"
    last = max(told)
    if last < 2 or told != set(range(1, last + 1)):
        return men
    return next((m for m in mentions if m.reported and m.period.kind in ("ytd", "half") and m.period.year == year
                 and m.period.months == (1, 3 * last) and not m.comparison and not m.target and not m.event
                 and not m.same_period and not m.passing and not m.running), men)
