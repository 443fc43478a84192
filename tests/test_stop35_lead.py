"""The lead's rules of stop 35 from the working batch ``zw-*``: the loader keeps what a traffic police sheet and a
ministry's survey sheet state (signed rates, a running total's rate, a daily average, a line stating only its fall,
shares beside counts), and the checker reads each rate against the row its own words name — with a wrong one caught."""

from __future__ import annotations

from decimal import Decimal as D

from tests.sweep_tables import check_at, checks, csv_table

# zw-toan-quoc-tai-nan-giao-thong-bi-thuong-nhe-2016-07: the month, its rate, the seven months, their rate, a day's
# average; rates typed with their signs
_MONTH = ("Chỉ tiêu,Đơn vị tính,Tháng 7/2016 (16/6-15/7),So cùng kỳ tháng 7 (%),Lũy kế 7 tháng năm 2016,"
          "So cùng kỳ 7 tháng (%),Bình quân 1 ngày (7 tháng)\n"
          "Tổng số vụ tai nạn giao thông,vụ,1.625,\"-6,1\",11.852,\"-8,2\",55\n"
          "- Va chạm giao thông,vụ,839,\"-11,7\",6.027,\"-13,5\",28\n"
          "Số người chết,người,661,\"-4,1\",5.023,\"-2,8\",24\n"
          "Số người bị thương,người,415,\"+4,5\",3.321,\"-1,7\",16\n")
_MONTH_TEXT = ("So với cùng kỳ năm trước, số vụ tai nạn giao thông giảm 6,1% (số vụ va chạm giao thông giảm 11,7%); số "
               "người chết giảm 4,1%; số người bị thương tăng 4,5%.\n\nSo với cùng kỳ năm trước, số vụ tai nạn giao "
               "thông trong 7 tháng năm 2016 giảm 8,2%. Trong đó, số vụ va chạm giao thông giảm 13,5%. Số người chết "
               "giảm 2,8%; số người bị thương giảm 1,7%.\n\nNgoài ra, bình quân 1 ngày trong 7 tháng, trên địa bàn cả "
               "nước xảy ra 55 vụ tai nạn giao thông, làm 24 người chết, 16 người bị thương.")


def test_signed_rates_a_running_totals_rate_and_a_daily_average_are_kept(tmp_path):
    rows = {f.ma: f for f in csv_table(tmp_path, _MONTH, "2016-07")}
    # the seven months' rate is the running total's, never the month's last year's value (415/422 = -1,66%)
    assert rows["R-4"].cung_ky == D(689)                           # 661 at -4,1%: one whole number
    # round 25: a sheet that types its falls as negatives (-6,1) writes changes under «So cùng kỳ tháng 7 (%)», so
    # "+4,5" is a rise of 4,5 %, and 397 is the one whole number it gives back (415/397 = +4,53 %); as a ratio it gave none
    assert rows["R-5"].cung_ky == D(397)
    assert "R-5-TL" not in rows
    assert rows["R-5-LK-TL"].ky_bao_cao == D("-1.7")
    assert rows["R-2-LK-TL"].ky_bao_cao == D("-8.2") and rows["R-2-LK-TL"].don_vi_tinh == "%"
    # the day's average in the row's own unit, not "7 tháng" from the title's bracket
    assert (rows["R-2-2"].ky_bao_cao, rows["R-2-2"].don_vi_tinh) == (D(55), "vụ")


def test_each_rate_is_read_against_the_row_its_words_name(tmp_path):
    table = csv_table(tmp_path, _MONTH, "2016-07")
    got = checks(_MONTH_TEXT, table, "2016-07")
    for needle in ("6,1%", "11,7%", "4,1%", "4,5%", "8,2%", "13,5%", "2,8%", " 1,7%", "55 vụ", "24 người",
                   "16 người"):
        c = check_at(got, _MONTH_TEXT, needle, shift=needle.startswith(" "))
        assert c.verdict in ("supported", "derived"), (needle, c.verdict, c.reason)
    wrong = _MONTH_TEXT.replace("Số người chết giảm 2,8%", "Số người chết giảm 3,8%")
    assert check_at(checks(wrong, table, "2016-07"), wrong, "3,8%").verdict == "unsupported"


