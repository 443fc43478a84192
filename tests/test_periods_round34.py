"""Round 34 of the period reader (evaluations/sweep/periods-round34.md).  Quotes from held-out cases and sweep pages
(``evaluations/sweep/pages/<slug>.txt``), each rule with the pages it must leave alone."""

import pytest

from service.periods import find_mentions, find_period
from tests.test_periods_round9 import report    # a page's period as parse_report reads it


def code(p):
    return getattr(p, "code", p)


# --- some days of one month written without a year (service/periods/days.py) ---------------------------------------

def test_days_of_one_month_without_a_year_take_the_year_the_text_lends():
    # held-out yb-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2021-10: the days' year is the one after the same period
    # compared; the neighbouring days it is compared with ("so với thời gian liền kề từ 3/9 - 30/9") are no period
    t = ("Thống kê cho thấy, từ ngày 1/10 - 28/10 xảy ra 216 vụ phạm pháp hình sự (giảm 78 vụ, tương đương 26,53% so "
         "với cùng kỳ năm 2020; tăng 96 vụ, tương đương 80% so với thời gian liền kề từ 3/9 - 30/9); Tội phạm cướp "
         "giật tài sản 26 vụ")
    assert code(find_period(t)) == "2021-10"


def test_days_of_one_month_on_a_dated_page(tmp_path):
    # sweep p34-vietnamnet-caodiem-tet-2024-01: a campaign's first fortnight, the page dated in that month
    t = (" date 2024-01 Theo thống kê của Cục CSGT (Bộ Công an), trong 15 ngày thực hiện cao điểm đảm bảo trật tự an "
         "toàn giao thông dịp Tết Nguyên đán và các Lễ hội đầu Xuân 2024 (từ ngày 11/1- 24/1) CSGT toàn quốc đã xử phạt "
         "hơn 40 nghìn trường hợp vi phạm nồng độ cồn.")
    assert code(report(tmp_path, t)) == "2024-01"


@pytest.mark.parametrize("text", [
    # days of two months (sweep p34 search: baoyenbai's nine days of Tết "từ 25/1 đến ngày 2/2"): no month
    "trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025 từ 25/1 đến ngày 2/2 trên địa bàn tỉnh xảy ra 5 vụ tai nạn giao thông",
    # days out of order, and a range with its year (the date-range recogniser's)
    "từ 20/10 - 5/10 xảy ra 21 vụ",
])
def test_days_of_two_months_or_out_of_order_name_no_month(text):
    assert not [m for m in find_mentions(text) if m.recogniser == "days-bare"]


def test_a_dated_range_is_still_the_date_ranges():
    # held-out yb-tp-ho-chi-minh: "từ ngày 1/10/2021 đến nay" is no two-date range; "từ 1/10 - 28/10/2021" is a date range
    assert not [m for m in find_mentions("từ 1/10 - 28/10/2021 xảy ra 216 vụ") if m.recogniser == "days-bare"]


def test_days_named_in_passing_leave_the_period_reported():
    # the days are read in passing: a period of a kind the page reports comes first (held-out yb-tp's own shape with a
    # month reported beside)
    t = ("Trong tháng 10/2021, toàn thành phố xảy ra 250 vụ phạm pháp hình sự; riêng từ ngày 1/10 - 28/10 xảy ra 216 "
         "vụ.")
    assert code(find_period(t)) == "2021-10"
    t = "Quý III/2021, toàn tỉnh xảy ra 600 vụ; riêng từ ngày 1/9 - 28/9 xảy ra 216 vụ."
    assert code(find_period(t)) == "2021-Q3"


# --- an anniversary written by two dates of one day (service/periods/anniversary.py) ---------------------------------

def test_a_day_beside_an_anniversary_written_by_its_dates_is_that_month(tmp_path):
    # sweep p34-thanhnienhcm-ngaycanbohoi-2021-10: no "kỷ niệm" before "65 năm ... (15/10/1956 – 15/10/2021)", so 1956
    # read as another year left the day alone; two dates of one day and month 65 years apart are an anniversary
    t = ("Tiếp tục hưởng ứng các hoạt động 65 năm Ngày Truyền thống Hội LHTN Việt Nam (15/10/1956 – 15/10/2021), ngày "
         "07/10/2021, các cấp bộ Hội thực hiện ngày Cán bộ Hội Liên hiệp Thanh niên Việt Nam Thành phố gắn với 02 hoạt "
         "động trọng tâm:")
    assert code(report(tmp_path, t)) == "2021-10"


@pytest.mark.parametrize("text,year", [
    # held-out za-dong-nai-long-tan-nguoi-co-cong-2020-07, zp-toan-quoc-hoi-truyen-thong-truong-son-2011-2019
    ("Hình ảnh tại buổi họp mặt 73 năm ngày thương binh liệt sỹ(27/07/1947-27/07/2020) Nhận", 2020),
    ("60 năm đường Trường Sơn - đường Hồ Chí Minh huyền thoại (19/5/1959 - 19/5/2019) Bước", 2019),
])
def test_anniversaries_by_two_dates_of_one_day(text, year):
    from service.periods.recognisers import anniversary_year
    assert anniversary_year(text) == year


