"""Each not-a-figure recogniser on sentences from several real public sources (URL above each case).

The excerpts are short quotations of public Vietnamese news and government pages; each test asks
what a reviewer sees: the number is not a figure of the period (its kind says why), and the real
figures of the same sentence are still read as figures.
"""

import pytest

from service.checker import extract_numbers
from service.checker.extract import CLAIMS, CLASSIFIERS


def mention(text, raw):
    found = [m for m in extract_numbers(text) if text[m.num_start:m.num_end] == raw or m.raw == raw]
    assert found, f"{raw!r} not found in {text!r}: {[m.raw for m in extract_numbers(text)]}"
    return found[0]


def figures(text):
    return [m.raw.strip() for m in extract_numbers(text) if m.is_figure]


def check(text, raw, kind, recogniser=None):
    m = mention(text, raw)
    assert (m.kind, m.is_figure) == (kind, False), (raw, m)
    if recogniser:
        assert m.recogniser == recogniser


def test_registry_is_one_ordered_list_of_named_recognisers():
    names = [r.name for r in CLAIMS]
    assert len(names) == len(set(names)) and all(names)
    assert names.index("url") < names.index("date") < names.index("label")  # a URL's digits are no date
    # months_year (round 101) after year: a year read by its own cue first, the months' year only when none holds
    assert [c.__name__ for c in CLASSIFIERS] == ["anniversary", "year", "months_year", "period", "area_size"]


# ---------------------------------------------------------------- clock times

@pytest.mark.parametrize("text, raw", [
    # https://luutru.gov.vn/chinh-phu-xua-va-nay/sac-lenh-ve-thanh-lap-so-va-ty-thuong-binh-cuu-binh.htm
    ("03:25 PM 30/09/2019  |   Lượt xem: 458  |", "03:25"),
    # https://thoidai.com.vn/truong-hoc-tai-huyen-lam-thao-can-luu-y-gi-khi-trien-khai-cac-khoan-thu-nam-hoc-2021-2022-150114.html
    ("Trang chủ Bạn đọc - Cần biết\n19:58 | 07/09/2021 GMT+7\nPhú Thọ:", "19:58"),
    ("Trang chủ Bạn đọc - Cần biết\n19:58 | 07/09/2021 GMT+7\nPhú Thọ:", "7"),
    # https://vietnammedia.vnanet.vn/video/xa-dao-duy-nhat-san-sang-dua-bo-may-moi-di-vao-hoat-dong-164427.htm
    ("28-08-2025, 19:45 (GMT+7)", "19:45"),
    # http://95loduc.blogspot.com/2021/07/giai-ap-tat-ca-cac-cau-hoi-ve-vaccine.html
    ("Giải đáp tất cả các câu hỏi về vaccine COVID-19\n\n6:23:00 SA", "6:23:00"),
    ("Ngày đăng: 09:53 | 14/06/2023", "09:53"),
    ("Vào lúc 9h30 sáng nay, đoàn công tác đã đến", "9h30"),
    ("hội nghị bắt đầu lúc 14 giờ 30 phút cùng ngày", "14 giờ 30 phút"),
    ("Khoảng 7h sáng 12/3, lực lượng chức năng", "7h"),
])
def test_clock_times(text, raw):
    check(text, raw, "time")


