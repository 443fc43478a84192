"""Issue 14, the lead's round: a bound or a range that says which things a count counts is no row of its own
(``evaluations/cases/heldout/p-*``, the checker's batch that no template round had read). Real sentences from the
public pages named in each comment."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template, values

SEVEN_MONTHS_2019 = "Báo cáo kết quả sản xuất thủy sản 7 tháng đầu năm 2019"
YEAR_2019 = "Báo cáo kết quả xây dựng nông thôn mới năm 2019"


def test_the_classes_of_a_fleet_by_length_are_no_rows_their_counts_are(tmp_path):
    # Báo Quảng Ngãi, thủy sản 7 tháng 2019: "tàu cá có chiều dài dưới 6m: 271 chiếc; từ 6 đến dưới 12m: 912 chiếc"
    tpl = template(tmp_path, SEVEN_MONTHS_2019,
                   "Toàn tỉnh hiện có 5.664 tàu cá với 1.851.808 CV; trong đó tàu cá có chiều dài dưới 6m: 271 chiếc; "
                   "từ 6 đến dưới 12m: 912 chiếc; từ 12 đến dưới 15m: 1.179 chiếc; từ 15m đến dưới 24m: 3.128 chiếc; "
                   "từ 24m trở lên: 174 chiếc.")
    got = values(tpl)
    assert {Decimal(271), Decimal(912), Decimal(1179), Decimal(3128), Decimal(174)} <= set(got)
    assert not {Decimal(6), Decimal(12), Decimal(15), Decimal(24)} & set(got)


def test_the_ranges_of_criteria_that_classify_communes_are_no_rows(tmp_path):
    # Sở NN&PTNT Thừa Thiên Huế, nông thôn mới 2019: "có 21 xã đạt từ 15-18 tiêu chí(20,2%);24 xã đạt từ 10-14 tiêu chí"
    tpl = template(tmp_path, YEAR_2019,
                   "Trong số 47 xã còn lại, có 21 xã đạt từ 15-18 tiêu chí (20,2%); 24 xã đạt từ 10-14 tiêu chí "
                   "(23,1%).")
    got = values(tpl)
    assert Decimal(21) in got and Decimal(24) in got
    assert Decimal(15) not in got and Decimal(10) not in got
    # a count that no bound or range qualifies stays a row
    tpl = template(tmp_path, YEAR_2019, "Trong năm đã kết nạp 120 hội viên mới, nâng tổng số lên 1.250 hội viên.")
    assert Decimal(120) in values(tpl)
