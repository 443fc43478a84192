"""Pasted tables, round 11 (``evaluations/sweep/pasted-round11.md``): a bilingual yearbook table whose header closes
on a line of MONTHS (``Tháng 1 Tháng 2 … Tháng 6`` / ``Jan. Feb. Mar. Apr. May Jun.``) — its first row's Vietnamese
label stands on the line before its English gloss and values (``Chỉ số giá tiêu dùng`` / ``Consumer price index
110,07 …``). The header's end is where the first row's label starts (``tabletext.header_closes``: a year, as before,
or months side by side); read as ``Consumer price index`` alone, the row was matched to no row of the figures table
and its cells flagged. Quotes: yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1 (as stored) and Quảng
Trị's yearbook 2018 p. 391 (cucthongke.quangtri.gov.vn, ``Nien giam 2018`` basic-html page391, as the corpus has it)."""

from __future__ import annotations

from service.checker.tabletext import header_closes, text_rows
from tests.sweep_tables import check_at, checks, csv_table

_HOA_BINH = ("Đơn vị tính - Unit: %\nTháng 1 Tháng 2 Tháng 3 Tháng 4 Tháng 5 Tháng 6\nJan. Feb. Mar. Apr. May Jun.\n"
             "Chỉ số giá tiêu dùng\nConsumer price index 110,07 110,63 110,70 111,02 111,45 111,52\n"
             "Hàng ăn và dịch vụ ăn uống\nFood and foodstuff 104,94 106,38 105,78 105,38 105,63 106,23\n"
             "Lƣơng thực - Food 106,91 106,91 106,91 106,91 106,91 106,91\n")
_QUANG_TRI = ("Đơn vị tính - Unit: %\nTháng 7 Tháng 8 Tháng 9 Tháng 10 Tháng 11 Tháng 12\nJuly Aug. Sep. Oct. Nov. Dec.\n"
              "Chỉ số giá tiêu dùng\nConsumer price index 101,08 101,29 101,76 102,02 101,80 101,73\n"
              "Hàng ăn và dịch vụ ăn uống\nFood and foodstuff 101,75 101,97 102,27 102,40 102,56 102,95\n")


def _labels(text):
    return {r.label: [text[a:b] for a, b in r.cells] for r in text_rows(text)}


def test_the_first_row_under_a_header_of_months_keeps_its_vietnamese_label():
    got = _labels(_HOA_BINH)
    assert got["Chỉ số giá tiêu dùng Consumer price index"] == ["110,07", "110,63", "110,70", "111,02", "111,45",
                                                                 "111,52"]
    assert "Consumer price index" not in got
    got = _labels(_QUANG_TRI)
    assert got["Chỉ số giá tiêu dùng Consumer price index"][-1] == "101,73"


def test_a_header_line_of_months_or_years_closes_the_header():
    assert header_closes("Jan. Feb. Mar. Apr. May Jun.")
    assert header_closes("July Aug. Sep. Oct. Nov. Dec.")
    assert header_closes("Tháng 1 Tháng 2 Tháng 3 Tháng 4 Tháng 5 Tháng 6")
    assert header_closes("2020-2021")
    assert not header_closes("May mặc, giày dép, mũ nón")          # a label opening on "May"
    assert not header_closes("Tháng 12 năm báo cáo so với tháng")    # Quảng Ngãi 2016 p. 305: a row's label
    assert not header_closes("Tháng 1 - Jan.")                       # s7 Bình Định: one month, a row's label


def test_the_checker_finds_the_first_rows_cells_in_its_row(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kỳ trước\n"
                      "1,Chỉ số giá tiêu dùng,%,\"111,52\",\"111,45\"\n"
                      "1.1,Hàng ăn và dịch vụ ăn uống,%,\"106,23\",\"105,63\"\n"
                      "2,Consumer price gizmo,%,\"99,00\",\"98,00\"\n", "2019-06")
    numbers = checks(_HOA_BINH, table, "2019-06")
    for cell in ("111,45", "111,52"):
        got = check_at(numbers, _HOA_BINH, cell)
        assert got.verdict == "supported", (cell, got.reason)
    wrong = _HOA_BINH.replace("111,52", "112,52")
    got = check_at(checks(wrong, table, "2019-06"), wrong, "112,52")
    assert got.verdict == "unsupported" and "Chỉ số giá tiêu dùng" in got.reason