def test_hours_counted_stay_figures():
    assert figures("tham gia 40 giờ lao động tình nguyện") == ["40"]


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, raw", [
    # http://www.baomoi.com/Cong-tac-thi-dua-khen-thuong-can-di-vao-thuc-chat/c/3047285.epi
    ("(VOV) - Sáng 10/8 tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng", "10/8"),
    # https://nhandan.vn/tag/phi%c3%aan+h%e1%bb%8dp+l%e1%ba%a7n+th%e1%bb%a9+20.html
    ("Chiều 3/6, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính", "3/6"),
    # https://vntin.net/tong-bi-thu-chu-tri-cuoc-hop-bo-chinh-tri-ve-tinh-hinh-phong-chong-dich/
    ("Sáng 11.6, tại Trụ sở Trung ương Đảng, Tổng Bí thư", "11.6"),
    # https://baobinhduong.vn/trung-doan-bo-binh-6-bao-dam-dieu-kien-tot-nhat-cho-chien-si-moi-a289748.html
    ("(BDO) Sáng 8-2, Trung đoàn Bộ binh 6 Bộ Chỉ huy Quân sự tỉnh Bình Dương", "8-2"),
    ("Thời gian huấn luyện chiến sĩ mới kéo dài 3 tháng, từ 1-3 đến 31-5.", "1-3"),
    ("Thời gian huấn luyện chiến sĩ mới kéo dài 3 tháng, từ 1-3 đến 31-5.", "31-5"),
    # https://baoquankhu1.vn/trang-in-261000.html
    ("Chiều 3-6, Trung đoàn 2, Sư đoàn 3 tổ chức hội nghị", "3-6"),
    # https://baotayninh.vn/tag-video/H%E1%BB%8Dp%20m%E1%BA%B7t%20k%E1%BB%B7%20ni%E1%BB%87m%20112%20n%C4%83m.html
    ("Sáng 7.3, Hội LHPN tỉnh tổ chức họp mặt kỷ niệm 112 năm Ngày Quốc tế Phụ nữ", "7.3"),
    # http://baocuuchienbinhvietnam.com.vn/kiem-tra-viec-thuc-hien-ket-luan-cua-bo-chinh-tri-ve-doi-moi-phuong-thuc-hoat-dong-cua-hoi-ccb-viet-nam/
    ("Ngày 25-4-2019 đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị", "25-4-2019"),
    # https://laodong.vn/cong-doan/tin-hoat-dong-cong-doan-cac-don-vi-dia-phuong-ngay-204-657730.bld
    ("Tin hoạt động công đoàn các đơn vị, địa phương ngày 20.4", "20.4"),
    # https://thuvienphapluat.vn/bulletin/document.aspx?bid=3d461a6e-8cde-4ce4-98ed-897461299905
    ("Kon Tum, ngày 25\ntháng 01 năm 2024", "25"),
    ("Kon Tum, ngày 25\ntháng 01 năm 2024", "01"),
    ("Ngày đăng tải: 2017-11-24", "2017-11-24"),
    ("diễn ra trong hai ngày 10 và 11/6 tại hội trường", "10"),
    ("(thứ Năm, 14/6), Ban Thường vụ Huyện đoàn", "14/6"),
])
def test_dates(text, raw):
    check(text, raw, "date")


def test_day_month_without_a_date_cue_is_a_ratio():
    # https://thvl.vn/...trung-hiep-can-tap-trung-hoan-thanh-tieu-chi-giao-thong/
    text = "đã được công nhận đạt 19/19 tiêu chí nông thôn mới hồi đầu tháng 6 vừa qua"
    assert mention(text, "19").kind == "ratio" and mention(text, "6").kind == "date"


# ---------------------------------------------------------------- periods, years, ages

@pytest.mark.parametrize("text, raw, kind", [
    ("Báo cáo kết quả hoạt động quý II/2017 của Hội", "2017", "period"),
    ("tình hình KT-XH quý 2 năm 2023 trên địa bàn", "2", "period"),
    # https://vpubnd.quangnam.gov.vn/webcenter/portal/vpubnd/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL221945
    ("tình hình KT-XH tháng 5 và 5 tháng năm 2017; nhiệm vụ công tác trọng tâm tháng 6/2017", "5", "date"),  # "tháng 5": the month,
    ("tình hình KT-XH tháng 5 và 5 tháng năm 2017; nhiệm vụ công tác trọng tâm tháng 6/2017", "6/2017", "date"),
    # http://dongthap.edu.vn/web/
    ("phụ nữ điển hình tiên tiến giai đoạn 2010 - 2015. Dự hội nghị", "2010", "year"),
    ("phụ nữ điển hình tiên tiến giai đoạn 2010 - 2015. Dự hội nghị", "2015", "year"),
    # https://dinhlap.langson.gov.vn/bm/print/8074
    ("Đại hội đại biểu phụ nữ xã lần thứ XXI, nhiệm kỳ 2021-2026 với sự tham gia", "2021", "year"),
    ("trao quà Tết Nguyên đán Giáp Thìn 2024 cho 50 hộ nghèo", "2024", "year"),
    ("tổ chức mừng thọ cho 15 cụ trên 90 tuổi", "90", "age"),
    ("thanh niên trong độ tuổi từ 18 đến 25 tuổi", "18 đến 25", "age"),
])
def test_periods_years_ages(text, raw, kind):
    check(text, raw, kind)


def test_age_bound_leaves_the_count():
    assert figures("tổ chức mừng thọ cho 15 cụ trên 90 tuổi") == ["15"]


# ---------------------------------------------------------------- document references

