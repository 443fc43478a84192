"""Pasted tables, round 14 (``evaluations/sweep/pasted-round14.md``): a header whose columns are INDICATORS, each
title closing on its unit in brackets, and no period — ``Huyện, Thành phố`` / ``Diện tích (km2)`` / ``Dân số
(người)`` over each commune's area and population (quangbinh.gov.vn's «Dân số và diện tích của các xã, phường, thị
trấn», s14). Read as periods, the last column's values were the rows', under labels not saying what they count
(``Phường Bắc Lý`` = 13536: 0 of 78 by the labels' words). Each cell is now a row of its own, of one value, in its
column's unit (``pasted.unit_titled_columns``, ``pasted.across_rows``). The same form of header, barred, on s13
Bình Định's poor households by district (``Tỷ lệ nghèo đa chiều (%) | Tổng số hộ nghèo và hộ cận nghèo (Hộ) | …``)
reads as six indicators. Guard: the same titles repeated under years are a two-level header (``Năm 2001`` …
``Năm 2007`` over ``Diện tích (ha)`` / ``Hệ số (lần)`` four times: s5 Cục Thống kê's land use page), no indicators."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import across_rows, table_rows, unit_titled_columns

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_QUANG_BINH = _PAGES / "s14-quang-binh-dan-so-dien-tich-xa-phuong-2006.txt"
_LAND_USE = _PAGES / "s5-cuc-thong-ke-he-so-su-dung-dat-nong-nghiep-2007.txt"


def test_titles_with_their_units_and_no_period_are_indicators():
    got = unit_titled_columns(["(Niên giám thống kê các huyện, thành phố năm 2006)", "7. Huyện Minh Hóa",
                               "Huyện, Thành phố", "Diện tích (km2)", "Dân số (người)"], 2)
    assert got == [("Diện tích", "km2"), ("Dân số", "người")]


def test_the_binh_dinh_barred_header_of_six_indicators_reads_alike():
    fields = ["TT", "HUYỆN/THỊ XÃ/THÀNH PHỐ", "Tỷ lệ nghèo đa chiều (%)", "Tổng số hộ nghèo và hộ cận nghèo (Hộ)",
              "Tỷ lệ hộ nghèo (%)", "Hộ nghèo", "Tỷ lệ hộ cận nghèo (%)", "Hộ cận nghèo"]
    assert unit_titled_columns(fields[:5], 3) == [("Tỷ lệ nghèo đa chiều", "%"),
                                                  ("Tổng số hộ nghèo và hộ cận nghèo", "Hộ"), ("Tỷ lệ hộ nghèo", "%")]
    assert unit_titled_columns(fields, 6) is None       # ``Hộ nghèo`` says no unit: not every column an indicator


def test_each_commune_gives_its_area_and_its_population():
    rows, _ = table_rows(_QUANG_BINH.read_text())
    got = {r.label: (r.value, r.unit) for r in rows}
    assert got["Phường Bắc Lý - Dân số"] == (Decimal("13536"), "người")
    assert got["Phường Bắc Lý - Diện tích"][0] == Decimal("10.19")
    assert got["Lệ Thuỷ - Dân số"][0] == Decimal("146125")
    assert len(rows) == 78


def test_each_cell_of_a_row_is_a_row_named_by_its_column_in_its_columns_unit():
    assert across_rows([("Đồng Hới", "", ["155,55", "104.151"])], [("Diện tích", "km2"), ("Dân số", "người")]) == \
        [("Đồng Hới - Diện tích", "km2", ["155,55"]), ("Đồng Hới - Dân số", "người", ["104.151"])]


def test_the_same_titles_under_years_are_a_two_level_header_not_indicators():
    fields = ["Chỉ tiêu", "Năm 2001", "Năm 2005", "Năm 2006", "Năm 2007"] + ["Diện tích (ha)", "Hệ số (lần)"] * 4
    assert unit_titled_columns(fields, 8) is None
    assert table_rows(_LAND_USE.read_text())[0] == []
    assert unit_titled_columns(["Năm 2020", "Diện tích (ha)", "Sản lượng (tấn)"], 2) is None   # a period before


def test_a_title_naming_a_period_or_with_no_unit_is_no_indicator():
    assert unit_titled_columns(["Chỉ tiêu", "Năm 2020 (tỷ đồng)", "Năm 2021 (tỷ đồng)"], 2) is None
    assert unit_titled_columns(["Chỉ tiêu", "Kế hoạch", "Thực hiện"], 2) is None
