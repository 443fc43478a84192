"""The checker on notation: a seventh sweep of fresh pages (issue 13, round 17).

What is not a figure, read from how it is written: a counter printed as a line of its own with no colon, a hash in a
page's furniture, labels a blank line apart (a flattened table's header), a value after a label ending in a plural
noun, a sentence's first capital that names no unit, a unit named by its number, the meeting's presidium, the time a
story's act took, aims after a verb of aiming, a year in brackets after a value, a house number after ``trụ sở``, a
heading number before ``%``. Each rule is tested on the sentences of the sweep pages that asked for it
(``evaluations/sweep/pages/<slug>.txt``) and on one it must leave alone: a rule that lets a figure pass is worse than a
false alarm.
"""

from __future__ import annotations

from tests.sweep_tables import verdict_list as all_verdicts
from tests.sweep_tables import verdict_of as verdicts


# ---------------------------------------------------------------- web furniture

def test_a_counter_on_a_line_of_its_own_without_a_colon_is_furniture(dummy):
    # c11-namdong-lua-2019-2020 (a district portal), and the same portal family's youth-union page
    # (doancqvadn.thuathienhue.gov.vn: «Truy cập hiện tại 1.574 khách»); «False 2759»: a template's boolean printed
    text = ("Thăm đồng ước tính năng suất vụ Đông Xuân 2019-2020\nFalse 2759\nNgày cập nhật 25/04/2020\n"
            "Vụ Đông Xuân năm 2019-2020 năng suất lúa ước đạt 56,26 tạ/ha\n\nThống kê truy cập\n"
            "Tổng truy cập 2.521.023\nTruy cập hiện tại 3.602\nTổng truy cập 7.142.338\nTruy cập hiện tại 1.574 khách")
    got = verdicts(text, dummy)
    for furniture in ("2759", "2.521.023", "3.602", "7.142.338", "1.574"):
        assert got[furniture] == "not_a_figure", furniture
    assert got["56,26 tạ/ha"] == "unsupported"


def test_a_line_that_only_starts_with_a_counter_word_keeps_its_figure(dummy):
    # a label word before a number is no counter when a counted noun follows it, nor inside a sentence
    text = "Khách 120 người\nHôm nay 5 đoàn khách đến thăm và làm việc với 18 hộ."
    got = verdicts(text, dummy)
    assert got["120"] == got["5"] == got["18"] == "unsupported"


def test_a_hash_in_hexadecimal_is_furniture(dummy):
    # c11-hoabinh-baohieu-2022: the portal printed an image's hash above the text
    text = ("Tin nổi bật\n\n56088c38b9e27bbc22f3\n\nXã Bảo Hiệu … tỷ lệ hộ nghèo năm 2022 là 16,99%, thu nhập bình "
            "quân đầu người đạt 33.500.000đ/người.")
    got = verdicts(text, dummy, period="2022")
    assert got["56088c38b9e27bbc22f3"] == "not_a_figure"
    assert got["16,99%"] == got["33.500.000đ/người"] == "unsupported"


# ---------------------------------------------------------------- labels, headings, values of a flattened table

def test_labels_a_blank_line_apart_are_labels(dummy):
    # c11-camau-benhvien-2016: a table's header flattened one cell a line; the «1» above counts no «Mức»
    text = "KẾT QUẢ CHUNG CHIA THEO MỨC\n\nMức 1\n\nMức 2\n\nMức 3\n\nMức 4\n\nMức 5\n\nTổng số tiêu chí\n"
    assert set(verdicts(text, dummy).values()) == {"not_a_figure"}


def test_a_count_before_a_label_noun_on_the_same_paragraph_still_counts(dummy):
    # a hard wrap (one line break) is no paragraph: «mỗi tổ / 02 người» still counts people per group
    text = "Thành lập 12 tổ tự quản, mỗi tổ\n02 người."
    got = verdicts(text, dummy)
    assert got["12"] == "unsupported"


def test_a_value_after_a_label_ending_in_a_plural_noun_is_a_figure(dummy):
    # c11-camau-benhvien-2016: «tiêu chí» after «các» is no one document's part; the mean score is the year's
    text = ("3. TỔNG SỐ ĐIỂM CỦA CÁC TIÊU CHÍ ÁP DỤNG: 230\n\n4. ĐIỂM TRUNG BÌNH CHUNG CỦA CÁC TIÊU CHÍ: 2.76\n\n"
            "6. % TIÊU CHÍ ĐẠT:\n\nCăn cứ Thông tư: 19 của Bộ Y tế")
    got = verdicts(text, dummy)
    assert got["230"] == got["2.76"] == "unsupported"
    assert got["6."] == "not_a_figure"          # a heading number whose title opens on «%»
    assert got["19"] == "not_a_figure"          # a document's number after its type and a colon


