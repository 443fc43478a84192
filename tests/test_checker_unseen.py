"""Rules found on text the checker had never seen (round 4), each on sentences of several public sources.

The URL above each case is the page the sentence (or the page furniture) is quoted from.  Every rule is a
rule of notation or grammar — a file name, a date in brackets, a scale word's false friend, a currency,
a range, the count of a definition's parts — and the real figures of the same sentences stay figures.
"""

from decimal import Decimal as D

import pytest

from service.checker import check_text, extract_numbers
from service.figures.model import Figure, FigureTable
from service.numwords import find_number_words, parse_words


def mention(text, raw):
    found = [m for m in extract_numbers(text) if m.raw == raw or text[m.num_start:m.num_end] == raw]
    assert found, f"{raw!r} not in {[m.raw for m in extract_numbers(text)]}"
    return found[0]


def figures(text):
    return [m.raw.strip() for m in extract_numbers(text) if m.is_figure]


def verdicts(text, table, **kw):
    return [(n.text.strip(), n.verdict) for n in check_text(text, table, **kw).numbers if n.verdict != "not_a_figure"]


# ---------------------------------------------------------------- page furniture: files, IP, lines of numbers

@pytest.mark.parametrize("text, raw", [
    # https://baodongnai.com.vn/kinhte/201302/gieo-trong-vu-dong-xuan-dat-tren-80-dien-tich-2220153
    ("![[Infographic] Luật Hàng không dân dụng](/file/e7837c02876411cd0187645a2551379f/122025/"
     "thum-hang-khong_20251214223641.jpg?width=400&height=-&type=resize)",
     "/file/e7837c02876411cd0187645a2551379f/122025/thum-hang-khong_20251214223641.jpg?width=400&height=-&type=resize"),
    # the names a camera or an editor gives a picture, as pages print them under it
    ("Ảnh: 01397.MTS.Still001.jpg", "01397.MTS.Still001.jpg"),
    ("Xem 20231124_093012.jpg và tải bao-cao-2023.pdf tại đây", "20231124_093012.jpg"),
    ("Xem 20231124_093012.jpg và tải bao-cao-2023.pdf tại đây", "bao-cao-2023.pdf"),
])
def test_file_and_media_names(text, raw):
    m = mention(text, raw)
    assert m.kind == "furniture" and not m.is_figure


def test_ip_addresses_and_lines_of_numbers_only():
    # http://lacthuy.hoabinh.gov.vn/thong-tin-co-quan/ubnd-ca-c-xa-tha-tra-n/1111-xa-a-ng-ta-m.html
    page = ("Hôm nay\nHôm qua\nTuần này\nTất cả các ngày\n716\n660\n2850\n585150\n638078\n\nYour IP: 54.225.38.2\n"
            "2018-08-15 13:19\n\nCUM CONG NGHIEP\n\n22222222222\n\n33333\n")
    assert figures(page) == []
    assert mention(page, "54.225.38.2").kind == "contact"
    assert mention(page, "2018-08-15").kind == "date"      # named recognisers first, the line rule takes what is left
    # https://tanuyen.binhduong.gov.vn/Tin-tuc/thanh-pho-tan-uyen-to-chuc-ngay-hoi-hien-mau-tinh-nguyen-dot-4-nam-2024
    assert figures("Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu nhận 350 đơn vị máu.\n"
                   ".jpg)\n.jpg)\n") == ["350", "350"]


def test_a_wrapped_sentence_ending_on_its_own_line_keeps_its_number():
    assert figures("Tỷ lệ hội viên tham gia sinh hoạt đạt\n95%.\n") == ["95%"]


def test_picture_captions_number_the_picture():
    # http://thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/12254
    text = "Ảnh 1: Toàn cảnh. Cuộc thi sáng tác ảnh đã nhận được 429 ảnh của 96 tác giả. [Ảnh 2]"
    assert figures(text) == ["429", "96"]


def test_comment_counters_in_brackets():
    # http://www.hanoimoi.com.vn/Tin-tuc/Kinh-te/907032/da-co-20-mat-hang-dat-kim-ngach-xuat-khau-tren-1-ty-usd
    assert mention("phát triển ngành hàng.\n\n(0) Bình luận\nNổi bật\n", "0").kind == "furniture"


