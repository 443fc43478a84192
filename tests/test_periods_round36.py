"""Round 36 of the period reader: some days of one month with the month written once (service/periods/days_shared.py),
years counted and named without brackets (service/periods/counted_years.py), a count to a clock time of a day after a
lead's source tag with or without its dash (service/periods/lead_tag.py), on real quotes, each rule with its negatives."""

import re

from service.periods import find_period
from service.periods.counted_years import COUNTED, counted_years
from service.periods.days_shared import DAYS_SHARED, days_shared
from service.periods.lead_tag import after_lead_tag


def _code(p):
    return p.code if p else None


# --- some days of one month, the month written once: that month ---------------------------------------------------

def test_days_with_the_month_once_are_that_month():
    # held-out yy-quang-binh-vuon-quoc-gia-phong-nha-ke-bang-khach-nghi-le-2-9-2022-09
    m = DAYS_SHARED.search("(Quang Binh Portal) - Trong 04 ngày nghỉ Lễ 02/9, từ ngày 01 - 04/9/2022, tổng lượng khách")
    assert days_shared(m).code == "2022-09"
    # fresh p36-nongnghiephuuco: no year written (borrowed from the text, 0 here)
    m = DAYS_SHARED.search("Từ ngày 22 - 26/5, nông dân một số xã ở huyện Kim Thành như Tuấn Việt")
    assert (days_shared(m).year, days_shared(m).index) == (0, 5)
    # sweep c28-baobinhphuoc: "đến" between the days, a dash before the month
    assert days_shared(DAYS_SHARED.search("từ ngày 22 đến 27-5 vừa qua, Bình Phước")).index == 5


def test_days_with_the_month_once_negatives():
    # a share is no days ("từ" without "ngày")
    assert DAYS_SHARED.search("tăng từ 1 - 2/3 số hộ") is None
    # a date range's start (the third number): "từ ngày 15-12-2020 đến 14-10-2021" (p21-qdnd)
    assert DAYS_SHARED.search("(từ ngày 15-12-2020 đến 14-10-2021), toàn quốc xảy ra") is None
    # a week's days: a week is no period (c28-backan "Trong tuần 21 (từ ngày 16 - 22/5)", rounds 24-26)
    m = DAYS_SHARED.search("Trong tuần 21 (từ ngày 16 - 22/5), toàn tỉnh trở về “vùng xanh”")
    try:
        days_shared(m)
        raise AssertionError("a week's days read")
    except ValueError:
        pass


def test_a_holidays_days_dated_in_its_sentence_are_the_pages_month():
    # held-out yy-quang-binh (its whole lead): the holiday's days head the page, the year 2025 is a target's
    t = ("Trong 04 ngày nghỉ Lễ 02/9, Vườn Quốc gia Phong Nha - Kẻ Bàng đón 21.829 lượt du khách\n\n"
         "11:15, Thứ Năm, 8-9-2022\n\n(Quang Binh Portal) - Trong 04 ngày nghỉ Lễ 02/9, từ ngày 01 - 04/9/2022, tổng "
         "lượng khách đến tham quan tại Vườn Quốc gia Phong Nha - Kẻ Bàng là 21.829 lượt, trong đó khách quốc tế 2.320 "
         "lượt; tổng doanh thu hơn 5,44 tỷ đồng.\n\nThời gian tới, Ban Quản lý ... phấn đấu đến năm 2025 Phong Nha - Kẻ "
         "Bàng trở thành")
    assert _code(find_period(t)) == "2022-09"
    # negative: a week's digest (p12-laichau, round 14's test): an event's days below its heading are no period
    t2 = ("THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024\n(Các sự kiện thời\nsự nổi bật diễn ra từ ngày 04-10/3/2024)\n"
          "-----\nHội nghị Cấp cao đặc biệt kỷ niệm 50 năm quan hệ ASEAN - Australia diễn ra tại Melbourne, Australia từ "
          "ngày 5 - 6/3/2024 với sự tham dự của Lãnh đạo các nước ASEAN.")
    assert find_period(t2) is None


