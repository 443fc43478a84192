"""The lead's rules of stop 48, each on real text (the working batch ``yx-*``), each with a negative."""

from service.periods.report import find_period


# Báo Ninh Thuận, Hội Đông y tỉnh (yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016): a letter of 1955 quoted
NINH_THUAN = (
    "Dâng hương tưởng niệm 226 năm ngày mất của Đại y tôn Hải Thượng Lãn Ông (1791-2017).\n"
    "Tại buổi lễ, các đại biểu ôn lại tiểu sử, y nghiệp, truyền thống y đức, y thuật, 9 điều y huấn cách ngôn của Đại y "
    "tôn Hải Thượng Lãn Ông và nghe lại thư của Bác Hồ gửi Hội nghị cán bộ ngành Y tế vào tháng 2-1955.\n"
    "Những năm qua, những người làm công tác y dược cổ truyền tỉnh nhà luôn phát huy truyền thống tốt đẹp. Đến nay, đã có "
    "63/65 xã, phường có tổ chức Hội. Năm 2016, toàn tỉnh khám, chữa bệnh đông y cho trên 163.000 lượt bệnh nhân.\n"
    "Năm 2017, Hội Đông y tỉnh phấn đấu 100% xã, phường có tổ chức Hội.")

# Bắc Ninh, Hội Đông y tỉnh (yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018): a death day by the lunar calendar, 1791
BAC_NINH = (
    "Ngày 18-2, Hội Đông y tỉnh tổ chức lễ dâng hương tưởng niệm Đại danh y Hải Thượng Lãn Ông Lê Hữu Trác nhân kỷ "
    "niệm 228 năm ngày mất của ông (ngày Rằm tháng Giêng năm Tân Hợi 1791); tổng kết công tác Hội năm 2018, triển khai "
    "nhiệm vụ năm 2019.\n\nNăm 2018, các cấp Hội trong tỉnh thực hiện khám chữa bệnh cho hơn 324 nghìn lượt bệnh nhân.")


def test_a_month_of_history_is_no_period_of_the_page():
    assert str(find_period(NINH_THUAN)) == "2016"


def test_a_lunar_dated_month_of_history_is_no_month_of_the_page():
    assert str(find_period(BAC_NINH)) == "2018"


def test_a_month_of_the_page_stays_its_period():
    # negative: the same pages' months of their own years are periods
    assert str(find_period(NINH_THUAN.replace("tháng 2-1955", "tháng 2-2016"))) == "2016-02"
    assert str(find_period("Trong tháng Giêng năm 2019, toàn tỉnh khám chữa bệnh cho 324 lượt bệnh nhân.")) == "2019-01"
