"""The template, from stop 26's working batch (``zc-*``): each test writes the page's sentences as a prior report and
asserts the rows the template makes of them, with the counter-case the rule must leave alone.

- zc-toan-quoc-van-tai-hang-khong-2023-h1: ``tổng lượt hành khách đi máy bay ước đạt 34,7 triệu … Trong đó, khách quốc
  tế đạt 14,7 triệu`` — scaled numbers with no noun of their own count the passengers the paragraph named, not money.
- zc-toan-quoc-hang-hoa-qua-cang-bien-2018-09: ``Hà Tĩnh tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn)`` —
  the amount before ``lên`` is the comparison value of the one after, no row of its own.
"""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

HALF_2023 = "Báo cáo tình hình vận tải hàng không 6 tháng đầu năm 2023"


def _rows(tpl):
    return {r.value: r for r in tpl.rows}


def test_passengers_in_millions_are_passengers(tmp_path):
    tpl = template(tmp_path, HALF_2023,
                   "6 tháng đầu năm 2023, tổng lượt hành khách đi máy bay ước đạt 34,7 triệu, tăng 49,6% so với cùng kỳ "
                   "2022. Trong đó, khách quốc tế đạt 14,7 triệu, tăng gần 5 lần so với cùng kỳ 2022. Khách nội địa đạt "
                   "20 triệu, giảm 3,4% so với cùng kỳ 2022.")
    rows = _rows(tpl)
    for v in (34_700_000, 14_700_000, 20_000_000):
        assert rows[Decimal(v)].kind == "count" and "khách" in rows[Decimal(v)].unit, rows[Decimal(v)]


def test_money_in_millions_after_a_count_stays_money(tmp_path):
    # the counter-case: a money word between the counted noun and the number
    tpl = template(tmp_path, HALF_2023,
                   "6 tháng đầu năm 2023, tổng lượt hành khách đi máy bay ước đạt 34,7 triệu. Doanh thu vận chuyển "
                   "hành khách đạt 20 triệu.")
    assert _rows(tpl)[Decimal(20_000_000)].kind == "money"


def test_an_amount_before_len_is_its_row_s_comparison_value(tmp_path):
    tpl = template(tmp_path, "Báo cáo sản lượng hàng hóa thông qua cảng biển 9 tháng năm 2018",
                   "Một số khu vực cảng biển có lượng hàng hóa thông qua tăng cao như: Hà Tĩnh tăng 97% (từ gần 8,86 "
                   "triệu tấn lên gần 17,5 triệu tấn); Nghệ An tăng 81% (từ hơn 3,5 triệu tấn đến gần 6,5 triệu tấn).")
    values = {r.value for r in tpl.rows}
    assert {Decimal(6_500_000), Decimal(17_500_000)} <= values, values
    assert not values & {Decimal(8_860_000), Decimal(3_500_000)}, values


def test_what_is_still_needed_is_no_row(tmp_path):
    # zd-binh-duong-bhxh-2022-11t (the final batch, in-sample since): the numbers after "cần phải … thêm" are aims
    tpl = template(tmp_path, "Báo cáo kết quả thực hiện 11 tháng năm 2022 của BHXH tỉnh",
                   "Cùng với đó, số thu đạt 22.919 tỉ đồng, đạt 90% kế hoạch. Để hoàn thành các chỉ tiêu, toàn tỉnh cần "
                   "phải phát triển thêm 143.000 người tham gia BHXH bắt buộc; 18.683 người tham gia BHXH tự nguyện và "
                   "358.000 người tham gia BHYT. Đồng thời, BHXH tỉnh sẽ cố gắng tăng thêm khoảng 100.000 người tham "
                   "gia BHYT.")
    values = {r.value for r in tpl.rows}
    assert not values & {Decimal(143_000), Decimal(18_683), Decimal(358_000), Decimal(100_000)}, values
