"""The lead's rules of stop 46, from the working batch ``yt-*`` (in-sample from here): each on its batch quote and on
a second public source."""

from __future__ import annotations

from tests.sweep_tables import case_line_verdicts, check_at, checks, csv_table, dummy  # noqa: F401 (a fixture)


def _verdict(tmp_path, table_text: str, text: str, at: str, period: str = "2019", nth: int = 0, shift: int = 0) -> str:
    table = csv_table(tmp_path, table_text, period)
    return check_at(checks(text, table, period), text, at, nth, shift).verdict


def _verdicts(slug: str, line: str, bad: str | None = None) -> dict:
    return {t: v for t, v, _ in case_line_verdicts(slug, line, bad)}


# ---------------------------------------------------------------- the visits said as the visitors

AIR = "yt-toan-quoc-cuc-hang-khong-van-chuyen-hanh-khach-2023-05"
TOURISM = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019
1,Khách quốc tế,lượt khách,"14.500"
2,Số khách sạn đạt chuẩn,cơ sở,12
"""


def test_visitors_counted_in_a_row_of_visits(tmp_path):
    # the batch's line, with the source's own slip "khách lượt khách"
    line = "các hãng hàng không Việt Nam vận chuyển 22,4 triệu khách lượt khách, tăng gần 37% so với cùng kỳ năm 2022."
    assert _verdicts(AIR, line)["22,4 triệu"] == "supported"
    assert _verdicts(AIR, line, line.replace("22,4", "24,2"))["24,2 triệu"] == "unsupported"
    # a province's tourism year (the genre's usual wording: guests for guest visits)
    text = "Năm 2019, tỉnh đón 14.500 khách quốc tế, tăng 8% so với năm trước."
    assert _verdict(tmp_path, TOURISM, text, "14.500") == "supported"
    assert _verdict(tmp_path, TOURISM, "Năm 2019, tỉnh đón 14.500 khách, tăng 8%.", "14.500") == "supported"
    # a hotel is no guest: a compound of "khách" other than the row's own words names another thing
    text = "Năm 2019, toàn tỉnh có 14.500 khách sạn và nhà nghỉ."
    assert _verdict(tmp_path, TOURISM, text, "14.500") == "unsupported"


# ---------------------------------------------------------------- Tết named by its lunar year alone

def test_lunar_year_of_a_stem_and_branch():
    from service.periods.recognisers import lunar_year
    assert [lunar_year(*n.split()) for n in ("Quý Mão", "Ất Mùi", "Đinh Dậu", "Canh Tý", "Giáp Thìn", "Bính Ngọ",
                                             "Tân Sửu", "Kỷ Hợi", "Ất Tị", "Quý Mẹo")] == \
        [2023, 2015, 2017, 2020, 2024, 2026, 2021, 2019, 2025, 2023]
    assert lunar_year("Ất", "Tý") is None          # no year has that name (stem and branch of different parity)
    assert lunar_year("Quý", "Ngày") is None


def test_the_days_of_tet_named_by_its_lunar_year_without_a_year():
    from service.periods import find_period
    # the batch's pages: the national tourism office's Tết Quý Mão, Hồ Chí Minh City's Tết Ất Mùi
    assert str(find_period("Tổng cục Du lịch cho biết, trong 6 ngày nghỉ Tết Nguyên đán Quý Mão, cả nước ước phục vụ 9 "
                           "triệu lượt khách nội địa.")) == "2023-01"
    assert str(find_period("TP.HCM phục vụ hơn 58.000 lượt khách. Ngoài ra, các điểm du lịch cũng thu hút khách vào "
                           "dịp tết Nguyên đán Ất Mùi.")) == "2015-02"
    # a second source: the health ministry's Tết Tân Sửu (evaluations/sweep/pages/d4-kenh14-tet-tan-suu-capcuu-2021)
    assert str(find_period("trong 6 ngày nghỉ Tết Tân Sửu năm nay, các bệnh viện trên cả nước đã tiếp nhận 4.001 ca "
                           "cấp cứu")) == "2021-02"
    # another year's Tết compared with is no period; a year written still wins over the names
    assert find_period("tăng 14% so với cùng kỳ Tết Canh Tý.") is None
    assert str(find_period("trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025, cả nước đón 3 triệu lượt khách")) == "2025-01"


# ---------------------------------------------------------------- a year something started from is no period

def test_a_year_named_as_the_start_is_no_period():
    from service.periods import find_period
    # the batch's page (a ward women's union, 2015): the movement began in 2008, the page reports 2015
    text = ("Phong trào nuôi lợn tiết kiệm được Hội LHPN Phường Hà Huy Tập triển khai từ năm 2008. Sau 7 năm thưc thực "
            "hiện phong trào chị em đã quyên góp được gần 800 triệu đồng. Riêng năm 2015, trong ngày hội mổ lợn 23 chi "
            "hội phụ nữ đã quyên góp được hơn 164 triệu đồng.")
    assert str(find_period(text)) == "2015"
    # a second source: the Red Cross's Tết drive (held-out zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017)
    assert find_period("Được khởi xướng từ năm 1999, phong trào “Tết vì người nghèo và nạn nhân chất độc da cam” của "
                       "Hội Chữ thập đỏ Việt Nam đã hỗ trợ hàng triệu lượt người.") is None
    # a span's other end makes it a span again (the span recognisers' own reading, as before)
    assert str(find_period("Trong năm 2019, từ năm 2019 đến tháng 12, hội đã trao 300 suất quà.")) == "2019"
    assert str(find_period("Năm 2020, hội trao 300 suất quà.")) == "2020"


# ---------------------------------------------------------------- a stamped page leading with a day names its month

def _period_of_page(tmp_path, text: str) -> str:
    from index.parse import parse_report
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return str(parse_report(page).period)


def test_a_stamped_page_that_names_no_period_reports_its_lead_days_month(tmp_path):
    # the batch's page (a province youth union's green Sunday): a stamp, then the day it was held (periods round 33's
    # rule of one day, which the lead's own rule of this stop became)
    text = ("Hơn 10.000 đoàn viên thanh niên tham gia \"Ngày chủ nhật xanh\"\n\n15/03/2016 09:29\n\nNgày 13-3, tất cả "
            "các Huyện đoàn, Thị đoàn, Thành đoàn trong tỉnh đã phát động đoàn viên thanh niên hưởng ứng \"Ngày Chủ nhật "
            "xanh\".\n\nKết quả, thanh niên toàn tỉnh đã quét dọn 500 tuyến đường làng, ngõ xóm.")
    assert _period_of_page(tmp_path, text) == "2016-03"
    # a day of another month than the stamp's is left; a page that names a period keeps it
    assert _period_of_page(tmp_path, text.replace("Ngày 13-3", "Ngày 13-9")) == "None"
    assert _period_of_page(tmp_path, text.replace("Kết quả,", "Kết quả quý I/2016,")) == "2016-Q1"


# ---------------------------------------------------------------- the money of the things just counted

LHPN = "yt-nghe-an-vinh-hoi-lhpn-phuong-ha-huy-tap-mo-lon-tiet-kiem-2015"
GIFTS = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019
1,Số tiền quỹ hội vận động được,triệu đồng,300
2,Suất quà trao tặng hộ nghèo,suất,50
3,Trị giá quà trao tặng hộ nghèo,triệu đồng,25
"""


