"""Official notation of figures and derived values, with cases taken from the corpus reports."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from conftest import FIGURES
from service.figures.derive import (change, change_phrase, format_percent, percent_of_target, percent_readings, share,
                                    target_phrase, total)
from service.figures.format import format_figure, format_like
from service.figures.load import load_table
from service.figures.model import Figure


@pytest.fixture(scope="module")
def t2023():
    return load_table(FIGURES / "ham-thuan-bac-2023-h1.csv")


def fig(unit, value, prior=None, target=None):
    return Figure("X", "x", unit, D(value), None if prior is None else D(prior), None if target is None else D(target))


@pytest.mark.parametrize("example,value,expected", [
    ("23,5 triệu đồng", 25_800_000, "25,8 triệu đồng"),
    ("133.500.000 đồng", 141_000_000, "141.000.000 đồng"),
    ("07", 9, "09"),
    ("5.903.359.000đ", 6_120_000_000, "6.120.000.000đ"),
    ("1.000.000đ/suất", 1_200_000, "1.200.000đ/suất"),
    ("2,247 tỷ đồng", 2_500_000_000, "2,5 tỷ đồng"),
    ("2,247 tỷ đồng", 800_000_000, "800 triệu đồng"),          # below a tỷ: the next scale down
    ("155 triệu đồng", 155_250_000, "155,25 triệu đồng"),
    ("155 triệu đồng", 155_250_500, "155.250.500 đồng"),       # not exact in triệu: written in full
    ("155 triệu đồng", 800_000, "800.000 đồng"),
    ("tổng trị giá 23,5 triệu", 23_456_789, "tổng trị giá 23.456.789 đồng"),
    ("55,970 triệu đồng", 56_100_000, "56,100 triệu đồng"),    # the series' fixed three decimals
    ("02 triệu đồng", 3_000_000, "03 triệu đồng"),
    ("hơn 01 tỷ đồng", 1_000_000_000, "hơn 01 tỷ đồng"),
    ("1.035 tỷ đồng", 1_100_000_000, "1,1 tỷ đồng"),            # the report's dot-as-decimal typo not copied
    ("135.697 lượt người", 137_263, "137.263 lượt người"),
    ("hơn 3000 cây xanh", 3200, "hơn 3200 cây xanh"),           # the example does not group thousands
    ("58.068 m2", 60_000, "60.000 m2"),
    ("21,4 km", D("20.8"), "20,8 km"),
    ("2,5km", 3, "3km"),
    ("3km", D("2.5"), "2,5km"),
    ("7 nhà", 9, "9 nhà"),
    ("84,61%", D(22) / 26 * 100, "84,61%"),                     # percentages truncate as the reports do
    ("1,9%", D(3) / 155 * 100, "1,9%"),
    ("31 %", D(248) / 800 * 100, "31 %"),
    ("đạt 100%", D(22) / 26 * 100, "đạt 84,61%"),
])
def test_format_like(example, value, expected):
    assert format_like(example, value) == expected


def test_format_like_pairs_habits_and_errors():
    assert format_like("22/26 đ/c", 24) == "24/26 đ/c"
    assert format_like("34 vụ/57 đối tượng", 40, 61) == "40 vụ/61 đối tượng"
    assert format_like("tăng 09 lượt so với 6 tháng đầu năm 2022", 7) == "tăng 07 lượt so với 6 tháng đầu năm 2022"
    assert format_like("10", 9, leading_zero=True) == "09" and format_like("7", 9, leading_zero=True) == "9"
    assert format_like("khoảng 3000 m2", 2500) == "khoảng 2500 m2"  # the 2 of m2 is not a number
    assert format_like("Covid-19: 12 ca", 15) == "Covid-19: 15 ca"
    with pytest.raises(ValueError):
        format_like("không có số", 5)
    with pytest.raises(ValueError):
        format_like("07", 1, 2)


@pytest.mark.parametrize("unit,value,style,expected", [
    ("lượt người", 135697, None, "135.697 lượt người"),
    ("đồng", 155_000_000, None, "155 triệu đồng"),
    ("đồng", 23_500_000, None, "23,5 triệu đồng"),
    ("đồng", 2_247_000_000, None, "2,247 tỷ đồng"),
    ("đồng", 71_500_500, None, "71.500.500 đồng"),
    ("đồng", 133_500_000, "full", "133.500.000 đồng"),
    ("đồng", 5_903_359_000, "đ", "5.903.359.000đ"),
    ("đồng", 1_000_000, "per:suất", "1.000.000đ/suất"),
    ("đảng viên", 3, "02", "03 đảng viên"),
    ("m2", 3000, "plain", "3000 m2"),
    ("km", D("21.4"), None, "21,4 km"),
    ("%", 100, None, "100%"),
])
def test_format_figure(unit, value, style, expected):
    assert format_figure(fig(unit, value), style=style) == expected


def test_derived_values_of_the_2023_table(t2023):
    dq = t2023.get("DQ-09")  # 22/26 đ/c
    assert percent_of_target(dq) == D(22) * 100 / 26
    assert format_percent(percent_of_target(dq)) == "84,61%" and target_phrase(dq) == "đạt 84,61% so với chỉ tiêu"
    assert {"84,61", "84,62", "84,6", "85"} <= percent_readings(percent_of_target(dq))
    assert format_percent(share(t2023.get("TQ-02"), t2023.get("TQ-01")), 1) == "1,9%"
    assert format_percent(percent_of_target(t2023.get("CT-16")), space=True) == "31 %"
    assert total(t2023.get(c) for c in ("DQ-02", "DQ-03", "DQ-04", "DQ-05")) == t2023.get("DQ-01").ky_bao_cao
    assert change_phrase(t2023.get("NB-06")) == "tăng 25 vụ"
    assert change_phrase(t2023.get("NB-08")) == "giảm 60 người"
    assert change_phrase(t2023.get("NB-01")) == "không tăng, không giảm"
    assert change_phrase(t2023.get("NB-02"), style="02") == "tăng 09 lượt người"
    assert change_phrase(t2023.get("TT-01")) is None  # no prior-year value


def test_change_percent_and_edges():
    c = change(fig("vụ", 45, 40))
    assert (c.absolute, c.percent, c.direction) == (5, D("12.5"), "tăng")
    assert change_phrase(fig("vụ", 45, 40), percent=True) == "tăng 12,5%"
    assert change(fig("vụ", 3, 0)).percent is None and percent_of_target(fig("vụ", 3, target=0)) is None
    assert change_phrase(fig("đồng", 25_800_000, 23_500_000)) == "tăng 2,3 triệu đồng"
