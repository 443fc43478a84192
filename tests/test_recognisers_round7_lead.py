"""Recognisers the lead's held-out batch (public pages of courts, customs, forestry, social-policy banks, statistics
and libraries) asked for: a qualified period length, a count unit after a scale word, Markdown link text, "one of
N", the levels of an organisation, and the whole year's estimate inside a shorter report.
Each on real text; the source is named above each case."""

from __future__ import annotations

from decimal import Decimal as D

from service.checker import check_text, extract_numbers
from service.figures.model import Figure, FigureTable


def kinds(text):
    return [(text[m.num_start:m.end].strip(), m.kind, m.is_figure) for m in extract_numbers(text)]


def test_a_qualified_length_is_still_a_period():
    # Chi cục Thống kê Lâm Hà, tình hình KT-XH 6 tháng đầu năm 2022 (lamha.lamdong.gov.vn)
    assert kinds("* Cây hàng năm: Ước 6 tháng đầu năm 2022, tổng diện tích gieo trồng")[0] == ("6", "period", False)
    assert kinds("giảm 9,3% so cùng kỳ. Ước 6 tháng thu hoạch 529,5 ha")[1] == ("6", "period", False)
    # Báo Quảng Trị, hiến máu 2022: "Trong hơn 2 năm qua"
    assert kinds("Trong hơn 2 năm qua, phong trào đã lan rộng")[0] == ("2", "period", False)
    assert kinds("đã vận động được hơn 20 người")[0] == ("20", "count", True)


def test_a_count_unit_after_the_scale_word_is_counted_not_money():
    # Báo Đồng Nai, NHCSXH huyện Cẩm Mỹ quý I/2021
    got = kinds("đã giải ngân vốn vay cho trên 1,1 ngàn lượt hộ, tổng số tiền hơn 28 tỷ đồng")
    assert got[0] == ("1,1 ngàn", "count", True) and got[1][1] == "money"
    # Hội LHPN tỉnh Đắk Nông (lead's earlier held-out set): money words before, members after
    assert kinds("vận động 22 tỷ đồng giúp hơn 11 nghìn hội viên")[1] == ("11 nghìn", "count", True)
    assert kinds("tổng số tiền vận động 155 triệu, hỗ trợ 30 hộ")[0][1] == "money"


def test_markdown_link_text_and_picture_lines_are_page_furniture():
    # Báo Đồng Nai: the related-article strip saved as Markdown, the last line cut by the excerpt
    text = ("Trong đó, có hơn 1,7 ngàn lượt hộ nghèo được vay vốn.\n"
            "![[Infographic] 51 nghị quyết quan trọng nào vừa được HĐND tỉnh Đồng Nai thông qua tại Kỳ họp thứ 8?]"
            "(/file/e78/122025/untitled-2-01_20251210225656.png?width=400&height=-&type=resize)\n"
            "![[Video_Chạm 95] Xã Ph")
    figures = [(t, k) for t, k, f in kinds(text) if f]
    assert figures == [("1,7 ngàn", "count")]
    # a link inside a sentence: its text is another page's headline, the sentence's own count stays
    text = "Xem thêm [Hà Tĩnh: 7 lưu ý khi vay vốn](https://baohatinh.vn/7-luu-y.htm); quý I giải ngân cho 120 hộ."
    assert [(t, k) for t, k, f in kinds(text) if f] == [("120", "count")]


def test_one_of_n_ranks_and_does_not_count():
    # Báo Bà Rịa - Vũng Tàu, Cục Hải quan 10 tháng 2021
    assert [f for _, _, f in kinds("BR-VT là 1 trong 8 Cục Hải quan tỉnh, thành phố đạt số thu")] == [False, False]
    # Viện KSND Hải Phòng: "Toà án nhân dân là một trong bốn hệ thống cơ quan"
    assert not [x for x in kinds("Toà án nhân dân là một trong bốn hệ thống cơ quan thuộc bộ máy nhà nước") if x[2]]
    assert kinds("xã có 12 trong 15 thôn đạt chuẩn") == [("12", "count", True), ("15", "count", True)]


