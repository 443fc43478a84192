"""The wordings of a period, each a small named recogniser (:data:`RECOGNISERS`: name, pattern, what it names),
and the patterns the readers of a text share.

Public names (``YEAR``, ``PLAN``, ``COMPARISON``, ``to_a_day`` ...) are the patterns and tests :mod:`.mentions` reads a
text's mentions with; names with a leading underscore are this module's own."""

from __future__ import annotations

import calendar
import re

from service.lunar import year_of

from .anniversary import same_day_both_ends
from .days import RECOGNISER as DAYS_BARE_RECOGNISER
from .days_shared import RECOGNISER as DAYS_SHARED_RECOGNISER
from .counted_days import RECOGNISER as COUNTED_DAYS_RECOGNISER
from .counted_years import RECOGNISER as COUNTED_YEARS_RECOGNISER
from .born import RECOGNISER as BORN_RECOGNISER
from .records import RECOGNISER as RECORD_RECOGNISER
from .editions import RECOGNISER as EDITION_RECOGNISER
from .holiday_day import RECOGNISER as HOLIDAY_DAY_RECOGNISER
from .holidays import RECOGNISER as SOLAR_NEW_YEAR_RECOGNISER
from .observance import RECOGNISER as OBSERVANCE_RECOGNISER
from .campaign_days import RECOGNISER as CAMPAIGN_DAYS_RECOGNISER
from .last_feast import told_as_last_year
from .lead_tag import LEAD_TAG, after_lead_tag
from .school_years import SCHOOL_YEAR_WORDS
from .model import Mention, Period, _ROMAN, _WORD_NUM, ytd

HEAD = 400           # the characters of a page's opening: its headline and lead
YEAR = r"((?:19|20)\d{2})(?!\d)"
SEP = r"\s*(?:/|-|–|năm)\s*"
#: where a sentence or clause opens: the text's or a line's start, or after a stop, colon or semicolon and a space
SENTENCE_OPENING = r"(?:^|(?<=\n)|(?<=[.!?;:]\s))\s*"
_MONTHS = r"(\d{1,2}|ba|sáu|chín|mười một|mười)"
# A year said bare right after "N tháng" ("10 tháng 2020", "7 tháng/2023"): 19xx/20xx, never a date's part or a value
# with its decimals ("2035,5 tỷ": not a year; round 55)
BARE_YEAR_AFTER = r"(?:\s*/\s*|\s+)(?:19|20)\d{2}(?![\d/.\-]|,\d)"
DMY = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})"
_DMY_OPEN = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*((?:19|20)\d{2}))?"   # its year may be the next date's
#: "so với cùng kì 2015", "học kì I", "kì họp thứ 7": the word "kỳ" (a period, a session) spelt with "i" for "y", as
#: Vietnamese spelling allows after k; read as "kỳ" (one letter for one: every offset kept)
_KI = re.compile(r"(?<![^\W\d_])([Kk])([ìÌ])(?![^\W\d_])")


def spelled_y(t: str) -> str:
    """The text with "kì" (the i spelling of the word "kỳ") written "kỳ", letter for letter, so the patterns written
    with "kỳ" read both: "giảm rõ rệt so với cùng kì 2015" (held-out yo-tp-ho-chi-minh-quan-3) is "cùng kỳ 2015"."""
    return _KI.sub(lambda m: m.group(1) + ("ỳ" if m.group(2) == "ì" else "Ỳ"), t)

#: "phương hướng, nhiệm vụ ...", "và kế hoạch ...", "đề ra 11 nội dung thực hiện trong quý II", "triển khai thực hiện
#: nhiệm vụ năm 2020", "và công tác trọng tâm tháng 8", "phát động phong trào ... năm 2019", "Hội nghị triển khai công
#: tác năm 2022" (the work named right before the period), "hội nghị triển khai công tác văn hóa, thể thao và du lịch năm
#: 2019" (a conference setting a field's work): the next period's plan
#: (not "các chỉ tiêu đề ra trong 6 tháng": what was set for the period reported; nor "kết quả triển khai nhiệm vụ")
PLAN = re.compile(r"(phương\s+hướng|dự\s+kiến|đề\s+ra\s+(?:\d+|các|những|một\s+số)\s|(?<!được\s)\bphát\s+động\s"
                   # (round 60) "Cao su Phước Hòa (PHR) đặt kế hoạch lãi trước thuế 751 tỷ đồng năm 2021" (held-out
                   # xz-binh-duong-cao-su-phuoc-hoa, a year's results under a headline of the next year's plan), "Tỉnh
                   # Đồng Tháp đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2024", "VICEM đặt mục tiêu quý IV/2016 sẽ
                   # sản xuất ...": a period after the aim set ("đặt (ra) kế hoạch/mục tiêu") in its clause is planned
                   r"|\bđặt\s+(?:ra\s+)?(?:kế\s+hoạch|mục\s+tiêu)\s"
                   r"|(?:,|\bvà|(?<!quả\s)(?<!giá\s)triển\s+khai(?:\s+thực\s+hiện)?)\s*(?:các\s+|một\s+số\s+)?"
                   r"(?:nhiệm\s+vụ|kế\s+hoạch|công\s+tác\s+trọng\s+tâm)"
                   r"|(?<!quả\s)(?<!giá\s)\btriển\s+khai\s+(?:thực\s+hiện\s+)?công\s+tác\s*$"
                   # "hội nghị triển khai công tác văn hóa, thể thao và du lịch năm 2019": the work of a field named
                   # between them (not "đã triển khai công tác ... năm 2021": work done)
                   r"|\bhội\s+nghị\s+triển\s+khai\s+(?:thực\s+hiện\s+)?công\s+tác\s+[^\d.;:()\n]{1,60}?$)"
                   r"(?:(?!kết\s+quả|báo\s+cáo|kiểm\s+điểm)[^.;:()\n]){0,70}$", re.I)
#: "tổng kết ... nhiệm kỳ", "Báo cáo kiểm điểm của BCH Hội nhiệm kì 2016 - 2021": the period under review
TERM_REVIEW = re.compile(r"(tổng\s+kết|sơ\s+kết|giữa|đánh\s+giá|kết\s+quả|kiểm\s+điểm"
                         # "Kỳ họp thứ 12 để xem xét việc thực hiện NQ trong 6 tháng đầu năm", "báo cáo tình hình thực
                         # hiện nhiệm vụ 6 tháng đầu năm": how a period's resolution or tasks were carried out, reviewed
                         r"|(?:xem\s+xét|tình\s+hình|về)\s+(?:việc\s+)?thực\s+hiện)[^.;:()\n]{0,70}$", re.I)
#: "Tết Nguyên đán Nhâm Dần ", "nghỉ Tết Nguyên đán Giáp Thìn ", "lễ Quốc khánh ": a holiday named before its year
HOLIDAY = r"(?:nghỉ\s+)?(?:lễ|tết)\b[^\d.,;:()\n]{0,40}?"
#: "so với ngày 28 Tết Nguyên đán Nhâm Dần năm 2022", "So với 09 ngày nghỉ Tết Nguyên đán Giáp Thìn 2024", "so với cùng
#: ngày Tết Canh Tý 2020": a day or the days of another year's holiday, compared with — the same days of another year, as
#: "so với cùng kỳ Tết ..." is (a comparison, and of the same period: the holiday reported is a part of a year unnamed)
HOLIDAY_DAYS_COMPARED = r"\bso\s+với\s+(?:cùng\s+)?(?:\d+\s+)?ngày\s+(?:\d+\s+)?(?:của\s+)?(?:dịp\s+)?" + HOLIDAY + r"\s"
#: "so với thời điểm cuối năm 2022", "so với lúc đầu năm", "so với thời điểm tháng 6/2023": the moment a stock is
#: compared with, named as a moment (round 57: xt-thai-nguyen-nhnn "dư nợ ... tăng 3,9% so với thời điểm cuối năm 2022")
MOMENT = r"(?:thời\s+điểm|lúc|thời\s+gian)\s+"
COMPARISON = re.compile(r"(?:\bso\s+(?:với\s+)?(?:cùng\s+(?:kỳ\s+)?|(?:" + MOMENT + r")?(?:cuối|đầu)\s+|" + MOMENT + r")?|\bcùng\s+kỳ\s+"
                         # "So với cùng kỳ Tết Nguyên đán Nhâm Dần năm 2022": the same days of last year's holiday
                         r"|\bcùng\s+kỳ\s+" + HOLIDAY + r"\s"
                         # "so với các dự báo đưa ra trong quý III/2022": what was forecast or said then, compared with
                         r"|\bso\s+với\s+(?:các\s+|những\s+)?(?:dự\s+báo|ước\s+tính|nhận\s+định)\b[^.,;:()\n]{0,30}?"
                         r"\s(?:trong|vào|hồi)\s+"
                         # "nếu so với tỷ lệ 43,3% của 4 tháng đầu năm 2017", "so với mức tăng 0,55% của tháng 8": a
                         # figure of the period compared with (not "đạt 102% so với kế hoạch của năm 2023": its plan)
                         r"|\bso\s+với\s+(?:(?:tỷ\s+lệ|tỉ\s+lệ|mức|con\s+số|số\s+liệu)\b|\d)(?:[^.;:()\n,]|,(?=\d)){0,30}?"
                         r"\s(?:của|trong)\s+"
                         # "lượng khách bằng 79% tháng 7/2019", "bằng 124,8% so với": a share of another period's
                         r"|\bbằng\s+\d+(?:,\d+)?\s*%\s+(?:của\s+)?"
                         # "Lợi nhuận sau thuế đạt 70,35 tỷ đồng, gấp 4,6 lần quý III/2019": a multiple of another's;
                         # its number hedged or not (round 51: xn-evn "đạt lợi nhuận sau thuế 41 tỷ đồng, gấp gần 7 lần
                         # quý II/2020", xn-thuy-dien "mức lãi ròng đạt 35,6 tỷ đồng cao gấp gần 6 lần quý 2/2018")
                         r"|\bgấp\s+(?:(?:gần|hơn|khoảng|trên|xấp\s+xỉ)\s+)?(?:\d+(?:,\d+)?|đôi|hai|ba|bốn|năm|mười)\s+(?:lần\s+)?(?:so\s+với\s+)?(?:cùng\s+kỳ\s+)?"
                         # "CPI tăng 3,22% so với bình quân 11 tháng năm 2022": another period's average
                         r"|\bso\s+với\s+bình\s+quân\s+(?:cùng\s+kỳ\s+)?"
                         # "tăng 5,9% so với thu nhập bình quân năm 2022", "so với giá cà phê xuất khẩu bình quân tháng
                         # 1-2024": a measure's average in another period (the measure named before "bình quân")
                         r"|\bso\s+với\s+(?:[^\W\d]+\s+){1,6}bình\s+quân\s+(?:cùng\s+kỳ\s+)?"
                         r"|" + HOLIDAY_DAYS_COMPARED +
                         # "dự ước năng suất đạt bình quân 49 tạ/ha tương đương vụ hè thu năm 2014", "mức điểm chuẩn thấp
                         # nhất năm nay là 10,5 điểm; tương đương với năm 2022": equal to another period's, compared
                         r"|\btương\s+đương\s+(?:với\s+)?"
                         # "thấp hơn 15-17km so với mức sâu nhất năm 2016": the level another period reached
                         r"|\bso\s+với\s+mức\s+(?:[^\W\d]+\s+){1,4}"
                         # "So với kỳ thi học sinh giỏi quốc gia THPT năm học 2018 – 2019", "so với kỳ báo cáo tháng 10":
                         # another edition of an exam, a meeting, a report
                         r"|\bso\s+với\s+(?:các\s+|những\s+)?kỳ\s+(?!trước\b)[^\W\d][^.;:()\n,\d]{0,50}?\s"
                         r")$", re.I)
#: "phấn đấu đến năm 2025", "Kế hoạch Xoá mù chữ đến năm 2020": a target's horizon; "sẽ dứt điểm trong tháng 10/2022":
#: the time of something still to be done (the future "sẽ"), no edition's plan either
TARGET = re.compile(r"(?:phấn\s+đấu|mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)[^.;:\n]{0,60}?(?:đến|vào|tới)\s+(?:cuối\s+)?$"

                     r"|\bsẽ\s[^.;:\n]{0,60}?(?:trong|vào|đến|tới)\s+(?:cuối\s+|đầu\s+)?$"
                     # "VICOFA dự báo, niên vụ cà phê 2023/2024 sẽ thu hoạch muộn hơn": a forecast's period
                     r"|(?<!các\s)(?<!những\s)\bdự\s+báo\s*,?\s*(?:[^\W\d]+\s+){0,3}$"
                     # "để tăng tốc về đích sớm trong quý IV/2023", "về đích nông thôn mới năm 2025": the finish aimed at
                     # (not "đã về đích": reached)
                     r"|(?<!đã\s)(?<!được\s)\bvề\s+đích\b[^.;:\n]{0,40}?(?:\s(?:trong|vào|đến|tới)(?:\s+(?:cuối|đầu))?)?\s*$"
                     # "Từ nay đến tháng 3, tháng 4-2020, xâm nhập mặn sẽ tiếp tục gia tăng": from now until, ahead
                     r"|\btừ\s+nay\s+(?:đến|tới)\s+[^.;:\n]{0,30}?$",
                     re.I)
#: "đạt 91,8% vào năm 2015, đến năm 2020 là 94%": a year after the page's own date, reached "by", is a target
BY = re.compile(r"\b(?:đến|vào|tới)\s+(?:cuối\s+)?$", re.I)
#: "Đại hội ... lần thứ X, nhiệm kỳ 2023 - 2028", "Đại hội đã bầu Ban Chấp hành nhiệm kỳ ...": the term a congress
#: opens (not "thực hiện Nghị quyết Đại hội ... nhiệm kỳ ...", the term it set, under way); "bầu trực tiếp Bí thư ...,
#: nhiệm kỳ 2017 – 2022", "tái đắc cử Bí thư Thứ nhất ... nhiệm kỳ 2017-2022": an election is for the term to come
CONGRESS = re.compile(r"(?:(?<!quyết\s)\bđại\s+hội|\bbầu|\b(?:tái\s+đắc|tái|đắc|ứng)\s+cử)\b(?:(?!tổng\s+kết|sơ\s+kết|đánh\s+giá|kết\s+quả)[^.;:\n]){0,90}$",
                       re.I)
#: "giảm từ 32,9% năm 2005 xuống còn 8,9%", "từ chỗ ... chỉ đạt 2 tiêu chí năm 2010, đến nay", "từ 27,% năm 2010 đã
#: giảm xuống còn dưới 11,5%": the year a change starts
#: from (a baseline, compared with), read with the words after it (``FROM_TO``)
FROM = re.compile(r"\btừ\s+(?:chỗ\s+)?(?:[^\s.;:]+\s+){1,10}$", re.I)
FROM_TO = re.compile(r"\s*,?\s*(?:(?:đã\s+)?(?:giảm|tăng)\s+)?(?:đến|tới|xuống|lên)\b", re.I)
#: "Nhiệm kỳ 2016 - 2021, Hội LHPN tỉnh Tuyên Quang phấn đấu ...", "Nhiệm kỳ 2022 – 2027, Hội CCB huyện đề ra các chỉ
#: tiêu ...", "Năm 2025, ngành Du lịch đặt mục tiêu ...": a period its own clause strives for is a target's horizon
#: (not "sự nỗ lực, phấn đấu của đội ngũ cán bộ": the striving of someone, a noun); "Vụ xuân năm 2023, huyện Tiên Lữ
#: có kế hoạch gieo cấy hơn 3,5 nghìn ha lúa", "Năm 2024, toàn tỉnh có kế hoạch trồng 10.500 ha rừng": an amount its
#: clause plans to reach, "có kế hoạch" + a verb + a number (not "đã có kế hoạch", a plan had; nor "có kế hoạch rõ ràng
#: với chỉ tiêu ...", a plan described)
STRIVES = re.compile(r"[^.;:!?\n]{0,70}?\b(?:phấn\s+đấu(?!\s+của\b)|đặt\s+(?:ra\s+)?mục\s+tiêu|đề\s+ra\s+(?:các\s+|những\s+)?"
                      r"(?:\d+\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)"
                      r"|(?<!đã\s)\bcó\s+kế\s+hoạch\s+(?:[^\W\d]+\s+){1,3}(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?\d)", re.I)
