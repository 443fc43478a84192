"""Issue 14, round 36: a number right after ``mã`` (``mã HS``, ``mã số``) is a code, not a count
(``identifiers.code_after_ma``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_an_hs_code(tmp_path):
    # t27-vcci-muc-8t-2022: a row «Số chiếm bạch tuộc tươi, đông lạnh mã HS» 3 of no unit
    tpl = template(tmp_path, "Xuất khẩu mực, bạch tuộc 8 tháng đầu năm 2022",
                   "Trong đó, xuất khẩu mực chiếm 56,4% đạt 276 triệu USD, tăng 47%; xuất khẩu bạch tuộc chiếm 43,6% "
                   "đạt 213 triệu USD, tăng 24%.",
                   "Bạch tuộc tươi, đông lạnh mã HS 03 chiếm 83% tổng xuất khẩu bạch tuộc.")
    assert not has(tpl, 3)
    assert has(tpl, 276_000_000) and has(tpl, 213_000_000)


def test_route_codes(tmp_path):
    # c27-plo-ngung-hoat-dong-tuyen-xe-buyt-tphcm: no row of 63, 125, 143, 111 before the rule either — a guard
    tpl = template(tmp_path, "Tình hình hoạt động xe buýt năm 2023",
                   "Trước đó, Sở GTVT đã cho ngừng hoạt động bốn tuyến xe buýt An Thới Đông - Tam Thôn Hiệp (mã số 63), "
                   "Lý Nhơn - An Nghĩa (mã số 125), Bến xe Chợ Lớn - Bình Hưng Hòa (mã số 143) và tuyến bến xe quận 8 - "
                   "Bến xe An Sương (mã số 111) cũng với lý do tương tự.")
    assert not any(has(tpl, v) for v in (63, 125, 143, 111))


def test_a_count_after_the_code_stays(tmp_path):
    # a count said after what was coded: the code's word is not right before it
    tpl = template(tmp_path, "Báo cáo công tác thuế năm 2020",
                   "Trong năm đã cấp mã số thuế cho 35 doanh nghiệp mới thành lập.")
    assert has(tpl, 35)
