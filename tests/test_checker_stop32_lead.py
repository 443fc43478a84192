"""The lead's rules of stop 32, each on real text, with a wrong value still caught and a counter-case."""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import check_at, checks, csv_table


_table, _checks, _at = csv_table, checks, check_at


# ------------------------------------------------------------------ "gia đình" counts households
_CCB = ("HỘI CỰU CHIẾN BINH HUYỆN TAM ĐẢO\nKẾT QUẢ 6 THÁNG ĐẦU NĂM 2010\nSTT,Nội dung,Đơn vị tính,Thực hiện\n"
        "1,CCB làm kinh tế giỏi,người,144\n,Trong đó: hội viên xã Tam Quan nuôi gà quy mô lớn,hộ,27\n")
# zp-vinh-phuc-tam-dao-hoi-ccb-giup-nhau-lam-kinh-te-2010-h1
_CCB_TEXT = ("Đã xây dựng được 144 CCB làm kinh tế giỏi, điển hình là ở Hội CCB xã Tam Quan, có 27 gia đình hội viên "
             "phát triển chăn nuôi gà theo hướng công nghiệp quy mô lớn.")


def test_gia_dinh_is_the_row_of_ho(tmp_path):
    table = _table(tmp_path, _CCB, "2010-H1")
    assert _at(_checks(_CCB_TEXT, table, "2010-H1"), _CCB_TEXT, "27 gia").verdict == "supported"
    wrong = _CCB_TEXT.replace("27 gia", "29 gia")
    assert _at(_checks(wrong, table, "2010-H1"), wrong, "29 gia").verdict == "unsupported"


def test_hoc_sinh_is_still_not_a_household(tmp_path):
    table = _table(tmp_path, _CCB, "2010-H1")
    text = "Ở xã Tam Quan có 27 học sinh được tặng quà."
    assert _at(_checks(text, table, "2010-H1"), text, "27").verdict != "supported"


# ------------------------------------------------------------------ "con/ 1 lứa": the one a count is per
def test_the_one_a_count_is_per_is_no_figure():
    # zp-vinh-phuc-tam-dao-…: "quy mô lớn từ 5.000 – 10.000 con/ 1 lứa"; round 25's "thu nhập/1 ha"
    for text in ("chăn nuôi gà theo hướng công nghiệp quy mô lớn từ 5.000 – 10.000 con/ 1 lứa, cho thu lãi",
                 "nuôi 2.000 con/1 lứa"):
        ones = [m for m in extract_numbers(text) if m.raw in ("1", "01")]
        assert ones and all(not m.is_figure for m in ones), text


def test_a_pair_of_two_counts_stays_a_pair():
    ms = extract_numbers("phát hiện 34 vụ/57 đối tượng; 1 vụ/1 đối tượng; xử lý hình sự 2 vụ/1 đối tượng")
    assert [m.pair_role for m in ms[:2]] == ["numerator", "denominator"]
    assert [m.pair_role for m in ms[4:]] == ["numerator", "denominator"]
    assert all(m.is_figure for m in ms)


# ------------------------------------------------------------------ a list of parts by name after its whole
_STORM = ("TỔNG HỢP THIỆT HẠI DO BÃO SỐ 2 GÂY RA (tính đến 17 giờ ngày 18/7/2017)\n"
          "TT,Loại thiệt hại,Đơn vị tính,Tổng số,Ghi chú\n"
          '1,Người chết,người,7,"Hà Giang 1, Yên Bái 1, Nghệ An 4, Thanh Hóa 1"\n'
          '3,Nhà bị sập,căn,172,"Yên Bái 2, Hòa Bình 7, Thanh Hóa 22, Nghệ An 140, Hà Tĩnh 1"\n')
# zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2-2017-07
_STORM_TEXT = ("Mưa bão số 2 làm bảy người chết (Hà Giang 1 người, Yên Bái 1 người, Nghệ An 4 người, Thanh Hóa 1 "
               "người).Bão số 2 đã làm 172 căn nhà bị sập (Yên Bái 2, Hòa Bình 7, Thanh Hóa 22, Nghệ An 140, Hà Tĩnh 1).")


