"""Issue 14, round 28: a share kept with the amount it is the share of — said before it (``chiếm 60,9% tổng lưu
lượng với 36.247.961 lượt``: ``context.share_ahead``) or right after it with no comma (``168,1 triệu USD chiếm 13,4%``:
``statements.share_of_whole``).  Fresh sweep pages ``t21-*`` (evaluations/sweep/template-round28.md) and older sweep
pages; sentences as the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

YEAR_2024 = "Báo cáo kết quả công tác quản lý xuất nhập cảnh năm 2024"
YEAR_2020 = "Báo cáo tình hình chăn nuôi năm 2020"
MONTHS_2016 = "Báo cáo tình hình thu hút vốn đầu tư trực tiếp nước ngoài 2 tháng đầu năm 2016"
YEAR_2019 = "Báo cáo kết quả phong trào nông dân sản xuất, kinh doanh giỏi năm 2019"

XNC = ("Tổng số lượt xuất nhập cảnh đạt 59.521.947 lượt, tăng 48,2% so với năm 2023. Các cảng hàng không quốc tế tiếp "
       "tục là cửa ngõ chính của hoạt động xuất nhập cảnh, chiếm 60,9% tổng lưu lượng với 36.247.961 lượt.")


def test_a_share_of_a_total_then_with_its_amount(tmp_path):
    # t21-xuatnhapcanh-2024: 60,9 % had been a row "Tỷ lệ tổng lưu lượng"
    tpl = template(tmp_path, YEAR_2024, XNC)
    assert not has(tpl, "60.9")
    assert Decimal("60.9") in derived(tpl, 36247961)


def test_the_share_goes_to_the_amount_after_it_not_the_count_before(tmp_path):
    # c22-danviet-danheo-12-2020: 23 % is the big farms' share of the herd (5,5 triệu con), not of 16 enterprises
    tpl = template(tmp_path, YEAR_2020, "Đặc biệt, có 16 doanh nghiệp chăn nuôi lớn, chiếm 23% tổng đàn heo thịt với "
                                        "5,5 triệu con.")
    assert has(tpl, 16) and not has(tpl, 23)
    assert Decimal(23) in derived(tpl, 5500000) and Decimal(23) not in derived(tpl, 16)


def test_a_share_of_a_total_with_no_amount_after_stays_with_the_count_before(tmp_path):
    # counter-case, t4-hndvn-sxkdg-canuoc's shape: no "với" and no amount after the total
    tpl = template(tmp_path, YEAR_2019, "Hộ sản xuất, kinh doanh giỏi ngành trồng trọt là 1.877.588 hộ chiếm 47%; hộ "
                                        "sản xuất, kinh doanh giỏi ngành chăn nuôi là 1.463.062 hộ chiếm 36,8%.")
    assert derived(tpl, 1877588) == [Decimal(47)] and derived(tpl, 1463062) == [Decimal("36.8")]


def test_a_share_right_after_money_with_no_comma(tmp_path):
    # t21-cand-fdi-1ty: "13,4 %" had been a row "Tỷ lệ tổng vốn đầu tư" (the verb read as the amount's noun);
    # the comma'd one before it was kept
    tpl = template(tmp_path, MONTHS_2016,
                   "Hải Dương đứng thứ hai với tổng vốn đăng ký 181,3 triệu USD, chiếm 14,4% tổng vốn đầu tư. Bình "
                   "Dương đứng thứ ba với tổng số vốn đăng ký 168,1 triệu USD chiếm 13,4% tổng vốn đầu tư.")
    assert not has(tpl, "13.4") and not has(tpl, "14.4")
    assert derived(tpl, 168100000) == [Decimal("13.4")] and derived(tpl, 181300000) == [Decimal("14.4")]


def test_a_rate_reached_after_a_class_range_is_no_share(tmp_path):
    # counter-case, p19-tienphong-hanoi-tet-quymao-2023-01: only "chiếm" right after the amount makes a share; the
    # occupancy "đạt khoảng 40%" after "khách sạn 1-5" (hotels of 1 to 5 stars) stays the rate (the first version of
    # the rule, which took "đạt" too, had hung it on the 5)
    tpl = template(tmp_path, "Báo cáo tình hình du lịch dịp Tết Quý Mão 2023",
                   "Báo cáo của Sở Du lịch cũng cho thấy, tính trong 5 ngày nghỉ Tết từ 21/1 - 26/1 công suất bình quân "
                   "sử dụng buồng phòng khối khách sạn 1-5 đạt khoảng 40%, lượng khách lưu trú chủ yếu đến từ các nước: "
                   "Hàn Quốc, Nhật Bản, Singapore.")
    assert has(tpl, 40)