# ---------------------------------------------------------------- names

def test_a_sentence_first_capital_names_no_unit(dummy):
    # c11-vn-kiemsat-2019-h1: «Ban hành» is a verb opening the sentence, not the unit «Ban»
    text = ("Đã phối hợp với Tòa án tổ chức 224 phiên tòa xét xử lưu động, tăng 101 phiên tòa. Ban hành 51 kháng nghị "
            "phúc thẩm ngang cấp, 97 kiến nghị yêu cầu khắc phục vi phạm. Bệnh viện Quân y 175 đã khám cho 20 người.")
    got = verdicts(text, dummy, period="2019-H1")
    assert got["51"] == got["97"] == got["224"] == "unsupported"
    assert got["175"] == "not_a_figure"        # a unit's name opening a sentence, its name capitalised


def test_a_police_unit_named_by_its_number(dummy):
    # c11-hanoi-congan-caodiem-2015: the emergency police unit «Cảnh sát 113»; a count of policemen stays a count
    text = ("Công tác tuần tra, kiểm soát của lực lượng Cảnh sát 113 được duy trì thường xuyên. Huy động 120 cảnh sát "
            "tham gia bảo vệ.")
    got = verdicts(text, dummy, period="2015")
    assert got["113"] == "not_a_figure"
    assert got["120"] == "unsupported"


def test_a_house_number_after_the_seat(dummy):
    # c11-vass-nhanuoc-phapluat-2024: «tầng 1» and «27» are the address; «trụ sở 12 phòng» counts rooms
    text = ("Hội nghị Tổng kết công tác năm 2024 tại Hội trường tầng 1, trụ sở 27 Trần Xuân Soạn, Hà Nội. Năm 2024 đã "
            "xây mới cho trụ sở 12 phòng làm việc.")
    got = verdicts(text, dummy, period="2024")
    assert got["27"] == got["1"] == "not_a_figure"
    assert got["12"] == "unsupported"


def test_court_sessions_are_counted_even_after_a_group_word(dummy):
    # c11-thanhha-kiemsat: the source's «tổ 6 phiên tòa» (for «tổ chức 6 phiên tòa») is no address «tổ 6»
    text = "phối hợp với Tòa án tổ chức xét xử lưu động 15 vụ và tổ 6 phiên tòa để rút kinh nghiệm"
    got = verdicts(text, dummy)
    assert got["15"] == got["6"] == "unsupported"


# ---------------------------------------------------------------- the meeting, the story

def test_the_meetings_presidium_is_the_meetings_own(dummy):
    # c11-vass-nhanuoc-phapluat-2024: the presidium elected to run the meeting; members admitted stay figures
    text = ("Sau phần chào cờ, Hội nghị đã bầu Đoàn Chủ tịch điều hành cuộc họp gồm 03 đồng chí: TS. Phạm Thị Thúy Nga "
            "(Phó Viện trưởng phụ trách Viện). Trong năm, Chi bộ kết nạp 03 đồng chí.")
    got = all_verdicts(text, dummy, period="2024")
    assert [v for t, v in got if t == "03"] == ["not_a_figure", "unsupported"]


def test_the_time_a_storys_act_took_is_no_figure(dummy):
    # c11-binhduong-congan-2016: «Chỉ 3 giờ sau» the suspect was caught; what the year did stays a figure
    text = ("Điển hình ngày 7-1, Nguyễn Huỳnh Khương Linh cắt cổ, đâm tài xế taxi để cướp của rồi tẩu thoát. Chỉ 3 giờ "
            "sau, Công an Bình Dương đã bắt được đối tượng. Sau 2 ngày truy xét, bắt giữ 5 đối tượng.")
    got = verdicts(text, dummy, period="2016")
    assert got["3"] == got["2"] == "not_a_figure"
    assert got["5"] == "unsupported"


# ---------------------------------------------------------------- aims, other years

