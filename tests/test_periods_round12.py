"""Periods, round 12: wordings of the sweep pages (``evaluations/sweep/pages/<slug>.txt``, public pages of the genre
the service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from service.periods import find_mentions, find_period
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