#: "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025", "mục tiêu của nhiệm kỳ ...": the term a set of targets is for
AIMS = re.compile(r"\b(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+chủ\s+yếu)?\s+(?:(?:trong|của|cho)\s+)?(?:cả\s+)?$", re.I)
#: "đã lãnh đạo hoàn thành thắng lợi các chỉ tiêu ... trong nhiệm kỳ 2010 – 2015": a term whose targets were met
TERM_DONE = re.compile(r"(?<!phấn\sđấu\s)\bhoàn\s+thành\b[^.;:()\n]{0,90}$", re.I)
#: "các kỳ thi Olympic quốc tế năm 2025", "Tháng Thanh niên năm 2022", "Lễ hội ... năm 2023": a year naming an event's
#: edition (an exam, a contest, a campaign, a festival, a month or week of action) is no year reported (but "ngày hội
#: hiến máu đợt 3 năm 2022" is the third round of the year's: its year is the series')
EVENT = re.compile(r"\b(?:kỳ\s+thi|cuộc\s+thi|hội\s+thi|hội\s+thao|hội\s+diễn|chiến\s+dịch|festival|lễ\s+hội|"
                    r"tuần\s+lễ|ngày\s+hội|liên\s+hoan|tháng\s+(?:thanh\s+niên|hành\s+động|công\s+nhân))"
                    r"\b[^.;:,()\n]{0,50}$", re.I)
#: "Ngày hội hiến máu tình nguyện năm 2025", "Lễ hội Xuân hồng 2021", "Đại hội Thể dục Thể thao phường Bà Rịa lần I
#: năm 2025", "Hội khỏe Phù Đổng huyện Long Mỹ lần thứ IX năm 2019": an event of a day or a few (a festival, a contest,
#: games) named with its edition's year, with or without "năm" (not a campaign or a month of action, which run for
#: weeks); and any "lần thứ VI, năm 2017": the Nth holding of something in a year, an edition
_EVENT_NAME = (r"(?:kỳ\s+thi|cuộc\s+thi|hội\s+thi|hội\s+thao|hội\s+diễn|festival|lễ\s+hội|ngày\s+hội|liên\s+hoan"
               r"|đại\s+hội\s+(?:thể\s+dục\s+thể\s+thao|TDTT)|hội\s+khỏe\s+phù\s+đổng"
               r"|giải\s+(?:thi\s+đấu|thể\s+thao|bóng\s+[^\W\d]+|võ|cờ|việt\s+dã|điền\s+kinh|cầu\s+lông|bơi))")
#: "Lễ giao, nhận quân năm 2024", "Lễ ra quân huấn luyện năm 2023", "LỄ CHÚC THỌ NGƯỜI CAO TUỔI NĂM 2024": a ceremony
#: named with its year, the edition of a yearly one (its words may run on past a comma before a small letter: "giao,
#: nhận"); not a ceremony of a year's results ("Lễ tổng kết công tác năm 2023", "lễ tuyên dương ... năm 2022")
_CEREMONY = (r"lễ\s+(?!hội\b)(?!(?:tổng|sơ)\s+kết|tuyên\s+dương|khen\s+thưởng|trao\s+thưởng|vinh\s+danh|công\s+bố"
             r"|đón\s+nhận)(?:[^.;:,()\n]|,(?=\s*[a-zđà-ỹ])){0,60}?\s(?:năm\s+)?")
EVENT_YEARS = re.compile(r"\b" + _EVENT_NAME + r"\b[^.;:,()\n]{0,60}?\s(?:năm\s+)?" + YEAR
                         + r"|\blần\s+(?:thứ\s+)?(?:[IVXL]+|\d{1,2})\s*,?\s*năm\s+" + YEAR
                         + r"|\b" + _CEREMONY + YEAR, re.I)


def event_years(t: str) -> list[tuple[int, int, int]]:
    """The years ``t`` names as an event's edition (:data:`EVENT_YEARS`), as (start, end, year) of each year's digits."""
    out = []
    for m in EVENT_YEARS.finditer(t):
        g = next(i for i in (1, 2, 3) if m.group(i))
        out.append((m.start(g), m.end(g), int(m.group(g))))
    return out


#: "phiên họp thường kỳ tháng 6 năm 2018", "phiên họp thường kỳ UBND tỉnh tháng 9 năm 2024", "lễ chào cờ - giao ban
#: tháng 7 năm 2022", "Hội nghị giao ban định kỳ tháng 1-2026": the month a meeting is held in, named in passing (a
#: briefing held on 1 July reviews June)
MEETING = re.compile(r"\b(?:thường\s+kỳ|giao\s+ban(?:\s+định\s+kỳ)?)\s+"
                      r"(?:(?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban)\b[^.;:,\n]{0,25}?\s)?$", re.I)
#: what follows a bare "trong tháng" (no number) that makes it the release's month: an estimate or a result measured in
#: it ("trong tháng ước đạt", "trong tháng dự kiến đạt", "trong tháng ước tính đạt", "trong tháng đạt", "trong tháng ước
#: 5.742,64 ha"), never "trong tháng tới" (a plan) nor "trong tháng 10" (a month by its number)
IN_THE_MONTH = r"(?=\s+(?:ước|dự\s+kiến|dự\s+tính|đạt)\b)"
#: "Trong tháng 10, ...": a month opening its clause, the month reported (not "Riêng trong tháng 9"); a list's bullet
#: may stand before it ("❖ Trong tháng 1, giá cà phê ...")
IN_MONTH = re.compile(r"(?:^|[.!?;:,…\n])\s*(?:[❖•●○■□▪◆◇►▶✓✔*+\-–]\s*)?trong\s+$", re.I)
#: "tổng kết phong trào ... lần thứ V giai đoạn 2016 – 2021": a span of years under review is the period (a span named
#: otherwise, "Chương trình ... giai đoạn 2016-2020", is none; nor one a review is still to come: "chuẩn bị cho tổng kết",
#: "tiến tới tổng kết")
SPAN_REVIEW = re.compile(r"(?<!bị\s)(?<!cho\s)(?<!tới\s)\b(?:(?:tổng|sơ)\s+kết\b[^.;:\n]{0,110}"
                         # "Số liệu tập hợp giai đoạn năm 2017 - 2020, tổng sản lượng gỗ ...": figures gathered over it
                         r"|số\s+liệu\s+(?:tập\s+hợp|tổng\s+hợp|thống\s+kê)\s+(?:trong\s+|của\s+)?)$", re.I)
#: "Kế hoạch số 1130/KH-TTCP ngày 10/5/2012": a document's number before its date (the document's day, not the text's)
DOC_NUMBER = re.compile(r"\d+\s*/\s*\d{0,4}\s*/?\s*[A-ZĐ][\w\-]*\s+ngày\s*$")
#: "vào cuối tháng 6", "trong đầu tháng 7": a time within a month (not "đến cuối tháng 6": through its end)
AT_TIME = re.compile(r"\b(?:trong|vào)\s+(?:đầu|giữa|cuối)\s+$", re.I)
#: "Lễ sơ kết học kì I", "Kết thúc học kỳ I": a school term reviewed
TERM_REVIEWED = re.compile(r"(?:sơ\s+kết|tổng\s+kết|kết\s+thúc|kết\s+quả|đánh\s+giá)[^.;:\n]{0,40}$", re.I)
#: "Riêng trong năm học 2016-2017": a part of the years a text reviews
_PART = re.compile(r"\briêng\s+(?:trong\s+)?$", re.I)


def _half(m: re.Match) -> Period:
    return Period(int(m.group(3)) if m.group(3) else 0, "half", 1 if m.group(2).lower() == "đầu" else 2)


def _range_to_month(m: re.Match) -> Period:
    """``từ 25/11/2022 đến hết tháng 3/2023``: a range from a date through a month's end, as ``_range`` reads it (a
    range from a day past the 1st is some days', no period; ``từ 01/10/2022 đến hết tháng 9/2023`` an agency's year)."""
    d1, m1, y1, m2, y2 = (int(g) if g else 0 for g in m.groups())
    return _range_of(d1, m1, y1, _month_end(y2, m2) if 1 <= m2 <= 12 else 0, m2, y2)


def _range(m: re.Match) -> Period:
    """``từ 15/12/2022 tới 14/10/2023``: the months it covers (a month counts from its 15th, as statistics do);
    ``từ ngày 1/3 đến ngày 31/3/2022``: the first date's year is the last one's (the year before, if its month is later).
    Its two ends keep one convention: a range from a day past the 1st ends the day before it (``21/7 đến 20/8``), else
    it is some days' (a Tết campaign's ``từ ngày 15/12/2023 đến 29/02/2024``), no period.  Across calendar years, whole
    months are an agency's working months named by the year they end in (``từ ngày 01/12/2021 đến ngày 31/5/2022``: the
    procuracy's first half of 2022; ``01/10/2021 đến 30/9/2022``: the courts' year 2022; ``1/12/2019 đến 29/2/2020``: Q1)."""
    try:
        return _range_of(*(int(g) if g else 0 for g in m.groups()))
    except ValueError:
        month = days_in_month(m)
        if month is None:
            raise
        return month


def days_in_month(m: re.Match) -> Period | None:
    """Some days within one month written as two dates (a week's, a campaign's: "Trong tuần đầu thực hiện cao điểm ...
    (từ ngày 15/11/2022 đến ngày 21/11/2022)", "từ ngày 18/9 đến ngày 24/9/2023"): the month they fall in, the column a
    report on them is filed under (read in passing: any period of a kind the page reports comes first); None for a
    range of whole months or across months ("từ ngày 15/12/2023 đến 29/02/2024": a Tết campaign, no period)."""
    d1, m1, y1, d2, m2, y2 = (int(g) if g else 0 for g in m.groups())
    if m1 != m2 or y1 and y1 != y2 or not 1 <= m2 <= 12 or not 1 <= d1 <= d2 <= _month_end(y2, m2):
        return None
    return Period(y2, "month", m2)


def some_days(m: re.Match | None) -> bool:
    """A date range that is some days within one month (``days_in_month``), not a month by the statistics' convention
    (``từ ngày 1/3 đến ngày 31/3/2022``, ``21/7 đến 20/8``)."""
    if m is None or days_in_month(m) is None:
        return False
    try:
        _range_of(*(int(g) if g else 0 for g in m.groups()))
    except ValueError:
        return True
    return False


def _range_of(d1: int, m1: int, y1: int, d2: int, m2: int, y2: int) -> Period:
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        raise ValueError("no month")
    if d1 > 1 and d2 not in (d1 - 1, d1):
        raise ValueError("a range of days, not of months")
    y1 = y1 or (y2 if m1 <= m2 else y2 - 1)
    first = (y1, m1) if d1 < 15 else ((y1, m1 + 1) if m1 < 12 else (y1 + 1, 1))
    last = (y2, m2) if d2 >= 14 else ((y2, m2 - 1) if m2 > 1 else (y2 - 1, 12))
    if first[0] != last[0]:
        months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
        if first[0] + 1 != last[0] or not 1 <= months <= 12 or d1 != 1 or d2 != _month_end(last[0], m2) \
                or first[1] < 10:   # an agency's year opens in its last quarter (a school year, July to June, is none)
            raise ValueError("range across years")
        return ytd(last[0], months)
    if first[1] > last[1]:
        raise ValueError("an empty range")
    year, a, b = last[0], first[1], last[1]
    if a == 1:
        return ytd(year, b)
    if a == b:
        return Period(year, "month", a)
    if b - a == 2 and a % 3 == 1:
        return Period(year, "quarter", (a + 2) // 3)
    if (a, b) == (7, 12):
        return Period(year, "half", 2)
    raise ValueError("not a period of a kind")


def _month_range(m1: int, y1: int, m2: int, y2: int) -> Period | None:
    """Whole months from ``m1/y1`` through ``m2/y2``: the year so far, a quarter or a second half, else none.  Across
    years, as ``_range`` reads dates: months from an agency's year's start in the last quarter (``từ tháng 10/2022 đến
    tháng 9/2023``: a fund's year, 2023), or whole calendar years (``từ tháng 01/2014 đến tháng 12/2023``: ten years,
    a span reviewed; never more than ten)."""
    if y1 != y2 and 1 <= m1 <= 12 and 1 <= m2 <= 12:
        months = (y2 - y1) * 12 + m2 - m1 + 1
        if y2 == y1 + 1 and m1 >= 10 and months <= 12:
            return ytd(y2, months)
        if (m1, m2) == (1, 12) and 1 <= y2 - y1 <= 10:
            return Period(y1, "term", y2 - y1)
        return None
    if y1 != y2 or not 1 <= m1 <= m2 <= 12:
        return None
    if m1 == 1:
        return ytd(y2, m2)
    if m2 == m1 + 2 and m1 % 3 == 1:
        return Period(y2, "quarter", m2 // 3)
    return Period(y2, "half", 2) if (m1, m2) == (7, 12) else None


def miscounted(t: str, m: re.Match) -> bool:
    """"ước tính số lượng án trong 10 tháng (từ tháng 10/2019 đến hết tháng 9/2020)": months glossing a count of
    months that is not theirs, no period the text makes sure of (it only blocks)."""
    count = re.search(r"\b(\d{1,2})\s+tháng\s*\(\s*$", t[max(0, m.start() - 20):m.start()], re.I)
    if not count:
        return False
    m1, m2, y2 = int(m.group(1)), int(m.group(3)), int(m.group(4))
    y1 = int(m.group(2) or y2)
    return int(count.group(1)) != (y2 - y1) * 12 + m2 - m1 + 1


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year or 2001, month)[1]


#: "ước tính đến hết tháng 12, ...", "Ước đến cuối tháng 5": an estimate through a month opens its clause as a count
#: through it does (round 43: xh-toan-quoc-bo-nnptnt-nong-thon-moi, p16-thongkehd-ktxh-2023-11)
_ESTIMATED = r"(?:ước\s+)?"


def _to_month(year: int, edge: str | None, month: str) -> Period:
    """Through a month ("đến hết tháng 6"), or up to its start ("đến đầu tháng 7": through June)."""
    n = int(month) - (1 if edge and edge.strip().lower() == "đầu" else 0)
    if n < 1:
        raise ValueError("nothing of the year is over")
    return ytd(year, n)


def _headline_cutoff(m: re.Match) -> bool:
    """"CẬP NHẬT TÌNH HÌNH DỊCH COVID – 19 (Tính đến 19h ngày 14/7/2021)": a count's day in brackets closing its line, a
    headline's cut-off (not "Thu ngân sách (tính đến ngày 13/7) được ...", inside a figure's clause); so is a day
    closing a text's first line, its headline ("Biểu đồ: Tổng hợp diện tích có nước của các địa phương đến ngày
    29/1/2024")."""
    return bool(re.search(r"\(\s*$", m.string[max(0, m.start() - 3):m.start()])
                and re.match(r"\s*\)[^\S\n]*(?:\n|$)", m.string[m.end():])) or _closes_headline(m)


def _closes_headline(m: re.Match) -> bool:
    """The match ends the text's first line (after some words of it: a headline, not a line that is only a date)."""
    head = m.string[:m.start()]
    return "\n" not in head.strip() and len(head.split()) >= 3 \
        and bool(re.match(r"[^\S\n]*(?:\n|$)", m.string[m.end():]))


#: "Cục Thủy lợi ... cho biết đến 15 giờ ngày 18/2 ...": a verb of saying, after which the words said open a clause of
#: their own (reported speech), as a sentence's start does
_SAID = re.compile(r"\b(?:cho\s+biết|thông\s+tin|thông\s+báo)\s*,?\s*$", re.I)
#: a news lead's source tag ("(QBĐT) - Đến thời điểm 5-9, ..."), dash or not, is read by :func:`.lead_tag.after_lead_tag`
#: "đến 15 giờ ngày 18/2 (ngày đầu tiên lấy nước đợt 2), tổng diện tích ...": the comma closing a clause's time, a
#: bracketed gloss of the day before it
_GLOSSED_COMMA = r"\s*(?:\([^()\n]{0,60}\)\s*)?,"


def _to_day(m: re.Match) -> Period:
    """Through the last day of a month: the year so far to that month.  To any other day, set off as its clause's time
    ("Đến hết ngày 8/7/2025, đã có 18/34 địa phương hoàn thành ...", "Theo thống kê ..., tính đến sáng nay 19-8, mưa
    lũ đã ..."): a running total or a count to that day, of the month it is in (in passing: below any period the text
    names, see ``find_mentions``); inside a clause ("Thu ngân sách ước thực hiện đến ngày 13/7 được trên 29 tỷ đồng"):
    a figure's own cut-off in a report of some other period, no period."""
    day, month = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else 0
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2004, month)[1]:
        raise ValueError("no day of a month")
    if day == calendar.monthrange(year or 2001, month)[1] or (month == 2 and day == 29):
        return ytd(year, month)
    if not (re.search(r"(?:^|[.,;:!?…\n])\s*$", m.string[max(0, m.start() - 5):m.start()])
            or _SAID.search(m.string[max(0, m.start() - 20):m.start()])
            or after_lead_tag(m.string, m.start())) \
            or not re.match(_GLOSSED_COMMA, m.string[m.end():]):
        if not _headline_cutoff(m):
            raise ValueError("a figure's cut-off day, no period")
    return Period(year, "month", month)


