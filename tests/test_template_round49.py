"""Issue 14, round 49 (the template's precision on unseen text): quotes as printed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def _values(tpl):
    return [r.value for r in tpl.rows]


def _standing(tpl):
    return [s.value for s in tpl.standing]


# ------------------------------------------------------------------ toplist.py: the size of a ranked group

# yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018
HA_TINH = ("Ngoài Hà Tĩnh, 4 đơn vị có tỷ lệ học sinh đoạt giải cao nằm trong top 5 đứng đầu cả nước gồm: tỉnh Nghệ An "
           "có tỷ lệ 88,24%, Phú Thọ 85%, Hải Phòng 83,33% và ĐHQG Hà Nội 82,43%.")
# t39-nld-du-lich-mua-le-hoi-2024
NINH_BINH = ("Doanh thu ước đạt 2.352 tỉ đồng, tăng 29,65% so với cùng kỳ năm 2023. \"Tỉnh Ninh Bình nằm trong tốp 5 điểm "
             "đến thu hút đông khách nhất cả nước sau TP HCM, Hà Nội\".")
# p26-vietnamnet-xuatkhau-bacninh-10t-2025
TOP_FIVE = "Như vậy, top 5 tỉnh, thành phố này chiếm 63,7% tổng kim ngạch xuất khẩu cả nước."


def test_the_number_after_top_is_the_width_of_a_ranking(tmp_path):
    tpl = template(tmp_path, "Báo cáo kết quả thi chọn học sinh giỏi quốc gia năm học 2017-2018", HA_TINH)
    assert Decimal("5") not in _values(tpl)
    assert Decimal("4") in _values(tpl) or Decimal("88.24") in _values(tpl)   # the units' own figures stay


def test_tốp_is_the_same_word(tmp_path):
    tpl = template(tmp_path, "Báo cáo tình hình du lịch 2 tháng đầu năm 2024", NINH_BINH)
    assert Decimal("5") not in _values(tpl)
    assert Decimal("2352000000000") in _values(tpl)                         # the revenue stays a row


def test_pages_with_a_top_ten_keep_no_ten():
    for page in ("p16-tienphong-hsg-2019-2020", "t23-quochoitv-kieuhoi-2022"):
        tpl = build_template(PAGES / f"{page}.txt")
        assert not [r for r in tpl.rows if r.value == 10 and "top" in r.quote.lower()], page


def test_counter_what_the_top_group_makes_up_stays(tmp_path):
    # the share said of the group stays a row: only the group's width goes
    tpl = template(tmp_path, "Báo cáo xuất khẩu 10 tháng năm 2025", TOP_FIVE)
    assert Decimal("63.7") in _values(tpl) and Decimal("5") not in _values(tpl)


def test_counter_a_word_ending_in_top_is_no_top(tmp_path):
    # a count right after a word that only ends in "top" (a laptop) is still counted
    tpl = template(tmp_path, "Báo cáo công tác khuyến học năm 2023", "Hội đã trao tặng laptop 12 chiếc cho học sinh nghèo.")
    assert Decimal("12") in _values(tpl)


# ------------------------------------------------------------------ delegates.py: a congress's official delegates

TERM = "Báo cáo Đại hội đại biểu Hội Nông dân huyện nhiệm kỳ 2023-2028"
# ye-thai-nguyen-dong-hy-hoi-nong-dan-nhiem-ky-2018-2023
DONG_HY = ("Hội Nông dân huyện Đồng Hỷ tổ chức Đại hội lần thứ XII, nhiệm kỳ 2023-2028. Tham dự có 150 đại biểu chính thức, "
           "đại diện cho hơn 14.700 hội viên nông dân trong toàn huyện. Nhiệm kỳ qua, Hội đã kết nạp 2.316 hội viên mới.")
# s-tien-phong-mttq-xa-2019-2024
TIEN_PHONG = ("Dự Đại hội có ông Nguyễn Ngọc Lễ - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, lãnh đạo xã Tiên Phong cùng 80 "
              "đại biểu chính thức tham dự. Trong nhiệm kỳ đã hỗ trợ 12 hộ xây nhà.")
# yx-quang-nam-hoi-nguoi-khuyet-tat-tinh-nhiem-ky-2011-2016
QUANG_NAM = ("Dự đại hội có Trưởng Ban Dân vận Tỉnh ủy; Phó Chủ tịch UBND tỉnh Lê Văn Thanh cùng 150 đại biểu chính thức đại "
             "diện cho 4.616 hội viên NKT toàn tỉnh.")


def test_a_congress_s_official_delegates_are_standing(tmp_path):
    tpl = template(tmp_path, TERM, DONG_HY)
    assert Decimal("150") not in _values(tpl) and Decimal("150") in _standing(tpl)
    assert Decimal("2316") in _values(tpl)                                  # the term's admissions stay a row


def test_official_delegates_after_the_guests_are_standing(tmp_path):
    tpl = template(tmp_path, "Báo cáo Đại hội đại biểu MTTQ xã nhiệm kỳ 2024-2029", TIEN_PHONG)
    assert Decimal("80") not in _values(tpl) and Decimal("12") in _values(tpl)


def test_official_delegates_and_the_members_they_stand_for(tmp_path):
    tpl = template(tmp_path, "Báo cáo Đại hội Hội Người khuyết tật tỉnh nhiệm kỳ 2011-2016", QUANG_NAM)
    assert not {Decimal("150"), Decimal("4616")} & set(_values(tpl))


def test_counter_delegates_not_official_stay_rows(tmp_path):
    # zu-phu-tho / the folder's "cùng 89 đại biểu đại diện" (matched by its hand), a training's attendance
    tpl = template(tmp_path, TERM, "Dự Đại hội có lãnh đạo huyện cùng 89 đại biểu đại diện cho hội viên phụ nữ.",
                   "Hội đã phối hợp tổ chức tập huấn pháp luật cho 2.500 đại biểu làm công tác hòa giải.")
    assert Decimal("89") in _values(tpl) and Decimal("2500") in _values(tpl)


def test_counter_delegates_elected_to_go_on_are_still_the_congress_make_up(tmp_path):
    # t3-phuocson-daihoi-2020's shape: congress_make_up's, unchanged
    tpl = template(tmp_path, "Báo cáo Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025",
                   "Đại hội cũng bầu 8 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh.")
    assert Decimal("8") not in _values(tpl) and Decimal("8") in _standing(tpl)


# ------------------------------------------------------------------ waters.py: a territory's sea zones

# c31-tapchicongsan-binh-dinh-dinh-huong-2030
BINH_DINH = ("Bình Định là tỉnh ven biển thuộc vùng duyên hải Trung Bộ, có diện tích tự nhiên là 6.071km2, với chiều dài "
             "đường bờ biển là 134km, diện tích vùng lãnh hải là 36.000km2, dân số khoảng 1,5 triệu người.")
# t39-thuvientailieu-thuy-san-quang-ninh-2004 (the page's line breaks joined)
QUANG_NINH = ("Quảng Ninh là một tỉnh biên giới hải đảo, có bờ biển dài 250km, diện tích vùng nội thuỷ rộng trên 6.000 km2; "
              "có vịnh Hạ Long và vịnh Bái Tử Long.")


def test_the_area_of_a_provinces_territorial_sea_is_standing(tmp_path):
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội tỉnh năm 2020", BINH_DINH)
    assert Decimal("36000") not in _values(tpl) and Decimal("36000") in _standing(tpl)
    assert Decimal("6071") in _standing(tpl)                                 # beside its natural area, as before


def test_the_area_of_inner_waters_is_standing():
    tpl = build_template(PAGES / "t39-thuvientailieu-thuy-san-quang-ninh-2004.txt")
    assert Decimal("6000") not in _values(tpl) and Decimal("6000") in _standing(tpl)


def test_counter_an_area_farmed_at_sea_stays_a_row(tmp_path):
    # the period's work on the water: no sea zone right after "diện tích"
    tpl = template(tmp_path, "Báo cáo sản xuất thủy sản năm 2022",
                   "Diện tích nuôi trồng thủy sản trên vùng biển đạt 3.250 ha, tăng 5% so với cùng kỳ.")
    assert Decimal("3250") in _values(tpl)


# ------------------------------------------------------------------ olddates.py: a year of history

# t39-kiemlam-35-nam-xay-dung-2008
KINGS = ("Theo tài liệu còn lưu trữ, có một số tư liệu chứng minh như năm 1836 vua Minh Mạng xuống chỉ trồng cây dừa ven "
         "biển Thừa Thiên Huế; năm 1870 vua Tự Đức đã sắc cho các quan trong triều phải trồng cây trên đồi.")
# t39-baovinhlong-dinh-long-ho-tinh-vinh-long
LONG_HO = ("Năm 1757- tức 25 năm sau, tình hình thuận lợi, tham mưu Nguyễn Cư Trinh đề nghị được chấp thuận dời dinh Long "
           "Hồ về thôn Trường Xuân.",
           "Tháng 11/1779, tình hình vùng sông Hậu bất ổn, chúa Nguyễn Ánh cho dời lỵ sở dinh Long Hồ đến bãi Bà Lúa.")


def test_a_kings_year_is_no_count_of_kings(tmp_path):
    tpl = template(tmp_path, "Báo cáo 35 năm xây dựng và trưởng thành của lực lượng Kiểm lâm năm 2008", KINGS)
    assert not {Decimal("1836"), Decimal("1870")} & set(_values(tpl))


def test_a_year_after_năm_or_a_month_is_a_date(tmp_path):
    tpl = template(tmp_path, "Báo cáo kỷ niệm 290 năm hình thành tỉnh Vĩnh Long năm 2022", *LONG_HO)
    assert not {Decimal("1757"), Decimal("1779")} & set(_values(tpl))


def test_counter_a_count_grouped_in_thousands_stays(tmp_path):
    # a count in the year's sentence, written with its thousands dot, is no year
    tpl = template(tmp_path, "Báo cáo công tác trồng rừng năm 2023",
                   "Trong năm 2023, toàn huyện đã trồng mới 1.836 cây phân tán và 1.870 cây xanh đô thị.")
    assert {Decimal("1836"), Decimal("1870")} <= set(_values(tpl))


# ------------------------------------------------------------------ contrasted.py: the "nếu như" time of a contrast

# t39-cand-hien-mau-1-8-nghin-don-vi
BLOOD = ("Nếu như trước năm 1994, cả nước tiếp nhận khoảng 100 đơn vị máu, 100% là hiến máu chuyên nghiệp (có nhận tiền "
         "bồi dưỡng) thì đến năm 2015, cả nước tiếp nhận 1,4 triệu đơn vị máu (trong đó 97% là hiến máu tình nguyện).")
# t6-phubinh-vanhoa-2018
PHU_BINH = ("Nếu như năm 2016 có 30.072 hộ đạt danh hiệu gia đình văn hóa thì năm 2018 đã tăng lên 35.940 hộ; năm 2016 có "
            "186 xóm, tổ dân phố văn hoá thì đến năm 2018 là 226 xóm, tổ dân phố.")


def test_the_then_of_a_contrast_is_no_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác vận động hiến máu tình nguyện năm 2016", BLOOD)
    assert not {Decimal("100")} & set(_values(tpl))


def test_the_earlier_year_of_a_contrast_goes_the_later_stays(tmp_path):
    tpl = template(tmp_path, "Báo cáo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa năm 2018", PHU_BINH)
    assert Decimal("30072") not in _values(tpl) and Decimal("35940") in _values(tpl)
    assert Decimal("226") in _values(tpl)


def test_counter_a_condition_with_no_time_is_no_contrast(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác bảo hiểm y tế năm 2022",
                   "Nếu như 1.200 hộ cận nghèo được hỗ trợ thì tỷ lệ bao phủ sẽ đạt kế hoạch. Trong năm, đã cấp 5.300 thẻ.")
    assert {Decimal("1200"), Decimal("5300")} <= set(_values(tpl))
