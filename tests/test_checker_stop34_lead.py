"""The lead's rules of stop 34 from the working batch ``zu-*``, each on real text, with a wrong value still caught."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table

# zu-binh-dinh-cuc-thong-ke-cpi-2023-q1: the statistics office's sheet keeps indexes against the same quarter of last
# year, the text states rates of change ("tăng 4,37%" for 104,37; "giảm 0,98%" for 99,02)
_CPI = ("CỤC THỐNG KÊ TỈNH BÌNH ĐỊNH,,,\nCHỈ SỐ GIÁ TIÊU DÙNG QUÝ I NĂM 2023 SO VỚI CÙNG KỲ NĂM TRƯỚC,,,\n"
        "Mã,Nhóm hàng hóa và dịch vụ,Quý I/2023 so với quý I/2022 (%),Ghi chú\n"
        "CPI,CHỈ SỐ GIÁ TIÊU DÙNG CHUNG,\"103,16\",\n01,Hàng ăn và dịch vụ ăn uống,\"104,34\",\n"
        "02,Đồ uống và thuốc lá,\"104,37\",\n07,Giao thông,\"99,02\",\n09,Giáo dục,\"109,21\",\n")
_CPI_TEXT = ("Theo Cục Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) quý I năm 2023 tăng 3,16% so với quý này năm trước. "
             "Trong đó nhóm giáo dục tăng cao nhất với 9,21%; kế tiếp là nhóm đồ uống và thuốc lá tăng 4,37%; nhóm "
             "hàng ăn và dịch vụ ăn uống tăng 4,34%. Ngược lại, CPI nhóm giao thông giảm 0,98%.")


def test_a_rate_of_change_is_derived_from_an_index_against_a_named_period(tmp_path):
    table = csv_table(tmp_path, _CPI, "2023-Q1")
    got = checks(_CPI_TEXT, table, "2023-Q1")
    for needle in ("3,16%", "9,21%", "4,37%", "4,34%", "0,98%"):
        c = check_at(got, _CPI_TEXT, needle)
        assert c.verdict == "derived", (needle, c.verdict, c.reason)
        assert "− 100%" in c.derivation
    wrong = _CPI_TEXT.replace("thuốc lá tăng 4,37%", "thuốc lá tăng 4,73%")
    assert check_at(checks(wrong, table, "2023-Q1"), wrong, "4,73%").verdict == "unsupported"


def test_a_change_titled_against_a_period_is_no_index(tmp_path):
    # zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014: "Tỷ lệ tốt nghiệp tăng so với năm học 2012-2013" holds the
    # change itself (1,67 points), never an index 100 + change
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nTỷ lệ tốt nghiệp tăng so với năm học 2012-2013,%,"
                                "\"21,67\"\n", "2013-2014")
    # as an index, 21,67 would give "giảm 78,33%" (21,67% − 100%): the change words keep it from being read so
    text = "So với năm học 2012-2013, tỷ lệ đỗ tốt nghiệp giảm 78,33%."
    assert check_at(checks(text, table, "2013-2014"), text, "78,33%").verdict != "derived"


# zu-toan-quoc-tong-cuc-thuy-san-2020-h1: the year's target and its parts, in the half-year's report
_FISH = ("Chỉ tiêu,Đơn vị,Ước thực hiện 6 tháng 2020,Tăng so với cùng kỳ 2019 (%)\n"
         "Tổng sản lượng thủy sản,triệu tấn,\"3,86\",\"1,6\"\n- Sản lượng khai thác,triệu tấn,\"1,88\",\"1,4\"\n"
         "- Sản lượng nuôi trồng,triệu tấn,\"1,97\",\"1,8\"\n")
_FISH_TEXT = ("Tổng sản lượng thủy sản 6 tháng đầu năm 2020 ước đạt 3,86 triệu tấn. Để đạt mục tiêu tổng sản lượng thủy "
              "sản năm 2020 đạt 8,56 triệu tấn (trong đó, sản lượng khai thác là 3,9 triệu tấn, sản lượng nuôi trồng là "
              "4,66 triệu tấn), Tổng cục Thủy sản sẽ phối hợp với các địa phương.")


def test_an_aim_naming_the_year_of_a_shorter_report_is_its_target_with_its_parts(tmp_path):
    table = csv_table(tmp_path, _FISH, "2020-H1")
    got = checks(_FISH_TEXT, table, "2020-H1")
    for needle in ("8,56", "3,9 triệu", "4,66"):
        c = check_at(got, _FISH_TEXT, needle)
        assert (c.verdict, c.kind) == ("not_a_figure", "target"), (needle, c.verdict, c.reason)
    assert check_at(got, _FISH_TEXT, "3,86").verdict == "supported"
    # the half-year's own value stays checked
    wrong = _FISH_TEXT.replace("ước đạt 3,86", "ước đạt 3,68")
    assert check_at(checks(wrong, table, "2020-H1"), wrong, "3,68").verdict == "unsupported"


def test_the_periods_value_after_an_aims_clause_stays_checked(tmp_path):
    table = csv_table(tmp_path, _FISH, "2020-H1")
    text = "Để đạt mục tiêu kế hoạch năm 2020, tổng sản lượng thủy sản 6 tháng đầu năm ước đạt 3,68 triệu tấn."
    assert check_at(checks(text, table, "2020-H1"), text, "3,68").verdict == "unsupported"


def test_an_aim_of_the_reports_own_year_in_a_year_report_is_not_set_aside_by_this_rule(tmp_path):
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị,Năm 2020\nTổng sản lượng thủy sản,triệu tấn,\"8,56\"\n", "2020")
    text = "Năm 2020 đã đạt mục tiêu tổng sản lượng thủy sản năm 2020 đạt 8,65 triệu tấn."
    assert check_at(checks(text, table, "2020"), text, "8,65").verdict == "unsupported"


# zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014: pupils who graduated, in a row counted in candidates
_EXAM = ("Chỉ tiêu,Đơn vị tính,Khối THPT,Khối GDTX,Toàn tỉnh\nSố thí sinh dự thi,thí sinh,7928,1668,9596\n"
         "Số thí sinh tốt nghiệp,thí sinh,7693,,\nSố trường/trung tâm đỗ 100%,đơn vị,2,2,\n")


def test_pupils_graduated_in_a_row_of_candidates(tmp_path):
    table = csv_table(tmp_path, _EXAM, "2013-2014")
    text = "Kết quả của khối THPT: có 7693 học sinh tốt nghiệp, đạt tỷ lệ 97,3%."
    assert check_at(checks(text, table, "2013-2014"), text, "7693").verdict == "supported"
    wrong = text.replace("7693", "7639")
    assert check_at(checks(wrong, table, "2013-2014"), wrong, "7639").verdict == "unsupported"


def test_a_class_named_by_two_rows_of_the_same_value_flags_nothing(tmp_path):
    table = csv_table(tmp_path, _EXAM, "2013-2014")
    text = ("Khối GDTX đạt tỷ lệ tốt nghiệp 95,14%. Có 2 Trung tâm có tỷ lệ đỗ tốt nghiệp đạt 100% là Trung tâm GDTX 1 "
            "và Trung tâm GDTX 2.")
    assert check_at(checks(text, table, "2013-2014"), text, "2 Trung").verdict == "supported"


# zu-phu-tho-vinh-phu-doan-thanh-nien-2020-2025: the congress's delegates and the members they stand for
def test_the_members_a_congress_delegates_stand_for_are_no_figure(tmp_path):
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nĐoàn viên mới được kết nạp,đoàn viên,450\n",
                      "2020-2025")
    text = ("Đoàn xã đã tổ chức thành công Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030, với sự tham gia của 132 đại "
            "biểu đại diện hơn 900 đoàn viên trong toàn xã. Trong nhiệm kỳ đã kết nạp 450 đoàn viên mới.")
    got = checks(text, table, "2020-2025")
    assert [check_at(got, text, n).verdict for n in ("132", "900", "450")] == ["not_a_figure", "not_a_figure",
                                                                              "supported"]
    # the members kept as a row are checked as any figure
    kept = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nTổng số đoàn viên,đoàn viên,900\n", "2020-2025")
    assert check_at(checks(text, kept, "2020-2025"), text, "900").verdict == "supported"


# ------------------------------------------------------------------ after the final private batch zv (in-sample)
# zv-phu-tho-lam-thao-hoi-nong-dan-xa-son-vi-sxkd-gioi-2017-2019: a term's report whose sheet keeps the rows of 2018
_SON_VI = ("Hội Nông dân xã Sơn Vi,,,\nTT,Nội dung,Đơn vị tính,Kết quả\nI,Năm 2018,,\n"
           "1,Hộ nông dân đăng ký SXKD giỏi các cấp,hộ,1.125\n1.1,Trong đó: hộ đạt cấp cơ sở,hộ,441\n")
_SON_VI_TEXT = ("Trong giai đoạn 2017 - 2019, bình quân hàng năm số lượng hội viên, nông dân đăng ký danh hiệu nông dân sản "
                "xuất, kinh doanh giỏi các cấp đều tăng, năm 2018 đã có 1.125 hộ nông dân đăng ký sản xuất kinh doanh "
                "giỏi các cấp, trong đó có 441 hộ đạt cấp cơ sở.")


def test_a_year_the_sheet_keeps_inside_a_term_is_checked_not_set_aside(tmp_path):
    table = csv_table(tmp_path, _SON_VI, "2017-2019")
    assert check_at(checks(_SON_VI_TEXT, table, "2017-2019"), _SON_VI_TEXT, "1.125").verdict == "supported"
    for old, new in (("có 1.125 hộ", "có 1.126 hộ"), ("có 441 hộ", "có 414 hộ")):
        wrong = _SON_VI_TEXT.replace(old, new)
        assert check_at(checks(wrong, table, "2017-2019"), wrong, new.split()[1]).verdict == "unsupported", new


def test_a_year_no_row_keeps_is_still_one_year_of_the_term(tmp_path):
    # zn-toan-quoc-hoa-giai-o-co-so-2014-2023: "riêng năm 2023, tỷ lệ hòa giải thành đạt 85,13%", no row of 2023's rate
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nTỷ lệ hòa giải thành,%,\"81,2\"\n"
                                "Số vụ việc năm 2023,vụ việc,100\n", "2014-2023")
    text = "Cả giai đoạn đạt tỷ lệ hòa giải thành 81,2%, riêng năm 2023, tỷ lệ hòa giải thành đạt 85,13%."
    assert check_at(checks(text, table, "2014-2023"), text, "85,13%").verdict == "not_a_figure"


# zv-kon-tum-gia-dinh-van-hoa-khu-dan-cu-van-hoa-2013: a share of a named whole the sheet keeps as a row
_KON_TUM = ("TT,Chỉ tiêu,ĐVT,Năm 2013\n2,Tổng số gia đình văn hóa,hộ,71.450\n"
            "3,Tỷ lệ gia đình văn hóa so với tổng số gia đình toàn tỉnh,%,64\n")
_KON_TUM_TEXT = ("Năm 2013, nâng tổng số gia đình văn hóa tại địa bàn tỉnh lên trên 71.450 hộ – chiếm gần 64% tổng số gia "
                 "đình trên địa bàn toàn tỉnh.")


def test_a_share_of_a_named_whole_kept_as_a_row_is_checked_against_it(tmp_path):
    table = csv_table(tmp_path, _KON_TUM, "2013")
    assert check_at(checks(_KON_TUM_TEXT, table, "2013"), _KON_TUM_TEXT, "64%").verdict == "supported"
    wrong = _KON_TUM_TEXT.replace("gần 64%", "gần 54%")
    c = check_at(checks(wrong, table, "2013"), wrong, "54%")
    assert c.verdict == "unsupported" and "64%" in c.reason
