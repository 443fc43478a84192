"""Issue 14, round 47 (the template's precision on unseen text): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _values(tpl):
    return [r.value for r in tpl.rows]


def _standing(tpl):
    return [s.value for s in tpl.standing]


# ------------------------------------------------------------------ inventory.py: a stock and its breakdown

# y-toan-quoc-giao-duc-nghe-nghiep-2018
GDNN = ("Theo số liệu của Tổng Cục Thống kê, hiện nay, cả nước có 1.954 cơ sở GDNN, bao gồm 394 trường cao đẳng, 515 "
        "trường trung cấp và 1.045 trung tâm giáo dục thường xuyên. Đào tạo nghề năm 2018 đã tuyển mới được 2,21 "
        "triệu người.")
# yy-ha-giang-hoi-nguoi-khuyet-tat-tinh-ky-niem-ngay-quoc-te-nkt-2020
HA_GIANG = ("Hội NKT tỉnh được thành lập từ năm 2004, đến nay có 3.712 hội viên, trong đó có 1.104 nữ, 2.608 nam. Trong "
            "năm qua, các hội viên đã đoàn kết, hỗ trợ nhau vươn lên trong cuộc sống.")
# yy-toan-quoc-tong-cuc-phong-chong-thien-tai-vat-tu-gia-co-de-dieu-2018
DYKES = ("Hiện nay, cả nước có tổng số 9.297 km đê, trong đó, đê được phân cấp từ cấp III đến cấp đặc biệt là 2.730 km. "
         "Tuy nhiên, theo đánh giá hiện trạng trước mùa mưa, lũ năm 2019 đã có 237 trọng điểm, vị trí xung yếu.")
# t37-baomoi-ho-dap-an-toan-2023 (a decree's number between the parts)
RESERVOIRS = ("Toàn tỉnh hiện có 544 hồ chứa thủy lợi các loại, trong đó có 474 hồ chứa thuộc phạm vi điều chỉnh của Nghị "
              "định số 114/2018/NĐ-CP, ngày 4/9/2018 của Chính phủ về quản lý an toàn đập, 70 hồ chứa không thuộc phân "
              "loại hồ tại Nghị định số 14/2018/NĐ-CP.")


def test_a_stock_said_now_and_its_breakdown_are_standing(tmp_path):
    tpl = template(tmp_path, "Báo cáo kết quả giáo dục nghề nghiệp năm 2018", GDNN)
    assert not {Decimal("1954"), Decimal("394"), Decimal("515"), Decimal("1045")} & set(_values(tpl))
    assert {Decimal("1954"), Decimal("394"), Decimal("515"), Decimal("1045")} <= set(_standing(tpl))
    assert Decimal("2210000") in _values(tpl)               # the year's intake stays a row


def test_members_so_far_and_their_make_up_are_standing(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác Hội Người khuyết tật tỉnh năm 2020", HA_GIANG)
    assert not {Decimal("3712"), Decimal("1104"), Decimal("2608")} & set(_values(tpl))


def test_a_length_of_dykes_and_its_graded_part_are_standing(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác đê điều năm 2019", DYKES)
    assert not {Decimal("9297"), Decimal("2730")} & set(_values(tpl))


def test_a_decrees_number_between_the_parts_does_not_break_the_list(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác phòng chống thiên tai năm 2023", RESERVOIRS)
    assert not {Decimal("544"), Decimal("474"), Decimal("70")} & set(_values(tpl))


# Negatives: real rows that must stay.
# yb-toan-quoc-lien-minh-htx-phat-trien-htx-2022 (the hand keeps the HTX and their parts: shares said with them)
HTX = ("Đến nay, cả nước có tổng cộng 29.021 HTX, trong đó có 19.384 HTX nông nghiệp, chiếm 68,8%, 8.456 HTX phi nông "
       "nghiệp, chiếm 29,1%; 1.181 Quỹ tín dụng nhân dân, chiếm 4,1%.")
# za-toan-quoc-none-hiv-aids-2010-h1 (a stock dated to the report's day: the period's reading)
HIV = ("Tính đến ngày 30/6, cả nước có 176.436 người nhiễm HIV, trong đó có 41.239 bệnh nhân AIDS còn sống và có 47.466 "
       "bệnh nhân AIDS đã tử vong.")
# w-vinh-phuc-dien-luc-2017-8t (the part is what the period brought)
NEW_CUSTOMERS = "Đến nay, Điện lực Vĩnh Phúc có gần 200 nghìn khách hàng, trong đó có gần 8 nghìn khách hàng mới."
# zv-toan-quoc-cuc-quan-ly-kham-chua-benh-tet-2023 (cases so far: done, no stock)
CASES = ("Tính đến thời điểm hiện tại đã có 910 ca khám, cấp cứu do ngộ độ thức ăn, rối loạn tiêu hóa ; trong đó có 236 "
         "ca do ngộ độc rượu bia và 221 ca ngộ độc do thức ăn tự chế biến.")
# zl-thai-nguyen-dinh-hoa-hoi-cuu-giao-chuc-2021 (no count in the breakdown: the members are the year's row)
NO_PARTS = ("Năm 2021, công tác hội của Hội cựu giáo chức huyện được củng cố và luôn được quan tâm, trong năm Hội đã phát "
            "triển được thêm 51 hội viên, đến nay trong toàn huyện có trên 670 hội viên, trong đó có nhiều cán bộ hội "
            "viên trực tiếp tham gia công tác xã hội tại các xã, thị trấn.")


def test_counter_a_breakdown_with_shares_stays_rows(tmp_path):
    tpl = template(tmp_path, "Báo cáo phát triển hợp tác xã năm 2022", HTX)
    assert {Decimal("29021"), Decimal("19384"), Decimal("8456")} <= set(_values(tpl))


def test_counter_a_dated_stock_stays_rows(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác phòng, chống HIV/AIDS 6 tháng đầu năm 2010", HIV)
    assert {Decimal("176436"), Decimal("41239")} <= set(_values(tpl))


def test_counter_new_ones_and_cases_done_stay_rows(tmp_path):
    tpl = template(tmp_path, "Báo cáo kết quả kinh doanh điện 8 tháng năm 2017", NEW_CUSTOMERS)
    assert Decimal("8000") in _values(tpl)
    tpl = template(tmp_path, "Báo cáo công tác khám chữa bệnh dịp Tết năm 2023", CASES)
    assert {Decimal("910"), Decimal("236"), Decimal("221")} <= set(_values(tpl))


def test_counter_a_breakdown_without_counts_leaves_the_members_a_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác Hội cựu giáo chức năm 2021", NO_PARTS)
    assert Decimal("670") in _values(tpl)


# ------------------------------------------------------------------ yearly.py: a rate's range per span of time

# c18-laichau-hothau-hnd-2023
HO_THAU = ("Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững ngày "
           "càng phát triển, đến nay toàn Hội có 54 hộ SXKDG các cấp, tỷ lệ hộ nghèo giảm bình quân hàng năm từ 3-4%.")
# t28-baokhanhhoa-dienkhanh-quyhtnd-2018
DIEN_KHANH = ("Hội Nông dân huyện Diên Khánh (Khánh Hòa) cho biết, đến nay, toàn huyện đã tích lũy Quỹ hỗ trợ nông dân "
              "(HTND) gần 7,9 tỷ đồng, gồm cả vốn quỹ tỉnh, huyện và 19 xã, thị trấn. Tổng mức vốn quỹ tăng thêm mỗi năm "
              "từ 10 đến 13%.")
# t37-baomoi-duong-sat-hanh-khach-giam
RAILWAY = ("Từ năm 2006 đến nay sản lượng vận tải hành khách của ngành đường sắt liên tục giảm, bình quân mỗi năm từ "
           "5-8%. Ngành đường sắt đang triển khai chương trình nâng cấp hệ thống tàu khách.")
# yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04 (no span before it: the holiday's own rate)
ROOMS = "Công suất buồng đạt khoảng 95-100% toàn tỉnh."


def test_a_rates_range_per_year_is_no_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo Đại hội Hội nông dân xã nhiệm kỳ 2023-2028", HO_THAU)
    assert not [r for r in tpl.rows if r.unit == "%"]
    tpl = template(tmp_path, "Báo cáo Quỹ hỗ trợ nông dân năm 2018", DIEN_KHANH)
    assert Decimal("13") not in _values(tpl) and Decimal("10") not in _values(tpl)
    assert Decimal("7900000000") in _values(tpl)            # the fund's total stays a row


def test_a_pace_since_a_year_said_as_a_range_is_no_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo vận tải đường sắt năm 2012", RAILWAY)
    assert not [r for r in tpl.rows if r.unit == "%"]


def test_counter_a_rates_range_with_no_span_before_it_stays(tmp_path):
    tpl = template(tmp_path, "Báo cáo hoạt động du lịch dịp lễ 30/4 năm 2025", ROOMS)
    assert [r for r in tpl.rows if r.unit == "%"]