def test_a_value_said_after_a_count_is_the_value_of_the_things_counted(tmp_path):
    line = "trao tặng 1.498 suất quà cho phụ nữ nghèo, trẻ em khuyết tật…với tổng số tiền 649 triệu đồng."
    assert _verdicts(LHPN, line)["649 triệu đồng"] == "supported"
    # the year's gift value in its place stays a swap (another column family than the running total's count before it;
    # the money raised, which the sentence's other words name, is read as before)
    assert _verdicts(LHPN, line, line.replace("649 triệu", "1,5 triệu"))["1,5 triệu đồng"] == "unsupported"
    # a second shape of the genre: a district's gifts, "trị giá" after the count
    text = ("Năm 2019, hội vận động quỹ được 300 triệu đồng, trao 50 suất quà tặng hộ nghèo, trị giá 25 triệu đồng.")
    assert _verdict(tmp_path, GIFTS, text, "25 triệu") == "supported"
    assert _verdict(tmp_path, GIFTS, text.replace("trị giá 25", "trị giá 300"), "300 triệu", nth=1) == "unsupported"


# ---------------------------------------------------------------- places singled out by name

def test_places_singled_out_by_name_are_counted_names():
    from service.checker.extract import extract_numbers

    def kinds(text):
        return [(m.raw, m.kind) for m in extract_numbers(text)]
    # the batch's page (a province film centre) and a second source (a donation page, t30-kienthuc-luong-kho-…)
    assert kinds("phục vụ tại các địa phương trong tỉnh, đặc biệt là 2 huyện miền núi Khánh Sơn, Khánh Vĩnh.") == \
        [("2", "name")]
    assert kinds("Nhất là hai huyện miền núi Hướng Hóa và ĐaKrông, cơ sở hạ tầng hư hỏng nặng.") == [("hai", "name")]
    # no names, names of another count, or no cue of choice: a figure (held-out yo-quang-nam-thang-binh's 3 xã)
    assert kinds("đặc biệt là 3 xã vùng cao đã về đích") == [("3", "count")]
    assert kinds("đặc biệt là 3 huyện Khánh Sơn, Khánh Vĩnh") == [("3", "count")]
    assert kinds("kết quả xây dựng nông thôn mới tại 3 xã Bình Hải, Bình Phục, Bình Đào") == [("3", "count")]


# ---------------------------------------------------------------- a number's own unit tells no row from another

MY_SON = "yu-quang-nam-duy-xuyen-ban-quan-ly-di-tich-my-son-khach-tham-quan-2018-h1"
VISITS = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019,Cùng kỳ năm trước
1,Tổng lượt khách lưu trú,lượt,"52.000","48.000"
2,Khách quốc tế,lượt,"12.500","11.000"
"""


def test_last_years_value_under_its_own_rows_words_despite_the_unit(tmp_path):
    line = "Khách nội địa đạt 29.641 lượt khách, so với cùng kỳ 27.842 lượt, tăng 6,46%."
    assert _verdicts(MY_SON, line)["27.842"] == "supported"
    # a second shape: a province's hotel guests (the unit "lượt" in the total's label only)
    text = ("Năm 2019, tổng lượt khách lưu trú đạt 52.000 lượt. Trong đó, khách quốc tế đạt 12.500 lượt, so với cùng "
            "kỳ 11.000 lượt.")
    assert _verdict(tmp_path, VISITS, text, "11.000") == "supported"
    # the other row's last-year value under the total's own words stays a swap
    text = "Năm 2019, cùng kỳ năm trước tổng lượt khách lưu trú là 11.000 lượt."
    assert _verdict(tmp_path, VISITS, text, "11.000") == "unsupported"
