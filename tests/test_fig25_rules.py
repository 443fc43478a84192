"""Figures loader round 25's rules, each on the round's sheets (evaluations/data/figures-round25/) and on a second
layout written here: a title naming its own year against the year before (f07), a comparison naming a part of the
period (f07, f09), a change in the row's unit beside a part's value (f01), a footnote mark on a comparison (f10), a
sheet that types its falls as negatives (f09)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from service.figures.change import change_kind
from service.figures.load import load_table
from tests.figures_sheets import by_label, warned, write

DATA = Path(__file__).parent.parent / "evaluations" / "data" / "figures-round25"
B = 10**9


def _rows(t, value):
    return [f for f in t if f.ky_bao_cao == D(str(value))]


# 1. A title naming the period's own year, then the year before by its number or as «cùng kỳ»
def test_a_title_naming_its_own_year_against_the_year_before_is_against_last_year():
    assert change_kind("Tháng 9 năm 2018 so với cùng kỳ năm 2017 (%)", 2017, False) == "ratio"
    assert change_kind("9 tháng năm 2018 so với cùng kỳ năm 2017 (%)", 2017, False) == "ratio"
    assert change_kind("Năm 2018 so với năm 2017 (%)", 2017, False) == "ratio"


def test_a_title_naming_another_base_year_stays_another_periods():
    assert change_kind("Năm 2018 so với năm 2015 (%)", 2017, False) is None
    assert change_kind("Năm 2016 so với cùng kỳ năm 2015 (%)", 2017, False) is None


def test_the_statistics_office_indexes_of_a_portal_export_are_kept():
    # f07: «9 tháng năm 2018 so với cùng kỳ năm 2017 (%)» 113,01 had been dropped as recomputable (nothing to
    # recompute it from)
    t = load_table(DATA / "f07-bariavungtau-luotkhach-2018-9t.json", period="2018-9T")
    rows = by_label(t)
    assert rows["Lượt khách phục vụ: so với cùng kỳ"].ky_bao_cao == D("113.01")
    assert rows["Lượt khách du lịch theo tour: so với cùng kỳ"].ky_bao_cao == D("114.30")


# 2. A comparison naming a part of the period is that part's, wherever it stands
def test_the_months_index_is_the_months_not_the_nine_months():
    # f07: «Tháng 9 năm 2018 so với cùng kỳ năm 2017 (%)» stands right of «Cộng dồn 9 tháng»: still September's
    t = load_table(DATA / "f07-bariavungtau-luotkhach-2018-9t.json", period="2018-9T")
    rows = by_label(t)
    assert rows["Lượt khách phục vụ (tháng 9 năm 2018): so với cùng kỳ"].ky_bao_cao == D("112.48")
    assert all(f.ky_bao_cao != D("112.48") or "tháng 9" in f.chi_tieu for f in t)


def test_a_quarters_comparison_after_the_half_years_is_the_quarters(tmp_path):
    # a half year's sheet of the same office: the quarter's index last, after the half year's
    path = write(tmp_path, "q.csv", "Chỉ tiêu,ĐVT,Thực hiện quý I năm 2019,Ước tính quý II năm 2019,Cộng dồn 6 tháng "
                 "năm 2019,Quý II năm 2019 so với cùng kỳ năm 2018 (%),6 tháng năm 2019 so với cùng kỳ năm 2018 (%)\n"
                 "Lượt khách phục vụ,Lượt khách,\"1.200.172\",\"1.200.345\",\"2.400.517\",\"111,35\",\"108,20\"\n")
    t = load_table(path, period="2019-6T")
    index = {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert index == {"Lượt khách phục vụ: so với cùng kỳ": D("108.20"),
                     "Lượt khách phục vụ (quý II năm 2019): so với cùng kỳ": D("111.35")}


def test_a_quarters_rate_beside_the_nine_months_last_year_is_the_quarters():
    # f09: «Quý III so với cùng kỳ (%)» in a sheet whose «9 tháng năm 2022» is last year's: HKB's «tăng 34%»
    t = load_table(DATA / "f09-kinhtechungkhoan-lo-2023-9t.csv", period="2023-9T")
    [rate] = [f for f in t if f.ky_bao_cao == 34]
    assert "quý III" in rate.chi_tieu and "Kinh Bắc" in rate.muc and rate.don_vi_tinh == "%"
    assert warned(t, "một phần kỳ báo cáo", "Quý III so với cùng kỳ")


# 3. A change in the row's unit beside a part's value, no value of the period
def test_the_traffic_boards_national_rows_keep_their_counts_of_change():
    # f01: «11 tháng tăng (+) giảm (-) so với cùng kỳ» -2.900 beside November's 1.332 and no 11 months' value
    t = load_table(DATA / "f01-giaoducthoidai-tngt-2020-11t.csv", period="2020-11T")
    rows = by_label(t)
    assert rows["Số vụ tai nạn giao thông: 11 tháng tăng (+) giảm (-) so với cùng kỳ"].ky_bao_cao == -2900
    assert rows["Số vụ tai nạn giao thông: 11 tháng tăng (+) giảm (-) so với cùng kỳ"].don_vi_tinh == "vụ"
    assert rows["Số vụ tai nạn giao thông (tháng 11 năm 2020)"].ky_bao_cao == 1332
    assert rows["Số vụ tai nạn giao thông: tốc độ tăng 11 tháng so với cùng kỳ"].ky_bao_cao == D("-18.26")


def test_a_quarters_value_and_the_half_years_change_alone(tmp_path):
    # the same board's half-year sheet: the quarter's value, the six months' changes only
    path = write(tmp_path, "h.csv", "STT,Chỉ tiêu,ĐVT,Quý II/2021,6 tháng năm 2021,"
                 "6 tháng tăng (+) giảm (-) so với cùng kỳ,6 tháng so với cùng kỳ (%)\n"
                 "1,Số vụ cháy,vụ,120,,-35,\"-8,4\"\n")
    t = load_table(path, period="2021-6T")
    assert {f.ky_bao_cao for f in t} == {120, -35, D("-8.4")}
    assert [f.don_vi_tinh for f in t if f.ky_bao_cao == -35] == ["vụ"]


def test_a_row_of_a_change_alone_is_still_the_rows_figure(tmp_path):
    # no part's value: the change alone is the row's own figure (load._change_alone), kept once
    path = write(tmp_path, "c.csv", "STT,Chỉ tiêu,ĐVT,6 tháng năm 2021,6 tháng tăng (+) giảm (-) so với cùng kỳ\n"
                 "1,Số vụ cháy,vụ,,-35\n")
    t = load_table(path, period="2021-6T")
    assert [f.ky_bao_cao for f in t] == [-35]


# 4. A footnote mark on a comparison
def test_a_footnote_mark_on_an_index_keeps_the_index_and_says_the_mark():
    # f10: «104,5(2)» under «9 tháng so với cùng kỳ (%)» had lost the cell, unsaid
    t = load_table(DATA / "f10-baochinhphu-thuysan-2019-9t.csv", period="2019-9T")
    assert by_label(t)["Sản lượng thủy sản khai thác: so với cùng kỳ"].ky_bao_cao == D("104.5")
    assert warned(t, "«104,5(2)»", "dấu chú thích", "9 tháng so với cùng kỳ (%)")


def test_a_star_on_a_rate_of_change(tmp_path):
    path = write(tmp_path, "s.csv", "STT,Chỉ tiêu,ĐVT,Năm 2022,Tăng so với cùng kỳ (%)\n"
                 "1,Vốn đăng ký thành lập mới,tỷ đồng,\"1.250,4\",\"12,5*\"\n")
    t = load_table(path, period="2022")
    assert D("12.5") in {f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert warned(t, "«12,5*»", "dấu chú thích")


# 5. A sheet that types its falls as negatives writes changes under «so với cùng kỳ (%)»
def test_an_accountants_sheet_writes_rates_of_change():
    t = load_table(DATA / "f09-kinhtechungkhoan-lo-2023-9t.csv", period="2023-9T")
    assert [f.chi_tieu for f in _rows(t, 34)] == ["Doanh thu thuần (quý III năm 2023): tốc độ tăng quý III so với "
                                                  "cùng kỳ"]
    assert warned(t, "số âm", "«(21)»")


def test_an_index_column_stays_indexes_beside_a_column_of_falls(tmp_path):
    # «So với cùng kỳ (%)» 104,5 beside «Tăng giảm so với cùng kỳ (%)» -2,1: the first column's numbers lie where an
    # index does, so they stay indexes
    path = write(tmp_path, "i.csv", "STT,Chỉ tiêu,ĐVT,Năm 2022,So với cùng kỳ (%),Quý IV so với cùng kỳ (%)\n"
                 "1,Sản lượng điện,triệu kWh,\"1.250,4\",\"104,5\",\"(2,1)\"\n"
                 "2,Sản lượng nước,triệu m3,\"85,2\",\"98,3\",\"12\"\n")
    t = load_table(path, period="2022")
    assert {f.chi_tieu: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}.get(
        "Sản lượng điện: so với cùng kỳ") == D("104.5")


# 6. A comparison column whose blank-last-year rows keep their rates is not said to be set aside
def test_a_rate_column_kept_where_last_year_is_blank_is_not_said_to_be_dropped():
    # f09: «9 tháng so với cùng kỳ (%)» keeps VRG's (21) as a row; main said «bỏ qua cột này» of it
    t = load_table(DATA / "f09-kinhtechungkhoan-lo-2023-9t.csv", period="2023-9T")
    assert D(-21) in {f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert not warned(t, "bỏ qua cột này", "9 tháng so với cùng kỳ (%)")
    assert warned(t, "giữ tỷ lệ đã ghi", "9 tháng so với cùng kỳ (%)")


def test_a_rate_column_every_row_recomputes_is_still_set_aside(tmp_path):
    path = write(tmp_path, "r.csv", "STT,Chỉ tiêu,ĐVT,Năm 2022,Năm 2021,So với cùng kỳ (%)\n"
                 "1,Số vụ cháy,vụ,120,100,120\n")
    t = load_table(path, period="2022")
    assert [(f.ky_bao_cao, f.cung_ky) for f in t] == [(120, 100)]
