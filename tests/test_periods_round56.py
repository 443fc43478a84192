"""Round 56 of the period reader (stop 58's final batches xr- and xs-): a month's middle, ``giữa tháng 6/2023``, is a
moment in the month, named in passing (``.mid_month``); the quarters of a year told one by one from the first, with the
months so far through the last of them, report the months so far (``.quarters_told``).
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods import find_period
from service.periods.mentions import find_mentions
from service.periods.mid_month import mid_month
from service.periods.model import Period, ytd
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code


def _mention(text: str, words: str, *date):
    start = text.index(words)
    return next(m for m in find_mentions(text, *date) if m.start <= start < m.end)


# --- rule 1: "tại một hội thảo giữa tháng 6/2023", a moment in the month --------------------------------------------

def test_sex_ratio_workshop_mid_june_yields_to_the_year_reported():
    # xs-toan-quoc-bo-y-te (coded 2023): "Năm 2023, tỷ số giới tính khi sinh ở vùng Đồng bằng sông Hồng là 113,2 ...
    # Theo báo cáo của Bộ Y tế tại một hội thảo giữa tháng 6/2023, cả nước có 21 tỉnh": the workshop's month was read
    path = _case("xs-toan-quoc-bo-y-te-ty-so-gioi-tinh-khi-sinh-2023")
    men = _mention(path.read_text(encoding="utf-8"), "tháng 6/2023")
    assert men.period == Period(2023, "month", 6) and men.passing
    assert _code(path) == "2023"


def test_second_sources_mid_month_moments_on_sweep_pages():
    # sweep c29-vnexpress: "sau khi các trường chuyên ... thông báo kết quả hồi giữa tháng 6"; t24-danviet-hose (an
    # August page): "Kể từ khi tạo đáy vào giữa tháng 7, chỉ số VN-Index đã củng cố"
    for slug, words in (("c29-vnexpress-truong-co-ba-lop-do-chuyen-100", "tháng 6. Khi đó"),
                        ("t24-danviet-hose-2022-08", "tháng 7, chỉ số VN-Index")):
        text = _page(slug).read_text(encoding="utf-8")
        start = text.index(words)
        assert mid_month(text, start), slug
    text = _page("c29-vnexpress-truong-co-ba-lop-do-chuyen-100").read_text(encoding="utf-8")
    assert _mention(text, "tháng 6. Khi đó").passing


def test_negative_to_mid_month_and_ten_days_of_a_month_keep_their_readings():
    # zr-…-ca-phe (coded 2018-09): "10 ngày giữa tháng 9/2018, giá cà phê trong nước": ten days of the month, its release
    assert find_period("Theo Cục Xuất nhập khẩu 10 ngày giữa tháng 9/2018, giá cà phê trong nước tiếp tục giảm") \
        == Period(2018, "month", 9)
    assert _code(_case("zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09")) == "2018-09"
    # p14-thegioitiepthi (labelled None): "đến giữa tháng 4-2023, cả nước đã xuất khẩu gần 2,4 triệu tấn": a count to it
    assert not mid_month("đến giữa tháng 4-2023", len("đến giữa "))
    assert not mid_month("Tính đến giữa tháng 12/2022", len("Tính đến giữa "))
    assert not mid_month("tới giữa tháng 12/2022", len("tới giữa "))
    # a month without "giữa" is untouched: "tại một hội thảo tháng 6/2023" still names the month
    assert find_period("Theo báo cáo tại hội thảo tháng 6/2023, cả nước có 21 tỉnh") == Period(2023, "month", 6)


def test_mid_month_alone_is_below_a_year_but_still_a_period_when_nothing_else_is_named():
    text = "Năm 2023, tỷ số là 113,2. Theo báo cáo tại một hội thảo giữa tháng 6/2023, cả nước có 21 tỉnh."
    assert find_period(text) == Period(2023, "year")
    assert find_period("Kết quả được thông báo vào giữa tháng 6/2023.") == Period(2023, "month", 6)


# --- rule 2: "quý I ..., quý II ..., quý III ... Như vậy, ... 9 tháng năm 2017" ----------------------------------------

def test_vasep_shrimp_quarters_told_in_turn_then_nine_months():
    # xs-toan-quoc-vasep-xuat-khau-tom (coded 2017-9T): "Sau khi giảm trong quý I, xuất khẩu tôm quý II và III tăng
    # trưởng tốt, ... xuất khẩu trong quý III tăng 25% so với quý II ... Như vậy, xuất khẩu tôm trong 9 tháng năm 2017
    # đạt 2,7 tỷ USD": the first quarter, named first, was read (2017-Q1)
    assert _code(_case("xs-toan-quoc-vasep-xuat-khau-tom-2017-9t")) == "2017-9T"


def test_second_sources_gdp_half_with_its_quarters_stay_the_half():
    # sweep d9-tannamchinh: "GDP 6 tháng năm 2018 ... Trong đó, quý I tăng 7,45% và quý II tăng 6,79%"; t4-gdp-2012-h1:
    # "GDP sáu tháng đầu năm 2012 ... trong đó quý I tăng 4,00%; quý II tăng 4,66%"
    assert _code(_page("d9-tannamchinh-gdp-6t-2018")) == "2018-H1"
    assert _code(_page("t4-gdp-2012-h1")) == "2012-H1"
    # the same two sentences with the quarters told first: the half still
    text = ("Quý I tăng 7,45% và quý II tăng 6,79%. Như vậy, GDP 6 tháng năm 2018 ước tính tăng 7,08% so với cùng kỳ "
            "năm trước.")
    assert find_period(text) == Period(2018, "half", 1)


def test_negative_quarters_with_a_gap_or_without_their_months_so_far():
    # quarters I and III (II not told): no sum, the first quarter as before
    gap = "Quý I tăng 3%, quý III tăng 5%. Tính chung 9 tháng năm 2017 xuất khẩu đạt 2,7 tỷ USD."
    assert find_period(gap) == Period(2017, "quarter", 1)
    # two quarters and no months so far: a quarter as before (the first, the earlier of two editions)
    two = "Quý I/2017 xuất khẩu giảm, quý II/2017 xuất khẩu tăng 52% so với quý I."
    assert find_period(two) == Period(2017, "quarter", 1)
    # the months so far of another year (a comparison's base) are not the report
    base = "Quý I/2017 giảm, quý II/2017 tăng 52%, bằng 90% so với 6 tháng năm 2016."
    assert find_period(base) == Period(2017, "quarter", 1)
