"""Issue 14, round 29: a share kept with the amount it is the share of — said before it with the share's noun
(``chiếm tỉ trọng 25% với 428 triệu USD``, ``chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD``: ``context.share_ahead``) or
joined by ``và chiếm`` to the change of the amount (``tăng gấp hơn 2 lần so với cùng kỳ và chiếm tỉ trọng 29%``:
``statements.share_after_change``).  Fresh sweep pages ``t22-*`` (evaluations/sweep/template-round29.md) and older
sweep pages; sentences as the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

MONTHS_8_2022 = "Báo cáo tình hình xuất khẩu thủy sản 8 tháng năm 2022"
MONTHS_7_2022 = "Báo cáo tình hình xuất khẩu 7 tháng năm 2022"
YEAR_2022 = "Báo cáo tình hình xuất khẩu hàng dệt may năm 2022"

CATRA = ("Lũy kế 8 tháng qua, xuất khẩu cá tra đạt gần 1,8 tỉ USD, tăng 81% so với cùng kỳ năm ngoái. Kim ngạch cá tra "
         "sang Trung Quốc đạt gần 500 triệu USD, tăng gấp hơn 2 lần so với cùng kỳ và chiếm tỉ trọng 29% xuất khẩu cá "
         "tra của Việt Nam. Thị trường Mỹ chiếm tỉ trọng 25% với 428 triệu USD, tăng 90% so với năm trước.")


def test_a_share_with_its_noun_then_with_its_amount(tmp_path):
    # t22-thanhnien-catra-8t-2022: 25 % had been a row "Tỷ lệ" (the "tỉ trọng" between "chiếm" and the rate, and the
    # "so với" of the change after the amount read as the share's comparison)
    tpl = template(tmp_path, MONTHS_8_2022, CATRA)
    assert not has(tpl, 25)
    assert derived(tpl, 428000000) == [Decimal(25), Decimal(90)]


def test_a_share_then_reached_amount(tmp_path):
    # p10-brvt-xuatkhau-2022-07: 3,65 % and 0,16 % had been rows of their own, beside their amounts
    tpl = template(tmp_path, MONTHS_7_2022,
                   "Trong đó, dầu thô, thực hiện đạt hơn 3,13 tỷ USD, tăng 12,23% so với cùng kỳ; nhóm thủy sản chiếm "
                   "tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%; nhóm nông lâm sản chiếm tỷ trọng 0,16%, đạt 5,32 "
                   "triệu USD, tăng 58,24%.")
    assert not has(tpl, "3.65") and not has(tpl, "0.16")
    assert Decimal("3.65") in derived(tpl, 118900000) and Decimal("0.16") in derived(tpl, 5320000)


def test_a_share_joined_to_the_change_of_an_amount(tmp_path):
    # t22-thanhnien-catra-8t-2022: 29 % had been a row "Tỷ lệ xuất khẩu cá tra của Việt Nam"
    tpl = template(tmp_path, MONTHS_8_2022, CATRA)
    assert not has(tpl, 29)
    assert Decimal(29) in derived(tpl, 500000000)


def test_a_share_joined_to_a_percentage_change(tmp_path):
    # p21-cand-detmay-hoaky-none: 46,1 % had been a row "Tỷ lệ tổng kim ngạch xuất khẩu hàng dệt may của cả nước"
    tpl = template(tmp_path, YEAR_2022,
                   "Hoa Kỳ tiếp tục là thị trường nhập khẩu hàng dệt may lớn nhất từ Việt Nam với trị giá đạt 8,49 tỷ "
                   "USD, tăng 10,1% so với cùng kỳ năm trước, và chiếm 46,1% tổng kim ngạch xuất khẩu hàng dệt may của "
                   "cả nước.")
    assert not has(tpl, "46.1")
    assert derived(tpl, 8490000000) == [Decimal("10.1"), Decimal("46.1")]


def test_a_share_with_no_amount_stays_a_row(tmp_path):
    # counter-case, c3-evn-dienthuongpham-2017-08: shares of a whole with no amount of their own, each then its speed
    tpl = template(tmp_path, "Báo cáo tình hình cung ứng điện tháng 8 năm 2017",
                   "Trong đó, điện dành cho công nghiệp chiếm tỷ trọng 53,9%, tăng 13,1%; quản lý tiêu dùng chiếm tỷ "
                   "trọng 34,3%, tăng 4,5%.")
    assert has(tpl, "53.9") and has(tpl, "34.3")


def test_a_share_compared_stays_off_the_amount(tmp_path):
    # counter-case, the guard's own shape kept: "chỉ đạt 30% (24.300 người) so với cùng kỳ" — no "tăng/giảm" before
    # "so", so the rate compares and is no share of the count after it
    tpl = template(tmp_path, "Báo cáo tình hình du lịch 6 tháng đầu năm 2021",
                   "Khách quốc tế chỉ đạt 30% (24.300 người) so với cùng kỳ.")
    assert has(tpl, 30) and Decimal(30) not in derived(tpl, 24300)
