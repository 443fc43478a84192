"""Periods round 20 (sweepper20): spans of more than ten years, a progress count to a day beside a crop's or a plan's
year, and honest imports between the period modules.  Every text quoted is from a page in evaluations/sweep/pages or a
held-out case (evaluations/cases/heldout)."""

import ast
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import Period, find_mentions, find_period, parse_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"
PERIODS = Path(__file__).resolve().parent.parent / "service" / "periods"


# -- imports: mentions.py reads recognisers.py's public names only ---------------------------------------------------

def test_mentions_imports_no_private_name_of_recognisers():
    tree = ast.parse((PERIODS / "mentions.py").read_text(encoding="utf-8"))
    names = [a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "recognisers"
             for a in node.names]
    assert "YEAR" in names and "to_a_day" in names
    assert [n for n in names if n.startswith("_")] == []


# -- a span of more than ten years -------------------------------------------------------------------------------------

def test_a_period_may_span_more_than_ten_years():
    # the held-out zr-nghe-an-lang-tre-sos-vinh-1992-2012 is coded 1992-2012: a code the model now holds
    assert parse_period("1992-2012") == Period(1992, "term", 20)
    assert Period(1949, "term", 75).code == "1949-2024"
    with pytest.raises(ValueError):
        Period(1900, "term", 101)


def test_seventy_five_years_counted_as_their_clause_time():
    text = ("Trong suốt 75 năm (1949-2024), các thế hệ cán bộ lãnh đạo, quản lý, giảng viên, nghiên cứu viên, chuyên "
            "viên và người lao động của Học viện đã không ngừng nỗ lực phấn đấu")
    assert find_period(text) == Period(1949, "term", 75)
    assert parse_report(PAGES / "p20-tapchilichsudang-hvctqg-1949-2024.txt").period == "1949-2024"


def test_an_awards_twenty_years_stay_in_passing():
    # p17-baoquangnam: "5 năm qua" at a congress is the report; the award's twenty years are not
    text = "Hội KH Việt Nam tặng Cờ thi đua xuất sắc 20 năm (1996-2016). Nhiệm kỳ tới, toàn tỉnh hội đặt ra mục tiêu"
    assert not any(m.period and m.period.kind == "term" and m.period.index == 20 for m in find_mentions(text))
    assert parse_report(PAGES / "p17-baoquangnam-khuyenhoc-5nam-2012-2017.txt").period == "2012-2017"


@pytest.mark.parametrize("text", [
    "Từ năm 1990 đến 2020, tỉnh đã",                       # a span named by itself: no term of more than ten years
    "giai đoạn 1986 – 2023",
    "trong suốt 20 năm qua",                                # zr-nghe-an: twenty years past, undated, none
])
def test_long_spans_named_by_themselves_are_no_term(text):
    assert not any(m.period and m.period.kind == "term" for m in find_mentions(text))


# -- a progress count to a day beside the crop's year ------------------------------------------------------------------

BAC_GIANG = ("Tăng cường chỉ đạo sản xuất vụ Đông năm 2011\n\nTheo báo cáo của Sở NN&PTNT, tính đến ngày 03/10/2011, "
             "toàn tỉnh gieo trồng được 4.137 ha cây vụ Đông, đạt 13,6% kế hoạch, trong đó, cây ngô trồng được "
             "1.022 ha, đạt 15,7% kế hoạch")


def test_a_count_to_a_day_beside_the_crops_year_is_its_month():
    found = {m.recogniser: m for m in find_mentions(BAC_GIANG) if m.period}
    assert found["to-day"].period == Period(2011, "month", 10) and not found["to-day"].passing
    crop = found.get("season") or found["year"]        # a year ("vụ Đông năm 2011"), or a season if read as one
    assert crop.aside                                  # "vụ Đông năm 2011": the crop's year, not a year report
    assert find_period(BAC_GIANG) == Period(2011, "month", 10)
    case = next(HELDOUT.glob("zv-bac-giang-so-nnptnt-tien-do-gieo-trong-vu-dong-2011-10"))
    assert parse_report(case / "source.txt").period == "2011-10"


def test_a_year_of_its_own_keeps_the_day_below_it():
    # the same lead under a year that is no crop's ("sản xuất năm 2011"): the count to a day stays below the year
    text = BAC_GIANG.replace("sản xuất vụ Đông năm 2011", "sản xuất năm 2011")
    assert find_period(text) == Period(2011, "year")


def test_to_the_middle_of_a_month_is_still_no_period():
    # p14-thegioitiepthi (labelled None): "đến giữa tháng 4-2023, cả nước đã xuất khẩu gần 2,4 triệu tấn gạo"
    assert parse_report(PAGES / "p14-thegioitiepthi-gao-giuathang4-2023.txt").period is None


