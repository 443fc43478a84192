"""Figures round 39 (2): a comparison with the month (quarter, period) just before, the sheet keeping no value of it,
is the row's own figure: a row «<chỉ tiêu>: so với tháng trước» (in %), no longer set aside.

Sources (held-out tables): ym-thai-nguyen-so-cong-thuong-…-2019-05 (`So với tháng trước (%)`), yl-vinh-phuc-cuc-thong-
ke-…-2018-07 (`So với (%)` over `Tháng trước`), zx-toan-quoc-bo-cong-an-…-2015-q3 (`Tăng (+)/giảm (-) so với kỳ
trước (%)`, signed `+7,56`), yb-hoa-binh-…-2021-09 (signed `+11,35`, rows with no value).  Negatives: a CPI's own
`Chỉ số … so với tháng trước` column (yo-hung-yen, loaded as before), last year's comparisons, a row naming its own
base (zx's `Phạm pháp hình sự so với cùng kỳ năm 2014`), a row with no value (yb's IIP rows keep their codes)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.figures.load import load_table
from service.figures.monthbefore import a_before_row, against_the_period_before

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _load(slug: str, period: str):
    return {f.ma: f for f in load_table(HELDOUT / slug / "figures.csv", period=period)}


def test_titles_that_compare_with_the_period_just_before():
    assert against_the_period_before("So với tháng trước (%)") == "so với tháng trước"
    assert against_the_period_before("So với (%) Tháng trước") == "so với tháng trước"
    assert against_the_period_before("Tháng 5/2023 so với (%) Tháng trước") == "so với tháng trước"
    assert against_the_period_before("Tăng (+)/giảm (-) so với kỳ trước (%)") == "so với kỳ trước"
    assert against_the_period_before("So tháng trước (%)") == "so với tháng trước"
    # negatives: last year's comparisons, a month named, a base before that
    for title in ("So với cùng kỳ (%)", "So với cùng kỳ năm trước (%)", "Tháng 5/2022 so với tháng 5/2021 (%)",
                  "Cùng kỳ năm trước", "Tháng trước", "So với cùng kỳ tháng trước (%)"):
        assert against_the_period_before(title) is None, title
    assert a_before_row("so với tháng trước") and not a_before_row("Chỉ số tháng 4/2018 so với tháng trước (%)")


def test_the_month_before_loads_as_the_rows_own_figure():
    t = _load("ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05", "2019-05")
    assert (t["1-KT"].chi_tieu, t["1-KT"].don_vi_tinh, t["1-KT"].ky_bao_cao) == (
        "Giá trị sản xuất công nghiệp (giá so sánh 2010): so với tháng trước", "%", Decimal("113.2"))
    t = _load("yl-vinh-phuc-cuc-thong-ke-ban-le-hang-hoa-dich-vu-2018-07", "2018-07")
    assert t["R-4-KT"].ky_bao_cao == Decimal("101.39") and t["R-4-2"].chi_tieu.endswith("cơ cấu 7 tháng")


def test_a_signed_change_on_the_period_before_never_refuses_the_table():
    t = _load("zx-toan-quoc-bo-cong-an-pham-phap-hinh-su-tngt-chay-no-2015-q3", "2015-Q3")
    assert t["II.1-KT"].ky_bao_cao == Decimal("7.56") and t["II.1-KT"].chi_tieu == "Số vụ tai nạn giao thông: so với kỳ trước"
    assert not any(f.chi_tieu.startswith("Phạm pháp hình sự so với cùng kỳ") for f in t.values())
    t = _load("yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09", "2021-09")
    assert t["3-KT"].ky_bao_cao == Decimal("-11.11")
    # the IIP rows (no value, last year's rate alone) load as before, under their own codes, no month-before row
    assert t["1"].chi_tieu.endswith("so với cùng kỳ") and "1-KT" not in t


def test_a_cpi_column_of_its_own_loads_as_before():
    t = load_table(HELDOUT / "yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04" / "figures.csv",
                   period="2018-04")
    assert not any(f.ma.endswith("-KT") for f in t)
    assert any("so với tháng trước" in f.chi_tieu.lower() for f in t)
