"""Periods, round 13: wordings of the sweep pages (``evaluations/sweep/pages/<slug>.txt``, public pages of the genre
the service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from service.periods import find_mentions, find_period
from tests.test_periods_round9 import report    # a page's period as parse_report reads it


# -- some days: of a holiday, of a year's or a month's start -------------------------------------------------------

@pytest.mark.parametrize("page", [
    # p13-vietnamplus-tetduonglich-2026: four days of New Year, and the same days of last year compared
    "date 2026-01-05 Trong 4 ngày nghỉ Tết Dương lịch 2026 (từ 1/1 đến 4/1), toàn quốc xảy ra 196 vụ tai nạn giao thông làm chết 94 "
    "người, bị thương 154 người.\n\nĐánh giá của Văn phòng Ủy ban An toàn giao thông quốc gia cho thấy tình hình trật "
    "tự, an toàn giao thông trong 4 ngày Tết Dương lịch năm 2026 được bảo đảm ổn định, an toàn; tai nạn giao thông "
    "được kiềm chế và giảm về số vụ, số người chết so với cùng kỳ năm trước. So với cùng kỳ năm 2025, tai nạn giao "
    "thông tuy giảm về số vụ và số người chết nhưng số người bị thương lại tăng.",
    # p13-vietbao-tetduonglich-2022: three days of the year's start compared
    "Theo Cục Cảnh sát giao thông - Bộ Công an, so với 3 ngày đầu năm 2021, số vụ tai nạn giao thông trong dịp Tết "
    "Dương lịch 2022 giảm 3 vụ, giảm 2 người chết và giảm 2 người bị thương.",
])
def test_some_days_of_a_holiday_or_of_a_years_start_are_no_year(tmp_path, page):
    # no year (as this round read them); round 34 files the solar New Year's days under January, as the held-out case
    # yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tet-duong-lich codes its four days (2026-01): January, never the year
    assert report(tmp_path, page) == ("2026-01" if "Tết Dương lịch 2026" in page else "2022-01")
    assert report(tmp_path, unicodedata.normalize("NFD", page)) == report(tmp_path, page)


def test_some_days_of_a_month_name_neither_the_month_nor_its_year():
    # p13-vneconomy-caphe-15ngay-2023-08: half a month; the months named after it stay what they were
    text = ("Theo số liệu mới nhất của Tổng cục Hải quan Việt Nam, trong 15 ngày đầu tháng 8/2023, cả nước xuất khẩu "
            "37,4 nghìn tấn cà phê, thu về 110,8 triệu USD")
    assert find_period(text) is None
    assert find_period("Tính chung 7 tháng năm 2023, giá xuất khẩu bình quân cà phê của nước ta đạt mức 2.418 "
                       "USD/tấn").code == "2023-7T"


@pytest.mark.parametrize("text,code", [
    # labour-days and a date's day are no days of a period: the year after them is read as before
    ("các cấp hội đóng góp được trên 10.000 ngày công lao động trong năm 2023", "2023"),
    # p12-hangkhong-2023-01 (round 12): the Tết week named in passing, the month reported
    ("Hàng không Việt Nam đón gần 10 triệu khách trong tháng 1/2023", "2023-01"),
    ("Quyết định số 30 ngày 15 tháng 3 năm 2024 của UBND tỉnh; 6 tháng đầu năm 2024, toàn tỉnh", "2024-H1"),
])
def test_periods_near_a_count_of_days_are_unchanged(text, code):
    assert find_period(text).code == code


# -- a month naming an event ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # p13-vietbao-hcm-caodiem-2025: the August Revolution, named in a campaign's purpose
    "bảo đảm tuyệt đối an toàn cho Đại hội Đảng các cấp, tiến tới Đại hội toàn quốc lần thứ 14 của Đảng và các hoạt "
    "động Kỷ niệm 80 năm Cách mạng tháng Tám, Quốc khánh nước Cộng hoà xã hội chủ nghĩa Việt Nam",
    "Kỷ niệm 78 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2023)",
    "kỷ niệm 106 năm Cách mạng Tháng Mười Nga",
    "thắng lợi của Cách mạng tháng 8/1945",
])
def test_a_revolution_named_by_its_month_is_no_month(text):
    assert [m for m in find_mentions(text, 2025, 8) if m.period.kind == "month"] == []


def test_a_campaign_page_naming_the_august_revolution_reports_no_month(tmp_path):
    # p13-vietbao-hcm-caodiem-2025 (its site dates it 2025-08)
    page = ("date 2025-08 Đợt cao điểm trấn áp tội phạm được triển khai bắt đầu từ 10/7 đến 15/9. Sau 20 ngày thực "
            "hiện, Công an TPHCM ghi nhận nhiều kết quả tích cực.\n\nĐợt cao điểm lần này được xác định có ý nghĩa "
            "quan trọng trong việc giữ vững an ninh trật tự, bảo đảm tuyệt đối an toàn cho Đại hội Đảng các cấp, tiến "
            "tới Đại hội toàn quốc lần thứ 14 của Đảng và các hoạt động Kỷ niệm 80 năm Cách mạng tháng Tám, Quốc khánh "
            "nước Cộng hoà xã hội chủ nghĩa Việt Nam.")
    assert report(tmp_path, page) is None


def test_a_month_after_the_revolution_is_still_read():
    assert find_period("Trong tháng Tám, toàn tỉnh tổ chức kỷ niệm Cách mạng tháng Tám; tháng 8/2024 thu ngân sách "
                       "đạt 120 tỷ đồng").code == "2024-08"


# -- a month opening a bulleted clause -------------------------------------------------------------------------------

def test_a_month_opening_a_bulleted_clause_is_the_month_reported(tmp_path):
    # p13-vccb-caphe-2023-01: a monthly bulletin's bullets; "như năm 2022" and "cuối năm 2022" are compared with
    page = ("TIN NỔI BẬT TRONG THÁNG\n❖ Theo dự báo mới nhất của Bộ Nông nghiệp Mỹ, sản lượng cà phê toàn cầu ước "
            "tăng 6,6 triệu bao so với niên vụ trước lên 172,8 triệu bao trong niên vụ 2022-2023.\n❖ Trong tháng 1, "
            "giá cà phê robusta thế giới tăng mạnh so với cuối năm 2022, đạt mức cao nhất trong 3 tháng. ❖ Tuy nhiên, "
            "kịch bản giá tăng cao kỷ lục như năm 2022 sẽ khó lặp lại bởi sản lượng cà phê trong niên vụ hiện tại vẫn "
            "đáp ứng được nhu cầu.\n❖ Theo số liệu của Tổng cục Hải quan, xuất khẩu cà phê của Việt Nam trong tháng 1 "
            "đạt 142.544 tấn, trị giá 310,4 triệu USD")
    assert report(tmp_path, page) == "2023-01"


@pytest.mark.parametrize("text,passing", [
    ("❖ Trong tháng 1, giá cà phê robusta thế giới tăng mạnh", False),      # p13-vccb-caphe-2023-01
    # real cases: a dash-listed month opening its clause ("- Trong tháng 9/2021, lực lượng CSGT ...")
    ("- Trong tháng 9, lực lượng CSGT toàn quốc đã phát hiện 290 vụ phạm pháp hình sự", False),
    ("xuất khẩu cà phê của Việt Nam trong tháng 1 đạt 142.544 tấn", True),
])
def test_a_bullet_before_trong_opens_the_clause(text, passing):
    (men,) = [m for m in find_mentions(text, 2023, 2) if m.period.kind == "month"]
    assert men.passing is passing


# -- a crop year ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page", [
    # p13-congly-caphe-nienvu-2022-2023 (dated 18/11/2023; next crop year's forecast after it)
    "Kinh tế\n\nXuất khẩu cà phê Việt Nam thu về hơn 4 tỷ USD\n\nPV 18/11/2023 - 07:01\n\nCà phê Việt Nam là một trong "
    "những sản phẩm rất được ưa chuộng tại nhiều quốc gia. Riêng niên vụ 2022/2023, xuất khẩu cà phê của Việt Nam đạt "
    "kim ngạch cao nhất lịch sử.\n\nKim ngạch xuất khẩu cà phê niên vụ 2022/2023 đạt cao kỷ lục ước đạt hơn 4,08 tỷ USD "
    "(ảnh minh họa).\n\nVICOFA dự báo, niên vụ cà phê 2023/2024 sẽ thu hoạch muộn hơn niên vụ trước.",
    # p13-cafef-caphe-nienvu-2022-2023 (its lead, without the page's later "Những năm qua")
    "Xuất khẩu cà phê đạt kim ngạch cao nhất lịch sử\nNiên vụ 2022/2023, xuất khẩu cà phê Việt Nam thu về 4,08 tỷ USD, "
    "tăng 3,4% so với niên vụ trước nhờ giá tăng cao.",
])
def test_a_crop_year_is_the_year_it_ends_in(tmp_path, page):
    assert report(tmp_path, page) == "2023"


def test_a_crop_year_in_passing_yields_to_the_month_reported():
    # p13-vccb-caphe-2023-01: the world crop year of a forecast, then January's prices
    text = ("sản lượng cà phê toàn cầu ước tăng 6,6 triệu bao so với niên vụ trước lên 172,8 triệu bao trong niên vụ "
            "2022-2023. Trong tháng 1, giá cà phê robusta thế giới tăng mạnh so với cuối năm 2022")
    assert find_period(text).code == "2023-01"


def test_a_crop_year_moves_both_its_years():
    text = "Niên vụ 2022/2023, xuất khẩu cà phê Việt Nam thu về 4,08 tỷ USD"
    (men,) = find_mentions(text)
    assert men.rewrite(text, men.period.shift_years(1)) == "Niên vụ 2023/2024"


# -- a school term ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page", [
    # p13-vankhe-hocky1-2022-2023: the first term's review; the school year's tasks named after it
    "Trường Tiểu học Văn Khê tổ chức Lễ sơ kết học kì I - Năm học 2022-2023\nThứ ba - 17/01/2023 20:07\nTrong không khí "
    "vui tươi của nhân dân cả nước chào xuân 2023, sáng ngày 13 tháng 01 năm 2023, thầy và trò trường Tiểu học Văn Khê "
    "tổ chức Lễ sơ kết học kỳ 1 - Năm học 2022 - 2023. Tại buổi lễ, cô giáo Hiệu trưởng đã báo cáo những thành tích mà "
    "thầy và trò đã đạt được trong học kỳ vừa qua. Thầy và trò quyết tâm, phấn đấu giành nhiều thắng lợi hơn nữa trong "
    "việc thực hiện các nhiệm vụ trọng tâm của năm học 2022 -2023.",
    # p13-kimdong-hocky1-2022-2023
    "Cô giáo Nguyễn Thị Vân Anh đọc báo cáo Sơ kết học kì I\nKết thúc học kỳ I năm học 2022 - 2023, kết quả xếp loại các "
    "mặt giáo dục của nhà trường như sau: 100% Học sinh được đánh giá ở mức độ Đạt",
])
def test_a_school_term_reviewed_is_no_period_of_a_kind(tmp_path, page):
    assert report(tmp_path, page) is None


def test_a_school_year_reviewed_whole_is_still_the_school_year(tmp_path):
    # p12-leloi-namhoc-2024-2025 (round 12) with a term named in passing
    page = ("LỄ TỔNG KẾT TRƯỜNG TIỂU HỌC LÊ LỢI NĂM HỌC 2024-2025\nNhà trường đã đọc báo cáo tổng kết năm học 2024-2025; "
            "riêng học kỳ I năm học 2024-2025 có 120 học sinh xuất sắc.")
    assert report(tmp_path, page) == "2024-2025"


# -- a time within a month; a forecast's time compared with --------------------------------------------------------------

def test_a_time_within_a_month_is_no_month(tmp_path):
    # p13-plo-bca-caodiem-dot1: a campaign's phase; a photo's caption names late June
    page = ("date 2017-03 Ngày 13/7, Bộ Công an tổ chức sơ kết đợt 1 trực tuyến về việc thực hiện cao điểm tấn công trấn "
            "áp tội phạm đảm bảo trật tự an toàn xã hội (15/5-30/6).\n\nHàng loạt vũ khí, súng đạn của một nhóm phạm tội "
            "bị Cục hình sự (Bộ Công an) thu giữ trong cuối tháng 6. Ảnh: Thái Thịnh.\n\n45 ngày qua, cơ quan công an đã "
            "điều tra khám phá hơn 1.200 vụ sai phạm trong quản lý kinh tế, tham nhũng.")
    assert report(tmp_path, page) is None
    assert find_period("Tính đến cuối tháng 9, toàn huyện có 1.200 hộ nghèo; so với cùng kỳ năm 2022 giảm 5%").code \
        == "2023-9T"


def test_a_forecasts_time_compared_with_is_not_the_period():
    # p13-gso-kinhte-2022
    text = ("Kinh tế – xã hội nước ta năm 2022 diễn ra trong bối cảnh kinh tế thế giới đang phải đối mặt với những thách "
            "thức lớn. Mặc dù, dự báo gần đây nhất về tăng trưởng kinh tế thế giới năm 2022 được các tổ chức quốc tế "
            "điều chỉnh tăng so với các dự báo đưa ra trong quý III/2022 nhưng đều ở mức thấp hơn so với năm 2021.")
    assert find_period(text).code == "2022"
    (q,) = [m for m in find_mentions(text) if m.period.kind == "quarter"]
    assert q.comparison


# -- check pages (labelled after the fixes above, before the code ran on them) -----------------------------------------

def test_nine_days_of_tet_are_its_month_and_last_years_are_compared(tmp_path):
    # p13-vietnamplus-tet-binhngo-2026: nine days of Tết compared with last Tết's nine days (moved here in round 32: the
    # days of Tết of a named lunar year are the month of its first day, Bính Ngọ 2026 on 17 February; last year's are
    # the same days compared — periods-round32.md)
    page = ("So với 9 ngày nghỉ Tết Ất Tỵ năm 2025, số vụ tai nạn giao thông trong kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026 "
            "giảm 154 vụ (28,79%), giảm 73 người chết (23,2%), giảm 118 người bị thương (30,10%).")
    assert report(tmp_path, page) == "2026-02"
    assert report(tmp_path, unicodedata.normalize("NFD", page)) == "2026-02"
    assert [(m.period.code, m.comparison, m.same_period) for m in find_mentions(page)
            if m.recogniser == "lunar-new-year"] == [("2025-01", True, True), ("2026-02", False, False)]


def test_last_years_holiday_compared_is_the_same_days_not_a_year(tmp_path):
    # p13c-baotintuc-mung4-tet-2023: a day of Tết, compared with last Tết
    page = ("Mùng 4 Tết, xảy ra 26 vụ tai nạn giao thông, làm chết 15 người\nCục Cảnh sát giao thông cho biết, ngày 25/1 "
            "(mùng 4 Tết Quý Mão), toàn quốc xảy ra 26 vụ tai nạn giao thông, làm chết 15 người, bị thương 19 người. Đây "
            "là ngày có số vụ tai nạn, số người chết và bị thương cao nhất trong 6 ngày nghỉ Tết năm nay. So với cùng kỳ "
            "Tết Nguyên đán Nhâm Dần năm 2022, tai nạn giao thông giảm 3 vụ; giảm 2 người chết; giảm 3 người bị thương.")
    # (round 60: "mùng 4 Tết Quý Mão" is a day of Tết, without "ngày" before it as with it (round 53's "ngày mùng 2
    # Tết Nguyên đán Kỷ Hợi"): the one day's month, January 2023 (Tết Quý Mão: 22/1/2023) — never last Tết's 2022)
    assert report(tmp_path, page) == "2023-01"
    men = next(m for m in find_mentions(page) if "2022" in page[m.start:m.end])
    assert men.comparison and men.same_period
    # p13c-sggp-tet-binhngo-2026: nine days of Tết, its year after "năm" (restated in round 32: Tết's month)
    assert find_period("Chiều 22-2, Cục Cảnh sát giao thông, cho biết trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ năm "
                       "2026, toàn quốc xảy ra 381 vụ tai nạn giao thông").code == "2026-02"


@pytest.mark.parametrize("text,code", [
    # p13c-vnindustry-mia-2022-2023: eight years of sugar prices, no month of 2011
    ("Từ tháng 2/2011 đến tháng 8/2019, giá đường giảm hơn 60%.", None),
    # c8-haihau-toaan-2020 (round 10): a court's months across two years (ten months named as twelve)
    ("ước tính số lượng án trong 10 tháng (từ tháng 10/2019 đến hết tháng 9/2020) có khoảng 600 vụ", None),
    # whole months within a year: the year so far, a quarter, a second half
    ("Từ tháng 1 đến tháng 8 năm 2023, toàn tỉnh thu ngân sách đạt 1.250 tỷ đồng", "2023-8T"),
    ("từ tháng 01/2021 đến tháng 06/2021, Trung tâm tiếp nhận 5.650 hồ sơ", "2021-H1"),
    ("từ tháng 4 đến tháng 6/2023, toàn huyện cấp 1.200 thẻ bảo hiểm y tế", "2023-Q2"),
    ("từ tháng 7/2022 đến hết tháng 12/2022 đã giải quyết 96 vụ", "2022-H2"),
    ("từ tháng 3 đến tháng 5/2023 có 12 vụ cháy", None),
])
def test_a_range_of_months(text, code):
    assert getattr(find_period(text), "code", None) == code


@pytest.mark.parametrize("text,moved", [
    ("từ tháng 01/2021 đến tháng 06/2021", "từ tháng 01/2022 đến tháng 06/2022"),
    ("Từ tháng 1 đến tháng 8 năm 2023", "Từ tháng 1 đến tháng 8 năm 2024"),
])
def test_a_range_of_months_moves_both_its_years(text, moved):
    (men,) = find_mentions(text)
    assert men.rewrite(text, men.period.shift_years(1)) == moved


def test_a_span_of_decades_reviewed_is_no_term_and_no_crash():
    # c14-vn-thunhap-wb-2023 (round 20): "trong giai đoạn 1986 – 2023" built a 37-year term outside the guard
    from pathlib import Path

    from service.periods import find_mentions

    text = Path("evaluations/sweep/pages/c14-vn-thunhap-wb-2023.txt").read_text(encoding="utf-8")
    assert all(m.period is None or m.period.kind != "term" or m.period.index <= 10 for m in find_mentions(text))