# --- years counted and named without brackets: the span -----------------------------------------------------------

def test_counted_years_are_a_span_either_way_of_counting():
    # fresh p36-ttbd, p36-scribd: "5 NĂM 2016-2020" (the years themselves counted)
    assert counted_years(COUNTED.search("KINH TẾ - XÃ HỘI 5 NĂM 2016-2020")).code == "2016-2020"
    assert counted_years(COUNTED.search("HỘI 5 NĂM 2016 – 2020 VÀ PHƯƠNG HƯỚNG")).code == "2016-2020"
    # sweep s7-nam-dinh: in words
    assert counted_years(COUNTED.search("Kinh tế xã hội tỉnh Nam Định mười năm 2011-2020")).code == "2011-2020"


def test_counted_years_negatives():
    # a count that is not the years' ("3 năm 2016-2020") is none; nor a date's month ("tháng 5 năm 2016-2020")
    try:
        counted_years(COUNTED.search("trong 3 năm 2016-2020"))
        raise AssertionError("a count not the years' read")
    except ValueError:
        pass
    assert COUNTED.search("ngày 12 tháng 5 năm 2016-2020") is None


def test_a_review_of_counted_years_reports_the_span_a_plans_name_does_not():
    # fresh p36-ttbd-ktxh-5nam-2016-2020 (its title and first sentence)
    t = ("TỔNG QUÁT KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020\nCập nhật : 15:47 - 27/12/2021"
         "\n\n\nBước vào thực hiện Nghịquyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020, bối"
         "cảnh thế giới và khu vực có những yếu tố thuận lợi và khó khăn đan xen.")
    assert _code(find_period(t)) == "2016-2020"
    # sweep t14-123docz: set off as its clause's time
    t2 = ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong 5 năm qua liên tục tăng cao. Tính chung 5 năm "
          "2016- 2020, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng theo giá hiện hành đạt 21.887 nghìn tỷ đồng")
    assert _code(find_period(t2)) == "2016-2020"
    # negative: a plan's name in a year's report is a term in passing, below the year reported
    t3 = ("Năm 2023, tỉnh giải ngân 5.200 tỷ đồng vốn đầu tư công, thuộc Kế hoạch đầu tư công trung hạn 5 năm 2021-2025 "
          "của tỉnh.")
    assert _code(find_period(t3)) == "2023"


# --- a count to a clock time of a day, after a lead's tag: the day's month ----------------------------------------

def test_a_lead_tag_with_or_without_its_dash():
    # fresh p36-infographics-thanhhoa: a place, the agency and its date in the bracket, no dash
    t = "Hà Nội (TTXVN 24/5) Tính đến 19h ngày 23/5/2021"
    assert after_lead_tag(t, t.index("Tính"))
    # round 31's form, with its dash; held-out n-ninhthuan's "(NTO) Ngày 11-7"
    assert after_lead_tag("(QBĐT) - Đến thời điểm 5-9", 8)
    assert after_lead_tag("(NTO) Ngày 11-7, Chi cục", 6)
    # negative: a bracket inside a sentence
    t2 = "Theo Sở Nội vụ tỉnh Lạng Sơn (cơ quan thường trực) đến 17 giờ"
    assert not after_lead_tag(t2, t2.index("đến"))


