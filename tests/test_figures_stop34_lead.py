"""The lead's loader rule of stop 34, from the working batch ``zu-*``: a comparison column of rates typed in words
in a sheet with no last year's column."""

from __future__ import annotations

from decimal import Decimal as D

from tests.sweep_tables import check_at, checks, csv_table

# zu-toan-quoc-evnnpc-dien-thuong-pham-2016-9t: "So cùng kỳ 2015" over "tăng 13,25%", "thấp hơn 0,39%"
_EVN = ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC,,,,,\nKẾT QUẢ KINH DOANH ĐIỆN 9 THÁNG ĐẦU NĂM 2016,,,,,\n"
        "STT,Chỉ tiêu,Đơn vị tính,Thực hiện 9 tháng 2016,So cùng kỳ 2015,Tỷ lệ % so kế hoạch EVN giao\n"
        "1,Sản lượng điện thương phẩm,tỷ kWh,\"37,8\",\"tăng 13,25%\",\"74,19\"\n"
        "1.1,Tỷ trọng thành phần công nghiệp xây dựng,%,\"61,3\",\"tăng 14,69%\",\n"
        "2,Tỷ lệ tổn thất điện năng lũy kế,%,\"6,79\",\"thấp hơn 0,39%\",\n")
_EVN_TEXT = ("Sản lượng điện thương phẩm của Tổng công ty Điện lực miền Bắc (EVNNPC) ước đạt gần 37,8 tỷ kWh, tăng "
             "trưởng 13,25%. Tỷ lệ tổn thất điện năng trong 9 tháng năm 2016 của Tổng công ty là 6,79%, thấp hơn "
             "0,39% so với cùng kỳ năm 2015.")


def test_rates_in_words_under_a_comparison_title_are_kept_as_rates(tmp_path):
    table = csv_table(tmp_path, _EVN, "2016-9T")
    rows = {f.ma: f for f in table}
    assert (rows["1-TL"].chi_tieu, rows["1-TL"].ky_bao_cao, rows["1-TL"].don_vi_tinh) == (
        "Sản lượng điện thương phẩm: tốc độ tăng so cùng kỳ 2015", D("13.25"), "%")
    assert rows["2-TL"].ky_bao_cao == D("-0.39")        # "thấp hơn": a fall
    assert rows["1"].cung_ky is None                    # a rounded rate gives no exact last year's value
    got = checks(_EVN_TEXT, table, "2016-9T")
    assert check_at(got, _EVN_TEXT, "13,25%").verdict in ("supported", "derived")   # round 55: growth is a rise
    assert check_at(got, _EVN_TEXT, "0,39%").verdict in ("supported", "derived")
    wrong = _EVN_TEXT.replace("13,25%", "12,35%")
    assert check_at(checks(wrong, table, "2016-9T"), wrong, "12,35%").verdict == "unsupported"
