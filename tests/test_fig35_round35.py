"""Round 35 of the figures loader: times typed as a clock, a value column headed by a quantity on a day, a frequency
per member of a population (evaluations/figures-round35.md; sheets in evaluations/data/figures-round35/ and round 34's)."""
from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.clocktimes import clock_seconds, clock_unit
from service.figures.load import load_table
from service.figures.schema import read_title
from service.figures.units import read_unit

DATA = Path(__file__).resolve().parent.parent / "evaluations" / "data"
R34, R35 = DATA / "figures-round34", DATA / "figures-round35"


def _rows(path, period):
    return {x.chi_tieu: (x.don_vi_tinh, x.ky_bao_cao) for x in load_table(path, period=period)}


# (1) times as values: Breaking3 (webthethao 2022) as text, VM All-Star 2026 (vnexpress) as Excel time cells
def test_breaking3_times_typed_as_text_are_seconds():
    rows = _rows(R34 / "c07-breaking3-marathon-gio-phut-giay-2022-01.csv", "2022-01")
    assert rows["Thành tích của vận động viên vô địch nội dung nam"] == ("giây", Decimal(9944))   # 2:45:44
    assert rows["Vận động viên về nhì kém nhà vô địch"] == ("giây", Decimal(19))
    assert rows["Số vận động viên tham dự"] == ("VĐV", Decimal(65))


def test_vm_all_star_excel_time_cells_are_seconds():
    rows = _rows(R34 / "c08-vm-all-star-thanh-tich-o-gio-2026-02.xlsx", "2026-02")
    assert rows["Cự ly 42 km - thành tích vô địch nam"] == ("giây", Decimal(8385))   # 02:19:45
    assert rows["Cự ly 21 km - thành tích vô địch nữ"] == ("giây", Decimal(4932))    # 01:22:12


@pytest.mark.parametrize("unit", ["giờ:phút:giây", "h:mm:ss", "hh:mm:ss", "Giờ : phút : giây"])
def test_clock_units(unit):
    assert clock_unit(unit) and read_unit(unit).text == "giây" and not read_unit(unit).integral


@pytest.mark.parametrize("unit", ["giờ", "giờ/ngày", "phút", "giây", "giờ:phút"])
def test_not_clock_units(unit):
    assert not clock_unit(unit)


def test_clock_values_and_not():
    assert clock_seconds("2:45:44") == 9944 and clock_seconds("02:19:45") == 8385
    assert clock_seconds("14:33,54") is None        # two fields: left unread
    assert clock_seconds("2:75:10") is None         # minutes over 59: no time
    assert clock_seconds("20/10/2021") is None and clock_seconds(Decimal(5)) is None


# (2) a value column headed by a quantity on a day: An Giang 20/10/2021 (thegioitiepthi), Long Xuyên 22/9/2014 (vinanet)
def test_price_on_a_day_with_a_range_loads():
    rows = _rows(R35 / "d03-long-xuyen-gia-thoc-gao-ngay-2014-09.csv", "2014-09")
    assert rows["Gạo thơm Jasmine"] == ("đồng", Decimal(13500)) and len(rows) == 6


def test_price_on_a_day_read_as_the_period_column():
    t = load_table(R35 / "d02-an-giang-gia-lua-gao-ngay-2021-10.csv", period="2021-10")
    assert {x.chi_tieu: x.ky_bao_cao for x in t}["Gạo Nàng Nhen"] == Decimal(20000)
    assert not any("cột số duy nhất" in w.message for w in t.warnings)


@pytest.mark.parametrize("title,date", [("Giá ngày 20/10/2021", (2021, 10, 20)), ("Giá ngày 22/9/2014", (2014, 9, 22)),
                                        ("Giá bán ngày 20/10/2021", (2021, 10, 20))])
def test_quantity_on_a_day_titles(title, date):
    ct = read_title(title)
    assert ct.column == "period" and ct.date == date


@pytest.mark.parametrize("title,column", [("Ghi chú ngày 20/10/2021", "ghi_chu"), ("Tăng so với ngày 19/10/2021", "derived"),
                                          ("Nội dung ngày 2/9", "chi_tieu"), ("Giá", None)])
def test_not_a_quantity_on_a_day(title, column):
    assert read_title(title).column == column


# (4) a frequency per member of a population: EVN MAIFI (tinhuyquangtri 2018), BHXH's visits per card a year (tienphong)
def test_evn_maifi_loads_with_decimals():
    rows = _rows(R34 / "c05-evn-do-tin-cay-9-thang-text-2018-9t.xlsx", "2018-9T")
    assert rows["MAIFI"] == ("lần/khách hàng", Decimal("1.21")) and rows["SAIFI"][1] == Decimal("4.36")


def test_bhxh_visits_per_card_a_year_loads():
    t = load_table(R35 / "d01-bhxh-tan-suat-kcb-luot-the-nam-2017.csv", period="2017")
    row = next(x for x in t if x.chi_tieu == "Tần suất khám chữa bệnh bảo hiểm y tế")
    assert (row.don_vi_tinh, row.ky_bao_cao, row.cung_ky) == ("lượt/thẻ/năm", Decimal("2.1"), Decimal("1.9"))


@pytest.mark.parametrize("unit", ["người/lượt", "vụ/đối tượng", "lượt/người", "lượt"])
def test_two_counts_stay_whole(unit):
    assert read_unit(unit).integral


def test_a_week_ending_on_a_day_stays_a_stretch():
    """held-out yg-ha-noi-cdc-tay-chan-mieng-2024-3t: «Tuần kết thúc ngày 29/3/2024» beside «Từ đầu năm 2024 đến nay»."""
    assert read_title("Tuần kết thúc ngày 29/3/2024").date is None or read_title("Tuần kết thúc ngày 29/3/2024").column != "period"
    assert not read_title("Đợt cuối ngày 5/6/2024").column == "period" or read_title("Đợt cuối ngày 5/6/2024").date is None