# ---------------------------------------------------------------- dates, months, weekdays

@pytest.mark.parametrize("text, raw", [
    ("Sáng qua (8-11), Hội đã tổ chức hội nghị", "8-11"),
    ("Nhân kỷ niệm ngày sinh Bác (19-5), đoàn viên", "19-5"),
    # https://hungyentv.vn/news/95/10511/tinh-hinh-antt-ky-nghi-tet-nguyen-dan-co-ban-on-dinh-tai-nan-giao-thong-tang
    ("Thứ 6, 16.02.2024 | 23:46:40", "16.02.2024"),
    # https://baothaibinh.com.vn/tin-tuc/9/164082/dai-hoi-hoi-chien-si-thanh-co-quang-tri-nam-1972-huyen-quynh-phu
    ("Thứ 3, 26/11/2024, 22:44[GMT+7]", "26/11/2024"),
    ("T6, 24/11 09:43", "24/11"),
    # https://cuuchienbinh.vn/hoi-ccb-huyen-gia-binh-bac-ninh-to-chuc-cac-hoat-dong-mung-tet-nguyen-dan-giap-thin-2024/
    ("78 năm ngày tổng tuyển cử Quốc Hội khoá I (9/01/1946 - 9/01/2024); 64 năm ngày Bến Tre Đồng khởi (17/01/1960)",
     "9/01/1946 - 9/01/2024"),
    ("mồng 10 tháng 3, mùng 2 Tết", "3"),
    ("mồng 10 tháng 3, mùng 2 Tết", "2"),
    # https://plo.vn/do-thi/tuan-nay-ca-nuoc-nang-nong-gay-gat-779513.html
    ("có khả năng kéo dài đến ngày 5-7.", "5-7"),
])
def test_dates(text, raw):
    assert mention(text, raw).kind == "date"


def test_a_month_split_by_a_pdf_text_layer():
    # https://scribd.com/document/721714004/2-Bao-cao-tổng-kết-Phương-hướng (evaluations/cases/real/c-k42-chi-doan-2023)
    text = "Thá ng 10 nă m họ c 2022 – 2023, chi đoàn có 25 đoàn viên"
    assert mention(text, "10").kind == "date" and figures(text) == ["25"]


def test_number_words_after_a_month_or_day_name_nothing():
    assert [m.raw for m in extract_numbers("tháng mười hai năm 2022 có hai mươi hội viên") if m.is_figure] == \
        ["hai mươi"]


# ---------------------------------------------------------------- scale words and their false friends

@pytest.mark.parametrize("text, expected", [
    ("hàng năm tỷ lệ hội viên tham gia sinh hoạt đạt 95%", ["95%"]),
    # https://hoathanh.tayninh.gov.vn/vi/news/tin-chuyen-nganh/ho-t--ng-phong-tr-o-h-i-li-n-hi-p-ph-n-x-tr-ng-t-y-n-m-2014-1601.html
    ("có 4.568/5.610 cán bộ, hội viên, quần chúng phụ nữ đăng ký thực hiện, tỷ lệ đạt trên 80%",
     ["4.568", "5.610", "80%"]),
    ("Năm 2023 tỷ lệ hộ nghèo giảm còn 2,1%", ["2,1%"]),
    # https://baobariavungtau.com.vn/kinh-te/202208/toc-do-tang-truong-kim-ngach-xuat-khau-vuot-ke-hoach-de-ra-956779/
    ("thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ", ["6,33%", "70,94%"]),
    ("có triệu chứng sốt; triệu tập 30 đại biểu", ["30"]),
])
def test_false_friends_of_scale_words(text, expected):
    assert figures(text) == expected