def test_the_levels_of_an_organisation_are_part_of_its_name():
    # Báo Pháp Luật TP.HCM, TAND tỉnh Long An 2022
    assert kinds("Đồng thời, năm 2022, TAND 2 cấp tỉnh tổ chức hòa giải")[1] == ("2", "name", False)
    assert kinds("Hội LHPN 3 cấp đã vận động 120 hội viên") == [("3", "name", False), ("120", "count", True)]
    # a count of committees is a count
    assert kinds("kiện toàn 2 cấp ủy cơ sở") == [("2", "count", True)]


LAM_HA = ("Cây ngô 6 tháng đầu năm gieo trồng được 471,5 ha, tăng 2,5% so cùng kỳ; ước cả năm 812 ha, giảm 3% so với "
          "năm trước. Cây rau các loại gieo trồng 1.351,1 ha. Ước tính cả năm, cây rau gieo trồng 2.364 ha, tăng 10,5% "
          "và cây hoa gieo trồng 340 ha.")


def lam_ha(period, **extra):
    rows = [Figure("NN-01", "Diện tích ngô gieo trồng", "ha", D("471.5")),
            Figure("NN-02", "Diện tích rau gieo trồng", "ha", D("1351.1"))]
    rows += [Figure(code, label, "ha", D(v)) for code, (label, v) in extra.items()]
    return FigureTable(rows, period=period)


def test_the_whole_years_estimate_in_a_half_year_report_is_not_a_figure_of_the_period():
    # Chi cục Thống kê Lâm Hà, 6 tháng đầu năm 2022: two ways of writing the estimate
    got = {n.text: (n.verdict, n.kind) for n in check_text(LAM_HA, lam_ha("2022-H1")).numbers}
    assert got["812 ha"] == ("not_a_figure", "forecast") and got["2.364 ha"] == ("not_a_figure", "forecast")
    assert got["340 ha"] == ("not_a_figure", "forecast")
    assert got["471,5 ha"][0] == "supported" and got["1.351,1 ha"][0] == "supported"


def test_in_a_year_report_the_estimate_is_the_period_and_a_row_still_supports_it():
    got = {n.text: n.verdict for n in check_text(LAM_HA, lam_ha("2022")).numbers}
    assert got["812 ha"] == "unsupported"  # a year report: "ước cả năm" is this period's, and no row holds it
    table = lam_ha("2022-H1", **{"NN-03": ("Diện tích ngô ước cả năm", "812")})
    got = {n.text: n.verdict for n in check_text(LAM_HA, table).numbers}
    assert got["812 ha"] == "supported"
    wrong = {n.text: n.verdict for n in check_text(LAM_HA.replace("471,5 ha", "417,5 ha"), table).numbers}
    assert wrong["417,5 ha"] == "unsupported"


def test_an_amount_written_once_after_a_pair_applies_to_both():
    # Kho bạc Nhà nước, 6 tháng đầu năm 2014: "thực hiện/dự toán" with "tỷ đồng" only after the second
    ty = D(10) ** 9  # the loader keeps money in đồng
    table = FigureTable([Figure("GN-01", "Vốn đầu tư XDCB", "đồng", D("65606") * ty, ke_hoach=D("155799.9") * ty)],
                        period="2014-H1")
    text = "Trong đó giải ngân vốn đầu tư XDCB ước đạt 65.606/155.799,9 tỷ đồng đạt 42%."
    got = [(n.text, n.verdict) for n in check_text(text, table).numbers]
    assert got == [("65.606", "supported"), ("155.799,9 tỷ đồng", "supported"), ("42%", "derived")]
    wrong = [(n.text, n.verdict) for n in check_text(text.replace("65.606/", "56.606/"), table).numbers]
    assert ("56.606", "unsupported") in wrong
    # Trung tâm YTDP Bình Dương: a count pair keeps reading as before
    assert [k for _, k, _ in kinds("toàn tỉnh đã tiêm 5.662/6.668 đối tượng còn sót")] == ["ratio", "ratio"]