@pytest.mark.parametrize("text", [
    # spans of years reviewed, their count matching: held-out zx-lam-dong, sweep c3-nuithanh-nhcsxh
    "Tin từ Công an huyện Bảo Lâm cho biết, trong 5 năm qua (2015 - 2020), trên địa bàn",
    "có thành tích xuất sắc qua 20 năm hoạt động tín dụng chính sách (2002 - 2022).",
    # two different days: a span of dates, no anniversary
    "qua 2 năm thực hiện (01/7/2019 - 30/6/2021), toàn tỉnh",
])
def test_spans_of_years_are_no_anniversary(text):
    from service.periods.recognisers import anniversaries
    assert anniversaries(text) == []


# --- the solar New Year's days are January (service/periods/holidays.py) ---------------------------------------------

@pytest.mark.parametrize("text,want", [
    # held-out yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tet-duong-lich-2026-01: its year the one after the same period
    # compared, its days under a headline of days
    ("Bốn ngày nghỉ Tết dương lịch, số người chết do tai nạn giảm 31,88% so với cùng kỳ\n\nSo với cùng kỳ năm 2025, số "
     "tai nạn trong 4 ngày vừa qua giảm 45 vụ (-18,67%), giảm 44 người chết (-31,88%).", "2026-01"),
    # sweep p34-baophapluat-tag-tetduonglich-2023-01: its first day
    ("(PLVN) - Cục Cảnh sát giao thông (Cục CSGT - Bộ Công an) thông tin, trong ngày đầu nghỉ lễ Tết Dương lịch 2023, "
     "toàn quốc xảy ra 26 vụ tai nạn giao thông (TNGT), làm 14 người chết, làm bị thương 11 người.", "2023-01"),
    # sweep p32-vietnamplus-tetduonglich-2026-01
    ("Bốn ngày nghỉ Tết Dương lịch: Có 94 người tử vong do tai nạn giao thông\nTrong 4 ngày Tết Dương lịch năm 2026, tai "
     "nạn giao thông được kiềm chế và giảm so với cùng kỳ năm trước.", "2026-01"),
])
def test_the_solar_new_years_days_are_january(tmp_path, text, want):
    assert code(report(tmp_path, text)) == want


def test_the_solar_new_year_ahead_on_new_years_eve_is_not_reported(tmp_path):
    # held-out zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-2017-12: dated 31/12/2017, the holiday of 2018 still to come
    t = ("31/12/2017 14:50 GMT+7\n\nDân Sài Gòn nườm nượp qua phà, ra bến xe chơi lễ\n\nTTO - Sáng 31-12, hàng vạn người "
         "đã đổ về các bến phà Bình Khánh (Cần Giờ) và phà Cát Lái (Đồng Nai) để về thăm nhà hoặc đi chơi tết Dương lịch "
         "2018. Nhiều người dân tranh thủ về quê trong những ngày nghỉ Tết Dương lịch 2018.")
    assert code(report(tmp_path, t)) != "2018-01"


@pytest.mark.parametrize("text,want", [
    # a period of a kind the page reports comes first: the holiday's days are read in passing (sweep p34 search,
    # a month's report naming the holiday's days)
    ("Trong tháng 1/2023, toàn tỉnh xảy ra 20 vụ tai nạn giao thông, riêng trong 3 ngày nghỉ Tết Dương lịch 2023 xảy ra "
     "2 vụ.", "2023-01"),
    ("Năm 2022, toàn tỉnh xảy ra 120 vụ tai nạn giao thông; dịp Tết Dương lịch 2022 xảy ra 3 vụ.", "2022"),
    # the holiday named without its days ("chúc mừng Tết Dương lịch 2024") is no mention
    ("Ban Giám đốc gửi lời chúc mừng Tết Dương lịch 2024 tới toàn thể cán bộ.", None),
])
def test_the_solar_new_year_in_passing(text, want):
    assert code(find_period(text)) == want


# --- a day named by its proper name and year is an edition of it (service/periods/named_day.py) -----------------------

def test_a_named_day_called_off_reports_no_year():
    # sweep p34-nguoihanoi-ngaytho-none: the 2021 holding of a yearly day, cancelled — no period reported
    t = ("Dừng tổ chức Ngày Thơ Việt Nam năm 2021\n\nDừng tổ chức Ngày Thơ Việt Nam năm 2021\nTheo thông tin từ Hội Nhà "
         "văn Việt Nam, để bảo đảm công tác phòng, chống dịch Covid-19, Ban Chấp hành Hội Nhà văn Việt Nam đã quyết định "
         "dừng tổ chức Ngày Thơ Việt Nam năm 2021 trên toàn quốc.")
    assert find_period(t) is None


def test_a_named_day_in_a_half_years_report_leaves_the_half():
    # held-out n-ninhthuan-dskhhgd-2018-h1's notation: the day's year is an edition, the half reported stays
    t = ("6 tháng đầu năm 2018, Chi cục đã tổ chức các hoạt động hưởng ứng Ngày Dân số Thế giới năm 2018 tại các "
         "huyện.")
    assert code(find_period(t)) == "2018-H1"
    assert [m.event for m in find_mentions(t) if m.recogniser == "year"] == [True]


@pytest.mark.parametrize("text", [
    "Năm 2023, Hội đã tổ chức 12 ngày làm việc năm 2023 tại các xã.",      # a day in small letters: no name
    "Ngày 25/10, Hội Chữ thập đỏ tổ chức khám bệnh năm 2023",              # a date
])
def test_no_named_day_leaves_the_year(text):
    from service.periods.named_day import named_day
    assert not named_day(text[:text.rindex(" năm 2023") + 1])