@pytest.mark.parametrize("text, raw", [
    # https://thoidai.com.vn/truong-hoc-tai-huyen-lam-thao-can-luu-y-gi-khi-trien-khai-cac-khoan-thu-nam-hoc-2021-2022-150114.html
    ("Đây là các nội dung nêu tại văn bản số 1510/UBND-GDĐT hướng dẫn công tác quản lý", "1510/UBND-GDĐT"),
    ("theo Nghị quyết số 04/2021/NQ-HĐND ngày 12/8/2021 của HĐND tỉnh", "04/2021/NQ-HĐND"),
    # http://baocuuchienbinhvietnam.com.vn/kiem-tra-viec-thuc-hien-ket-luan-cua-bo-chinh-tri-ve-doi-moi-phuong-thuc-hoat-dong-cua-hoi-ccb-viet-nam/
    ("(dưới đây gọi tắt là Kết luận 62) Được sự lãnh đạo", "62"),
    # https://havip.com.vn/quyet-dinh-582-cac-xa-dac-biet-kho-khan-nam-2016-2020/
    ("Quyết định 582 các xã đặc biệt khó khăn năm 2016-2020", "582"),
    # https://www.pti.com.vn/vi/cong-van-3947-giai-trinh-chenh-lech-loi-nhuan-hop-nhat-6-thang-nam-2016.html
    ("Công văn 3947 giải trình chênh lệch lợi nhuận hợp nhất 6 tháng năm 2016", "3947"),
    ("thực hiện Chương trình phối hợp số 09 giữa Hội Nông dân và Công an huyện", "09"),
    ("triển khai Kế hoạch 08 của Ban Thường vụ", "08"),
    ("Nghị quyết liên tịch số 05 về phối hợp", "05"),
    ("thực hiện Quyết định 290 của Thủ tướng", "290"),
    # https://xasonlinh.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-Cong-nghe-thong-tin-chuyen-doi-so-trong-v-468686.aspx
    ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này", "1"),
])
def test_document_references(text, raw):
    check(text, raw, "reference")


def test_a_document_noun_before_a_quantity_is_no_reference():
    assert figures("Kế hoạch năm 2023 giao 25 hộ thoát nghèo") == ["25"]


# ---------------------------------------------------------------- names with numbers

@pytest.mark.parametrize("text, raw", [
    # https://vntin.net/tong-bi-thu-chu-tri-cuoc-hop-bo-chinh-tri-ve-tinh-hinh-phong-chong-dich/
    ("cho ý kiến về tình hình phòng chống dịch COVID-19 và nhiệm vụ", "19"),
    # https://baoquankhu1.vn/trang-in-261000.html
    ("Đặc biệt, quy trình thực hành “3 tiếng nổ” bảo đảm", "3"),
    ("tiếp tục nhân rộng mô hình \"4 an toàn\" trong các hộ hội viên", "4"),
    ("vận động thực hiện tiêu chí “5 không, 3 sạch” trong hội viên", "5 không, 3 sạch"),
    # https://giaoducthudo.giaoducthoidai.vn/lanh-ptag.html
    ("Dù bận rộn thực hiện sắp xếp chính quyền theo mô hình 2 cấp nhưng việc tổ chức", "2"),
    ("góp phần thực hiện thắng lợi 2 nhiệm vụ chiến lược xây dựng và bảo vệ Tổ quốc", "2"),
])
def test_names(text, raw):
    check(text, raw, "name")


def test_words_inside_a_quoted_name_are_not_read():
    assert figures("cuộc vận động “Năm không, ba sạch” được 120 hộ hưởng ứng") == ["120"]


def test_a_count_of_models_is_a_figure():
    assert figures("xây dựng 25 mô hình “Dân vận khéo”") == ["25"]


# ---------------------------------------------------------------- unit names

