"""Checker round 82 (helper chk82, issue 13): a comparison row whose label names one direction of change (``Doanh
thu môi giới tăng so với cùng kỳ năm trước`` = 33) keeps that change's size, not an index (``onewaychange``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.checker.indexvalue import change_of_compared
from service.checker.onewaychange import change_said, names_one_way_change
from tests.sweep_tables import anchor_verdicts

BROKER = "xn-toan-quoc-cong-ty-chung-khoan-doanh-thu-moi-gioi-2023-q3"
HYDRO = "xn-toan-quoc-thuy-dien-song-ba-thac-ba-loi-nhuan-2019-q2"
BROKER_RATE = "tăng 33% so với cùng kỳ năm ngoái"


def test_the_brokers_rise_is_the_rows_own_value():
    assert anchor_verdicts(BROKER, "2023-Q3", BROKER_RATE)["33%"] == "derived"


@pytest.mark.parametrize("old, new, said", [("33%", "34%", "34%"), ("33%", "23%", "23%"), ("tăng", "giảm", "33%")])
def test_planted_errors_in_the_brokers_rise_are_caught(old, new, said):
    assert anchor_verdicts(BROKER, "2023-Q3", BROKER_RATE, old, new)[said] == "unsupported"


def test_second_source_a_rise_above_a_hundred():
    # ``Lãi ròng tăng so với cùng kỳ`` = 110: a rise of 110%, not an index of 110 (a rise of 10%)
    assert anchor_verdicts(HYDRO, "2019-Q2", "tăng 110% so với cùng kỳ")["110%"] == "derived"


@pytest.mark.parametrize("label", [
    "Doanh thu môi giới tăng so với cùng kỳ năm trước",
    "Lãi ròng tăng so với cùng kỳ",
    "Doanh thu vận tải hàng hóa - tăng so với cùng kỳ",          # xh-toan-quoc-tong-cong-ty-duong-sat-van-tai-2021-h1
    "Sản lượng hành khách vé lượt giảm so với năm 2019",         # xn-ha-noi-xe-buyt-san-luong-hanh-khach-2020
    "Lợi nhuận toàn Tổng công ty: tăng so với cùng kỳ",          # yc-toan-quoc-viglacera-loi-nhuan-2020-4t
])
def test_real_labels_of_one_way_changes(label):
    assert names_one_way_change(label)
    assert change_said(Decimal("33"), label) == (Decimal("33"), "33%")


@pytest.mark.parametrize("label", [
    "Số xe xuất bến: so với cùng kỳ",                            # a bare comparison: an index in range
    "Tăng (+)/giảm (-) so với cùng kỳ (%)",                      # both ways named
    "Số nhóm hàng hóa và dịch vụ có chỉ số giá tăng so với tháng trước",   # an index named
    "Chỉ số tháng 4/2018 so với cùng kỳ năm 2017 (%)",            # a bare index
    "Doanh thu tăng trưởng",                                     # no comparison in the label (a rate label)
    "Doanh thu môi giới cao hơn quý trước",                      # no direction word tăng/giảm
])
def test_real_negatives_are_not_one_way_changes(label):
    assert not names_one_way_change(label)


def test_a_small_one_way_change_is_read_as_before():
    # ``Giảm so với cùng kỳ năm 2011`` = 0,18 (xm-dak-lak-so-cong-thuong-kim-ngach-xuat-khau-2012-04): below an
    # index's range the reading is unchanged
    label = "Giảm so với cùng kỳ năm 2011"
    assert change_said(Decimal("0.18"), label) == change_of_compared(Decimal("0.18"), label)


def test_a_bare_comparison_stays_an_index():
    assert change_said(Decimal("94.1"), "Số xe xuất bến: so với cùng kỳ")[0] == Decimal("94.1") - 100
