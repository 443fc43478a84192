"""Pasted tables, round 14 (``evaluations/sweep/pasted-round14.md``): a header over two lines with merged cells —
a line of years (``Tỉnh, vùng 2005 2010 2017``) over a line of the titles under each year (``Diện tích Năng suất
Sản lượng`` three times), nine cells a row (atlasnn's rice and soybean pages, s14). The template found no column
title (three years over nine cells) and made no row (0 of 45, 0 of 72). Each year is a merged cell over the same
titles, so a row is read as one row a title (``Cả nước - Sản lượng``), its cells that title's in each year
(``pasted.spanned_measures``, ``pasted.measure_rows``); round 3's maize page of the same site too, once its rows'
single-spaced cells are read as cells (``tabletext.single_spaced_cells``). The soybean page's English notation with decimal points
(``68,128 15.0 102,296``) is read as English (``pasted.point_decimals``, its own test file)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding.pasted import measure_rows, spanned_measures, table_rows

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_RICE = _PAGES / "s14-toan-quoc-atlasnn-san-xuat-lua-2017.txt"
_SOY = _PAGES / "s14-toan-quoc-atlasnn-san-xuat-dau-tuong-2017.txt"
_MAIZE = _PAGES / "s3-atlasnn-san-xuat-ngo-2005-2017.txt"


def _latest(path: Path) -> dict:
    rows, _ = table_rows(path.read_text())
    return {r.label: r.value for r in rows if "(năm" not in r.label}


def test_the_years_line_over_the_titles_line_gives_the_years_and_the_titles_under_each():
    text = _RICE.read_text()
    first = next(r for r in text_rows(text) if r.label == "Cả nước")
    years, titles, start = spanned_measures(text, first, 9)
    assert years == [2005, 2010, 2017]
    assert titles == ["Diện tích", "Năng suất", "Sản lượng"]
    assert text[start:].startswith("Tỉnh, vùng 2005 2010 2017")


def test_each_region_is_one_row_a_title_with_that_titles_cells_year_by_year():
    sheet = measure_rows([("Cả nước", "", ["7.329.200", "48,9", "35.832.900", "7.514.052", "53,2", "39.988.401",
                                           "7.716.546", "55,5", "42.839.091"])], ["Diện tích", "Năng suất", "Sản lượng"])
    assert sheet == [("Cả nước - Diện tích", "", ["7.329.200", "7.514.052", "7.716.546"]),
                     ("Cả nước - Năng suất", "", ["48,9", "53,2", "55,5"]),
                     ("Cả nước - Sản lượng", "", ["35.832.900", "39.988.401", "42.839.091"])]


def test_the_rice_page_gives_each_regions_three_measures_of_2017():
    got = _latest(_RICE)
    assert got["Cả nước - Diện tích"] == Decimal("7716546")
    assert got["Cả nước - Năng suất"] == Decimal("55.5")
    assert got["Cả nước - Sản lượng"] == Decimal("42839091")
    assert got["Hà Giang - Sản lượng"] == Decimal("211351")


def test_the_soybean_page_of_the_same_layout_reads_alike():
    got = _latest(_SOY)
    assert got["Cả nước - Diện tích"] == Decimal("68128")
    assert got["Điện Biên - Năng suất"] == Decimal("13.5")
    assert got["Điện Biên - Sản lượng"] == Decimal("5881")


def test_the_maize_page_of_the_same_site_reads_alike_its_last_years_units_aside():
    # ``Diện tích ( ha) Năng suất Sản lượng (tấn)`` under 2017 only; its rows' first six cells single-spaced
    # (``tabletext.single_spaced_cells``): round 3 had left it, no row
    text = _MAIZE.read_text()
    first = next(r for r in text_rows(text) if r.label == "Cả Nước")
    assert spanned_measures(text, first, 9)[1] == ["Diện tích", "Năng suất", "Sản lượng"]
    got = _latest(_MAIZE)
    assert got["Cả Nước - Diện tích"] == Decimal("1099751")
    assert got["Cả Nước - Năng suất"] == Decimal("46.7")
    assert got["Hà Nội - Sản lượng"] == Decimal("93855")


def test_titles_not_the_same_under_every_year_are_no_such_header():
    text = ("Tỉnh, vùng 2005 2010 2017\nDiện tích Năng suất Diện tích Sản lượng Diện tích Năng suất\n"
            "Cả nước 7,329,200 48.9 7,514,052 53.2 7,716,546 55.5\nHà Nội 45,000 42.1 204,662 55.1 189,862 55.4\n")
    first = next(r for r in text_rows(text) if r.label == "Cả nước")
    assert spanned_measures(text, first, 6) is None


def test_cells_not_a_multiple_of_the_years_or_one_title_a_year_are_no_such_header():
    text = ("Tỉnh, vùng 2005 2010 2017\nDiện tích Năng suất Diện tích Năng suất Diện tích Năng suất\n"
            "Cả nước 7,329,200 48.9 7,514,052 53.2 7,716,546 55.5\nHà Nội 45,000 42.1 204,662 55.1 189,862 55.4\n")
    first = next(r for r in text_rows(text) if r.label == "Cả nước")
    assert spanned_measures(text, first, 6)[1] == ["Diện tích", "Năng suất"]
    assert spanned_measures(text, first, 7) is None
    assert spanned_measures(text, first, 3) is None
