"""Pasted tables, round 10 (``evaluations/sweep/pasted-round10.md``): layouts the template read into no row or into
rows of the wrong column.

- A header of periods side by side, each over its total and its parts (``Năm học: 2019-2020 Năm học: 2020-2021`` /
  ``Tổng số Chia ra Tổng số Chia ra``): a table of districts whose latest total is the fourth cell of six
  (``period_spans``); its unit in brackets closing the title's paragraph (``(Đơn vị tính: lớp)``).
- A barred table's row left empty (``8. Phần lợi nhuận … | ||||``) ends no table (``empty_barred_row``).
- A numbered table one cell a paragraph whose next row's serial was read as the last cell of the row before it
  (``trailing_serials``).

Texts quote round 10's pages and earlier rounds', as stored."""

from __future__ import annotations

from decimal import Decimal

from service.checker.tabletext import text_rows
from service.onboarding import pasted
from service.onboarding.pasted import empty_barred_row, period_spans, said_unit, trailing_serials
from tests.sweep_tables import page

DN_LOP = "s10-da-nang-nien-giam-lop-mam-non-quan-huyen-2021"       # danang.gov.vn id=4519
DN_TRUONG = "s10-da-nang-nien-giam-truong-mam-non-quan-huyen-2021"  # danang.gov.vn id=4518
DN_HOC_SINH = "s6-da-nang-hoc-sinh-mam-non-quan-huyen-2021"         # round 6's page of the same series
ANT = "s10-toan-quoc-cophieu68-ant-ket-qua-kinh-doanh-2024-q4"
HSP = "s1-cophieu68-hsp-kqkd-theo-quy-2024-q3"
HUE_2015 = "s10-thua-thien-hue-chi-tieu-ktxh-chu-yeu-2011-2015"     # thuathienhue.gov.vn, one cell a paragraph
HUE_2019 = "s6-thua-thien-hue-chi-tieu-kinh-te-xa-hoi-2019"


def rows(slug):
    got, _ = pasted.table_rows(page(slug))
    return {r.label: (r.value, r.unit) for r in got}


def test_periods_each_over_a_total_and_its_parts():
    header = ["Năm học: 2019-2020 Năm học: 2020-2021 Tổng số Chia ra Tổng số Chia ra"]
    titles = [t for t, _ in period_spans(header, 6)]
    assert titles == ["Năm học: 2019-2020", "Chia ra", "Chia ra", "Năm học: 2020-2021", "Chia ra", "Chia ra"]
    assert period_spans(header, 5) == []                                # six cells or nothing: no guess
    assert period_spans(["Năm học: 2019-2020 Năm học: 2020-2021"], 6) == []   # no «Tổng số» under them
    assert period_spans(["Năm 2020 Tổng số Chia ra"], 3) == []             # one period: the ordinary header
    # "Quận Liên Chiểu 614 108 506 621 118 503": 2020-2021's total is 621, its parts 118 and 503
    got = rows(DN_LOP)
    assert got["TỔNG SỐ"] == (Decimal(3024), "lớp")
    assert got["Huyện Hòa Vang"] == (Decimal(397), "lớp")
    assert rows(DN_TRUONG)["Quận Cẩm Lệ"] == (Decimal(24), "trường")
    # round 6's page, its cells space-aligned: "Quận Thanh Khê   8.588   2.738   5.850   8.446   3.014   5.432"
    assert rows(DN_HOC_SINH)["Quận Thanh Khê"] == (Decimal(8446), "học sinh")


def test_a_unit_in_brackets_closing_the_titles_paragraph():
    assert said_unit("Số lớp/nhóm trẻ mầm non phân theo huyện/quận (Đơn vị tính: lớp)") == "lớp"
    assert said_unit("Số học sinh mầm non phân theo huyện/quận (Đơn vị tính: học sinh)") == "học sinh"
    assert said_unit("Số trường mầm non phân theo huyện/quận") == ""
    assert said_unit("Tổng vốn đầu tư toàn xã hội (1000 tỷ đồng)") == ""        # a label's unit, no unit line


def test_an_empty_barred_row_ends_no_table():
    assert empty_barred_row("8. Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh | ||||")      # ANT
    assert empty_barred_row("17. Chi phí thuế TNDN hoãn lại | ||||||||||||||||||||")
    assert not empty_barred_row("7. Chi phí tài chính | 184 | 154 | 121 | |||||||||||||||||")          # HSP: cells
    assert not empty_barred_row("Doanh thu thuần tăng mạnh so với cùng kỳ.")
    # ANT: the rows after item 8 had been a table of their own with no header, so no row
    got = rows(ANT)
    assert got["Chi phí bán hàng"] == (Decimal(27092), "")
    assert got["Lợi nhuận sau thuế thu nhập doanh nghiệp (15)-(18)"] == (Decimal(10221), "")
    assert "Chi phí bán hàng" in rows(HSP)       # HSP: "9. Chi phí bán hàng | 2,447 | …" after item 8's empty row


def test_the_next_rows_serial_is_no_cell_of_the_row_before():
    text = page(HUE_2015)
    read = text_rows(text)
    # "- Nông - lâm - ngư nghiệp tăng (%)" / "3,3" / "2,2" / "-0,7" / "5,66" / "4,22" / "2" / "Tổng sản phẩm …"
    trimmed = trailing_serials(text, read)
    cells = {r.label: [text[a:b] for a, b in r.cells] for r in trimmed}
    assert cells["Tổng sản phẩm trong tỉnh bình quân đầu người (GDP) (USD)"] == [
        "1.300", "12.500", "1.700", "1.750", "2.000"]
    assert cells["Tỷ lệ hộ nghèo giảm (%)"] == ["9,16", "8,0", "6,5", "5,3", "4,5"]
    # the latest column is 2015's (it had been the next row's serial: «(năm 2015)» = 3, 4, 7 …, 2014 read as 2015)
    got = rows(HUE_2015)
    assert got["Tỷ lệ hộ nghèo giảm"] == (Decimal("4.5"), "%")
    assert got["Tỷ lệ lao động được đào tạo nghề"] == (Decimal(56), "%")
    assert got["Tỷ lệ hộ nghèo giảm (năm 2011)"] == (Decimal("9.16"), "%")
    # the 2019 page of the same portal: cells close with a notes column, no serial — nothing trimmed
    text = page(HUE_2019)
    read = text_rows(text)
    assert trailing_serials(text, read) == read
