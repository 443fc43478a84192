"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a header row of NINE years over rows of EIGHT
cells (``Chỉ tiêu ĐV tính 2010 2011 … 2018`` / ``Hệ số ICOR 4.80 4.90 5.30 6.40 6.40 5.90 5.50 5.00``; the
province's planning site, ktxh.khdt.bgo.vn). The template had read the cells as 2011–2018 (s1 Bắc Giang) or, one row
under the header, made no table (held-out zw ICOR: 0 of 7). A series is typed from its first year, the latest
year's column the one left blank while its figure is not out — the same page's rows of nine cells end on ``0.00``
under 2018 (``1. Tổng giá trị gia tăng (Giá 2010) Tỷ đồng 29315.30 … 52370.80 0.00``) and the case's figures table,
made by hand from the source, puts 4.80 under 2010 (``pasted.left_aligned_years``); one row under a header of years
is a table.  Quotes: held-out zw-khong-ro-tinh-so-khdt-he-so-icor-2010-2018 and s1-bac-giang-chi-tieu-kinh-te-2010-
2018 (the same site, its economic targets)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import table_rows

_ROOT = Path(__file__).resolve().parent.parent / "evaluations"
_ICOR = _ROOT / "cases" / "heldout" / "zw-khong-ro-tinh-so-khdt-he-so-icor-2010-2018" / "source.txt"
_BAC_GIANG = _ROOT / "sweep" / "pages" / "s1-bac-giang-chi-tieu-kinh-te-2010-2018.txt"


def _by_label(rows):
    return {r.label: r.value for r in rows}


def test_a_one_row_series_under_nine_years_starts_at_the_first():
    got = _by_label(table_rows(_ICOR.read_text())[0])
    assert got["Hệ số ICOR (năm 2010)"] == Decimal("4.80")
    assert got["Hệ số ICOR (năm 2015)"] == Decimal("5.90")
    assert not any("2018" in k for k in got)               # 2018's column left blank


def test_rows_of_eight_cells_under_nine_years_are_2010_to_2017():
    got = _by_label(table_rows(_BAC_GIANG.read_text())[0])
    growth = {k: v for k, v in got.items() if k.startswith("Tốc độ tăng trường kinh tế GRDP")}
    assert growth["Tốc độ tăng trường kinh tế GRDP % (năm 2010)"] == Decimal("9.30")
    assert not any("(năm 2018)" in k for k in growth)