# zw-toan-quoc-tai-nan-giao-thong-bon-linh-vuc-2019-9t: the country's lines state only the fall (the page gave it so)
_FALLS = ("STT,Lĩnh vực / Chỉ tiêu,ĐVT,9 tháng năm 2019,Tăng (+)/giảm (-) so với cùng kỳ năm 2018,Ghi chú\n"
          "I,Toàn quốc,,,,\n1,Số vụ,vụ,,-567,bài chỉ nêu mức giảm\n2,Số người chết,người,,-353,\n"
          "II,Đường bộ,,,,\n1,Số vụ,vụ,12.500,-554,\n2,Số người chết,người,5.500,-356,\n")
_FALLS_TEXT = "So với cùng kỳ năm 2018, giảm cả ba tiêu chí với 567 vụ, 353 người chết."


def test_a_line_stating_only_its_fall_is_loaded_and_checked(tmp_path):
    table = csv_table(tmp_path, _FALLS, "2019-9T")
    rows = {f.ma: f for f in table}
    assert rows["I.1"].ky_bao_cao == D(-567) and rows["I.1"].cung_ky is None
    assert rows["I.1"].chi_tieu.startswith("Số vụ: tăng (+)/giảm (-) so với cùng kỳ")
    assert check_at(checks(_FALLS_TEXT, table, "2019-9T"), _FALLS_TEXT, "567").verdict == "supported"
    wrong = _FALLS_TEXT.replace("567 vụ", "576 vụ")
    assert check_at(checks(wrong, table, "2019-9T"), wrong, "576").verdict == "unsupported"


# zw-toan-quoc-bo-gddt-viec-lam-sinh-vien-tot-nghiep-2018: shares beside counts; the STT numbers over a rate are no
# rate of the sheet ("2" of 40 is 5%), so the share column is kept
_SHARES = ("TT,Nội dung,ĐVT,Số lượng,Tỷ lệ (%)\nA,Theo khu vực làm việc,,,\n1,Khu vực nhà nước,vị trí việc làm,,44\n"
           "2,Khu vực tư nhân,vị trí việc làm,4.233,42\n3,Khu vực có yếu tố nước ngoài,vị trí việc làm,436,4\n"
           "4,Tự tạo việc làm,vị trí việc làm,1.200,11\n")
_SHARES_TEXT = ("Khu vực tư nhân có 4.233 vị trí việc làm (42%), khu vực có yếu tố nước ngoài 436 vị trí việc làm (4%) "
                "và tự tạo việc làm là 1.200 vị trí việc làm (11%).")


def test_a_share_column_beside_counts_is_kept_when_only_the_row_numbers_would_give_it_back(tmp_path):
    table = csv_table(tmp_path, _SHARES, "2018")
    rows = {f.ma: f for f in table}
    assert rows["A.2-2"].ky_bao_cao == D(42) and rows["A.2-2"].don_vi_tinh == "%"
    got = checks(_SHARES_TEXT, table, "2018")
    for needle in ("42%", "4%", "11%"):
        assert check_at(got, _SHARES_TEXT, needle).verdict in ("supported", "derived"), needle


# zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09: a row's kept rate refutes a rate said of that row, not one the
# words give to another aspect or against another base
_COFFEE = ("Chỉ tiêu,Đơn vị tính,9 tháng năm 2018,Tăng/giảm so với cùng kỳ năm 2017 (%)\n"
           "Khối lượng xuất khẩu,tấn,\"1.385.000\",\"+17,3\"\nTrị giá xuất khẩu,triệu USD,\"2.640\",\"-1,3\"\n")
_COFFEE_TEXT = ("Xuất khẩu cà phê đạt 1,385 triệu tấn, trị giá 2,64 tỷ USD, tăng 17,3% về lượng, nhưng giảm 1,3% về "
                "trị giá so với cùng kỳ năm 2017. Giá giảm 0,9% so với ngày 10/9/2018.")