@pytest.mark.parametrize("text, raw", [
    # https://thainguyentv.vn/bo-chi-huy-quan-su-tinh-dong-vien-chien-si-moi-truoc-khi-huan-luyen-103560.html
    ("động viên chiến sĩ mới Trung đoàn 832 trước khi bước vào mùa huấn luyện năm 2024", "832"),
    # http://langsontv.vn/node/95111
    ("Đại đội 2, Tiểu đoàn 4, Trung đoàn 82 triển khai huấn luyện.", "2"),
    ("Đại đội 2, Tiểu đoàn 4, Trung đoàn 82 triển khai huấn luyện.", "4"),
    ("Đại đội 2, Tiểu đoàn 4, Trung đoàn 82 triển khai huấn luyện.", "82"),
    # https://baobinhduong.vn/trung-doan-bo-binh-6-bao-dam-dieu-kien-tot-nhat-cho-chien-si-moi-a289748.html
    ("(BDO) Sáng 8-2, Trung đoàn Bộ binh 6 Bộ Chỉ huy Quân sự tỉnh Bình Dương", "6"),
    # http://baoninhthuan.com.vn/news/105031p24c152/trung-doan-bo-binh-dia-phuong-896-san-sang-vao-mua-huan-luyen-chien-si-moi.htm
    ("Phó Trung đoàn trưởng - Tham mưu trưởng Trung đoàn BBĐP 896 cho biết", "896"),
    # http://qpvn.vn/tin-video/quan-doan-2-nang-cao-nang-luc-can-bo-chu-tri-cap-trung-doan.html
    ("Bộ Tư lệnh Quân đoàn 2 vừa tổ chức Hội thi cán bộ Trung đoàn trưởng", "2"),
])
def test_unit_names(text, raw):
    check(text, raw, "name", "unit-name")


def test_a_unit_that_counts_keeps_its_count():
    # https://thainguyentv.vn/bo-chi-huy-quan-su-tinh-dong-vien-chien-si-moi-truoc-khi-huan-luyen-103560.html
    assert "01" in figures("được giao nhiệm vụ huấn luyện 01 Đại đội chiến sĩ mới")
    # https://baobinhduong.vn/trung-doan-bo-binh-6-bao-dam-dieu-kien-tot-nhat-cho-chien-si-moi-a289748.html
    assert figures("Trung đoàn Bộ binh 6 đã đón nhận 62 chiến sĩ mới") == ["62"]
    assert figures("Dân quân Binh chủng 363/363 đ/c") == ["363", "363"]


# ---------------------------------------------------------------- ordinals and addresses

@pytest.mark.parametrize("text, raw, kind", [
    # https://nhandan.vn/tag/phi%c3%aan+h%e1%bb%8dp+l%e1%ba%a7n+th%e1%bb%a9+20.html
    ("chủ trì Phiên họp lần thứ 20 của Ban Chỉ đạo", "20", "ordinal"),
    # https://vpubnd.quangnam.gov.vn/webcenter/portal/vpubnd/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL221945
    ("Hội đồng nhân dân tỉnh khoá IX tại kỳ họp thứ 4; chỉ đạo các ngành", "4", "ordinal"),
    ("kết quả chặng 1 của giải đua xe đạp", "1", "ordinal"),
    ("tiêm vắc xin đợt 1 cho người dân", "1", "ordinal"),
    ("trong tuần 1 của tháng 9, nhà trường", "1", "ordinal"),
    ("vệ sinh môi trường tại thôn 7 và tổ 8", "7", "address"),
    ("trụ sở tại số 12 đường Lê Lợi, phường 3", "12", "address"),
    ("trụ sở tại số 12 đường Lê Lợi, phường 3", "3", "address"),
    ("dọc tuyến Quốc lộ 14 đoạn qua xã", "14", "address"),
    ("tai nạn tại Km 27+500 QL1A", "27+500", "address"),
])
def test_ordinals_and_addresses(text, raw, kind):
    check(text, raw, kind)


def test_counted_nouns_after_the_number_stay_counts():
    assert figures("tổ chức 1 đợt ra quân, thành lập 85 tổ phản ứng nhanh mỗi tổ 02 người") == ["1", "85", "02"]
    assert figures("tuyên truyền tại 3 thôn, 12 tổ") == ["3", "12"]


# ---------------------------------------------------------------- web furniture

