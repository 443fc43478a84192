"""Pasted tables, round 10 (``evaluations/sweep/pasted-round10.md``): where a pasted table's rows find their unit and
their columns when neither is on the row's own line.

- A unit LINE in the header (``Đơn vị tính - Unit: Ha``) is the table's unit, no ``Đơn vị tính`` column: read as the
  column it left every row without a unit (the rows of a district table, of a yearbook's page).
- A bilingual label closing both halves with a bracketed word (``Số trường học (Trường)`` / ``Number of schools
  (School)``) names its unit, and the group's parts under it (``Công lập – Public``) take it.
- A header's school years broken over two lines by a narrow column (``2010-`` / ``2011``) are one title each.
- A table whose every comma groups three digits and no cell holds a dot (``293,949`` … ``8``) is in English notation.

Texts quote round 10's pages and earlier rounds', as stored."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding import pasted
from service.onboarding.pasted import comma_grouped, glossed_bracket_unit, joined_school_years, without_english_gloss
from tests.sweep_tables import page

HOA_BINH = "s10-hoa-binh-nien-giam-dien-tich-cam-huyen-2021"     # thongkehoabinh 2021 p. 471, a table of districts
NGHE_AN = "s6-nghe-an-nien-giam-hoc-sinh-tccn-2020"
HUE_BANLE = "p10-hue-banle-bang-2023-10"
HAI_PHONG = "s10-hai-phong-nien-giam-truong-lop-mam-non-2016"    # hppc.gov.vn, one cell a paragraph
QUANG_NGAI = "s7-quang-ngai-nien-giam-truong-lop-mam-non-2016"
ANT = "s10-toan-quoc-cophieu68-ant-ket-qua-kinh-doanh-2024-q4"
HSP = "s1-cophieu68-hsp-kqkd-theo-quy-2024-q3"
BTW = "s1-bsc-btw-kqkd-theo-quy-2024-q1"


def rows(slug):
    got, _ = pasted.table_rows(page(slug))
    return {r.label: (r.value, r.unit) for r in got}


def test_a_unit_line_in_the_header_is_every_rows_unit_not_a_unit_column():
    # "Đơn vị tính - Unit: Ha" over "Huyện Cao Phong" / "Cao Phong district  2.288,0 … 1.676,0" (Sơ bộ 2021)
    got = rows(HOA_BINH)
    assert got["TỔNG SỐ - TOTAL"] == (Decimal("4068.9"), "ha")
    assert got["Huyện Cao Phong Cao Phong district"] == (Decimal("1676.0"), "ha")
    # "Đơn vị tính: Học sinh - Unit: Pupil" (another yearbook, Nghệ An)
    assert rows(NGHE_AN)["Nam - Male"] == (Decimal(4837), "học sinh")
    # "Đơn vị tính : Tỷ đồng" (a statistics office's monthly sheet, Huế): "Tổng số" / "4736,0" in tỷ đồng
    assert rows(HUE_BANLE)["Tổng số"] == (Decimal("4736.0") * 10**9, "tỷ đồng")


def test_a_bilingual_bracket_names_the_unit_and_the_groups_parts_take_it():
    label = "Số trường học (Trường) Number of schools (School)"     # s10 Hải Phòng and s7 Quảng Ngãi alike
    assert glossed_bracket_unit(label, without_english_gloss(label)) == "Trường"
    label = "Số lớp học (Lớp) Number of classes (Class)"
    assert glossed_bracket_unit(label, without_english_gloss(label)) == "Lớp"
    label = "Tổng sản phẩm (GRDP) Gross regional product (GRDP)"    # an abbreviation, no unit
    assert glossed_bracket_unit(label, without_english_gloss(label)) == ""
    assert glossed_bracket_unit("Số trường học (Trường)", "Số trường học (Trường)") == ""   # no gloss: not this rule
    got = rows(HAI_PHONG)
    # "Số trường học (Trường)" / "Number of schools (School)" / "264" … "313", then "Công lập – Public" / "75" … "245"
    assert got["Số trường học"] == (Decimal(313), "trường")
    assert got["Số trường học - Công lập – Public"] == (Decimal(245), "trường")
    assert got["Số lớp học - Ngoài công lập – Non-public"] == (Decimal(1134), "lớp")
    got = rows(QUANG_NGAI)
    assert got["Số trường học - Công lập - Public"] == (Decimal(192), "trường")


def test_school_years_broken_over_two_lines_are_one_title_each():
    # s10 Hải Phòng: "Năm học – School year" / "2010-" / "2011" / "2012-" / "2013" … "2015-" / "2016"
    fields = ["Năm học – School year", "2010-", "2011", "2012-", "2013", "2013-", "2014", "2014-", "2015",
              "2015-", "2016"]
    assert joined_school_years(fields) == ["Năm học – School year", "2010-2011", "2012-2013", "2013-2014",
                                           "2014-2015", "2015-2016"]
    # a flip-book header that lost its layout keeps its years (s8 Hòa Bình 2019 p. 611: read by the years)
    fields = ["2016", "2017", "2018", "2019", "2019-", "2020"]
    assert joined_school_years(fields) == fields
    assert joined_school_years(["2019-", "2021", "2020-", "2022"]) == ["2019-", "2021", "2020-", "2022"]  # no pairs
    # the table had made no row at all; its latest school year, 2015-2016, is the value
    assert rows(HAI_PHONG)["Số phòng học"] == (Decimal(3571), "phòng")


def test_a_table_of_three_digit_comma_groups_is_in_english_notation():
    assert comma_grouped(["293,949", "415,959", "404,728", "293,178", "8", "36", "3", "2", "293,941", "-2,165"])
    assert not comma_grouped(["4.346,0", "4.913,5", "4.934,9", "4.790,9", "4.068,9"])   # Vietnamese decimals
    assert not comma_grouped(["13,93", "12,940", "11,11", "5,280", "5,310", "6,050"])   # decimals of two lengths
    assert not comma_grouped(["293,949", "415,959", "8"])                               # too few to tell
    assert not comma_grouped(["1,250", "2,500", "3,750", "4,125", "5,375", "1.234"])     # a dot: Vietnamese
    # "1. Tổng doanh thu hoạt động kinh doanh | 293,949 | 415,959 | …" (Qúy 4 2024 first): 293 949, not 293,949
    assert rows(ANT)["Tổng doanh thu hoạt động kinh doanh"] == (Decimal(293949), "")
    assert rows(HSP)["Tổng doanh thu hoạt động kinh doanh"] == (Decimal(99764), "")    # "| 99,764 | 104,303 | …"
    # "1. Tổng doanh thu hoạt động kinh doanh 130,609 … 138,512" under "単位: 1.000.000đ" (Q1 2024 last)
    assert rows(BTW)["Tổng doanh thu hoạt động kinh doanh"] == (Decimal(138512) * 10**6, "triệu đồng")