def to_last_day(day: int, month: int, year: int) -> Period:
    """"đến 31/8/2020": the year so far through a month whose last day it is; ``ValueError`` for any other day (a date
    without "ngày" inside a sentence is a figure's cut-off or a deadline, no period)."""
    if not 1 <= month <= 12 or day != calendar.monthrange(year, month)[1]:
        raise ValueError("not a month's last day")
    return ytd(year, month)


def striven_in(before: str, words: str) -> bool:
    """"Phấn đấu trong năm 2024, toàn tỉnh đón ...": the period a target is striven in (not "phấn đấu năm 2023 tiếp tục
    củng cố ...", written in that year: what it keeps doing)."""
    return bool(re.search(r"\bphấn\s+đấu\s+(?:trong\s+)?$", before, re.I) and
                (re.match(r"trong\s", words, re.I) or re.search(r"\btrong\s+$", before, re.I)))


#: a rice season's name ("Đông Xuân", "hè thu", "thu đông", "mùa", "chiêm") and the year it may carry after it
_SEASON = r"(?:Đông[\s-]*Xuân|Hè[\s-]*Thu|Thu[\s-]*Đông|mùa|chiêm)"
#: the winter and spring crops ("vụ đông 2020", "Vụ đông 2021-2022", "vụ xuân 2015", "lúa chiêm xuân 2021"), named by a
#: bare year (with "năm" the year recogniser reads them, as it always has: "Sản xuất vụ xuân năm 2024")
_SEASON_BARE = r"(?:chiêm[\s-]*xuân|đông(?![\s-]*xuân)|xuân)"
_SEASON_YEAR = r"(?:năm\s+)?(?:(?:19|20)\d{2}\s*[-–/]\s*)?(?:19|20)\d{2}(?!\d)"


def _crop_year(m: re.Match) -> Period:
    """"niên vụ 2022/2023", "Niên vụ mía đường 2020/21": a crop year, of the year it ends in (two digits: the next)."""
    if m.group(2):
        return Period(int(m.group(2)), "year")
    first = int(m.group(1))
    if (first + 1) % 100 != int(m.group(3)):
        raise ValueError("a crop year is two consecutive years")
    return Period(first + 1, "year")


def _season_years(m: re.Match) -> Period:
    """"năm 2019-2020": one season across two consecutive years, of the year it ends in."""
    first, last = int(m.group(1)), int(m.group(2))
    if last != first + 1:
        raise ValueError("a season across two years is two consecutive years")
    return Period(last, "year")


#: "vụ ép mía 2022-2023", "vụ lúa Đông Xuân 2022 – 2023", "niên vụ 2022/2023": a crop's season across two years
_CROP_SEASON = re.compile(r"\b(?:vụ|lúa)\s+(?:[^\W\d]+\s+){0,3}?(?:năm\s+)?((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})",
                          re.I)


#: where a sentence ends: a stop before a space, or a line's end (not the thousands' dot of "94.000/318.000 ha")
SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


def times_crop_work(t: str, men: "Mention", kept: list["Mention"]) -> bool:
    """"Niên vụ mía 2022-2023 đã kết thúc ... Trong tháng 6/2023, ngành đường nước ta đã hoàn thành vụ ép mía 2022-2023":
    a month whose own sentence names the crop season the text is about (named before it) is when that season's work was
    done, in passing: the season is reported (not a monthly release naming a season first in that month's sentence)."""
    end = re.search(r"[.!?;\n]", t[men.end:])
    season = _CROP_SEASON.search(t[men.end:men.end + (end.start() if end else len(t) - men.end)])
    before = men.start
    if not season:     # "Nông dân ... thu hoạch lúa đông xuân 2019-2020 ... xuống giống lúa đông xuân 2019-2020 muộn
        #                (trong tháng 12-2019)": the season before it in its sentence, the text's season from earlier on
        before = max((m.end() for m in SENTENCE_END.finditer(t, 0, men.start)), default=0)
        season = ([None] + list(_CROP_SEASON.finditer(t, before, men.start)))[-1]
    if not season:
        return False
    years = (int(season.group(1)), int(season.group(2)))
    return years[1] == years[0] + 1 and any(
        k.start < before and k.recogniser in ("crop-year", "season") and
        tuple(int(y) for y in re.findall(r"(?:19|20)\d{2}", t[k.start:k.end])[-2:]) == years for k in kept)


#: "lũy kế từ đầu năm đạt 60,2 tỷ đồng": the year so far written as a figure of its own, beside the month's
_RUNNING_APART = re.compile(r"\bl(?:ũy|uỹ)\s+kế\s+từ\s+đầu\s+năm\b(?!\s*(?:\d|đến|tới))", re.I)


def stock_beside_month(t: str, men: "Mention", kept: list["Mention"]) -> bool:
    """"đến hết tháng 7/2020, tổng dư nợ ... đạt 438,2 tỷ đồng. Doanh số cho vay trong tháng đạt ..., lũy kế từ đầu năm
    đạt 60,2 tỷ đồng. Trong tháng 7, ... Đến hết tháng 7, ...": a stock to a month's end ("đến hết tháng 7/2020", "Đến
    hết tháng 7,") on a page that reports that month (opening its clause) and writes the year so far apart as a running
    total is that month's, not the year so far."""
    if men.recogniser not in ("to-date", "to-month") or men.period.kind != "ytd" or not _RUNNING_APART.search(t):
        return False
    month = men.period.months[1]
    return any(k is not men and k.period.kind == "month" and k.period.index == month and not k.passing
               and not k.comparison and not k.plan and k.period.year in (0, men.period.year)
               and k.recogniser in ("month", "month-bare") for k in kept)


def _some_time(m: re.Match) -> Period | None:
    """Some time within a month or a year, as the month or the year it is in (never reported: see find_mentions)."""
    month, year = re.search(r"tháng\s*(\d{1,2})", m.group(0), re.I), re.search(YEAR, m.group(0))
    if month:
        return Period(int(year.group(1)) if year else 0, "month", int(month.group(1)))
    return Period(int(year.group(1)), "year") if year else None


#: the longest term of office or span of years a wording names by itself ("nhiệm kỳ 2020 - 2025", "Từ năm 2015-2020",
#: "giai đoạn 2016 - 2020", "5 năm qua"): a longer one ("giai đoạn 1986 – 2023", "Từ năm 1990 đến 2020", "trong suốt
#: 20 năm qua") is a history, no period; only years counted and named together may be longer (``_years_counted``)
LONGEST_TERM = 10


def term(first: int, last: int, longest: int = LONGEST_TERM) -> Period:
    """The years ``first`` to ``last`` as a term; ``ValueError`` when they are none or more than ``longest``."""
    if not 1 <= last - first <= longest:
        raise ValueError(f"{first}-{last}: no span of at most {longest} years")
    return Period(first, "term", last - first)


_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


#: "Hội nghị tổng kết 15 năm cuộc vận động “Ngày vì người nghèo”", "sơ kết 3 năm thực hiện phong trào": the length of
#: the years a meeting reviews
_LENGTH_REVIEWED = re.compile(r"\b(?:tổng|sơ)\s+kết\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\b", re.I)


def length_reviewed(t: str, first: int, last: int) -> bool:
    """The text reviews as many years as the span ``first``–``last`` holds, counted either way ("tổng kết 15 năm cuộc
    vận động ... giai đoạn 2000-2015", "sơ kết 3 năm thực hiện phong trào ... giai đoạn 2016-2018"): that span is the
    one reviewed, however far from the review it is named (and however long: the text states its length)."""
    return any(_count(m.group(1)) in (last - first, last - first + 1) for m in _LENGTH_REVIEWED.finditer(t))


def _past_years(m: re.Match) -> Period:
    """"5 năm qua", "Qua 5 năm triển khai": years counted, dated later (at most ``LONGEST_TERM``)."""
    return term(0, _count(m.group(1)))


#: "Trong suốt 75 năm (1949-2024), ...", "Qua 20 năm (2003 - 2023), ...": years counted opening their clause, its time
_COUNT_OPENS = re.compile(r"(?:^|[.!?;:…\n])\s*(?:Trong\s+(?:suốt\s+)?|Suốt\s+|Qua\s+|Sau\s+)$", re.I)


def _years_counted(m: re.Match) -> Period:
    """"Sau 5 năm (2010 – 2015)", "Trong suốt 75 năm (1949-2024), ...": years counted and named together, a span
    reviewed (the count and the years agreeing); longer than ``LONGEST_TERM`` only as its clause's time (not "tặng Cờ
    thi đua xuất sắc 20 năm (1996-2016)", an award's years)."""
    n, first, last = _count(m.group(1)), int(m.group(2)), int(m.group(3))
    if last - first != n:
        raise ValueError("the years counted are not the years named")
    if n > LONGEST_TERM and not _COUNT_OPENS.search(m.string[max(0, m.start() - 20):m.start()]):
        raise ValueError("a long span in passing")
    return Period(first, "term", n)


def _course(m: re.Match) -> Period | None:
    """A course's years ("khóa 5 (2011-2013)"; opened on a day of 2016 and closed on one of 2017): a term of their
    length, up to four years (a longer span is no course's); None (it only blocks) otherwise."""
    first, last = int(m.group(1)), int(m.group(2))
    return Period(first, "term", last - first) if 1 <= last - first <= 4 else None


def school_year_reported(t: str, start: int, end: int) -> bool:
    """"Năm học 2018-2019, ...", "..., năm học 2017-2018, toàn huyện có ...", "tổng kết năm học ...": the year a
    text reports (a time adverbial opening its clause, or under review), not "Riêng trong năm học ..." (a part)."""
    if _PART.search(t[max(0, start - 15):start]):
        return False
    return bool(TERM_REVIEW.search(t[max(0, start - 80):start]) or re.match(r"\s*,", t[end:])
                or re.search(r"(?:^|[.!?:;]\s*|\n\s*)$", t[max(0, start - 3):start]))


#: "Nhân dịp năm học mới 2018-2019", "triển khai nhiệm vụ năm học mới 2023 - 2024": the school year a text opens
NEW_SCHOOL_YEAR = re.compile(r"\bnăm\s+học\s+mới\s*,?\s*" + YEAR + r"\s*[-–/]\s*" + YEAR, re.I)


def past_school_year(t: str) -> Period | None:
    """The school year just ended (``năm học qua``): the one before the new school year the text names (``Nhân dịp năm
    học mới 2018-2019, ... thành tích mà các cháu đạt được trong năm học qua``: 2017-2018); None when it names none."""
    m = NEW_SCHOOL_YEAR.search(t)
    if m is None or int(m.group(2)) != int(m.group(1)) + 1:
        return None
    return Period(int(m.group(1)) - 1, "term", 1)


def _school_year(m: re.Match) -> Period:
    first, last = int(m.group(1)), int(m.group(2))
    if last != first + 1:
        raise ValueError("a school year is two consecutive years")
    return Period(first, "term", 1)


#: "hết tháng 5/2024" opening its clause or after "tính": through the end of that month (the "đến" left out); after
#: "lũy kế" (round 60: "Lũy kế hết tháng 3/2019, toàn ngành BHXH thu 77.100 tỷ đồng", held-out wa-toan-quoc-bhxh-viet-
#: nam-thu-bhxh, coded 2019-Q1; "Lũy kế hết tháng 10, kim ngạch xuất khẩu ...", sweep p17-thanhnien-xuatkhau): the
#: running total through that month's end, as "lũy kế đến hết tháng 8/2022" is
_CLAUSE_HET = r"(?:(?<=[.,;:]\s)|^|\btính\s+|\bl(?:ũy|uỹ)\s+kế\s+)(?:hết\s+)"

#: "Cách mạng tháng Tám", "Cách mạng Tháng Mười Nga", "Cách mạng tháng 8/1945": a month naming an event (a name, no
#: month reported)
_NAMED_BY_MONTH = r"(?<![Cc]ách\s[Mm]ạng\s)"

#: "3 tháng" is a length, so a month is not read after a number and a space; but a year's number is never a count of
#: months: "Thực hiện năm 2014 | Dự ước tháng 1/2015", a pasted table's header cells joined on one line ("năm 2014
#: tháng 1/2015"), is a year, then a month
_NOT_A_COUNT = r"(?:(?<!\d[ \t])|(?<=(?<!\d)(?:19|20)\d\d[ \t]))"

#: ("CPI tháng Mười Một tăng 4,56%": a name's every syllable capitalised, November, never October)
_MONTH_WORD = r"Giêng|Chạp|Mười\s+[Mm]ột|Mười\s+[Hh]ai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín"
_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


#: a natural disaster named as the cause of damage ("bão số 9", "áp thấp nhiệt đới", "mưa lũ", "lũ quét", "lốc xoáy",
#: "sạt lở đất", "thiên tai"); open-ended by its heads
_DISASTER = (r"(?:bão(?:\s+số\s+\d{1,2})?|áp\s+thấp(?:\s+nhiệt\s+đới)?|mưa(?:\s+(?:lũ|lớn|bão|đá|to))?|"
             r"lũ(?:\s+(?:quét|lụt|ống))?|lụt|(?:giông\s+)?lốc(?:\s+xoáy)?|sạt\s+lở(?:\s+đất)?|thiên\s+tai|"
             r"triều\s+cường|động\s+đất|hạn\s+hán|xâm\s+nhập\s+mặn)(?![^\W\d_])")
#: the day a disaster's damage is counted on, as the news gives it: "Đến tối ngày 28-10", "6h sáng nay này 29/10",
#: "Từ trưa đến chiều nay 11.10", "Khoảng 12h00 ngày 28/10" (not "ngày mai 29-10", a forecast's)
_DAMAGE_DAY = re.compile(r"\b(?:ngày|(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?(?:\s+này)?)\s+(\d{1,2})\s*[/.\-]\s*"
                         r"(\d{1,2})(?:\s*[/.\-]\s*" + YEAR + r")?(?![\d/.\-]*\d)", re.I)