def test_each_part_of_a_list_by_name_is_its_units_row(tmp_path):
    table = _table(tmp_path, _STORM, "2017-07")
    assert all(n.verdict == "supported" for n in _checks(_STORM_TEXT, table, "2017-07") if n.text not in ("2", "bảy")
               or n.start > _STORM_TEXT.index("(Yên Bái 2"))
    assert _at(_checks(_STORM_TEXT, table, "2017-07"), _STORM_TEXT, "Yên Bái 2", shift=8).verdict == "supported"
    wrong = _STORM_TEXT.replace("Hòa Bình 7", "Hòa Bình 22")
    assert _at(_checks(wrong, table, "2017-07"), wrong, "Hòa Bình 22", shift=9).verdict == "unsupported"


# ------------------------------------------------------------------ the unit named right after the number
_PABUK = ("TỔNG HỢP THIỆT HẠI DO BÃO SỐ 1 (PABUK)\nTT,Nội dung,Đơn vị tính,Tổng cộng,Trà Vinh,Bạc Liêu,Sóc Trăng\n"
          "6,Diện tích lúa bị ngã sập,ha,28.648,\"182,2\",12.636,10.055\n,Trong đó: lúa bị hư hại,ha,,,4.568,173\n")
# zq-dong-bang-song-cuu-long-thiet-hai-bao-so-1-pabuk-2019-01
_PABUK_TEXT = ("Diện tích lúa bị ngã sập, ngập úng là 28.648ha (Trà Vinh 182,2ha, Bạc Liêu 12.636ha, Sóc Trăng 10.055ha), "
               "trong đó hư hại là 4.568ha tại Bạc Liêu và 173ha tại Sóc Trăng.")


def test_a_unit_named_right_after_the_number_is_its_own(tmp_path):
    table = _table(tmp_path, _PABUK, "2019-01")
    assert _at(_checks(_PABUK_TEXT, table, "2019-01"), _PABUK_TEXT, "4.568ha").verdict == "supported"
    swapped = _PABUK_TEXT.replace("4.568ha tại Bạc Liêu và 173ha", "173ha tại Bạc Liêu và 4.568ha")
    assert _at(_checks(swapped, table, "2019-01"), swapped, "173ha").verdict == "unsupported"


# ------------------------------------------------------------------ a table pasted one cell a line, between bars
_PRICES = ("SỞ TÀI CHÍNH TỈNH VĨNH LONG\nGIÁ THỊ TRƯỜNG (Tháng 02/2016)\n"
           "Mã số,Mặt hàng,ĐVT,Giá kỳ trước,Giá kỳ này,Ghi chú\n1,Giá bán lẻ,,,,\n"
           "1.001,Thóc tẻ thường,đ/kg,6.500,6.500,\n1.002,Thịt lợn thăn,đ/kg,80.000,82.000,\n"
           "1.003,Rượu vang nội chai,đ/chai,82.500,82.500,\n1.004,Muối hạt,đ/kg,5.000,5.000,\n")
# zq-vinh-long-so-tai-chinh-gia-thi-truong-hang-tieu-dung-2016-02 (cells one a line, '|' lines between them)
_PRICES_TEXT = "\n|\n".join(["Mã số", "Mặt hàng", "ĐVT", "Giá kỳ\ntrước", "Giá kỳ\nnày", "Tăng, giảm", "Mức", "%",
                             "1", "2", "3", "4", "5", "6=5-4", "7=6/4", "8",
                             "1.001", "Thóc tẻ thường", "đ/kg", "6.500", "6.500", "0", "0,00",
                             "1.002", "Thịt lợn thăn", '"', "80.000", "82.000", "2.000", "2,50",
                             "1.003", "Rượu vang nội chai", "đ/chai 750ml", "82.500", "82.500", "0", "0,00",
                             "1.004", "Muối hạt", '"', "5.000", "5.000", "0", "0,00"])


