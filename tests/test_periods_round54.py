"""Round 54 of the period reader (stop 57's final batch xq-): a period named as ``cùng thời điểm`` of another is the
comparison's other side, the same point of another year (``.same_moment``); a sentence opening ``Hết quý N`` is the
running total to that quarter's end (the ``to-quarter`` recogniser), not the quarter's own release.
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods.mentions import find_mentions
from service.periods.model import Period
from service.periods.same_moment import same_moment
from service.periods.year_end_days import year_end_days
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code


def _mention(text: str, words: str, *date):
    start = text.index(words)
    return next(m for m in find_mentions(text, *date) if m.start <= start < m.end)


# --- rule 1: "so với cùng thời điểm năm 2015", the same point of another year ------------------------------------

def test_dong_nai_same_moment_of_last_year_is_compared_not_reported():
    # xq-dong-nai (coded 2016-01, the day 1-1-2016): "tăng gần 1 ngàn khách so với cùng thời điểm năm 2015" was the
    # page's only period and read as reported (2015); it is the comparison's side, so the page reads no year
    text = _case("xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01").read_text()
    men = _mention(text, "năm 2015")
    assert men.comparison and men.same_period
    assert _code(_case("xq-dong-nai-cum-rap-chieu-phim-luot-khach-2016-01")) != "2015"


def test_second_source_hop_tac_xa_same_moment_of_2021():
    # xe-toan-quoc-bo-khdt (coded 2022): "Tại thời điểm 31/12/2022 so với cùng thời điểm năm 2021, cả 6/6 vùng ..."
    text = _case("xe-toan-quoc-bo-khdt-hop-tac-xa-hien-co-2022").read_text()
    men = _mention(text, "năm 2021, cả 6/6")
    assert men.period == Period(2021, "year") and men.comparison and men.same_period


def test_negative_the_moment_itself_and_a_plain_comparison():
    # "Tại thời điểm 31/12/2022" (the moment itself, no "so với cùng"), and a comparison written otherwise
    assert not same_moment("Theo Sách trắng, tại thời điểm ")
    assert not same_moment("tăng 5% so với ")
    assert same_moment("giảm 11,6% so với cùng thời điểm ")
    text = "Tại thời điểm năm 2022, toàn quốc có 29.000 hợp tác xã."
    men = _mention(text, "năm 2022")
    assert not men.comparison


# --- rule 2: "Hết quý 3, xuất khẩu ... thu về", the running total to the quarter's end --------------------------

def test_hat_dieu_month_with_its_running_totals_stays_the_month():
    # xq-hat-dieu (coded 2023-09): "trong tháng 9/2023 đạt ... Tính chung trong 9 tháng đầu năm ... Hết quý 3, xuất
    # khẩu mặt hàng này sang Trung Quốc thu về": "Hết quý 3" was read as the quarter, so the September release turned
    # into the quarter's nine months (2023-9T)
    path = _case("xq-toan-quoc-xuat-khau-hat-dieu-thi-truong-2023-09")
    men = _mention(path.read_text(), "Hết quý 3")
    assert men.recogniser == "to-quarter" and men.period.code == "2023-9T"
    assert _code(path) == "2023-09"


def test_second_source_tuyen_quang_budget_to_quarter_one():
    # sweep p15c-tuyenquang-thungansach (labelled 2024-Q1): "Hết quý I năm 2024, tổng thu ngân sách ... đạt"
    path = _page("p15c-tuyenquang-thungansach-q1-2024")
    men = _mention(path.read_text(), "Hết quý I năm 2024")
    assert men.recogniser == "to-quarter" and men.period.code == "2024-Q1"
    assert _code(path) == "2024-Q1"


def test_negative_hết_inside_a_clause_and_the_quarter_itself():
    # "hết" inside a clause is another word's ("đã thu hết quý 3 ..." is not a running total's opening), and the
    # quarter named bare stays the quarter
    text = "Doanh nghiệp đã dùng hết quý 3/2023 để chuẩn bị nguyên liệu."
    assert _mention(text, "quý 3").recogniser != "to-quarter"
    text = "Quý 3/2023, xuất khẩu hạt điều đạt 1,1 tỷ USD."
    assert _mention(text, "Quý 3").period.code == "2023-Q3"
    # the real page's own quarter words before "Hết quý": its month and nine months stay what they were
    text = _case("xq-toan-quoc-xuat-khau-hat-dieu-thi-truong-2023-09").read_text()
    assert _mention(text, "tháng 9/2023 đạt").period.code == "2023-09"


# --- rule 3: "trong ngày cuối cùng của năm 2025", a year named as the home of its last days --------------------

def test_noi_bai_last_day_of_the_year_is_no_year_report():
    # xq-noi-bai (coded 2026-01): "trong ngày cuối cùng của năm 2025 - ngày đầu kì nghỉ Tết Dương lịch" outranked
    # "kỳ nghỉ Tết Dương lịch 2026" as a year (read 2025); the day at the year's end is an aside
    path = _case("xq-ha-noi-cang-hkqt-noi-bai-tet-duong-lich-2026-01")
    men = _mention(path.read_text(), "năm 2025 - ngày đầu")
    assert men.aside and not men.reported
    assert _code(path) == "2026-01"


def test_second_source_tay_ninh_last_days_of_2012_are_an_aside():
    # yd-tay-ninh (coded 2013-03): "mở nước phục vụ tưới tiêu vào những ngày cuối năm 2012 và đầu năm 2013"
    text = _case("yd-tay-ninh-cong-ty-thuy-loi-tuoi-vu-dong-xuan-2013-03").read_text()
    men = _mention(text, "năm 2012 và đầu")
    assert men.period == Period(2012, "year") and men.aside


def test_negative_a_count_to_the_years_last_day_and_a_year_page_stay():
    # "tính đến ngày cuối cùng của năm 2022" counts to the year's end: the year stays reported
    assert not year_end_days("Tổng dư nợ tính đến ngày cuối cùng của ")
    assert not year_end_days("Số dư ngày cuối ")         # a column's balance at the year's end: the year's value
    assert year_end_days("Trước đó, trong ngày cuối cùng của ")
    text = "Tổng dư nợ tính đến ngày cuối cùng của năm 2022 đạt 1.200 tỷ đồng."
    assert not _mention(text, "năm 2022").aside
    # sweep c23-kevesko: "Giáp ngày cuối năm 2017, theo báo cáo ... tai nạn giao thông năm 2017": the time of
    # writing of the year's report, no day a thing was done in: the year stays, the page reads 2017
    text = _page("c23-kevesko-tngt-ca-nuoc-2017").read_text()
    assert not _mention(text, "năm 2017, theo").aside
    assert _code(_page("c23-kevesko-tngt-ca-nuoc-2017")) == "2017"