def test_digits_then_a_number_word_and_decimals_in_words():
    assert mention("khoảng 3 trăm người", "3 trăm").value == 300
    assert mention("vận động 2 chục hộ", "2 chục").value == 20
    assert mention("5 trăm nghìn đồng", "5 trăm nghìn đồng").value == 500000
    assert parse_words("hai phẩy năm") == D("2.5") and parse_words("một phẩy không năm") == D("1.05")
    m = mention("tăng hai phẩy năm phần trăm so với cùng kỳ", "hai phẩy năm phần trăm")
    assert (m.kind, m.value, m.decimals) == ("percent", D("2.5"), 1)
    assert [w.value for w in find_number_words("năm tỷ lệ")] == [5]   # "năm" alone, no "five billion"


def test_trên_dưới_is_one_qualifier():
    assert mention("trên dưới 100 người tham dự", "100").qualifier == "trên dưới"


# ---------------------------------------------------------------- temperatures, thousands grouped by spaces

@pytest.mark.parametrize("text, raw", [
    # http://plo.vn/thoi-su/cuoi-tuan-mien-trung-nang-nong-tren-40-do-c-282461.html
    ("nắng nóng mở rộng ra cả Bắc Bộ với nhiệt độ cao nhất phổ biến 35-38 độ C, có nơi lên tới 39 độ C.", "35-38 độ C"),
    # http://cand.com.vn/tag/ham-hap-326775/
    ("có nắng nóng đặc biệt gay gắt với nền nhiệt độ cao nhất phổ biến 37-40 độ, có nơi trên 40 độ.", "40 độ"),
    # https://vietbao.vn/khi-nao-mien-bac-cham-dut-nang-nong-430182.html
    ("mức nhiệt cảm nhận ở ngoài trời khả năng cao hơn 2-4 độ C so với nhiệt độ dự báo", "2-4 độ C"),
    ("sốt 38,5°C", "38,5°C"),
])
def test_temperatures_are_no_figures(text, raw):
    assert mention(text, raw).kind == "temperature"


def test_an_angle_is_not_taken_for_a_temperature():
    assert figures("góc nghiêng 30 độ") == ["30"]


def test_thousands_grouped_by_spaces():
    # https://toasang-ugvf.org/2021/03/05/cac-tinh-phia-bac-ket-thuc-gieo-cay-vu-dong-xuan/
    text = "gieo cấy lúa Đông xuân được khoảng 346 000 ha / 350 000 ha kế hoạch, giảm khoảng 9 600 ha so với vụ trước"
    assert [(m.raw, m.value) for m in extract_numbers(text) if m.is_figure] == [
        ("346 000 ha", 346000), ("350 000 ha", 350000), ("9 600 ha", 9600)]
    assert figures("tổ chức lớp 2 300 em") == ["300"]   # a label before: not one number


# ---------------------------------------------------------------- names: slogans, definitions, labels

@pytest.mark.parametrize("text, raw", [
    # http://baohaugiang.com.vn/thoi-su-trong-tinh/toan-tinh-co-tren-118-000-hoi-vien-166-000-phu-nu-64207.html
    ("toàn tỉnh có 56.538/84.735 hộ gia đình hội viên đạt 8 tiêu chí 5 không 3 sạch, tăng", "8 tiêu chí 5 không 3 sạch"),
    # https://hoathanh.tayninh.gov.vn/vi/news/tin-chuyen-nganh/ho-t--ng-phong-tr-o-h-i-li-n-hi-p-ph-n-x-tr-ng-t-y-n-m-2014-1601.html
    ("cuộc vận động Xây dựng gia đình “5 không, 3 sạch”, rèn luyện", "5 không, 3 sạch"),
    ("thực hiện 1 xây, 3 chống và 3 gặp 4 biết.", "1 xây, 3 chống"),
])
def test_slogans(text, raw):
    assert mention(text, raw).kind == "name"


