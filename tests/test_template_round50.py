"""Issue 14, round 50: a pasted table of years keeps the year before the last as a row (yearseries.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.figures.schema import read_title
from service.onboarding.template import build_template
from service.onboarding.yearseries import series_years

ROOT = Path(__file__).resolve().parents[1]

# yb-da-nang-cuc-thong-ke-hoat-dong-tu-phap-2018-2022 (the page's first rows, as given)
DA_NANG = (
    "Hoạt động tư pháp\n"
    "Đăng ngày 06-12-2023 14:52, Lượt xem: 2\n\n"
    "Hoạt động tư pháp\n"
    "  2018 2019 2020 2021 Sơ bộ 2022\n"
    "Số vụ án đã khởi tố (vụ)        902      942      979      900        1.115  \n"
    "Số bị can đã khởi tố (người)     1.357   1.389   1.527   1.541        1.856  \n"
    "Trong đó: nữ (người)        178      197      164      161            187  \n"
    "Số vụ án đã truy tố (vụ)        730      896      861      796            948  \n"
    "ĐÁNH GIÁ BÀI VIẾT\n")
# t40-bsc-nkg-ket-qua-kinh-doanh-2018-2022 (its first lines, as given)
NKG = (
    "Đơn vị: 1.000.000đ\n"
    "  2018 2019 2020 2021 2022\n"
    "1. Tổng doanh thu hoạt động kinh doanh 14.860.615 12.224.060 11.613.991 28.206.150 23.128.329\n"
    "2. Các khoản giảm trừ doanh thu 48.831 47.263 54.317 32.748 57.082\n"
    "3. Doanh thu thuần (1)-(2) 14.811.784 12.176.797 11.559.675 28.173.402 23.071.247\n"
    "4. Giá vốn hàng bán 14.018.939 11.835.048 10.690.465 23.903.545 21.529.041\n")
# t40-baria-vungtau-dan-so-lao-dong-2018 (a period beside its comparison: two years)
BA_RIA = (
    "Một số chỉ tiêu dân số và lao động năm 2018\n\n \n\nNăm 2017\n\n(Người)\n\nƯớc tính\nnăm 2018 (Người)\n\n"
    "Ước tính năm 2018 so với năm 2017 (%)\n\n      \n\n1. Dân số trung bình\n\n1.101.641\n\n1.113.641\n\n101,09\n\n"
    " \n\nPhân theo giới tính\n\n   \n  \n\nNam\n\n551.976\n\n558.491\n\n101,18\n\n  \n\nNữ\n\n549.665\n\n555.150\n\n"
    "101,00\n")


def _rows(text, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_template(path).rows


def _titles(*names):
    return [(n, read_title(n)) for n in names]


def test_the_year_before_the_last_of_a_yearbook_table_is_a_row(tmp_path):
    rows = {(r.label, r.value) for r in _rows(DA_NANG, tmp_path)}
    assert ("Số vụ án đã khởi tố (năm 2021)", Decimal("900")) in rows
    assert ("Số vụ án đã truy tố (năm 2021)", Decimal("796")) in rows
    for year, value in (("2018", "902"), ("2019", "942"), ("2020", "979")):     # its siblings, as before
        assert (f"Số vụ án đã khởi tố (năm {year})", Decimal(value)) in rows
    # the period's row keeps its comparison
    period = [r for r in _rows(DA_NANG, tmp_path) if r.label == "Số vụ án đã khởi tố"]
    assert period and period[0].value == Decimal("1115") and period[0].base == Decimal("900")


def test_an_income_statements_year_before_the_last_is_a_row(tmp_path):
    rows = _rows(NKG, tmp_path)
    values = [r.value for r in rows]
    assert Decimal("28206150000000") in values and Decimal("32748000000") in values
    assert values.count(Decimal("28206150000000")) == 1
    made = [r for r in rows if r.value == Decimal("28206150000000")][0]
    assert made.label.endswith("(năm 2021)") and made.quote.endswith("… 28.206.150")


def test_counter_two_years_are_a_period_and_its_comparison():
    assert series_years(_titles("Năm 2017", "Ước tính năm 2018")) == []
    # t40 Thanh Hóa's coast: 2010, 2015, 2019 — the last two not consecutive
    assert series_years(_titles("Năm 2010", "Năm 2015", "Năm 2019")) == []
    # a base year, then the latest (yf, zy Quảng Ngãi's yearbook pages): a selection, no series
    assert series_years(_titles("Năm 2010", "Năm 2013", "Năm 2014", "Năm 2015", "Năm 2016")) == []
    # a plan column among the years: no series
    assert series_years(_titles("Năm 2019", "Năm 2020", "Kế hoạch năm 2021")) == []
    assert series_years(_titles("Năm 2018", "Năm 2019", "Năm 2020", "Năm 2021", "Năm 2022")) == [2018, 2019, 2020,
                                                                                                 2021, 2022]


def test_counter_a_two_year_page_gets_no_new_row(tmp_path):
    before = [r for r in _rows(BA_RIA, tmp_path) if "(năm 2017)" in r.label]
    assert before == []


# numbering.py: the row numbering a table's columns
def test_the_columns_numbering_row_is_no_row():
    from service.onboarding.numbering import column_numbers

    # zy Văn Chấn: "A" / "B" / "1" / "2" / "3" / "4" one a line under "Chỉ tiêu / ĐVT / … / 2003 … 2006"
    assert column_numbers("A", "B", ["1", "2", "3", "4"])
    # s13 Bình Định: "A | B | 1 | 2 | 3 | 4 | 5 | 6 | |"
    assert column_numbers("A", "B", ["1", "2", "3", "4", "5", "6"])


def test_counter_rows_of_figures_with_a_letter_or_small_numbers_stay_rows():
    from service.onboarding.numbering import column_numbers

    assert not column_numbers("Khu vực thành thị", "", ["6,39", "10.618", "3,13", "5.196"])     # s13's next line
    assert not column_numbers("A", "", ["4", "1", "2"])             # not in order
    assert not column_numbers("B", "Con", ["1", "2", "3"])          # a unit of words: a row of its own
    assert not column_numbers("Tre luồng", "Tấn", ["600", "650", "700", "750"])                 # zy's
    assert not column_numbers("C", "", ["1"])                       # one cell: nothing to number


def test_zy_makes_no_row_of_its_column_numbers(tmp_path):
    text = (ROOT / "evaluations/cases/heldout/zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-2003-2006/source.txt"
            ).read_text(encoding="utf-8")
    rows = _rows(text, tmp_path)
    assert not [r for r in rows if r.label.split(" (")[0] == "A"]
    assert ("Tre luồng (năm 2005)", Decimal("700")) in {(r.label, r.value) for r in rows}   # the year before the last