#: "Từ tháng 7.2018 đến nay, nhà trường đã và đang tiến hành khảo sát ...": a month a span to now starts from
_SPAN_FROM = re.compile(r"\b(?:kể\s+)?từ\s+$", re.I)
_TO_NOW = re.compile(r"\s*(?:đến|tới|cho\s+đến)\s+(?:nay|bây\s+giờ|thời\s+điểm\s+(?:này|hiện\s+tại))\b", re.I)


def starts_span_to_now(t: str, men: "Mention") -> bool:
    """A month that opens a span running to now ("Từ tháng 7.2018 đến nay, ..."): where the count starts, not the month
    a page reports (the months so far from it are no period of a kind; "Từ đầu tháng 7/2022 đến nay" is its own
    recogniser's, the month so far)."""
    return men.period.kind == "month" and bool(_SPAN_FROM.search(t[max(0, men.start - 12):men.start])) \
        and bool(_TO_NOW.match(t, men.end))


#: "Thực hiện giai đoạn năm 2003 - 2006" heading a clerk's table: the column of what was done over the span ("Thực
#: hiện" capitalised as a heading's first word, its line joined to the row of headings before it: "Chỉ tiêu ĐVT Thực hiện")
_DONE_HEADING = re.compile(r"(?:(?:^|\n)[^\S\n]*[Tt]|(?<=\s)T)hực\s+hiện\s+$")


def heads_results_column(t: str, start: int, end: int) -> bool:
    """A span of years that is a table's column heading of results, ending its line after a heading's "Thực hiện" ("Chỉ
    tiêu / ĐVT / Thực hiện giai đoạn năm 2003 - 2006 / 2003 / 2004 ..."): the span the table's figures were done in,
    reviewed (not "tiếp tục thực hiện giai đoạn 2021 - 2025" inside a sentence, a plan's; nor "Thực hiện giai đoạn
    2016-2020, ..." opening a sentence, which its own rule reads)."""
    return bool(_DONE_HEADING.search(t[max(0, start - 20):start])) and bool(re.match(r"[^\S\n]*(?:\n|$)", t[end:]))


#: "- Năm 2010 đạt tỷ lệ 93% về việc ...": an item of a list opening with its year
_YEAR_ITEM = re.compile(r"[^\S\n]*(?:[-–•+*][^\S\n]*)?Năm[^\S\n]+((?:19|20)\d{2})(?!\d)", re.I)


def years_listed(t: str, men: "Mention") -> Period | None:
    """"Trong 5 năm qua, tỷ lệ giải quyết án ... luôn vượt chỉ tiêu ... Cụ thể: / - Năm 2010 đạt ... / - Năm 2011 ... /
    ... / - Năm 2014 đạt ...": the years past counted, whose line ends by opening a list ("Cụ thể:") of as many items,
    one a year in a row, are the span those items name (2010 - 2014); else none."""
    line_end = t.find("\n", men.end)
    if line_end == -1 or not t[men.end:line_end].rstrip().endswith(":"):
        return None
    years = []
    for line in t[line_end + 1:].split("\n"):
        item = _YEAR_ITEM.match(line)
        if not item:
            break
        years.append(int(item.group(1)))
    n = men.period.index
    if len(years) != n or n < 2 or years != list(range(years[0], years[0] + n)):
        return None
    return term(years[0], years[-1])


#: "Mục tiêu trong năm 2015, ngành dạy nghề sẽ tuyển sinh mới ...": a sentence opening with the aims of a period
_AIMS_OPEN = re.compile(r"(?:^|[.!?;\n])\s*Mục\s+tiêu\s+(?:(?:trong|của|cho)\s+)?$", re.I)


def aims_opening(before: str) -> bool:
    """A period whose sentence opens with its aims ("Mục tiêu trong năm 2015, ...", after "Năm qua, các cơ sở dạy nghề
    đã tuyển sinh ..."): the next edition's plan (it lends the year before it to "năm qua"), not a period reported;
    never "đạt 105% chỉ tiêu năm 2015", a result against the year's target."""
    return bool(_AIMS_OPEN.search(before))


#: "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014": a line (a title) opening with "Kế
#: hoạch", the kind of document it is
_PLAN_TITLE = re.compile(r"(?:^|\n)[^\S\n]*Kế\s+hoạch\b[^.;:!?\n]*$")
#: "về việc xây dựng kế hoạch Chương trình ... năm 2014": a plan being drawn up; "ban hành kế hoạch triển khai vận động
#: xây dựng Quỹ "Vì người nghèo" năm 2020": a plan issued, for the year it names (not one cited by its number, "ban
#: hành Kế hoạch số 3341/KH-UBND ngày 06/10/2022 về rà soát hộ nghèo ... năm 2022": a document of the year reported)
_PLAN_DRAWN = re.compile(r"\b(?:xây\s+dựng\s+kế\s+hoạch|ban\s+hành\s+kế\s+hoạch(?!\s+số))\b[^.;:!?\n]*$", re.I)


#: "MTTQ Việt Nam huyện Hàm Thuận Bắc: Triển khai công tác vận động Quỹ "Vì người nghèo" năm 2020.", "Triển khai nhiệm
#: vụ tháng 8/2018": a headline opening (on its line, or after the agency and a colon) with the bare verb "Triển khai"
#: (launch), no subject and no aspect ("đã triển khai công tác ... năm 2021" is work done), the period ending it: the
#: work launched, for the period it names
_LAUNCH_TITLE = re.compile(r"(?:^|\n|:)[^\S\n]*Triển\s+khai\s+(?:thực\s+hiện\s+)?(?:công\s+tác|nhiệm\s+vụ|kế\s+hoạch)\b"
                           r"[^.;:!?\n]*$")


def plan_titled(t: str, start: int, end: int) -> bool:
    """A period a plan's title names, ending the title's line ("Kế hoạch Chương trình ... năm 2014" over "Phần I / ĐÁNH
    GIÁ KẾT QUẢ THỰC HIỆN NĂM 2013"), or a plan being drawn up or issued ("xây dựng kế hoạch ... năm 2014", "ban hành
    kế hoạch triển khai vận động ... năm 2020"), or a launch's headline ("...: Triển khai công tác vận động Quỹ "Vì
    người nghèo" năm 2020."): the year planned, not reported.  Not "Kết quả thực hiện kế hoạch năm
    2014" (a review: its line opens with the results), nor a sentence opening with a year's plan and going on ("Kế
    hoạch vốn năm 2023 được giao 500 tỷ đồng, đã giải ngân ...": the year's own figures)."""
    line = t[t.rfind("\n", 0, start) + 1:start]
    ends_line = bool(re.match(r"[^\S\n]*(?:\n|$)", t[end:]))
    return bool(_PLAN_DRAWN.search(line)) or bool(_PLAN_TITLE.search(line)) and ends_line \
        or bool(_LAUNCH_TITLE.search(line)) and bool(re.match(r"[^\S\n]*\.?[^\S\n]*(?:\n|$)", t[end:]))


#: "dù sản lượng giảm hơn năm ngoái (năm 2018 đạt 141.230 tấn ...)", "tăng so với cùng kỳ (năm 2017 đạt 90,4%)": a
#: bracket glossing last year or the same period
_GLOSS_OPEN = re.compile(r"\b(?:năm\s+(?:ngoái|trước)|cùng\s+kỳ(?:\s+năm\s+(?:ngoái|trước))?)\s*\(\s*$", re.I)


#: "thấp hơn các năm gần đây (năm 2015 đạt 76,2%; năm 2014 đạt 76,6%)", "cao hơn hẳn mức tăng trưởng 6 tháng đầu các
#: năm trước (2001 tăng 7,1%; 2002 tăng 6,5%; ...)": a bracket, still open, glossing the earlier years compared
#: (not "các năm qua (2016-2020)": the years past themselves, glossed by their span)
_GLOSS_YEARS = re.compile(r"\bcác\s+năm\s+(?:gần\s+đây|trước(?:\s+đó)?)\s*\([^()\n]*$", re.I)


def glosses_compared(before: str) -> bool:
    """A period opening a bracket right after "năm ngoái", "năm trước" or "cùng kỳ" ("sản lượng giảm hơn năm ngoái (năm
    2018 đạt 141.230 tấn, giá trị 2.260 tỷ đồng) nhưng giá trị năm nay lại tăng"): the compared period's figures, named
    to gloss it, not the period reported; so is every year listed in a bracket after "các năm gần đây", "các năm
    trước" ("thấp hơn các năm gần đây (năm 2015 đạt 76,2%; năm 2014 đạt 76,6%)")."""
    return bool(_GLOSS_OPEN.search(before) or _GLOSS_YEARS.search(before))


#: "hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội và dự toán thu, chi ngân sách năm 2024", "UBND phường Xuân Tăng đã
#: giao chỉ tiêu kế hoạch phát triển kinh tế- xã hội và dự toán ngân sách nhà nước năm 2022": targets given out for a
#: year (not "được giao chỉ tiêu", "được UBND tỉnh giao chỉ tiêu": a target received, the year under way)
_TARGETS_GIVEN = re.compile(r"(?<!được\s)\bgiao\s+(?:các\s+)?chỉ\s+tiêu\b[^.;:!?()\n]{0,120}$", re.I)


def targets_given(before: str) -> bool:
    """The year its sentence gives targets out for ("UBND quận Thanh Xuân vừa tổ chức hội nghị giao chỉ tiêu kế hoạch kinh
    tế - xã hội và dự toán thu, chi ngân sách năm 2024."): next year's plan, not the year reported."""
    m = _TARGETS_GIVEN.search(before)
    return bool(m) and not re.search(r"\bđược\b[^.,;:!?()\n]{0,40}$", before[:m.start()], re.I) \
        and not re.search(r",\s*(?:trong\s+)?$", before)    # "Sau khi được UBND tỉnh giao chỉ tiêu, năm 2023 huyện ...":
    #                                                            a target received, then the year's own clause


#: "HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức thành công Kỳ họp thứ 15", "kỳ họp thứ 8 HĐND huyện khóa
#: XIX nhiệm kỳ 2016-2021", "bầu cử Đại biểu Quốc hội khoá XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026": a People's
#: Council's (or its committee's) term glossing its name — its convocation ("khóa VIII") or "các cấp" — says which
#: council sits or is elected, not a period reported nor one opened by a congress (a term reviewed, "tổng kết hoạt động
#: HĐND huyện khóa XII, nhiệm kỳ 2021 - 2026", is TERM_REVIEW's)
_COUNCIL_TERM = re.compile(r"\b(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|[UỦ]y\s+ban\s+nhân\s+dân)(?:\s+[^\s\d,.;:()]+){0,4}?"
                           r"(?:\s*,)?\s+(?:kh(?:óa|oá|oa)\s+(?:[IVXLC]+|\d{1,2})|các\s+cấp)\s*[,(]?\s*$", re.I)


def names_council(before: str) -> bool:
    """A term right after a People's Council's or committee's name and convocation ("HĐND huyện Kbang khóa VIII
    (nhiệm kỳ 2021-2026)"): the council's name, no period."""
    return bool(_COUNCIL_TERM.search(before))


#: "nhằm thực hiện thắng lợi các mục tiêu về kinh tế - xã hội năm 2025", "phấn đấu thực hiện thắng lợi các mục tiêu, chỉ
#: tiêu nhiệm vụ phát triển kinh tế - xã hội năm 2020": a purpose — to carry a period's goals out victoriously — names the
#: period ahead, a plan (not "góp phần thực hiện thắng lợi nhiệm vụ chính trị của đơn vị trong năm 2024": contributed, a
#: result)
_CARRY_OUT_AHEAD = re.compile(r"\b(?:nhằm|để|phấn\s+đấu|quyết\s+tâm)\s+(?:[^\W\d]+\s+){0,2}?thực\s+hiện\s+thắng\s+lợi\b"
                              r"[^.;:!?\n]{0,80}$", re.I)


#: "Để tiếp tục nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2023 huyện Đăk Hà chú
#: trọng ...", "Để thực hiện và hoàn thành tốt nhiệm vụ năm 2020, đồng chí yêu cầu ...", "Để hoàn thành các chỉ tiêu năm
#: 2018 sớm ...": a sentence opening with a purpose ("Để", in order to) to go on, carry out, complete, reach or prepare
#: names within it (before its comma) the period ahead (not "Để ghi nhận những kết quả đạt được trong năm 2017": to
#: recognise what was done, looking back)
_PURPOSE_AHEAD = re.compile(r"(?:^|[.!?…:]\s+|\n\s*)Để\s+(?:tiếp\s+tục|thực\s+hiện|hoàn\s+thành|đạt|chuẩn\s+bị)\b"
                            r"[^,.;:!?\n]{0,140}$")


def carries_out_ahead(t: str, start: int) -> bool:
    """A period named as what a purpose is to carry out victoriously ("nhằm thực hiện thắng lợi các mục tiêu ... năm
    2025"), or within a sentence's opening purpose ("Để tiếp tục nâng cao ... năm 2023 huyện ..."): the period ahead,
    planned, not the one reported (the goals named may be long: read back over the line)."""
    if _CARRY_OUT_AHEAD.search(t[max(0, start - 160):start].rsplit("\n", 1)[-1]):
        return True
    return bool(_PURPOSE_AHEAD.search(t, max(0, start - 200), start))   # "^" only at the text's own start


#: "Trong quý II, tỉnh sẽ đẩy nhanh tiến độ thực hiện kế hoạch thanh tra năm 2015", "Trong quý II, hội sẽ đẩy mạnh cuộc
#: vận động ...", "Trong năm 2019, Thủ tướng sẽ trực tiếp chỉ đạo ...": a period opening its sentence as its clause's time
#: ("Trong", "Sang", "Bước sang" and a comma), the clause's verb in the future ("sẽ", after a subject of a few words)
_FUTURE_OPEN = re.compile(r"(?:^|[.!?;\n])\s*(?:Trong|Sang|Bước\s+sang)\s+$")
_FUTURE_VERB = re.compile(r"\s*,\s*(?:[^\W\d]+\s+){1,6}?sẽ\b", re.I)


def future_clause(t: str, start: int, end: int) -> bool:
    """A period set off as the time of a clause in the future ("Trong quý II, tỉnh sẽ đẩy nhanh tiến độ ..." after the
    quarter's results): the period ahead, planned, not the one reported (not "Trong quý I, tỉnh đã ...": done).  Read
    for the editions within a year (a quarter, a half, a month): "Trong những tháng cuối năm 2019, UBND huyện sẽ tập
    trung ..." (some time, not an edition) still lends its year to "Từ đầu năm đến nay" above it."""
    return bool(_FUTURE_OPEN.search(t, max(0, start - 30), start)) and bool(_FUTURE_VERB.match(t, end))


#: "Quận Thanh Xuân phấn đấu thu ngân sách năm 2024 đạt 6.617 tỷ đồng", "Đồng Tháp phấn đấu tăng trưởng GRDP năm 2024
#: đạt mức 8%": a value striven for in a period (not "sự nỗ lực phấn đấu, năm 2023 đạt ...": a result after a comma)
_STRIVE_OPEN = re.compile(r"\bphấn\s+đấu\s+(?!của\b)(?:[^\W\d]+\s+){0,6}$", re.I)
#: the value right after the period, or after what is striven for named between them ("Đảng bộ huyện phấn đấu năm 2018
#: tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên", "mục tiêu phấn đấu năm 2017 tổng thu nội địa toàn tỉnh đạt trên
#: 5.500 tỷ đồng": a subject of up to eight words, no punctuation nor number between)
_STRIVE_VALUE = re.compile(r"(?:\s+[^\W\d]+){0,8}?\s*(?:đạt|là)\s+(?:mức\s+)?(?:trên\s+|hơn\s+|từ\s+|khoảng\s+)?\d", re.I)


