"""Round 37: a hydrology bulletin's water levels, each read at an hour of a day, are refused with a message that says
so (service/figures/instants.py).  Sources: Đài KTTV Thái Bình's bulletins of 17/9/2022 (round 36's e10), 28/9/2022
(f01) and 10/12/2020 (f02, the sweep page p42-kttvthaibinh-bantin-thuyvan-none); negatives: hours written inside a
title line (zr-quang-binh «6h00 ngày 26/6/2022»), race times, bare numbers and lengths «13h»."""
import csv
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.instants import hour_of_day, readings_at_hours
from service.figures.load import load_table

ROOT = Path(__file__).resolve().parent.parent
R36 = ROOT / "evaluations/data/figures-round36"
R37 = ROOT / "evaluations/data/figures-round37"
QUANG_BINH = ROOT / "evaluations/cases/heldout/zr-quang-binh-bao-cao-tuan-ubnd-tinh-covid-19-2022-06/figures.csv"


def _refusal(path: Path, period: str) -> str:
    with pytest.raises(InputError) as e:
        load_table(path, period=period)
    return str(e.value)


def test_hmax_beside_its_hour_refused_naming_the_header_and_the_hour():
    said = _refusal(R36 / "e10-thai-binh-muc-nuoc-thuc-do-2022-09.csv", "2022-09")
    assert "hàng 3 («Sông | Trạm | Hmax (cm) | TGXH | Hmin (cm) | TGXH»)" in said
    assert "giờ «08h00» ở hàng 5, cột 4" in said
    assert "không phải số liệu của một kỳ báo cáo" in said


def test_second_bulletin_same_construction_refused():
    said = _refusal(R37 / "f01-thai-binh-muc-nuoc-thuc-do-2022-09-28.csv", "2022-09")
    assert "hàng 2 («Sông | Trạm | Hmax | TGXH | Hmin | TGXH»)" in said
    assert "giờ «04h45» ở hàng 4, cột 4" in said


def test_columns_titled_by_hours_refused():
    said = _refusal(R37 / "f02-thai-binh-muc-nuoc-thuc-do-du-bao-2020-12-10.csv", "2020-12")
    assert "hàng 2 («Sông | Trạm | H (cm) thực đo | H (cm) dự báo»)" in said
    assert "giờ «13h 09/12» ở hàng 3, cột 3" in said


@pytest.mark.parametrize("cell", ["08h00", "02h25", "8h30", "22h55", "13h 09/12", "1h 10/12", "7h 11/12"])
def test_hours_of_day(cell):
    assert hour_of_day(cell)


@pytest.mark.parametrize("cell", ["13h", "168", "16", "-46", "25h00", "13h 32/12", "8h75", "2:45:44", "10:30",
                                  "7 giờ 45 phút", "Hmax 11/12", "(Số lũy kế tính đến 6h00 ngày 26/6/2022)",
                                  "2019/2020", 168, None])
def test_not_hours_of_day(cell):
    assert not hour_of_day(cell)


def test_an_hour_in_a_title_line_says_nothing_and_the_table_loads():
    with QUANG_BINH.open(encoding="utf-8") as f:
        rows = list(enumerate(csv.reader(f), start=1))
    assert readings_at_hours(rows) == ""
    assert len(load_table(QUANG_BINH, period="2022-06")) > 0


def test_one_hour_in_one_row_is_not_a_table_of_readings():
    rows = [(1, ["Chỉ tiêu", "Đơn vị tính", "Năm 2024"]), (2, ["Giờ mở cửa", "giờ", "07h30"]),
            (3, ["Lượt khách", "lượt", "120"])]
    assert readings_at_hours(rows) == ""