@pytest.mark.parametrize("text, raw, kind", [
    # https://luutru.gov.vn/chinh-phu-xua-va-nay/sac-lenh-ve-thanh-lap-so-va-ty-thuong-binh-cuu-binh.htm
    ("03:25 PM 30/09/2019  |   Lượt xem: 458  |", "458", "furniture"),
    ("Lượt xem: 3.285", "3.285", "furniture"),
    ("Thống kê: 111.497\nOnline: 2", "111.497", "furniture"),
    ("Thống kê: 111.497\nOnline: 2", "2", "furniture"),
    ("| 1.203 lượt xem |", "1.203", "furniture"),
    ("\n\n- 3 -\n\n", "3", "page"),
    ("nội dung\nTrang 3/12\n", "3/12", "page"),
    # https://thvl.vn/thoi-su-thvl/tin-dia-phuong/ghi-nhan-y-kien-dai-bieu-hdnd-tinh-ve-nha-may-nuoc-truong-vach/
    ("Chi tiết xem tại https://thvl.vn/thoi-su/2023/06/tin-123.html nhé", "https://thvl.vn/thoi-su/2023/06/tin-123.html",
     "contact"),
    ("Mọi ý kiến gửi về hoilhpn2023@gmail.com hoặc", "hoilhpn2023@gmail.com", "contact"),
    ("Điện thoại: 0263 3822 123 - Fax: 0263.3822.124", "0263 3822 123", "contact"),
    ("Đường dây nóng 111 hỗ trợ trẻ em", "111", "contact"),
    ("liên hệ chị Lan (0913.456.789) để đăng ký", "0913.456.789", "contact"),
])
def test_web_furniture(text, raw, kind):
    check(text, raw, kind)


def test_a_count_of_views_in_a_sentence_is_a_figure():
    assert figures("Video thu hút hơn 10.000 lượt xem trên mạng xã hội") == ["10.000"]


# ---------------------------------------------------------------- headings

@pytest.mark.parametrize("text, raw, note", [
    # https://xasonlinh.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-Cong-nghe-thong-tin-chuyen-doi-so-trong-v-468686.aspx
    ("PHẦN MỞ ĐẦU\n\n  1. Bối cảnh chọn đề tài:\n", "1.", "heading number"),
    ("\n1.Công tác tuyên truyền\nTrong 6 tháng", "1.", "heading number"),
    ("\n2.3.Công tác xây dựng Hội\n", "2.3.", "heading number"),
    ("\n1) Kết quả đạt được\n", "1", "list number"),
    ("\n2- Công tác phối hợp\n", "2", "list number"),
    ("hoàn thành chỉ tiêu năm 2023. 2. Công tác xây dựng tổ chức", "2.", "list number"),
])
def test_headings(text, raw, note):
    m = mention(text, raw)
    assert m.kind == "section" and m.note == note


def test_a_decimal_at_the_start_of_a_line_is_no_heading():
    assert figures("\n1.250 hội viên tham gia") == ["1.250"]


# ---------------------------------------------------------------- offsets

def test_offsets_are_in_the_text_as_given():
    text = "Chiều 14/6, hội nghị có 120 đại biểu; Lượt xem: 3.285"
    for m in extract_numbers(text):
        assert text[m.start:m.end] == m.raw


# ---------------------------------------------------------------- from the real material (evaluations/cases/real)

