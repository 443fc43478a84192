"""Issue 14, round 11: the template's precision on 25 fresh sweep pages (``t4-*``, judged in
evaluations/sweep/template-round11.md). Each test writes sentences as the pages print them (the page's slug named in
each comment) as a prior report, and asserts what the template makes of them; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR_2020 = "Báo cáo tình hình tai nạn lao động năm 2020"


def _values(tpl):
    return [r.value for r in tpl.rows]


def _derived(tpl):
    return [d.value for r in tpl.rows for d in r.derived]


# ------------------------------------------------------------------ 1. a change restated as a rate after "tương ứng (với)"

def test_a_change_restated_after_tuong_ung_voi_is_the_rows_derivation_with_or_without_a_comma(tmp_path):
    # zz-toan-quoc-tai-nan-lao-dong-2020 (the ministry's notice, held out): every change restated as a rate after
    # "tương ứng với", no comma between; the same with a comma, and t4-tcts-danso-2020's "tương đương tăng"
    tpl = template(tmp_path, YEAR_2020,
                   "– Số người chết vì TNLĐ: 966 người, so với năm 2019 giảm 13 người tương ứng 1,34%, (trong đó, khu "
                   "vực có quan hệ lao động: 661  người, tăng 51 người tương ứng với 8,36% so với năm 2019; khu vực "
                   "người lao động làm việc không theo hợp động lao động: 305 người, giảm 64 người tương ứng với 17,34% "
                   "so với năm 2019);",
                   "Số lao động của đơn vị là 700 người, tăng 51 người, tương ứng với 7,86% so với năm 2019.",
                   "Tổng cục Thống kê cho biết, dân số trung bình năm 2020 của cả nước ước tính 97,58 triệu người, tăng "
                   "1.098,7 nghìn người, tương đương tăng 1,14% so với năm 2019.")
    assert not [r for r in tpl.rows if r.unit == "%"]
    assert {Decimal(966), Decimal(661), Decimal(305), Decimal(700)} <= set(_values(tpl))
    assert {Decimal("1.34"), Decimal("8.36"), Decimal("17.34"), Decimal("7.86"), Decimal("1.14")} <= set(_derived(tpl))
    row = next(r for r in tpl.rows if r.value == 661)
    assert row.base == 610


def test_a_rate_after_tuong_ung_that_restates_no_change_is_left_alone(tmp_path):
    # counter-case (t4-hue-ntm-2018): "tương ứng tỷ lệ 42,31%" after a count with no change is its share, not a change
    tpl = template(tmp_path, "Kết quả thực hiện xây dựng nông thôn mới năm 2018",
                   "Đến cuối năm 2018 có thêm 14 xã hoàn thành 19/19 tiêu chí, đưa tổng số xã đạt chuẩn toàn tỉnh lên "
                   "44 xã /104 xã, tương ứng tỷ lệ 42,31%.")
    assert not [r for r in tpl.rows if r.unit == "%"]
    assert not [d for r in tpl.rows for d in r.derived if "tăng" in d.how or "giảm" in d.how]
