"""Figures tables: the corpus files load identically; every bad input is named by row and column."""

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
    ("X-1,Số vụ,vụ,12,,,,,\nX-1,Số vụ khác,vụ,3,,,,,\n", 3, "ma", "duplicate code"),
    ("X-1,Số vụ,vụ,mười,,,,,\n", 2, "ky_bao_cao", "not a number"),
    ("X-1,Số vụ,vụ,-4,,,,,\n", 2, "ky_bao_cao", "negative"),
    ("X-1,Tỷ lệ,%,84.6,,120,,,\n", 2, "ke_hoach", "over 100"),
    ("X-1,Số con,con voi,4,,,,,\n", 2, "don_vi_tinh", "unknown unit"),
    ("X-1,Số người,người,2.5,,,,,\n", 2, "ky_bao_cao", "whole number"),
    ("X-1,Số người,người,,,,,,\n", 2, "ky_bao_cao", "empty"),
    (",Số người,người,3,,,,,\n", 2, "ma", "code is empty"),
]


@pytest.mark.parametrize("rows,row,column,words", BAD_ROWS)
def test_each_bad_value_is_named_with_row_and_column(tmp_path, rows, row, column, words):
    path = write(tmp_path, HEADER + rows)
    problems = validate_file(path)
    assert [(p.row, p.column) for p in problems] == [(row, column)], problems
    assert words in problems[0].message and problems[0].file == str(path)
    with pytest.raises(InputError) as exc:
        load_table(path)
    assert f"row {row}" in str(exc.value) and exc.value.problems == problems


def test_column_problems_and_all_problems_at_once(tmp_path):
    p = write(tmp_path, "Mã,Chỉ tiêu,Số liệu kỳ này lạ,Đơn vị tính\nA,b,c,người\n")
    msgs = {(x.column, x.message.split(" ")[0]) for x in validate_file(p)}
    assert ("Số liệu kỳ này lạ", "unknown") in msgs and ("ky_bao_cao", "missing") in msgs
    many = write(tmp_path, HEADER + "A,x,vụ,-1,,,,,\nA,x,vụ,abc,,,,,\nB,x,ly,1,,,,,\n", "many.csv")
    assert [(x.row, x.column) for x in validate_file(many)] == [(2, "ky_bao_cao"), (3, "ky_bao_cao"), (4, "don_vi_tinh")]


def test_unreadable_files_are_clear_errors(tmp_path):
    latin = write(tmp_path, HEADER + "A,Café,nha,1,,,,,\n", "cp.csv", encoding="cp1252")
    with pytest.raises(InputError, match=r"cp\.csv: not UTF-8"):
        load_table(latin)
    with pytest.raises(InputError, match="no header row"):
        load_table(write(tmp_path, "a,b,c\n1,2,3\n", "nohead.csv"))
    with pytest.raises(InputError, match="not found"):
        load_table(tmp_path / "missing.csv")


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
