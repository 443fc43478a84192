"""Periods, round 12: wordings of the sweep pages (``evaluations/sweep/pages/<slug>.txt``, public pages of the genre
the service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from service.periods import Period, find_mentions, find_period, map_mention
from tests.test_periods_round9 import report    # a page's period as parse_report reads it


# -- a range of dates: an agency's working months, or some days ---------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p12-vkstc-csdt-2022-h1: the procuracy's first half, December to May
    ("Theo đánh giá của Cơ quan điều tra VKSND tối cao, từ ngày 01/12/2021 đến ngày 31/5/2022, tình hình vi phạm và tội "
     "phạm xảy ra trong hoạt động tư pháp tiếp tục diễn biến phức tạp, có chiều hướng gia tăng. Cơ quan điều tra đã "
     "tiếp nhận và thu thập mới 945 thông tin vi phạm, tội phạm liên quan đến hoạt động tư pháp.", "2022-H1"),
    # p11-thanhhoa-vks-2024-h1 (round 11): the same half, named in words too
    ("Viện trưởng Viện kiểm sát nhân dân tỉnh Thanh Hóa báo cáo tình hình tội phạm và kết quả công tác 6 tháng đầu năm "
     "2024 (từ ngày 01/12/2023 đến ngày 31/5/2024) như sau:", "2024-H1"),
    # p11-tatc-toaan-2022 (round 11): the courts' year, October to September
    ("Từ ngày 01/10/2021 đến ngày 30/9/2022, các Tòa án đã thụ lý 567.521 vụ việc", "2022"),
    # held-out za-lam-dong-none-mot-cua-2020-q1: a one-stop office's first quarter, December to February
    ("kết quả giải quyết thủ tục hành chính quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020)", "2020-Q1"),
])
def test_whole_months_across_years_are_an_agencys_months_named_by_the_year_they_end_in(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_range_of_days_is_no_period_and_its_end_no_year_so_far(tmp_path):
    # p12-haiduong-congan-tet-2024: a Tết campaign from the 15th to a month's last day (two conventions in one range)
    page = ("Pháp luật\nPhần lớn các loại tội phạm ở Hải Dương giảm mạnh\nTheo Công an tỉnh Hải Dương, trong đợt cao "
            "điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự Tết Giáp Thìn 2024 (từ ngày 15/12/2023 đến "
            "29/02/2024) phần lớn các loại tội phạm giảm mạnh so với cao điểm Tết Quý Mão 2023.")
    assert report(tmp_path, page) is None
    assert find_period("trong đợt cao điểm (từ ngày 15/12/2023 đến ngày 29/02/2024) phát hiện 95 vụ") is None


@pytest.mark.parametrize("text,code", [
    # statistics' months, the 15th to the 14th, and a month from the 21st to the 20th, stay as they were
    # real b-ha-tinh-pccc-2023-10t
    ("Tại Hà Tĩnh, tính từ 15/12/2022 tới 14/10/2023, toàn tỉnh xảy ra 80 vụ cháy, 1 vụ nổ làm 1 người bị thương",
     "2023-10T"),
    # held-out r-vinh-phuc-mot-cua-2021-08
    ("Kết quả tiếp nhận hồ sơ, giải quyết và trả kết quả TTHC tại bộ phận một cửa cấp huyện, xã từ ngày 21/7đến "
     "20/8/2021", "2021-08"),
    # p10-bca-toipham-2023-05
    ("Bộ Công an công bố số liệu (sơ bộ) về công tác đấu tranh phòng, chống tội phạm tháng 5/2023 (từ ngày 15/4/2023 "
     "đến ngày 14/5/2023) như sau:", "2023-05"),
    # tpl-quangninh-thangthanhnien-2022: a campaign month, its first day to its last
    ("sáng tạo tham gia chuyển đổi số toàn diện”, diễn ra từ ngày 1/3 đến ngày 31/3/2022 đã tạo khí thế thi đua sôi "
     "nổi trong tuổi trẻ toàn tỉnh", "2022-03"),
])
def test_ranges_of_whole_months_within_a_year_are_unchanged(text, code):
    assert find_period(text).code == code


# -- a briefing's month ------------------------------------------------------------------------------------------

def test_a_briefings_month_is_in_passing_and_yields_to_the_month_it_reviews(tmp_path):
    # p12-sontrung-giaoban-2022-06: the briefing held on 1 July reviews June and plans July
    page = ("Sáng ngày 01 /7/2022 Đảng ủy xã Sơn Trung tổ chức lễ chào cờ - giao ban tháng 7 năm 2022. Chủ trì Hội nghị là "
            "các đồng chí trong Ban thường vụ Đảng ủy.\nToàn cảnh Hội nghị Chào cờ Báo công\nTại cuộc giao ban đ/c Trần "
            "Song Hào - BTĐU đã thay mặt Thường vụ Đảng ủy đánh giá kết quả thực hiện các nhiệm vụ trong tháng 6 năm 2022 "
            "triển khai các nhiệm vụ trọng tâm tháng 7 năm 2022 và giải pháp thực hiện các nhiệm vụ.")
    assert report(tmp_path, page) == "2022-06"
    men = find_mentions("Đảng ủy xã Sơn Trung tổ chức lễ chào cờ - giao ban tháng 7 năm 2022.")
    assert [(m.period.code, m.meeting, m.passing) for m in men] == [("2022-07", True, True)]



# -- a month and its next month's plan; a finish aimed at -----------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p12-quangngai-sgtvt-2023-08: a bare month before the next month's plan; "về đích sớm trong quý IV/2023" an aim
    ("SỞ GTVT HỌP GIAO BAN ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8, TRIỂN KHAI NHIỆM VỤ THÁNG 9/2023\n\n12/09/2023 "
     "13:43    47\n\nQuang cảnh cuộc họp giao ban sáng ngày 08/9/2023\n\n“Tập trung rà soát các nhiệm vụ công tác trong "
     "chương trình công tác của UBND tỉnh và chương trình công tác trọng tâm của Sở trong năm 2023 để tăng tốc về đích "
     "sớm trong quý IV/2023”.", "2023-08"),
    # p12-sontrung-giaoban-2022-06: likewise, the next month's plan after a semicolon
    ("Sau khi nghe đánh giá tình hình nhiệm vụ tháng 6; triển khai một số nhiệm vụ trọng tâm và giải pháp thực hiện "
     "trong tháng 7 năm 2022", "2022-06"),
    # p12-binhdinh-ktxh-2023-02
    ("Giám đốc Sở Kế hoạch và Đầu tư báo cáo tóm tắt tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm "
     "2023.", "2023-02"),
])
def test_a_bare_month_before_the_next_months_plan_is_the_month_reported(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_finish_aimed_at_is_a_target():
    # p12-quangngai-sgtvt-2023-08 and p9-hoason-hnd-daihoi-2018: the quarter or year a finish is aimed at (or reached)
    # is never the period reported
    aim = ("chương trình công tác trọng tâm của Sở trong năm 2023 để tăng tốc về đích sớm trong quý IV/2023")
    assert [(m.period.code, m.target) for m in find_mentions(aim)] == [("2023", False), ("2023-Q4", True)]
    reached = ("đóng góp trên 4,6 tỷ đồng xây dựng các công trình, góp phần để xã về đích nông thôn mới vào năm 2015.")
    assert [(m.period.code, m.target) for m in find_mentions(reached)] == [("2015", True)]


def test_the_bare_month_of_such_a_pair_is_not_in_passing():
    # p12-binhdinh-ktxh-2023-02; a bare month followed by anything else stays in passing (held-out
    # r-binh-duong-tiem-soi-2014-04's headline)
    men = find_mentions("báo cáo tóm tắt tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2023.")
    assert [(m.period.code, m.passing, m.plan) for m in men] == [("2023-02", False, False), ("2023-03", False, True)]
    men = find_mentions("Vẫn tiếp tục tiêm vét vắc-xin sởi đến hết tháng 4\n\nCập nhật: 26-04-2014")
    assert [m.passing for m in men] == [True]


# -- a sentence whose stop was lost ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # p12-thanhha-daihoi-2015-2020: a photo caption joined to the next sentence ("Các đại\nbiểu tham dự Đại hội\nTrong
    # nhiệm kỳ ..." with its hard wraps joined); the congress it names opens no term here
    "Các đại biểu tham dự Đại hội Trong nhiệm kỳ 2015-2020, Đảng bộ huyện Thanh Hà lãnh đạo, chỉ đạo chính quyền, "
    "nhân dân địa phương đoàn kết, sáng tạo, vượt khó",
    # p10-hcm-phunu-2016-2021 (round 10): a headline run into its lead
    "Hội Phụ nữ TP.HCM huy động được hơn 248 tỉ đồng thực hiện an sinh xã hội Trong nhiệm kỳ 2016-2021, hội viên Hội "
    "Phụ nữ đã tham gia công tác hậu phương quân đội",
])
def test_a_capital_trong_after_a_lower_case_word_opens_a_sentence(text):
    men = find_mentions(text)
    assert [(m.period.kind, m.plan, m.explicit_year) for m in men] == [("term", False, True)]


def test_a_congress_page_whose_caption_ran_into_the_closed_term(tmp_path):
    # p12-thanhha-daihoi-2015-2020, its lines as the page wraps them
    page = ("Các đại\nbiểu tham dự Đại hội\nTrong nhiệm kỳ 2015-2020, Đảng bộ huyện Thanh Hà lãnh\nđạo, chỉ đạo chính "
            "quyền, nhân dân địa phương đoàn kết, sáng tạo, vượt khó như:\nngay sau Đại hội đã tập trung lãnh đạo xây "
            "dựng, triển khai chương trình hành động\nthực hiện nghị quyết, trong đó có 6 đề án và 5 dự án công trình "
            "trọng điểm;\nphân công, giao nhiệm vụ cụ thể cho các ban, ngành, cơ quan, đơn vị, địa\nphương. Kết quả đến "
            "nay đạt và vượt 17 trong tổng số 19 mục tiêu chủ yếu của\nNghị quyết Đại hội Đảng bộ huyện lần thứ XXIV "
            "nhiệm kỳ 2015-2020.")
    assert report(tmp_path, page) == "2015-2020"



# -- many years counted ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # p12-laichau-tuan-2024-03
    "Đây là dịp để hai bên rà soát quan hệ 50 năm qua và trao đổi các biện pháp nhằm thúc đẩy quan hệ phát triển",
    # real a-chau-phu-khanh-hoa-mttq-2018
    "Ngày hội đại đoàn kết toàn dân tộc đã ôn lại lịch sử truyền thống của Mặt trận dân tộc thống nhất Việt Nam 88 năm "
    "qua; nói lên vị trí, vai trò của Mặt trận",
])
def test_many_years_counted_are_not_the_past_year(text):
    assert find_mentions(text) == []
    assert find_period(text) is None


# -- a monthly report moved on: its months so far move with it -------------------------------------------------------

@pytest.mark.parametrize("text,moved", [
    # c-lamdong-lamluat-2022-10 (round 9): "Trong tháng 10, ... Lũy kế 10 tháng"
    ("Trong tháng 10, trên địa bàn tỉnh phát hiện 22 vụ vi phạm Luật Lâm nghiệp, giảm 16 vụ (tương đương 42%). Lũy kế 10 "
     "tháng, phát hiện 235 vụ vi phạm",
     "Trong tháng 11, trên địa bàn tỉnh phát hiện 22 vụ vi phạm Luật Lâm nghiệp, giảm 16 vụ (tương đương 42%). Lũy kế 11 "
     "tháng, phát hiện 235 vụ vi phạm"),
    # p11-quangnam-iip-2022-10: "tháng 10/2022 ... Tính chung 10 tháng qua" (the count rewritten in its own words)
    ("chỉ số sản xuất toàn ngành công nghiệp tháng 10/2022 đã tăng 17,1% so tháng trước và tăng 14,7% so tháng cùng kỳ "
     "năm 2021. Tính chung 10 tháng qua, chỉ số sản xuất toàn ngành công nghiệp tăng 25,3% so cùng kỳ năm trước.",
     "chỉ số sản xuất toàn ngành công nghiệp tháng 11/2022 đã tăng 17,1% so tháng trước và tăng 14,7% so tháng cùng kỳ "
     "năm 2021. Tính chung 11 tháng qua, chỉ số sản xuất toàn ngành công nghiệp tăng 25,3% so cùng kỳ năm trước."),
])
def test_the_months_so_far_to_a_monthly_report_move_to_the_next_months_end(text, moved):
    from service.calendar_facts import shift_calendar
    assert shift_calendar(text, Period(2022, "month", 10), Period(2022, "month", 11)) == moved


def test_the_months_so_far_of_a_year_later_edition_keep_their_count():
    # c-lamdong-lamluat-2022-10 moved to October 2023: "Lũy kế 10 tháng" stays ten months
    assert map_mention(Period(2022, "ytd", 10), Period(2022, "month", 10), Period(2023, "month", 10)).code == "2023-10T"
    # a months so far that is not the report's ("so với 9 tháng") only moves by years
    assert map_mention(Period(2022, "ytd", 9), Period(2022, "month", 10), Period(2022, "month", 11)).code == "2022-9T"


# -- a quarter's last month with "3 tháng đầu năm": the monthly release ---------------------------------------------

def test_a_third_month_with_its_three_months_so_far_is_the_monthly_release(tmp_path):
    # held-out zz-toan-quoc-hang-hai-2022-03: "tháng 3 ... 3 tháng đầu năm 2022" is March and its year so far, as
    # "tháng 10 ... Lũy kế 10 tháng" is October's (round 9); "3 tháng đầu năm" is Q1 only counted as months
    page = ("Cục Hàng hải Việt Nam vừa có báo cáo số liệu thống kê tháng 3 về khối lượng hàng hóa thông qua cảng biển 3 "
            "tháng đầu năm 2022.\n\nTheo đó, ước tổng khối lượng hàng hóa thông qua cảng biển tháng 3 là 67,3 triệu tấn, "
            "tăng 4% so với cùng kỳ năm 2021.\n\nLuỹ kế 3 tháng đầu năm 2022, ước tổng khối lượng hàng hóa thông qua "
            "cảng biển ước đạt 179,6 triệu tấn, tăng 4% so với cùng kỳ năm 2021, đạt 25% kế hoạch năm.")
    assert report(tmp_path, page) == "2022-03"


@pytest.mark.parametrize("text,code", [
    # p12-caobang-ktxh-2023-q1: the quarter named as a quarter stays the quarterly release
    ("Báo cáo tình hình kinh tế - xã hội tháng 3 và quý I năm 2023 tỉnh Cao Bằng", "2023-Q1"),
    # p11-nld-gdp-2024-q1 (round 11)
    ("Trong tháng 3-2024, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 65,09 tỉ USD, tăng 35,6% so với tháng trước "
     "và tăng 12% so với cùng kỳ năm trước. Tính chung quý I/2024, tổng kim ngạch xuất, nhập khẩu hàng hóa đạt 178,04 "
     "tỉ USD", "2024-Q1"),
])
def test_a_third_month_with_its_quarter_named_is_the_quarter(text, code):
    assert find_period(text).code == code


def test_a_year_from_july_is_no_agencys_year():
    # the courts' (October) and procuracies' (December) years open in the last quarter; a range from July is a school
    # or fiscal year, which no calendar code names: no period, as before
    assert find_period("từ ngày 01/7/2022 đến ngày 30/6/2023") is None
