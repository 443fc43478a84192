"""Round 60 of the period reader (stop 62's batches xz- and wa-): ``Lũy kế hết tháng 3/2019`` is the running total
through March (the first quarter), not March; a stock at December on a page that reports that year is the year; a count
to a month's end measured against a year's end or start is a stock at that month; ``đặt kế hoạch ... năm 2021`` plans
the year; ``tháng 5 năm nay`` is a month whose year is the page's; ``mùng 3 Tết nguyên đán Kỷ Hợi`` is a day of that
Tết; ``Tết Ất Mùi năm ngoái`` makes the page's Tết the next one.
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods import find_period
from service.periods.model import Period
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code
from tests.test_periods_round56 import _mention      # the mention naming ``words`` in a text (round 56's helper)


# --- rule 1: "Lũy kế hết tháng 3/2019": the running total through that month's end --------------------------------------

def test_running_total_to_march_end_is_the_first_quarter():
    # wa-toan-quoc-bhxh-viet-nam-thu-bhxh-bhyt-bhtn-2019-q1 (coded 2019-Q1): "tính tới hết Quý I/2019, cả nước đã có
    # 14,5 triệu người ... Lũy kế hết tháng 3/2019, toàn ngành BHXH thu 77.100 tỷ đồng": read as March before
    assert _code(_case("wa-toan-quoc-bhxh-viet-nam-thu-bhxh-bhyt-bhtn-2019-q1")) == "2019-Q1"
    text = "Lũy kế hết tháng 8/2022, toàn ngành đã giải ngân 12.300 tỷ đồng."
    assert _mention(text, "Lũy kế hết tháng 8/2022").period == Period(2022, "ytd", 8)


def test_second_source_running_total_to_a_month_with_its_year_elsewhere():
    # sweep p17-thanhnien-xuatkhau-bacninh-2025-10: "Lũy kế hết tháng 10, kim ngạch xuất khẩu ...": the months so far
    # beside the month's own figures (the month, as before)
    path = _page("p17-thanhnien-xuatkhau-bacninh-2025-10")
    assert _mention(path.read_text(encoding="utf-8"), "Lũy kế hết tháng 10").period.kind == "ytd"
    assert _code(path) == "2025-10"


def test_negative_a_month_in_a_running_total_s_sentence_is_not_a_total_to_it():
    text = "Lũy kế từ đầu năm, doanh thu đạt 820 tỷ đồng; riêng tháng 3/2019 đạt 310 tỷ đồng."
    assert _mention(text, "tháng 3/2019").period == Period(2019, "month", 3)


# --- rule 2: a stock at December on a page that reports the year -------------------------------------------------------

def test_december_stock_on_a_year_s_page_is_the_year():
    # wa-quang-nam-nui-thanh-ubnd-huyen-pho-cap-giao-duc-2014 (coded 2014): "kiểm tra công tác phổ cập giáo dục THCS năm
    # 2014 ... Đến tháng 12.2014, Núi Thành có 17 xã, thị trấn đạt chuẩn": read as December before
    assert _code(_case("wa-quang-nam-nui-thanh-ubnd-huyen-pho-cap-giao-duc-2014")) == "2014"


def test_negative_december_stock_on_a_page_naming_no_year_stays_december():
    # sweep p42-nguoitaybac-congchung-yenbai-2024-12: "Tính đến tháng 12/2024, nước ta hiện có hơn 3.400 công chứng
    # viên": no "năm 2024" of its own on the page
    assert _code(_page("p42-nguoitaybac-congchung-yenbai-2024-12")) == "2024-12"
    text = "Tính đến tháng 12/2023, toàn tỉnh có 420 cơ sở lưu trú, tăng 15 cơ sở so với năm 2022."
    assert find_period(text) == Period(2023, "month", 12)


# --- rule 3: a count to a month's end measured against a year's end: a stock at that month ------------------------------

def test_participants_at_october_s_end_against_last_year_s_end():
    # wa-toan-quoc-bhxh-viet-nam-nguoi-tham-gia-bhxh-2020-10 (coded 2020-10): "Đến hết tháng 10/2020, số người tham gia
    # BHXH là 15,67 triệu người, ... giảm 418.900 người so với cuối năm 2019": read as 10 months before
    assert _code(_case("wa-toan-quoc-bhxh-viet-nam-nguoi-tham-gia-bhxh-2020-10")) == "2020-10"


def test_second_source_credit_at_may_s_end():
    # sweep t13-gialai-nhnn-tindung-t5-2021: "đến cuối tháng 5-2021, tổng huy động vốn ước đạt 43.100 tỷ đồng, tăng
    # 7,8% so với cuối năm 2020"
    assert _code(_page("t13-gialai-nhnn-tindung-t5-2021")) == "2021-05"


def test_third_source_overdue_debt_at_august_s_end():
    # sweep c32-baodaknong-no-qua-han-no-khoanh-8-2021: "Tính đến hết tháng 8/2021, tổng nợ quá hạn và nợ khoanh ... là
    # 11,5 tỷ đồng ... So với thời điểm đầu năm 2021, tổng nợ tăng 1,25 tỷ đồng": 8 months before
    assert _code(_page("c32-baodaknong-no-qua-han-no-khoanh-8-2021")) == "2021-08"


def test_negative_months_so_far_told_in_the_same_paragraph_stay_running():
    # sweep c32-vapcf-quy-tin-dung-quang-tri-10-thang-2006: "Tính đến hết tháng 10/2006, ... 10 tháng đầu năm nay, các
    # Quỹ đã cho 5.459 lượt thành viên vay vốn ..., tăng 29% so với đầu năm": the ten months
    assert _code(_page("c32-vapcf-quy-tin-dung-quang-tri-10-thang-2006")) == "2006-10T"


def test_negative_quarter_end_and_no_year_end_comparison_stay_running():
    # held-out yp-phu-yen-nhcsxh (coded 2018-Q1): "đến hết tháng 3/2018 nợ quá hạn ... tăng 356 triệu đồng so với đầu
    # năm": the quarter the balance closes
    assert _code(_case("yp-phu-yen-nhcsxh-chi-nhanh-tinh-cho-vay-chinh-sach-2018-q1")) == "2018-Q1"
    text = "Đến hết tháng 10/2020, toàn tỉnh đã trồng được 2.300 ha rừng, tăng 12% so với cùng kỳ năm 2019."
    assert find_period(text) == Period(2020, "ytd", 10)


# --- rule 4: "đặt kế hoạch ... năm 2021": the year planned ----------------------------------------------------------------

def test_plan_set_in_a_headline_leaves_the_year_reported():
    # xz-binh-duong-cao-su-phuoc-hoa-ket-qua-kinh-doanh-2020 (coded 2020): "Cao su Phước Hòa (PHR) đặt kế hoạch lãi
    # trước thuế 751 tỷ đồng năm 2021 19/03/2021 / ... Năm 2020, Cao su Phước Hòa khai thác được 11.535 tấn"
    assert _code(_case("xz-binh-duong-cao-su-phuoc-hoa-ket-qua-kinh-doanh-2020")) == "2020"
    text = "Tỉnh Đồng Tháp đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2024 trong Hội nghị tổng kết."
    assert _mention(text, "năm 2024").plan


def test_negative_the_year_before_the_aim_is_reported():
    text = "Năm 2019 Cao su Tây Ninh đặt mục tiêu đạt 389,76 tỷ đồng doanh thu."
    assert not _mention(text, "Năm 2019").plan


# --- rule 5: "trong tháng 5 năm nay": a month of the page's year ----------------------------------------------------------

def test_month_of_this_year_on_a_dated_page():
    # xz-ha-noi-so-du-lich-khach-san-2021-05 (coded 2021-05, page of June 2021): "giảm 1,7% so với tháng 4 ... Lượng
    # khách nội địa giảm hơn 53% trong tháng 5 năm nay so với cùng kỳ năm ngoái": read as April before
    assert _code(_case("xz-ha-noi-so-du-lich-khach-san-2021-05")) == "2021-05"


def test_second_source_to_a_month_of_this_year():
    # sweep p26-vietnamnet-xuatkhau-bacninh-10t-2025: ", tính đến hết tháng 10 năm nay, kim ngạch xuất khẩu ...": the
    # months so far, as before (not the bare month)
    path = _page("p26-vietnamnet-xuatkhau-bacninh-10t-2025")
    assert _mention(path.read_text(encoding="utf-8"), "tính đến hết tháng 10 năm nay").period.kind == "ytd"
    assert _code(path) == "2025-10T"


def test_negative_month_of_a_written_year_unchanged():
    text = "Trong tháng 5 năm 2021, lượng khách nội địa đạt 115.000 lượt."
    assert find_period(text) == Period(2021, "month", 5)


# --- rule 6: Tết's days: "mùng 3 Tết nguyên đán Kỷ Hợi", "Tết Ất Mùi năm ngoái" ------------------------------------------

def test_day_of_tet_without_ngay():
    # wa-tp-ho-chi-minh-so-y-te-cap-cuu-tet-2019-02 (coded 2019-02): "tính từ ngày 28 âm lịch (ngày 3-2) đến mùng 3 Tết
    # nguyên đán Kỷ Hợi (ngày 7-2)": no period before
    assert _code(_case("wa-tp-ho-chi-minh-so-y-te-cap-cuu-tet-2019-02")) == "2019-02"


def test_last_year_s_tet_dates_the_page_s_own():
    # wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2016-02 (coded 2016-02; its stamp " date 2017-03" is the archive's):
    # "trong chín ngày nghỉ Tết Ất Mùi năm ngoái, cả nước có 6.200 ca": read as 2015-02 before
    assert _code(_case("wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2016-02")) == "2016-02"
    text = "Trong 6 ngày nghỉ Tết Bính Thân năm ngoái, cả nước có 3.400 ca nhập viện do đánh nhau."
    assert _mention(text, "6 ngày nghỉ Tết Bính Thân").period == Period(2017, "month", 1)    # Đinh Dậu: 28/1/2017


def test_negative_tet_with_its_own_year_or_this_year():
    text = "Trong 9 ngày nghỉ Tết Ất Mùi năm 2015, cả nước có 6.200 ca nhập viện do đánh nhau."
    assert _mention(text, "9 ngày nghỉ Tết Ất Mùi năm 2015").period == Period(2015, "month", 2)
    text = "Trong 9 ngày nghỉ Tết Ất Mùi năm nay, cả nước có 6.200 ca nhập viện do đánh nhau."
    assert _mention(text, "9 ngày nghỉ Tết Ất Mùi").period == Period(2015, "month", 2)
