"""Round 58 of the period reader (stop 60's final batches xv- and xw-): a week's end is a moment, not a week of news
(``Cuối tuần qua, Hội ... tổ chức hội nghị tổng kết ... năm 2018``); a congress an event greets is not the page's
(``Chào mừng Đại hội ... nhiệm kỳ 2025-2030, Hội ... trao tặng 150 suất quà``); the past N months counted back from a
page, more of them than its year has had, are a working year's to the page (``10 tháng qua`` on a page of September
2025); a first half, the quarter after it and the months so far they add up to report the months so far.
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods import find_period
from service.periods.count_to_day import not_after_page
from service.periods.model import Period
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code
from tests.test_periods_round56 import _mention      # the mention naming ``words`` in a text (round 56's helper)


# --- rule 1: "Cuối tuần qua, ...", a week's end is a moment ----------------------------------------------------------

def test_last_weekend_s_year_end_meeting_reads_its_year():
    # xv-nghe-an-hoi-nong-dan (coded 2018): "(Dân Việt) Cuối tuần qua, Hội Nông dân (ND) tỉnh Nghệ An tổ chức hội nghị
    # tổng kết công tác Hội và phong trào ND năm 2018": read as a week's news, its years set aside, None before
    path = _case("xv-nghe-an-hoi-nong-dan-tinh-hoi-vien-von-vay-2018")
    assert not _mention(path.read_text(encoding="utf-8"), "năm 2018").aside
    assert _code(path) == "2018"


def test_second_source_last_weekend_inside_a_congress_page_keeps_its_term():
    # held-out xd-tp-ho-chi-minh-hoi-lam-vuon (coded 2012-2017): "Đại hội đại biểu Hội Làm vườn và Trang trại TPHCM
    # nhiệm kỳ 2017-2022 cuối tuần qua, ông Nguyễn Minh Hải tiếp tục được tín nhiệm bầu lại"
    assert _code(_case("xd-tp-ho-chi-minh-hoi-lam-vuon-va-trang-trai-nhiem-ky-2012-2017")) == "2012-2017"
    text = "Cuối tuần qua, Hội Nông dân huyện tổ chức hội nghị tổng kết công tác Hội năm 2021, triển khai nhiệm vụ năm 2022."
    assert find_period(text) == Period(2021, "year")


def test_negative_a_week_of_news_still_sets_its_years_aside():
    # "Tuần qua, CDC Hà Nội ghi nhận 109 ca": the week's figures; a year in passing is no period of the page
    text = "Tuần qua, CDC Hà Nội ghi nhận 109 ca sốt xuất huyết, nâng tổng số ca mắc trong năm 2023 lên 2.035 ca."
    assert _mention(text, "năm 2023").aside
    text = "Tuần vừa qua, giá cà phê tăng mạnh, vượt mức đỉnh của năm 2011."
    assert _mention(text, "năm 2011").aside


# --- rule 2: "Chào mừng Đại hội ... nhiệm kỳ 2025-2030", a congress greeted ------------------------------------------

def test_gift_round_greeting_a_congress_reads_its_month():
    # xv-thanh-hoa-hoi-lhpn (coded 2025-12, " date 2025-12-03"): "Chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần
    # thứ XIX, nhiệm kỳ 2025-2030 (diễn ra vào ngày 10 và 11/12), Hội LHPN tỉnh tổ chức trao tặng 150 suất quà": the
    # term before the one greeted (2020-2025) was read
    path = _case("xv-thanh-hoa-hoi-lhpn-tinh-qua-mai-am-tinh-thuong-2025-12")
    men = _mention(path.read_text(encoding="utf-8"), "nhiệm kỳ 2025-2030")
    assert men.aside and not men.plan
    assert _code(path) == "2025-12"


def test_second_source_a_tournament_heading_for_a_congress():
    # sweep p33-dinhlap-bongchuyenhoi (a November 2023 page): "Hướng tới Đại hội lần thứ XIII Công đoàn Việt Nam nhiệm
    # kỳ 2023-2028, ngày 19/11/2023, Liên đoàn Lao động huyện Đình Lập tổ chức Giải bóng chuyền hơi": 2023 before
    path = _page("p33-dinhlap-bongchuyenhoi-2023-11")
    assert _mention(path.read_text(encoding="utf-8"), "nhiệm kỳ 2023-2028").aside
    assert _code(path) == "2023-11"


def test_negative_a_congress_the_page_tells_still_opens_its_term():
    # the congress's own write-up: the term it opens is a plan (the page reviews the one before)
    text = ("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh lần thứ XIX, nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành gồm 35 "
            "đồng chí.")
    men = _mention(text, "nhiệm kỳ 2025-2030")
    assert men.plan and not men.aside
    text = "Hội đã tổ chức thành công Đại hội đại biểu lần thứ X, nhiệm kỳ 2022-2027."
    assert _mention(text, "nhiệm kỳ 2022-2027").plan


# --- rule 3: "10 tháng qua" on a page of September, a working year's months to the page ------------------------------

def test_judgment_enforcement_ten_months_to_a_september_page():
    # xv-toan-quoc-cuc-quan-ly-thads (coded 2025-10T, " date 2025-09-08"): "10 tháng qua toàn hệ thống đã thực hiện
    # xong gần 447.000/977.700 việc" (the year from 1 October): read 2024-10T, months ended eleven months before
    assert _code(_case("xv-toan-quoc-cuc-quan-ly-thads-thi-hanh-an-dan-su-2025-10t")) == "2025-10T"


def test_second_source_a_pilot_s_eight_months_to_a_july_plan():
    # sweep p12-tandtc-thidiem (Kế hoạch of 16/7/2019): "đánh giá kết quả triển khai thực hiện thí điểm trong 08 tháng
    # vừa qua" (a pilot from October 2018): read 2018-8T before, the eight months now end at the page
    assert _code(_page("p12-tandtc-thidiem-8thang")) == "2019-8T"


def test_negative_the_past_months_just_ended_are_the_year_before_s():
    # "12 tháng qua" on a page of February 2024: the year 2023, ended a month before
    assert not_after_page(2024, 12, (2024, 2), back=True) == 2023
    assert not_after_page(2024, 11, (2024, 1), back=True) == 2023
    # not counted back ("Lũy kế 10 tháng" on a page of September): the year before's, as round 52 reads it
    assert not_after_page(2025, 10, (2025, 9)) == 2024
    # fewer months than the page's year has had: its own year, as before
    assert find_period("Trong 6 tháng qua, toàn ngành đã giải quyết 1.200 việc.", 2025, 9) == Period(2025, "half", 1)


# --- rule 4: a first half, the quarter after it, the months so far -------------------------------------------------

def test_statistics_table_of_a_half_a_quarter_and_nine_months():
    # xw-thua-thien-hue-cuc-thong-ke (coded 2020-9T): a table headed "Thực hiện 6 tháng đầu năm 2020 | Ước tính quý
    # III năm 2020 | Ước tính 9 tháng năm 2020": the half, named first, was read
    assert _code(_case("xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t")) == "2020-9T"
    text = ("Sản lượng 6 tháng đầu năm 2021 đạt 120 nghìn tấn; quý III năm 2021 ước đạt 70 nghìn tấn; tính chung 9 "
            "tháng năm 2021 ước đạt 190 nghìn tấn.")
    assert find_period(text) == Period(2021, "ytd", 9)


def test_negative_a_half_with_the_next_quarter_s_plan_stays_the_half():
    text = ("Sơ kết 6 tháng đầu năm 2021, toàn huyện thu ngân sách 120 tỷ đồng. Nhiệm vụ quý III năm 2021: phấn đấu thu "
            "70 tỷ đồng, lũy kế 9 tháng năm 2021 đạt 190 tỷ đồng.")
    assert find_period(text) == Period(2021, "half", 1)
    text = "Sản lượng 6 tháng đầu năm 2021 đạt 120 nghìn tấn; quý III năm 2021 ước đạt 70 nghìn tấn."
    assert find_period(text) == Period(2021, "half", 1)
