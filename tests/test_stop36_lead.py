"""The lead's rules of stop 36: what the working batches left — a part of the report's period said on its own (the
month of a nine months' report, its change against the same month a year ago) is no figure the period's table holds,
and a place's number after a date (``2023-07 Tổ dân phố 15``) is a name, not a count."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table

# zw-toan-quoc-tai-nan-giao-thong-bon-linh-vuc-2019-9t: the nine months, then "only September"
_NINE = ("STT,Chỉ tiêu,ĐVT,9 tháng năm 2019,Cùng kỳ năm 2018\n"
         "1,Số vụ tai nạn giao thông đường bộ,vụ,12.500,13.054\n2,Số người chết,người,5.500,5.856\n"
         "3,Số người bị thương,người,4.200,4.400\n")
_NINE_TEXT = ("Chín tháng năm 2019, toàn quốc xảy ra 12.500 vụ tai nạn giao thông đường bộ, làm chết 5.500 người, "
              "bị thương 4.200 người. “Chỉ tính riêng trong tháng 9, toàn quốc xảy ra trên 1.300 vụ, làm chết trên "
              "560 người và làm bị thương trên 1.000 người. So với tháng cùng kỳ năm 2018 giảm 116 vụ, giảm 83 người "
              "chết, giảm 87 người bị thương” - ông Thái cho biết.")


def test_the_month_of_a_nine_months_report_is_no_figure_of_the_period(tmp_path):
    table = csv_table(tmp_path, _NINE, "2019-9T")
    got = checks(_NINE_TEXT, table, "2019-9T")
    for needle in ("1.300", "560", "1.000"):
        c = check_at(got, _NINE_TEXT, needle)
        assert (c.verdict, c.kind) == ("not_a_figure", "other-period"), (needle, c.verdict, c.reason)
    for needle in ("116", "83", "87"):   # the month's change: unproved, never passed as the period's
        c = check_at(got, _NINE_TEXT, needle)
        assert c.verdict == "unverified" and c.needs_review, (needle, c.verdict)
    for needle in ("12.500", "5.500", "4.200"):
        assert check_at(got, _NINE_TEXT, needle).verdict == "supported"
    wrong = _NINE_TEXT.replace("làm chết 5.500", "làm chết 5.600")   # the period's own figure stays checked
    assert check_at(checks(wrong, table, "2019-9T"), wrong, "5.600").verdict == "unsupported"


def test_a_month_the_table_keeps_is_checked_as_any_row(tmp_path):
    kept = _NINE + "4,Số vụ tai nạn giao thông trong tháng 9,vụ,1.300,\n"
    table = csv_table(tmp_path, kept, "2019-9T")
    wrong = _NINE_TEXT.replace("trên 1.300 vụ", "trên 1.400 vụ")
    assert check_at(checks(wrong, table, "2019-9T"), wrong, "1.400").verdict == "unsupported"


# zw-gia-lai-an-khe-phong-van-hoa-thong-tin-gia-dinh-van-hoa-2022: a page's date line runs into the next item's name
_PLACE_TEXT = ("date 2023-07 Tổ dân phố 15 (phường An Phú) là một trong những điểm sáng trong công tác xây dựng thôn, "
               "làng, tổ dân phố văn hóa.")


def test_a_place_number_after_a_date_is_a_name(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2022\n1,Số gia đình văn hóa,hộ,15.307\n", "2022")
    c = check_at(checks(_PLACE_TEXT, table, "2022"), _PLACE_TEXT, "15 (")
    assert (c.verdict, c.kind) == ("not_a_figure", "address"), (c.verdict, c.kind)


# zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-2003-2006: a district's term kept as one column per year, no whole
_YEARS = ("UBND HUYỆN VĂN CHẤN,,,,,,\n\"MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI GIAI ĐOẠN 2003 - 2006\",,,,,,\n"
          "STT,Chỉ tiêu,ĐVT,Năm 2003,Năm 2004,Năm 2005,Năm 2006\nA,NÔNG - LÂM NGHIỆP,,,,,\n"
          ",Tre luồng,Tấn,600,650,700,750\n,Tổng đàn trâu,Con,15.172,14.710,16.000,16.200\n"
          ",Số giường bệnh trên vạn dân,Giường,10,10,10,\"10,7\"\n")


def test_a_terms_sheet_of_years_only_loads_each_year_as_a_row(tmp_path):
    table = csv_table(tmp_path, _YEARS, "2003-2006")
    rows = {f.ma: f for f in table}
    assert rows["R-5-2003"].ky_bao_cao == 600 and rows["R-5-2006"].chi_tieu == "Tre luồng (năm 2006)"
    assert str(rows["R-7-2006"].ky_bao_cao) == "10.7"     # beds per ten thousand people: a count per people
    text = "Năm 2006, sản lượng tre luồng đạt 750 tấn; tổng đàn trâu 16.200 con."
    got = checks(text, table, "2003-2006")
    assert check_at(got, text, "750").verdict == "supported"
    wrong = text.replace("750 tấn", "760 tấn")
    assert check_at(checks(wrong, table, "2003-2006"), wrong, "760").verdict == "unsupported"


def test_the_breakdown_of_a_count_adds_up_to_it(tmp_path):
    sheet = "STT,Chỉ tiêu,ĐVT,Năm 2020\n1,Giới thiệu HVPN ưu tú cho Đảng xem xét kết nạp,người,2\n"
    text = ("Giới thiệu 02 HVPN ưu tú cho Đảng xem xét, kết nạp, kết quả 01 chị đã viết hoàn chỉnh lý lịch tại Ban Tổ "
            "chức Huyện ủy, 01 chị đang hoàn thành lý lịch; Trong năm đã vận động tặng quà.")
    got = checks(text, csv_table(tmp_path, sheet, "2020"), "2020")
    assert [check_at(got, text, "01", nth=k).verdict for k in (0, 1)] == ["derived", "derived"]
    wrong = text.replace("01 chị đang", "03 chị đang")   # the parts no longer add up: flagged
    got = checks(wrong, csv_table(tmp_path, sheet, "2020"), "2020")
    assert check_at(got, wrong, "03 chị").verdict == "unsupported"


def test_a_share_of_a_whole_the_table_lacks_is_unverified_not_an_alarm(tmp_path):
    sheet = "STT,Chỉ tiêu,ĐVT,Năm 2022\n1,Gia đình đạt chuẩn văn hóa,gia đình,15.307\n"
    text = "Năm 2022, thị xã có 15.307 gia đình đạt chuẩn văn hóa, đạt 88,33%."
    c = check_at(checks(text, csv_table(tmp_path, sheet, "2022"), "2022"), text, "88,33%")
    assert c.verdict == "unverified" and c.needs_review
    kept = sheet + "2,Tỷ lệ gia đình đạt chuẩn văn hóa,%,\"88,33\"\n"   # a rate row the words name: checked
    wrong = text.replace("88,33%", "86,33%")
    assert check_at(checks(wrong, csv_table(tmp_path, kept, "2022"), "2022"), wrong, "86,33%").verdict == "unsupported"


# zy-khong-ro-tinh-quy-khuyen-hoc-…-2018-11: a fund's round beside its total since it was founded
_FUND = ("Nội dung,Đơn vị tính,Đợt tháng 11/2018,Lũy kế từ khi thành lập,Ghi chú\n"
         "Tổng số tiền học bổng đã trao,triệu đồng,441,,\nTổng số tiền huy động được,tỷ đồng,,\"16,629\",\n")


def test_a_total_since_the_founding_is_labelled_so_not_from_the_years_start(tmp_path):
    rows = {f.ma: f for f in csv_table(tmp_path, _FUND, "2018-11")}
    since = next(f for f in rows.values() if f.ky_bao_cao == 16629000000)
    assert since.chi_tieu == "Tổng số tiền huy động được (lũy kế từ khi thành lập)"


# zy-binh-phuoc-cong-ty-cao-su-phu-rieng-san-xuat-kinh-doanh-2017: the plan filled on one row, the rates on four
_RUBBER = ("STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2017 (VRG giao),Ước thực hiện năm 2017,Tỷ lệ so với kế hoạch (%),Ghi chú\n"
           "1,Sản lượng mủ khai thác,tấn,23.000,25.700,112,\n2,Tổng sản lượng tiêu thụ,tấn,,36.000,,\n"
           "5,Tổng doanh thu,tỷ đồng,,1.720,122,\n6,Lợi nhuận trước thuế,tỷ đồng,,465,115,\n")


def test_rates_of_a_plan_on_rows_without_their_plan_are_kept(tmp_path):
    table = csv_table(tmp_path, _RUBBER, "2017")
    rows = {f.ma: f for f in table}
    assert rows["5-2"].ky_bao_cao == 122 and rows["5-2"].don_vi_tinh == "%"
    assert rows["6-2"].chi_tieu == "Lợi nhuận trước thuế: tỷ lệ so với kế hoạch"
    text = "Tổng doanh thu trên 1.720 tỷ đồng, đạt 122% kế hoạch; lợi nhuận trước thuế trên 465 tỷ đồng, đạt 115%."
    got = checks(text, table, "2017")
    assert check_at(got, text, "122%").verdict in ("supported", "derived")
    wrong = text.replace("đạt 122%", "đạt 128%")
    assert check_at(checks(wrong, table, "2017"), wrong, "128%").verdict == "unsupported"


_SCHOLARSHIPS = ("Nội dung,Đơn vị tính,Đợt tháng 11/2018\nTổng số tiền học bổng đã trao,triệu đồng,441\n"
                 "Số suất học bổng,suất,350\n- Giáo viên,suất,40\n- Sinh viên,suất,20\n"
                 "- Học sinh (tiểu học đến THPT),suất,290\n")
_SCHOLARSHIPS_TEXT = ("Quỹ Khuyến học khuyến tài Nguyễn Du đã trao học bổng cho 40 giáo viên, 20 sinh viên và 290 học sinh "
                      "từ bậc tiểu học đến THPT, mỗi suất từ 700 ngàn đến 5 triệu đồng.")


def test_a_part_named_by_its_noun_and_a_bracket_counts_that_noun(tmp_path):
    table = csv_table(tmp_path, _SCHOLARSHIPS, "2018-11")
    got = checks(_SCHOLARSHIPS_TEXT, table, "2018-11")
    assert check_at(got, _SCHOLARSHIPS_TEXT, "290").verdict == "supported"
    wrong = _SCHOLARSHIPS_TEXT.replace("290 học sinh", "280 học sinh")
    assert check_at(checks(wrong, table, "2018-11"), wrong, "280").verdict == "unsupported"


def test_both_ends_of_an_amount_per_unit_are_per_unit(tmp_path):
    got = checks(_SCHOLARSHIPS_TEXT, csv_table(tmp_path, _SCHOLARSHIPS, "2018-11"), "2018-11")
    # stop 50: checker round 52's each-range reads the range once, as what each share gets (kind "norm"); the intent
    # holds either way: neither end is a figure of the period
    s = _SCHOLARSHIPS_TEXT.index("700 ngàn")
    e = _SCHOLARSHIPS_TEXT.index("5 triệu đồng") + len("5 triệu đồng")
    ends = [c for c in got if s <= c.start < e]
    assert ends and all(c.verdict == "not_a_figure" and c.kind in ("per-unit", "norm") for c in ends), ends


def test_a_rate_of_the_plan_on_a_row_keeping_its_plan_is_no_row_of_its_own(tmp_path):
    rows = {f.ma: f for f in csv_table(tmp_path, _RUBBER, "2017")}
    assert "1-2" not in rows and rows["1"].ke_hoach == 23000


def test_a_standing_fact_given_by_its_quote_alone_is_read(tmp_path):
    from service.checker.standing import from_case
    from service.spec import StandingEntry

    facts = from_case([{"quote": "3.189 hộ dân", "kind": "households"}, {"quote": "17/17 xã"}])
    assert [(f.value, f.noun) for f in facts] == [(3189, "hộ dân"), (17, "xã")]
    assert StandingEntry(quote="16 xã, thị trấn").value is None      # read when used
    text = "Xã Tam Nghĩa có diện tích tự nhiên hơn 5.171ha với 3.189 hộ dân, 11.964 nhân khẩu."
    table = csv_table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2018\n1,Số tiêu chí nông thôn mới đạt,tiêu chí,19\n", "2018")
    from service.checker.check import check_text
    got = check_text(text, table, period="2018", standing=from_case([{"quote": "3.189 hộ dân"}])).numbers
    assert check_at(got, text, "3.189").verdict == "standing"


# zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017: income classes of a survey, the level said once
_SURVEY = "STT,Chỉ tiêu,ĐVT,Năm 2017\n1,Số sinh viên tốt nghiệp được khảo sát,sinh viên,1.443\n"
_SURVEY_TEXT = ("Khảo sát cho thấy, phần đông sinh viên tốt nghiệp sau một năm có thu nhập từ 5 triệu đến 8 triệu đồng/ "
                "tháng. Có 3,68% số sinh viên có mức thu nhập trên 15 triệu đồng/tháng; 21,40% có mức từ 8 triệu đến "
                "10 triệu; 10,03% có mức thu nhập từ 10 đến 15 triệu. Tỷ lệ sinh viên tốt nghiệp năm 2017 có mức thu "
                "nhập từ 8 triệu đến 15 triệu cũng đã tăng.")


def test_income_classes_said_as_spreads_are_bounds(tmp_path):
    got = checks(_SURVEY_TEXT, csv_table(tmp_path, _SURVEY, "2017"), "2017")
    for needle in ("5 triệu đến", "8 triệu đến 10", "10 đến 15", "8 triệu đến 15"):
        c = check_at(got, _SURVEY_TEXT, needle)
        assert c.verdict == "not_a_figure", (needle, c.verdict, c.reason)


def test_a_rate_moving_from_one_value_to_another_said_with_thanh(tmp_path):
    # zy-toan-quoc-cac-truong-dai-hoc-xep-loai-tot-nghiep-2025: "từ 17,3% tăng thành 28,67%": the first is the base
    table = csv_table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2025\n1,Tỷ lệ tốt nghiệp loại giỏi,%,\"28,67\"\n", "2025")
    text = "SV tốt nghiệp loại giỏi cũng tăng so với năm ngoái, từ 17,3% tăng thành 28,67%."
    got = checks(text, table, "2025")
    assert check_at(got, text, "17,3%").verdict == "not_a_figure"
    assert check_at(got, text, "28,67%").verdict == "supported"


def test_each_number_naming_its_own_year_is_read_of_that_year(tmp_path):
    # zy-quang-nam-nui-thanh-xa-tam-nghia-nong-thon-moi-2018: the 2010 base and the 2018 value, each with its year
    sheet = ("STT,Chỉ tiêu,ĐVT,Năm 2018,Năm 2010\n1,Tỷ lệ hộ nghèo,%,\"0,19\",\"9,94\"\n"
             "2,Thu nhập bình quân đầu người,triệu đồng,\"36,07\",25\n")
    table = csv_table(tmp_path, sheet, "2018")
    text = ("Tỷ lệ hộ nghèo giảm nhanh từ 9,94% năm 2010 xuống còn 0,19% năm 2018; thu nhập bình quân của người dân "
            "tăng từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng vào năm 2018.")
    got = checks(text, table, "2018")
    for needle in ("25 triệu", "36,07"):
        assert check_at(got, text, needle).verdict in ("supported", "derived", "not_a_figure"), needle
    wrong = text.replace("lên 36,07 triệu đồng", "lên 38,07 triệu đồng")
    assert check_at(checks(wrong, table, "2018"), wrong, "38,07").verdict == "unsupported"


def test_a_viewers_page_header_and_a_scaled_unit_are_no_figures(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2016\n1,Tỷ lệ học sinh lưu ban,%,\"0,08\"\n", "2016")
    text = "Page 338 - merged_files  Basic HTML Version\nSản phẩm may mặc 1000sp 14,5 18,36 19,6 20,2"
    got = checks(text, table, "2016")
    assert check_at(got, text, "338").kind == "page" and check_at(got, text, "1000sp").verdict == "not_a_figure"


# ya-quang-nam-nong-son-chi-cuc-thi-hanh-an-dan-su-2010-2014 (after the final batch's measure, in-sample)
_EXCESS = ("STT,Chỉ tiêu,ĐVT,Năm 2010,Năm 2011\n"
           "1,Vượt chỉ tiêu giao về việc,%,9,13\n2,Vượt chỉ tiêu giao về tiền,%,27,8\n")
_EXCESS_TEXT = "Năm 2010 vượt 9% về việc, vượt 27% về tiền so với chỉ tiêu giao."


def test_an_excess_said_about_one_aspect_is_that_aspects_row(tmp_path):
    table = csv_table(tmp_path, _EXCESS, "2010-2011")
    got = checks(_EXCESS_TEXT, table, "2010-2011")
    assert check_at(got, _EXCESS_TEXT, "9%").verdict == "supported"
    assert check_at(got, _EXCESS_TEXT, "27%").verdict == "supported"
    swapped = _EXCESS_TEXT.replace("vượt 9% về việc, vượt 27% về tiền", "vượt 27% về việc, vượt 9% về tiền")
    got = checks(swapped, table, "2010-2011")
    assert [check_at(got, swapped, k).verdict for k in ("27%", "9%")] == ["unsupported", "unsupported"]


# ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03: a rate column naming no base beside a change on last month
_FIRES = ("STT,Chỉ tiêu,ĐVT,Tháng 3/2023,Tháng 2/2023,\"Tăng (+), giảm (-) so với tháng 2/2023\","
          "Tỷ lệ tăng (+)/giảm (-) (%)\n1,Số vụ cháy,vụ,102,,-52,\"-33,77\"\n2,Số người chết,người,8,3,+5,\n")


def test_a_rate_column_naming_no_base_is_the_rate_of_the_change_beside_it(tmp_path):
    rows = {f.ma: f for f in csv_table(tmp_path, _FIRES, "2023-03")}
    assert rows["1"].ky_truoc == 154 and rows["1"].cung_ky is None
    text = ("So với tháng 2-2023, số vụ cháy giảm 52 vụ, giảm 33,77%; số người chết tăng 5 người (8/3 người).")
    table = csv_table(tmp_path, _FIRES, "2023-03")
    got = checks(text, table, "2023-03")
    assert [check_at(got, text, k).verdict for k in ("52", "33,77%", "5 ")] == ["derived"] * 3
    wrong = text.replace("giảm 33,77%", "giảm 35,77%")
    assert check_at(checks(wrong, table, "2023-03"), wrong, "35,77%").verdict == "unsupported"


def test_a_rate_after_an_amount_is_not_refuted_by_other_indicators_rate_rows(tmp_path):
    # ya-toan-quoc-bo-nnptnt-tang-truong-xuat-khau-nong-lam-thuy-san-2021: the GVA growth kept as rows, the exports'
    # growth column set aside (its rates give no exact last year's value)
    sheet = ("Mã,Chỉ tiêu,Đơn vị,Ước thực hiện năm 2021\n"
             "TT02,Tốc độ tăng giá trị gia tăng nông nghiệp,%,\"3,18\"\n"
             "XK01,Kim ngạch xuất khẩu nông – lâm – thủy sản,tỷ USD,\"48,6\"\n")
    text = ("Nông nghiệp tăng trên 3,18%. Kim ngạch xuất khẩu nông lâm thủy sản đạt kết quả cao kỷ lục 48,6 tỷ USD, "
            "tăng 14,9% so với năm 2020.")
    c = check_at(checks(text, csv_table(tmp_path, sheet, "2021"), "2021"), text, "14,9%")
    assert c.verdict == "unverified" and c.needs_review


def test_a_plan_said_as_such_is_its_rows_plan_cell(tmp_path):
    # zk-yen-bai-kinh-te-xa-hoi-2014: the grain's rate of the plan kept as a row beside the cattle's plan of 4%
    sheet = ("Mã,Chỉ tiêu,Đơn vị tính,Kế hoạch năm 2014,Ước thực hiện năm 2014,So kế hoạch (%)\n"
             "B00,Giá trị sản xuất nông nghiệp,tỷ đồng,100,105,105\n"
             "B01,Sản lượng lương thực có hạt,tấn,,285.920,\"104,16\"\nB02,Tốc độ tăng tổng đàn gia súc chính,%,4,\"5,69\",\n")
    text = ("Sản lượng lương thực có hạt đạt 285.920 tấn, vượt 4,16% kế hoạch. Tổng đàn gia súc chính tiếp tục tăng "
            "5,69% so với cùng kỳ (kế hoạch là là 4%).")
    got = checks(text, csv_table(tmp_path, sheet, "2014"), "2014")
    assert check_at(got, text, "4%").verdict == "supported" and check_at(got, text, "4,16%").verdict == "derived"
