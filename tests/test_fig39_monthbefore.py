"""Figures round 39 (2): a comparison with the month (quarter, period) just before, the sheet keeping no value of it,
is kept aside with a Vietnamese note that says why and what to add (round 39 tried loading it as rows: 3 false alarms
on 134 figures and template recall −8,7 points on the nine held-out tables with such a column).

Sources (held-out tables): ym-thai-nguyen-so-cong-thuong-…-2019-05 (`So với tháng trước (%)`), zx-toan-quoc-bo-cong-
an-…-2015-q3 (`Tăng (+)/giảm (-) so với kỳ trước (%)`, signed `+7,56`), yb-hoa-binh-…-2021-09 (signed `+11,35`).
Negatives: a CPI's own `Chỉ số … so với tháng trước` column (yo-hung-yen, loaded as rows as before), last year's
comparisons, a month named as the base."""

from __future__ import annotations

from pathlib import Path

from service.figures.load import load_table
from service.figures.monthbefore import against_the_period_before

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _notes(slug: str, period: str):
    t = load_table(HELDOUT / slug / "figures.csv", period=period)
    return t, [w.message for w in t.warnings]


def test_titles_that_compare_with_the_period_just_before():
    assert against_the_period_before("So với tháng trước (%)") == "so với tháng trước"
    assert against_the_period_before("So với (%) Tháng trước") == "so với tháng trước"
    assert against_the_period_before("Tháng 5/2023 so với (%) Tháng trước") == "so với tháng trước"
    assert against_the_period_before("Tăng (+)/giảm (-) so với kỳ trước (%)") == "so với kỳ trước"
    assert against_the_period_before("So tháng trước (%)") == "so với tháng trước"
    for title in ("So với cùng kỳ (%)", "So với cùng kỳ năm trước (%)", "Tháng 5/2022 so với tháng 5/2021 (%)",
                  "Cùng kỳ năm trước", "Tháng trước", "So với cùng kỳ tháng trước (%)"):
        assert against_the_period_before(title) is None, title


def test_the_month_before_is_a_row_of_its_own_with_a_note():
    # (round 48 changed the policy: kept aside «bỏ qua cột này» until then; now each number is the row's own
    # «<chỉ tiêu>: <tiêu đề cột>» in %, code <mã>-KT — tests/test_fig48.py, evaluations/figures-round48.md)
    t, notes = _notes("ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05", "2019-05")
    assert any(n.startswith("cột so sánh với tháng liền trước") and "<mã>-KT" in n for n in notes)
    assert {f.ma for f in t if "so với tháng trước" in f.chi_tieu} == {"1-KT", "2-KT", "3-KT"}
    t, notes = _notes("zx-toan-quoc-bo-cong-an-pham-phap-hinh-su-tngt-chay-no-2015-q3", "2015-Q3")
    assert any(n.startswith("cột so sánh với kỳ liền trước") for n in notes) and len(t.figures) == 22
    t, notes = _notes("yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09", "2021-09")
    assert any(n.startswith("cột so sánh với tháng liền trước") for n in notes)


def test_a_cpi_column_of_its_own_loads_as_before():
    t, notes = _notes("yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04", "2018-04")
    assert any("so với tháng trước" in f.chi_tieu.lower() for f in t)
    assert not any(n.startswith("cột so sánh với tháng liền trước") for n in notes)
