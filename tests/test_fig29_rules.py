"""Figures loader round 29's rules, each on the round's sheet and on a second layout (evaluations/figures-round29.md)."""

from __future__ import annotations

from decimal import Decimal as D

import openpyxl

from service.figures.load import load_table
from service.figures.schema import fold
from tests.figures_sheets import warned, write
from tests.test_fig29_sheets import _load

B = 10**9
M = 10**6


def _rows(t, *words):
    return [f for f in t if all(fold(w) in fold(f"{f.muc} {f.chi_tieu}") for w in words)]


def _pct(t, *words):
    return sorted(f.ky_bao_cao for f in _rows(t, *words) if f.don_vi_tinh == "%")


# Rule 1 — per cents in another dress (service/figures/ratios.py)
def test_a_column_formatted_as_per_cents_is_read_as_per_cents_whatever_its_title():
    # f05 (TKV 6T/2017): «So với cùng kỳ» over 1.03 shown «103%» — the indexes (main set the column aside)
    t = _load("f05-tamlongvang-tkv-2017-h1.xlsx")
    assert _pct(t, "nguyên khai", "cùng kỳ") == [D(103)]
    assert _pct(t, "Doanh thu", "cùng kỳ") == [D(113)]
    assert warned(t, "định dạng phần trăm", "So với cùng kỳ")


def test_a_per_cent_formatted_rise_in_a_second_layout(tmp_path):
    # a district's budget sheet kept in Excel: «Tăng so với cùng kỳ» over 0.125 shown «12,5%», beside the amount
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Tăng so với cùng kỳ"],
              [1, "Thu ngân sách trên địa bàn", "triệu đồng", 152300, 0.125],
              [2, "Chi ngân sách địa phương", "triệu đồng", 301450, -0.034]):
        ws.append(r)
    for c in ("E2", "E3"):
        ws[c].number_format = "0.0%"
    path = tmp_path / "ngansach.xlsx"
    wb.save(path)
    t = load_table(path, period="2023")
    thu = _rows(t, "Thu ngân sách")
    assert any(f.don_vi_tinh == "%" and f.ky_bao_cao == D("12.5") for f in thu) or \
        any(f.cung_ky and abs(f.ky_bao_cao / f.cung_ky - D("1.125")) < D("0.001") for f in thu), \
        [(f.chi_tieu, f.ky_bao_cao, f.cung_ky) for f in t]
    assert not any(f.don_vi_tinh == "%" and f.ky_bao_cao in (D("0.125"), D("-0.034")) for f in t)


def test_a_comparison_exported_as_a_ratio_is_a_per_cent():
    # f10 (cafef 2024): «So với tháng 6/2023» over 1,045 is «bằng 104,5%», never 1,045 %
    t = _load("f10-cafef-hatdieu-2024-06.csv")
    assert D("104.5") in _pct(t, "Lượng", "cùng kỳ")
    assert D("126.2") in _pct(t, "Lượng", "từ đầu năm")
    assert warned(t, "tỷ số dạng thập phân", "So với tháng 6/2023")


def test_a_ratio_in_a_second_layout_and_what_stays_as_typed(tmp_path):
    # a port's sheet: «So sánh cùng kỳ» over 1,1043 / 1,263 (computed ratios); a hand-typed «So với tháng trước» over
    # 0,13 (one or two decimals: a rate as the CPI's page types it) stays as typed
    path = write(tmp_path, "cangbien.csv",
                 "Chỉ tiêu,ĐVT,6 tháng năm 2015,So sánh cùng kỳ\n"
                 "Hàng hóa thông qua cảng biển,nghìn tấn,203000,\"1,1043\"\n"
                 "Hàng container,nghìn TEU,6200,\"1,263\"\n")
    t = load_table(path, period="2015-H1")
    assert D("110.43") in _pct(t, "Hàng hóa") or any(f.cung_ky for f in _rows(t, "Hàng hóa"))
    assert not any(f.ky_bao_cao in (D("1.1043"), D("1.263")) for f in t)
    kept = write(tmp_path, "cpi.csv",
                 "Chỉ tiêu,ĐVT,Tháng 3/2023,So với tháng trước\n"
                 "Lượng khách,lượt,1200,\"0,13\"\n")
    assert not warned(load_table(kept, period="2023-03"), "tỷ số dạng thập phân")


# Rule 2 — a rate against the month just before the number on its left (columns.rate_against_the_period_just_before)
def test_a_part_against_the_month_before_it_is_kept_as_its_own_rate():
    # f07 (tapchicongthuong 2020), read for 8 months: «Ước tháng 8/2020 | So với tháng 7/2020 (%)» — August against
    # July: 7,8 %, named by both months (main set it aside «được tính lại từ các cột số liệu»)
    t = _load("f07-tapchicongthuong-hatdieu-2020-8t.csv")
    assert _pct(t, "Lượng", "tháng 8/2020", "tháng 7/2020") == [D("7.8")]
    assert _pct(t, "bình quân", "tháng 7/2020") == [D("-0.1")]


def test_the_period_against_the_month_before_it_is_kept_as_its_own_rate():
    # f10, read for June: «Tháng 6/2024 | So với tháng 5/2024» (ratios) — June against May, 92,5 %
    t = _load("f10-cafef-hatdieu-2024-06.csv")
    assert _pct(t, "Lượng", "tháng 5/2024") == [D("92.5")]


def test_a_quarter_against_the_quarter_before_in_a_second_layout(tmp_path):
    # a tax office's sheet: «Quý II/2023 | So với quý I/2023 (%) | So với cùng kỳ (%)», read for the quarter
    path = write(tmp_path, "thue.csv",
                 "Chỉ tiêu,ĐVT,Quý II/2023,So với quý I/2023 (%),So với cùng kỳ (%)\n"
                 "Số thu nội địa,tỷ đồng,\"1.250,5\",\"8,2\",\"105,1\"\n")
    t = load_table(path, period="2023-Q2")
    assert _pct(t, "Số thu", "quý I/2023") == [D("8.2")]


def test_a_month_before_held_in_the_sheet_is_still_recomputed(tmp_path):
    # the month before has its column: the rate is recomputed from it, as before (no row of its own)
    path = write(tmp_path, "thang.csv",
                 "Chỉ tiêu,ĐVT,Tháng 7/2020,Tháng 8/2020,So với tháng 7/2020 (%)\n"
                 "Lượng,tấn,41750,45000,\"7,8\"\n")
    t = load_table(path, period="2020-08")
    assert not _pct(t, "Lượng", "so với tháng 7")
