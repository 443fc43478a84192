"""Round 59 of the period reader (stop 61's final batches xx- and xy-): a launch told in a ``khi`` clause is no plan
(``ngay từ khi T.Ư Hội phát động phong trào, ngay 6 tháng đầu năm 2011, ...``); ``N năm qua`` opening the lead of a
dated page counts years back from it (``BDK - Mười năm qua, ...`` on 28/12/2020); a stock at a month's end is that month
(``Đến hết tháng 8 năm 2021, toàn huyện ... có tổng số quỹ ... hơn 23 tỷ đồng``); a stage still running at the page's
date is set aside (``đang tập trung ..., giai đoạn 2022 - 2025`` on 10/08/2022); two months apart joined by ``và`` are
their year (``mưa lớn kéo dài trong thang 7 và cuối tháng 9/2021``).
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods import find_mentions, find_period
from service.periods.model import Period
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code
from tests.test_periods_round56 import _mention      # the mention naming ``words`` in a text (round 56's helper)


# --- rule 1: "từ khi ... phát động phong trào, ngay 6 tháng đầu năm 2011", a launch in the past ----------------------

def test_veterans_half_after_a_launch_clause_is_reported():
    # xy-tp-ho-chi-minh-cu-chi-hoi-ccb (coded 2011-H1): "Việc đó đã được chú ý ngay từ khi T.Ư Hội phát động phong trào,
    # ngay 6 tháng đầu năm 2011, hội viên các Hội cơ sở đã tự giúp nhau vốn": read as a plan, 2010-H2 before
    path = _case("xy-tp-ho-chi-minh-cu-chi-hoi-ccb-huyen-giup-nhau-giam-ngheo-2011-h1")
    men = _mention(path.read_text(encoding="utf-8"), "6 tháng đầu năm 2011")
    assert not men.plan and men.reported
    assert _code(path) == "2011-H1"


def test_second_source_a_fund_launched_ten_years_back():
    # sweep t5-mttq-canuoc-2010-9t: "Từ khi phát động, trong 10 năm qua, quỹ đã vận động được ...": the same clause
    path = _page("t5-mttq-canuoc-2010-9t")
    assert _code(path) == "2010-9T"
    text = "Từ khi Hội phát động phong trào, trong năm 2019, các chi hội đã giúp 120 hộ thoát nghèo."
    assert not _mention(text, "năm 2019").plan


def test_negative_a_launch_the_sentence_makes_is_still_a_plan():
    text = "Sáng 15/3, UBND huyện phát động phong trào thi đua năm 2024, kêu gọi các xã hưởng ứng."
    assert _mention(text, "năm 2024").plan
    text = "Hội nghị được tổ chức khi UBND tỉnh phát động phong trào thi đua năm 2024 trên toàn tỉnh."
    assert _mention(text, "năm 2024").plan      # the launch's own clause, not closed before the year


# --- rule 2: "BDK - Mười năm qua, ..." on a dated page, years counted back ---------------------------------------------

def test_ten_years_past_opening_a_dated_lead():
    # xy-ben-tre-hoi-ccb (coded 2010-2020, page of 28/12/2020): "BDK - Mười năm qua, với những mô hình nổi bật, ...":
    # dropped (no congress, no years named), a year in passing (2019) read before
    path = _case("xy-ben-tre-hoi-ccb-tinh-giup-nhau-thoat-ngheo-2010-2020")
    assert _code(path) == "2010-2020"


def test_five_years_past_counted_back_to_the_page_s_year():
    # sweep c42-baohaiduong-kinh-mon-hien-mau-2010-2020 (24/10/2020, "Trong 10 năm qua, các cấp Hội ... đã tổ chức 22
    # đợt hiến máu"): 2010-2020, the years up to the page's own
    assert _code(_page("c42-baohaiduong-kinh-mon-hien-mau-2010-2020")) == "2010-2020"
    text = "(QNO) - Trong 5 năm qua, các cấp Hội đã vận động xây dựng 120 căn nhà tình nghĩa cho hội viên."
    assert _mention(text, "5 năm qua", 2019, 3, 10).period == Period(2014, "term", 5)


def test_negative_years_past_inside_a_clause_or_undated():
    text = "Kết quả trong 5 năm qua cả tỉnh có gần 39 nghìn gia đình đạt chuẩn."
    assert all(m.period.kind != "term" for m in find_mentions(text, 2020, 12, 28))
    text = "Trong 5 năm qua, các cấp Hội đã vận động xây dựng 120 căn nhà tình nghĩa."
    assert all(m.period.kind != "term" for m in find_mentions(text))          # undated: its now unknown
    text = "Năm 2020 khép lại.\nHơn 5 năm qua, huyện đã triển khai nhiều chương trình hỗ trợ phát triển sản xuất."
    assert all(m.period.kind != "term" for m in find_mentions(text, 2020, 6))     # hedged: no years it says
    text = "BDK - 30 năm qua, các cấp Hội đã vận động xây dựng 120 căn nhà."
    assert all(m.period.kind != "term" for m in find_mentions(text, 2020, 12, 28))   # a history


# --- rule 3: "Đến hết tháng 8 năm 2021, toàn huyện ... có tổng số quỹ ... hơn 23 tỷ đồng", a stock at a month's end ----

def test_study_fund_balance_at_a_month_end_is_that_month():
    # xy-bac-ninh-que-vo-hoi-khuyen-hoc (coded 2021-08): 2021-8T before
    path = _case("xy-bac-ninh-que-vo-hoi-khuyen-hoc-huyen-quy-khuyen-hoc-2021-08")
    assert _code(path) == "2021-08"


def test_negative_done_by_a_month_end_or_at_the_year_end_or_counted_without_a_total():
    assert find_period("Đến hết tháng 5/2021, toàn huyện đã trồng được 200 ha rừng.") == Period(2021, "ytd", 5)
    # round 47's decision kept: a count to a month's end without "tổng số" is the months so far
    text = "Tính đến hết tháng 2/2020, toàn tỉnh có 167 người được đưa vào cai nghiện."
    assert _mention(text, "tháng 2/2020").period == Period(2020, "ytd", 2)
    text = "Đến hết tháng 12/2021, toàn huyện có tổng số quỹ khuyến học hơn 20 tỷ đồng."
    assert _mention(text, "tháng 12/2021").period.kind != "month"      # December's end: the year's rules
    # held-out xh-toan-quoc-bo-nnptnt-nong-thon-moi (coded 2020): "đến hết tháng 12, cả nước có khoảng 62% số xã"
    assert _code(_case("xh-toan-quoc-bo-nnptnt-nong-thon-moi-2020")) == "2020"


def test_a_fund_total_at_a_month_end_in_a_sentence_of_its_own():
    text = "Đến hết tháng 6/2022, toàn tỉnh có tổng số quỹ khuyến học trên 55,8 tỷ đồng."
    assert _mention(text, "tháng 6/2022").period == Period(2022, "month", 6)


# --- rule 4: "đang tập trung ..., giai đoạn 2022 - 2025" on a page of 10/08/2022, a stage still running ----------------

def test_stage_still_running_yields_to_the_months_so_far():
    # xx-lam-dong-da-huoai (coded 2022-7T, "Cập nhật lúc 06:09, Thứ Tư, 10/08/2022"): 2022-2025 before
    path = _case("xx-lam-dong-da-huoai-ubnd-huyen-gia-tri-san-xuat-cong-nghiep-2022-7t")
    assert _mention(path.read_text(encoding="utf-8"), "giai đoạn 2022 - 2025", 2022, 8, 10).aside
    assert _code(path) == "2022-7T"


def test_negative_a_stage_reviewed_or_ended_is_still_read():
    text = "Hội nghị sơ kết 2 năm thực hiện Đề án giai đoạn 2021-2025 của huyện."
    assert not _mention(text, "giai đoạn 2021-2025", 2023, 6, 1).aside
    text = "Trong giai đoạn 2016-2021, huyện đã phát thưởng cho hàng nghìn lượt học sinh."
    assert not _mention(text, "giai đoạn 2016-2021", 2021, 9, 27).aside
    text = "Hiện nay, huyện đang phát triển các làng nghề truyền thống, giai đoạn 2022 - 2025, gắn với du lịch."
    assert not _mention(text, "giai đoạn 2022 - 2025").aside                 # undated: its now unknown


# --- rule 5: "trong thang 7 và cuối tháng 9/2021", months apart told together ------------------------------------------

def test_disasters_of_two_months_apart_read_their_year():
    # xy-hoa-binh-ban-chi-huy-pctt (coded 2021): "mưa lớn kéo dài trong thang 7 và cuối tháng 9/2021 đã gây thiệt hại":
    # 2021-09 before
    assert _code(_case("xy-hoa-binh-ban-chi-huy-pctt-tkcn-tinh-thien-tai-2021")) == "2021"
    text = "Bão số 5 trong tháng 8 và cuối tháng 10/2020 đã làm 3 người chết."
    assert _mention(text, "tháng 10/2020").period == Period(2020, "year")


def test_negative_months_next_to_each_other_or_a_month_and_its_months_so_far():
    # sweep t39-nld-du-lich-mua-le-hoi-2024: "trong tháng 1 và tháng 2-2024, địa phương này đã đón gần 2,8 triệu lượt
    # du khách": a stretch, as before
    assert _code(_page("t39-nld-du-lich-mua-le-hoi-2024")) == "2024-2T"
    text = "Báo cáo tình hình kinh tế - xã hội tháng 5 và 5 tháng năm 2017."
    assert find_period(text) == Period(2017, "month", 5)
