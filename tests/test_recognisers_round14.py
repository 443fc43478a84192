"""What the checker takes for a figure of the period, on a fourth sweep of fresh pages (issue 13, round 14).

Each rule is tested on sentences of the sweep pages that asked for it (``/work/sweep/pages/<slug>.txt``, the slug
named by each quote) and on one it must leave alone: a rule that lets a real figure pass is worse than a false alarm.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from tests.sweep_tables import dummy, table  # noqa: F401  (dummy: a fixture)


def verdicts(text, figures, **kw):
    return {c.text: c.verdict for c in check_text(text, figures, **kw).numbers}


# ---------------------------------------------------------------- photo captions

def test_a_line_a_photo_credit_ends_is_a_caption(dummy):
    # c8-vn-pccc-2024-h1: the size of the burnt workshop, in the caption under its picture
    text = ("Trong số 1.299/2.222 vụ cháy đã được điều tra làm rõ nguyên nhân.\n\n"
            "Cháy tại nhà xưởng rộng hơn 3.000m2 ở phường phường Thái Hòa, thành phố Tân Uyên, tỉnh Bình Dương ngày "
            "31/3. (Ảnh: TTXVN phát)\n\nTheo Cục Cảnh sát, toàn quốc xảy ra 2.222 vụ cháy.")
    got = verdicts(text, dummy)
    assert got["3.000m2"] == "not_a_figure"
    assert got["2.222"] == "unsupported" and got["1.299"] == "unsupported"


def test_captions_credited_after_a_dash_or_opening_on_the_credit(dummy):
    # c4-huonghoa-hienmau-2022 (credit after a dash), c4-phuloi-hnd-2021 (the line opens on «Ảnh:»): made-up counts
    # in their place, as a caption would state them
    text = ("Đông đảo cán bộ, Nhân dân huyện Hướng Hóa tham gia ngày hội hiến máu, 350 đơn vị máu - Ảnh: B.L\n"
            "Ảnh: Quang cảnh Hội nghị tổng kết Phong trào nông dân SXKDG với 120 hộ.")
    got = verdicts(text, dummy)
    assert got["350"] == "not_a_figure" and got["120"] == "not_a_figure"


def test_a_long_paragraph_ending_on_a_credit_and_a_caption_a_row_holds_are_still_checked(tmp_path, dummy):
    body = ("Trong 6 tháng đầu năm, toàn tỉnh xảy ra 29 vụ cháy, làm chết 10 người, bị thương 16 người, thiệt hại tài "
            "sản ước tính trên 10 tỷ đồng. So với cùng kỳ năm ngoái, số vụ cháy tăng, số người chết tăng, người bị "
            "thương tăng, thiệt hại tài sản tăng; nguyên nhân chủ yếu do sự cố về điện. Ảnh: Đ.V")
    assert verdicts(body, dummy)["29"] == "unsupported"
    figures = table(tmp_path, ["1,Diện tích nhà xưởng bị cháy,m2,3.000"])
    text = "Cháy tại nhà xưởng rộng hơn 3.000m2 ở phường Thái Hòa ngày 31/3. (Ảnh: TTXVN phát)"
    assert verdicts(text, figures)["3.000m2"] != "not_a_figure"


# ---------------------------------------------------------------- dates, footnotes, days

def test_a_date_after_a_weekday_and_a_comma(dummy):
    # c8-vn-thuysan-2021-05: «T7,02/03/2024» (no blank: a decimal's notation); p9-donghung-gtsx-2019-9t: «Thứ 7, …»
    assert set(verdicts("Phạm Huệ (Tổng hợp)\n\nTin mới nhất\n\nT7,02/03/2024", dummy).values()) == {"not_a_figure"}
    assert set(verdicts("Thứ 7, 23/11/2024", dummy).values()) == {"not_a_figure"}
    # a decimal after a letter is not a weekday: «tăng 7,02%» stays a figure
    assert verdicts("CPI tăng 7,02% so với cùng kỳ.", dummy)["7,02%"] != "not_a_figure"


def test_a_footnote_mark_glued_to_a_year(dummy):
    # c8-vn-cpi-2021-08: «[1]» after «2016», «[2]» after a word (already a footnote)
    text = ("Tính chung 8 tháng năm 2021, CPI tăng 1,79% so với cùng kỳ năm trước, mức tăng thấp nhất kể từ năm "
            "2016[1]. Lạm phát cơ bản 8 tháng tăng 0,9%. Khu vực thành thị có mức tăng cao[2].")
    got = verdicts(text, dummy)
    assert got["1"] == "not_a_figure" and got["2"] == "not_a_figure"
    assert got["0,9%"] != "not_a_figure" and got["1,79%"] != "not_a_figure"


def test_a_number_of_days_after_trong_qua_sau_is_how_long(dummy):
    # c8-hcm-congan-tet-2023, c8-brvt-channuoi-2022-04, p10-vov-ccb-toanquoc-2017-2022
    text = ("Công an TPHCM cho biết, trong 7 ngày tết, nhìn chung tình hình an ninh chính trị được đảm bảo. Cụ thể, "
            "TPHCM xảy ra 37 vụ phạm pháp hình sự.")
    got = verdicts(text, dummy)
    assert got["7"] == "not_a_figure" and got["37"] == "unsupported"
    assert verdicts("Chi cục cho biết, đã qua 21 ngày trên địa bàn tỉnh không phát sinh trường hợp heo mắc dịch.",
                    dummy)["21"] == "not_a_figure"
    assert verdicts("Trong 3 ngày (từ 29 - 31/12/2022), Đại hội đã hoàn thành chương trình.", dummy)["3"] \
        == "not_a_figure"
    # work counted in days is a figure
    assert verdicts("Nhân dân đã đóng góp 2.335 ngày công, trong 5 ngày công lao động.", dummy)["2.335"] \
        == "unsupported"


# ---------------------------------------------------------------- the meeting: its term and its agenda

def test_a_bodys_term_in_digits(dummy):
    # c8-daimach-hdnd-2018-h1 (twice); p9-hiepduc-nonglam-2018-9t (a plenum, already read as a name)
    got = verdicts("HĐND xã Đại Mạch khóa 20 tổ chức họp kỳ thứ 6\nNgày 26/6, HĐND xã Đại Mạch khóa 20, nhiệm kỳ "
                   "2016 – 2021 đã tổ chức kỳ họp thứ 6.", dummy)
    assert set(got.values()) == {"not_a_figure"}
    assert verdicts("thực hiện NQTW 4 khóa 12 về xây dựng chỉnh đốn đảng.", dummy)["12"] == "not_a_figure"
    # a count of courses puts the number first
    assert verdicts("Hội Nông dân huyện đã mở 3 khóa đào tạo nghề cho 120 hội viên.", dummy)["3"] == "unsupported"


def test_the_documents_the_meeting_heard(tmp_path, dummy):
    # c8-chilang-hdnd-2010-h1 (the paragraph is printed twice on the page)
    text = ("Tại kỳ họp các vị đại biểu đã được nghe 4 báo cáo và 1 tờ trình của UBND xã về tổng quyết toán ngân sách "
            "năm 2009. Về sản xuất nông lâm nghiệp, tổng diện tích gieo trồng vụ xuân là 440 ha.")
    got = verdicts(text, dummy)
    assert got["4"] == "not_a_figure" and got["1"] == "not_a_figure" and got["440 ha"] == "unsupported"
    # reports the body wrote in the period are its figures; a row about the agenda still checks it
    assert verdicts("Trong 6 tháng, UBND xã đã ban hành 12 báo cáo chuyên đề.", dummy)["12"] == "unsupported"
    figures = table(tmp_path, ["1,Số báo cáo trình kỳ họp,báo cáo,4"])
    assert verdicts("Tại kỳ họp, đại biểu đã được nghe 5 báo cáo trình kỳ họp.", figures)["5"] == "unsupported"


# ---------------------------------------------------------------- the plan as a ratio's whole

def test_the_plan_under_an_achieved_over_planned_pair(dummy):
    # c8-chudrang-ubnd-2022-h1: 17.919/14.066 = 127,39% — the share of the plan the words state
    text = "Tổng đàn gia súc, gia cầm toàn xã có 17.919 con/14.066 con, đạt 127,39% KH, trong đó đàn gia súc có trên 7.700 con."
    got = verdicts(text, dummy)
    assert got["14.066"] == "not_a_figure" and got["17.919"] == "unsupported"
    # a share that is not the pair's quotient leaves both checked; a share of a total (no plan word) too (c8-haihau)
    got = verdicts("Tổng đàn gia súc toàn xã có 17.919 con/14.066 con, đạt 120% KH.", dummy)
    assert got["14.066"] == "unsupported"
    got = verdicts("TAND huyện Hải Hậu đã giải quyết được 459/539 vụ, việc các loại, đạt tỷ lệ hơn 85%.", dummy)
    assert got["539"] == "unsupported"


# ---------------------------------------------------------------- the agency's staff

def test_the_agencys_staff_in_a_sentence_on_its_bien_che(tmp_path, dummy):
    # c8-quangngai-thads-2008: posts allotted and filled, then their make-up
    text = ("Số lượng cán bộ, công chức của các cơ quan Thi hành án dân sự tỉnh Quảng Ngãi hiện có 119/139 biên chế "
            "đđược phân bổ năm 2007; trong đó có 45 Chấp hành viên (kể cả Trưởng, Phó trưởng Thi hành án), có 07 đồng "
            "chí Cử nhân và Cao cấp lý luận chính trị, 11 đồng chí Trung cấp chính trị. Sở Tư pháp tổ chức thi tuyển "
            "công chức đối với 05 trường hợp.")
    got = verdicts(text, dummy)
    assert all(got[x] == "standing" for x in ("119", "139", "45", "07", "11"))
    assert got["05"] == "unsupported"  # recruited in the year: a figure
    # c8-haihau-toaan-2020: the court's judges and clerk
    text = ("Với một đơn vị như TAND huyện Hải Hậu, có tổng số biên chế là 11 người, trong đó chỉ có 5 Thẩm phán và 1 "
            "Thư ký, thì số lượng án kể trên đã tạo ra một thách thức lớn.")
    got = verdicts(text, dummy)
    assert got["5"] == "standing" and got["1"] == "standing"


def test_work_done_beside_the_bien_che_and_a_table_that_counts_staff_are_still_checked(tmp_path, dummy):
    got = verdicts("Với 11 biên chế, đơn vị đã giải quyết 459 vụ việc các loại.", dummy)
    assert got["459"] == "unsupported"
    figures = table(tmp_path, ["1,Số Thẩm phán,Thẩm phán,5"])
    got = verdicts("TAND huyện có tổng số biên chế là 11 người, trong đó chỉ có 6 Thẩm phán.", figures)
    assert got["6"] == "unsupported"


# ---------------------------------------------------------------- another period's change

def test_the_change_of_a_number_said_of_another_year_is_that_years(dummy):
    # c3-phugiao-nhcsxh-2018-5t (a 5-month report of 2018): the 2017 debt collected, and its rise
    text = ("Thu nợ trong năm 2017 đạt hơn 60 tỷ 610 triệu đồng, tăng hơn 13 tỷ đồng. Thu nợ 5 tháng đầu năm đạt hơn "
            "29 tỷ 430 triệu đồng, tăng hơn 3 tỷ đồng.")
    got = {c.text: (c.verdict, c.kind) for c in check_text(text, dummy, period="2018-5T").numbers}
    assert got["60 tỷ 610 triệu đồng"] == ("not_a_figure", "other-period")
    assert got["13 tỷ đồng"] == ("not_a_figure", "other-period")
    # this period's change is still said and flagged
    assert got["3 tỷ đồng"][0] != "not_a_figure"


# ---------------------------------------------------------------- aims that carry on without a cue

def test_a_sentence_after_one_of_aims_carries_the_aims_on(dummy):
    # c3-thoibinh-ccb-2019: the list opened by «phấn đấu», then a bare sentence of the same paragraph
    text = ("Nhiệm vụ trọng tâm 2020, Hội Cựu chiến binh huyện phấn đấu xây dựng đạt 100% chi hội cơ sở trong sạch vững "
            "mạnh, 35% trở lên đạt trong sạch xuất sắc; 98% đạt Hội viên cựu chiến binh gương mẫu, giảm nghèo 08 hộ. "
            "100% gia đình cán bộ hội viên thực hiện tốt phong trào xây dựng nông thôn mới.\n"
            "Qua bình xét cuối năm, Huyện hội xét tặng giấy khen cho 12 cá nhân và 24 tập thể.")
    got = {c.start: c.verdict for c in check_text(text, dummy, period="2019").numbers}
    assert got[text.index("100% gia đình")] == "not_a_figure"
    # c-vn-ntm-2016: «Về mục tiêu …, cả nước phấn đấu … chiếm 50%; …. Bình quân cả nước đạt 15 tiêu chí/xã, …»
    text = ("Về mục tiêu triển khai chương trình giai đoạn 2016-2020, cả nước phấn đấu đến năm 2020 số xã đạt tiêu chuẩn "
            "nông thôn mới chiếm 50%; khuyến khích mỗi tỉnh phấn đấu có ít nhất một huyện đạt chuẩn nông thôn mới. "
            "Bình quân cả nước đạt 15 tiêu chí/xã, cả nước không còn xã dưới năm tiêu chí.")
    got = verdicts(text, dummy, period="2016")
    assert got["15"] == "not_a_figure"


def test_a_sentence_that_reports_again_after_aims_is_checked(dummy):
    text = ("Huyện phấn đấu năm 2021 có thêm 5 xã đạt chuẩn nông thôn mới. Hiện Hội đã hỗ trợ 12 hộ vay vốn. "
            "Năm 2020 đã hỗ trợ 30 hộ.")
    got = verdicts(text, dummy, period="2020")
    assert got["5"] == "not_a_figure" and got["12"] == "unsupported" and got["30"] == "unsupported"
    text = "Huyện phấn đấu năm 2021 có thêm 5 xã đạt chuẩn nông thôn mới.\nHội hỗ trợ 12 hộ vay vốn."
    assert verdicts(text, dummy, period="2020")["12"] == "unsupported"


# ---------------------------------------------------------------- the working batch's kinds (holdout11 findings)

def test_a_file_name_joined_by_underscores_is_furniture(dummy):
    # a picture's name printed under it (the form the working batch showed; made-up name here)
    text = "Hội nghị tổng kết công tác năm.\n\n05_HoiNghiTongKet_20122019\n\nNăm 2019, Hội kết nạp 35 hội viên."
    got = verdicts(text, dummy)
    assert got["05_HoiNghiTongKet_20122019"] == "not_a_figure" and got["35"] == "unsupported"


def test_a_sentence_that_opens_on_a_whole_earlier_year_speaks_of_that_year(tmp_path):
    # a half-year report that first recalls the year before (made-up sentence in the working batch's form)
    figures = table(tmp_path, ["1,Nhà bị tốc mái,căn,43", "2,Thiệt hại tài sản,triệu đồng,200"])
    text = ("Năm 2015, trên địa bàn huyện xảy ra 4 đợt giông, làm tốc mái 9 căn nhà, thiệt hại khoảng 40 triệu đồng.\n\n"
            "6 tháng đầu năm 2016, trên địa bàn huyện có 5 đợt giông lốc làm tốc mái 43 căn nhà, thiệt hại trên 200 "
            "triệu đồng.")
    got = {c.start: (c.verdict, c.kind) for c in check_text(text, figures, period="2016-H1").numbers}
    assert got[text.index("9 căn")] == ("not_a_figure", "other-period")
    assert got[text.index("43 căn")][0] == "supported"
    # the same half of last year is what a Cùng kỳ column holds: a wrong value there stays an alarm
    text = "6 tháng đầu năm 2015, trên địa bàn huyện làm tốc mái 9 căn nhà."
    got = {c.text: c.verdict for c in check_text(text, figures, period="2016-H1").numbers}
    assert got["9"] == "unsupported"


def test_a_rise_written_as_a_multiple_with_its_base_unsaid(dummy):
    # the working batch's form (made-up amounts): «(tăng gấp hơn 3 lần)» after an amount is last period's multiple
    got = verdicts("Doanh nghiệp nộp ngân sách nhà nước gần 12,5 tỷ đồng (tăng gấp hơn 3 lần).", dummy)
    assert got["3"] == "unverified"
    # a multiple of something the sentence names is no change of the period
    assert verdicts("Mô hình cho thu nhập gấp 2 lần trồng lúa.", dummy)["2"] == "unsupported"


def test_a_share_of_a_part_written_with_tren_allows_the_parts_rounding(dummy):
    # the working batch's form (made-up counts): «trên 4.120» is 4.120–4.130 of 8.000, so 51,5–51,6%
    text = "Toàn huyện có 8.000 lượt hộ đăng ký, qua đó có trên 4.120 lượt hộ được công nhận (chiếm tỷ lệ 51,6%)."
    assert verdicts(text, dummy)["51,6%"] == "derived"
    # without the qualifier the share is the quotient's (51,5%), and a wrong one stays an alarm
    assert verdicts(text.replace("trên ", ""), dummy)["51,6%"] == "unsupported"
    assert verdicts(text.replace("51,6%", "53,6%"), dummy)["53,6%"] == "unsupported"


def test_a_share_of_a_whole_stated_nowhere_is_unverified(dummy):
    # the working batch's form (made-up amounts): the whole is named after the share, its value given nowhere
    text = "Dư nợ ủy thác qua các hội, đoàn thể là 1.520 tỷ đồng, chiếm 98,6% tổng dư nợ toàn chi nhánh."
    assert verdicts(text, dummy)["98,6%"] == "unverified"
    # a whole the text does state checks the share: a share that disagrees with it stays an alarm
    text = "Tổng dư nợ toàn chi nhánh đạt 1.800 tỷ đồng. " + text
    assert verdicts(text, dummy)["98,6%"] == "unsupported"