def test_ngay_before_a_day_number_is_a_date():
    # Trung tâm YTDP Bình Dương, tiêm vét sởi tháng 4/2014
    assert kinds("Trong tháng 4, tính đến hết ngày 23, toàn tỉnh đã tiêm 5.662 đối tượng")[1:] == [
        ("23", "date", False), ("5.662", "count", True)]
    # Bộ Công an, cao điểm PCCC 2021 ("trong 2 tháng (từ 15/4 đến 15/6)"), written with ngày
    assert [k for _, k, _ in kinds("Từ ngày 15 đến ngày 20, đã tổ chức 3 lớp")] == ["date", "date", "count"]
    # a number of days after "trong" is how long, not a date (round 14: not a figure either, recognisers.dates.DAYS)
    assert kinds("trong 5 ngày, tổ chức 3 lớp")[0] == ("5", "period", False)
    assert kinds("mỗi ngày 2 lần") == [("2", "count", True)]


def test_a_later_period_named_in_the_sentence_makes_its_numbers_another_periods():
    # Tổng cục PCTT, tổng kết năm 2018 (the page goes on to 2019's first months)
    table = FigureTable([Figure("TT-01", "Số người chết và mất tích do thiên tai", "người", D(224))], period="2018")
    text = ("Năm 2018, thiên tai đã làm 224 người chết và mất tích. Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra "
            "thiên tai làm 23 người chết và mất tích, hơn 18.200 nhà bị sập đổ, hư hỏng; 27.370 ha lúa và hoa màu bị hại.")
    got = {n.text: (n.verdict, n.kind) for n in check_text(text, table, period="2018").numbers}
    assert got["224"] == ("supported", "count")
    assert got["23"] == ("not_a_figure", "other-period") and got["27.370 ha"] == ("not_a_figure", "other-period")
    # an earlier period is what comparison columns hold: a wrong value there stays an alarm
    wrong = {n.text: n.verdict for n in check_text("Năm 2017, thiên tai đã làm 386 người chết.", table,
                                                   period="2018").numbers}
    assert wrong["386"] == "unsupported"


def test_glued_scale_words_and_a_measure_after_the_scale():
    # Tổng cục PCTT 2018: "hơn 31nghìn nhà bị ngập", "8,4 triệu m3 đất đá"
    assert kinds("hơn 31nghìn nhà bị ngập, hư hỏng")[0] == ("31nghìn", "count", True)
    assert kinds("bờ bao và 8,4 triệu m3 đất đá đường quốc lộ")[0] == ("8,4 triệu m3", "measure", True)
    # Báo Nông nghiệp: "sản lượng đạt 2,5 triệu tấn"
    assert kinds("sản lượng đạt 2,5 triệu tấn lúa")[0] == ("2,5 triệu tấn", "measure", True)
    assert kinds("Công an thu 5tỷ đồng")[0][1] == "money"


def test_a_link_whose_number_sits_in_a_nested_bracket():
    # Báo Đồng Nai: "![[Video – Chạm 95] Xã Lộc Quang](/file/....jpg)"
    text = "nhập lậu bị phát hiện.\n![[Video – Chạm 95] Xã Lộc Quang](/file/e78/thum-loc-quang-ok_2025.jpg?width=400)"
    assert not [x for x in kinds(text) if x[2]]


def test_a_plan_ratio_of_a_row_without_a_plan_is_unverified_even_beside_one_with_a_plan():
    # Sở LĐTBXH Vĩnh Long, 10 tháng 2022: the second share's own row has no plan; "20.000 người" is the first's plan
    table = FigureTable([Figure("VL-01", "Lao động được tạo việc làm mới", "lao động", D(26112), ke_hoach=D(20000)),
                         Figure("VL-02", "Lao động đi làm việc ở nước ngoài theo hợp đồng", "lao động", D(1144))],
                        period="2022-10T")
    text = ("trong 10 tháng đã tạo việc làm mới cho 26.112 lao động (đạt hơn 130% so với chỉ tiêu 20.000 người), trong "
            "đó đưa 1.144 lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng (đạt hơn 67% so với chỉ tiêu).")
    got = {n.text: n.verdict for n in check_text(text, table).numbers}
    assert got == {"10": "not_a_figure", "26.112": "supported", "130%": "derived", "20.000": "supported",
                   "1.144": "supported", "67%": "unverified"}