def test_a_kept_rate_refutes_only_a_rate_of_its_own_row(tmp_path):
    table = csv_table(tmp_path, _COFFEE, "2018-9T")
    got = checks(_COFFEE_TEXT, table, "2018-9T")
    # "về lượng" after the value's number: the quantity's rate, not the value's (not yet read as the quantity's row)
    assert check_at(got, _COFFEE_TEXT, "17,3%").verdict != "unsupported"
    assert check_at(got, _COFFEE_TEXT, "1,3%").verdict in ("supported", "derived")
    assert check_at(got, _COFFEE_TEXT, "0,9%").verdict != "unsupported"     # against a day: not the year's rate
    wrong = _COFFEE_TEXT.replace("giảm 1,3% về trị giá", "giảm 0,3% về trị giá")
    assert check_at(checks(wrong, table, "2018-9T"), wrong, "0,3%").verdict == "unsupported"


# zw-khong-ro-tinh-hoi-chu-thap-do-tinh-tong-ket-2023 and zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017: a
# sentence that opens on striving sets aims for all its numbers, even those whose words name a row; a page typed
# without its marks says it so too
_GIFTS = "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nSuất quà Tết trao tặng,suất,12.000\n"


def test_a_sentence_opening_on_striving_is_aims(tmp_path):
    table = csv_table(tmp_path, _GIFTS, "2023")
    text = ("Năm 2023, Hội đã trao tặng 12.000 suất quà. Phấn đấu vận động ủng hộ, trao tặng 8 nghìn suất quà 'Tết "
            "Nhân ái' Xuân Giáp Thìn 2024.")
    got = checks(text, table, "2023")
    assert check_at(got, text, "8 nghìn").verdict == "not_a_figure"
    assert check_at(got, text, "12.000").verdict == "supported"
    plain = "Nam 2023 hoi da trao 12.000 suat qua. phan dau it nhat 2 trieu suat qua tet 2018 tang nguoi ngheo"
    assert check_at(checks(plain, table, "2023"), plain, "2 trieu").verdict == "not_a_figure"
    done = "Phấn đấu về mọi mặt, Hội đã trao 12.500 suất quà."        # a result said after it: still checked
    assert check_at(checks(done, table, "2023"), done, "12.500").verdict == "unsupported"


def test_thousands_of_a_larger_scale_are_one_amount():
    # zw-toan-quoc-hoi-chu-thap-do-tet-nhan-ai-2023: "đạt hơn 1 nghìn 175 tỷ đồng" is 1.175 tỷ đồng
    from service.checker.extract import extract_numbers
    got = [(m.raw, m.value, m.unit) for m in extract_numbers("đạt hơn 1 nghìn 175 tỷ đồng, hỗ trợ cho hơn 2,6 triệu lượt")]
    assert got[0] == ("1 nghìn 175 tỷ đồng", D(1175) * 10**9, "đồng")
    assert [m.raw for m in extract_numbers("tăng 1 nghìn người, 175 tỷ đồng")] == ["1 nghìn", "175 tỷ đồng"]


def test_the_coverage_of_the_data_is_no_figure(tmp_path):
    # zw-toan-quoc-bo-vhttdl-thong-ke-gia-dinh-2010: the notes under the ministry's table say which units reported
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nSố hộ gia đình,hộ,11.034.559\n", "2010")
    text = ("Tổng số hộ gia đình: 11.034.559. Ghi chú: - Số liệu năm 2009: 32/63 tỉnh/thành phố - Số liệu năm 2010: "
            "48/63 tỉnh/thành phố + TP Hồ Chí Minh: số liệu 19/24 quận/huyện. Có 12/15 xã đạt chuẩn.")
    got = checks(text, table, "2010")
    for needle in ("32/", "48/", "19/"):
        assert check_at(got, text, needle).verdict == "not_a_figure", needle
    assert check_at(got, text, "12/").verdict == "unsupported"      # a count of the period, no data named before it


