"""The lead's rules of stop 33, each on real text, with a wrong value still caught and a counter-case."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table

_table, _checks, _at = csv_table, checks, check_at

# zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11: communes' turnout as fractions, each with its share
_NVQS = ("TT,Đơn vị,Số lệnh gọi (người),Số lên trạm khám (người),Tỷ lệ lên trạm khám (%)\n"
         ",Toàn huyện,1.661,652,39\n1,Thị trấn Ân Thi,102,88,86\n2,Xã Cẩm Ninh,61,41,67\n"
         "3,Xã Vân Du,99,52,53\n4,Xã Tân Phúc,44,30,68\n6,Xã Đa Lộc,66,12,18\n8,Xã Hồng Vân,65,19,29\n")
_NVQS_TEXT = ("Toàn huyện vừa hoàn thành khám sơ tuyển sức khỏe nghĩa vụ quân sự cho 652 "
              "thanh niên trên tổng số 1.661 lệnh gọi lên trạm khám, đạt 39%.\nCác xã, thị trấn làm tốt công tác sơ tuyển "
              "là thị trấn Ân Thi 88/102 đạt 86%; xã cẩm Ninh 41/61 đạt 67%; Vân Du 52/99 đạt 53%; Tân Phúc 30/44 đạt "
              "68%. Tỷ lệ lên trạm khám đạt quá thấp cụ thể xã Đa Lộc có 12/66 đạt 18%; Hồng Vân 19/65 đạt 29%.")


def test_a_share_right_after_its_fraction_is_its_quotient(tmp_path):
    table = _table(tmp_path, _NVQS, "2019-11")
    got = _checks(_NVQS_TEXT, table, "2019-11")
    for needle in ("86%", "67%", "53%", "68%", "18%", "29%"):
        assert _at(got, _NVQS_TEXT, needle).verdict == "derived", needle
    # 69% is 61/88 (two other rows of the table), but not 41/61, the fraction it follows: caught
    for old, new in (("41/61 đạt 67%", "41/61 đạt 69%"), ("12/66 đạt 18%", "12/66 đạt 19%"),
                     ("19/65 đạt 29%", "19/65 đạt 28%")):
        wrong = _NVQS_TEXT.replace(old, new)
        c = _at(_checks(wrong, table, "2019-11"), wrong, new.split()[-1])
        assert c.verdict == "unsupported", new
        assert new.split()[0] in c.reason


def test_a_fraction_in_words_gives_its_share(tmp_path):
    table = _table(tmp_path, _NVQS, "2019-11")
    assert _at(_checks(_NVQS_TEXT, table, "2019-11"), _NVQS_TEXT, "39%").verdict in ("derived", "supported")
    wrong = _NVQS_TEXT.replace("đạt 39%", "đạt 41%")
    assert _at(_checks(wrong, table, "2019-11"), wrong, "41%").verdict == "unsupported"


def test_a_change_after_a_fraction_is_not_its_quotient(tmp_path):
    table = _table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ\n1,Số vụ việc đã giải quyết,vụ,45,40\n"
                             "2,Số vụ việc đã thụ lý,vụ,50,44\n", "2024")
    text = "Đã giải quyết 45/50 vụ việc, tăng 12,5% so với cùng kỳ."
    assert "45/50" not in (_at(_checks(text, table, "2024"), text, "12,5%").reason or "")


# ------------------------------------------------------------------ an excess over the plan kept as itself
# zs-hai-duong-ldld-thanh-lap-cong-doan-co-so-2020: "Vượt kế hoạch năm (%)" = 11,7 beside the year's and the stock
_LDLD = ("LIÊN ĐOÀN LAO ĐỘNG TỈNH HẢI DƯƠNG,,,,,\n"
         "STT,Chỉ tiêu,ĐVT,Thực hiện năm 2020,Tổng số đến cuối năm 2020,Vượt kế hoạch năm (%)\n"
         "1,Thành lập công đoàn cơ sở,CĐCS,57,1.985,\"11,7\"\n2,Kết nạp đoàn viên công đoàn,đoàn viên,7.074,17.054,31\n")
_LDLD_TEXT = ("Trong năm 2020, toàn tỉnh thành lập được 57 công đoàn cơ sở (CĐCS), nâng tổng số lên 1.985 CĐCS, vượt hơn "
              "11,7% kế hoạch năm; kết nạp được 7.074 đoàn viên công đoàn, nâng tổng số lên 17.054 đoàn viên công đoàn, "
              "vượt 31%.")


def test_an_excess_kept_as_itself_supports_the_excess(tmp_path):
    table = _table(tmp_path, _LDLD, "2020")
    got = _checks(_LDLD_TEXT, table, "2020")
    assert _at(got, _LDLD_TEXT, "11,7%").verdict == "supported"
    assert _at(got, _LDLD_TEXT, "31%").verdict == "supported"
    wrong = _LDLD_TEXT.replace("vượt 31%", "vượt 37%")
    assert _at(_checks(wrong, table, "2020"), wrong, "37%").verdict == "unsupported"


def test_the_flow_and_the_stock_it_raises(tmp_path):
    table = _table(tmp_path, _LDLD, "2020")
    got = _checks(_LDLD_TEXT, table, "2020")
    for needle in ("57 công", "1.985", "7.074", "17.054"):
        assert _at(got, _LDLD_TEXT, needle).verdict == "supported", needle
    # the stock's value where the period's addition is said, and the other way round: swaps
    for old, new, said in (("thành lập được 57", "thành lập được 1.985", "1.985"),
                           ("kết nạp được 7.074", "kết nạp được 17.054", "17.054"),
                           ("lên 17.054", "lên 7.074", "7.074 đoàn")):
        wrong = _LDLD_TEXT.replace(old, new)
        c = _at(_checks(wrong, table, "2020"), wrong, said, nth=0)
        assert c.verdict == "unsupported", new


def test_the_flow_before_its_stock_is_the_periods_not_the_running_total(tmp_path):
    # zs-dak-nong-so-tnmt-cap-giay-chung-nhan-2017-4t: "Trong 4 tháng đầu năm" is no running-total cue here
    table = _table(tmp_path, "STT,Nội dung,ĐVT,Thực hiện 4 tháng năm 2017,Lũy kế đã cấp đến hết tháng 4/2017\n"
                             "1,Diện tích cấp GCNQSDĐ cho tổ chức,ha,4.380,\"344.187,94\"\n", "2017-4T")
    text = ("Trong 4 tháng đầu năm, cơ quan chức năng đã làm thủ tục cấp GCNQSDĐ cho 139 tổ chức với diện tích 4.380 ha, "
            "nâng tổng diện tích đã cấp GCNQSDĐ cho tổ chức lên 344.187,94 ha.")
    got = _checks(text, table, "2017-4T")
    assert _at(got, text, "4.380").verdict == "supported"
    assert _at(got, text, "344.187,94").verdict == "supported"


# ------------------------------------------------------------------ a rate per month in a row of "vụ/tháng"
def test_a_count_per_month_in_a_row_of_its_unit(tmp_path):
    # zs-long-an-duc-hoa-toa-an-2023
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2023\n1,Bình quân mỗi thẩm phán thụ lý,vụ/tháng,\"14,45\"\n"
                             "2,Bình quân mỗi thẩm phán giải quyết,vụ/tháng,\"13,67\"\n", "2023")
    text = "Bình quân mỗi thẩm phán thụ lý 14,45 vụ/tháng, giải quyết 13,67 vụ/tháng."
    got = _checks(text, table, "2023")
    assert _at(got, text, "14,45").verdict == "supported" and _at(got, text, "13,67").verdict == "supported"
    wrong = text.replace("14,45", "14,54")
    assert _at(_checks(wrong, table, "2023"), wrong, "14,54").verdict == "unsupported"


# ------------------------------------------------------------------ "triệu" typed without its tone mark
def test_a_million_typed_without_its_mark():
    from service.checker.extract import extract_numbers
    # zs-ba-ria-vung-tau-long-dien-du-lich-2017: "đón trên 2 triêu lượt khách"
    (m,) = extract_numbers("Trong năm Huyện Long Điền đón trên 2 triêu lượt khách")[-1:]
    assert m.value == 2_000_000
    assert [x.value for x in extract_numbers("có 3 triều đại")] == [3]   # a dynasty: another word


def test_a_pair_of_two_units_is_no_fraction_of_its_share(tmp_path):
    # q-bac-tra-my-vks-2023: "giải quyết 32 vụ/47 bị can (đạt 76,19%)" — cases and persons; the rate is of something else
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo\n1,Số vụ đã giải quyết,vụ,32\n2,Số bị can đã giải quyết,bị can,47\n"
                             "3,Tỷ lệ giải quyết,%,\"76,19\"\n", "2023")
    text = "Cơ quan điều tra đã giải quyết 32 vụ/47 bị can (đạt 76,19%)."
    assert _at(_checks(text, table, "2023"), text, "76,19%").verdict == "supported"


# ------------------------------------------------------------------ a part saying the whole, its list past a semicolon
def test_a_part_saying_the_whole_in_a_list_split_by_semicolons(tmp_path):
    # zs-lang-son-hai-quan-huu-nghi-thu-ngan-sach-2025-11t
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Thực hiện 11 tháng năm 2025\n"
                             "I,Kim ngạch hàng hóa xuất nhập khẩu làm thủ tục,triệu USD,2.753\n"
                             "1,Xuất khẩu,triệu USD,\"666,6\"\n2,Nhập khẩu,triệu USD,\"2.086,38\"\n", "2025-11T")
    text = ("Đơn vị đã làm thủ tục xuất nhập khẩu cho lượng hàng hoá đạt kim ngạch 2.753 triệu USD, trong đó, xuất khẩu "
            "hàng hóa đạt kim ngạch 666,6 triệu USD; nhập khẩu hàng hóa đạt kim ngạch 2.086,38 triệu USD.")
    got = _checks(text, table, "2025-11T")
    assert all(_at(got, text, n).verdict == "supported" for n in ("2.753", "666,6", "2.086,38"))
    wrong = text.replace("kim ngạch 666,6", "kim ngạch 2753")
    assert _at(_checks(wrong, table, "2025-11T"), wrong, "2753").verdict == "unsupported"
    # a later clause after the semicolon with a larger number is no part: the whole stands
    other = "Toàn xã có 50 hộ nuôi tôm, trong đó 10 hộ nuôi công nghiệp; toàn huyện có 1.200 hộ nuôi tôm."
    t2 = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2024\n1,Số hộ nuôi tôm của xã,hộ,50\n2,Số hộ nuôi công nghiệp,hộ,10\n"
                          "3,Số hộ nuôi tôm toàn huyện,hộ,1.200\n", "2024")
    assert _at(_checks(other, t2, "2024"), other, "50").verdict == "supported"


# ------------------------------------------------------------------ the first months of the year, ended before the month
def test_the_first_months_ended_before_the_reports_month_are_another_period(tmp_path):
    # zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09: another country's seven months in the September bulletin
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo\n1,Số doanh nghiệp tham gia,doanh nghiệp,120\n", "2018-09")
    text = ("Theo số liệu thống kê từ Ủy ban Thương mại Quốc tế Mỹ, nhập khẩu cà phê của nước này 7 tháng năm 2018 đạt "
            "941 nghìn tấn.")
    assert _at(_checks(text, table, "2018-09"), text, "941").verdict == "not_a_figure"
    # the months up to the report's own are its running total: still checked
    text2 = "Nhập khẩu cà phê của nước này 9 tháng năm 2018 đạt 941 nghìn tấn."
    assert _at(_checks(text2, table, "2018-09"), text2, "941").verdict != "not_a_figure"


# ------------------------------------------------------------------ a pasted row's unit on its own lines, in thousands
_HUE = ("STT,Chỉ tiêu,Đơn vị tính,Thực hiện tháng 4 năm 2024,Ước tính tháng 5 năm 2024,Lũy kế 5 tháng năm 2024\n"
        "1,Tổng lượt khách phục vụ,nghìn lượt khách,\"169,8\",\"172,9\",\"805,4\"\n"
        "1.1,Lượt khách ngủ qua đêm,nghìn lượt khách,\"136,2\",\"138,0\",\"643,1\"\n"
        ",- Khách quốc tế,nghìn lượt khách,\"64,9\",\"61,1\",\"316,2\"\n")
# zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05: one cell a line, the unit on two lines, then ditto marks
_HUE_TEXT = ("I. Dịch vụ lưu trú\n\n1. Tổng lượt khách phục vụ\n\nNghìn\nLượt khách\n\n169,8\n\n172,9\n\n805,4\n\n"
             "1.1. Lượt khách ngủ qua đêm\n\n\"\n\n136,2\n\n138,0\n\n643,1\n\n- Khách quốc tế\n\n\"\n\n64,9\n\n61,1\n\n"
             "316,2\n")


def test_a_pasted_rows_unit_in_thousands_scales_its_cells(tmp_path):
    table = _table(tmp_path, _HUE, "2024-05")
    got = _checks(_HUE_TEXT, table, "2024-05")
    for needle in ("172,9", "138,0", "61,1", "805,4"):
        assert _at(got, _HUE_TEXT, needle).verdict == "supported", needle
    wrong = _HUE_TEXT.replace("138,0", "183,0")
    assert _at(_checks(wrong, table, "2024-05"), wrong, "183,0").verdict == "unsupported"
    swap = _HUE_TEXT.replace("\n61,1\n", "\n76,8\n")   # another row's value where the international guests' stands
    assert _at(_checks(swap, table, "2024-05"), swap, "76,8").verdict != "supported"


def test_a_bracket_opening_on_gom_lists_the_parts(tmp_path):
    # zt-khanh-hoa-so-gddt-hoan-thanh-chuong-trinh-tieu-hoc-2021-2022 (after its measure)
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm học 2021-2022\n1,Số trường có học sinh tiểu học,trường,189\n"
                             "1.1,Trường tiểu học,trường,174\n1.2,Trường phổ thông có nhiều cấp học,trường,15\n", "2021-2022")
    text = ("Năm học 2021 - 2022, toàn tỉnh có 189 trường có học sinh tiểu học (gồm 174 trường tiểu học và 15 trường phổ "
            "thông có nhiều cấp học).")
    got = _checks(text, table, "2021-2022")
    assert all(_at(got, text, n).verdict == "supported" for n in ("189", "174", "15 trường"))
    wrong = text.replace("(gồm 174", "(gồm 189")
    assert _at(_checks(wrong, table, "2021-2022"), wrong, "189 trường tiểu học").verdict == "unsupported"
    team = "Đoàn công tác (gồm 5 người) đã làm việc với 12 xã."   # a bracket with no whole before it: nothing said
    t2 = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2024\n1,Số xã được kiểm tra,xã,12\n", "2024")
    assert _at(_checks(team, t2, "2024"), team, "12").verdict == "supported"


def test_a_rate_of_the_plan_beside_an_excess_kept_as_a_row(tmp_path):
    # the same sheet as zs-hai-duong-ldld: its excess "Vượt kế hoạch năm (%)" = 11,7 gives "đạt 111,7% kế hoạch"
    table = _table(tmp_path, _LDLD, "2020")
    text = "Trong năm 2020, toàn tỉnh thành lập được 57 công đoàn cơ sở, đạt 111,7% kế hoạch năm."
    assert _at(_checks(text, table, "2020"), text, "111,7%").verdict == "derived"
    wrong = text.replace("111,7%", "115%")
    c = _at(_checks(wrong, table, "2020"), wrong, "115%")
    assert c.verdict == "unsupported" and "111,7%" in c.reason
