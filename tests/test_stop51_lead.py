"""The lead's rules of stop 51, each on the real text that asked for it, with a second real source and negatives."""

import re
from decimal import Decimal as D

from service.checker import check_text
from service.checker.recognisers.lastedition import previous_edition_bracket
from service.figures.model import Figure, FigureTable

# xe-vinh-long-ban-quan-ly-cac-kcn-san-xuat-kinh-doanh-2018-11 (Ban Quản lý các KCN Vĩnh Long), shortened
VINH_LONG = ("* Giá trị sản xuất công nghiệp (theo giá so sánh năm 2010): 1.156,15 tỷ đồng, tăng 17,51% so với tháng "
             "10/2018 (983,91 tỷ đồng).\n\n* Về lao động: 31.393 người, tăng 292 người so với tháng 10/2018 (31.101 người).")
# sweep t23-vtcnews-oto-2025-08 (VTC News: the car makers' association's August)
VAMA = "Doanh số toàn thị trường tháng 8 đạt 25.973 xe, giảm mạnh so với tháng trước (31.739)"
# sweep p14-vnexpress-khachqt-2022-03 (VnExpress: international arrivals of March 2022)
ARRIVALS = "trong tháng 3, Việt Nam đón khoảng 15.000 khách quốc tế, tăng gần 10 lần so với tháng 2 (1.558 lượt khách)"


def verdicts(text, table):
    return {n.text.strip(): n.verdict for n in check_text(text, table).numbers if n.verdict != "not_a_figure"}


def vinh_long():
    return FigureTable([
        Figure("SX01", "Giá trị sản xuất công nghiệp (giá so sánh năm 2010)", "đồng", D("1156150000000"),
               ky_truoc=D("983910000000")),
        Figure("DA01", "Doanh thu", "đồng", D("1595870000000"), ky_truoc=D("1363440000000")),
        Figure("LD01", "Lao động", "người", D(31393), ky_truoc=D(31101)),
    ], period="2018-11")


def test_the_previous_months_value_in_brackets_is_the_rows_kept_previous_edition():
    got = verdicts(VINH_LONG, vinh_long())
    assert got["983,91 tỷ đồng"] == "supported" and got["31.101"] == "supported"
    assert got["17,51%"] == "derived" and got["292"] == "derived"


def test_a_wrong_or_another_rows_previous_value_is_still_flagged():
    assert verdicts(VINH_LONG.replace("(983,91", "(983,81"), vinh_long())["983,81 tỷ đồng"] == "unsupported"
    # DA01's previous value said of SX01: the row the change was said of keeps another
    assert verdicts(VINH_LONG.replace("(983,91", "(1.363,44"), vinh_long())["1.363,44 tỷ đồng"] == "unsupported"
    assert verdicts(VINH_LONG.replace("(31.101", "(31.107"), vinh_long())["31.107"] == "unsupported"


def test_a_second_source_the_car_market_against_last_month():
    table = FigureTable([Figure("XE-01", "Doanh số toàn thị trường", "xe", D(25973), ky_truoc=D(31739))], period="2025-08")
    assert verdicts(VAMA, table)["31.739"] == "supported"
    assert verdicts(VAMA.replace("(31.739)", "(31.789)"), table)["31.789"] != "supported"


def test_the_grammar_of_a_previous_editions_bracket():
    for text in (VINH_LONG, VAMA, ARRIVALS):
        at = re.search(r"\(\d", text).start() + 1
        assert previous_edition_bracket(text, at), text[:40]
    # last year's same period, or a bracket after no comparison, is not the previous edition
    for text in ("tăng 4,18% so với cùng kỳ năm 2017 (14.543,72 tỷ đồng)", "tăng so với tháng cùng kỳ năm trước (12)",
                 "đạt 1.595,87 tỷ đồng (trong đó có 30,35 triệu USD)", "so với năm 2017 (184,79 tỷ đồng)"):
        assert not previous_edition_bracket(text, text.index("(") + 1), text


# xe-toan-quoc-bo-khdt-hop-tac-xa-hien-co-2022 (the 2023 white book on cooperatives), shortened
WHITE_BOOK = ("Theo Sách trắng Hợp tác xã Việt Nam năm 2023, tại thời điểm 31/12/2022, tổng số HTX hiện có của cả nước là "
              "29.378 HTX, tăng 5,4% so với thời điểm 31/12/2021.")
# sweep t28-thuonghieucongluan-vinhphuc-vinguoingheo-2020: a moment inside its own named period changes nothing
POOR_FUND = ("Trong Tháng cao điểm “Vì người nghèo” năm 2020, tính đến hết 30/11/2020, đã có 63 đơn vị thực hiện đóng góp")


def test_a_counting_moment_inside_the_report_outweighs_a_publications_year():
    table = FigureTable([Figure("HTX", "Tổng số HTX hiện có của cả nước", "HTX", D(29378))], period="2022")
    assert verdicts(WHITE_BOOK, table)["29.378"] == "supported"
    assert verdicts(WHITE_BOOK.replace("29.378", "29.678"), table)["29.678"] == "unsupported"   # was set aside as 2023's


def test_the_grammar_of_a_counting_moment():
    from service.checker.recognisers.datedmoment import dated_within
    y = lambda year, month: year * 12 + month  # noqa: E731
    assert dated_within(WHITE_BOOK, 0, y(2022, 1), y(2022, 12))
    assert not dated_within(WHITE_BOOK, 0, y(2023, 1), y(2023, 12))   # 31/12/2022 is outside the named 2023
    assert dated_within(POOR_FUND, 0, y(2020, 1), y(2020, 12))        # inside its own named year: the caller keeps 2020
    # a document's date or a window's end is no counting moment
    assert not dated_within("ban hành Quyết định số 1037/QĐ-UBND ngày 31/12/2021 về việc", 0, y(2021, 1), y(2021, 12))
    assert not dated_within("trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020) toàn tỉnh", 0, y(2020, 1), y(2020, 3))