@pytest.mark.parametrize("text, raw, kind", [
    # https://baobariavungtau.com.vn/chinh-tri/202204/bao-ve-vung-chac-chu-quyen-lanh-tho-an-ninh-bien-gioi-947780/
    (" date 2022-04 Sáng 4/4, Đảng ủy Bộ đội Biên phòng", "2022-04", "date"),
    ("kiểm soát xuất nhập cảnh qua cửa khẩu cảng biển, đặc biệt là cao điểm 30/4 và 1/5.", "30/4 và 1/5", "date"),
    # http://hoitruongson.vn/tin-tuc/2133_5211/ket-qua-hoat-dong-quy-i-phuong-huong-hoat-dong-quy-ii-2016.htm
    ("và xin phép thành lập Hội. Trong quý I. 2016 có thêm 13 huyện, quận;", "2016", "period"),
    # https://baoquangnam.vn/quoc-phong-an-ninh/ty-le-dieu-tra-kham-pha-an-rat-nghiem-trong-dat-100-132709.html
    ("nhiệm vụ trọng tâm quý IV.2022 do Công an tỉnh tổ chức sáng nay 30.9.", "2022", "period"),
    ("nhiệm vụ trọng tâm quý IV.2022 do Công an tỉnh tổ chức sáng nay 30.9.", "30.9", "date"),
    # https://vinhha.thuathienhue.gov.vn/?gd=4&cn=245&tc=11601
    ("Vinh Hà, ngày 25 thang 11 năm 2022", "25", "date"),
    ("nằm về phía Đông Nam huyện Phú Vang, có tỉnh lộ 10C và 10D chạy qua", "10C và 10D", "address"),
    # https://baotayninh.vn/tong-ket-cong-tac-tuyen-quan-nam-2022-a143421.html
    ("cao đẳng, đại học 26 thanh niên; sức khoẻ loại 1, loại 2 chiếm 69,15%.", "1", "ordinal"),
    # https://plo.vn/thoi-su/chum-anh-thanh-nien-tphcm-hang-hai-len-duong-nhap-ngu-1043561.html
    ("nhận lệnh gọi nhập ngũ có sức khỏe loại 1, 2 là 3.189 người", "1, 2", "ordinal"),
    # https://baothuathienhue.vn/chinh-tri-xa-hoi/an-ninh-quoc-phong/huong-tra-khen-thuong-10-tap-the-va-10-ca-nhan-trong-thuc-hien-nhiem-vu-quoc-phong-an-ninh-66105.html
    ("đã cử 38 đồng chí thuộc đối tượng 02, 03 tham gia bồi dưỡng kiến thức", "02, 03", "ordinal"),
    ("Ký kết liên tịch triển khai nhiệm vụ Quốc phòng- An ninh 2019\nTrong năm, thị xã", "2019", "year"),
    # http://cuuchienbinh.vn/ccb-quan-12-tp-ho-chi-minh-phoi-hop-thuc-hien-nhiem-vu-tuyen-quan-nam-2011-22-04-2011/
    ("đồng thời tham gia thâm nhập 3 gặp 4 biết với Hội đồng nghĩa vụ quân sự", "3 gặp 4 biết", "name"),
    # http://hoitruongson.vn/tin-tuc/2115_106185/hoi-ts-hoang-xuan-tong-ket-hoat-dong-nam-2021.htm
    ("phòng chống dịch thực hiện khuyến cáo 5K tốt nên chưa có trường hợp F0", "5K", "name"),
    # https://bachthong.gov.vn/hoi-nghi-hiep-dong-tuyen-chon-goi-cong-nhan-nhap-ngu-nam-2019/
    ("tuyển quân đạt tiêu chí “3 trong 1″, tức là công dân nhập ngũ", "3", "name"),
    ("các đơn vị quân đội như: Lữ đoàn 144 Bộ tổng tham mưu, Lữ đoàn 168", "144", "name"),
    # http://baobariavungtau.com.vn/chinh-tri/202001/bao-ve-vung-chac-vung-bien-kiem-soat-chat-an-ninh-cua-khau-888478/
    ("Biên phòng kiểm tra hàng hóa trên tàu BV 97979 TS, bị bắt giữ do vận chuyển", "97979", "reference"),
    # https://baobackan.com.vn/cho-don-cong-nhan-123-mo-hinh-dan-van-kheo-nam-2022-post2896.html
    ("Hội viên Hà Văn Cẩn, ở thôn Bản Duồng 1, thị trấn Bằng Lũng là một", "1", "name"),
])
def test_real_material_non_figures(text, raw, kind):
    check(text, raw, kind)


def test_real_material_figures_stay_figures():
    # http://truyenhinhlucngan.vn/node/4129 — per-commune quotas: a name then its count
    text = "Kim Sơn 9 chỉ tiêu; Đồng Cốc 12 chỉ tiêu; Phú Nhuận 6; Đèo Gia 8; Phong Minh 13 và Sa Lý 2."
    assert figures(text) == ["9", "12", "6", "8", "13", "2"]
    # http://chauphu.angiang.gov.vn (a-chau-phu-khanh-hoa-mttq-2018): "Mặt trận" ends in "trận", no label
    assert figures("Ban công tác Mặt trận 9 ấp của xã Khánh Hòa tổ chức") == ["9"]
    # https://baobariavungtau.com.vn/... — counts in a list of codes in capitals are counts
    assert figures("Hội CCB 20; Hội ND 15; UBND 16 xã") == ["20", "15", "16"]
    assert figures("\nPHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023\n") == []


def test_ratios_are_not_coordinated_dates():
    assert figures("đạt 19/19 và 17/17 tiêu chí") == ["19", "19", "17", "17"]


def test_coordinates():
    # https://vinhha.thuathienhue.gov.vn/?gd=4&cn=245&tc=11601
    text = "Nằm trong toạ độ địa lý 107047 - 107050 độ Kinh đông và 16020 - 16024 vỹ độ Bắc, địa giới"
    assert figures(text) == []
    assert mention(text, "107047 - 107050").kind == "address"