def test_a_total_since_the_work_began_is_no_figure_of_the_year(tmp_path):
    # zw-khong-ro-tinh-hoi-chu-thap-do-tinh-tong-ket-2023: the year's donors, then the totals to date
    rows = "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nNgười đăng ký hiến mô tạng trong năm,người,312\n"
    text = ("Trong năm có 312 người đăng ký hiến mô tạng, lũy kế đến nay toàn tỉnh có 15.260 người đã đăng ký; có 3 "
            "người hiến tạng và 437 người hiến giác mạc.")
    got = checks(text, csv_table(tmp_path, rows, "2023"), "2023")
    assert [check_at(got, text, n).verdict for n in ("312", "15.260", "437")] == ["supported", "not_a_figure",
                                                                                  "not_a_figure"]
    kept = rows + "Người đăng ký hiến mô tạng (lũy kế đến nay),người,15.206\n"     # the table keeps the stock: checked
    (tmp_path / "k").mkdir()
    assert check_at(checks(text, csv_table(tmp_path / "k", kept, "2023"), "2023"), text, "15.260").verdict == "unsupported"


# ------------------------------------------------------------------ after the final batch's measure (zx-*, in-sample)
def test_a_signed_rate_in_brackets_after_an_unproved_change_is_unproved_too(tmp_path):
    # zx-toan-quoc-bo-cong-an-dau-tranh-phong-chong-toi-pham-2022-05: changes against last month, their rates signed
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nSố vụ phạm tội về trật tự xã hội,vụ,3.557\n",
                      "2022-05")
    text = ("Tháng 5/2022 xảy ra 3.557 vụ phạm tội về trật tự xã hội. So với tháng 4/2022, tăng 224 vụ (+6,72%), "
            "giảm 226 số đối tượng bị bắt giữ, xử lý (-3,63%).")
    got = checks(text, table, "2022-05")
    assert check_at(got, text, "6,72%").verdict == "unverified"
    assert check_at(got, text, "3,63%").verdict == "unverified"


def test_a_sheet_filled_from_a_line_of_falls_loads_its_negative_values(tmp_path):
    # zx-tp-ho-chi-minh-cong-an-thanh-pho-toi-pham-ma-tuy-2020: the round trip's sheet keeps the lines of falls
    table = csv_table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
                                "HS02,\"Cướp tài sản: tăng (+), giảm (-) so với cùng kỳ\",vụ,-15,-14\n"
                                "HS06,Số loại án được kiềm chế kéo giảm,loại án,5,4\n", "2021")
    rows = {f.ma: f for f in table}
    assert (rows["HS02"].ky_bao_cao, rows["HS02"].cung_ky) == (D(-15), D(-14))


def test_a_change_against_a_row_kept_with_its_sign_goes_the_rows_way(tmp_path):
    # zw-toan-quoc-tai-nan-giao-thong-bi-thuong-nhe-2016-07 planted: "tăng 6,1%" where the sheet keeps −6,1
    table = csv_table(tmp_path, _MONTH, "2016-07")
    wrong = _MONTH_TEXT.replace("số vụ tai nạn giao thông giảm 6,1%", "số vụ tai nạn giao thông tăng 6,1%")
    got = check_at(checks(wrong, table, "2016-07"), wrong, "6,1%")
    assert got.verdict == "unsupported" and got.expected == "giảm 6,1%"


def test_a_period_total_row_is_no_sign_the_table_keeps_totals_to_date(tmp_path):
    # last read: "Tổng số …" heads a period's own total as often; only "lũy kế", "hiện có", "đến cuối" keep stocks
    rows = ("Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\nTổng số người đăng ký hiến mô tạng trong năm,người,312\n")
    text = "Trong năm có 312 người đăng ký hiến mô tạng, lũy kế đến nay toàn tỉnh có 15.260 người đã đăng ký."
    assert check_at(checks(text, csv_table(tmp_path, rows, "2023"), "2023"), text, "15.260").verdict == "not_a_figure"
