"""Issue 14, round 37: a stock said *as of now* (``Tính tới thời điểm hiện tại, … có``, ``Hiện nay, … có``) and the
parts listed after it are standing facts, and so is a ratio per the noun of such a stock (``3,47km/điểm``)
(``held.held_now``, ``held.per_held``).  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def standing(tpl, value):
    return any(s.value == Decimal(str(value)) for s in tpl.standing)


POST_OFFICE = ("Theo báo cáo của Bưu điện tỉnh, tổng doanh thu năm 2015 đạt hơn 96 tỷ đồng, vượt so với kế hoạch, "
               "tăng gần 45% so với năm 2014; lợi nhuận hơn 1,8 tỷ đồng. Tính tới thời điểm hiện tại, Bưu điện tỉnh "
               "có 276 điểm, trong đó có 48 bưu cục, 162 điểm bưu điện văn hóa xã, 18 bưu cục phát, 3 đại lý bưu "
               "điện và 45 thùng thư công cộng độc lập. Bán kính phục vụ bình quân đạt 3,47km/điểm, số dân phục vụ "
               "bình quân đạt 5.353 người/điểm.")


def test_a_post_office_network_as_of_now_is_standing(tmp_path):
    # yr-quang-nam-buu-dien-tinh-doanh-thu-2015: eight rows the hand leaves (it keeps 96, 1,8 and 34,4 tỷ đồng)
    tpl = template(tmp_path, "Bưu điện tỉnh tổng kết hoạt động năm 2015", POST_OFFICE)
    for value in (276, 48, 162, 18, 3, 45):
        assert not has(tpl, value), value
        assert standing(tpl, value), value
    assert has(tpl, 96000000000) and has(tpl, 1800000000)      # the year's revenue and profit stay rows


def test_the_averages_per_point_of_the_network_are_standing(tmp_path):
    tpl = template(tmp_path, "Bưu điện tỉnh tổng kết hoạt động năm 2015", POST_OFFICE)
    assert not has(tpl, 3.47) and not has(tpl, 5353)
    assert standing(tpl, 3.47) and standing(tpl, 5353)


def test_a_province_s_postal_network_now_is_standing(tmp_path):
    # hoabinh.gov.vn (mạng lưới thông tin cơ sở): before, «Số doanh nghiệp trên địa bàn tỉnh» 2 and the network's
    # 216 / 189 / 27 were rows
    tpl = template(tmp_path, "Báo cáo công tác thông tin và truyền thông năm 2022",
                   "Hiện nay, trên địa bàn tỉnh có 2 doanh nghiệp, chi nhánh doanh nghiệp đang hoạt động lĩnh vực bưu "
                   "chính với 216 điểm phục vụ bưu chính, gồm 189 điểm Bưu điện - văn hóa xã, 27 bưu cục. Toàn tỉnh "
                   "hiện có 134 điểm Bưu điện - văn hóa xã có mạng internet.")
    for value in (2, 216, 189, 27):
        assert not has(tpl, value), value


def test_guard_a_mean_per_household_of_a_stock_said_by_its_total_is_a_row(tmp_path):
    # zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024: the hand keeps «Số đầu gia súc bình quân» 2,99 con/hộ (the
    # first try of per_held, over every standing noun, lost it)
    tpl = template(tmp_path, "Báo cáo công tác phòng chống rét vụ Đông Xuân 2023-2024",
                   "Hiện nay trên địa bàn tỉnh, tổng số hộ chăn nuôi gia súc lớn là 41.944 hộ với 125.494 con; trong "
                   "đó 97.015 con trâu, 22.366 con bò, 6.113 con ngựa; số đầu gia súc bình quân 2,99 con/hộ.")
    assert has(tpl, 2.99)


def test_guard_a_level_said_now_with_its_change_is_a_row(tmp_path):
    # p-hoabinh-htx-2022: the hand keeps 415 HTX
    tpl = template(tmp_path, "Báo cáo tình hình phát triển hợp tác xã năm 2022",
                   "Hiện nay, trên địa bàn tỉnh có 415 HTX nông nghiệp, tăng 11,14% so với cùng kỳ năm trước.")
    assert has(tpl, 415)


def test_guard_what_has_come_about_as_of_now_is_a_row(tmp_path):
    # zv-toan-quoc-cuc-quan-ly-kham-chua-benh-4-ngay-tet-2020-01: «đã có»
    tpl = template(tmp_path, "Báo cáo tình hình khám chữa bệnh 4 ngày Tết Canh Tý 2020",
                   "Tính đến thời điểm hiện tại đã có 910 ca khám, cấp cứu do ngộ độ thức ăn, rối loạn tiêu hóa ; "
                   "trong đó có 236 ca do ngộ độc rượu bia và 221 ca ngộ độc do thức ăn tự chế biến.")
    assert has(tpl, 910) and has(tpl, 236)


def test_industrial_parks_in_a_running_total_to_the_period_s_end_are_standing(tmp_path):
    # yr-toan-quoc-vu-quan-ly-kkt-kcn-kkt-san-xuat-kinh-doanh-2015-9t: a row «Số khu công nghiệp được thành lập» 299
    tpl = template(tmp_path, "Tình hình hoạt động của các KCN, KKT 9 tháng đầu năm 2015",
                   "Báo cáo cũng cho thấy, 9 tháng đầu năm 2015 có 4 khu công nghiệp mới được thành lập và mở rộng là "
                   "Thành Hải (Ninh Thuận), Chu Trinh (Cao Bằng), Chấn Hưng (Vĩnh Phúc), Mông Hóa (Hòa Bình).\n\n"
                   "Như vậy, lũy kế đến hết tháng 09/2015, cả nước có 299 khu công nghiệp được thành lập, với tổng "
                   "diện tích đất tự nhiên gần 84 nghìn ha.")
    assert not has(tpl, 299) and standing(tpl, 299)
    assert has(tpl, 4)                                  # the period's new parks stay a row


def test_projects_still_running_to_the_year_s_end_are_standing(tmp_path):
    # dalat-info.vn «Toàn tỉnh có 31 dự án đầu tư trên các lĩnh vực» (2020): a row «Số dự án còn hoạt động lũy kế» 977
    tpl = template(tmp_path, "Năm 2020 toàn tỉnh có 31 dự án đầu tư",
                   "Đồng thời, trên địa bàn tỉnh có 10 dự án bị thu hồi, chấm dứt hoạt động đầu tư, với số vốn đăng ký "
                   "đầu tư 1.953 tỷ đồng. Lũy kế đến hết năm 2020, có 977 dự án còn hoạt động.")
    assert not has(tpl, 977) and standing(tpl, 977)
    assert has(tpl, 10)


def test_guard_the_period_s_own_running_sum_is_a_row(tmp_path):
    # baolamdong.vn «11 dự án được chấp thuận chủ trương đầu tư» (10 tháng 2023): «lũy kế 10 tháng» is the period's
    tpl = template(tmp_path, "Báo cáo thu hút đầu tư 10 tháng năm 2023",
                   "Theo đó, lũy kế 10 tháng năm 2023, tỉnh có 11 dự án được quyết định chấp thuận chủ trương đầu tư "
                   "với tổng quy mô vốn đầu tư là 843,1 tỷ đồng, quy mô diện tích là 70,7 ha.")
    assert has(tpl, 11)