@pytest.mark.parametrize("text, raw", [
    # https://bachthong.gov.vn/hoi-lhpn-xa-vu-muon-to-chuc-dai-hoi-lan-thu-xvii/
    ("thông quan việc rèn luyện 04 phẩm chất : Tự tin – tự trọng – trung hậu – đảm đang và 08 tiêu chí của cuộc "
     "vận động xây dựng gia đình “5 không 3 sạch”", "04"),
    ("thông quan việc rèn luyện 04 phẩm chất : Tự tin – tự trọng – trung hậu – đảm đang và 08 tiêu chí của cuộc "
     "vận động xây dựng gia đình “5 không 3 sạch”", "08"),
    # https://doluong.gov.vn/hoi-phu-nu-xa-nam-son-dai-hoi-dai-bieu-lan-thu-xxi-nhiem-ki-2016-2021/
    ("thực hiện có hiệu quả các phong trào thi đua, các cuộc vận động và 6 nhiệm vụ trọng tâm công tác Hội.", "6"),
    ("đã có 1.019 hội viên đạt 3 tiêu chuẩn của phong trào, đạt tỷ lệ 83%.", "3"),
    # https://baobariavungtau.com.vn/phap-luat/202307/tap-trung-keo-giam-tai-nan-giao-thong-984442/
    ("tình hình TNGT trong 6 tháng đầu năm được kéo giảm cả 3 tiêu chí.", "3"),
])
def test_the_count_of_a_definitions_parts_is_a_name(text, raw):
    assert mention(text, raw).kind == "name"


def test_a_score_of_criteria_stays_a_figure():
    assert figures("xã đạt 15/19 tiêu chí nông thôn mới, đạt 17 tiêu chí") == ["15", "19", "17"]
    # https://doluong.gov.vn/hoi-phu-nu-xa-nam-son-dai-hoi-dai-bieu-lan-thu-xxi-nhiem-ki-2016-2021/
    assert figures("đã có 1.019 hội viên đạt 3 tiêu chuẩn của phong trào") == ["1.019"]


def test_numbered_things_and_long_names():
    # https://baohatinh.vn/kinh-te/uu-tien-cao-cho-cac-giai-phap-kiem-che-lam-phat-on-dinh-cung-cau-gia-ca/234596.htm
    text = "do tổ máy số 1 của Nhà máy Nhiệt điện Vũng Áng 1 gặp sự cố, phải ngừng hoạt động"
    assert figures(text) == []
    assert figures("với tổng số 120 hội viên, xe số 2 chở 5 người") == ["120", "5"]


def test_a_verb_ending_in_a_label_noun_leaves_the_count():
    assert figures("Ủy ban triệu tập 30 đại biểu dự hội nghị") == ["30"]


# ---------------------------------------------------------------- money in other currencies

XK = FigureTable([
    Figure("XK-01", "Kim ngạch xuất khẩu", "USD", D(1020) * 10**6, D(910) * 10**6),
    Figure("NK-01", "Kim ngạch nhập khẩu", "USD", D(2024) * 10**6, D(1518) * 10**6),
    Figure("TM-01", "Tổng mức bán lẻ hàng hóa", "đồng", D("24179.5") * 10**9, D("21571.1") * 10**9),
], period="2022-H1")
# https://baohatinh.vn/kinh-te/uu-tien-cao-cho-cac-giai-phap-kiem-che-lam-phat-on-dinh-cung-cau-gia-ca/234596.htm
HA_TINH = ("Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2022 ước đạt 24.179,5 tỷ đồng tăng 12,09% so với cùng kỳ. "
           "Kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 1,02 tỷ USD, tăng 12,1% so với cùng kỳ. Kim ngạch nhập khẩu "
           "6 tháng ước đạt 2.024 triệu USD, tăng 33,3% so với cùng kỳ.")


def test_money_in_another_currency_is_read_and_matched_in_it():
    m = mention(HA_TINH, "1,02 tỷ USD")
    assert (m.kind, m.unit, m.value) == ("money", "USD", D("1020000000"))
    assert {v for _, v in verdicts(HA_TINH, XK)} <= {"supported", "derived"}
    n = check_text(HA_TINH.replace("1,02 tỷ USD", "1,02 tỷ đồng"), XK).numbers
    assert [c.verdict for c in n if c.text.strip() == "1,02 tỷ đồng"] == ["unsupported"]   # never silently đồng
    for raw, unit in (("300 nghìn đô", "USD"), ("$300", "USD"), ("12 EUR", "EUR"), ("5 triệu Nhân dân tệ", "CNY")):
        assert mention(f"đạt {raw} và", raw).unit == unit
    assert figures("có 5 đô thị loại 3") == ["5"] and mention("có 5 đô thị", "5").kind == "count"


