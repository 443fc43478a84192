"""Pasted round 1 (issue 13): a table pasted as text with its cells split by SINGLE spaces (service.checker.pasted),
its rows read as the table they were (tabletext form C), English-notation accounts under a unit line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.extract import extract_numbers
from service.checker.pasted import (are_cells, cell_breaks, cell_value, english_notation, unit_factor,
                                    well_formed_spaced)
from service.checker.tabletext import text_rows
from tests.sweep_tables import check_at, checks, csv_table, dummy  # noqa: F401 (a fixture)

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"

# zr-nam-dinh-nam-truc-truong-th-dong-son-cong-khai-chat-luong-2021-2022 (its lines as the page has them)
_SCHOOL = ("STT Nội dung Tổng số Chia ra theo khối lớp  \nLớp 1 Lớp 2 Lớp 3 Lớp 4 Lớp 5  \n"
           "Phẩm chất 953 194 187 195 221 156\n"
           " 1 Chăm học, chăm làm (Chăm chỉ lớp 1,2) 953 194 187 195 221 156\n(tỷ lệ so với tổng số)\n"
           "Tốt 79,9% 79,4% 76,5% 75,9% 73,8% 76,9%\nĐạt 20,0% 20,6% 23,5% 24,1% 26,2% 23,1%\n")
# s1-bsc-btw-kqkd-theo-quy-2024-q1
_BTW = ("単位: 1.000.000đ\n  Q1 2023 Q2 2023 Q3 2023 Q4 2023 Q1 2024\n"
        "6. Doanh thu hoạt động tài chính 660 1,878 660 1,139 217\n7. Chi phí tài chính 390 331 337 339 230\n"
        "12. Thu nhập khác 195 874 96 8 42\n")


def _raws(text):
    return [m.raw for m in extract_numbers(text)]


def test_a_row_of_cells_split_by_single_spaces_is_no_space_grouped_number():
    raws = _raws(_SCHOOL)
    assert "953 194 187 195 221 156" not in raws
    assert raws.count("953") == 2 and raws.count("156") == 2


def test_a_well_formed_grouping_is_cells_beside_rows_of_as_many_cells():
    # "Phẩm chất 953 194 187 195 221 156" groups well (953.194.187.195.221.156); the rows around it say cells
    assert well_formed_spaced("953 194 187 195 221 156".split())
    assert len(are_cells(_SCHOOL)) == 4


def test_an_english_page_splits_its_space_runs_into_cells():
    # "7. Chi phí tài chính 390 331 337 339 230": the page writes thousands "1,878", never with spaces
    raws = _raws(_BTW)
    assert "390 331 337 339 230" not in raws and "390" in raws and "230" in raws
    assert "195 874" not in raws and "195" in raws and "874" in raws


def test_a_space_grouped_number_in_a_sentence_stays_one_number():
    text = "Tổng kinh phí hỗ trợ là 1 234 567 đồng cho 45 hộ nghèo trong năm.\n"
    assert not cell_breaks(text)
    assert "1 234 567 đồng" in _raws(text)


def test_a_lone_grouped_number_at_a_lines_end_stays_one_number():
    # no neighbour with as many numbers, no header of columns, no other grouping on the page
    text = "Kết quả thu quỹ năm 2023\nTổng số tiền thu được 12 500 000\n"
    assert not cell_breaks(text)


def test_form_c_rows_take_the_label_before_the_run():
    rows = {r.label: [_SCHOOL[a:b] for a, b in r.cells] for r in text_rows(_SCHOOL)}
    assert rows["Phẩm chất"] == ["953", "194", "187", "195", "221", "156"]
    assert rows["Tốt"][0] == "79,9%"
    # the row's serial number is no part of its label
    assert "Chăm học, chăm làm (Chăm chỉ lớp 1,2)" in rows


def test_unit_line_and_notation():
    text = (HELD / "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3" / "source.txt").read_text(encoding="utf-8")
    assert unit_factor(text, text.index("9,130,053")) == 10 ** 6
    assert unit_factor("ĐVT: triệu đồng\nThu ngân sách 1.234 1.456\n", 20) == 10 ** 6
    assert english_notation(text)
    assert not english_notation((PAGES / "s1-bsc-bmp-kqkd-theo-quy-2025-q2.txt").read_text(encoding="utf-8"))
    assert cell_value("-909,009", True) == -909009
    assert cell_value("1,878", True) == 1878 and cell_value("1,878", False) == Decimal("1.878")


_VGI_TABLE = ("KẾT QUẢ HOẠT ĐỘNG KINH DOANH THEO QUÝ\nĐơn vị tính: triệu đồng\n"
              "STT,Chỉ tiêu,Quý 3/2024,Quý 4/2024,Quý 1/2025,Quý 2/2025,Quý 3/2025\n"
              "1,Tổng doanh thu hoạt động kinh doanh,9.130.053,9.639.526,9.656.541,10.514.402,11.621.904\n"
              "4,Giá vốn hàng bán,4.387.318,4.502.516,4.692.253,4.918.527,5.584.571\n"
              "6,Doanh thu hoạt động tài chính,-909.009,2.181.092,570.166,1.330.459,1.321.898\n")
_VGI_TEXT = ("単位: 1.000.000đ\n  Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025\n"
             "Tổng doanh thu hoạt động kinh doanh 9,130,053 9,639,526 9,656,541 10,514,402 11,621,904\n"
             "Giá vốn hàng bán 4,387,318 4,502,516 4,692,253 4,918,527 5,584,571\n"
             "Doanh thu hoạt động tài chính -909,009 2,181,092 570,166 1,330,459 1,321,898\n")


def test_english_cells_under_a_unit_line_are_the_tables_values(tmp_path):
    # zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3: 9,130,053 × 1.000.000đ = 9.130.053 triệu đồng
    table = csv_table(tmp_path, _VGI_TABLE, "2025-Q3")
    got = checks(_VGI_TEXT, table, "2025-Q3")
    assert not [n for n in got if n.is_problem], [(n.text, n.reason) for n in got if n.is_problem]
    assert check_at(got, _VGI_TEXT, "11,621,904").verdict == "supported"
    assert check_at(got, _VGI_TEXT, "909,009").verdict == "supported"       # the sign read with its cell


def test_a_wrong_cell_of_a_kept_column_is_still_caught(tmp_path):
    table = csv_table(tmp_path, _VGI_TABLE, "2025-Q3")
    text = _VGI_TEXT.replace("5,584,571", "5,548,571")
    n = check_at(checks(text, table, "2025-Q3"), text, "5,548,571")
    assert n.verdict == "unsupported"


def test_the_serials_of_pasted_rows_are_no_figures(dummy):
    # s1-bo-nnptnt-chi-tieu-ntm-thang-8-2020: "1 Tỷ lệ số xã đạt chuẩn nông thôn mới % 60.23 59"
    text = (PAGES / "s1-bo-nnptnt-chi-tieu-ntm-thang-8-2020.txt").read_text(encoding="utf-8")
    got = checks(text, dummy, None)
    for k in ("1 Tỷ lệ", "2 Số lượng", "3 Số đơn vị", "4 Tổng số"):
        assert check_at(got, text, k).verdict == "not_a_figure"
    assert check_at(got, text, "150 121").text == "150"     # two cells, no 150.121


def test_a_quarter_typed_qu_y_with_the_accent_on_u_is_no_figure(dummy):
    # s1-cophieu68-hsp-kqkd-theo-quy-2024-q3: "Chỉ tiêu | Qúy 3 2024 | Qúy 2 2024 | …"
    text = (PAGES / "s1-cophieu68-hsp-kqkd-theo-quy-2024-q3.txt").read_text(encoding="utf-8")
    got = checks(text, dummy, None)
    assert check_at(got, text, "3 2024").verdict == "not_a_figure"
    assert check_at(got, text, "2 2024").verdict == "not_a_figure"


def test_the_unit_line_is_no_figure(dummy):
    text = (PAGES / "s1-bsc-btw-kqkd-theo-quy-2024-q1.txt").read_text(encoding="utf-8")
    assert check_at(checks(text, dummy, None), text, "1.000.000đ").verdict == "not_a_figure"


def test_a_header_naming_as_many_columns_makes_a_lone_run_cells():
    # the VGI page's header "Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025" over a row of five well-grouped numbers
    text = "  Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025\nLợi nhuận khác 193 410 123 134 182\n"
    assert len(are_cells(text)) == 1
    assert "193 410 123 134 182" not in _raws(text)


_QUALITIES = ("CÔNG KHAI CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2021-2022\nMã,Chỉ tiêu,ĐVT,Tổng số\n"
              "1,\"Chăm học, chăm làm\",học sinh,953\n1.a,Tốt,%,\"79,9\"\n1.b,Đạt,%,\"20,0\"\n"
              "2,\"Tự tin, trách nhiệm\",học sinh,953\n2.a,Tốt,%,\"76,5\"\n2.b,Đạt,%,\"23,5\"\n")
# zr-nam-dinh-nam-truc-truong-th-dong-son-cong-khai-chat-luong-2021-2022 (its lines, two of the five qualities)
_QUALITIES_TEXT = ("STT Nội dung Tổng số Chia ra theo khối lớp  \nLớp 1 Lớp 2 Lớp 3 Lớp 4 Lớp 5  \n"
                   " 1 Chăm học, chăm làm (Chăm chỉ lớp 1,2) 953 194 187 195 221 156\n(tỷ lệ so với tổng số)\n"
                   "Tốt 79,9% 79,4% 76,5% 75,9% 73,8% 76,9%\nĐạt 20,0% 20,6% 23,5% 24,1% 26,2% 23,1%\n"
                   " 2 Tự tin, trách nhiệm (Trách nhiệm lớp 1,2) 953 194 187 195 221 156  \n(tỷ lệ so với tổng số)\n"
                   "Tốt 76,5% 81,4% 77,0% 73,8% 76,0% 73,7%\nĐạt 23,5 % 18,6% 33,0% 26,2% 24,0% 26,3%\n")


def test_cells_of_columns_the_table_lacks_are_unverified_not_flagged(tmp_path):
    table = csv_table(tmp_path, _QUALITIES, "2021-2022")
    got = checks(_QUALITIES_TEXT, table, "2021-2022")
    rows = [k for k in range(len(_QUALITIES_TEXT)) if _QUALITIES_TEXT.startswith(("Tốt ", "Đạt "), k)]
    cells = [n for n in got if any(k <= n.start < _QUALITIES_TEXT.index("\n", k) for k in rows)]
    assert len(cells) == 24 and not [n for n in cells if n.is_problem]
    assert check_at(got, _QUALITIES_TEXT, "953 194").verdict == "supported"
    assert check_at(got, _QUALITIES_TEXT, "194 187").verdict == "unverified"


def test_the_kth_row_of_a_repeated_label_is_the_tables_kth_row(tmp_path):
    # "Tốt" under quality 1 is row 1.a: 76,5% (row 2.a's value) written there is another row's number
    table = csv_table(tmp_path, _QUALITIES, "2021-2022")
    text = _QUALITIES_TEXT.replace("Tốt 79,9%", "Tốt 76,5%")
    assert check_at(checks(text, table, "2021-2022"), text, "76,5% 79,4%").verdict == "unsupported"


def test_english_notation_with_one_comma_group_only():
    # s1-bsc-btw-kqkd-theo-quy-2024-q1: "130,609", "1,878", "79,239": every comma has three digits after it
    assert english_notation((PAGES / "s1-bsc-btw-kqkd-theo-quy-2024-q1.txt").read_text(encoding="utf-8"))
    assert not english_notation("Tốt 79,9% 79,4% 76,5%\nĐạt 20,0% 20,6% 23,5%\n")
    # a planted number in the other notation does not turn the page round
    text = _VGI_TEXT.replace("11,621,904", "11.621.904.000.000")
    assert english_notation(text)


def test_a_cell_at_a_column_s_place_must_be_that_column_s_value(tmp_path):
    # the first quarter's cell carrying the last quarter's value of its own row is caught
    table = csv_table(tmp_path, _VGI_TABLE, "2025-Q3")
    text = _VGI_TEXT.replace("Giá vốn hàng bán 4,387,318", "Giá vốn hàng bán 5,584,571")
    n = check_at(checks(text, table, "2025-Q3"), text, "5,584,571")
    assert n.verdict == "unsupported" and "cùng kỳ" in n.reason
