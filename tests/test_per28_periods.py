"""Round 28 of the period reader (evaluations/sweep/periods-round28.md): real quotes of the held-out cases and the
sweep pages."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"


# -- a year's number is never a count of months: "năm 2014 tháng 1/2015" is a year, then a month ----------------------

@pytest.mark.parametrize("text,code", [
    # yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01: the pasted table's header cells joined into its title
    # ("Thực hiện năm 2014" the year before, "Dự ước tháng 1/2015" the month estimated)
    ("vị tính năm 2014 tháng 1/2015", "2015-01"),
])
def test_a_month_after_a_year_number_is_read(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_month_after_a_year_number_is_a_mention():
    # p10-hue-banle-bang-2023-10: the same table's cells joined ("Lũy kế thực hiện 10 tháng năm 2023" / "Tháng 10/2023
    # so với cùng kỳ năm trước (%)"): the month's column is named
    found = find_mentions("Lũy kế thực hiện 10 tháng năm 2023 Tháng 10/2023 so với cùng kỳ năm trước (%)")
    assert ("month", "2023-10") in [(m.recogniser, m.period.code) for m in found]


def test_a_length_before_a_month_stays_a_length():
    # "3 tháng" (a number of one or two digits) is a count of months: no month is read after it
    assert not [m for m in find_mentions("trong 3 tháng 1/2015") if m.period.kind == "month"]


def test_pasted_table_month_estimated_is_the_period():
    case = HELDOUT / "yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01"
    assert parse_report(case / "source.txt").period == "2015-01"


# -- "trong tháng" + an estimate or a result: the release's month -----------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # c9-baclieu-ktxh-2015-05
    ("Giá trị sản xuất công nghiệp trong tháng ước đạt 435,5 tỷ đồng, nâng giá trị sản xuất công nghiệp 5 tháng đầu "
     "năm 2015 lên 1.865,9 tỷ đồng", "2015-05"),
    # yl-vinh-phuc-cuc-thong-ke-ban-le-hang-hoa-dich-vu-2018-07
    ("Cụ thể, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng dự kiến đạt 4.071 tỷ đồng, tăng "
     "1,39% so với tháng trước và tăng 18,89% so với cùng kỳ năm trước.\n\nTính chung 7 tháng năm 2018, tổng mức bán "
     "lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 25.992 tỷ đồng, tăng 10,6% so với cùng kỳ năm trước.",
     "2018-07"),
])
def test_in_the_month_before_its_months_so_far_is_the_monthly_release(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_in_the_month_release_read_whole():
    case = HELDOUT / "yl-vinh-phuc-cuc-thong-ke-ban-le-hang-hoa-dich-vu-2018-07"
    assert parse_report(case / "source.txt").period == "2018-07"


@pytest.mark.parametrize("text", [
    "Trong tháng tới, huyện tiếp tục triển khai kế hoạch",     # a plan: the month to come
    "Trong tháng, cả nước còn có 3.326 doanh nghiệp quay trở lại hoạt động",   # no estimate follows: unread as before
])
def test_in_the_month_needs_an_estimate_or_a_result(text):
    assert not [m for m in find_mentions(text) if m.recogniser == "this-month"]


# -- a table of "the months of" a year, its columns headed by the months: the months they run through -----------------

def test_month_heads_of_a_yearbook_page_are_its_months():
    # yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1: the page prints January to June of 2019
    text = ("Chỉ số giá tiêu dùng, chỉ số giá vàng và đô la Mỹ\ncác tháng năm 2019 so với kỳ gốc 2014\nMonthly consumer "
            "price index, gold and USD price index\nin 2019 as compared to base period 2014\nĐơn vị tính - Unit: %\n"
            "Tháng 1 Tháng 2 Tháng 3 Tháng 4 Tháng 5 Tháng 6\nJan. Feb. Mar. Apr. May Jun.\nChỉ số giá tiêu dùng\n"
            "Consumer price index 110,07 110,63 110,70 111,02 111,45 111,52")
    assert find_period(text).code == "2019-H1"
    assert find_period(unicodedata.normalize("NFD", text)).code == "2019-H1"
    case = HELDOUT / "yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1"
    assert parse_report(case / "source.txt").period == "2019-H1"


def test_month_heads_one_a_cell():
    # s3-vinh-phuc-nien-giam-cpi-so-thang-12-2018: heads one a cell ("Tháng 1 Jan. |"); its first half alone is the half,
    # the whole page (with its "(Tiếp theo)" from "Tháng 7 Jul." to "Tháng 12 Dec.") the year
    half = ("Chỉ số\ngiá tiêu dùng, chỉ số giá vàng và đô la Mỹ\ncác tháng năm 2018 so với tháng 12 năm trước\nĐơn vị tính"
            " - Unit: %\n|\nTháng 1 Jan. |\nTháng 2 Feb. |\nTháng 3 Mar. |\nTháng 4 Apr. |\nTháng 5 May |\nTháng 6 Jun. |\n"
            "Chỉ số giá tiêu dùng |\n100,53 |\n101,13 |\n101,06 |\n101,22 |\n101,91 |\n102,46 |\n")
    assert [m.period.code for m in find_mentions(half) if m.recogniser == "year"] == ["2018-H1"]
    page = ROOT / "sweep" / "pages" / "s3-vinh-phuc-nien-giam-cpi-so-thang-12-2018.txt"
    assert parse_report(page).period == "2018"


def test_month_heads_need_the_months_of_a_year():
    # cucthongke.binhdinh.gov.vn's yearbook (page 569): months as rows with each year's figures between, under
    # "Chỉ số giá tiêu dùng các tháng trong năm" with no year of its own: nothing read as months
    text = ("Chỉ số giá tiêu dùng các tháng trong năm\nConsumer price index\n%\n2019 2020 2021 2022 2023\n"
            "Tháng trước = 100 - Previous month = 100\nTháng 1 - Jan. 100,39 101,54 100,42 100,30 100,88\n"
            "Tháng 2 - Feb. 100,61 99,49 102,02 100,41 100,10\nTháng 3 - Mar. 99,38 99,00 98,86 100,05 99,48")
    assert not [m for m in find_mentions(text) if m.period.kind in ("half", "quarter", "ytd")]
