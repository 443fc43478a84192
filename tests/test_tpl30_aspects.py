"""Issue 14, round 30: a rate followed by its aspect — ``về lượng`` (the quantity) or ``về trị giá/kim ngạch/giá
trị`` (the value) — changes the amount of that kind, as trade reports pair them (``recognisers.aspect_row``); and the
aspect trailing the rate before is no subject of the next rate's own (``tăng 47,7% về lượng và tăng 37,1% …`` had
made ``37,1`` a row ``Tốc độ tăng về lượng``).  Quotes as printed (slug in each comment); a counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def rates(tpl, value):
    return [float(d) for d in derived(tpl, value)]

OCT_2023 = "Báo cáo xuất khẩu hạt điều tháng 10 và 10 tháng năm 2023"
AUG_2023 = "Báo cáo xuất khẩu hạt điều tháng 8 năm 2023"
SEP_2018 = "Báo cáo xuất khẩu cà phê 15 ngày đầu tháng 9 năm 2018"


def test_two_comparisons_each_with_volume_and_value(tmp_path):
    # t23-baogialai-dieu-10t-2023: "37,1" had been a row, and every rate hung on the value
    tpl = template(tmp_path, OCT_2023,
                   "Trong tháng 10-2023, xuất khẩu hạt điều nhân của Việt Nam ghi nhận mức cao kỷ lục mới với 64.320 "
                   "tấn, trị giá 358,18 triệu USD (tăng 13,3% về lượng và tăng 15,5% về trị giá so với tháng 9-2023; "
                   "tăng 47,7% về lượng và tăng 37,1% về trị giá so với tháng 10-2022).")
    assert not has(tpl, 37.1)
    assert rates(tpl, 64320) == [13.3, 47.7] and rates(tpl, 358180000) == [15.5, 37.1]


def test_volume_and_value_a_paragraph_after_the_amounts(tmp_path):
    # t23-langsontrade-dieu-8t-2023: "21,8" had been a row
    tpl = template(tmp_path, AUG_2023,
                   "Theo Tổng cục Hải quan, tháng 8 đầu năm, xuất khẩu hạt điều của Việt Nam đạt 60,58 nghìn tấn, kim "
                   "ngạch 333,83 triệu USD, tăng 10,8% về lượng và tăng 9,7% về kim ngạch so với tháng trước.",
                   "Nếu so với cùng kỳ 2022, kết quả xuất khẩu mặt hàng hạt điều còn tăng trưởng cao hơn với các con số "
                   "lần lượt là: tăng 29,2% về lượng và tăng 21,8% về kim ngạch.")
    assert not has(tpl, 21.8)
    assert 29.2 in rates(tpl, 60580) and 21.8 in rates(tpl, 333830000)


def test_coffee_fortnight_decrease_then_increase(tmp_path):
    # zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09's sentence: each rate on its own amount
    tpl = template(tmp_path, SEP_2018,
                   "Xuất khẩu cà phê 15 ngày đầu tháng 9/2018 đạt 59,3 nghìn tấn, trị giá 102,47 triệu USD, giảm 16,9% "
                   "về lượng và giảm 21,3% về trị giá so với 15 ngày đầu tháng 8/2018, nhưng tăng 37% về lượng và tăng "
                   "3,1% về trị giá so với cùng kỳ năm 2017.")
    assert rates(tpl, 59300) == [16.9, 37] and rates(tpl, 102470000) == [21.3, 3.1]


def test_a_rate_with_no_aspect_stays_on_the_nearest_amount(tmp_path):
    # counter-case: no "về lượng/về trị giá" — the change goes to the amount right before it, as before
    tpl = template(tmp_path, OCT_2023,
                   "Trong tháng 10-2023, xuất khẩu hạt điều nhân đạt 64.320 tấn, trị giá 358,18 triệu USD, tăng 15,5% "
                   "so với tháng 9-2023.")
    assert rates(tpl, 358180000) == [15.5] and not derived(tpl, 64320)


def test_rates_said_before_their_amounts_keep_their_reading(tmp_path):
    # p14-thoibaotaichinh-gao-5t-2022 (the sweep's guard): "tăng 2,4% kim ngạch" after the month's amounts is the
    # value's change (it had been a row); in the next sentence the rates come before the amounts they change
    # ("…, đạt 91.675 tấn"), so "về lượng" before "25,5%" is read as before — no row of 25,5 either
    tpl = template(tmp_path, "Báo cáo xuất khẩu gạo tháng 5 năm 2022",
                   "Tháng 5/2022 xuất khẩu 710.371 tấn gạo, tương đương 347,14 triệu USD, giá trung bình 488,7 USD/tấn, "
                   "tăng 27,8% về lượng và tăng 25,8% kim ngạch; giá giảm nhẹ 1,6% so với tháng 4/2022; tăng 13,3% về "
                   "lượng, tăng 2,4% kim ngạch và giảm 9,7% về giá so với tháng 5/2021. Xuất khẩu gạo sang thị trường "
                   "Trung Quốc tháng 5/2022 giảm 22,6% về lượng và giảm 25,5% kim ngạch so với tháng 4/2022, đạt 91.675 "
                   "tấn, tương đương 45,8 triệu USD.")
    assert not has(tpl, 2.4) and not has(tpl, 25.5)
