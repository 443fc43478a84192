"""The lead's rules of stop 41, from the working batch ``yj-*`` (in-sample from here)."""

from __future__ import annotations

from decimal import Decimal

from tests.sweep_tables import check_at, checks, csv_table


def _verdict(tmp_path, table_text: str, text: str, at: str, period: str = "2018") -> str:
    table = csv_table(tmp_path, table_text, period)
    return check_at(checks(text, table, period), text, at).verdict


# yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018: «Tỷ lệ (%)» beside the nation's households (5,23 = 1.304.001 of the
# 24.945.432 households on the sheet) and the province's (11,05 of a province's households the sheet does not hold);
# zt-ninh-binh-ubnd-tinh-ket-qua-ra-soat-ho-ngheo-can-ngheo-2017: 4,52 and 6,10 of the 297.899 households, 24,40 not
SON_LA = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH SƠN LA,,,,,
STT,Chỉ tiêu,ĐVT,Năm 2018,Tỷ lệ (%),Ghi chú
I,Cả nước,,,,
1,Tổng số hộ dân,hộ,24.945.432,,
2,Số hộ nghèo,hộ,1.304.001,"5,23",
3,Số hộ cận nghèo,hộ,1.234.465,"4,95",
II,Tỉnh Sơn La,,,,
1,Số hộ nghèo,hộ,71.798,"25,42",
2,Số hộ thoát nghèo,hộ,16.067,"5,78",
3,Số hộ cận nghèo,hộ,31.219,"11,05",
"""
NINH_BINH = """UBND TỈNH NINH BÌNH,,,
TT,Chỉ tiêu,Số hộ,Tỷ lệ (%)
1,Tổng số hộ tự nhiên,297.899,
2,Hộ nghèo,13.455,"4,52"
3,Hộ cận nghèo,18.160,"6,10"
4,Hộ có mức sống trung bình,72.895,"24,40"
"""


def test_a_share_column_some_of_whose_rates_have_no_base_on_the_sheet_is_kept(tmp_path):
    text = "+ Tỷ lệ hộ cận nghèo 11,05%, đứng thứ 10 cả nước và thứ 7 vùng."
    assert _verdict(tmp_path, SON_LA, text, "11,05%", "2018") == "supported", text
    bad = text.replace("11,05%", "11,50%")
    assert _verdict(tmp_path, SON_LA, bad, "11,50%", "2018") == "unsupported", bad
    # a rate whose words name its row loosely («Số thoát nghèo» for «Số hộ thoát nghèo») is its row's: never a
    # wrong one passed
    text = "Số thoát nghèo 16.067, chiếm 5,78%; Số hộ tái nghèo 1345."
    assert _verdict(tmp_path, SON_LA, text, "5,78%") == "supported"
    assert _verdict(tmp_path, SON_LA, text.replace("5,78", "5,87"), "5,87%") != "supported"
    # a rate the sheet's own numbers nearly give (24,40 beside 72.895 of the 297.899 households: 24,47) is the sheet's
    # slip, its base there: the column is recomputed and the text's 24,40% flagged with the right rate
    text = ("+ Tổng số hộ tự nhiên: 297.899 hộ\n\n+ Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%\n\n+ Tổng số hộ cận "
            "nghèo: 18.160; Tỷ lệ: 6,10%\n\n+ Tổng số hộ có mức sống trung bình: 72.895 hộ; Tỷ lệ: 24,40% (Có biểu "
            "thống kê chi tiết kèm theo).")
    table = csv_table(tmp_path, NINH_BINH, "2017")
    assert check_at(checks(text, table, "2017"), text, "24,40%").expected == "24,47%"


def test_a_share_column_every_rate_of_which_the_sheet_gives_back_is_still_recomputed(tmp_path):
    from service.figures.load import load_table
    path = tmp_path / "bang.csv"
    path.write_text(NINH_BINH.replace('"24,40"', '"24,47"'), encoding="utf-8")
    table = load_table(path, period="2017")
    assert not any("tỷ lệ" in f.chi_tieu.lower() for f in table), [f.chi_tieu for f in table]


def _kinds(text: str) -> dict[str, list]:
    from service.checker import extract_numbers
    out: dict[str, list] = {}
    for m in extract_numbers(text):
        out.setdefault(m.raw.strip(), []).append(m.is_figure)
    return out


# yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020 (a yearbook's indicator names, Vietnamese and English);
# the held-out yearbooks' «Số bác sĩ trên 10.000 dân» said in a sentence
def test_a_rates_base_said_with_a_preposition_in_an_indicators_name_is_no_figure():
    for text, base in (
            ("1. Số bác sỹ cho 10000 dân - Number of Medicine Doctors per 10000 persons  9.06  9.81", "10000"),
            ("6. Số giường bệnh bệnh viện trên 10000 dân Number of beds per 10000 inhabitants  31.12  30.73", "10000"),
            ("11. Tỷ số tử vong mẹ (trên 100000 trẻ đẻ ra sống) – Maternal mortality ratio (per 100000 live births)  "
             "46*  46*", "100000"),
            ("Năm 2020, số bác sĩ trên 10.000 dân đạt 9,8 bác sĩ.", "10.000"),
            ("2. Số dược sỹ ĐH 10000 dân  Number of  Pharmacists  per 10000 persons  2.88  2.85", "10000")):
        assert set(_kinds(text)[base]) == {False}, text
    # «trên» before a count a verb states is «more than»: a figure
    for text, n in (("Xã có trên 10.000 dân sinh sống.", "10.000"), ("Số hộ có trên 1.000 người tham gia.", "1.000"),
                    ("Tỷ lệ tham gia đạt trên 100 người mỗi xã.", "100"), ("Số xã có 10.000 dân.", "10.000"),
                    ("Thị trấn 10.000 dân, 2.500 hộ.", "10.000")):
        assert _kinds(text)[n] == [True], text


# the yearbook's «Tỷ suất chết trẻ em dưới 1 tuổi – IMR (%0)» and «( Child Mortality Rate (CMR); %0)»
def test_a_per_mille_sign_typed_as_per_cent_and_zero_is_no_number():
    for text in ("12. Tỷ suất chết trẻ em dưới 1 tuổi – IMR (%0)  14.4  13.9  11  12.5",
                 "13. Tỷ suất chết trẻ em dưới 5 tuổi – Under 5 age mortality rate ( Child Mortality Rate (CMR); %0)  21.5"):
        assert set(_kinds(text)["0"]) == {False}, text
    assert _kinds("Tỷ lệ hộ nghèo giảm còn 10%, 0 hộ tái nghèo.")["0"] == [True]


# yj-ha-noi-dong-da-hdnd-quan-thu-chi-ngan-sach-2025-h1: a comment box copied as text, its cells parted by spaces
def test_a_comment_threads_counter_between_runs_of_spaces_is_page_furniture():
    got = _kinds("Gửi bình luận   • Quan tâm nhiều nhất   • Mới nhất  15 trả lời  15 trả lời")
    assert got["15"] == [False, False]
    got = _kinds("Bài viết liên quan  3 bình luận  Chia sẻ")
    assert got["3"] == [False]
    # a unit of a figure is never one: a pasted table's cells parted by spaces
    got = _kinds("Số lượt khách  1.500 lượt  1.200 lượt")
    assert got["1.500"] == [True] and got["1.200"] == [True]
    assert _kinds("Trụ sở đã tiếp nhận và 15 trả lời bằng văn bản.")["15"] == [True]


# yj-toan-quoc-cuc-quan-ly-lao-dong-ngoai-nuoc-xuat-khau-lao-dong-2014-10; c21-baodautu-covid-ngay-15-1-2022 («số ca ở
# Hải Phòng vượt mốc 800»); p25-baomoi-nienvu-caphe-5ty-2024 («vượt mốc 5 tỷ USD»)
def test_a_milestone_passed_is_no_figure_even_where_a_row_is_about_the_sentence(tmp_path):
    table = ("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Số lao động đi làm việc ở nước ngoài,người,91.143\n"
             "2,Trong đó: thị trường Nhật Bản,người,16.282\n")
    text = "Kể từ năm 1990, số lao động sang Nhật Bản vượt mốc 15.000 người (đạt 16.282 người)."
    assert _verdict(tmp_path, table, text, "15.000", "2014") == "not_a_figure"
    assert _verdict(tmp_path, table, text, "16.282", "2014") == "supported"
    assert _verdict(tmp_path, table, text.replace("16.282", "16.228"), "16.228", "2014") == "unsupported"
    # a value that is no round mark is the period's: a wrong one stays caught
    assert _verdict(tmp_path, table, "Số lao động sang Nhật Bản vượt mốc 16.228 người.", "16.228", "2014") != \
        "not_a_figure"
    for table, text, at in (
            ("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Số ca mắc mới tại Hải Phòng,ca,815\n",
             "Trong khi đó, số ca ở Hải Phòng vượt mốc 800 và lại có chiều hướng gia tăng trở lại.", "800"),
            ("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Kim ngạch xuất khẩu cà phê,triệu USD,5.430\n",
             "Xuất khẩu cà phê niên vụ 2023 - 2024 vượt mốc 5 tỷ USD.", "5 tỷ")):
        assert _verdict(tmp_path, table, text, at, "2024") == "not_a_figure", text


# yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018: «+ Tỷ lệ hộ nghèo 25, 42%, đứng thứ 4 cả nước» (a space typed after
# the decimal comma), as «7. 180 phòng» is a thousands dot with one
def test_a_rate_with_a_stray_space_after_its_decimal_comma_is_one_number(tmp_path):
    text = "+ Tỷ lệ hộ nghèo 25, 42%, đứng thứ 4 cả nước và vùng TD&MNPB."
    assert _verdict(tmp_path, SON_LA, text, "25, 42%") == "supported"
    assert _verdict(tmp_path, SON_LA, text.replace("25, 42", "25, 24"), "25, 24%") == "unsupported"
    # a year and a rate after it stay two numbers
    got = _kinds("Đến cuối năm 2020, 42% số hộ đã thoát nghèo.")
    assert got["2020"] == [False] and got["42%"] == [True]


# yj-toan-quoc-giao-hoi-phat-giao-ban-tang-su-tang-ni-tu-vien-2016: «(1.155 CĐTG Tỷ khiêu; 825 Tỷ khiêu Ni; …)»
def test_a_monks_title_after_a_count_is_no_scale_word():
    from service.checker import extract_numbers
    got = {m.raw.strip(): m.value for m in extract_numbers(
        "đã duyệt cấp 4.346 Chứng điệp thụ giới (1.155 CĐTG Tỷ khiêu; 825 Tỷ khiêu Ni; 673 Thức xoa)")}
    assert got["825"] == 825 and "825 Tỷ" not in got
    assert {m.raw.strip(): m.value for m in extract_numbers("thu 825 tỷ đồng")}["825 tỷ đồng"] == 825 * 10**9


# yj-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-7t: July's changes right of July's column, the seven
# months' right of theirs; zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t: «Quý III/2020 | So cùng kỳ quý III (%) |
# Lũy kế 9 tháng 2020 | So cùng kỳ 9 tháng (%)» in a report of nine months
TRAFFIC = """ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA,,,,,,,,,
STT,Chỉ tiêu,ĐVT,Tháng 7/2020,Tháng 7 tăng (+) giảm (-) so với cùng kỳ,Tháng 7 so với cùng kỳ (%),7 tháng năm 2020,7 tháng tăng (+) giảm (-) so với cùng kỳ,7 tháng so với cùng kỳ (%),Ghi chú
1,Số vụ tai nạn giao thông đường bộ,vụ,707,-74,"-9,48",4.482,-597,"-11,75",
2,Số người chết do tai nạn đường bộ,người,542,-83,"-13,28",3.707,-656,"-15,04",
"""


def test_the_changes_right_of_a_part_of_the_period_are_that_parts(tmp_path):
    from service.figures.load import load_table
    path = tmp_path / "bang.csv"
    path.write_text(TRAFFIC, encoding="utf-8")
    rows = {f.chi_tieu: f for f in load_table(path, period="2020-7t")}
    road = rows["Số vụ tai nạn giao thông đường bộ"]
    assert (road.ky_bao_cao, road.cung_ky) == (4482, 5079)          # not 4.482 + 74
    july = rows["Số vụ tai nạn giao thông đường bộ (tháng 7 năm 2020)"]
    assert (july.ky_bao_cao, july.cung_ky) == (707, 781)
    text = ("Riêng tháng 7-2020, đường bộ xảy ra 707 vụ. So với cùng kỳ năm trước, giảm 74 vụ (giảm 9,48%), giảm 83 "
            "người chết (giảm 13,28%).")
    for at in ("74 vụ", "9,48%", "83", "13,28%"):
        assert _verdict(tmp_path, TRAFFIC, text, at, "2020-7t") in ("supported", "derived"), at
    assert _verdict(tmp_path, TRAFFIC, text.replace("9,48%", "8,49%"), "8,49%", "2020-7t") == "unsupported"
    text7 = "Bảy tháng, đường bộ xảy ra 4.482 vụ. So với cùng kỳ năm trước, giảm 597 vụ (-11,75%)."
    assert _verdict(tmp_path, TRAFFIC, text7, "597", "2020-7t") in ("supported", "derived")


def test_an_index_right_of_a_part_of_the_period_is_that_parts_own_row(tmp_path):
    from service.figures.load import load_table
    path = tmp_path / "bang.csv"
    path.write_text("TỔNG HỢP KẾT QUẢ QUÝ III VÀ 9 THÁNG NĂM 2020,,,,,,\n"
                    "Mã,Chỉ tiêu,ĐVT,Quý III/2019,Quý III/2020,So cùng kỳ quý III (%),Lũy kế 9 tháng 2020,So cùng kỳ "
                    "9 tháng (%)\n"
                    'A.1,Sản lượng điện sản xuất và nhập khẩu,tỷ kWh,,66,"105,2","185,37","102,68"\n', encoding="utf-8")
    rows = {f.chi_tieu: f.ky_bao_cao for f in load_table(path, period="2020-9t")}
    assert rows["Sản lượng điện sản xuất và nhập khẩu (quý III năm 2020): so với cùng kỳ"] == Decimal("105.2")
    assert Decimal("105.2") not in {v for k, v in rows.items() if "quý III" not in k}


# yj-toan-quoc-van-phong-dieu-phoi-nong-thon-moi-xa-dat-chuan-2021-10: «TIẾN ĐỘ … ĐẾN THÁNG 10/2021» over «Đến tháng
# 10/2021»: communes meeting the standard by October, chosen as October (refused: «tệp là số liệu 10 tháng đầu năm»)
def test_counts_to_a_months_end_load_as_that_month(tmp_path):
    from service.errors import InputError
    from service.figures.load import load_table
    import pytest
    head = "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG,,,\n{title},,,\nSTT,Chỉ tiêu,ĐVT,{col}\n"
    rows = "1,Số xã đạt chuẩn nông thôn mới,xã,5.360\n2,Số xã đạt chuẩn nông thôn mới nâng cao,xã,468\n"
    path = tmp_path / "bang.csv"
    path.write_text(head.format(title="TIẾN ĐỘ XÂY DỰNG NÔNG THÔN MỚI CẢ NƯỚC ĐẾN THÁNG 10/2021",
                                col="Đến tháng 10/2021") + rows, encoding="utf-8")
    assert [f.ky_bao_cao for f in load_table(path, period="2021-10")] == [5360, 468]
    # the month before's column beside it is the previous edition's (5.343 communes by September)
    path.write_text(head.replace(",,,", ",,,,").format(
        title="TIẾN ĐỘ XÂY DỰNG NÔNG THÔN MỚI CẢ NƯỚC ĐẾN THÁNG 10/2021", col="Đến tháng 10/2021,Đến tháng 9/2021")
        + rows.replace("5.360", "5.360,5.343").replace("468", "468,396"), encoding="utf-8")
    assert [(f.ky_bao_cao, f.ky_truoc) for f in load_table(path, period="2021-10")] == [(5360, 5343), (468, 396)]
    # months summed are no month's state
    path.write_text(head.format(title="KẾT QUẢ 10 THÁNG ĐẦU NĂM 2021", col="Lũy kế đến tháng 10/2021") + rows,
                    encoding="utf-8")
    with pytest.raises(InputError):
        load_table(path, period="2021-10")


# the health yearbook's «User Yearbook User Yearbook  1.1 - Chỉ tiêu mục tiêu  Target indicators»; a statistics page's
# «   2.3 - Dân số trung bình phân theo giới tính» (a heading after a run of spaces)
def test_a_dotted_heading_number_before_a_dash_and_its_title_is_no_figure():
    for text, n in (("User Yearbook User Yearbook  1.1 - Chỉ tiêu mục tiêu  Target indicators", "1.1"),
                    ("Niên giám thống kê   2.3 - Dân số trung bình phân theo giới tính", "2.3")):
        assert _kinds(text)[n] == [False], text
    # a number in a sentence before a dash stays a figure
    assert _kinds("Năng suất 5.5 - Cao hơn năm trước.")["5.5"] == [True]


# yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020: a bilingual yearbook page pasted one cell a paragraph, each
# title a Vietnamese line and its English gloss (the year only in the gloss), the last column left empty by a line of
# spaces, rates in per cent named by «Tỷ lệ» and «(%)» before the gloss — the template had made no row of it
YEARBOOK = ("User Yearbook User Yearbook\n\n1.1 - Chỉ tiêu mục tiêu\n\nTarget indicaters\n\nTên chỉ tiêu - Name of "
            "Indicators\n\nThực hiện\nImplemented target 2019\n\nThực hiện\nImplemented target 2020\n\nMục tiêu đến năm "
            "2020\nTarget to 2020\n\nMục tiêu đến năm 2025\nTarget to 2025**\n\n1. Số bác sỹ cho 10000 dân - Number of "
            "Medicine Doctors per 10000 persons\n\n9.06\n\n9.81\n\n9\n\n10\n\n2. Số dược sỹ ĐH 10000 dân  Number of  "
            "Pharmacists  per 10000 persons\n\n2.88\n\n2.85\n\n2.2\n\n2.8\n\n3. Tỷ lệ thôn bản có nhân viên y tế (%) "
            "Percentage of village having VHW\n\n98.6\n\n98.6\n\n>90\n\n \n\n4. Tỷ lệ TYT xã có bác sỹ (%)  Percentage "
            "of TYT having Medicine Doctor\n\n89.2\n\n87.7\n\n90\n\n \n\n5. Tỷ lệ TYT xã có hộ sinh hoặc YSSN (%) "
            "Percentage of TYT having midwife or Pediatric\n\n96.1\n\n94.5\n\n>95\n\n \n\n6. Số giường bệnh bệnh viện "
            "trên 10000 dân Number of beds per 10000 inhabitants\n\n31.12\n\n30.73\n\n25\n\n30\n\nTrong đó: Số giường "
            "bệnh viện ngoài công lập In which: Private hospital:\n\n2.19\n\n2.16\n\n0.76\n\n10%\n\n")


def test_a_bilingual_yearbook_pasted_one_cell_a_paragraph_gives_its_rows():
    from service.onboarding.pasted import table_rows
    rows, _ = table_rows(YEARBOOK)
    got = {r.label: (r.value, r.unit) for r in rows}
    doctors = next(v for k, v in got.items() if k.startswith("Số bác sỹ cho 10000 dân"))
    assert doctors[0] == Decimal("9.81")             # 2020's, not 2019's
    assert got["Tỷ lệ thôn bản có nhân viên y tế"] == (Decimal("98.6"), "%")    # its gloss gone, its unit read
    assert got["Tỷ lệ TYT xã có hộ sinh hoặc YSSN"] == (Decimal("94.5"), "%")
    assert len(rows) == 7


def test_an_english_gloss_after_a_label_is_dropped_an_abbreviation_is_not():
    from service.onboarding.pasted import without_english_gloss as gloss_free
    assert gloss_free("Số giường bệnh viện ngoài công lập In which: Private hospital") == \
        "Số giường bệnh viện ngoài công lập"
    assert gloss_free("Tỷ lệ % xã đạt chuẩn quốc gia về y tế xã 2011-2020 Percentage of villages reaching") == \
        "Tỷ lệ % xã đạt chuẩn quốc gia về y tế xã 2011-2020"
    for kept in ("Tỷ suất chết trẻ em dưới 1 tuổi – IMR (%0)", "Số dự án FDI được cấp mới", "Vốn FDI Total"):
        assert gloss_free(kept) == kept


# --- after the final batch's measure (yk-*: in-sample from here) ------------------------------------------------------

# yk-thanh-hoa-tho-xuan-huyen-doan-chien-dich-tinh-nguyen-he-2012: «khai mạc Hội nghị» / «Chiến dịch TNTN hè» / «2012
# diễn ra trong không khí …» (a hard-wrapped line); «Chiến dịch TNTN hè 2012» on one line was read already
def test_a_year_wrapped_onto_the_next_line_after_an_events_name_is_no_figure():
    for text in ("khai mạc Hội nghị\nChiến dịch TNTN hè\n2012 diễn ra trong không khí thanh niên",
                 "tổ chức Lễ ra quân Tháng Thanh niên\n2024 tại quảng trường"):
        assert set(_kinds(text)[next(k for k in _kinds(text) if k.isdigit() and len(k) == 4)]) == {False}, text
    # a count a wrapped sentence states stays a figure; a number alone on its line is a table's cell, read as such
    assert _kinds("Tổng số Hội viên\n2012 người tham gia")["2012"] == [True]


# yk-gia-lai-hoi-chu-thap-do-tinh-le-hoi-xuan-hong-2026-01: «Lễ hội Xuân hồng do Câu lạc bộ 25 Bình Định tổ chức»; a
# club counted stays a count
def test_a_club_named_by_its_number_is_no_figure():
    for text in ("Lễ hội Xuân hồng do Câu lạc bộ 25 Bình Định tổ chức lần đầu tiên", "CLB 25 Bình Định (thuộc Hội)"):
        assert _kinds(text)["25"] == [False], text
    assert _kinds("thành lập câu lạc bộ 25 thành viên")["25"] == [True]


# yk-da-nang-hoa-vang-hoi-lhpn-huyen-tong-ket-cong-tac-hoi-2016: «Hưởng ứng Công trình thi đua "Xây dựng, sửa chữa 100
# nhà ở cho hộ phụ nữ có hoàn cảnh khó khăn"» (the campaign's name, its target); a long quotation of a speaker states
# figures
def test_a_long_quoted_name_after_a_naming_noun_is_no_figure():
    text = ('Hưởng ứng Công trình thi đua "Xây dựng, sửa chữa 100 nhà ở cho hộ phụ nữ có hoàn cảnh khó khăn", Hội đã '
            'vận động xây mới 9 nhà')
    got = _kinds(text)
    assert got["100"] == [False] and got["9"] == [True]
    said = 'Ông nói: "Năm nay huyện đã xây dựng được 100 nhà ở cho hộ nghèo và sửa chữa 50 nhà khác".'
    assert _kinds(said)["100"] == [True]