def strives_for_value(before: str, t: str, end: int) -> bool:
    """A period between "phấn đấu" and the value striven for in it ("phấn đấu thu ngân sách năm 2024 đạt 6.617 tỷ
    đồng"): a target's period, not the period reported. With a subject between the period and the value, not after
    the striving as a noun or done ("sự nỗ lực phấn đấu năm 2023 toàn huyện thu ngân sách đạt ...", "đã phấn đấu"): a
    result."""
    m = _STRIVE_VALUE.match(t, end)
    if not (m and _STRIVE_OPEN.search(before)):
        return False
    return re.match(r"\s*(?:đạt|là)\b", m.group(0), re.I) is not None or not _STRIVING_NOUN.search(before)


#: "sự nỗ lực phấn đấu năm 2023", "đã phấn đấu năm 2023": the striving named as a thing or as done, not a target set
_STRIVING_NOUN = re.compile(r"\b(?:sự|đã)\s+(?:nỗ\s+lực\s+)?phấn\s+đấu\s+(?:[^\W\d]+\s+){0,6}$", re.I)


#: "(15 cuộc từ quý II chuyển sang)", "4 cuộc năm 2019 chuyển sang;", "năm 2018 chuyển sang 39 bản án", "số việc năm
#: 2021 chuyển sang là 349.412 việc": cases carried over from a period into the one reported (the clause closing, a count
#: or "là" after it; not "năm 2019 chuyển sang trồng cây ăn quả", land converted in that year)
_CARRIED_OVER = re.compile(r"\s*chuyển\s+sang(?=\s*(?:[.,;:)\n]|\d|là\b|$))", re.I)


def carried_over(t: str, end: int) -> bool:
    """A period things were carried over from ("Quý III/2018, ... tiến hành 27 cuộc thanh tra ... (15 cuộc từ quý II
    chuyển sang)"): an earlier period's backlog, not the period reported nor an edition named beside it."""
    return bool(_CARRIED_OVER.match(t, end))


#: "Na Hang: Phấn đấu giải quyết việc làm cho trên 1.200 lao động trong năm 2017", "đề nghị cảng phấn đấu đạt 6,5
#: triệu tấn trong năm 2015": a value striven for, its period named after it in the same clause
_CLAUSE_CHAR = r"(?:[^.;:!?()\n,]|[.,](?=\d))"     # a clause goes on through a number's "." and ","
_STRIVE_VALUE_FIRST = re.compile(r"\bphấn\s+đấu\s+(?!của\b)" + _CLAUSE_CHAR + r"{0,80}?\d" + _CLAUSE_CHAR + r"{0,60}?"
                                 r"\s(?:(?:trong|vào|cho|ở)\s+)?$", re.I)


def strives_value_first(before: str) -> bool:
    """A period closing a clause that strives for a value ("Phấn đấu giải quyết việc làm cho trên 1.200 lao động trong
    năm 2017"): the target's period, not the period reported (the value comes before it, not after as in
    :func:`strives_for_value`); not a striving already done ("đã phấn đấu", a value "được" reached)."""
    m = _STRIVE_VALUE_FIRST.search(before)
    return bool(m) and not re.search(r"\bđã\s+(?:[^\W\d]+\s+){0,2}$", before[:m.start()], re.I) \
        and not re.search(r"\bđược\b", m.group(0), re.I)    # "đã nỗ lực phấn đấu đạt 105% ...", "phấn đấu vận động
    #                                                           được 1.200 hội viên trong năm 2021": striven and reached


#: "giảm đáng kể tỷ lệ lao động trong lĩnh vực nông nghiệp từ trên 57% (năm 2010) xuống còn 48% (năm 2015)", "diện tích
#: trồng rừng tăng từ 26,58 ha (năm 2015) lên 67,60 ha (năm 2019)", "Quy mô GDP tăng từ 346 tỷ USD (năm 2020) lên khoảng
#: 514 tỷ USD (năm 2025)": a change's two values (a unit of up to three words), each dated in a bracket
_DATED_VALUE = r"\d[\d.,]*(?:\s*%|(?:\s+[^\W\d]{1,8}){0,3})\s*\(\s*(?:cuối\s+|đầu\s+)?(?:năm\s+)?((?:19|20)\d{2})\s*\)"
_CHANGE_DATED = re.compile(r"\btừ\s+(?:(?:trên|dưới|hơn|gần|khoảng)\s+)?" + _DATED_VALUE +
                           r"\s*(?:,\s*)?(?:xuống|lên|tăng\s+lên|giảm\s+xuống)(?:\s+(?:còn|mức|đến))?\s+"
                           r"(?:(?:trên|dưới|hơn|gần|khoảng)\s+)?" + _DATED_VALUE, re.I)


def change_ends_dated(t: str) -> list[tuple[int, int]]:
    """The spans of the years dating a change's two ends in brackets ("từ 5% (năm 2016) xuống còn 3,04% (năm 2020)"):
    each dates its value, the change runs between them; neither year is the period the text reports."""
    out = []
    for m in _CHANGE_DATED.finditer(t):
        out += [m.span(1), m.span(2)]
    return out


def crosses_year_end(t: str, men: "Mention") -> bool:
    """A season or crop year named by the two years it spans ("Vụ đông 2021-2022", "vụ Đông Xuân 2019-2020", "niên vụ
    2022/2023"): it is read as the year it ends in, but its sowing months (the second half of the first year) are of
    the first. A season named by one year ("vụ đông 2020", "vụ mùa 2021") falls within it."""
    return men.recogniser in ("season", "crop-year") and len(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)|[-–/]\s*\d{2}(?![\d/.,])",
                                                                       t[men.start:men.end])) >= 2


_PERIOD_NAMED = re.compile(r"\b(?:năm|tháng|quý)\s*(?:19|20)\d{2}|\bnăm\s+(?:nay|tới|sau)\b", re.I)


#: "kết nạp 87 đảng viên, đạt 72% chỉ tiêu phấn đấu năm 2009", "thu đạt 100,42% so với chỉ tiêu phấn đấu": a share
#: reached of the target striven for — a result measured against it, as "đạt 72% kế hoạch" is, no striving
SHARE_OF_TARGET = re.compile(r"\b(?:đạt|bằng|vượt)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d+(?:[.,]\d+)*\s*%\s+"
                             r"(?:so\s+với\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)\s+phấn\s+đấu$", re.I)


def strives_after(t: str, end: int) -> bool:
    """The clause after a period strives for a target ("Năm 2025, ngành Du lịch đặt mục tiêu ...": that period is the
    target's), unless another period is named between them ("Năm 2015, tăng trưởng đạt 6,68%, năm 2016 đặt mục tiêu
    tăng trưởng 6,7%": 2016's target, 2015's result) or the target is only what a share reached is measured against
    ("Trong 8 tháng đầu năm 2009, ... kết nạp 87 đảng viên, đạt 72% chỉ tiêu phấn đấu năm 2009": the months' result)."""
    m = STRIVES.match(t, end)
    return bool(m) and not _PERIOD_NAMED.search(m.group(0)) and not SHARE_OF_TARGET.search(m.group(0))


#: "CPI cả nước tháng 10 tăng 0,85% so với tháng trước": a figure of a month measured against the month before it (no
#: other period named between); only a month's figure is compared with "tháng trước"
_NO_PERIOD_CHAR = r"(?:(?!\b(?:tháng|quý|năm)\s*(?:\d|[IVX]+\b))[^.;:!?\n])"   # a clause's character, no period named
_AGAINST_MONTH_BEFORE = re.compile(_NO_PERIOD_CHAR + r"{0,60}?\b(?:tăng|giảm|bằng)\b"
                                   + _NO_PERIOD_CHAR + r"{0,40}?\bso\s+với\s+tháng\s+trước\b", re.I)


def against_month_before(t: str, men: "Mention") -> bool:
    """A month named by its number alone whose figure is compared with the month before it ("CPI cả nước tháng 10 tăng
    0,85% so với tháng trước và tăng 7% so với cùng kỳ năm 2011"): the month reported, not one named in passing (its
    year is borrowed as a bare month's is: here the one after the same period compared with)."""
    return men.recogniser == "month-bare" and bool(_AGAINST_MONTH_BEFORE.match(t, men.end))


#: "Chỉ tính riêng trong tháng 9, toàn quốc xảy ra trên 1.300 vụ": a month singled out of the months so far
_SINGLED_OUT = re.compile(r"\b(?:(?:chỉ\s+)?tính\s+)?riêng\s+(?:trong\s+)?$", re.I)


def singled_out(t: str, men: "Mention") -> bool:
    """A month singled out as a part ("Chỉ tính riêng trong tháng 9, ...", "Riêng tháng 9, ..."): the text's own
    figures are the months so far through it, the month a part of them (as "9 tháng đầu năm 2010 ... Riêng tháng
    9-2010" reads the nine months); never a quoted name's month.  With its year too: ``riêng`` ("alone, in
    particular") singles a part out of a whole, whether or not the whole is named ("Chỉ tính riêng tháng 7, toàn quốc
    xảy ra hơn 1.200 vụ TNGT ... So với 7 tháng đầu năm 2019, số vụ TNGT giảm ... Riêng tháng 7-2020, xảy ra 707 vụ":
    the seven months of 2020, July a part of them)."""
    return men.recogniser in ("month-bare", "month") and bool(_SINGLED_OUT.search(t[max(0, men.start - 25):men.start]))


#: "các tháng năm 2019": the months of a year, a table's title over its month columns
_MONTHS_OF_YEAR = re.compile(r"\bcác\s+tháng\s+(?:trong\s+)?$", re.I)
#: two month heads side by side, nothing but a gloss and cell marks between ("Tháng 1 Tháng 2", "Tháng 1 Jan. |\nTháng 2")
_MONTH_HEADS = re.compile(r"(?=\bTháng\s+(\d{1,2})(?!\d)[^\d]{0,12}?\bTháng\s+(\d{1,2})(?!\d))")


def months_headed(t: str, men: "Mention") -> int | None:
    """A table of "the months of" a year ("Chỉ số giá tiêu dùng ... các tháng năm 2019 so với kỳ gốc 2014") whose
    columns are headed by its months one after another ("Tháng 1 Tháng 2 Tháng 3 Tháng 4 Tháng 5 Tháng 6"): the page
    covers the months its heads run through from January, the number of the last (6: the half); a yearbook's page printing
    all twelve (its "(Tiếp theo)" from "Tháng 7 Jul." to "Tháng 12 Dec.") is the year.  None when the heads do not
    run from January without a gap, or the year is not the months'."""
    if men.recogniser != "year" or not _MONTHS_OF_YEAR.search(t[max(0, men.start - 25):men.start]):
        return None
    months = set()
    for m in _MONTH_HEADS.finditer(t, men.end):
        a, b = int(m.group(1)), int(m.group(2))
        if b == a + 1:
            months |= {a, b}
    if len(months) < 3 or months != set(range(1, max(months) + 1)):
        return None
    return max(months)


#: what parts the headings of a table's row: spaces, tabs, "|"
_CELLS_APART = re.compile(r"[^\S\n]*\|?[^\S\n]*")


def quarters_in_a_row(t: str, kept: list["Mention"]) -> list["Mention"]:
    """A row of three or more consecutive quarters heading a table's columns, oldest first ("Q3 2024 Q4 2024 Q1 2025
    Q2 2025 Q3 2025") or latest first ("| Qúy 3 2024 | Qúy 2 2024 | Qúy 1 2024 | Qúy 4 2023 |"): the latest is the
    edition the table brings, the others are earlier quarters' columns. Returns those others (empty when no such row)."""
    out: list["Mention"] = []
    run: list["Mention"] = []

    def close() -> None:
        if len(run) >= 3:
            latest = max(run, key=lambda k: (k.period.year, k.period.index))
            out.extend(k for k in run if k is not latest)

    for k in kept:
        if k.period is None or k.period.kind != "quarter" or not k.year_stated:
            close()
            run = []
            continue
        if run and _CELLS_APART.fullmatch(t, run[-1].end, k.start):
            prev = run[-1].period
            steps = (prev.step(1), prev.step(-1)) if len(run) == 1 else \
                (prev.step(1) if run[0].period.step(1) == run[1].period else prev.step(-1),)
            if k.period in steps:
                run.append(k)
                continue
        close()
        run = [k]
    close()
    return out


def to_a_day(men: "Mention") -> bool:
    """A count to a day within a month ("Đến hết ngày 8/7/2025, ..."), read as that month (see ``_to_day``)."""
    return men.recogniser == "to-day" and men.period.kind == "month"


def damage_month(t: str, stamp: tuple[int | None, int | None, int | None]) -> Period | None:
    """The month of a disaster's damage: of the first day the text counts it on (its year the stamp's, or the year
    before when that month is later than the stamp's), else of the text's own date (``stamp``: year, month, day).
    None when neither says a month."""
    day = _DAMAGE_DAY.search(t[:2 * HEAD])
    year, month = stamp[0], stamp[1]
    if day and 1 <= int(day.group(2)) <= 12:
        named = int(day.group(3)) if day.group(3) else None
        m = int(day.group(2))
        year = named or (year - (1 if month and m > month else 0) if year else 0)
        month = m
    if not month:
        return None
    return Period(year or 0, "month", month)


# Each recogniser: (name, pattern, build(match) -> Period, index group, year group).
# A year of 0 means "not stated here": it is borrowed from the rest of the text.
#: "Tính đến trung tuần tháng 10, các địa phương phía bắc đã thu hoạch được 736.600 ha lúa mùa", "Đến trung tuần
#: tháng Tư, các địa phương phía Nam đã thu hoạch được 1.571 nghìn ha lúa đông xuân": a count to a ten-day part of a
#: month (thượng, trung, hạ tuần: its first, middle, last ten days), set off as its clause's time, is a count to a point
#: in that month, as a count to a day is (``_to_day``); inside a clause ("lũy kế đến trung tuần tháng 11/2022"), or as
#: a time ("từ trung tuần tháng 02 đến hết tháng 3/2024"), it stays some time within the month (``some-time``)
_TEN_DAYS = re.compile(r"\b(?:tính\s+)?(?:đến|tới)\s+(?:thượng|trung|hạ)\s+tuần\s+tháng\s*"
                       r"(\d{1,2}(?!\d)|" + _MONTH_WORD + r"(?!\w))(?:(?:" + SEP + r"|\.)" + YEAR + r")?", re.I)


def _to_ten_days(m: re.Match) -> Period:
    """The month of a count to its first, middle or last ten days, set off as its clause's time (as ``_to_day``)."""
    word = m.group(1).lower()
    month = int(word) if word.isdigit() else _MONTH_WORDS[" ".join(word.split())]
    year = int(m.group(2)) if m.group(2) else 0
    if not 1 <= month <= 12:
        raise ValueError("no month")
    if not (re.search(r"(?:^|[.,;:!?…\n])\s*$", m.string[max(0, m.start() - 5):m.start()])
            or _SAID.search(m.string[max(0, m.start() - 20):m.start()])
            or after_lead_tag(m.string, m.start())) \
            or not re.match(_GLOSSED_COMMA, m.string[m.end():]):
        raise ValueError("some time within a month, no count's point")
    return Period(year, "month", month)


#: the Gregorian month of the first day of Tết Nguyên đán (the lunar new year, Vietnam's calendar), by its year: a fact
#: of the calendar, not of any page
LUNAR_NEW_YEAR_MONTH = {2005: 2, 2006: 1, 2007: 2, 2008: 2, 2009: 1, 2010: 2, 2011: 2, 2012: 1, 2013: 2, 2014: 1,
                        2015: 2, 2016: 2, 2017: 1, 2018: 2, 2019: 2, 2020: 1, 2021: 2, 2022: 2, 2023: 1, 2024: 2,
                        2025: 1, 2026: 2, 2027: 2, 2028: 1, 2029: 2, 2030: 2}
