"""Periods round 17 (evaluations/sweep/periods-round17.md): terms and spans of years written every way, a month range
across years, and the day of the page's date for "từ đầu năm đến nay".  Real text from the p17- pages, earlier sweep
pages and the held-out cases."""

from pathlib import Path

import pytest

from index.parse import date_of, parse_report
from service.periods import Period, _text_stamp, choose, find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _period(text, *date):
    men = choose(find_mentions(text, *date))
    return men.period.code if men else None


# -- years counted and named, "qua," between ---------------------------------------------------------------------

def test_years_counted_with_qua_before_their_brackets():
    # p17-thoidai-ccb-5nam-2012-2017 (the page never writes the term its congress opens)
    text = ("Trong suốt 5 năm qua, (2012 – 2017), các cấp Hội Cựu chiến binh từ Trung ương đến cơ sở đã thực hiện tốt "
            "nhiệm vụ vận động cựu chiến binh đoàn kết")
    assert find_period(text).code == "2012-2017"
    # the plain form stays as it was ("Sau 5 năm (2010 – 2015)"), and a count that is not the years' is none
    assert find_period("Sau 5 năm (2010 – 2015), toàn huyện đã xây dựng được 12 trường").code == "2010-2015"
    assert find_period("Trong 3 năm qua, (2012 – 2017), các cấp Hội đã vận động") is None


# -- a term named by its congress's number, its years in brackets ----------------------------------------------------

def test_a_term_named_by_its_congress_number_and_bracketed_years():
    # p17-vtv8-ctd-daihoix-2017-2022: the review of the term closed, the next term and a strategy's horizon after it
    text = ("Đại hội nhằm đánh giá kết quả công tác Hội và phong trào Chữ thập đỏ nhiệm kỳ Đại hội X (2017-2022); quyết "
            "định mục tiêu, nhiệm vụ, chỉ tiêu, định hướng và những giải pháp cơ bản nhằm thúc đẩy toàn diện công tác "
            "Hội và phong trào Chữ thập đỏ trong nhiệm kỳ 2022-2027, góp phần thực hiện Chiến lược phát triển Hội Chữ "
            "thập đỏ Việt Nam đến năm 2030, tầm nhìn 2045.")
    assert find_period(text).code == "2017-2022"
    # p17-vov-hlhtn-giaidoan-2014-2019: a congress's number with no years after it names no term
    assert [m.recogniser for m in find_mentions("trong nhiệm kỳ Đại hội 7 của Hội Liên hiệp Thanh niên Việt Nam, công "
                                                "tác Hội và phong trào thanh niên")] == []


def test_the_p17_term_pages_read_their_term():
    for slug, code in [("p17-vtv8-ctd-daihoix-2017-2022", "2017-2022"), ("p17-thoidai-ccb-5nam-2012-2017", "2012-2017"),
                       ("p17-baovemoitruong-hnd-nhiemky-2013-2018", "2013-2018"),
                       ("p17-sggp-kinhte-2025", "2025")]:        # a year at its span's end stays the year
        assert parse_report(PAGES / f"{slug}.txt").period == code, slug


# -- months across two years ----------------------------------------------------------------------------------------

def test_months_from_an_agencys_year_start_are_its_year():
    # p17-mattran-muongang-quy-2023: a fund's year, October to September, of the year it ends in (as _range reads
    # "01/10/2021 đến 30/9/2022"); its campaign "năm 2023" a plan
    text = ("Theo báo cáo của Ủy ban MTTQ Việt Nam huyện, từ tháng 10/2022 đến tháng 9/2023, Ban Vận động ủng hộ Quỹ “Vì "
            "người nghèo” đã tiếp nhận hơn 31 tỷ đồng")
    assert find_period(text).code == "2023"
    assert parse_report(PAGES / "p17-mattran-muongang-quy-2023.txt").period == "2023"
    # p14-baonghean-caphe-tuanqua-2025-04: a crop year in brackets on a day's price page stays no period of its own
    assert parse_report(PAGES / "p14-baonghean-caphe-tuanqua-2025-04.txt").period is None
    # months that are no agency's year still only block
    assert find_period("Từ tháng 2/2011 đến tháng 8/2019, toàn tỉnh đã") is None
    assert find_period("từ tháng 6/2022 đến tháng 5/2023, toàn tỉnh đã") is None