def test_a_count_to_a_clock_time_of_election_day_is_that_month():
    # fresh p36-infographics-thanhhoa-cutri-2021-05
    t = ("99,71% cử tri Thanh Hóa đi bầu cử ĐBQH khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026\n#IG-20265\n\n"
         "Hà Nội (TTXVN 24/5) Tính đến 19h ngày 23/5/2021, toàn tỉnh có 2.631.582 cử tri đi bỏ phiếu bầu cử, đạt tỷ lệ "
         "99,71% . Đây là tỷ lệ cử tri đi bỏ phiếu cao nhất từ trước tới nay trên địa bàn tỉnh Thanh Hóa.")
    assert _code(find_period(t)) == "2021-05"
    # fresh p36-chomoi: the clock with its minutes after "thời điểm"
    t2 = ("Bầu cử HĐND 2021-2026\n\nTỷ lệ cử tri đi bầu vào lúc 12h30\n\n12:37 23/05/2021\n\n \n\nĐến thời điểm 12h30 "
          "ngày 23/5/2021, theo thông tin từ Ủy ban bầu cử huyện Chợ Mới, toàn huyện có 234.583 cử tri tham gia bầu cử")
    assert _code(find_period(t2)) == "2021-05"
    # fresh p36-baucu-vinhphuc: a minute mark, the year from the date above
    t3 = ("Vĩnh Phúc có 99.41% cử tri đi bầu cử\n\n23/05/2021\n\nTính đến 22h00’  ngày 23/5, toàn tỉnh có 836.349 cử tri "
          "đi bỏ phiếu, đạt tỷ lệ 99.41%")
    assert _code(find_period(t3)) == "2021-05"


def test_a_clock_time_inside_a_clause_is_a_figures_cut_off():
    # negative: a count's cut-off inside its clause names no period ("Thu ngân sách ước thực hiện đến ngày 13/7 ...")
    assert find_period("Lượng khách đến 19h ngày 23/5/2021 đạt 2.000 lượt") is None


def test_a_meetings_days_are_none_a_campaigns_are_their_month():
    # sweep t18-vnpost: a congress's days (the page reports the term it closes, not its days)
    m = DAYS_SHARED.search("Đại hội Công đoàn Việt Nam lần thứ XII, nhiệm kỳ 2018 - 2023 diễn ra từ ngày 24 - 26/9/2018 tại "
                           "Thủ đô Hà Nội.")
    try:
        days_shared(m)
        raise AssertionError("a meeting's days read")
    except ValueError:
        pass
    # sweep p33-sggp-tag-lamsachhon (labelled 2020-09): a campaign's days "phát động" names are its month, not a
    # month's plan (whose report would be the month before)
    t = ("Chiến dịch làm cho thế giới sạch hơn năm 2020 được Chương trình Môi trường Liên hiệp quốc phát động và tổ chức "
         "trên phạm vi toàn cầu từ ngày 18 đến 20-9 với chủ đề “Every small action makes a world of difference”.")
    assert _code(find_period(t)) == "2020-09"


# --- a council's term beside one day's news: the day's month -------------------------------------------------------

def test_a_councils_term_does_not_keep_a_day_from_its_month():
    from service.periods import day_reported
    # held-out yy-dong-thap-tan-hong-phong-van-hoa-thong-tin-hoi-thi-xe-hoa-co-dong-bau-cu-2021-05 (coded 2021-05)
    t = ("Tân Hồng: Hội thi xe hoa cổ động bầu cử đại biểu Quốc hội khóa XV Và đại biểu Hội đồng nhân dân các cấp, "
         "nhiệm kỳ 2021 - 2026\n\n             Sáng ngày 17/05/2021, Phòng Văn hóa và Thông tin huyện Tân Hồng tổ chức "
         "Hội thi xe hoa cổ động tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp "
         "nhiệm kỳ 2021 - 2026, có 09 đội đến từ 09 xã, thị trấn trên địa bàn Huyện tham gia.")
    assert _code(day_reported(t)) == "2021-05"
    # negative: a term reported ("Trong nhiệm kỳ 2016 - 2021, Hội đã ...") is a period of the page's: no day read
    t2 = ("Sáng ngày 17/05/2021, Hội Nông dân xã tổ chức Đại hội. Trong nhiệm kỳ 2016 - 2021, Hội đã vận động 120 hội "
          "viên.")
    assert day_reported(t2) is None