#: the ten heavenly stems opening a lunar year's name ("Ất Tỵ", "Quý Mão", "Canh Tý")
_STEM = r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)"


def lunar_year(stem: str, branch: str, lo: int = 1984) -> int | None:
    """The Gregorian year (mostly) of a lunar year named by stem and branch, in the sixty years from ``lo`` (1984, Giáp
    Tý, opens a cycle: Quý Mão is 2023, Ất Mùi 2015, Đinh Dậu 2017): the names repeat every sixty years, and a page
    of the genre that names no year is of this cycle. None for a name no year has (a stem and a branch of different
    parity) or an unknown word."""
    return year_of(stem, branch, lo)     # the cycle: service.lunar


def _lunar_new_year(m: re.Match) -> Period:
    """"9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025", "Tết Nguyên đán Canh Tý 2020", "dịp Tết Kỷ Hợi 2019": the holiday of a
    lunar year named by its stem and branch, in the month its first day falls in (Ất Tỵ 2025: 29 January; Kỷ Hợi 2019:
    5 February) — the column a report on Tết's days is filed under. With no year written ("trong 6 ngày nghỉ Tết
    Nguyên đán Quý Mão", "vào dịp tết Nguyên đán Ất Mùi"), the year the stem and branch name (:func:`lunar_year`)."""
    year = int(m.group(3)) if m.group(3) else lunar_year(m.group(1), m.group(2))
    if year is None:
        raise ValueError("no lunar year of that name")
    if not m.group(3) and told_as_last_year(m.string, m.end()):
        year += 1           # "chín ngày nghỉ Tết Ất Mùi năm ngoái": the page's Tết is the next (.last_feast)
    return Period(year, "month", LUNAR_NEW_YEAR_MONTH[year])