def test_progress_to_a_day_on_a_stamped_page_stays_its_month():
    # p20-baohaiduong: "THỨ NĂM, 29/10/2020 ... Đến ngày 28.10, toàn tỉnh thu hoạch được khoảng 52.000 ha lúa mùa"
    assert parse_report(PAGES / "p20-baohaiduong-thuhoach-luamua-2020-10.txt").period == "2020-10"
    assert parse_report(PAGES / "p20-baothanhhoa-thuhoach-thumua-2025-09.txt").period == "2025-09"


# -- a dateline in words -----------------------------------------------------------------------------------------------

SON_LA = ("Sông Mã: Sửa chữa, nạo vét hơn 317 km kênh mương, thủy lợi\n\nNgày 17 tháng 04 năm 2019\n\nĐể đảm bảo cho vụ "
          "chiêm xuân đạt năng xuất cao, từ đầu năm đến nay, huyện Sông Mã đã chỉ đạo các xã tổ chức tu sửa, nâng cấp, "
          "gia cố được 146 phai")


def test_a_dateline_in_words_dates_so_far():
    # the 17th, a month's second half: "từ đầu năm đến nay" runs through April (held-out zh-son-la, coded 2019-4T)
    assert find_period(SON_LA) == Period(2019, "ytd", 4)
    case = next(HELDOUT.glob("zh-son-la-song-ma-thuy-loi-2019-4t"))
    assert parse_report(case / "source.txt").period == "2019-4T"


def test_a_date_inside_a_sentence_is_no_dateline():
    text = SON_LA.replace("\n\nNgày 17 tháng 04 năm 2019\n\n", "\n\nNgày 17 tháng 04 năm 2019, UBND huyện cho biết. ")
    assert find_period(text) is None


# -- a headline closing with a count's day -----------------------------------------------------------------------------

def test_a_headline_closing_with_a_day_is_a_count_to_that_day():
    # p20-evn: the day closes the headline, not set off by a comma, and the lead's "tính đến ngày 29/1/2024 đạt" is
    # inside its clause
    text = ("Biểu đồ: Tổng hợp diện tích có nước của các địa phương đến ngày 29/1/2024\n\nDiện tích có nước tính đến "
            "ngày 29/1/2024 đạt 81,1% diện tích gieo cấy theo kế hoạch.")
    assert find_period(text) == Period(2024, "month", 1)
    assert parse_report(PAGES / "p20-evn-dientich-conuoc-2024-01.txt").period == "2024-01"


def test_a_day_inside_a_clause_stays_a_figures_cut_off():
    # the lead alone: "tính đến ngày 29/1/2024 đạt 81,1%" is a figure's own cut-off, no period
    assert find_period("Diện tích có nước tính đến ngày 29/1/2024 đạt 81,1% diện tích gieo cấy theo kế hoạch.") is None


# -- a multiple of another period is a comparison -----------------------------------------------------------------------

def test_a_multiple_of_another_quarter_is_compared_with():
    # held-out zm-thuy-dien: "Lợi nhuận sau thuế đạt 70,35 tỷ đồng, gấp 4,6 lần quý III/2019" lent its year to the
    # report's "quý III" (read 2019-Q3); a multiple's base is a comparison, whose year is the one before the report's
    found = [m for m in find_mentions("Lợi nhuận sau thuế đạt 70,35 tỷ đồng, gấp 4,6 lần quý III/2019.") if m.period]
    assert found and all(m.comparison for m in found)
    case = next(HELDOUT.glob("zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t"))
    assert parse_report(case / "source.txt").period.startswith("2020")


# -- a stage written with its "năm", its figures gathered ----------------------------------------------------------------

def test_figures_gathered_over_a_stage_written_with_nam():
    # held-out zp-lam-dong (coded 2017-2020; read 2017, the "năm 2017" inside the stage)
    text = ("Số liệu tập hợp giai đoạn năm 2017 - 2020, tổng sản lượng gỗ khai thác trắng rừng trồng của 5 công ty TNHH "
            "MTV lâm nghiệp trong tỉnh Lâm Đồng gần 92.700 m3")
    assert find_period(text) == Period(2017, "term", 3)
    case = HELDOUT / "zp-lam-dong-cong-ty-lam-nghiep-khai-thac-go-rung-trong-2017-2020"
    assert parse_report(case / "source.txt").period == "2017-2020"


def test_a_long_stage_with_nam_stays_none():
    assert find_period("giai đoạn năm 1986 - 2023") is None