def test_a_currency_unit_of_a_table_is_money_in_that_currency():
    from service.figures.units import read_unit

    assert (read_unit("triệu USD").kind, read_unit("triệu USD").text, read_unit("triệu USD").scale) == \
        ("money", "USD", 10**6)
    assert read_unit("Đô la Mỹ").text == "USD" and read_unit("$").text == "USD" and read_unit("đô thị").kind == "count"


# ---------------------------------------------------------------- ranges

RANGE = FigureTable([
    Figure("A-01", "Tỷ lệ hoàn thành kế hoạch", "%", D("97.6")),
    Figure("A-02", "Số người tham gia", "người", D(18)),
    Figure("A-03", "Mức hỗ trợ mỗi chị", "đồng", D(1100000)),
], period="2023")


def test_a_range_is_supported_by_a_value_inside_it():
    assert verdicts("Tỷ lệ hoàn thành kế hoạch đạt 97- 98 %.", RANGE) == [("97- 98 %", "supported")]
    assert verdicts("Số người tham gia từ 15 đến 20 người.", RANGE) == [("15 đến 20", "supported")]
    assert verdicts("Số người tham gia từ 20 đến 25 người.", RANGE) == [("20 đến 25", "unsupported")]
    # https://hoathanh.tayninh.gov.vn/vi/news/tin-chuyen-nganh/ho-t--ng-phong-tr-o-h-i-li-n-hi-p-ph-n-x-tr-ng-t-y-n-m-2014-1601.html
    text = "bình quân mức hỗ trợ mỗi chị nhận từ 1 triệu đến 1,2 triệu đồng"
    assert mention(text, "1 triệu đến 1,2 triệu đồng").low == D(1000000)
    assert verdicts(text, RANGE) == [("1 triệu đến 1,2 triệu đồng", "supported")]


def test_years_and_changes_are_no_ranges():
    assert [m.kind for m in extract_numbers("giai đoạn 2021-2025")] == ["year", "year"]
    assert figures("số hộ tăng từ 15 đến 20 hộ") == ["15", "20"]


# ---------------------------------------------------------------- derivations: the row of the number a rate follows

def test_a_rate_is_of_the_row_of_the_number_it_follows():
    table = FigureTable([
        Figure("XK-01", "Giá trị xuất khẩu", "USD", D(18500) * 10**6, D(17113) * 10**6, D(25000) * 10**6),
        Figure("NK-01", "Giá trị nhập khẩu", "USD", D(15000) * 10**6, D(14000) * 10**6)], period="2023")
    assert verdicts("Giá trị xuất khẩu ước đạt 18,5 tỷ USD, tăng 8,1% so với cùng kỳ, bằng 74% KH năm.", table) == [
        ("18,5 tỷ USD", "supported"), ("8,1%", "derived"), ("74%", "derived")]
    assert verdicts("Xuất khẩu đạt 18,5 tỷ USD, nhập khẩu 15 tỷ USD, lần lượt tăng 8,1% và 7,1%.", table) == [
        ("18,5 tỷ USD", "supported"), ("15 tỷ USD", "supported"), ("8,1%", "derived"), ("7,1%", "derived")]
    n = check_text("Xuất khẩu đạt 18,5 tỷ USD, nhập khẩu 15 tỷ USD, tăng 8,1%.", table).numbers[-1]
    assert n.verdict == "unsupported" and n.expected == "tăng 7,14%"


DAM_RONG = FigureTable([
    Figure("DX-00", "Diện tích gieo trồng vụ Đông xuân", "ha", D(384), D(388), D(1016)),
    Figure("DX-02", "Diện tích ngô gieo trồng", "ha", D(57), D(58), D("89.5")),
    Figure("DX-03", "Diện tích cây trồng các loại khác", "ha", D(82))], period="2021-01")