def test_every_kind_a_recogniser_gives_is_a_known_non_figure_with_a_vietnamese_label():
    import re
    from pathlib import Path

    from service.checker.extract import NOT_FIGURE_KINDS

    kinds = {getattr(r, "kind", None) for r in CLAIMS} | {"reference", "year", "period", "anniversary", "name"}
    assert kinds <= set(NOT_FIGURE_KINDS)
    page = (Path(__file__).resolve().parent.parent / "service" / "api" / "static" / "js" / "api.js").read_text()
    labels = re.search(r"const NON_FIGURE = \{(.*?)\};", page, re.S).group(1)   # the page's tooltip words
    assert set(NOT_FIGURE_KINDS) <= set(re.findall(r"(\w+):", labels))


# ---------------------------------------------------------------- every real case's listed non-figures

def _non_figure_results():
    import re
    import unicodedata

    from evaluations.real import real_cases

    found, missed = 0, []
    for case in real_cases():
        text = unicodedata.normalize("NFC", case.text)
        mentions = extract_numbers(text)
        for nf in case.non_figures:
            quote = unicodedata.normalize("NFC", str(nf["quote"]))
            at = text.find(quote)
            if at < 0 or not re.search(r"\d", quote):
                continue  # quoted differently from the text, or a number in words (not read unless it counts)
            inside = [m for m in mentions if m.num_start < at + len(quote) and m.num_end > at]
            if any(m.is_figure for m in inside):
                missed.append((case.slug, quote, [(m.raw, m.kind) for m in inside if m.is_figure]))
            else:
                found += 1
    return found, missed


def test_real_cases_non_figures_are_recognised():
    """The non-figures the real material lists (evaluations/cases/real/*/case.yaml): new cases are picked up."""
    found, missed = _non_figure_results()
    if found + len(missed) == 0:
        pytest.skip("no real material")
    assert found / (found + len(missed)) >= 0.95, missed


# ---------------------------------------------------------------- more public pages

@pytest.mark.parametrize("text, raw, kind", [
    # https://vnexpress.net/oto-khach-cho-32-nguoi-lat-tren-quoc-lo-14-5044376.html
    (" date 2026-02-26 Khoảng 12h, tài xế Lê Phước Lâm (39 tuổi, ngụ Lâm Đồng) lái xe 52 chỗ", "2026-02-26", "date"),
    (" date 2026-02-26 Khoảng 12h, tài xế Lê Phước Lâm (39 tuổi, ngụ Lâm Đồng) lái xe 52 chỗ", "12h", "time"),
    (" date 2026-02-26 Khoảng 12h, tài xế Lê Phước Lâm (39 tuổi, ngụ Lâm Đồng) lái xe 52 chỗ", "39", "age"),
    ("Quốc lộ 14 dài 980 km, điểm đầu ở cầu Đakrông, Quảng Trị, điểm cuối cắt quốc lộ 13 tại thị xã", "14", "address"),
    ("Quốc lộ 14 dài 980 km, điểm đầu ở cầu Đakrông, Quảng Trị, điểm cuối cắt quốc lộ 13 tại thị xã", "13", "address"),
    ("là quốc lộ dài thứ 2 ở Việt Nam sau quốc lộ 1.", "2", "ordinal"),
    # https://kienthuc.net.vn/xa-hoi/vuong-da-thi-cong-xe-container-truot-vao-vach-nui-quoc-lo-14d-te-liet-1885381.html
    (" date 2023-08 Tại hiện trường lúc 7h sáng 5/8, xe container BKS Đà Nẵng trượt sát vách núi", "7h", "time"),
    (" date 2023-08 Tại hiện trường lúc 7h sáng 5/8, xe container BKS Đà Nẵng trượt sát vách núi", "5/8", "date"),
    ("xe container BKS Đà Nẵng trượt sát vách núi, chắn ngang quốc lộ 14D. Vướng đá", "14D", "address"),
    # https://toquoc.vn/tiep-tuc-uu-tien-tiem-du-lieu-vac-xin-cho-nguoi-tu-50-tuoi-tro-len-20211103154855331.htm
    ("(Tổ Quốc) - Người trên 18 tuổi, đặc biệt nhóm trên 50 tuổi là đối tượng nguy cơ", "50", "age"),
    ("Tiếp tục ưu tiên tiêm đủ liều cho người từ 50 tuổi trở lên.", "50", "age"),
    # https://hethongphapluat.com/quyet-dinh-3042-qd-ubnd-nam-2011-phe-duyet-do-an-quy-hoach-chi-tiet-xay-dung-ty-le-1-2000-khu-cong-nghiep-phuoc-long-do-tinh-ben-tre-ban-hanh.html
    ("Số: 3042/QĐ-UBND\n\nBến Tre, ngày 30 tháng 12 năm 2011\n", "3042/QĐ-UBND", "reference"),
    ("Số: 3042/QĐ-UBND\n\nBến Tre, ngày 30 tháng 12 năm 2011\n", "30", "date"),
    ("Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 181/TTr-SXD ngày 28 tháng 12 năm 2011,", "181/TTr-SXD",
     "reference"),
    # https://m.baomoi.com/11-nhom-doi-tuong-nao-duoc-tiem-vaccine-covid-19-dau-tien-tai-viet-nam/c/38021942.epi
    ("Nguồn VNEWS http://vnews.gov.vn/video/11-nhom-doi-tuong-nao-duoc-tiem-vaccine-covid-19-dau-tien-tai-viet-nam"
     "-204494.htm", "http://vnews.gov.vn/video/11-nhom-doi-tuong-nao-duoc-tiem-vaccine-covid-19-dau-tien-tai-viet-nam"
     "-204494.htm", "contact"),
])
def test_more_public_pages(text, raw, kind):
    check(text, raw, kind)