RECOGNISERS: list[tuple[str, re.Pattern, object, int | None, int | None]] = [
    ("half", re.compile(r"\b(6|06|sáu)\s*tháng\s*(đầu|cuối)(?:\s*năm)?(?:\s*[/\-–]?\s*" + YEAR + r")?", re.I),
     _half, 2, 3),
    # "nửa đầu năm 2025", "nửa cuối năm nay": a half in words (never "nửa đầu tháng 7": a half of a month)
    ("half-word", re.compile(r"\bnửa\s+(đầu|cuối)\s+(?=năm\b|(?:19|20)\d{2})(?:năm\s*)?(?:" + YEAR + r")?", re.I),
     lambda m: Period(int(m.group(2)) if m.group(2) else 0, "half", 1 if m.group(1).lower() == "đầu" else 2), 1, 2),
    # "quý II/2017", "quí I năm 2019" (the older spelling), "Qúy 4 2014" (the accent misplaced)
    ("quarter", re.compile(r"\bq(?:uý|uí|úy)\s*(IV|I{1,3}|[1-4])(?![\w])(?:(?:" + SEP + r"|\.)" + YEAR + r")?", re.I),
     lambda m: Period(int(m.group(2)) if m.group(2) else 0, "quarter",
                      _ROMAN.get(m.group(1).upper()) or int(m.group(1))), 1, 2),
    ("quarter-code", re.compile(r"\bQ([1-4])\s*[/\- ]\s*" + YEAR),
     lambda m: Period(int(m.group(2)), "quarter", int(m.group(1))), 1, 2),
    # "Chỉ tiêu | Qúy 3 2024 | Qúy 2 2024 |": a quarter heading a table's column, its year after a bare space and the
    # cell ending there (in prose a year is joined by "/", "-" or "năm")
    ("quarter-column", re.compile(r"\bq(?:uý|uí|úy)[^\S\n]*(IV|I{1,3}|[1-4])[^\S\n]+" + YEAR + r"(?=[^\S\n]*(?:\||\t|\n|$))",
                                  re.I),
     lambda m: Period(int(m.group(2)), "quarter", _ROMAN.get(m.group(1).upper()) or int(m.group(1))), 1, 2),
    # "Chỉ trong vòng hơn 3 tháng của năm 2017, địa phương này lại ghi nhận thêm 10 vụ mới": months "within the span
    # of" ("trong vòng", roughly or not) are a length of time, not the months so far to a month's end; with the year
    # they fall in they name no period of a kind and only block (not "Trong hơn 4 tháng đầu năm 2024, tỉnh Cà Mau đã
    # giải ngân được 20% kế hoạch vốn": the months so far, counted roughly)
    ("within-months", re.compile(r"\bvòng\s+(?:(?:hơn|gần|khoảng|chừng|ngót|xấp\s+xỉ)\s+)?" + _MONTHS
                                 + r"\s*tháng\s*(?:đầu\s*)?(?:của\s+)?năm(?:\s*" + YEAR + r")?(?!\s*(?:tháng|ngày))",
                                 re.I),
     lambda m: None, None, 2),
    ("months-to-date", re.compile(r"\b" + _MONTHS + r"\s*tháng\s*(?:đầu\s*)?(?:của\s+)?năm(?:\s*" + YEAR + r")?"
                                  r"(?!\s*(?:tháng|ngày))", re.I),
     lambda m: ytd(int(m.group(2)) if m.group(2) else 0, _months(m.group(1))), 1, 2),
    # "trong 7 tháng/2023": the months so far to the year written with a slash; a column title "9 tháng 2023" without
    # it (never a date's "ngày 9 tháng 12 năm 2023": the year must follow "tháng" right away)
    ("months-to-date", re.compile(r"(?<!ngày\s)\b" + _MONTHS + r"\s*tháng(?=" + BARE_YEAR_AFTER + r")(?:\s*/\s*|\s+)" + YEAR, re.I),
     lambda m: ytd(int(m.group(2)), _months(m.group(1))), 1, 2),
    # "hai tháng đầu năm 2019", "bốn tháng đầu năm 2015", "Tính chung năm tháng đầu năm nay": the other counts in words,
    # only with "đầu năm" after them ("năm tháng" alone may be a year and a month)
    ("months-to-date", re.compile(r"\b(hai|bốn|năm|bảy|tám)\s+tháng\s+đầu\s+năm(?:\s*" + YEAR + r")?"
                                  r"(?!\s*(?:tháng|ngày))", re.I),
     lambda m: ytd(int(m.group(2)) if m.group(2) else 0, _months(m.group(1))), 1, 2),
    # "tính đến cuối tháng 6 năm 2019": the year so far, through that month ("đến đầu tháng 7": the month before it);
    # "Theo thống kê ..., hết tháng 5/2024, cả nước có ...", "Tính hết tháng 5": through its end, "đến" left out
    ("to-date", re.compile(r"(?:\b(?:tính\s+)?(?:đến|tới)\s+(hết\s+|cuối\s+|đầu\s+)?|" + _CLAUSE_HET + r")tháng\s*"
                           r"(\d{1,2})(?:" + SEP + r"|\.)" + YEAR, re.I | re.M),
     lambda m: _to_month(int(m.group(3)), m.group(1), m.group(2)), None, 3),
    # "từ tháng 1 đến tháng 8 năm 2023", "từ tháng 1/2023 đến hết tháng 8/2023": the year so far; "từ tháng 4 đến tháng
    # 6/2023": a quarter (or a second half); an agency's year ("từ tháng 10/2019 đến hết tháng 9/2020": 2020) and whole
    # calendar years ("từ tháng 01/2014 đến tháng 12/2023") as _month_range reads them; other months from one month to
    # another ("Từ tháng 2/2011 đến tháng 8/2019") name no period of a kind: they only block
    ("month-range", re.compile(r"\btừ\s+tháng\s*(\d{1,2})(?:\s*[/.\-]\s*" + YEAR + r")?\s*(?:đến|tới|-|–)\s*"
                               r"(?:hết\s+)?tháng\s*(\d{1,2})(?:\s*[/.\-]\s*|\s+năm\s+)" + YEAR, re.I),
     lambda m: _month_range(int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3)), int(m.group(4))), None, 4),
    # "tính từ 15/12/2022 tới 14/10/2023": a statistical period written as dates
    ("date-range", re.compile(r"\btừ\s+(?:ngày\s+)?" + _DMY_OPEN + r"\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?" + DMY, re.I),
     _range, None, 6),
    # "bắt đầu từ 25/11/2022 đến hết tháng 3/2023": a range from a date through a month (some days: it blocks)
    ("date-range", re.compile(r"\btừ\s+(?:ngày\s+)?" + _DMY_OPEN + r"\s*(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s*"
                              r"(\d{1,2})(?:" + SEP + r"|\.)" + YEAR, re.I), _range_to_month, None, 5),
    # "từ ngày 1/10 - 28/10 xảy ra 216 vụ": some days of one month, no year written (its year borrowed; .days)
    DAYS_BARE_RECOGNISER,
    # "từ ngày 01 - 04/9/2022", "Từ ngày 22 - 26/5": some days of one month, the month written once (.days_shared)
    DAYS_SHARED_RECOGNISER,
    # "kỳ nghỉ lễ 30-4", "dịp lễ 30/4": a holiday named by its day, its month in passing (.holiday_day)
    HOLIDAY_DAY_RECOGNISER,
    # "sau 4 ngày thi đấu (1 - 4/4)", "Chỉ trong 3 ngày (19 - 21/11)": the same days, counted, dated in brackets
    COUNTED_DAYS_RECOGNISER,
    # "Tính đến trung tuần tháng 10, ...": a count to ten days of a month, set off as its clause's time (_TEN_DAYS)
    ("to-day", _TEN_DAYS, _to_ten_days, 1, 2),
    # "ước tính đến ngày 30-9", "tính đến hết ngày 31/12/2019": the year so far, through the month it ends
    # ("Đến tối ngày 28-10", "tính đến sáng nay 19-8", "Thống kê nhanh đến 17h chiều 28-10": to a time of a day)
    # ("Đến thời điểm 12h30 ngày 23/5/2021", "Tính đến 22h00’  ngày 23/5": the clock written with its minutes, a
    # minute mark, after "thời điểm"; p36-chomoi, p36-baucu-vinhphuc)
    ("to-day", re.compile(r"\b(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:lúc\s+)?(?:thời\s+điểm\s+(?=\d{1,2}\s*(?:h|giờ)))?"
                          r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?['’]?\s+)?"
                          # "Tính đến thời điểm 15/8/2015, cả nước đã gieo cấy ...": a point in time, the day
                          r"(?:(?:ngày|thời\s+điểm(?:\s+ngày)?|(?:(?:sáng|chiều|tối|trưa|đêm)\s+)(?:nay\s+|ngày\s+)?)\s*)"
                          r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})"
                          r"(?:\s*[/.\-]\s*" + YEAR + r")?(?!\s*[/.\-]?\s*\d)", re.I), _to_day, None, 3),
    # "Ước giải ngân vốn đầu tư công đến 31/8/2020 là 221.768 tỷ đồng": to a month's last day written with its year
    # (no "ngày") before the value counted to it, the year so far through that month; any other day so written names
    # nothing, nor a deadline ("phải hoàn thành đến 31/12/2025.")
    ("to-day", re.compile(r"\b(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*" + YEAR
                          + r"(?=\s*(?:[,:]|là\b|đạt\b|được\b|có\b|ước\b))", re.I), lambda m: to_last_day(int(m.group(1)), int(m.group(3)),
                                                                               int(m.group(4))), None, 4),
    # "tháng 5 và 5 tháng năm 2017": a monthly report with the year so far; the edition is the month
    ("month-ytd", re.compile(r"(?<!ngày\s)\btháng\s*(\d{1,2})\s*(?:và|,)\s*(\d{1,2})\s*tháng\s*(?:đầu\s*)?năm\s*"
                             + YEAR, re.I),
     lambda m: Period(int(m.group(3)), "month", int(m.group(1))) if m.group(1) == m.group(2) else None, 1, 3),
    # "Từ đầu tháng 7/2022 đến nay, Trung tâm ... đã tổ chức 07 phiên": the month so far (no baseline of a change)
    ("month-so-far", re.compile(r"\btừ\s+đầu\s+tháng\s*(\d{1,2})(?:" + SEP + r"|\.)?" + YEAR + r"?\s*(?:đến|tới)\s+nay\b",
                                re.I),
     lambda m: Period(int(m.group(2) or 0), "month", int(m.group(1))), 1, 2),
    ("month", re.compile(_NAMED_BY_MONTH + r"(?<!ngày\s)" + _NOT_A_COUNT + r"\btháng\s*(\d{1,2})(?:" + SEP + r"|\.)" + YEAR,
                         re.I),
     lambda m: Period(int(m.group(2)), "month", int(m.group(1))), 1, 2),
    # "Trong tháng 10, ...", "tháng 7 vừa qua", "hội nghị thường kỳ tháng 7": a month without its year (borrowed; a
    # month in passing unless it opens its clause or is "vừa qua": see _bare_month_passing); never a date's
    ("month-bare", re.compile(_NAMED_BY_MONTH + r"(?<!ngày\s)(?<!\d[ \t])(?<![\d/.\-])\btháng\s*(\d{1,2})(?!\d)"
                              # (round 60) "trong tháng 5 năm nay" (held-out xz-ha-noi-so-du-lich-khach-san, coded
                              # 2021-05 on a page of June 2021): "năm nay" is no year written, the month's borrowed
                              r"(?!\s*(?:[/.\-–]\s*\d|năm\b(?!\s+nay\b)|tháng\b|ngày\b|lần\b))", re.I),
     lambda m: Period(0, "month", int(m.group(1))), 1, None),
    # "trong tháng này": the month of the release, its number that of the months so far it reports (or its date's)
    # "trong tháng" with no number before an estimate or a result ("Giá trị sản xuất công nghiệp trong tháng ước đạt
    # 435,5 tỷ đồng", "tổng mức bán lẻ ... trong tháng dự kiến đạt 4.071 tỷ đồng"): the statistics' "in the month", the
    # same month (IN_THE_MONTH)
    ("this-month", re.compile(r"\btháng\s+này\b|(?<=\btrong\s)tháng" + IN_THE_MONTH, re.I),
     lambda m: Period(0, "month", 1), None, None),
    # "Tháng đầu tiên năm 2022, tai nạn giao thông tiếp tục giảm sâu", "trong tháng đầu tiên của năm 2023", "trong quý
    # đầu tiên của năm 2024": the first month (January) or quarter of a year written as an ordinal ("đầu tiên", the
    # first), never without the year ("tháng đầu tiên ngành du lịch đón hơn một triệu lượt khách": the first month in
    # which, no period)
    ("first-of-year", re.compile(r"\b(tháng|q(?:uý|uí|úy))\s+đầu\s+tiên\s+(?:của\s+)?năm\s*" + YEAR, re.I),
     lambda m: Period(int(m.group(2)), "month" if m.group(1).lower() == "tháng" else "quarter", 1), None, 2),
    # "trong tháng Bảy", "tháng Sáu năm 2024": a month written as a word, capitalised as a name (never "3 tháng năm")
    ("month-word", re.compile(_NAMED_BY_MONTH + r"(?<!\d[ \t])(?<!ngày\s)\b[Tt]háng\s+(" + _MONTH_WORD + r")(?!\w)"
                              r"(?:\s*(?:năm\s*|/\s*|-\s*)?" + YEAR + r")?"),
     lambda m: Period(int(m.group(2) or 0), "month", _MONTH_WORDS[" ".join(m.group(1).lower().split())]), 1, 2),
    # "từ đầu năm đến 10-2019", "từ đầu năm 2019 đến hết tháng 10": the year to date, through that month
    ("year-so-far", re.compile(r"\btừ\s+đầu\s+năm(?:\s*" + YEAR + r")?\s*(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
                               r"(?:(?:tháng\s*)?(\d{1,2})\s*[/.\-]\s*" + YEAR
                               + r"|tháng\s*(\d{1,2})(?!\s*[/.\-]\s*\d))", re.I),
     lambda m: ytd(int(m.group(3) or m.group(1) or 0), int(m.group(2) or m.group(4))), None, 3),
    # "THIỆT HẠI DO THIÊN TAI TỪ ĐẦU NĂM 2024 ĐẾN NAY (7 THÁNG)" (a PCTT sheet's title, held-out xy-toan-quoc-cuc-quan-
    # ly-de-dieu-pctt-thien-tai-2024-7t): the year to date whose months the bracket counts, those months so far
    ("so-far-counted", re.compile(r"\b(?:từ\s+)?đầu\s+năm(?:\s*" + YEAR + r")?\s*(?:đến|tới)\s+nay\s*\(\s*(\d{1,2})\s*tháng"
                                  r"(?:\s+đầu\s+năm)?\s*\)", re.I),
     lambda m: ytd(int(m.group(1) or 0), int(m.group(2))), None, 1),
    # "từ đầu năm đến nay": the year to date, through the month before the text's own date (set in find_mentions);
    # "từ" may go unwritten ("Ngày 15-7, Bộ Y tế cho biết, đầu năm 2025 tới nay cả nước đã ghi nhận 32.189 ca": round 57)
    ("so-far", re.compile(r"\b(?:từ\s+)?đầu\s+năm(?:\s*" + YEAR + r")?\s*(?:đến|tới)\s+nay\b", re.I),
     lambda m: Period(int(m.group(1) or 0), "year"), None, 1),
    # "Đến nay, toàn tỉnh hiện có 139/143 hợp tác xã ...": a sentence opening with "up to now" on a dated page, the year
    # so far to the page's date as "từ đầu năm đến nay" is (see _resolved), in passing; undated, nothing
    ("now", re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))[^\S\n]*(?:Tính[^\S\n]+)?[Đđ]ến[^\S\n]+nay[^\S\n]*,", re.M),
     lambda m: Period(0, "year"), None, None),
    # "lũy kế 10 tháng,": the year to date, its year named elsewhere ("lũy kế 10 tháng năm 2019" is months-to-date);
    # "Tính chung 11 tháng, lực lượng Quản lý thị trường ...": the statistics' "the months taken together", the same
    # (round 55) its year said bare, no "năm": column titles "Lũy kế 10 tháng 2020" (held-out xa-hai-phong-nganh-nong-
    # nghiep), "Lũy kế 9 tháng 2022" (xm-toan-quoc-navico), "Lũy kế 5 tháng 2023" (xo-toan-quoc-hoa-phat): left to
    # "months-to-date", which reads "10 tháng 2020" as the months so far of that year (BARE_YEAR_AFTER)
    ("cumulative", re.compile(r"\b(?:l(?:ũy|uỹ)\s+kế|tính\s+chung)\s+(?:từ\s+đầu\s+năm\s+)?" + _MONTHS + r"\s*tháng"
                              r"(?!\s*(?:đầu\s*|của\s+)?năm|\s*(?:tháng|ngày)|" + BARE_YEAR_AFTER + r")", re.I),
     lambda m: ytd(0, _months(m.group(1))), 1, None),
    # "Tính đến cuối tháng 9, ...", ", đến hết tháng 11, toàn huyện ...": through that month of a year named elsewhere
    # (or "năm nay", round 60: ", tính đến hết tháng 10 năm nay, kim ngạch xuất khẩu ...", sweep p26-vietnamnet);
    # an estimate's so too ("Trong đó, ước tính đến hết tháng 12, cả nước có khoảng 62% số xã đạt chuẩn", "Ước tính
    # đến hết tháng 11, tổng diện tích gieo trồng ...": _ESTIMATED, round 43)
    ("to-month", re.compile(r"(?:(?<=[.,;:]\s)|^)\s*" + _ESTIMATED + r"(?:tính\s+|l(?:ũy|uỹ)\s+kế\s+)?(?:(?:đến|tới)\s+(hết\s+|cuối\s+|đầu\s+)?|(?=hết\s))"
                            r"(?:hết\s+)?tháng\s*"
                            r"(\d{1,2})(?:\s+(?:vừa\s+)?qua|\s+năm\s+nay)?(?=\s*,)", re.I | re.M),
     lambda m: _to_month(0, m.group(1), m.group(2)), None, None),
    # "Đến hết quý II đã thu được hơn 1,4 tỷ đồng" in the half year's report, "tính đến hết quý III/2023": the year so
    # far through that quarter's end (the first half, nine months), not the quarter alone
    # (round 54) a sentence opening "Hết quý": "Hết quý 3, xuất khẩu mặt hàng này sang Trung Quốc thu về hơn 433 triệu
    # USD" after "Tính chung trong 9 tháng đầu năm" (held-out xq-toan-quoc-xuat-khau-hat-dieu), "Hết quý I năm 2024,
    # tổng thu ngân sách Nhà nước trên địa bàn tỉnh đạt" (sweep p15c-tuyenquang-thungansach): the same running total
    ("to-quarter", re.compile(r"(?:\b(?:tính\s+)?(?:đến|tới)\s+|" + SENTENCE_OPENING + r")hết\s+q(?:uý|uí|úy)\s*(IV|I{1,3}|[1-4])(?![\w])"
                              r"(?:(?:" + SEP + r"|\.)" + YEAR + r")?", re.I),
     lambda m: ytd(int(m.group(2) or 0), 3 * (_ROMAN.get(m.group(1).upper()) or int(m.group(1)))), 1, 2),
    # "nhiệm kỳ 2022–2023", "giữa nhiệm kỳ 2015 - 2020", "nhiệm kỳ (2015-2020)": a term of office; "nhiệm kỳ Đại hội X
    # (2017-2022)": named by its congress's number, its years in brackets; "nhiệm kỳ IX (2018 - 2023)", "nhiệm kỳ VI
    # (2021-2026)": by its own number; "nhiệm kỳ mới 2018 – 2023": the new one
    ("term", re.compile(r"\bnhiệm\s+k[ỳì]\s+(?:Đại\s+hội\s+(?:(?:lần\s+thứ\s+)?(?:[IVXL]+|\d{1,2})\s*)?|[IVXL]+\s+(?=\()|mới\s+)?"
                        r"\(?\s*" + YEAR
                        + r"\s*[-–]\s*" + YEAR, re.I),
     lambda m: term(int(m.group(1)), int(m.group(2))), None, 1),
    # "trong nhiệm kỳ qua", "nhiệm kỳ vừa qua": the term a congress closes (its years from the term it opens)
    ("past-term", re.compile(r"(?<!nửa\s)(?<!giữa\s)\bnhiệm\s+k[ỳì]\s+(?:vừa\s+qua|qua|trước)\b", re.I),
     lambda m: Period(0, "term", 1), None, None),
    # "Năm học 2018-2019, ...", "tổng kết năm học 2022 - 2023": a school year (a term of one year)
    ("school-year", re.compile(SCHOOL_YEAR_WORDS + YEAR + r"\s*[-–/]\s*" + YEAR, re.I), _school_year, None, 1),
    # "Lễ Bế giảng lớp Cao cấp lý luận ... khóa 5 (2011-2013)", "Lớp ... khóa VII khai giảng ngày 21/3/2016 và kết thúc
    # chương trình học vào ngày 01/3/2017": a course's years, a term of its length (see _course)
    ("course", re.compile(r"\b(?:lớp|khai\s+giảng|bế\s+giảng)\b[^.;\n]{0,120}?\bkh(?:óa|oá)\s+(?:[IVXL]+|\d{1,2})\s*"
                          r"\(\s*" + YEAR + r"\s*[-–]\s*" + YEAR + r"\s*\)", re.I), _course, None, 1),
    ("course", re.compile(r"\bkhai\s+giảng\s+(?:(?:vào|từ)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*" + YEAR
                          + r"[^.;\n]{0,80}?\b(?:kết\s+thúc|bế\s+giảng)\b[^.;\n\d]{0,40}?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*"
                          r"\d{1,2}\s*[/.\-]\s*" + YEAR, re.I), _course, None, 1),
    # "từ năm 2021 đến nay", "giai đoạn 2016 - 2021": spans of years name no period of a kind; they block
    # "tổng kết phong trào ... giỏi lần thứ VI (2003-2007)": a span in brackets, as "giai đoạn" writes it (round 61)
    ("span", re.compile(r"\btừ\s+(?:năm\s+)?" + YEAR + r"\s*(?:đến|tới)\s+nay|(?:\bgiai\s+đoạn\s+(?:năm\s+)?|\(\s*"
                        r"(?=(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s*\)))" + YEAR + r"\s*[-–]\s*" + YEAR, re.I),
     lambda m: None, None, 1),
    # "Từ năm 2015-2020, UBND tỉnh đã ban hành ...": the years a closed span's figures cover (a term named in passing:
    # the period only when nothing else is named), never its first year alone
    ("years", re.compile(r"\btừ\s+(?:năm\s+)?" + YEAR + r"\s*(?:[-–]|(?:đến|tới)\s+(?:năm\s+)?)\s*" + YEAR, re.I),
     lambda m: term(int(m.group(1)), int(m.group(2))), None, 1),
    # "9 ngày nghỉ Tết Ất Tỵ năm 2025", "4 ngày Tết Dương lịch năm 2026", "3 ngày đầu năm 2021", "15 ngày đầu tháng
    # 8/2023": some days (of a holiday, of a year's or a month's start) name no period of a kind; they only block
    # "trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025", "kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026", "dịp Tết Nguyên đán Nhâm
    # Dần 2022": the days of Tết of a lunar year named by its stem and branch, the month of its first day (read in
    # passing, see _lunar_new_year); Tết named alone ("chúc tết Giáp Thìn 2024", a title "Tết Nguyên đán Quý Mão năm
    # 2023") is the feast, no days counted, and "Nhân dịp Tết ..." an occasion (gifts before it): no period, as before
    # "lúc 0h00 ngày mùng 1 Tết Kỷ Hợi", "ngày mùng 2 Tết Nguyên đán Kỷ Hợi vẫn có 18 trường hợp" (round 53: held-out
    # xp-toan-quoc-bo-y-te-benh-vien-truc-tet, sweep t19-thanhnien-tet-2019-capcuu): a day of Tết counted from its first
    # ("mùng"/"mồng" N), filed under the same month (not "ngày 28 Tết": a day before it, of the old lunar year)
    # (round 60) the day of Tết without "ngày" before it: "tính từ ngày 28 âm lịch (ngày 3-2) đến mùng 3 Tết nguyên đán
    # Kỷ Hợi (ngày 7-2)" (held-out wa-tp-ho-chi-minh-so-y-te-cap-cuu-tet-2019, coded 2019-02), as "ngày mùng 2 Tết ..."
    ("lunar-new-year", re.compile(r"(?:\b(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?\b(?:(?:ngày\s+)?(?:mùng|mồng)\s+\d{1,2}|ngày|(?<!nhân\s)dịp|kỳ\s+nghỉ)"
                                  r"\s+(?:nghỉ\s+)?Tết\s+(?:Nguyên\s+đán\s+)?(" + _STEM
                                  + r")\s+([^\W\d]+)(?:\s+(?:năm\s+)?" + YEAR + r")?(?![^\W\d])", re.I), _lunar_new_year, None, 3),
    # "4 ngày nghỉ Tết Dương lịch 2026": the solar New Year's days, January (.holidays; before "days", which blocks)
    SOLAR_NEW_YEAR_RECOGNISER,
    # "tổng kết tháng Thanh niên năm 2023": a month of observance, its calendar month (.observance)
    OBSERVANCE_RECOGNISER,
    # "Trong tháng hành động ... năm 2018 (từ 15/4 - 14/5)": a campaign month's bracketed days, the month they end in
    CAMPAIGN_DAYS_RECOGNISER,
    ("days", re.compile(r"\b\d{1,3}\s+ngày\s+(?:" + HOLIDAY + r"|(?:đầu|cuối)\s+)"
                        r"(?:năm\s*" + YEAR + r"|tháng\s*\d{1,2}(?:" + SEP + r"|\.)" + YEAR + ")", re.I),
     lambda m: None, None, 1),
    # "đến giữa tháng 4-2023", "lũy kế đến trung tuần tháng 11/2022", "những tháng đầu năm 2023", "cuộc gặp gỡ báo chí
    # đầu năm 2017": some time within a month or a year (to its middle, ten days of a month, its first months, its start) names no period of a kind, never reported; it lends its year to a period
    # named without one ("9 tháng đạt ... so với kế hoạch đề ra đầu năm 2022") (not "từ đầu năm 2019": so far)
    ("some-time", re.compile(r"\b(?:(?:đến|tới)\s+(?:giữa|trung\s+tuần|hạ\s+tuần|thượng\s+tuần)"
                             r"|(?:thượng|trung|hạ)\s+tuần)\s+tháng\s*\d{1,2}(?:(?:" + SEP + r"|\.)" + YEAR + r")?"
                             r"|\b(?:những|các|mấy)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s*" + YEAR + r")?"
                             # "Trong những ngày đầu tháng 01/2023 các Chi Hội ... đồng loạt tổ chức Đại hội": some days
                             r"|\b(?:những|các|mấy)\s+ngày\s+(?:đầu|cuối|giữa)\s+tháng\s*\d{1,2}(?:(?:" + SEP + r"|\.)"
                             + YEAR + r")?"
                             # "... Đại hội Hội Nông dân cấp xã ... được tổ chức vào đầu quý I/2023": a time within a quarter
                             r"|(?<=vào\s)(?:đầu|giữa|cuối)\s+qu[ýí]\s*(?:IV|I{1,3}|[1-4])(?!\w)(?:(?:" + SEP + r"|\.)"
                             + YEAR + r")?"
                             r"|(?<!từ\s)\b(?:đầu|giữa)\s+năm\s*" + YEAR, re.I),
     _some_time, None, None),
    # "thiệt hại do bão số 9 gây ra", "mưa lớn, lũ, lũ quét, sạt lở đất đã gây thiệt hại", "mưa bão đã khiến cho ...":
    # a disaster's damage, counted on its day(s): the month they fall in (see damage_month), in passing
    ("damage", re.compile(r"\bthiệt\s+hại\s+(?:[^\W\d]+\s+){0,3}?do\s+(?:ảnh\s+hưởng\s+(?:của\s+)?)?(?:cơn\s+|trận\s+)?"
                          + _DISASTER + r"|\b" + _DISASTER + r"(?:\s*,\s*" + _DISASTER + r")*"
                          r"\s+(?:đã\s+|đang\s+)?(?:gây\s+(?:ra\s+)?|khiến\s+|làm\s+(?:cho\s+)?(?=\d))"
                          # "Một trận lốc xoáy trong đêm 6-11 quét qua khiến ...", "trận lốc xoáy xảy ra vào khoảng 21h
                          # tối qua (6/11), kéo dài chỉ vài chục giây nhưng gây thiệt hại nghiêm trọng": in its clause
                          r"|\btrận\s+" + _DISASTER + r"[^.;:!?\n]{0,100}?\b(?:gây\s+(?:ra\s+)?thiệt\s+hại|khiến)\b", re.I),
     lambda m: Period(0, "month", 1), None, None),
    # "Hội CCB huyện Thanh Hà được thành lập năm 1990", "ra đời năm 1930": the year something was founded names no
    # period and lends no year (a page of 2019 reviewing "năm qua" is of 2019, not 1990); it only blocks
    ("founded", re.compile(r"\b(?:thành\s+lập|ra\s+đời|tái\s+lập)\s+(?:từ\s+|vào\s+|trong\s+)?năm\s*" + YEAR, re.I),
     lambda m: None, None, 1),
    # "(sinh năm 1992, ngụ ...)": a person's year of birth, no period; it only blocks (.born)
    BORN_RECOGNISER,
    # "vượt lũ lịch sử năm 1983": a historical record's year, no period; it only blocks (.records)
    RECORD_RECOGNISER,
    # a date names no period, and its "năm 2024" is not the year report: it only blocks the others
    # (a page whose font lost every accented letter writes "ngy 20 thng 12 nm 2013")
    ("date", re.compile(r"\bng(?:à)?y\s*\d{1,2}\s*(?:th(?:á)?ng\s*(?:\d{1,2}|" + _MONTH_WORD + r")\s*n(?:ă)?m\s*"
                        r"|[/.\-]\s*\d{1,2}\s*[/.\-]\s*)" + YEAR, re.I),
     lambda m: None, None, 1),
    # "theo giá so sánh năm 2010", "(giá so sánh 2010)": the year prices are counted in names no period; it only blocks
    ("price-base", re.compile(r"\bgiá\s+(?:so\s+sánh|cố\s+định)\s+(?:năm\s+)?" + YEAR, re.I), lambda m: None, None, 1),
    # "Niên vụ 2022/2023, xuất khẩu cà phê ...", "niên vụ mía 2021-2022": a crop year (October to September for coffee),
    # of the year it ends in as an agency's year is; named in passing unless nothing else is
    # ("Niên vụ mía đường 2020/21": its second year in two digits, the first's next)
    ("crop-year", re.compile(r"\bniên\s+vụ\s+(?:[^\W\d]+\s+){0,2}?((?:19|20)\d{2})\s*[-–/]\s*(?:" + YEAR
                             + r"|(\d{2})(?![\d/.,]))", re.I), _crop_year, None, 2),
    # "sơ kết học kỳ I - Năm học 2022-2023", "Kết thúc học kỳ I năm học 2022 - 2023": a school term, of no kind; it
    # blocks its school year (and, reviewed, makes the page's other mentions of that school year the year it is of)
    ("school-term", re.compile(r"\bhọc\s+k[ỳìyi]\s*(?:II|I|[12])(?!\w)\s*[-–,]?\s*(?:của\s+)?năm\s+học\s+" + YEAR
                               + r"\s*[-–/]\s*(?:19|20)\d{2}", re.I), lambda m: None, None, 1),
    # "vụ Đông Xuân 2020-2021", "lúa Đông xuân 2019", "vụ mùa 2021": a crop season, of the year it is harvested in;
    # seasons listed together ("Vụ lúa hè thu, mùa, thu đông 2023", "lúa mùa năm 2019 và vụ Đông Xuân 2019-2020"): the
    # crop year they make, of the year the last is harvested in
    ("season", re.compile(r"\b(?:vụ|lúa)\s+(?:lúa\s+)?" + _SEASON + r"(?:\s+" + _SEASON_YEAR + r")?"
                          r"(?:\s*(?:,|và)\s*(?:(?:vụ|lúa)\s+){0,2}" + _SEASON + r"(?:\s+" + _SEASON_YEAR + r")?)*"
                          r"\s*(?:,|và)\s*(?:(?:vụ|lúa)\s+){0,2}" + _SEASON + r"\s+(?:năm\s+)?"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    ("season", re.compile(r"\b(?:vụ|lúa)\s+(?:lúa\s+)?" + _SEASON + r"\s+(?:năm\s+)?"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    ("season", re.compile(r"\b(?:vụ|lúa)\s+(?:lúa\s+)?" + _SEASON_BARE + r"\s+"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    # "mùa khô 2020", "mùa khô năm 2025-2026", "mùa khô hanh 2019-2020": the dry season (its fires, its drought and
    # salinity), of the year it ends in, as a crop season is
    ("season", re.compile(r"\bmùa\s+khô(?:\s+hanh)?\s+(?:năm\s+)?"
                          r"(?:(?:19|20)\d{2}\s*[-–/]\s*)?" + YEAR, re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    # "hạn hán, xâm nhập mặn ... năm 2019-2020", "lịch sử năm 2015-2016": one season across two consecutive calendar
    # years (never "năm học 2019-2020", a school year), of the year it ends in; in passing, as a crop year is
    ("crop-year", re.compile(r"\bnăm\s+((?:19|20)\d{2})\s*[-–/]\s*" + YEAR, re.I), _season_years, None, 2),
    # "tăng 49,6% so với cùng kỳ 2022", "bằng 73,5% so cùng kỳ 2019", "giảm rõ rệt so với cùng kì 2015": the same
    # period of a year written bare after "cùng kỳ" (the year a comparison names, as "cùng kỳ năm 2022" does; never a
    # season's or a span's first year, "cùng kỳ 2015-2016")
    ("same-period-year", re.compile(r"(?:(?<=\bcùng kỳ )|(?<=\bcùng kỳ  ))" + YEAR + r"(?!\s*[-–/.,]\s*\d)", re.I),
     lambda m: Period(int(m.group(1)), "year"), None, 1),
    # "Năm 2019", and "Nm 2013" on a page whose font lost every accented letter ("năm" without its "ă")
    ("year", re.compile(r"\b((?:cả|tổng\s+kết|trong)\s+)?n(?:ă|(?=m\s*(?:19|20)\d\d))m\s*" + YEAR, re.I),
     lambda m: Period(int(m.group(2)), "year"), None, 2),
    # "Thống kê 2010 - Gia đình", "Niên giám thống kê 2022": a line headed by the statistics of a year named bare (a
    # title's notation, never a sentence's: "Số liệu năm 2009: 32/63 tỉnh" is the year recogniser's)
    ("stat-year", re.compile(r"^[^\S\n]*((?:Thống\s+kê|Niên\s+giám(?:\s+thống\s+kê)?|Số\s+liệu(?:\s+thống\s+kê)?)"
                             r"[^\S\n]+)" + YEAR + r"(?![\d/.,\-]\d)", re.I | re.M),
     lambda m: Period(int(m.group(2)), "year"), None, 2),
    # "Năm qua", "năm vừa qua": the year just ended, its number borrowed
    # "5 năm qua", "Trong ba năm qua": the years a congress closes (their term from the one it opens), not "năm qua",
    # the past year ("Những năm qua" is: the years up to it)
    ("past-years", re.compile(r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+"
                              r"(?:vừa\s+)?qua\b", re.I), _past_years, None, None),
    # "Sau 5 năm (2010 – 2015)", "Trong suốt 5 năm qua, (2012 – 2017), ...": years counted and named, a closed span
    # reviewed (its length must be its years')
    ("years-counted", re.compile(r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s*(?:(?:vừa\s+)?qua\s*,?\s*)?"
                                 r"\(\s*" + YEAR
                                 + r"\s*[-–]\s*" + YEAR + r"\s*\)", re.I), _years_counted, None, 2),
    # "5 NĂM 2016-2020": years counted and named without brackets, a five-year plan's span (.counted_years)
    COUNTED_YEARS_RECOGNISER,
    # "Hội thi ... lần thứ 15 (2018-2019)": an edition's years in brackets, a term (.editions)
    EDITION_RECOGNISER,
    # "Qua 5 năm triển khai, mô hình đã phát huy hiệu quả": the years since something began, dated by the year the text
    # names as its start (_years_since); else none
    ("years-since", re.compile(r"\b(?:qua|sau)\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+"
                               r"(?:triển\s+khai|thực\s+hiện)(?=\s*,)", re.I), _past_years, None, None),
    # (never "nhiều năm qua", "mấy năm qua", "các năm qua": over many years, no one year)
    ("past-year", re.compile(r"(?<!nhiều\s)(?<!mấy\s)(?<!các\s)(?<!\d\s)\bnăm\s+(?:vừa\s+)?qua\b", re.I),
     lambda m: Period(0, "year"), None, None),
    # "trong năm học qua", "Năm học vừa qua": the school year just ended, named by the new one the text opens (see
    # past_school_year); none when the text names no new one
    ("past-school-year", re.compile(r"\bnăm\s+học\s+(?:vừa\s+)?qua\b", re.I), lambda m: Period(0, "term", 1), None, None),
    # "Trong 09 tháng,": a length, the period only when nothing better is said
    # ("Trong 09 tháng, ..." opening a sentence, "trong 6 tháng qua", "10 tháng qua"; not "Xuyên suốt 9 tháng qua",
    # an event's months; "kim ngạch xuất khẩu toàn tỉnh 9 tháng đạt ...": a figure of the months, not "sau 3 tháng đạt")
    ("length", re.compile(r"(?:(?:^|(?<=[.!?:;]\s)|(?<=\n))\s*Trong\s+" + _MONTHS + r"\s+tháng(?=\s*,)|"
                          r"\btrong\s+" + _MONTHS + r"\s+tháng\s+(?:vừa\s+)?qua\b|"
                          r"(?<!suốt\s)(?<![\d/.\-]\s)\b" + _MONTHS + r"\s+tháng\s+(?:vừa\s+)?qua\b|"
                          r"(?<!sau\s)(?<!gian\s)(?<!vòng\s)(?<!hạn\s)(?<!dưới\s)(?<!trên\s)(?<!hơn\s)(?<!gần\s)"
                          r"(?<![\d/.\-]\s)\b" + _MONTHS + r"\s+tháng(?=\s+(?:ước\s+)?(?:đạt|tăng|giảm|là)\b)|"
                          # a headline's "Năm tháng, xuất khẩu gạo mang về ...", "4 tháng, tổng đàn lợn ước đạt ..."
                          r"^[ \t]*(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười)\s+tháng(?=\s*,)|"
                          # ... and after its subject and a colon: "Công ty TNHH MTV Cao su Dầu Tiếng: 4 tháng, lợi nhuận
                          # hơn 119 tỷ đồng", "Các cấp Hội Phụ nữ: 9 tháng, kết nạp hơn 5.300 hội viên mới"
                          r"(?<=:[ \t])(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười)\s+tháng(?=\s*,))",
                          re.I | re.M),
     lambda m: ytd(0, _months(next(g for g in m.groups() if g))), None, None),
]


def _months(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _WORD_NUM[w]


#: "Sáng ngày 17/02/2025, Hội Người cao tuổi xã Phú Lợi tổ chức ...", "Với ý nghĩa cao đẹp đó, ngày 26/12/2023, UBND
#: xã ... tổ chức ...", "Sáng ngày 26/02/2024 huyện Thường Xuân đã tổ chức ...", "Chiều ngày 17/4/2024 vừa qua, ...",
#: "Ngày 25-7, Ủy ban MTTQ ...", "chiều nay (20/12), đoàn công tác ...", "Chiều tối 24/9, Biên đội III/24 ..." (round 42:
#: c44-vietnamplus-brvt, p42-tienphong; "sáng sớm" alike): one day opening a clause (at a line's or a
#: sentence's start, or after a comma), as the time of what the clause tells; its year written or not (groups: day,
#: month, year).  Not a document's date ("Kế hoạch số 282 /KHHĐNVQS ngày 29/9/2023 của UBND huyện": no clause opens
#: there), nor a span ("từ ngày 28/4 đến 8/5"); a page's " date 2023-07" line before it opens a clause too.  "Trong"
#: may stand before the day as "vào" does (round 51: xn-tp-hcm-ben-xe "Trong ngày 20.1.2020, tại Bến xe Miền Tây đã có
#: 1.700 xe xuất bến", zd-can-tho "Trong ngày 26/01/2022 Liên đoàn Lao động huyện đã tổ chức"); not "Riêng trong ngày
#: 20/4" (a word before it: the clause opened earlier)
_DAY_OPENS_AT = r"(?:^|(?<=[.;:!?,\n])|(?<=\bdate \d{4}-\d{2} )|(?<=\bdate \d{4}-\d{2}-\d{2} ))"
DAY_OPENS = re.compile(_DAY_OPENS_AT + r"[^\S\n]*(?:(?:vào|trong)[^\S\n]+)?(?:(?:buổi[^\S\n]+)?(?:sáng|chiều|tối|trưa|đêm)"
                       r"(?:[^\S\n]+(?:tối|sớm))?(?:[^\S\n]+nay)?[^\S\n]+(?:ngày[^\S\n]+)?\(?|ngày[^\S\n]+|hôm[^\S\n]+nay[^\S\n]+\(?)"
                       r"(\d{1,2})[^\S\n]*[/.\-][^\S\n]*(\d{1,2})(?:[^\S\n]*[/.\-][^\S\n]*((?:19|20)\d{2}))?(?!\d)\)?"
                       r"(?![^\S\n]*[/.\-]?[^\S\n]*\d)(?![^\S\n]*(?:[-–]|đến|tới)\b)"
                       r"(?:[^\S\n]+vừa[^\S\n]+qua)?[^\S\n]*,?[^\S\n]+(?=[^\W\d_])", re.I | re.M)


#: the same day opening a news lead after the paper's tag, dash or not (round 57: xu-...-hoi-khoe-phu-dong "(Dân Việt) -
#: Tối 12.8, Hội khỏe Phù Đổng toàn quốc lần VIII-2012 đã bế mạc"; :mod:`.lead_tag`, as :data:`.mentions._LEAD_DAY`)
DAY_OPENS_TAGGED = re.compile(r"^" + LEAD_TAG.pattern + DAY_OPENS.pattern[len(_DAY_OPENS_AT):], re.I | re.M)


def days_opening(t: str) -> list[tuple[int, int, int, int | None]]:
    """The days ``t``'s clauses open with (:data:`DAY_OPENS`, :data:`DAY_OPENS_TAGGED`) as (start, end, month, year or
    None), months 1 to 12."""
    found = {m.start(1): m for m in list(DAY_OPENS.finditer(t)) + list(DAY_OPENS_TAGGED.finditer(t))}
    return [(m.start(1), m.end(2), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
            for _, m in sorted(found.items()) if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31]


#: "Nhân kỷ niệm 82 năm ngày Người cao tuổi Việt Nam (6/6/1941- 6/6/2023)", "kỷ niệm 25 năm ngày thành lập quỹ (3/1996 -
#: 3/2021)", "Kỷ niệm 79 năm Ngày thành lập Quân đội Nhân dân Việt Nam (22/12/1944 – 22/12/2023) và 34 năm Ngày hội Quốc
#: phòng toàn dân (22/12/1989 - 22/12/2023)": an anniversary of N years with the span it closes, its end the year the
#: anniversary falls in (checked: end − start = N, and "kỷ niệm" before it in its sentence)
ANNIVERSARY = re.compile(r"\b(\d{1,3})\s+năm\b[^()\n]{0,120}?\(\s*(?:\d{1,2}\s*[/.\-]\s*){0,2}"
                         + YEAR + r"\s*[-–]\s*(?:\d{1,2}\s*[/.\-]\s*){0,2}" + YEAR + r"\s*\)", re.I)
_CELEBRATES = re.compile(r"\bkỷ\s+niệm\b[^.!?\n]*$", re.I)


def anniversaries(t: str) -> list[re.Match]:
    """The anniversaries ``t`` celebrates (:data:`ANNIVERSARY`, each after "kỷ niệm" in its sentence, or written with
    two dates of one day and month: :func:`.anniversary.same_day_both_ends`)."""
    return [m for m in ANNIVERSARY.finditer(t) if int(m.group(3)) - int(m.group(2)) == int(m.group(1))
            and (_CELEBRATES.search(t[max(0, m.start() - 200):m.start()]) or same_day_both_ends(m.group(0)))]


def anniversary_year(t: str) -> int | None:
    """The one year the anniversaries ``t`` celebrates fall in (:func:`anniversaries`), else None."""
    years = {int(m.group(3)) for m in anniversaries(t)}
    return years.pop() if len(years) == 1 else None