# http://baolamdong.vn/kinhte/202102/dam-rong-gieo-trong-gan-400-ha-cay-trong-vu-dong-xuan-3042299/
DAM_RONG_TEXT = ("các địa phương đã vận động bà con nông dân gieo trồng được 384 ha cây trồng vụ Đông xuân, đạt 37,8% kế "
                 "hoạch và bằng 99% so với cùng kỳ. Cây ngô gieo trồng được 57 ha, đạt 63,7% kế hoạch, bằng 98,3% so với "
                 "cùng kỳ. Ngoài ra, bà con nông dân còn gieo trồng được 82 ha cây trồng các loại.")


def test_a_ratio_whose_base_is_named_is_that_ratio_of_its_own_row():
    assert {v for _, v in verdicts(DAM_RONG_TEXT, DAM_RONG)} == {"supported", "derived"}
    n = [c for c in check_text(DAM_RONG_TEXT.replace("98,3%", "98,0%"), DAM_RONG).numbers if c.text == "98,0%"][0]
    assert n.verdict == "unsupported" and n.source == {"ma": "DX-02", "column": "cung_ky"} and n.expected == "98,3%"


def test_a_number_moved_from_another_row_is_told_by_the_rate_after_it():
    swapped = DAM_RONG_TEXT.replace("được 384 ha", "được 82 ha", 1)
    n = [c for c in check_text(swapped, DAM_RONG).numbers if c.text == "82 ha"][0]
    assert n.verdict == "unsupported" and "DX-00" in n.reason and n.expected == "384 ha"


def test_a_percent_change_against_an_index_row():
    table = FigureTable([Figure("CN-01", "Chỉ số sản xuất ngành công nghiệp so với cùng kỳ", "%", D("92.8"))],
                        period="2022-H1")
    # https://baohatinh.vn/kinh-te/uu-tien-cao-cho-cac-giai-phap-kiem-che-lam-phat-on-dinh-cung-cau-gia-ca/234596.htm
    text = "do tổ máy số 1 gặp sự cố, phải ngừng hoạt động nên chỉ số sản xuất ngành công giảm hơn 7% so với cùng kỳ."
    assert verdicts(text, table) == [("7%", "derived")]
    assert verdicts(text.replace("hơn 7%", "hơn 8%"), table) == [("8%", "unsupported")]


def test_a_number_the_label_writes_as_its_name_is_no_figure():
    table = FigureTable([Figure("MH-01", "Số mặt hàng có kim ngạch xuất khẩu trên 1 tỷ USD", "mặt hàng", D(20))],
                        period="2018-H1")
    # http://www.hanoimoi.com.vn/Tin-tuc/Kinh-te/907032/da-co-20-mat-hang-dat-kim-ngach-xuat-khau-tren-1-ty-usd
    assert verdicts("Đã có 20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD.", table) == [("20", "supported")]
    assert verdicts("Đã có 21 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD.", table) == [("21", "unsupported")]


def test_a_generic_person_noun_fits_a_row_of_members():
    table = FigureTable([Figure("HV-02", "Tổng số hội viên", "hội viên", D(29150))], period="2016")
    # https://baokhanhhoa.vn/chinh-tri/201607/dai-hoi-dai-bieu-phu-nu-huyen-van-ninh-lan-thu-xii-2445057
    assert verdicts("hội kết nạp mới, nâng tổng số hội viên hiện nay hơn 29.000 người", table) == [
        ("29.000", "supported")]


def test_a_change_of_a_row_the_words_name_by_its_noun():
    table = FigureTable([
        Figure("GT-02", "Số người chết do tai nạn giao thông", "người", D(5293), D(5494)),
        Figure("GT-03", "Số người bị thương do tai nạn giao thông", "người", D(6246), D(9449))], period="2025-H1")
    # https://hatinh24h.com.vn/vo-cua-mr-hunter-le-khac-ngo-bi-bat-tai-thai-lan-khi-tinh-tron-sang-tho-nhi-ky-a189903.html
    text = ("Tai nạn giao thông được kiềm chế: làm chết 5.293 người, bị thương 6.246 người. So với cùng kỳ năm 2024, "
            "giảm 201 người chết (-3,66%) và giảm 3.203 người bị thương (-33,90%).")
    assert {v for _, v in verdicts(text, table)} == {"supported", "derived"}
