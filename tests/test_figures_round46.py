"""Figures round 46 (stop 59): the loader gaps the gatherers of the final batches xt-/xu- found.

1. A unit written as a measurement's notation — a degree (``độ C``, ``°C``, ``oC``, ``độ``) or a small metric symbol
   (``mm``, ``ml``, ``mg/l``) — is no noun counted: its numbers may have decimals.  Sơn La's cold-spell sheet
   (``Nhiệt độ thấp nhất tại Mộc Châu | độ C | 2,7``) was refused «'độ C' đếm bằng số nguyên»; the texts write
   «11,7oC», «40,5 độ C» (sweep pages).  A word unit stays whole (held-out xc-ha-tinh's «209,5» vụ việc: refused).
2. Last year's running total beside the period's (``Lũy kế 9 tháng 2020 | Lũy kế 9 tháng 2019``: PV Oil's and
   Navico's quarterly results) is the running rows' Cùng kỳ, not a second report column: with no period, or the nine
   months chosen (or the title's), main refused «trùng vai trò 'Kỳ báo cáo'»; the quarter chosen loads as before.
"""

from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table
from service.figures.measurenotation import measure_notation
from service.figures.runningtitle import running_a_year_before, title_periods
from service.figures.units import read_unit


def _csv(tmp_path: Path, text: str, name: str = "figures.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _by(table):
    return {f.chi_tieu: f for f in table}


# --- 1. a measurement's notation -------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["độ C", "°C", "oC", "ºC", "độ", "Độ C", "° C", "mm", "ml", "mg/l"])
def test_a_measurements_notation_has_decimals(unit):
    assert measure_notation(unit)
    u = read_unit(unit)
    assert u.integral is False and u.text == unit


@pytest.mark.parametrize("unit", ["con", "vụ việc", "đội", "độ tuổi", "OC", "HS", "hs", "ng", "oc", "cây"])
def test_a_word_or_a_capital_abbreviation_is_counted_whole(unit):
    assert not measure_notation(unit)
    assert read_unit(unit).integral is True


SON_LA = """BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH SƠN LA,,,,
BẢNG TỔNG HỢP THIỆT HẠI DO ĐỢT RÉT ĐẬM, RÉT HẠI TỪ NGÀY 20 ĐẾN NGÀY 21/02/2022,,,,
Mã,Chỉ tiêu thiệt hại,Đơn vị tính,Số lượng,Ghi chú
NĐ1,Nhiệt độ thấp nhất tại Mộc Châu,{unit},"2,7",
GS0,Tổng số gia súc bị chết,con,393,
TS2,Mạ bị thiệt hại,ha,"0,21",
"""


@pytest.mark.parametrize("unit", ["độ C", "°C", "oC"])
def test_a_temperature_with_decimals_loads(tmp_path, unit):
    t = load_table(_csv(tmp_path, SON_LA.format(unit=unit)), period="2022-02")
    rows = _by(t)
    assert rows["Nhiệt độ thấp nhất tại Mộc Châu"].ky_bao_cao == Decimal("2.7")
    assert rows["Nhiệt độ thấp nhất tại Mộc Châu"].don_vi_tinh == unit
    assert rows["Tổng số gia súc bị chết"].ky_bao_cao == 393


def test_rainfall_in_mm_loads_and_blood_in_ml_keeps_its_thousands(tmp_path):
    t = load_table(_csv(tmp_path, "Mã,Chỉ tiêu,ĐVT,Năm 2017\n1,Lượng mưa trung bình,mm,\"1.850,5\"\n"
                                   "2,Lượng máu tiếp nhận,ml,67.550\n"), period="2017")
    rows = _by(t)
    assert rows["Lượng mưa trung bình"].ky_bao_cao == Decimal("1850.5")
    assert rows["Lượng máu tiếp nhận"].ky_bao_cao == 67550


def test_a_half_case_is_still_refused_naming_file_row_column_and_what_is_expected(tmp_path):
    path = _csv(tmp_path, "Mã,Chỉ tiêu,ĐVT,Năm 2020\n1,Vụ việc tham gia tố tụng,vụ việc,\"209,5\"\n")
    with pytest.raises(InputError) as e:
        load_table(path, period="2020")
    said = str(e.value)
    assert str(path) in said and "hàng 2" in said and "'Năm 2020'" in said
    assert "«209,5» không phải là số nguyên ('vụ việc' đếm bằng số nguyên)" in said


# --- 2. last year's running total ------------------------------------------------------------------------------

def test_running_a_year_before():
    titles = {6: "Lũy kế 9 tháng 2020", 7: "Lũy kế 9 tháng 2019"}
    assert running_a_year_before(title_periods(titles)) == {7}
    assert running_a_year_before(title_periods({5: "Lũy kế 5 tháng đầu năm 2022", 6: "Lũy kế 5 tháng đầu năm 2021"})) \
        == {6}
    assert running_a_year_before(title_periods({5: "Lũy kế 3 tháng năm 2022", 6: "Lũy kế 2 tháng năm 2022"})) \
        == set()  # zz
    assert running_a_year_before(title_periods({5: "Lũy kế đến tháng 11/2018", 6: "Lũy kế cùng kỳ năm 2017"})) \
        == set()
    assert running_a_year_before(title_periods({6: "Lũy kế 9 tháng 2020"})) == set()


PV_OIL = """TỔNG CÔNG TY DẦU VIỆT NAM - CTCP (PV OIL);;;;;;;
KẾT QUẢ KINH DOANH QUÝ III VÀ 9 THÁNG NĂM 2020;;;;;;;
Mã;Chỉ tiêu;ĐVT;Quý III/2020;Quý III/2019;Tăng/giảm quý III so cùng kỳ (%);Lũy kế 9 tháng 2020;Lũy kế 9 tháng 2019;Tăng/giảm 9 tháng so cùng kỳ (%);Ghi chú
01;Doanh thu;tỷ đồng;11.579;;-44,4;40.919;;-31,1;
02;Lợi nhuận trước thuế;tỷ đồng;1;;-96,9;-305;351;;
03;Biên lợi nhuận gộp;%;4,2;2,9;;;;;
"""


@pytest.mark.parametrize("period", [None, "2020-9T"])
def test_the_nine_months_with_last_years_running_total(tmp_path, period):
    rows = _by(load_table(_csv(tmp_path, PV_OIL), period=period))
    assert rows["Doanh thu"].ky_bao_cao == 40_919 * 10**9
    assert rows["Lợi nhuận trước thuế"].ky_bao_cao == -305 * 10**9
    assert rows["Lợi nhuận trước thuế"].cung_ky == 351 * 10**9
    assert rows["Doanh thu (quý III năm 2020)"].ky_bao_cao == 11_579 * 10**9


def test_the_quarter_loads_as_before(tmp_path):
    # the quarter's report: the running rows «(từ đầu năm)», last year's running column set aside, as main did (kept
    # there, the checker read «lỗ 13,17 tỷ đồng quý III năm 2021» against the running row: a new false alarm)
    rows = _by(load_table(_csv(tmp_path, PV_OIL), period="2020-Q3"))
    assert rows["Doanh thu"].ky_bao_cao == 11_579 * 10**9
    assert rows["Biên lợi nhuận gộp"].cung_ky == Decimal("2.9")
    assert rows["Lợi nhuận trước thuế (từ đầu năm)"].ky_bao_cao == -305 * 10**9
    assert rows["Lợi nhuận trước thuế (từ đầu năm)"].cung_ky is None


NAVICO = """CÔNG TY CỔ PHẦN NAM VIỆT (NAVICO - ANV);;;;;;;
KẾT QUẢ KINH DOANH QUÝ III NĂM 2022;;;;;;;
Mã;Chỉ tiêu;ĐVT;Quý III/2022;Quý III/2021;Lũy kế 9 tháng 2022;Lũy kế 9 tháng 2021;Ghi chú
01;Lợi nhuận sau thuế;tỷ đồng;120;-13,17;567,2;74,4;
"""


@pytest.mark.parametrize("period", [None, "2022-Q3"])
def test_navico_as_the_quarter_its_title_states(tmp_path, period):
    rows = _by(load_table(_csv(tmp_path, NAVICO), period=period))
    assert rows["Lợi nhuận sau thuế"].ky_bao_cao == 120 * 10**9
    assert rows["Lợi nhuận sau thuế"].cung_ky == Decimal("-13.17") * 10**9
    assert rows["Lợi nhuận sau thuế (từ đầu năm)"].ky_bao_cao == Decimal("567.2") * 10**9
    assert rows["Lợi nhuận sau thuế (từ đầu năm)"].cung_ky is None


def test_two_running_totals_of_different_spans_are_not_paired(tmp_path):
    # zz-toan-quoc-hang-hai-2022-03: the three months and the two months, the same year: no last year's
    text = ("Mã,Chỉ tiêu,Đơn vị tính,Ước thực hiện tháng 3/2022,Lũy kế 3 tháng năm 2022,Lũy kế 2 tháng năm 2022\n"
            "1,Hàng hóa thông qua cảng biển,nghìn tấn,\"61.000\",\"172.000\",\"111.000\"\n")
    rows = _by(load_table(_csv(tmp_path, text), period="2022-03"))
    assert all(f.cung_ky is None for f in rows.values())
