"""Dates, quarters and ages: ``Sáng 31-7``, ``Chiều 14/6``, ``2017-11-24``, ``ngày 5 tháng 7``, ``quý II/2017``,
``(19/5)``, ``từ 1-3 đến 31-5``, ``trên 60 tuổi``, ``19-10, Hội …`` (a dateline), ``January 2, 2017``.

A day/month (``14/6``, ``31-7``, ``20.4``) is also how a ratio (``10/10 hồ sơ``) or a decimal
(``20.4``) is written, so it is a date only when its notation says so (a year after it, ``ngày``
or a time-of-day word before it, parentheses round it) and day and month are real.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, alternation, loose, splits
from service.checker.recognisers.amountafter import amount_follows
from service.checker.recognisers.nouns import COUNTED
from service.checker.recognisers.vocab import DATE_CUES

_YEAR = r"(?:1[89]|20)\d\d"
#: ``tháng``, ``ngày``, ``năm`` as written, or split by a PDF text layer (``Thá ng 10``, ``nă m 2022``).
_THANG, _NGAY, _NAM = f"(?:{loose('tháng')}|{loose('thang')})", loose("ngày"), loose("năm")
_DAY_WORD = rf"(?:{_NGAY}|(?i:mùng|mồng))"
_DM = r"\d{1,2}\s?[/.-]\s?\d{1,2}"


def valid_date(s: str) -> bool:
    """Every date in ``s`` (``19/5``, ``3/2/1930``, ``7/2023``, ``2017-11-24``, lists and ranges) has a real day
    and month."""
    s = s.strip()
    mm = re.fullmatch(r"(\d{1,2})\s?[/.-]\s?(\d{4})", s)
    if mm:
        return 1 <= int(mm.group(1)) <= 12
    ym = re.fullmatch(r"\d{4}-(\d{2})", s)
    if ym:
        return 1 <= int(ym.group(1)) <= 12
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if iso:
        return 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31
    dates = re.findall(r"(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?\d{4})?", s)
    return bool(dates) and all(1 <= int(d) <= 31 and 1 <= int(m) <= 12 for d, m in dates)


def _valid(text: str, m: re.Match) -> bool:
    return valid_date(m.group(1))


def _valid_or_blank(text: str, m: re.Match) -> bool:
    """A real date, or a page's blank one after its weekday (``Thứ hai, 00/00/2023``: a site's empty date field,
    zq-tuyen-quang-ubnd-tinh-san-xuat-vu-xuan-den-15-5-2024-05)."""
    return valid_date(m.group(1)) or re.match(r"0{1,2}\s?[/.-]\s?0{1,2}\s?[/.-]", m.group(1)) is not None


def _valid_uncounted(text: str, m: re.Match) -> bool:
    """A real day/month not followed by what it counts (``10/12 xã`` is a part over its whole)."""
    return valid_date(m.group(1)) and not COUNTED.match(text, m.end(1))


def _cued(text: str, m: re.Match) -> bool:
    """A day/month after a date cue; not a part over its whole followed by what it counts (``Có đến 5/9 huyện``), nor
    a range of amounts after a verb of amount and ``từ`` (:data:`_AMOUNT_RANGE`)."""
    return valid_date(m.group(1)) and bool(_CUE.search(text, max(0, m.start(1) - 30), m.start(1))) \
        and not COUNTED.match(text, m.end(1)) \
        and not (_AMOUNT_FROM.search(text, max(0, m.start(1) - 30), m.start(1)) and _AMOUNT_RANGE.match(text, m.end(1)))


#: ``tăng gấp từ 2-5 lần`` (c18-baodautu-lienminh-htx-2020), ``mỗi xã trung bình tăng thêm từ 1-3 tiêu chí``
#: (c19-hatinh-sonham-giaoban-ntm): a verb of amount before ``từ``, a range, then the noun it counts — how many, not
#: a day and month (``tăng từ 1-3 đến 31-5``, ``giảm từ 15-3`` stay dates: a date word or nothing follows).
_AMOUNT_FROM = re.compile(r"(?i)(?<!\w)(?:gấp|thêm|tăng|giảm|đạt|có|được|còn|khoảng|chỉ)\s+từ\s*$")
_AMOUNT_RANGE = re.compile(r"\s+(?!(?:đến|tới|cho|trở|năm|và|hoặc|hằng|hàng|đầu|cuối|vừa|qua|nay|sáng|trưa|chiều|tối"
                           r"|lúc|vào|thì|là)(?!\w))[a-zà-ỹđ][^\W\d_]*")


_CUE = re.compile(rf"(?i)(?<!\w)(?:{alternation(DATE_CUES)})(?:\s+(?:nay|qua|hôm qua|hôm nay|mai|cùng ngày))?"
                  # "Trong 2 ngày (21 và 22-12)": the days in brackets after ngày (c15-kongchro)
                  rf"[\s,(]*(?:ngày\s+)?(?:\d{{1,2}}\s*(?:,|và|&|-|–)\s*)?$")


def _coordinated(text: str, m: re.Match) -> bool:
    """``30/4 và 1/5``: two real day/months joined by ``và`` or a comma, neither an ``n/n`` ratio, no counted noun."""
    a, b = m.group(1), m.group(2)
    if not (valid_date(a) and valid_date(b)):
        return False
    same = [x.split("/")[0] == x.split("/")[1] for x in (a, b)]
    return not any(same) and not re.match(r"\s+[^\W\d_]", text[m.end():m.end() + 2]) \
        or bool(re.match(r"\s+(?:năm|\()", text[m.end():m.end() + 6]))

DATE = Rule("date", "date", "date",
            # 25/10/2021, 3/2/1930-3/2/2023, 24-4-2019, 12.8.2021
            re.compile(rf"(\d(?<![\d.,/]\d)\d?\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?{_YEAR}"
                       rf"(?:\s*[-–]\s*\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?{_YEAR})?)(?!\d)"),
            # 2017-11-24
            re.compile(r"(\d(?<![\d.,/]\d)\d{3}-[01]?\d-[0-3]?\d)(?![\d/])"),
            accept=_valid)
#: ``Tin mới nhất T7,02/03/2024``, ``Thứ 7,23/11/2024``: a page's date after the weekday and a comma, glued to it as a
#: decimal would be (``DATE`` takes no date right after a comma).
WEEKDAY_DATE = Rule("weekday-date", "date", "date", re.compile(
    r"(?<!\w)(?:T[2-7]|CN|(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật))\s*,\s*"
    rf"(\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?{_YEAR})(?!\d)"), accept=_valid_or_blank)
#: ``trong 7 ngày nghỉ tết``, ``đã qua 21 ngày``, ``sau 5 ngày``: a number of days after ``trong``/``qua``/``sau`` says how
#: long, not how many (``ngày công`` counts work: not here).
#: ``trong 7 ngày``, ``Với 10 ngày tổ chức``, ``Kết thúc 12 ngày hoạt động``, ``trong hai ngày cuối tuần``, ``so với hai ngày trước``: days counted as a
#: stretch of time (``ngày công``, ``ngày người`` still count work).
_DAY_COUNT = r"(\d{1,3}|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
DAYS = Rule("days", "period", "length of a period", re.compile(
    rf"(?i)(?<!\w)(?:trong|qua|sau|với|kết\s+thúc)\s+(?:vòng\s+)?{_DAY_COUNT}\s+ngày(?!\w)(?!\s+(?:công|người)(?!\w))(?!\s*\d)"),
    re.compile(rf"(?i)(?<![\w.,]){_DAY_COUNT}\s+ngày\s+(?:trước|qua)(?!\w)"),
    # "12 ngày tịch thu và xử phạt vi phạm gần 11 tỉ đồng" (a headline, yn-toan-quoc-cuc-quan-ly-thi-truong), "7 ngày
    # nghỉ Tết, cả nước …": days opening a sentence or a line are the stretch the sentence tells of (not days counted
    # as work or care: ``ngày công``, ``ngày điều trị``, ``ngày giường``)
    re.compile(rf"(?im)(?:^|(?<=[.!?]\s))[ \t]*{_DAY_COUNT}\s+ngày(?!\w)"
               r"(?!\s+(?:công|người|điều\s+trị|giường|phép|nằm|lưu\s+trú|khách|lượt|đêm\s+khách)(?!\w))(?!\s*[\d/.,-])"),
    needs=splits("ngày"))
#: ``trong tuần 43/2022 cả nước ghi nhận 9.441 trường hợp``: a week of a year by its number (the weekly bulletins of the
#: health ministry), not a ratio of 43 to 2022.
WEEK_YEAR = Rule("week-year", "date", "week/year", re.compile(
    rf"(?i)(?<!\w)tuần\s+(?:thứ\s+)?(\d{{1,2}}\s?/\s?{_YEAR})(?![\d/])"), needs=splits("tuần"))
#: ``chỉ còn 20 ngày nữa là kết thúc năm tài chính``, ``Xin hãy đợi 60 giây nữa``: ``nữa`` after a stretch of time
#: makes it the time still to come (a countdown, a wait), not what the period counted.
TIME_LEFT = Rule("time-left", "period", "time still to come (N ngày nữa), not a figure of the period", re.compile(
    rf"(?i)(?<![\w.,])(?:(?:hơn|gần|khoảng|chưa\s+đầy)\s+)?{_DAY_COUNT}\s+(?:ngày|tuần|tháng|năm|giờ|tiếng|phút|giây)"
    r"\s+nữa(?!\w)"), needs=("nữa",))
#: ``Thứ hai, 07 Tháng 8 2017 14:51``: a page's dateline, day, ``Tháng`` and month, then the year with no ``năm``; the
#: comma may be glued to the year (``T. Minh 10 Tháng 7,2017 Chia sẽ``, xp-quang-nam-ban-quan-ly-di-san-my-son-…: round
#: 87; ``Ngày 13 Tháng 6, 2014``, yz-ha-giang-chi-cuc-dan-so-…, with the space).
DATELINE = Rule("dateline", "date", "date", re.compile(
    rf"(?<![\d.,])((?:0?[1-9]|[12]\d|3[01])\s+(?i:tháng)\s+(?:0?[1-9]|1[0-2])(?:,\s*|\s+){_YEAR})(?![\d.,]?\d)"),
    needs=splits("tháng"))
#: ``19-10, Hội Liên hiệp Phụ nữ …``, ``(QNO) - 22/6, Công an …``: a news item opening on its day and month, a comma and
#: a capitalised name — a dateline (``10/14 chi đoàn`` at a line's start counts: no comma, no capital).
OPENING_DATE = Rule("opening-date", "date", "date", re.compile(
    r"(?m)^[ \t]*(?:\([A-ZĐ]{2,8}\)[ \t]*[-–]?[ \t]*)?(\d{1,2}\s?[/.-]\s?\d{1,2})(?=[ \t]*,[ \t]*[A-ZĐ])"),
    accept=_valid)
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
#: ``January 2, 2017 9:41 am``, ``2 January 2017``: a page's dateline in English.
ENGLISH_DATE = Rule("english-date", "date", "date", re.compile(
    rf"(?<![\w.])(?:{alternation(_EN_MONTHS)})\.?[ \t]+(\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+{_YEAR})(?!\d)"),
    re.compile(rf"(?<![\w.,])(\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{alternation(_EN_MONTHS)})\.?,?[ \t]+{_YEAR})(?!\d)"),
    needs=tuple(m.lower()[:3] for m in _EN_MONTHS[:12]))
MONTH_YEAR = Rule("month-year", "date", "month/year",
                  re.compile(rf"(\d(?<![\d.,/]\d)\d?/{_YEAR})(?![\d/])"),
                  # tháng 3.2018, tháng 5.2015: a month and year joined by a dot after ``tháng``
                  re.compile(rf"(?i:tháng)\s+(\d{{1,2}}\.{_YEAR})(?![\d.,]?\d)"),
                  re.compile(rf"({_YEAR}(?<![\d.,/\-]\d{{4}})-[01]\d)(?![\d\-])"),  # 2022-12 (page metadata)
                  # ``(tính từ tháng 10-2010 đến 10-2011)``: a month and its year joined by a hyphen, as a court's
                  # year is written (yr-binh-phuoc-tand-tinh; ``tháng 6-2019`` in news dates)
                  re.compile(rf"(\d(?<![\d.,/\-]\d)\d?-{_YEAR})(?![\d/\-]|[.,]\d)"),
                  accept=_valid)
DAY_MONTH = Rule("day-month", "date", "date",
                 # (19/5), (14/6 - 15/6)
                 re.compile(r"\(\s*(\d{1,2}/\d{1,2}(?:\s*[-–]\s*\d{1,2}/\d{1,2})?)\s*\)"),
                 # Sáng qua (8-11), kỷ niệm ngày sinh Bác (19-5): a day and month alone in brackets
                 re.compile(r"\(\s*(\d{1,2}\s?[-–]\s?\d{1,2})\s*\)"),
                 re.compile(r"\(\s*(\d{1,2}/\d{1,2}(?:\s*[,;]\s*\d{1,2}/\d{1,2})+)\s*\)"),
                 # giá heo hơi hôm nay (9.8): a day and month joined by a dot, alone in brackets (no number is
                 # grouped so: a thousands group has three digits)
                 re.compile(r"\(\s*(\d{1,2}\.\d{1,2})\s*\)"),
                 # 12/3-15/3
                 re.compile(r"(\d(?<![\d/]\d)\d?/\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2})(?![/\d])"),
                 accept=_valid)


def _day_range(text: str, m: re.Match) -> bool:
    first, last, month = int(m.group(2)), int(m.group(3)), int(m.group(4))
    return 1 <= first < last <= 31 and 1 <= month <= 12


#: A preposition of place or time right after a span's month ends the span as well as a comma does: ``Đợt rét đậm, rét
#: hại, băng giá gây ra từ 20 đến 21/2 trên địa bàn tỉnh Sơn La`` (xu-son-la-ban-chi-huy-pctt-…-2022-02), ``diễn ra từ
#: ngày 6 đến 12/11 tại Hàn Quốc`` — a closed class of words, none of them a counted noun (``từ 8 đến 10/12 xã`` counts).
#: Not ``trong``/``trên tổng số`` (``10/12 trong tổng số``: a part over its whole).
_PLACE_OR_TIME_WORD = r"(?:trên(?!\s+tổng)|tại|ở|vào|nhằm|tức)(?!\w)"


#: ``Trong hai ngày (17 - 18/5)``, ``(15-17/7/2023)``: the days of a range in brackets, the month written once.
#: ``trong ngày 29- 30 /9``: the same after ``ngày``, spaces typed around the dash and the slash
#: (zq-phu-tho-xa-thanh-thuy-thiet-hai-mua-lu-bao-so-10-2025-09).
DAY_RANGE = Rule("day-range", "date", "date", re.compile(
    rf"\(\s*((\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s?[/.]\s?(\d{{1,2}})(?:\s?[/.]\s?{_YEAR})?)\s*\)"),
    re.compile(r"(?i)(?<!\w)ngày\s+((\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2}))(?![\d/])"),
    # "Qua một tuần (từ 15 đến 22/5/2020) thực hiện …" (c23-baomoi-tong-kiem-soat-gplx-2020): ``từ`` a day ``đến`` a
    # date — the span's first day (the date after it is read as one), the month written once; with the year, or the clause ending after the month (``từ
    # 8 đến 10/12 xã`` counts communes)
    re.compile(rf"(?i)(?<!\w)từ\s+(?:ngày\s+)?((\d{{1,2}}))\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?(\d{{1,2}})\s*/\s*(\d{{1,2}})"
               rf"\s*/\s*{_YEAR}(?![\d/])"),
    re.compile(r"(?i)(?<!\w)từ\s+(?:ngày\s+)?((\d{1,2})\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2}))"
               rf"(?![\d/])(?=\s*(?:[,.;:)(]|$)|\s+{_PLACE_OR_TIME_WORD})"),
    accept=_day_range)


#: ``(17.10 - 18.11.2021)``, ``từ 01/10 - 28/10/2021``: a span's first day and month before a full date written the
#: same way — the year written once, at the end (yb-quang-nam-mttq-quy-vi-nguoi-ngheo-thang-cao-diem-2021).
SPAN_START = Rule("span-start", "date", "date", re.compile(
    rf"(?<![\d.,/])((\d{{1,2}})([./])(\d{{1,2}}))\s*[-–]\s*\d{{1,2}}\3\d{{1,2}}\3{_YEAR}(?![\d/])"),
    accept=lambda text, m: 1 <= int(m.group(2)) <= 31 and 1 <= int(m.group(4)) <= 12)


def _span_end(text: str, m: re.Match) -> bool:
    """Both ends real day/months, the end not followed by what it counts (``từ 5/10 đến 8/10 xã`` counts communes)."""
    return valid_date(m.group(1)) and valid_date(m.group(2)) and not COUNTED.match(text, m.end(2))


#: ``từ ngày 20/2 đến hết 3/3, lực lượng quản lý thị trường …`` (yn-toan-quoc-cuc-quan-ly-thi-truong): a span from a
#: day/month to a day/month — its end is a date even when day and month are alike (``3/3`` alone reads as a ratio).
SPAN_END = Rule("span-end", "date", "date", re.compile(
    r"(?i)(?<!\w)từ\s+(?:ngày\s+)?(\d{1,2}\s?/\s?\d{1,2})(?![\d/])\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?"
    r"(\d{1,2}\s?/\s?\d{1,2})(?![\d/]|[.,]\d)"), group=2, accept=_span_end, needs=("từ",))


def _dotted_span(text: str, m: re.Match) -> bool:
    """Both ends real days and months, the span followed by no count or amount (``từ 5.10 - 8.10 xã``, ``(1.5 - 2.3
    triệu)``)."""
    return valid_date(m.group(0)) and not COUNTED.match(text, m.end()) and not amount_follows(text, m.end())


_DOT_DM = r"\d{1,2}\.\d{1,2}(?![\d.]|,\d)"
#: a span's opening: ``từ ngày`` before it (``ngày`` written: ``từ 5.5 - 6.2 tấn/ha`` is a range of decimals), or a
#: bracket round it
_DOT_FROM = r"(?<!\w)(?i:từ)\s+(?i:ngày)\s+"

#: ``cuộc thi diễn ra từ ngày 8.9- 24.9 với 3 chặng`` (c32-tinhdoanqnam), ``Tuần từ ngày 31.8 - 6.9, TP ghi nhận …``
#: (t20-thanhnien-sxh), ``chặng 2 "Tự hào bản hùng ca dân tộc" (27.7 - 19.8)`` (p26-thanhnien-hanhtrinh): a span of two
#: day.months written with dots and no year — after ``từ ngày`` or in brackets both ends are dates (a dotted day.month
#: alone reads as an English decimal, so the second end was flagged for its notation, or both were). Each pattern's
#: group 1 is the end it claims.
DOTTED_SPAN = Rule("dotted-span", "date", "date",
                   re.compile(rf"{_DOT_FROM}({_DOT_DM})\s*[-–]\s*{_DOT_DM}"),
                   re.compile(rf"{_DOT_FROM}{_DOT_DM}\s*[-–]\s*({_DOT_DM})"),
                   re.compile(rf"\(\s*({_DOT_DM})\s*[-–]\s*{_DOT_DM}\s*\)"),
                   re.compile(rf"\(\s*{_DOT_DM}\s*[-–]\s*({_DOT_DM})\s*\)"),
                   accept=_dotted_span)


def _month_first(text: str, m: re.Match) -> bool:
    month, day = int(m.group(2)), int(m.group(3))
    return 1 <= month <= 12 and 13 <= day <= 31


#: ``Đăng ngày:2/26/2019 9:45:35 AM``: a page's date in month/day/year order (the day over 12 says so).
US_DATE = Rule("us-date", "date", "date", re.compile(
    rf"(?<![\d.,/])((\d{{1,2}})/(\d{{1,2}})/{_YEAR})(?![\d/])"), accept=_month_first)
#: ``Chiều 14/6``, ``Sáng 31-7``, ``hôm 20.4``, ``từ 1-3 đến 31-5``, ``ngày 10 và 11/6``: a time-of-day word
#: or ``ngày`` before.
DAY_MONTH_CUED = Rule("day-month-cued", "date", "date",
                      re.compile(r"(\d(?<![\d.,/]\d)\d?\s?[/.-]\s?\d{1,2})(?![\d/]|[.,]\d)(?!\s*(?:%|triệu|tỷ))"),
                      accept=_cued)
#: ``Ngày Dân số Thế giới 11-7``, ``Ngày Quốc tế Phụ nữ 8/3``, ``Ngày Nhà giáo Việt Nam (20/11)``: the day/month of
#: an observance named after ``Ngày`` with a capital.
NAMED_DAY = Rule("named-day", "date", "date", re.compile(
    r"(?<!\w)[Nn]gày\s+[A-ZĐ][^\d.;:!?()\n]{2,60}?[\s(]+(\d{1,2}\s?[/.-]\s?\d{1,2})(?![\d/]|[.,]\d)"),
    # "kỷ niệm ngày thầy thuốc Việt Nam 27/2": the name in lower case, a capitalised word in it
    re.compile(r"(?<!\w)(?i:kỷ\s+niệm|chào\s+mừng|hưởng\s+ứng)\s+ngày\s+(?:[^\W\d_]+\s+){1,4}?[A-ZĐ][^\d.;:!?()\n]{0,40}?"
               r"[\s(]+(\d{1,2}\s?[/.-]\s?\d{1,2})(?![\d/]|[.,]\d)"),
    accept=_valid_uncounted, needs=("ngày",))
#: ``ngày 10 và 11/6``, ``ngày 10, 11/6``, ``ngày 10-11/6``: the first day of a list or range.
DATE_PAIR = Rule("date-pair", "date", "date",
                 re.compile(r"(\d(?<![\d.,/]\d)\d?/\d{1,2})\s*(?:và|,)\s*(\d{1,2}/\d{1,2})(?![\d/])"),
                 group=0, accept=_coordinated)
#: ... and after a time of day (``diễn ra trong hai tối 28 và 29/1/2016``, xb- parish fair; ``hai đêm diễn đầu tiên
#: (tối 1 và 2.3 tại Nhà hát Bến Thành`` thegioithao.com): the evenings' first day
_TIME_OF_DAY = r"(?i:sáng|chiều|tối|trưa|đêm)"
DAY_LIST = Rule("day-of-list", "date", "day",
                re.compile(rf"\b(?:{_DAY_WORD}|{_TIME_OF_DAY})\s+\(?(\d{{1,2}})"
                           r"(?=\s*(?:,|và|&|đến|tới|-|–)\s*(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2})"),
                needs=splits("ngày") + ("mùng", "mồng", "sáng", "chiều", "tối", "trưa", "đêm"))
DAY_MONTH_WORDS = Rule("day-month-words", "date", "day",
                       re.compile(rf"\b{_DAY_WORD}\s+(\d{{1,2}})(?=\s+{_THANG}\s+\d)"),
                       # ... and its month: "mồng 10 tháng 3"
                       re.compile(rf"\b{_DAY_WORD}\s+\d{{1,2}}\s+{_THANG}\s+(\d{{1,2}})(?![\d.,/]\d)"),
                       needs=splits("ngày") + ("mùng", "mồng"))
#: ``mùng 2``, ``mồng 10 Tết``: ``mùng``/``mồng`` names a day of the month, whatever follows.
DAY_MUNG = Rule("day-mung", "date", "day", re.compile(r"(?i)\b(?:mùng|mồng)\s+(\d{1,2})(?![\d.,]\d)"),
                needs=("mùng", "mồng"))
#: ``trong ngày 2-2 (28 Tết)`` (c27-eltimes-ngay-dau-nghi-tet-tngt-2019), ``tính từ ngày 29 Tết đến sáng ngày mùng 2
#: Tết`` (t19-viettimes-tet-2023-capcuu), ``(từ 28 - mùng 3 Tết)`` (t19-thanhnien-tet-2019-capcuu): the last days of
#: the lunar year (23 to 30 of the twelfth month) named by the Tết they lead to, right before ``Tết`` or before a dash
#: and the ``mùng`` of Tết that ends the span, a bracket or a word of time (``ngày``, ``từ``, ``tức`` …) before it;
#: ``Đã 2 Tết không về quê`` (two Tết holidays) and ``hỗ trợ 25 Tết ấm`` (25 gift programmes) stay counts.
DAY_BEFORE_TET = Rule("day-before-tet", "date", "a lunar day before Tết (28 Tết)", re.compile(
    r"(?i:(?<=\()|(?<=ngày )|(?<=từ )|(?<=tức )|(?<=nhằm )|(?<=đến )|(?<=sáng )|(?<=chiều )|(?<=tối )|(?<=đêm ))"
    r"(2[3-9]|30)(?![\d.,]\d)(?=[ \t]+T[ếẾ][tT](?!\w)|[ \t]*[-–][ \t]*(?:mùng|mồng)[ \t]+\d{1,2}[ \t]+T[ếẾ][tT](?!\w))"),
    needs=("tết",))
#: ``tính đến hết ngày 23,``, ``từ ngày 15 đến ngày 20``: ``ngày`` before a day number (a count of days puts the
#: number first: ``trong 5 ngày``), the month left to the sentence; not ``mỗi ngày 2 lần`` (a count follows). A day of
#: the lunar calendar says so after it: ``tính từ ngày 28 âm lịch (ngày 3-2)`` (wa-tp-ho-chi-minh-so-y-te-cap-cuu-tet-2019-02).
DAY_ALONE = Rule("day-alone", "date", "day", re.compile(
    r"(?i)(?<!mỗi\s)(?<!hằng\s)(?<!hàng\s)\bngày\s+((?:0?[1-9]|[12]\d|3[01]))(?![\d.,/\-]\d)"
    r"(?=\s*(?:[,.;:)–]|-\s|đến\b|tới\b|và\b|hoặc\b|âm\s+lịch\b|$))"), needs=splits("ngày"))
#: ``tháng 10``, ``Tháng 7/2023``, ``Thá ng 10`` (split by a PDF): the month.
MONTH = Rule("month", "date", "month",
             re.compile(rf"(?<!\d\s)(?<!\d)\b{_THANG}\s+(\d{{1,2}})(?![\d.,/]\d)"
                        rf"(?!\s*(?:{_NAM}|/)\s*\d{{4}})(?=\s|[.,;:)]|$)"),
             re.compile(rf"\b{_THANG}\s+(\d{{1,2}})(?=\s*(?:{_NAM}|/|-)\s*\d{{4}})"),
             # "Tháng 1 Tháng 2 … Tháng 6": a table header's months side by side — the digit before a month's word is
             # the month before it, no count of months (yl-hoa-binh CPI 2019, Quảng Trị's yearbook 2018 p. 391)
             re.compile(rf"(?:(?<=[tT]háng\s\d\s)|(?<=[tT]háng\s\d\d\s))\b{_THANG}\s+(\d{{1,2}})(?![\d.,/]\d)"
                        rf"(?!\s*(?:{_NAM}|/)\s*\d{{4}})(?=\s|[.,;:)]|$)"),
             # "26/05/2023 13:44 Tháng 5, các trung tâm …": right after a page's clock time (a digit, but no count)
             re.compile(rf"(?<=\d:\d\d\s)\b{_THANG}\s+(\d{{1,2}})(?![\d.,/]\d)(?=\s|[.,;:)]|$)"),
             needs=splits("tháng") + ("thang",))
#: ``quý II/2017``, ``quý 2/2017``, ``quý 3 năm 2023``, ``Quý I-2024``: the year (and a quarter in digits).
#: (``Qúy 3 2024``: the accent typed on the u, as a quarterly account's header has it)
QUARTER = Rule("quarter", "period", "quarter",
               re.compile(rf"(?i)\bq(?:uý|úy)\s+(?:[IV]+|\d)\s*(?:[/.-]|năm)\s*({_YEAR})(?!\d)"),
               re.compile(r"(?i)\bq(?:uý|úy)\s+(\d)(?!\d)(?![.,]\d)"), needs=("quý", "qúy"))
#: ``trên 60 tuổi``, ``từ 16 đến 30 tuổi``, ``18-25 tuổi``: an age (or age bound) names who, it counts nothing.
#: The upper end may carry its own bound: ``cho 803 cụ ông, cụ bà từ 70 đến ngoài 85 tuổi`` (c33-thanhnien: ``ngoài``,
#: beyond), ``Người từ 5 đến dưới 12 tuổi`` (c28-backan), ``tiêm gần 138.000 mũi cho trẻ từ 5 đến dưới 12 tuổi``
#: (p27b-thvl): both ends ages.
AGE = Rule("age", "age", "age",
           re.compile(r"(?i)(\d(?<![\d.,]\d)\d{0,2}(?:\s*(?:[-–]|đến|tới)\s*(?:(?:dưới|trên|ngoài|hơn)\s+)?\d{1,3})?)\s*tuổi"
                      r"(?!\s+(?:trẻ|thơ|xanh|hồng)\b)"),
           # "ở độ tuổi 15 - 60", "trong độ tuổi từ 15 đến 35": the ages after the word
           re.compile(r"(?i)(?:độ|lứa|nhóm)\s+tuổi\s+(?:từ\s+)?(\d{1,3}(?:\s*(?:[-–]|đến|tới)\s*\d{1,3})?)(?![\d.,]\d)"),
           needs=("tuổi",))


#: ``theo giá so sánh 1994``, ``giá so sánh năm 2010``, ``giá cố định 1994``: the base year of constant prices.
#: ``in 2019 as compared to base period 2014``, ``index in 2018 as compared to December, 2017``: a bilingual
#: yearbook's English gloss of its title, the year after the English ``in`` — an English word or the line's end after
#: it (Vietnamese ``in 2000 tờ rơi``, printing 2.000 leaflets, is a count; its next word is Vietnamese)
ENGLISH_IN_YEAR = Rule("english-in-year", "year", "year", re.compile(
    r"(?<![\w.,])in[ \t]+((?:19|20)\d\d)(?![\d.,]\d)(?=[ \t]+(?:as|by|and|compared|to|of|at|in|for)\b|[ \t]*[,;)]|[ \t]*$)",
    re.M), needs=("in",))
BASE_YEAR = Rule("base-year", "year", "base year of constant prices", re.compile(
    rf"(?i)giá\s+(?:so\s+sánh|cố\s+định)\s+(?:năm\s+)?({_YEAR})(?!\d)"), needs=("giá",))


#: ``Q.3/2020``, ``Q3.2020``, ``Q1-2024``: a quarter abbreviated ``Q`` (one to four), then its year — the whole is the
#: period's name; ``6T/2020``, ``9T/2023``, ``9T.2023``: months to date abbreviated ``T``, then the year; ``7 tháng/2017``
#: (a customs release: ``kim ngạch xuất khẩu 7 tháng/2017 đạt 115,3 tỷ USD``) the same in words.
SHORT_PERIOD = Rule("short-period", "period", "quarter or months to date", re.compile(
    rf"(?<![\w.,/])((?:Q\.?\s?[1-4]|(?:[1-9]|1[0-2])T|(?:[1-9]|1[0-2])\s+tháng)\s?[/.\-]\s?{_YEAR})(?![\d/])"),
    needs=("q", "t"))


#: ``tiền lễ 27/07 của chủ tịch nước``: a day and a zero-led month (``07``) — a ratio's whole is not padded when its
#: part is not — followed by no counted noun (a boundary, a function word, a name). ``05/07 chỉ tiêu`` (both padded,
#: a noun after) stays a ratio.
_ZERO_MONTH = re.compile(r"(?<![\d/.,])((?:[1-9]|[12]\d|3[01])/0[1-9])(?![\d/]|[.,]\d)")
_AFTER_ZERO_MONTH = re.compile(r"[ \t]*(?:$|[^\w\s]|(?:của|và|hằng|hàng|năm|tại|ở|với|cho|đến|tới|vừa|qua|tới|này|"
                               r"đó|sẽ|đã|được|là)(?!\w)|[A-ZĐ])", re.M)


def _zero_month(text: str, m: re.Match) -> bool:
    return _AFTER_ZERO_MONTH.match(text, m.end()) is not None


ZERO_MONTH = Rule("zero-led-month", "date", "date", _ZERO_MONTH, accept=_zero_month, needs=("/0",))
#: ``H Ni, ngy 20 thng 12 nm 2013``: a date whose accented letters a font dropped (``ngày`` → ``ngy``, ``tháng`` →
#: ``thng``, ``năm`` → ``nm``): the same skeleton, the same date.
ACCENTLESS_DATE = Rule("accentless-date", "date", "date", re.compile(
    rf"(?i)(?<!\w)(?:ngy|ngay)\s+(\d{{1,2}}\s+(?:thng|thang)\s+\d{{1,2}}\s+(?:nm|nam)\s+{_YEAR})(?!\d)"),
    re.compile(rf"(?i)(?<!\w)(?:thng)\s+(\d{{1,2}}\s+(?:nm)\s+{_YEAR})(?!\d)"), needs=("ng",))
#: ``10 ngày giữa tháng 9/2018``, ``15 ngày đầu tháng 9/2018`` (zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09): the days
#: of a part of a month, a period's length; ``6 thang dau nam`` typed without accents (the same page's related links).
MONTH_PART_DAYS = Rule("month-part-days", "period", "length of a period (the days of a part of a month)", re.compile(
    r"(?i)(?<![\w.,])(\d{1,2})\s+ngày\s+(?:đầu|giữa|cuối)\s+(?:tháng|năm)(?!\w)"),
    # "ba ngày đầu năm 2021 tình hình TNGT đã giảm chín vụ" (c23-plo-tngt-2016-2020): the same days in words
    re.compile(r"(?i)(?<!\w)(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\s+[^\W\d_]+)\s+ngày\s+(?:đầu|giữa|cuối)\s+"
               r"(?:tháng|năm)(?!\w)"),
    re.compile(r"(?i)(?<![\w.,])(\d{1,2})\s+thang\s+(?:dau|cuoi)\s+nam(?!\w)"), needs=("ngày", "thang"))
