"""One day's incident told in a report of a longer period: its numbers are that day's, no figure of the period
(round 60).

=================  ====================================================================================================
``day_incident``   ``Ngày 10-1, Trung tâm Y tế TP Đông Triều … đang điều tra làm rõ vụ nghi ngộ độc do uống rượu khiến
                   1 người tử vong và 3 người khác phải nhập viện`` / ``Theo đó, vào trưa 9-1, … có 6 người ăn cơm …
                   khoảng 1 lít rượu trắng, 5 người … Tới chiều cùng ngày, 4 người …`` (xh-toan-quoc-cuc-an-toan-thuc-
                   pham-tong-ket-2024, a year's report written in January 2025): a paragraph dated to one day
                   (``ngày D-M``, ``trưa D/M``) that names no other time — no span, no month, year or week, only
                   ``cùng ngày`` back to its own day — and whose day falls after the period (in the year the page
                   was written) tells what happened in the days of writing; in a report of a year, a half, a
                   quarter or a term its counts are the story's, not the period's rows
=================  ====================================================================================================

Real negatives: a day inside the period — ``Ngày 1-11, karaoke 68 Trần Thái Tông … cháy làm 13 người tử vong``
(yl-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2016: an extra left), ``Ngày 13/4, Hội Người cao tuổi … chúc thọ 3
cụ tròn 100 tuổi`` (t42-bienhoa-nct-quyet-thang-chuc-tho: the period's work); ``Ngày 18/6, Bộ Công an đã tổ
chức hội nghị trực tuyến sơ kết 2 tháng … trong 2 tháng (từ 15/4 đến 15/6), cả nước xảy ra 344 vụ cháy`` (t-bca-pccc-caodiem-2021: a span of the period named, the rows stay), ``CDC Hà Nội
ngày 4/4 báo cáo, trong hai tuần trở lại đây … 60-70 ca/tuần`` (yg-ha-noi-cdc-tay-chan-mieng-2024-3t: a span), and a
month's report (its days are its own: a monthly report lists each day's incident as its work).

Tried with ``service.onboarding.recognisers.RECOGNISERS`` (``INCIDENTS``, after ``OCCASIONS``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: A day and its month, no year: ``ngày 10-1``, ``trưa 9-1``, ``Ngày 1-11``, ``sáng 18/6``.
_DAY = re.compile(r"(?i)(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm)\s+(?:ngày\s+)?(?:0?[1-9]|[12]\d|3[01])\s*[-/]\s*"
                  r"(?:0?[1-9]|1[0-2])(?![\d/.-]|,\d)")
#: Any other time the paragraph names: a unit of time (``2 tháng``, ``năm 2024``, ``tuần``), a span (``từ … đến``
#: between dates is a span too, read by its second day), ``hiện nay``/``đến nay``/``lũy kế``.
_OTHER_TIME = re.compile(r"(?i)(?<!\w)(?:tuần|tháng|quý|năm|đến\s+nay|hiện\s+nay|lũy\s+kế|luỹ\s+kế|từ\s+đầu|"
                         r"trở\s+lại\s+đây|thời\s+gian\s+qua|vừa\s+qua|giai\s+đoạn|kỳ)(?!\w)")
#: ``cùng ngày``, ``hôm đó``: back to the paragraph's own day.
_SAME_DAY = re.compile(r"(?i)(?<!\w)(?:cùng\s+ngày|hôm\s+đó|trong\s+ngày)(?!\w)")
#: Periods longer than the days they are made of: a month's report tells each day's incident as its work.
_LONG_KINDS = ("year", "half", "quarter", "ytd", "term")


#: A day that ends or opens a span, or a tally's cut-off: ``tính đến ngày 30/9``, ``từ ngày 21/7``, ``đến hết ngày
#: 17/8``, ``trong ngày 2-8``: the period's count up to that day, not a story of the day.
_CUT_OFF = re.compile(r"(?i)(?<!\w)(?:từ|đến|tới|hết|trong|sau)\s+(?:hết\s+)?(?:[\d\w]*\s*(?:giờ|h)\s*\d*\s*)?$")
#: A date written with its year, or a second day-month anywhere: another time.
_OTHER_DATE = re.compile(r"(?<![\d/])\d{1,2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{2,4})?(?![\d])")


def one_day(text: str) -> bool:
    """The paragraph is dated to one day and names no other time."""
    days = list(_DAY.finditer(text))
    if len(days) != 1:
        return False
    day = days[0]
    if _CUT_OFF.search(text[max(0, day.start() - 30):day.start()]):
        return False
    if _OTHER_DATE.search(text[:day.start()] + " " + text[day.end():]):
        return False
    rest = _SAME_DAY.sub(" ", _DAY.sub(" ", text))
    return not _OTHER_TIME.search(rest)


def day_incident(p: Para, i: int, m: Mention) -> bool:
    """A count of a paragraph telling one day's story, in a report of a longer period: no row."""
    period = p.reading.period
    if period is None or getattr(period, "kind", None) not in _LONG_KINDS:
        return False
    day = _DAY.search(p.text)
    return bool(day and day.end() <= m.num_start and one_day(p.text) and after_period(day, period, p.reading.written))


def after_period(day: re.Match, period, written: int | None) -> bool:
    """The day (in the year the report was written, else the period's last year) falls after the period ends: the
    days of writing, not the period's own — a day inside the period may be its work (``Ngày 13/4, Hội … chúc thọ 3
    cụ tròn 100 tuổi``, t42-bienhoa-nct-quyet-thang-chuc-tho, round 52)."""
    month = int(re.findall(r"\d+", day.group(0))[-1])
    last_year = period.year + (period.index if period.kind == "term" else 0)
    year = written if written and written >= last_year else last_year
    return (year, month) > (last_year, period.months[1])


INCIDENTS = (day_incident,)
