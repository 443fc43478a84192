"""Lengths of time that are no figure of the period, said in days or hours (``ngày``, ``giờ`` are left out of the
plain periods: ``1.200 ngày công``, ``giải quyết trong 3 ngày`` may count):

- the window a count is taken over: ``số lượng F0 mới cao nhất trong 24 giờ`` (c21-baodautu-covid-ngay-15-1-2022),
  ``trong vòng 48 giờ``;
- a variety's growing time: ``giống có thời gian sinh trưởng hơn 115 ngày`` (c21-baoquangnam-gieosa-dongxuan-2015),
  ``có thời gian sinh trưởng ngắn từ 90 đến 100 ngày`` (c21-baonghean-ngo-nk4300: ``thi gian sinh trưởng ngn t 90``,
  its hooked letters lost, is read the same);
- the time still to wait: ``còn lúa đại trà thì 7 đén 10 ngày nữa với thu hoạch được`` (c21-nguyenxa-thaibinh-vumua-2021);
- how long an episode lasts: ``Vừa trải qua đợt nắng nóng gay gắt kéo dài khoảng 7 ngày`` (c26-dantri-nang-nong-…-2021),
  ``mỗi chuyến tuần tra kéo dài 2-4 ngày`` (c18-danviet-bdbp-quangtri-2015) — ``kéo dài`` (lasts) before the length;
- a streak whose noun of time is left out: ``có thành tích 05 liên tục đạt danh hiệu`` (yd-thua-thien-hue-phu-vang);
- the days of an event counted, then named: ``Trong hai ngày 1 và 2-6, … tổ chức Đại hội`` (ye-thai-nguyen-dong-hy).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_N = r"\d{1,3}(?:,\d+)?"
_RANGE = _N + r"(?:\s*(?:[-–]|đến|đén|tới)\s*" + _N + r")?"
_WINDOW = re.compile(r"(?i)(?<!\w)trong(?:\s+vòng)?\s+(\d{1,3})\s+(?:giờ|tiếng)(?:\s+(?:qua|vừa\s+qua|tới))?(?!\w)"
                     r"(?!\s*/)")
_GROWING = re.compile(r"(?i)(?<!\w)(?:thời|thi)\s+gian\s+sinh\s+trưởng(?:\s+[^\W\d_]{1,6}){0,2}?\s+"
                      r"(?:(?:hơn|trên|dưới|khoảng|từ|t|chỉ|gần)\s+)?(" + _RANGE + r")\s+ngày(?!\w)")
_AHEAD = re.compile(r"(?i)(?<![\w.,/])(" + _RANGE + r")\s+(?:ngày|tuần|tháng)\s+nữa(?!\w)")
_LASTING = re.compile(r"(?i)(?<!\w)kéo\s+dài\s+(?:(?:trong|khoảng|gần|hơn|trên|suốt)\s+)?(" + _RANGE + r")\s+"
                      r"(?:ngày|giờ|tiếng|tuần|tháng)(?!\w)")
#: A streak whose noun of time is left out: ``tặng giấy khen có thành tích 05 liên tục đạt danh hiệu khu dân cư văn
#: hóa tiêu biểu`` (yd-thua-thien-hue-phu-vang: ``05 năm liên tục``); ``liên tục`` (running) is no noun a number counts.
_STREAK = re.compile(r"(?i)(?<![\w.,/])(\d{1,2})\s+liên\s+tục(?!\w)")
#: The days of an event counted, then named: ``Trong hai ngày 1 và 2-6, Hội Nông dân huyện Đồng Hỷ tổ chức Đại hội``
#: (ye-thai-nguyen-dong-hy), ``trong 3 ngày 15, 16 và 17/3`` — the count of the days listed right after it.
_DAYS_NAMED = re.compile(r"(?i)(?<![\w.,/])(\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+ngày\s+(?:từ\s+)?"
                         r"(?=\d{1,2}(?:\s*(?:,|và|-|–|đến)\s*\d{1,2})+[/.-]\d{1,2}(?!\d))")
#: The last hours counted back, ``h`` for ``giờ``: a portal's menu ``Thứ sáu 08/11/2024 18:26 24h qua English RSS``
#: (yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1), ``Như vậy trong 24h giờ qua, số ca nhiễm ghi nhận
#: trong nước tăng 531 ca`` (vietbao.vn, 24/8/2021: ``giờ`` typed after the ``h``) — a window, as ``trong 24 giờ qua``.
_HOURS_PAST = re.compile(r"(?i)(?<![\w.,/:])(\d{1,3})\s?h(?:\s+giờ)?\s+(?:vừa\s+)?qua(?!\w)")
DURATION = Rule("duration", "period", "a length of time (a window, a growing time, the time still to wait, how long an "
                "episode lasts), not a figure", _WINDOW, _GROWING, _AHEAD, _LASTING, _HOURS_PAST,
                needs=("giờ", "tiếng", "sinh trưởng", "nữa", "kéo dài", "h qua", "h vừa qua"))
#: (rules of their own, so that each runs only in the windows holding its own key word)
STREAK = Rule("streak", "period", "a streak whose noun of time is left out, not a figure", _STREAK, needs=("liên tục",))
DAYS_NAMED = Rule("days-named", "period", "the days of an event counted, then named, not a figure", _DAYS_NAMED,
                  needs=("ngày",))

#: A span counted from an event: ``tiến độ thực hiện phương án bồi thường … bàn giao mặt bằng dự án là 60 ngày kể từ
#: ngày phương án bồi thường được phê duyệt`` (c28-baogialai: a time limit the decision sets), ``Sau 2 năm kể từ ngày
#: thành lập`` (zy-khong-ro-tinh-quy-khuyen-hoc-…-2018-11): ``kể từ`` (counted from) makes the number a length of
#: time from that moment — a limit or an age, no count of the period.
_SINCE = re.compile(r"(?i)(?<![\w.,/])(" + _RANGE + r")\s+(?:ngày|tuần|tháng|năm)(?:\s+làm\s+việc)?\s+kể\s+từ(?!\w)")
SPAN_SINCE = Rule("span-since", "period", "a length of time counted from an event (N ngày kể từ …), not a figure",
                  _SINCE, needs=("kể từ",))
