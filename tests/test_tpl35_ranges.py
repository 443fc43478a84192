"""Issue 14, round 35: a change said as a range (``từ 22 - 42%``) of several things the sentence names (``như …``,
``đều``) is the spread of their changes, no row (``spread.range_over_several``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_several_port_areas_from_22_to_42(tmp_path):
    # yp-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2020-10t: a row «Tỷ lệ Thái Bình có mức tăng» 42 %
    tpl = template(tmp_path, "Báo cáo hàng hóa thông qua cảng biển 10 tháng năm 2020",
                   "Một số khu vực cảng biển khác như Cần Thơ, Mỹ Tho, Nam Định, Thanh Hóa, Thái Bình có mức tăng "
                   "tương đối cao từ 22 - 42% so với cùng kỳ năm 2019.")
    assert not has(tpl, 42)


def test_two_port_areas_from_40_to_46(tmp_path):
    # zc-toan-quoc-hang-hoa-qua-cang-bien-2018-09 (no row of 46 before the rule either: a guard that it keeps so)
    tpl = template(tmp_path, "Báo cáo hàng hóa thông qua cảng biển 9 tháng năm 2018",
                   "Ngoài ra, một số cảng thuộc khu vực như: Bình Thuận, Mỹ Tho cũng có lượng hàng hóa thông qua tăng "
                   "từ 40 - 46%.")
    assert not has(tpl, 46)