def test_levels_where_something_is_done_and_two_labels_joined_by_a_comma():
    # Sở Nội vụ Bà Rịa - Vũng Tàu, cải cách hành chính 2015-2020
    text = ("UBND tỉnh đã ban hành 315 quyết định công bố 7.518 TTHC ở 3 cấp: tỉnh, huyện, xã. Thực hiện cung ứng dịch "
            "vụ công trực tuyến 3 cấp với 2.268 thủ tục; trong đó đã cung ứng dịch vụ công mức độ 1,2 là 2.268 thủ tục, "
            "mức độ 3 là 1.089 thủ tục; trả kết quả qua dịch vụ bưu chính công ích cả 3 cấp.")
    assert [t for t, _, f in kinds(text) if f] == ["315", "7.518", "2.268", "2.268", "1.089"]
    # Báo Pháp Luật TP.HCM (Long An): the organisation's levels, unchanged
    assert kinds("TAND 2 cấp tỉnh tổ chức hòa giải")[0] == ("2", "name", False)
    # a value at a level is a value: "đạt mức 1,5 lần", and a count of committees is a count
    assert kinds("đạt mức 1,5 lần so với cùng kỳ")[0][2] and kinds("kiện toàn 2 cấp ủy cơ sở")[0][2]


def test_a_scaled_amount_without_its_currency_may_be_money():
    # Hội Nông dân tỉnh Thừa Thiên Huế, 6 tháng đầu năm 2019
    # the agency's table quotes the phrase of each row in its Ghi chú, as the case's table does
    table = FigureTable([Figure("PT-01", "Tiền đóng góp làm đường giao thông, kênh mương", "đồng", D(996_000_000),
                                ghi_chu="đã đóng góp 996 triệu"),
                         Figure("PT-02", "Ngày công đóng góp", "ngày công", D(2335), ghi_chu="2.335 ngày công")],
                        period="2019-H1")
    text = ("tổ chức vận động, thực hiện các công trình, phần việc như hàng rào xanh, các tuyến đường sáng - xanh - sạch "
            "- đẹp, ngày Chủ nhật xanh, đã đóng góp 996 triệu, 2.335 ngày công để làm mới và sửa chữa đường giao thông "
            "liên thôn, kênh mương nội đồng")
    assert [(n.text, n.verdict) for n in check_text(text, table).numbers] == [("996 triệu", "supported"),
                                                                              ("2.335", "supported")]
    assert check_text(text.replace("996 triệu", "969 triệu"), table).numbers[0].verdict == "unsupported"


def test_a_part_over_its_whole_after_den_is_no_date_when_it_counts_a_noun():
    # Sở Nội vụ Vĩnh Phúc, tháng 8/2021: "Có đến 5/9 huyện, thành phố đạt tỷ lệ dưới 3%"
    assert [(t, k) for t, k, _ in kinds("Có đến 5/9 huyện, thành phố đạt tỷ lệ dưới 3%")][:2] == [
        ("5", "ratio"), ("9", "ratio")]
    # a date after the same cue stays a date (Bộ Công an, cao điểm PCCC: "từ 15/4 đến 15/6")
    assert [k for _, k, _ in kinds("trong 2 tháng (từ 15/4 đến 15/6), cả nước xảy ra")][1:] == ["date", "date"]