def test_aims_after_a_verb_of_aiming_are_aims(dummy):
    # c11-hanoi-3chuongtrinh-2016-2020: «được thực hiện» earlier in the sentence describes the programme; the
    # clause before the colon aims («hướng tới một số chỉ tiêu chủ yếu:»)
    text = ("Trình bày báo cáo tại hội nghị, Phó Giám đốc Sở KH&ĐT Trần Ngọc Nam cho biết, đối với Chương trình "
            "03-Ctr/TU, được thực hiện trong giai đoạn từ 2016 – 2020, chương trình hướng tới một số chỉ tiêu chủ yếu: "
            "Tăng trưởng GDP bình quân đạt 7,3 – 7,8%/năm; cơ cấu kinh tế: Dịch vụ: 63,8 – 64,2%; Công nghiệp-xây "
            "dựng: 26 – 26,5%; Nông nghiệp: 1,8 – 2,4%.")
    assert set(verdicts(text, dummy, period="2016-2020").values()) == {"not_a_figure"}


def test_results_of_the_aims_stay_figures(dummy):
    text = "Năm 2020, kết quả thực hiện các chỉ tiêu chủ yếu: tăng trưởng GDP đạt 7,1%; thu ngân sách 1.200 tỷ đồng."
    got = verdicts(text, dummy, period="2020")
    assert got["7,1%"] == got["1.200 tỷ đồng"] == "unsupported"


def test_a_value_dated_by_a_year_in_brackets(dummy):
    # c11-quangninh-thunhap-2013 (the 2013 report: 2010's income), p10-ninhphuoc-phunu-2016-2021 (the term's base
    # year: «từ 5% (năm 2016) xuống còn 3,04% (năm 2020)»)
    text = ("Thu nhập của người dân khu vực nông thôn tăng từ 10,98 triệu đồng/năm (năm 2010) lên 14 triệu đồng/năm "
            "(năm 2012) và lên 16,5 triệu đồng năm 2013.")
    got = verdicts(text, dummy, period="2013")
    assert got["10,98 triệu đồng/năm"] == "not_a_figure"
    assert got["16,5 triệu đồng"] == "unsupported"
    text = "góp phần giảm tỷ lệ hộ nghèo trên địa bàn huyện từ 5% (năm 2016) xuống còn 3,04% (năm 2020)…"
    got = verdicts(text, dummy, period="2016-2021")
    assert got["5%"] == "not_a_figure"
    assert got["3,04%"] == "unsupported"


def test_a_bracket_that_gives_last_years_value_dates_nothing_before_it(dummy):
    # «95% (năm 2020 là 90%)»: the bracket holds the comparison, the 95% is this year's
    got = verdicts("Tỷ lệ tham gia bảo hiểm y tế đạt 95% (năm 2020 là 90%).", dummy, period="2021")
    assert got["95%"] == "unsupported"


def test_a_radius_is_the_size_of_a_zone(dummy):
    # evaluations/cases/heldout/zb-toan-quoc-none-thong-tin-truyen-thong-2011-h1 (the brief's known leftover): the
    # mean radius the post offices serve; the offices counted stay figures
    text = ("Tổng Công ty Bưu chính hiện có 15.966 điểm phục vụ, trong đó có 8.087 điểm bưu điện - văn hóa xã, bán kính "
            "bình quân phục vụ dưới 3 km.")
    got = verdicts(text, dummy, period="2011-H1")
    assert got["3 km"] == "not_a_figure"
    assert got["15.966"] == got["8.087"] == "unsupported"


def test_last_years_value_dated_after_it_when_the_table_keeps_no_comparison():
    # c11-quangninh-thunhap-2013: «lên 14 triệu đồng/năm (năm 2012)» in the 2013 report. The table's «Cùng kỳ» column
    # checks last year's value; a table without one cannot, and then the value is another year's (the composition
    # point passes comparisons_kept, as it does for earlier_said)
    from service.checker.recognisers.forecasts import earlier_named_after
    from service.periods import parse_period

    text = ("Thu nhập của người dân khu vực nông thôn tăng từ 10,98 triệu đồng/năm (năm 2010) lên 14 triệu đồng/năm "
            "(năm 2012) và lên 16,5 triệu đồng năm 2013.")
    report = parse_period("2013")
    at = text.index("14 triệu")
    assert earlier_named_after(text, at, report) is None                      # the table may keep it: checked there
    assert earlier_named_after(text, at, report, comparisons_kept=False).year == 2012
    assert earlier_named_after(text, text.index("16,5"), report, comparisons_kept=False) is None