def test_whole_calendar_years_named_by_their_months_are_a_span_reviewed():
    # zn-toan-quoc-hoa-giai-o-co-so-2014-2023 (held-out): ten years of a law, one year of them and a stock at the end
    text = ("Theo đó, từ tháng 01/2014 đến tháng 12/2023, cả nước tiếp nhận 1.364.806 vụ, việc hòa giải (trung bình "
            "136.481 vụ, việc/năm), ... đạt tỷ lệ 81,2%, riêng năm 2023, tỷ lệ hòa giải thành đạt 85,13%.\n"
            "Tính đến ngày 31/12/2023, cả nước có 86.178 tổ hòa giải được thành lập")
    assert find_period(text).code == "2014-2023"
    case = HELDOUT / "zn-toan-quoc-hoa-giai-o-co-so-2014-2023" / "source.txt"
    if case.exists():
        assert parse_report(case).period == "2014-2023"
    # more than ten years is no term; one year's months stay the year so far
    assert find_period("từ tháng 1/2000 đến tháng 12/2023, cả nước") is None
    assert find_period("từ tháng 1 đến tháng 12/2023, cả nước") == Period(2023, "year")


# -- the day of the page's date ------------------------------------------------------------------------------------

@pytest.mark.parametrize("slug, code", [
    ("zk-hai-duong-chi-cuc-kiem-lam-vi-pham-bao-ve-rung-2018-7t", "2018-7T"),    # 17/07/2018 16:13
    ("zh-ha-tinh-loc-ha-giao-thong-nong-thon-2013-8t", "2013-8T"),                # 15:13 19/08/2013
    ("zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t", "2019-9T"),            # Thứ Năm, 19/09/2019
])
def test_so_far_in_a_months_second_half_runs_through_that_month(slug, code):
    case = HELDOUT / slug / "source.txt"
    if not case.exists():
        pytest.skip("held-out case not present")
    assert parse_report(case).period == code


def test_so_far_in_a_months_first_half_runs_through_the_month_before():
    text = "Từ đầu năm đến nay, Chi cục Kiểm lâm tỉnh đã phát hiện, xử lý 34 vụ vi phạm về bảo vệ rừng."
    assert _period(text, 2018, 7, 17) == "2018-7T"
    assert _period(text, 2018, 7, 15) == "2018-H1"
    assert _period(text, 2018, 7) == "2018-H1"           # no day: as before
    assert _period(text, 2018, 1, 20) == "2018-01"       # January's second half: January so far
    # c4-huonghoa-hienmau-2022: "Cập nhật: Thứ 3, 15/11/2022", "Hôm nay 15/11, ...", labelled through October
    assert parse_report(PAGES / "c4-huonghoa-hienmau-2022.txt").period == "2022-10T"


