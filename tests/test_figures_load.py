"""Figures tables: the corpus files load identically; every bad input is named by row and column, in Vietnamese."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from decimal import Decimal

import pytest

from conftest import FIGURES
from service.errors import InputError
from service.figures.load import load_table, validate_file

CSV_2023 = FIGURES / "ham-thuan-bac-2023-h1.csv"
XLSX_2023 = FIGURES / "ham-thuan-bac-2023-h1.xlsx"
CSV_2024 = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"

HEADER = "ma,chi_tieu,don_vi_tinh,ky_bao_cao,cung_ky,ke_hoach,don_vi,muc,ghi_chu\n"


def write(tmp_path, text: str, name: str = "t.csv", encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_csv_and_xlsx_of_the_corpus_give_identical_tables():
    a, b = load_table(CSV_2023), load_table(XLSX_2023)
    assert len(a) == len(b) == 159
    assert [replace(f, row=None) for f in a] == [replace(f, row=None) for f in b]
    assert b.period == "2023-H1"  # read from the sheet's title row "Kỳ báo cáo: 6 tháng đầu năm 2023"
    assert a.get("TT-01").row == 2 and b.get("TT-01").row == 5  # rows as the spreadsheet numbers them
    dq = a.get("DQ-09")
    assert (dq.ky_bao_cao, dq.ke_hoach, dq.don_vi_tinh) == (22, 26, "đ/c")
    assert a.get("QS-14").ky_bao_cao == Decimal("2.5")
    assert a.get("CT-14").ky_bao_cao == Decimal("71500500")


def test_period_is_normalised_and_checked_against_the_title():
    t = load_table(CSV_2024, series="htb", period="6 tháng đầu năm 2024")
    assert (t.series, t.period, len(t)) == ("htb", "2024-H1", 159)
    assert t.get("ND-08").ky_bao_cao == Decimal("20.8") and t.get("ND-08").cung_ky == Decimal("21.4")
    problems = validate_file(XLSX_2023, period="2024-H1")
    assert len(problems) == 1 and "2023-H1" in problems[0].message


def test_vietnamese_titles_semicolons_vn_notation_and_nfd(tmp_path):
    text = ("BIỂU SỐ LIỆU\nKỳ báo cáo: quý II năm 2024\n\n"
            "MÃ;Chi tieu;ĐVT;Kỳ báo cáo (quý II);Cùng kỳ năm trước;Kế hoạch giao;Đơn vị thực hiện;Mục;Ghi chú\n"
            "A-1;Số lượt người được tuyên truyền;lượt người;135.697;;;;;hơn\n"
            "A-2;Chiều dài kênh mương;km;113,3;;;;;\n"
            "A-3;Trị giá quà;triệu đồng;23,5;;;;;\n"
            "A-4;Tỷ lệ đạt;%;84,61%;;100;;;\n")
    t = load_table(write(tmp_path, unicodedata.normalize("NFD", text)))
    assert t.period == "2024-Q2"
    assert [f.ky_bao_cao for f in t] == [135697, Decimal("113.3"), 23_500_000, Decimal("84.61")]
    assert t.get("A-3").don_vi_tinh == "đồng"
    assert t.get("A-1").chi_tieu == unicodedata.normalize("NFC", "Số lượt người được tuyên truyền")


def test_json_rows_keep_exact_decimals(tmp_path):
    data = {"series": "htb", "period": "2024-H1", "figures": [
        {"Mã": "K-1", "Chỉ tiêu": "Chiều dài đường", "Đơn vị tính": "km", "Kỳ báo cáo": 21.4, "Cùng kỳ": "20,8"}]}
    t = load_table(write(tmp_path, json.dumps(data, ensure_ascii=False), "t.json"))
    assert (t.series, t.period) == ("htb", "2024-H1")
    assert t.get("K-1").ky_bao_cao == Decimal("21.4") and t.get("K-1").cung_ky == Decimal("20.8")


BAD_ROWS = [
    ("X-1,Số vụ,vụ,12,,,,,\nX-1,Số vụ khác,vụ,3,,,,,\n", 3, "ma", "trùng với hàng 2"),
    ("X-1,Số vụ,vụ,mười,,,,,\n", 2, "ky_bao_cao", "«mười» không phải là số"),
    ("X-1,Số vụ,vụ,\"1,2,3\",,,,,\n", 2, "ky_bao_cao", "«1,2,3» không phải là số"),
    ("X-1,Số vụ,vụ,-4,,,,,\n", 2, "ky_bao_cao", "số âm"),
    ("X-1,Số người,người,2.5,,,,,\n", 2, "ky_bao_cao", "không phải là số nguyên"),
    ("X-1,Trị giá,triệu đồng,\"0,0000005\",,,,,\n", 2, "ky_bao_cao", "tiền lưu bằng đồng"),
    ("X-1,Số người,người,,,,,,\n", 2, "ky_bao_cao", "chưa có số liệu kỳ báo cáo"),
    ("X-1,Số người,người,3,abc,,,,\n", 2, "cung_ky", "«abc» không phải là số"),
    ("X-1,Số người," + "người " * 30 + ",3,,,,,\n", 2, "don_vi_tinh", "nằm nhầm cột"),
]


@pytest.mark.parametrize("rows,row,column,words", BAD_ROWS)
def test_each_bad_value_is_named_with_row_and_column(tmp_path, rows, row, column, words):
    path = write(tmp_path, HEADER + rows)
    problems = validate_file(path)
    assert [(p.row, p.column, p.severity) for p in problems] == [(row, column, "error")], problems
    assert words in problems[0].message and problems[0].file == str(path)
    with pytest.raises(InputError) as exc:
        load_table(path)
    assert f"hàng {row}, cột '{column}'" in str(exc.value) and exc.value.problems == problems


def test_a_row_left_blank_among_filled_ones_is_left_out_with_one_warning(tmp_path):
    """Agencies leave a cell blank for an indicator with nothing this period (or not known yet): the table loads,
    the rows are named once; a table with no period value filled at all is still refused row by row."""
    path = write(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch\n1,Số buổi tuyên truyền,buổi,12,10\n"
                           "2,Số vụ cháy,vụ,,\n3,Số hộ được hỗ trợ,hộ,45,\n4,Số nhà được sửa,căn,,5\n")
    t = load_table(path)
    # (round 23: a row with its plan and nothing done, «Số nhà được sửa | | 5», keeps the plan as a row of its own,
    # said apart; it had been left out with the blank row)
    assert [(f.chi_tieu, f.ky_bao_cao) for f in t] == [("Số buổi tuyên truyền", 12), ("Số hộ được hỗ trợ", 45),
                                                       ("Số nhà được sửa: kế hoạch", 5)]
    [w] = [p for p in validate_file(path) if "để trống ô kỳ báo cáo (" in p.message]
    assert w.severity == "warning" and "1 hàng" in w.message and "hàng 3" in w.message and "«-»" in w.message
    [w] = [p for p in validate_file(path) if "chỉ ghi kế hoạch" in p.message]
    assert w.severity == "warning" and "hàng 5" in w.message


def test_the_user_reads_columns_by_their_own_titles(tmp_path):
    """A message names the column as the file titles it, and the file as the user named it."""
    path = write(tmp_path, "STT,Nội dung,ĐVT,Kỳ báo cáo (6 tháng 2024)\n1,Số vụ,vụ,\"1,2,3\"\n")
    [p] = validate_file(path, name="Biểu 01.csv")
    assert str(p) == "Biểu 01.csv, hàng 2, cột 'Kỳ báo cáo (6 tháng 2024)': «1,2,3» không phải là số"


def test_warnings_do_not_block_a_load(tmp_path):
    """Units of any noun, a percentage over 100, an empty code, a column of its own: loaded, with warnings."""
    path = write(tmp_path, HEADER.replace("ghi_chu", "ghi_chu,Người lập") +
                 "X-1,Số con voi được cứu hộ,con voi,4,,,,,,\n"
                 "X-2,Tỷ lệ hoàn thành kế hoạch,%,112,,,,,,Lan\n"
                 ",Số công dân được tiếp,công dân,35,,,,,,\n")
    t = load_table(path)
    assert [(f.ma, f.don_vi_tinh, f.ky_bao_cao) for f in t] == [("X-1", "con voi", 4), ("X-2", "%", 112),
                                                                ("R-4", "công dân", 35)]
    warned = {(w.row, w.column) for w in t.warnings}
    assert warned == {(1, "Người lập"), (3, "ky_bao_cao"), (None, "ma")}
    assert all(w.severity == "warning" for w in t.warnings) and validate_file(path) == t.warnings
    assert any("trên 100%" in w.message for w in t.warnings) and any("R-4" in w.message for w in t.warnings)


def test_column_problems_and_all_problems_at_once(tmp_path):
    p = write(tmp_path, "Mã,Chỉ tiêu,Số liệu kỳ này lạ,Đơn vị tính\nA,b,c,người\n")
    found = {(x.column, x.severity, x.message.split(" ")[0]) for x in validate_file(p)}
    assert ("Số liệu kỳ này lạ", "warning", "cột") in found and (None, "error", "thiếu") in found
    many = write(tmp_path, HEADER + "A,x,vụ,-1,,,,,\nA,x,vụ,abc,,,,,\nB,x,người,\"1,5\",,,,,\n", "many.csv")
    assert [(x.row, x.column) for x in validate_file(many)] == [(2, "ky_bao_cao"), (3, "ky_bao_cao"),
                                                               (4, "ky_bao_cao")]


def test_unreadable_files_are_clear_errors(tmp_path):
    latin = write(tmp_path, HEADER + "A,Café,nha,1,,,,,\n", "cp.csv", encoding="cp1252")
    with pytest.raises(InputError, match=r"cp\.csv: không phải văn bản UTF-8"):
        load_table(latin)
    with pytest.raises(InputError, match="không tìm thấy hàng tiêu đề"):
        load_table(write(tmp_path, "a,b,c\n1,2,3\n", "nohead.csv"))
    with pytest.raises(InputError, match="không tìm thấy tệp"):
        load_table(tmp_path / "missing.csv")
    xlsx_named_csv = tmp_path / "named.csv"
    xlsx_named_csv.write_bytes(XLSX_2023.read_bytes())
    with pytest.raises(InputError, match=r"named\.csv: tệp này là bảng tính Excel"):
        load_table(xlsx_named_csv)


def test_the_format_comes_from_the_name_the_user_gave(tmp_path):
    """An upload stored without its extension reads as what its name says (as the CLI reads it)."""
    stored = tmp_path / ".tmp-upload"
    stored.write_bytes(XLSX_2023.read_bytes())
    t = load_table(stored, name="ham-thuan-bac-2023-h1.xlsx")
    assert len(t) == 159 and t.source == "ham-thuan-bac-2023-h1.xlsx"
    stored.write_text(json.dumps([{"Chỉ tiêu": "Số vụ", "ĐVT": "vụ", "Kỳ báo cáo": 3}], ensure_ascii=False),
                      encoding="utf-8")
    assert [(f.ma, f.ky_bao_cao) for f in load_table(stored, name="t.json")] == [("R-1", 3)]


def test_agency_workbook_with_odd_titles_and_percent_cells(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["BIỂU TỔNG HỢP"])
    ws.append(["Kỳ báo cáo: năm 2024"])
    ws.append([])
    ws.append(["  MÃ ", "chỉ  tiêu", "Đơn Vị Tính", "KỲ BÁO CÁO", "Cùng kỳ", "Ghi chú"])
    ws.append(["P-1", "Tỷ lệ cơ sở Đoàn tham gia", "%", 0.8461, None, "hơn"])
    ws["D5"].number_format = "0.00%"
    ws.append(["P-2", "Số người", "người", 12, 10, None])
    path = tmp_path / "agency.xlsx"
    wb.save(path)
    t = load_table(path)
    assert t.period == "2024" and t.get("P-1").ky_bao_cao == Decimal("84.61") and t.get("P-1").row == 5
    assert (t.get("P-2").ky_bao_cao, t.get("P-2").cung_ky) == (12, 10)
