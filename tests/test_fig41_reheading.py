"""Figures round 41: a row half-way down a sheet that re-heads a value column for the rows below it.

Source (held-out, real sheet): xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1 heads ``Quý I/2018 | Tăng/giảm so với cùng
kỳ (%)`` and, under the quarter's rows, writes ``| Tháng 3/2018 (phần kỳ) | | | Tăng/giảm so với tháng trước (%) |``:
the March rows' rates are against February, not last year's (the text: «giảm 22,3% so với tháng 2-2018»).  Before
this round they loaded as «tốc độ tăng/giảm so với cùng kỳ» and rows 10–11 got a last year's value worked out from a
month-before rate (1555, 975).  The re-heading text is read with round 39's month-before reader (nine held-out
sheets head a whole column so).  Negatives (real): a signature block's place-and-date line under the figures
(zc-ben-tre-toa-an-an-dan-su-2021's «Bến Tre, ngày    tháng 12 năm 2021» in the value column ``Cùng kỳ năm 2020``:
reads as a period, but no row of numbers follows), a range typed as text in a value column (xg-bac-ninh-…-2017's
«115 - 164»), a second biểu repeating the header's titles (round 17's y05 hàng không: the reader's, unchanged)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml

from service.errors import ProblemList
from service.figures.columns import map_columns
from service.figures.load import load_table
from service.figures.read import read_raw
from service.figures.reheading import reheadings

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
XI = "xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1"


def _path(slug: str) -> Path:
    case = yaml.safe_load((HELDOUT / slug / "case.yaml").read_text(encoding="utf-8"))
    return HELDOUT / slug / (case.get("figures") or "figures.csv")


def _found(path: Path) -> list:
    raw = read_raw(path)
    return reheadings(raw, map_columns(raw, ProblemList([]), None, None))


def test_rows_under_a_month_before_reheading_get_no_last_years_value():
    t = load_table(_path(XI), period="2018-Q1")
    rows = {f.ma: f for f in t}
    assert rows["10"].ky_bao_cao == Decimal(2446) and rows["10"].cung_ky is None
    assert rows["11"].ky_bao_cao == Decimal(792) and rows["11"].cung_ky is None
    assert not any(f"{n}-TL" in rows for n in range(4, 10))          # no «so với cùng kỳ» rate from a month-before one
    assert rows["1.1-TL"].ky_bao_cao == Decimal("1.2")                # above the re-heading: as before
    said = [w for w in t.warnings if w.row == 12]
    assert said and "hàng 12" in said[0].message and "so với tháng trước" in said[0].message \
        and "Tăng/giảm so với cùng kỳ (%)" in said[0].message


def test_the_reheading_found_names_its_column_and_rows():
    (r,) = _found(_path(XI))
    assert (r.row, r.new, r.below) == (12, "Tăng/giảm so với tháng trước (%)", tuple(range(13, 21)))


def test_a_signature_date_line_under_the_figures_reheads_nothing():
    assert _found(_path("zc-ben-tre-toa-an-an-dan-su-2021")) == []


def test_a_range_typed_as_text_reheads_nothing():
    assert _found(_path("xg-bac-ninh-buu-dien-tinh-ket-qua-kinh-doanh-2017")) == []


def test_a_second_biểu_repeating_the_header_is_the_readers():
    path = ROOT / "evaluations" / "data" / "figures-round17" / "y05-thegioitiepthi-hangkhong-le29-2024-09.csv"
    assert _found(path) == []
    assert not any("đặt lại tiêu đề" in w.message for w in load_table(path).warnings)