def test_a_datelines_day_month_year_and_a_pictures_mixed_name():
    # Hội Bảo trợ NKT huyện Bố Trạch (Quảng Bình): "Thứ hai, 07 Tháng 8 2017 14:51" and a picture named "81Dahoi12"
    assert [k for _, k, _ in kinds("Thứ hai, 07 Tháng 8 2017 14:51  Huyện Bố Trạch")] == ["date", "time"]
    assert kinds("trợ giúp được cho trên 1.200 lượt người.  81Dahoi12  Huyện Hội")[1] == ("81Dahoi12", "name", False)
    # amounts glued to their words stay amounts
    assert [f for _, _, f in kinds("thu 5tỷ đồng, 31nghìn người")] == [True, True]


def test_the_attendance_of_the_event_is_no_figure_unless_a_row_counts_it():
    # MTTQ xã Tiên Phong (Quảng Nam), Đại hội nhiệm kỳ 2024-2029; Hội LHPN: "Hội nghị có 150 đại biểu về dự"
    table = FigureTable([Figure("MT-01", "Số hộ được hỗ trợ xây nhà", "hộ", D(12))], period="2019-2024")
    text = ("Dự Đại hội có lãnh đạo Ủy ban MTTQ Việt Nam huyện, lãnh đạo xã Tiên Phong cùng 80 đại biểu chính thức tham "
            "dự. Trong nhiệm kỳ đã hỗ trợ 12 hộ xây nhà.")
    got = {n.text: (n.verdict, n.kind) for n in check_text(text, table).numbers}
    assert got["80"] == ("not_a_figure", "event") and got["12"][0] == "supported"
    assert {n.text: n.kind for n in check_text("Hội nghị có 150 đại biểu về dự.", table).numbers}["150"] == "event"
    counted = FigureTable([Figure("HN-01", "Số đại biểu dự Đại hội", "đại biểu", D(80))], period="2019-2024")
    assert check_text(text, counted).numbers[0].verdict == "supported"
    assert check_text(text.replace("80 đại", "85 đại"), counted).numbers[0].verdict == "unsupported"


def test_the_committee_the_congress_elects_and_an_age_band_written_after_its_word():
    # Hội Doanh nhân CCB Đà Nẵng, Đại hội 2023; Hội Làm vườn Quảng Ngãi, Đại hội 2022
    table = FigureTable([Figure("HV-01", "Số hội viên", "hội viên", D(6530))], period="2022")
    for text, n in (("Đại hội bầu 15 thành viên vào Ban Chấp hành nhiệm kỳ 2023-2028.", "15"),
                    ("Đại hội đã bầu ra Ban Chấp hành nhiệm kỳ VI (2022- 2027) gồm 20 người.", "20")):
        got = {c.text: (c.verdict, c.kind) for c in check_text(text, table).numbers}
        assert got[n] == ("not_a_figure", "event"), got
    # a count of people the period brought stays a figure
    assert check_text("Hội đã kết nạp 20 người vào Hội.", table).numbers[0].verdict == "unsupported"
    # Sở GD&ĐT Điện Biên, xóa mù chữ 2013-2014: "tỷ lệ người biết chữ ở độ tuổi 15 - 60"
    assert kinds("nâng tỷ lệ người biết chữ ở độ tuổi 15 - 60 đạt 91,8%")[0] == ("15 - 60", "age", False)
    assert kinds("thanh niên trong độ tuổi từ 18 đến 25 đã đăng ký")[0][1] == "age"


def test_a_table_that_counts_the_elected_committee_checks_it():
    # Hội LHPN huyện Vạn Ninh, Đại hội 2016: the agency's table keeps "Số ủy viên Ban Chấp hành" = 25
    table = FigureTable([Figure("DH-02", "Số ủy viên Ban Chấp hành nhiệm kỳ 2016 - 2021", "đồng chí", D(25))],
                        period="2016")
    text = "Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí."
    assert {n.text: n.verdict for n in check_text(text, table).numbers}["25"] == "supported"
    assert {n.text: n.verdict for n in check_text(text.replace("25 đồng", "15 đồng"), table).numbers}["15"] == \
        "unsupported"
