"""Periods round 21 (sweepper21): a month a span to now starts from, ... .  Every text quoted is from a page in
evaluations/sweep/pages or a held-out case (evaluations/cases/heldout)."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


# -- a month a span to now starts from -----------------------------------------------------------------------------

SURVEY = ("Theo đó, qua khảo sát tình hình việc làm sinh viên năm 2017, số sinh viên đạt mức thu nhập này chiếm 44,15%; "
          "trong khi có 3,68% số sinh viên sau 1 năm tốt nghiệp có mức thu nhập trên 15 triệu đồng/tháng (tăng 2% so "
          "với sinh viên tốt nghiệp năm 2016).\n\n"
          "Từ tháng 7.2018 đến nay, nhà trường đã và đang tiến hành khảo sát sinh viên K54 khối kỹ thuật và K55 khối "
          "kinh tế tốt nghiệp năm 2017.")


def test_a_month_opening_a_span_to_now_is_where_a_count_starts():
    # held-out zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017 (read 2018-07 before)
    month = next(m for m in find_mentions(SURVEY) if m.period.kind == "month")
    assert month.passing
    assert find_period(SURVEY).code == "2017"


def test_a_month_reported_stays_the_period():
    # the month itself, not where a span starts: p21-baogialai-tngt-thang10-2020-10
    text = ("Trong tháng 10.2020 toàn quốc xảy ra 1.299 vụ, làm chết 580 người và làm bị thương 1.021 người. So với "
            "tháng cùng kỳ năm 2019 giảm 277 vụ (giảm 17,58%)")
    assert find_period(text).code == "2020-10"
    # "Từ đầu tháng 7/2022 đến nay": the month so far, its own recogniser's
    assert find_period("Từ đầu tháng 7/2022 đến nay, Trung tâm đã tổ chức 07 phiên giao dịch việc làm").code == "2022-07"


def test_heldout_survey_page_reads_its_year():
    case = HELDOUT / "zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017" / "source.txt"
    assert str(parse_report(case).period) == "2017"


# -- years from one to now, on a dated page ----------------------------------------------------------------------------

TET = ("Được khởi xướng từ năm 1999, phong trào “Tết vì người nghèo và nạn nhân chất độc da cam” của Hội Chữ thập đỏ Việt "
       "Nam đã hỗ trợ hàng triệu xuất quà cho người nghèo, gia đình chính sách và các đối tượng dễ bị tổn thương trong "
       "xã hội được vui xuân đón Tết. Từ năm 2012 đến nay, các cấp Hội Chữ thập đỏ Việt Nam đã vận động và trao tặng "
       "gần 10 triệu suất quà Tết với tổng trị giá đạt trên 3.464 tỷ đồng.")


def test_years_to_now_on_a_dated_page_run_through_the_last_whole_month():
    # held-out zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017, a page of "13:45 | 04/01/2018" (None before)
    assert find_period(TET, 2018, 1).code == "2012-2017"
    case = HELDOUT / "zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017" / "source.txt"
    assert str(parse_report(case).period) == "2012-2017"


def test_years_to_an_unknown_now_name_no_period():
    # p21-doluong-maiam-tinhthuong-none: undated, and "từ năm 2009 đến nay" inside its sentence
    assert [m for m in find_mentions(TET) if m.period.kind == "term"] == []
    assert parse_report(PAGES / "p21-doluong-maiam-tinhthuong-none.txt").period is None


def test_years_to_now_longer_than_a_term_name_no_period():
    text = ("Từ năm 2000 đến nay, toàn huyện đã huy động được hơn 1,8 tỉ đồng tiền quỹ “Ngày vì người nghèo”.")
    assert find_period(text, 2015, 11) is None
    assert find_period(text.replace("2000", "2011"), 2015, 11).code == "2011-2014"


def test_years_to_now_of_no_whole_year_past_the_first_name_no_span():
    # the real case a-vinh-ha-dan-van-2022 (a report dated 25/11/2022, coded 2022): "Từ năm 2021 đến nay, mặc dù ..."
    text = ("Từ năm 2021 đến nay, mặc dù phải đối mặt với nhiều khó khăn của sự cố ô nhiễm môi trường biển và tình hình "
            "lũ lụt, dịch bệnh, nắng nóng kéo dài")
    assert [m for m in find_mentions(text, 2022, 11, 25) if m.period.kind == "term"] == []
    assert find_period(text, 2022, 12).code == "2021-2022"      # written in December: the year is whole


# -- a title's statistics of a year named bare -------------------------------------------------------------------------

STATS = ("Thống kê 2010 - Gia đình\n03/03/2014 | 07:00 AM  | Lượt xem: 365\n\nTT\n\nCHỈ TIÊU\n\nNĂM\n\n1.\n\n"
         "Tổng số hộ gia đình:\n\n14.512.898\n\nGhi chú:\n\n- Số liệu năm 2009: 32/63 tỉnh/thành phố\n\n"
         "- Số liệu năm 2010: 48/63 tỉnh/thành phố")


def test_a_title_naming_the_statistics_of_a_year_bare_names_that_year():
    # held-out zw-toan-quoc-bo-vhttdl-thong-ke-gia-dinh-2010 (read 2009, the notes' first year, before)
    first = find_mentions(STATS)[0]
    assert (first.recogniser, first.period.code) == ("stat-year", "2010")
    assert find_period(STATS).code == "2010"
    case = HELDOUT / "zw-toan-quoc-bo-vhttdl-thong-ke-gia-dinh-2010" / "source.txt"
    assert str(parse_report(case).period) == "2010"


def test_statistics_of_a_year_inside_a_sentence_are_no_title():
    text = "Theo số liệu thống kê 2019 của Tổng cục, cả nước có 138.139 DN thành lập mới"
    assert [m for m in find_mentions(text) if m.recogniser == "stat-year"] == []


# -- a month singled out of the months so far --------------------------------------------------------------------------

TRAFFIC = ("So với cùng kỳ năm 2018, giảm cả ba tiêu chí với 567 vụ, 353 người chết và 700 người bị thương.\n"
           "Trong đó, đường bộ xảy ra trên 12.500 vụ, làm chết hơn 5.500 người, bị thương hơn 9.500 người. So với cùng "
           "kỳ năm trước giảm 554 vụ, giảm 356 người chết, giảm 694 người bị thương. “Chỉ tính riêng trong tháng 9, "
           "toàn quốc xảy ra trên 1.300 vụ, làm chết trên 560 người và làm bị thương trên 1.000 người. So với tháng "
           "cùng kỳ năm 2018 giảm 116 vụ, giảm 83 người chết, giảm 87 người bị thương” - ông Thái thông tin thêm.")


def test_a_month_singled_out_makes_the_figures_the_months_so_far_through_it():
    # held-out zw-toan-quoc-tai-nan-giao-thong-bon-linh-vuc-2019-9t (None before: the quoted month read as a name's)
    assert find_period(TRAFFIC).code == "2019-9T"
    case = HELDOUT / "zw-toan-quoc-tai-nan-giao-thong-bon-linh-vuc-2019-9t" / "source.txt"
    assert str(parse_report(case).period) == "2019-9T"


def test_a_month_singled_out_without_any_year_stays_none():
    # p21-agtek-xuatkhau-thang6-none: "Tính riêng trong tháng 6, ... 6 tháng đầu năm", undated, no year written
    assert parse_report(PAGES / "p21-agtek-xuatkhau-thang6-none.txt").period is None


def test_a_month_with_its_year_singled_out_stays_a_part():
    # "Riêng tháng 5/2022" beside "5 tháng đầu năm 2022" (p14-thoibaotaichinh-gao-5t-2022): the months so far
    text = "5 tháng đầu năm 2022 cả nước xuất khẩu gần 2,77 triệu tấn gạo. Riêng tháng 5/2022, xuất khẩu đạt 620.000 tấn"
    assert find_period(text).code == "2022-5T"