def test_a_pasted_price_table_is_checked_cell_by_cell(tmp_path):
    table = _table(tmp_path, _PRICES, "2016-02")
    checks = _checks(_PRICES_TEXT, table, "2016-02")
    assert [n for n in checks if n.verdict == "unsupported"] == []
    assert _at(checks, _PRICES_TEXT, "82.000").verdict == "supported"
    assert _at(checks, _PRICES_TEXT, "\n2.000", shift=1).verdict == "derived"   # the change, 82.000 − 80.000
    assert _at(checks, _PRICES_TEXT, "2,50").verdict == "derived"         # and in percent, its sign left out
    assert _at(checks, _PRICES_TEXT, "750ml").verdict == "not_a_figure"   # the size of the bottle, in its unit line
    assert _at(checks, _PRICES_TEXT, "6=5-4").verdict == "not_a_figure"   # a column's number, its formula


def test_a_wrong_cell_of_a_pasted_price_row_is_flagged(tmp_path):
    table = _table(tmp_path, _PRICES, "2016-02")
    for old, new in (("82.000", "83.000"), ("\n2.000", "\n3.000"), ("2,50", "2,60")):
        wrong = _PRICES_TEXT.replace(old, new, 1)
        assert _at(_checks(wrong, table, "2016-02"), wrong, new.strip()).verdict == "unsupported", new


# ------------------------------------------------------------------ a crop season's year is no other period
def test_a_season_named_with_its_year_in_a_months_report_is_this_periods(tmp_path):
    # zq-tuyen-quang-ubnd-tinh-san-xuat-vu-xuan-den-15-5-2024-05: the May bulletin's "Sản xuất vụ xuân năm 2024"
    table = _table(tmp_path, "KẾT QUẢ SẢN XUẤT VỤ XUÂN (tính đến ngày 15/5/2024)\nSTT,Chỉ tiêu,Đơn vị tính,"
                             "Thực hiện đến 15/5/2024\n1,Diện tích lúa xuân đã cấy,ha,18.420\n", "2024-05")
    text = ("Tình hình kinh tế - xã hội tháng 5 năm 2024 tỉnh Tuyên Quang\n\n1.1.1. Sản xuất vụ xuân năm 2024\n\n"
            "Cây lúa đã cấy 18.430 ha, đạt 101,8% kế hoạch.")
    assert _at(_checks(text, table, "2024-05"), text, "18.430").verdict == "unsupported"


def test_a_sites_blank_date_is_no_figure():
    ms = extract_numbers("Thứ hai, 00/00/2023\n°\n\nTình hình kinh tế")
    assert ms and all(not m.is_figure for m in ms)


def test_a_range_of_days_after_ngay_with_spaces_typed_is_a_date():
    # zq-phu-tho-xa-thanh-thuy-thiet-hai-mua-lu-bao-so-10-2025-09: "đặc biệt trong ngày 29- 30 /9 lượng mưa rất lớn"
    assert [(m.raw, m.is_figure) for m in extract_numbers("đặc biệt trong ngày 29- 30 /9 lượng mưa rất lớn")] == \
        [("29- 30 /9", False)]
    assert not any(m.kind == "date" for m in extract_numbers("có 29 - 30 /35 hộ"))   # no ngày: no days


# ------------------------------------------------------------------ the rates the loader made of the row just stated
_PORT = ("CÔNG TY CỔ PHẦN CẢNG ĐÀ NẴNG\nKẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2014\nSTT,Chỉ tiêu,ĐVT,Thực hiện năm 2013,"
         "Thực hiện năm 2014,So với KH năm 2014 (%),So với năm 2013 (%)\n"
         "1,Sản lượng hàng hóa thông qua cảng,triệu tấn,,6,\"109,5\",\"120,19\"\n2,Doanh thu,tỷ đồng,,450,\"105,6\",113\n")
