"""Round 32 of the period reader (evaluations/sweep/periods-round32.md): a count to a ten-day part of a month
(``đến trung tuần tháng 10``), set off as its clause's time, is a count to a point in that month — real quotes of the
held-out sources."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _counts(text, year=None):
    return [(m.period.code, m.recogniser, m.reported) for m in find_mentions(text, year, 12 if year else None)
            if m.period is not None and m.period.kind == "month"]


@pytest.mark.parametrize("text,code", [
    # held-out yq-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-vu-mua-2018-10 (the month in figures)
    ("Tính đến trung tuần tháng 10, các địa phương phía bắc đã thu hoạch được 736.600 ha lúa mùa, chiếm 66,6% diện "
     "tích gieo cấy và bằng 95,3% cùng kì năm trước.", "2018-10"),
    # held-out yi-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-dong-xuan-2017-04 (the month in words)
    ("Đến trung tuần tháng Tư, các địa phương phía Nam đã thu hoạch được 1.571 nghìn ha lúa đông xuân, chiếm hơn 81% "
     "diện tích gieo cấy.", "2017-04"),
])
def test_a_count_to_ten_days_of_a_month_is_a_count_to_that_month(text, code):
    for t in (text, unicodedata.normalize("NFD", text)):
        assert [c for c in _counts(t, int(code[:4])) if c[1] == "to-day"] == [(code, "to-day", True)]


def test_ten_days_as_a_time_stay_some_time_within_the_month():
    # held-out zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024 (a guard): a sowing window, no count's point
    text = ("Cây ngô dự kiến gieo trồng trên 10.400 ha; thời vụ gieo trồng từ trung tuần tháng 02 đến hết tháng "
            "3/2024.")
    assert not [c for c in _counts(text, 2023) if c[1] == "to-day"]
    # inside a clause (the recogniser's own example): a figure's cut-off, no count's point
    assert not [c for c in _counts("Sản lượng lũy kế đến trung tuần tháng 11/2022 đạt 5.200 tấn.", 2022) if c[1] == "to-day"]


def test_a_season_report_counted_to_mid_month_is_that_month():
    # held-out yq-...-lua-vu-mua-2018-10: the season's year and a crop compared beside the count read the month
    text = ("Vietnambiz dẫn báo cáo từ Tổng cục Thống kê cho biết, thu hoạch lúa mùa, lúa thu đông trên cả nước là hoạt "
            "động chính trong tháng 10, với 2 triệu ha lúa hè thu được thu hoạch, bằng 99,2% vụ hè thu năm 2017.\n\n"
            "Vụ lúa mùa năm 2018 cả nước gieo cấy được gần 1,7 triệu ha, bằng 98,7% vụ mùa năm trước.\n\n"
            "Tính đến trung tuần tháng 10, các địa phương phía bắc đã thu hoạch được 736.600 ha lúa mùa, chiếm 66,6% "
            "diện tích gieo cấy và bằng 95,3% cùng kì năm trước.")
    assert find_period(text).code == "2018-10"
    case = HELDOUT / "yq-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-vu-mua-2018-10" / "source.txt"
    assert parse_report(case).period == "2018-10"


def test_a_count_to_a_day_compared_with_a_year_is_still_that_years_so_far():
    # the standing rule kept (a guard): a year compared, not a crop, sets the day aside ("so với năm 2017")
    text = ("Đến ngày 27-11, Huyện ủy đã kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm 2017.")
    assert all(not (m.recogniser == "to-day" and m.reported) for m in find_mentions(text) if m.period is not None)