def test_figures_beside_non_figures_in_public_pages():
    # https://vnexpress.net/oto-khach-cho-32-nguoi-lat-tren-quoc-lo-14-5044376.html
    assert figures("Quốc lộ 14 dài 980 km, điểm đầu ở cầu Đakrông") == ["980 km"]
    # https://m.baomoi.com/11-nhom-doi-tuong-nao-duoc-tiem-vaccine-covid-19-dau-tien-tai-viet-nam/c/38021942.epi
    assert figures("Bộ Y tế vừa công bố 18,3 triệu người thuộc 11 nhóm đối tượng được ưu tiên tiêm vaccine "
                   "COVID-19") == ["18,3 triệu", "11"]


@pytest.mark.parametrize("text, raw, kind", [
    # https://text.123docz.net/document/6432699-bao-cao-cong-tac-doan-va-phong-trao-thanh-thieu-nhi-6-thang-dau-nam-2020.htm
    ("Xem và tải ngay bản đầy đủ của tài liệu tại đây (480.51 KB, 6 trang )\n\nHUYỆN ĐOÀN", "480.51 KB, 6 trang", "page"),
    # https://scribd.com/document/721714004/2-Bao-cao-tổng-kết-Phương-hướng
    (" txt\nYou are on page 1of 11\n\nĐOÀN HỌC VIỆN", "1of 11", "page"),
    # https://huongthuy.thuathienhue.gov.vn/?gd=23&cn=212&tc=5332
    ("giới thiệu, quảng bá, tiêu thụ sản phẩm[1].\n\nGiá trị sản xuất ngành dịch vụ", "1", "reference"),
    ("Đã phê duyệt quy hoạch chi tiết tỷ lệ 1/500 Cụm công nghiệp Thủy Phương", "1/500", "reference"),
    # http://langluongmai.com/bao-cao-cong-tac-doan-va-hoat-dong-thanh-thieu-nhi-2015---phuong-huong-hoat-dong-2016-cua-bch-chi-doan-thon-luong-mai-news/view-2078.html
    ("hoạt động thanh thiếu nhi 2015 - Phương hướng hoạt động 2016 của BCH chi đoàn thôn Lương Mai", "2016", "year"),
    # http://hoitruongson.vn/tin-tuc/2137_5094/nghi-quyet-ve-phuong-huong-cong-tac-quy-iv-2016.htm
    ("đạt được kết quả tốt, cụ thể là:\n\n         1. đã tập trung cao độ thời gian, lực lượng", "1", "section"),
    # http://lacthuy.hoabinh.gov.vn/thong-tin-co-quan/ubnd-ca-c-xa-tha-tra-n/1111-xa-a-ng-ta-m.html
    ("Có 68 đồng chí đạt danh hiệu 30 + 40 + 50 + 60 năm tuổi Đảng, có 90 Đảng viên", "30", "period"),
    ("Có 68 đồng chí đạt danh hiệu 30 + 40 + 50 + 60 năm tuổi Đảng, có 90 Đảng viên", "50", "period"),
])
def test_document_furniture_footnotes_scales_items(text, raw, kind):
    check(text, raw, kind)


def test_year_before_a_count_noun_is_a_count():
    assert figures("trồng 2000 cây xanh của Hội") == ["2000"]