# zq-da-nang-cong-ty-cp-cang-da-nang-san-luong-doanh-thu-2014
_PORT_TEXT = ("Sáu triệu tấn hàng là con số kỷ lục của cảng biển này từ trước đến nay, tăng 9,5% so với kế hoạch năm và "
              "tăng 20,19% so với năm 2013.")


def test_a_change_after_a_row_is_that_rows_index_less_100(tmp_path):
    table = _table(tmp_path, _PORT, "2014")
    assert _at(_checks(_PORT_TEXT, table, "2014"), _PORT_TEXT, "20,19%").verdict == "derived"
    assert _at(_checks(_PORT_TEXT, table, "2014"), _PORT_TEXT, "9,5%").verdict == "derived"   # 109,5% − 100%
    for old, wrong in (("20,19%", "20,91%"), ("20,19%", "13%"), ("9,5%", "8,5%")):  # a digit; the other row's change
        text = _PORT_TEXT.replace(old, wrong)
        assert _at(_checks(text, table, "2014"), text, wrong).verdict == "unsupported", wrong


def test_a_month_right_after_a_pages_clock_time_is_a_month():
    # zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05: "Thứ sáu - 26/05/2023 13:44 Tháng 5, các trung tâm …"
    ms = extract_numbers("Thứ sáu - 26/05/2023 13:44 Tháng 5, các trung tâm thương mại")
    assert [(m.raw, m.is_figure) for m in ms] == [("26/05/2023", False), ("13:44", False), ("5", False)]
    assert [m.is_figure for m in extract_numbers("trong 5 tháng 5 xã đạt chuẩn")] == [False, True]


# ------------------------------------------------------------------ a paragraph that opens on a later year's aims
_VAN_TAO = ("ỦY BAN NHÂN DÂN XÃ VÂN TẢO\nMỘT SỐ CHỈ TIÊU: THỰC HIỆN NĂM 2014\nSTT,Chỉ tiêu,Đơn vị tính,Thực hiện năm 2014\n"
            "9,Thu nhập bình quân đầu người,triệu đồng/người/năm,\"26,5\"\n")
# zq-ha-noi-thuong-tin-xa-van-tao-ktxh-nong-thon-moi-2014
_VAN_TAO_TEXT = ("Xã Vân Tảo phấn đấu hoàn thành việc xây dựng nông thôn mới trong năm 2015; giảm tỷ lệ hộ nghèo xuống "
                 "1,1%. Thu nhập bình quân đầu người đạt 37 triệu đồng/người/năm.")


def test_a_paragraph_opening_on_a_later_years_aims_goes_on_with_them(tmp_path):
    table = _table(tmp_path, _VAN_TAO, "2014")
    n = _at(_checks(_VAN_TAO_TEXT, table, "2014"), _VAN_TAO_TEXT, "37 triệu")
    assert n.verdict == "not_a_figure" and "2015" in n.derivation


def test_a_sentence_of_that_paragraph_naming_its_own_year_is_still_checked(tmp_path):
    table = _table(tmp_path, _VAN_TAO, "2014")
    text = _VAN_TAO_TEXT.replace("Thu nhập bình quân đầu người đạt 37", "Năm 2014 thu nhập bình quân đầu người đạt 37")
    assert _at(_checks(text, table, "2014"), text, "37 triệu").verdict == "unsupported"
    text = _VAN_TAO_TEXT.replace("trong năm 2015", "trong năm 2014")   # this year's aims: results are checked
    assert _at(_checks(text, table, "2014"), text, "37 triệu").verdict == "unsupported"