def test_the_page_date_keeps_its_day(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("Thứ 7, 22/06/2024, 10:30[GMT+7]\n\nHưng Hà: Tổng kết công tác tuyển chọn, gọi công dân nhập ngũ\n\n"
                 "Thứ 5, 17/05/2018 | 14:49:49\n4,344 lượt xem\nTrong quý I, Hội đồng nghĩa vụ quân sự huyện Hưng Hà "
                 "đã bàn giao 370 tân binh cho các đơn vị nhận quân, đạt 100% chỉ tiêu được giao.\n", encoding="utf-8")
    r = parse_report(p)
    assert date_of(r.header, r.furniture) == (2018, 5, 17)
    assert date_of(None, []) == (None, None, None)


def test_an_undated_text_runs_so_far_to_its_own_stamp():
    # p17-nhipsonghanoi-nhcsxh-bavi-2020-7t: the site's clock "Hà Nội, ngày 27-10-2020" (no time) above the article's
    # stamp "17/07/2020 06:52 | 0"
    page = (PAGES / "p17-nhipsonghanoi-nhcsxh-bavi-2020-7t.txt").read_text(encoding="utf-8")
    assert _text_stamp(page) == (2020, 7, 17)
    assert parse_report(PAGES / "p17-nhipsonghanoi-nhcsxh-bavi-2020-7t.txt").period == "2020-7T"
    # zh-ha-tinh-loc-ha: the time first ("15:13 19/08/2013")
    assert _text_stamp("Lộc Hà làm mới 33,9 km đường giao thông nông thôn\nEmailPrintAa\n15:13 19/08/2013\n"
                       "Từ đầu năm đến nay, toàn huyện Lộc Hà xây dựng mới 33,9km") == (2013, 8, 19)
    assert _text_stamp("Hà Nội, ngày 27-10-2020\n\nHơn 997 lượt hộ nghèo") is None
    # a dated text keeps its own date ("17/07/2020 06:52" in a text dated 03/07 is not read)
    text = "17/07/2020 06:52\nTừ đầu năm đến nay, Phòng giao dịch đã giải ngân 201,4 tỷ đồng"
    assert _period(text, 2020, 7, 3) == "2020-H1"
    assert _period(text) == "2020-7T"


# -- the year of a plan a share reached --------------------------------------------------------------------------

def test_the_year_of_a_plan_a_share_reached_is_in_passing():
    # zn-toan-quoc-xuat-khau-lao-dong-2015-01 (held-out): the month reported, the plan's year lends it its year
    text = ("Đây là một trong những tín hiệu đáng mừng khi số lao động xuất cảnh trong tháng 1 đã đạt 9,13% kế hoạch năm "
            "2015 và bằng 139,42% so với cùng kỳ năm ngoái.")
    assert find_period(text).code == "2015-01"
    # p17-lucngan-nhcsxh-q1-2018: the quarter stays
    assert find_period("Theo báo cáo của Ngân hàng chính sách xã hội huyện, ước tính đến hết quý I năm 2018: Tổng dư "
                       "ước đạt 555 tỷ đồng đạt 98% kế hoạch năm 2018, đã giải ngân được 50 tỷ đồng").code == "2018-Q1"
    # a year report that names its plan's year too stays the year; a plan's year alone is still the year read
    assert find_period("Năm 2023, tổng thu ngân sách đạt 1.250 tỷ đồng, đạt 105% kế hoạch năm 2023").code == "2023"
    assert find_period("tổng thu ngân sách đạt 1.250 tỷ đồng, đạt 105% kế hoạch năm 2023").code == "2023"


# -- years past counted, dated by the span their sentence names ------------------------------------------------------

def test_years_past_take_the_span_their_sentence_names_when_no_congress_dates_them():
    # zz-ben-tre-hoi-cuu-tnxp-2015-2019 (held-out): "Trong 5 năm qua" and a campaign's span of five years
    text = ("Trong 5 năm qua, các cấp Hội Cựu thanh niên xung phong (TNXP) tỉnh đã tập trung thực hiện chuyên đề “Hội Cựu "
            "TNXP giúp nhau phát triển kinh tế gia đình, thoát nghèo bền vững” vì “Nghĩa tình đồng đội giai đoạn 2015 - "
            "2019” đạt nhiều kết quả.")
    assert find_period(text).code == "2015-2019"
    # a span in another sentence, or of another length, dates nothing
    assert find_period("Trong 5 năm qua, các cấp Hội đã vận động. Giai đoạn 2015 - 2019 là giai đoạn khó khăn") is None
    assert find_period("Trong 5 năm qua, các cấp Hội thực hiện chuyên đề giai đoạn 2012 - 2022 đạt nhiều kết quả") is None
    # at a congress the term it opens still dates them (p17-baodantoc-nct-5namqua-2016-2021)
    assert parse_report(PAGES / "p17-baodantoc-nct-5namqua-2016-2021.txt").period == "2016-2021"


# -- half a term reviewed; the years since something began --------------------------------------------------------

def test_the_first_half_of_a_term_reviewed_is_the_term():
    # zd-nghe-an-tam-hop-xa-ktxh-2020-2025 (held-out; the same page as t5-tamhop-ktxh-2022): a mid-term review after a
    # year's figures
    text = ("Minh chứng là trong năm 2022, diện tích lúa ruộng trên địa bàn xã đạt 53,5/52ha, tăng 2,9%.\n\nTrong nửa đầu "
            "nhiệm kỳ 2020-2025, các chương trình, đề án trọng tâm của xã được triển khai thực hiện quyết liệt ..., có "
            "16/30 chỉ tiêu đạt và vượt")
    assert find_period(text, 2023, 5).code == "2020-2025"
    # "nửa đầu năm" stays a half year
    assert find_period("Trong nửa đầu năm 2025, xuất khẩu tăng 14%").code == "2025-H1"


def test_the_years_since_something_began_are_dated_by_its_start():
    # zn-gia-lai-dak-po-xa-ya-hoi-thu-hoi-vu-khi-2020-2024 (held-out, dated 2025-01)
    text = ("(GLO)- Năm 2020, Công an huyện Đak Pơ (tỉnh Gia Lai) triển khai mô hình “Làng không có vũ khí, vật liệu nổ, "
            "công cụ hỗ trợ trái pháp luật”. Qua 5 năm triển khai, mô hình đã phát huy hiệu quả, góp phần đảm bảo an "
            "ninh trật tự trên địa bàn.")
    assert find_period(text, 2025, 1).code == "2020-2024"
    case = HELDOUT / "zn-gia-lai-dak-po-xa-ya-hoi-thu-hoi-vu-khi-2020-2024" / "source.txt"
    if case.exists():
        assert parse_report(case).period == "2020-2024"
    # no start named, or years not yet over by the date: none of its own
    assert find_period("Qua 5 năm triển khai, mô hình đã phát huy hiệu quả", 2025, 1) is None
    assert find_period(text, 2023, 6).code == "2020"
    # "Qua 5 năm thực hiện phong trào ... giai đoạn 2016-2021" (cuuchienbinh, tổng kết phong trào): not this shape
    assert [m.recogniser for m in find_mentions("Qua 5 năm thực hiện phong trào CCB giúp nhau giảm nghèo")] == []


# -- some days of a month, a time within a quarter (found on the check set p17c-) ----------------------------------

def test_some_days_of_a_month_and_a_time_within_a_quarter_are_no_period():
    # p17c-thapmuoi-chihoi-nhiemky-2020-2023: the branches' congresses held in the first days of January, the communes'
    # to come early in the first quarter; the term they review is the period
    text = ("Trong những ngày đầu tháng 01/2023 các Chi Hội thuộc Hội Nông dân các xã, thị trấn của huyện Tháp Mười đồng "
            "loạt tổ chức Đại hội chi Hội nhiệm kỳ 2023 - 2028.\n\nĐại hội Chi hội Nông dân là đợt sinh hoạt chính trị lớn "
            "của hội viên, nông dân tại các Chi hội Nông dân nhằm đánh giá kết quả thực hiện nhiệm vụ công tác Hội và "
            "phong trào nông dân nhiệm kỳ 2020 - 2023, đề ra phương hướng, nhiệm vụ nhiệm kỳ 2023 - 2028, bầu ra Ban Chấp "
            "hành Chi hội nhiệm kỳ mới và chuẩn bị các bước tiếp theo cho Đại hội Hội Nông dân cấp xã nhiệm kỳ 2023 - 2028 "
            "được tổ chức vào đầu quý I/2023.")
    assert find_period(text).code == "2020-2023"
    assert parse_report(PAGES / "p17c-thapmuoi-chihoi-nhiemky-2020-2023.txt").period == "2020-2023"
    assert find_period("trong những ngày cuối tháng 6/2023, giá cà phê tăng mạnh") is None
    # a quarter through its end, and a quarter reported, stay as they were
    assert find_period("Tính đến cuối quý I/2023, toàn tỉnh có 120 hợp tác xã").code == "2023-Q1"
    assert find_period("Trong quý I/2023, toàn tỉnh thu hút 12 dự án").code == "2023-Q1"
