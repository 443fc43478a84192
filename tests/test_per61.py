"""Round 61 of the period reader (stop 63's batches wb-, wc-, xz-, xy-): a comparison's year is the base, never the
period reported (``cao hơn hẳn 7 tháng đầu năm 2020``, ``(năm 2011 là 60 giải)``, years listed with their values, no
lent year before the latest year compared); ``từ đầu năm đến nay`` on a page of a later year is the page's; the ends of
a bare span of months (``từ tháng 1 đến tháng 11``) are no month; a bracketed span reviewed (``lần thứ VI
(2003-2007)``); ``từ năm 2012 đến nay`` on a page opening a term of its year runs to it; a year the page still
estimates (``Năm 2024, ước …``) beside the year before's results is the year running.
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods import find_mentions, find_period
from service.periods.model import Period
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code
from tests.test_periods_round56 import _mention      # the mention naming ``words`` in a text (round 56's helper)


# --- rule 1: a figure above or below a period: that period is the comparison's base ------------------------------------

def test_deaths_higher_than_seven_months_of_2020_is_no_period_of_the_page():
    # xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai-2024-7t (coded 2024-7T): "date 2024-08 ... từ đầu năm đến nay cả
    # nước ghi nhận 104 người chết ... Con số này cao hơn hẳn 7 tháng đầu năm 2020 với 53 người chết ... Cả năm 2021 số
    # người chết do thiên tai là 101, năm 2023 là 131": read 2020-7T before (the so far lent the compared year)
    path = _case("xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai-2024-7t")
    text = path.read_text(encoding="utf-8")
    assert _mention(text, "7 tháng đầu năm 2020").comparison
    assert _code(path) == "2024-7T"


def test_second_source_a_rate_higher_than_an_earlier_year():
    # sweep c14-vn-ksms-2018: "... của năm 2018 là 0,69%, cao hơn năm 2016 là 0,64%": 2016 is compared, 2018 is not
    text = _page("c14-vn-ksms-2018").read_text(encoding="utf-8")
    men = _mention(text, "năm 2016 là 0,64%")
    assert men.period == Period(2016, "year") and men.comparison
    assert not _mention(text, "năm 2018 là 0,69%").comparison


def test_negative_higher_than_a_plan_figure_keeps_the_year_reported():
    text = "Năm 2023, doanh thu đạt 520 tỷ đồng, cao hơn 12% so với kế hoạch."
    assert find_period(text) == Period(2023, "year")
    assert not _mention(text, "Năm 2023").comparison


# --- rule 2: another year's value in brackets, and years listed each with its value --------------------------------------

def test_last_years_prizes_in_brackets_make_the_page_the_year_after():
    # wc-toan-quoc-bo-gddt-thi-hoc-sinh-gioi-quoc-gia-2012 (coded 2012; page of 28/02/2012): "trên 2.000 giải, tương
    # đương năm 2011 ... Hà Nam với 47 giải (năm 2011 là 60 giải), Hải Dương 67 giải (năm 2011 là 72 giải, ...": 2011
    path = _case("wc-toan-quoc-bo-gddt-thi-hoc-sinh-gioi-quoc-gia-2012")
    assert _mention(path.read_text(encoding="utf-8"), "năm 2011 là 60 giải").comparison
    assert _code(path) == "2012"


def test_years_listed_with_their_values_are_compared():
    text = "Cả năm 2021 số người chết do thiên tai là 101, năm 2023 là 131."
    assert _mention(text, "năm 2021").comparison and _mention(text, "năm 2023").comparison


def test_negative_one_year_with_its_value_or_a_year_compared_in_words_is_no_series():
    assert not _mention("Tổng vốn năm 2023 là 500 tỷ đồng.", "năm 2023").comparison
    text = "Tỷ lệ của năm 2018 là 0,69%, cao hơn năm 2016 là 0,64%."
    assert not _mention(text, "năm 2018").comparison and _mention(text, "năm 2016").comparison
    assert not _mention("Hà Nam đạt 47 giải (năm 2011), Hải Dương 67 giải.", "năm 2011").comparison


# --- rule 3: no year lent by a comparison before the latest year the page compares with ------------------------------------

def test_eleven_months_compared_with_2021_and_2019_are_of_2022():
    # xz-toan-quoc-cuc-hang-khong-hanh-khach-hang-hoa-2022-11t (coded 2022-11T): "từ tháng 1 đến tháng 11 ... tăng 2,041%
    # so với năm 2021 ... cao hơn 18,4% so với cùng kỳ năm 2019 - năm trước đại dịch ... Trong 11 tháng, ...": 2020-11T
    assert _code(_case("xz-toan-quoc-cuc-hang-khong-hanh-khach-hang-hoa-2022-11t")) == "2022-11T"


def test_lent_year_is_after_the_latest_year_compared():
    text = ("Lượng khách tăng 150% so với năm 2021 và cao hơn 10% so với cùng kỳ năm 2019. "
            "Trong 11 tháng, các hãng đã vận chuyển 45 triệu lượt khách.")
    assert find_period(text) == Period(2022, "ytd", 11)


def test_negative_a_holiday_compared_bounds_nothing():
    # sweep p40-nld-tet-dulich-2024-02 (page of 2024-02): "so với dịp Tết Dương lịch 2024 và cùng kỳ năm 2023": Tết
    # Giáp Thìn's days stay of 2024 (the holiday compared is of the year reported)
    assert _code(_page("p40-nld-tet-dulich-2024-02")) == "2024-02"


# --- rule 4: "từ đầu năm đến nay" on a page of a later year is the page's ------------------------------------------------

def test_so_far_on_a_stamped_page_takes_the_page_year():
    text = ("date 2024-08 Ảnh minh họa\n\nTừ đầu năm đến nay cả nước ghi nhận 104 người chết. Con số này cao hơn "
            "hẳn 7 tháng đầu năm 2020.")
    assert _mention(text, "Từ đầu năm đến nay").period.year == 2024


# --- rule 5: the ends of a bare span of months are no month -----------------------------------------------------------

def test_bare_span_ends_are_no_month_reported():
    text = "Các sân bay phục vụ 90,8 triệu lượt khách từ tháng 1 đến tháng 11, tăng 221% so với năm 2021."
    assert all(m.aside for m in find_mentions(text) if m.recogniser == "month-bare")


def test_negative_a_span_with_its_year_is_the_months_so_far():
    assert find_period("Từ tháng 1 đến tháng 8 năm 2023, tỉnh thu hút 12 dự án.") == Period(2023, "ytd", 8)


# --- rule 6: a bracketed span reviewed ----------------------------------------------------------------------------------

def test_review_of_a_movement_with_its_years_in_brackets():
    # wc-dong-nai-hoi-nong-dan-tinh-nong-dan-sxkd-gioi-2003-2007 (coded 2003-2007): "hội nghị tổng kết phong trào nông
    # dân sản xuất, kinh doanh (SXKD) giỏi lần thứ VI (2003-2007)": no period before
    assert _code(_case("wc-dong-nai-hoi-nong-dan-tinh-nong-dan-sxkd-gioi-2003-2007")) == "2003-2007"


def test_negative_a_bracketed_span_in_passing_yields_to_the_year_reviewed():
    # zd-quang-nam-khuyen-hoc-2012 (coded 2012): "hội nghị tổng kết công tác khuyến học (KH) năm 2012 ... * Cùng ngày,
    # Hội KH tỉnh tổ chức hội nghị tổng kết 5 năm (2008-2012) phong trào ...": the year, as before
    assert _code(_case("zd-quang-nam-khuyen-hoc-2012")) == "2012"
    assert find_period("Năm 2008, tỉnh đạt 5 tỷ đồng (2003-2007 là 3 tỷ).") == Period(2008, "year")


# --- rule 7: "từ năm 2012 đến nay" on a page opening a term of its year ---------------------------------------------------

def test_years_to_now_at_a_congress_run_to_its_year():
    # wc-quang-binh-hoi-nguoi-mu-tinh-day-nghe-2012-2017 (coded 2012-2017): "Chào mừng Đại hội Hội Người mù tỉnh lần
    # thứ 4, nhiệm kỳ 2017-2022 ... 28/09/2017 ... Từ năm 2012 đến nay, Tỉnh hội đã mở 13 lớp": 2012-2016 before
    assert _code(_case("wc-quang-binh-hoi-nguoi-mu-tinh-day-nghe-2012-2017")) == "2012-2017"


def test_negative_years_to_now_without_a_term_stay_to_the_last_whole_year():
    text = "Từ năm 2012 đến nay, Hội Chữ thập đỏ đã vận động gần 10 triệu suất quà."
    assert _mention(text, "Từ năm 2012", 2017, 9, 28).period == Period(2012, "term", 4)


# --- rule 8: a year the page still estimates, beside the year before's results -------------------------------------------

def test_company_year_told_the_year_after_with_its_estimate():
    # wb-toan-quoc-vrg-cong-ty-thuy-dien-2023 (coded 2023; page of 10/2024): "Diễn biến thời tiết thủy văn năm 2024 ...
    # Cụ thể, năm 2023, kết quả SXKD đều vượt KH đề ra ... Năm 2024, ước sản lượng điện ...": 2024 before
    assert _code(_case("wb-toan-quoc-vrg-cong-ty-thuy-dien-2023")) == "2023"


def test_negative_a_december_estimate_is_the_years_own_report():
    text = "Năm 2022, công ty đạt 500 tỷ đồng. Năm 2023, ước doanh thu đạt 600 tỷ đồng."
    assert not _mention(text, "Năm 2023", 2023, 12).aside
    assert _mention(text, "Năm 2023", 2023, 10).aside


def test_negative_an_estimate_without_the_year_before_keeps_the_year():
    text = "Năm 2024, ước sản lượng điện đạt 600 triệu kWh, doanh thu 700 tỷ đồng."
    assert find_period(text, 2024, 10) == Period(2024, "year")


def test_negative_years_a_total_is_split_into_are_its_parts_not_compared():
    # yu-khanh-hoa-trung-tam-phcn-giao-duc-tre-em-khuyet-tat-xe-lan-2010-2012: "tiếp nhận 480 chiếc xe lăn (trong đó,
    # năm 2010 là 80 chiếc, năm 2011 là 150 chiếc và năm 2012 là 250 chiếc)": the total's years, none compared
    text = _case("yu-khanh-hoa-trung-tam-phcn-giao-duc-tre-em-khuyet-tat-xe-lan-2010-2012").read_text(encoding="utf-8")
    assert not any(_mention(text, w).comparison for w in ("năm 2010 là 80", "năm 2011 là 150"))