def test_the_n_millionth_is_a_milestones_rank():
    # zq-da-nang-cong-ty-cp-cang-da-nang-san-luong-doanh-thu-2014: "đã công bố tấn hàng thứ 6 triệu trong năm 2014"
    for text in ("Cảng Đà Nẵng đã công bố tấn hàng thứ 6 triệu trong năm 2014.", "Sân bay đón vị khách thứ 2 triệu."):
        assert not any(m.is_figure for m in extract_numbers(text)), text
    assert [m.is_figure for m in extract_numbers("được thưởng thứ 3 triệu đồng")] == [True]   # money after it


def test_a_later_year_right_after_the_number_makes_it_a_target(tmp_path):
    # zq-da-nang-…-2014: "Phó chủ tịch … cũng đề nghị cảng đạt mức 6,5 triệu tấn hàng hóa trong năm 2015"
    table = _table(tmp_path, _PORT, "2014")
    text = "Phó chủ tịch UBND TP Đà Nẵng cũng đề nghị cảng đạt mức 6,5 triệu tấn hàng hóa trong năm 2015."
    n = _at(_checks(text, table, "2014"), text, "6,5 triệu")
    assert n.verdict == "not_a_figure" and "2015" in n.derivation
    text = text.replace("trong năm 2015", "trong năm 2014")   # this year's: checked, and wrong
    assert _at(_checks(text, table, "2014"), text, "6,5 triệu").verdict == "unsupported"


# ------------------------------------------------------------------ from the final private batch (zr-), after measuring
def test_a_rules_required_size_and_its_list_by_region_are_no_figures():
    # zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021 (two of its sentences)
    for text in ("thôn ở trung du miền núi phía Bắc phải có từ 150 hộ, Tây Nguyên từ 200 hộ, miền Trung 250 hộ, đồng "
                 "bằng sông Hồng 300 hộ, miền Nam 350 hộ và các thôn biên giới",
                 "tổ dân phố ở miền núi phải có từ 200 hộ, miền Trung 300 hộ, miền Nam 400 hộ, đồng bằng sông Hồng 350 "
                 "hộ, riêng Hà Nội tối thiểu 450 hộ"):
        assert not any(m.is_figure for m in extract_numbers(text)), text
    ms = extract_numbers("Thôn phải có từ 150 hộ; cả tỉnh đã sáp nhập 120 thôn, còn 35 thôn")
    assert [m.raw for m in ms if m.is_figure] == ["120", "35"]   # another noun ends the list


def test_the_days_of_a_part_of_a_month_are_a_periods_length():
    # zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09
    for text in ("Theo Cục Xuất nhập khẩu 10 ngày giữa tháng 9/2018, giá cà phê", "trong 6 thang dau nam Trao tặng"):
        assert not any(m.is_figure for m in extract_numbers(text)), text
    assert [m.is_figure for m in extract_numbers("xuất khẩu cà phê 15 ngày đầu tháng 9/2018 đạt 59,5 nghìn tấn")] == \
        [False, False, True]


def test_a_bodys_short_name_with_its_number_in_brackets_is_a_name():
    # zr-tp-ho-chi-minh-xa-long-hai-bcd-138-an-toan-giao-thong-2025
    assert [m.is_figure for m in extract_numbers("bảo vệ an ninh Tổ quốc (BCĐ 138) xã Long Hải phát hiện 64 vụ")] == \
        [False, True]


def test_a_call_ups_year_is_no_other_period(tmp_path):
    # zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11: November 2019's pre-screening of 2020's recruits
    table = _table(tmp_path, "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ HUYỆN\nSTT,Chỉ tiêu,ĐVT,Tháng 11/2019\n"
                             "1,Thanh niên được khám sơ tuyển,người,652\n", "2019-11")
    text = "Hoàn thành khám sơ tuyển nghĩa vụ quân sự năm 2020. Hội đồng đã khám sơ tuyển sức khỏe nghĩa vụ quân sự " \
           "năm 2020 cho 652 thanh niên."
    assert _at(_checks(text, table, "2019-11"), text, "652").verdict == "supported"
    wrong = text.replace("652", "682")
    assert _at(_checks(wrong, table, "2019-11"), wrong, "682").verdict == "unsupported"
