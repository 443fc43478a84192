"""Figures loader round 26's rules, each on the round's sheets (evaluations/data/figures-round26/) and on a second
layout written here: a comparison titled by the fall alone (f05), a change typed with its sign and unit in one cell
(f06)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from service.figures.change import names_the_fall
from service.figures.load import load_table
from tests.figures_sheets import by_label, warned, write

DATA = Path(__file__).parent.parent / "evaluations" / "data" / "figures-round26"
B = 10**9


def _rows(t, value):
    return [f for f in t if f.ky_bao_cao == D(str(value))]


# 1. A comparison column titled by the fall alone holds falls
def test_a_title_of_the_fall_alone_names_the_fall():
    assert names_the_fall("Giảm so với năm trước")
    assert names_the_fall("Mức giảm so với cùng kỳ (%)")
    assert not names_the_fall("Tăng (+), giảm (-) so với cùng kỳ")
    assert not names_the_fall("Tăng/giảm so với năm 2022")
    assert not names_the_fall("Tăng so với cùng kỳ (%)")
    assert not names_the_fall("+/- so với cùng kỳ, giảm")


def test_the_poverty_sheets_falls_give_last_years_rates():
    # f05: «Giảm so với năm trước» 1,1 beside 2,93 %: last year 4,03 % (the rate fell), never 1,83 %
    t = load_table(DATA / "f05-daidoanket-hongheo-2023.csv", period="2023")
    rows = by_label(t)
    assert rows["Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều"].cung_ky == D("4.03")
    assert rows["Tỷ lệ hộ nghèo tại các huyện nghèo"].cung_ky == D("38.62")
    assert rows["Tỷ lệ hộ nghèo dân tộc thiểu số"].cung_ky == D("21.02")
    assert warned(t, "mức giảm", "«1,1» là giảm 1,1")


def test_a_fall_typed_with_its_sign_or_in_words_stays_as_typed(tmp_path):
    # a second layout: counts under «Số giảm so với cùng kỳ», one typed «-12», one «giảm 5», one «8»
    p = write(tmp_path, "giam.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Số giảm so với cùng kỳ\n"
                                    "1,Số vụ tai nạn,vụ,100,-12\n2,Số người chết,người,40,giảm 5\n"
                                    "3,Số người bị thương,người,60,8\n")
    rows = by_label(load_table(p, period="2024"))
    assert rows["Số vụ tai nạn"].cung_ky == 112
    assert rows["Số người chết"].cung_ky == 45
    assert rows["Số người bị thương"].cung_ky == 68


def test_a_title_of_both_directions_leaves_the_sign_to_the_cell(tmp_path):
    p = write(tmp_path, "tanggiam.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,\"Tăng (+), giảm (-) so với năm 2023\"\n"
                                        "1,Số vụ tai nạn,vụ,100,12\n")
    assert by_label(load_table(p, period="2024"))["Số vụ tai nạn"].cung_ky == 88


# 2. A change typed with its sign and its unit in one cell
def test_the_fire_sheets_changes_with_units_are_read():
    # f06: «+7 vụ» beside «15 vụ» gives last year's 8; «+19 người» on a row with no value is the row's change, in người
    t = load_table(DATA / "f06-plo-chayno-hcm-2010.csv", period="2010")
    rows = by_label(t)
    assert rows["Số vụ đốt do mâu thuẫn và tự tử"].cung_ky == 8
    assert rows["Số người chết do các vụ đốt"].cung_ky == 4
    alone = [f for f in t if f.chi_tieu.startswith("Số người chết và bị thương")]
    assert [(f.ky_bao_cao, f.don_vi_tinh) for f in alone] == [(19, "người")]


def test_a_change_with_a_scaled_unit_is_not_read_against_the_rows_unit(tmp_path):
    # «+2 tỷ đồng» beside «108 tỷ đồng» would need the cell's scale: never a last year of 108 tỷ − 2 đồng
    p = write(tmp_path, "tien.csv", "STT,Chỉ tiêu,Năm 2010,So với năm 2009\n1,Thiệt hại,108 tỷ đồng,+2 tỷ đồng\n")
    t = load_table(p, period="2010")
    assert all(f.cung_ky != 108 * B - 2 for f in t)


# 3. A comparison column written the Vietnamese way in a table read in English notation keeps its own notation
def test_the_fire_quarters_changes_are_read_the_vietnamese_way():
    # f01: «1,293» (English, pasted) is 1.293 vụ; «37,7» beside it is 37,7 %, so last year's 939 (1.293 / 1,377)
    t = load_table(DATA / "f01-topix-chayno-2017-q1.csv", period="2017-Q1")
    rows = by_label(t)
    assert rows["Số vụ cháy, nổ"].ky_bao_cao == 1293 and rows["Số vụ cháy, nổ"].cung_ky == 939
    assert rows["Số người bị thương"].cung_ky == 80
    assert rows["Thiệt hại về tài sản: tốc độ tăng (+), giảm (-) so với cùng kỳ"].ky_bao_cao == D("34.2")
    assert warned(t, "kiểu Việt Nam", "«37,7»")


def test_a_change_column_grouped_by_english_commas_stays_english(tmp_path):
    # a second layout: the changes pasted from the release too («+1,204», «37.7»): read the English way
    p = write(tmp_path, "en.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024,Tăng (+)/giảm (-) so với cùng kỳ\n"
                                  "1,Số lượt khách,lượt,\"12,345\",\"+1,204\"\n2,Doanh thu,tỷ đồng,\"1,234.5\",37.7\n")
    rows = by_label(load_table(p, period="2024"))
    assert rows["Số lượt khách"].ky_bao_cao == 12345 and rows["Số lượt khách"].cung_ky == 11141


# 4. Two value columns naming one date, each a count of another thing, are two quantities, never one role twice
def test_the_cooperatives_two_counts_under_one_date_load():
    # f09: «Số HTX đến 15/6/2022 (HTX) | Số thành viên đến 15/6/2022 (thành viên)»: main refused («trùng vai trò»)
    t = load_table(DATA / "f09-baolamdong-hoptacxa-2022-06.csv", period="2022-06")
    rows = by_label(t)
    assert (rows["HTX nông nghiệp"].ky_bao_cao, rows["HTX nông nghiệp"].don_vi_tinh) == (379, "HTX")
    members = rows["HTX nông nghiệp: số thành viên đến 15/6/2022"]
    assert (members.ky_bao_cao, members.don_vi_tinh) == (8512, "thành viên")
    assert warned(t, "đại lượng khác")


def test_one_count_twice_under_one_date_is_still_refused(tmp_path):
    # a second layout: two columns of one unit under one date stay one role twice, refused with the columns named
    import pytest
    from service.errors import InputError
    p = write(tmp_path, "hai.csv", "STT,Chỉ tiêu,Số hộ đến 30/9/2024 (hộ),Số hộ ước đến 30/9/2024 (hộ)\n1,Xã A,12,13\n")
    with pytest.raises(InputError, match="trùng vai trò"):
        load_table(p, period="2024-09")


def test_two_counts_under_two_dates_are_not_two_quantities_of_the_period(tmp_path):
    p = write(tmp_path, "haingay.csv", "STT,Loại hình,Số HTX đến 15/6/2022 (HTX),Số thành viên đến 31/12/2021 (thành viên)\n"
                                       "1,HTX nông nghiệp,379,8000\n")
    from service.figures.columns import second_measure
    assert not second_measure("Số HTX đến 15/6/2022 (HTX)", "Số thành viên đến 31/12/2021 (thành viên)")
    assert second_measure("Số HTX đến 15/6/2022 (HTX)", "Số thành viên đến 15/6/2022 (thành viên)")


# 5. A rate of change against a year the table does not hold is kept, each row's own
def test_the_rise_against_2019_is_kept_as_its_own_row():
    # f08: «4 tháng tăng so với năm 2019 (%)» 3,9: main set it aside «được tính lại», which no column does
    t = load_table(DATA / "f08-thanhnien-khachquocte-2024-4t.csv", period="2024-4T")
    kept = [f for f in t if "2019" in f.chi_tieu]
    assert [(f.ky_bao_cao, f.don_vi_tinh) for f in kept] == [(D("3.9"), "%")]
    assert by_label(t)["Khách quốc tế đến Việt Nam"].cung_ky is None   # never 6.200 / 1,039
    assert warned(t, "so với năm 2019", "không có số")


def test_a_rise_against_a_year_the_table_holds_is_still_recomputed(tmp_path):
    from service.figures.columns import rise_against_a_year_not_held
    from service.figures.read import read_raw
    from service.periods import parse_period
    p = write(tmp_path, "co2019.csv", "STT,Chỉ tiêu,ĐVT,Năm 2019,4 tháng năm 2024,4 tháng tăng so với năm 2019 (%)\n"
                                      "1,Khách,lượt,100,104,4\n")
    raw = read_raw(p)
    assert rise_against_a_year_not_held("4 tháng tăng so với năm 2019 (%)", raw, parse_period("2024-4T")) is None
    assert rise_against_a_year_not_held("Tăng so với cùng kỳ năm 2023 (%)", raw, parse_period("2024-4T")) is None


# 6. A forecast of a later period is kept as rows of their own
def test_the_labour_offices_forecast_is_kept_named():
    # f02: «Dự kiến quý II/2010» 25.000 beside «Quý I/2010»: main set it aside «số liệu của kỳ khác»
    t = load_table(DATA / "f02-jvnet-xkld-2010-q1.csv", period="2010-Q1")
    rows = by_label(t)
    assert rows["Tổng số"].ky_bao_cao == 16851
    assert rows["Tổng số (dự kiến quý II năm 2010)"].ky_bao_cao == 25000
    assert warned(t, "dự kiến quý II năm 2010", "kỳ sau kỳ báo cáo")


def test_an_actual_of_a_later_period_is_still_set_aside(tmp_path):
    # a second layout: «Quý II/2010» (no forecast word) beside «Quý I/2010» stays another period's, set aside
    p = write(tmp_path, "q2.csv", "STT,Chỉ tiêu,ĐVT,Quý I/2010,Quý II/2010\n1,Số lao động,người,100,120\n")
    t = load_table(p, period="2010-Q1")
    assert [f.ky_bao_cao for f in t] == [100]
    assert warned(t, "kỳ khác")


# 7. A rise column is read as indexes only where most of its numbers lie near 100
def test_the_markets_rises_stay_rises():
    # f10: «Quý I tăng so với cùng kỳ (%)» 55 · 200 · 96: «tăng 55%», never an index 55 (a fall of 45 %)
    t = load_table(DATA / "f10-vnexpress-khachquocte-2023-q1.csv", period="2023-Q1")
    rises = {f.chi_tieu.split(":")[0]: f.ky_bao_cao for f in t if f.don_vi_tinh == "%"}
    assert rises == {"Hàn Quốc": 55, "Mỹ": 200, "Thái Lan": 96}
    assert all("tốc độ tăng" in f.chi_tieu for f in t if f.don_vi_tinh == "%")
    assert not warned(t, "quanh 100")


def test_a_rise_column_of_numbers_near_100_is_still_read_as_indexes(tmp_path):
    # a second layout, round 24's e02 kind: 100,3 · 76,3 · 118,9 under «Tăng so với cùng kỳ (%)» are indexes
    p = write(tmp_path, "idx.csv", "STT,Chỉ tiêu,ĐVT,Năm 2014,Tăng so với cùng kỳ (%)\n1,Sản lượng,tấn,\"1.003\",\"100,3\"\n"
                                   "2,Diện tích,ha,763,\"76,3\"\n3,Năng suất,tạ/ha,\"118,9\",\"118,9\"\n")
    t = load_table(p, period="2014")
    assert warned(t, "quanh 100")
    assert by_label(t)["Sản lượng: so với cùng kỳ"].ky_bao_cao == D("100.3")
