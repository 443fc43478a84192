"""Periods, round 9: wordings of the sweep pages (``/work/sweep/pages/<slug>.txt``, public pages of the genre the
service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period


def report(tmp_path, text: str) -> str | None:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_report(p).period


def named(text: str, *date) -> list[tuple[str, str]]:
    return [(m.period.code, text[m.start:m.end]) for m in find_mentions(text, *date)]


# -- the next edition's plan, in more words ------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p9-hoaian-ctd-2019: the headline names the plan's year, the lead the year reviewed
    ("Hội Chữ thập đỏ huyện triển khai thực hiện nhiệm vụ năm 2020\n\nSáng ngày 16.01, Hội Chữ thập huyện tổ chức "
     "Hội nghị tổng kết công tác Hội, phong trào Chữ Hập đỏ và công tác hiến máu tình nguyện năm 2019", "2019"),
    # p9-cangio-ktxh-2021-07: "công tác trọng tâm" of the next month is its plan
    ("Tình hình kinh tế - xã hội, ngân sách, quốc phòng - an ninh, tháng 7 và công tác trọng tâm tháng 8 năm 2021",
     "2021-07"),
    # p9-halang-ubnd-2018-07: "đề ra một số nhiệm vụ trọng tâm tháng 8"
    ("Tại hội nghị, đại diện lãnh đạo các cơ quan, ban, ngành, đoàn thể đã tập trung thảo luận, làm rõ kết quả đạt "
     "được trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh trong tháng 7 và đề ra một số nhiệm vụ trọng "
     "tâm tháng 8 năm 2018.", "2018-07"),
])
def test_the_next_editions_plan_in_more_words_is_not_the_period(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_movement_launched_for_next_year_is_a_plan():
    # c-hcm-ctd-2018: the 2019 campaign is launched, the 2018 one reported
    text = ("Sáng 22-11, Hội Chữ thập đỏ TPHCM tổ chức lễ kỷ niệm 72 năm ngày thành lập Hội Chữ thập đỏ Việt Nam "
            "(23-11-1946 – 23-11-2018) và phát động phong trào “Tết vì người nghèo và nạn nhân chất độc da cam - "
            "năm 2019”.\nNgoài ra, chương trình “Tết vì người nghèo và nạn nhân chất độc da cam - năm 2018” đã trao "
            "tặng 118.668 suất quà với tổng số tiền hơn 60 tỷ đồng.")
    assert [(m.period.code, m.plan) for m in find_mentions(text)] == [("2019", True), ("2018", False)]
    assert find_period(text).code == "2018"
    # a movement that was launched is no plan
    assert not find_mentions("phong trào được phát động năm 2018 đã thu hút 500 hội viên")[0].plan


def test_results_of_carrying_out_a_task_are_no_plan():
    # p9-botnmt-tongket-2016: "Báo cáo tình hình thực hiện nhiệm vụ công tác năm 2016, triển khai nhiệm vụ năm 2017"
    men = find_mentions("Báo cáo tình hình thực hiện nhiệm vụ công tác năm 2016, triển khai nhiệm vụ năm 2017")
    assert [(m.period.code, m.plan) for m in men] == [("2016", False), ("2017", True)]
    men = find_mentions("Báo cáo kết quả triển khai nhiệm vụ năm 2019")
    assert [(m.period.code, m.plan) for m in men] == [("2019", False)]


# -- a month named without its year --------------------------------------------------------------------

def test_a_month_without_its_year_takes_the_year_of_the_next_months_plan(tmp_path):
    # p9-halang-ubnd-2018-07: the meeting of July reports July; August is the plan
    text = ("Triển khai nhiệm vụ tháng 8/2018\n\nChiều ngày 3/8, UBND huyện Hạ Lang tổ chức hội nghị thường kỳ tháng 7, "
            "để đánh giá tình hình phát triển kinh tế - xã hội tháng 7, phương hướng nhiệm vụ tháng 8 năm 2018\n\n"
            "Trong tháng 7, UBND huyện đã chủ động thực hiện các nhiệm vụ phát triển kinh tế - xã hội. Tổng sản lượng "
            "lương thực ước đạt 7.834 tấn, đạt 97,4% kế hoạch.\n\nTại hội nghị, đại diện lãnh đạo các cơ quan đã tập "
            "trung thảo luận kết quả đạt được trong tháng 7 và đề ra một số nhiệm vụ trọng tâm tháng 8 năm 2018.")
    assert report(tmp_path, text) == "2018-07"


def test_a_month_opening_its_clause_before_the_year_so_far_is_a_monthly_report():
    # c-lamdong-lamluat-2022-10 (page of November 2022)
    text = ("Trong tháng 10, trên địa bàn tỉnh phát hiện 22 vụ vi phạm Luật Lâm nghiệp, giảm 16 vụ (tương đương 42%). "
            "Lũy kế 10 tháng, phát hiện 235 vụ vi phạm")
    assert find_period(text, 2022, 11).code == "2022-10"
    # c-lamdong-lamnghiep-2020-07 (page of August 2020)
    text = ("Theo cơ quan chức năng, tình hình vi phạm Luật Lâm nghiệp trong tháng 7 vừa qua được ghi nhận có tổng số "
            "vụ vi phạm 52 vụ. Lũy kế 7 tháng đầu năm, tổng diện tích rừng trồng được chăm sóc ước đạt 16.556,1 ha")
    assert find_period(text, 2020, 8).code == "2020-07"
    # the year so far named first stays the period (c-kongchro-ubnd-2023-9t): a month after it is a part of it
    text = ("9 tháng đầu năm nay, UBND huyện Kông Chro đã tập trung lãnh đạo. Trong tháng 9, huyện đã tổ chức 3 hội "
            "nghị")
    assert find_period(text, 2023, 9).code == "2023-9T"


def test_a_meetings_month_is_named_in_passing():
    # p9-lucngan-ubnd-2018-h1: the June meeting reviews the first half
    text = ("Ngày 24/5/2018, UBND huyện tổ chức phiên họp thường kỳ tháng 6 năm 2018 nhằm đánh giá và thảo luận một số "
            "nội dung liên quan đến vấn đề phát triển kinh tế- xã hội và sự điều hành của UBND huyện 6 tháng đầu năm.")
    assert [m.passing for m in find_mentions(text)] == [True, False]
    assert find_period(text).code == "2018-H1"
    # p9-halang-ubnd-2018-07
    men = find_mentions("UBND huyện Hạ Lang tổ chức hội nghị thường kỳ tháng 7, để đánh giá", 2018, 8)
    assert [(m.period.code, m.passing) for m in men] == [("2018-07", True)]


@pytest.mark.parametrize("text", [
    "Sáng ngày 3 tháng 7, hội nghị khai mạc",               # a date
    "mỗi suất 1 triệu đồng/tháng",                          # a rate (c-songcong-lhpn-2017)
    "Trong 6 tháng đầu năm 2019 Tòa án nhân dân huyện",     # a length (c-bachthong-toaan-2019-h1)
])
def test_a_bare_month_is_never_a_date_a_rate_or_a_length(text):
    assert all(m.recogniser != "month-bare" for m in find_mentions(text, 2019, 7))


def test_a_month_in_passing_does_not_outrank_the_year():
    # p9-hanoi-hnd-2012-h1 and p9-halang-ubnd-2018-07, one sentence each: a year reported, a month in passing
    text = ("Năm 2012, Hội Nông dân huyện chỉ đạo các cấp tiếp tục đẩy mạnh thực hiện. Huyện tiếp tục chỉ gieo cấy vụ "
            "hè thu vào tháng 7, tăng cường phòng trừ dịch bệnh hại cây trồng")
    assert find_period(text).code == "2012"


# -- the years a congress closes ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p9-camha-ctd-daihoi-2021
    ("Ngày 28.9, Hội Chữ Thập Đỏ xã Cẩm Hà đã tổ chức thành công Đại hội đại biểu lần thứ VI, nhiệm kỳ 2021-2026.\n\n"
     "5 năm qua, phong trào hoạt động nhân đạo xã hội của xã được giữ vững", "2016-2021"),
    # c-daidong-dangbo-2010: "Năm năm qua" is five years, not "năm qua"
    ("Trong 2 ngày 18 và 19 tháng 6 năm 2010, Đảng bộ xã Đại Đồng, huyện Tràng Định đã tổ chức Đại hội khóa XIX, "
     "nhiệm kỳ 2010 – 2015. Năm năm qua dưới sự lãnh đạo của Ban chấp hành Đảng bộ xã, Đại Đồng đã có những đổi thay",
     "2005-2010"),
    # tpl-hadong-hnd-daihoi-2025: a term cut short by a merger
    ("Chiều 20/10/2025, Hội Nông dân xã Hà Đông tổ chức Đại hội Đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.\n"
     "Trong ba năm qua, Hội Nông dân xã Hà Đông đã có nhiều đổi mới trong hoạt động.", "2022-2025"),
])
def test_years_past_at_a_congress_are_the_term_it_closes(text, code):
    assert find_period(text).code == code


def test_years_past_without_a_congress_name_no_period():
    # p9-davi-dangbo-2015-2020's sentence without its congress; "Những năm qua" stays the years up to the page's
    assert named("5 năm qua, Đảng bộ, chính quyền và nhân dân các dân tộc xã Đà Vị luôn nỗ lực phấn đấu") == []
    assert named("Những năm qua, các cấp Hội đã tích cực thi đua lập thành tích", 2012, 10) == [("2012", "năm qua")]


def test_an_election_is_for_the_term_to_come():
    # c-namcan-doan-2017
    text = ("Nhiệm kỳ qua, tuổi trẻ Năm Căn đã nhiệt tình, chịu khó, học hỏi, chủ động, sáng tạo trong công tác.\n"
            "Đại hội sẽ kết thúc vào chiều 27/4; nội dung quan trọng là bầu trực tiếp Bí thư Huyện Đoàn lần thứ XI, "
            "nhiệm kỳ 2017 – 2022, thông qua các nghị quyết quan trọng")
    assert find_period(text).code == "2012-2017"


# -- a baseline, a target, a comparison of the same part of a year -----------------------------------------

@pytest.mark.parametrize("text,baseline", [
    # c-hanoi-ntm-2014
    ("Như vậy, từ chỗ bình quân mỗi xã chỉ đạt 2 tiêu chí năm 2010, đến nay, mỗi xã đạt bình quân trên 15 tiêu chí.",
     "2010"),
    # c-daidong-dangbo-2010
    ("Không còn hộ đói; số hộ nghèo giảm từ 32,9% năm 2005 xuống còn 8,9% năm 2009.", "2005"),
    # c-hanoi-ntm-2014
    ("Tỷ lệ hộ nghèo khu vực nông thôn giảm từ 11,25% năm 2011 xuống còn 2,89%.", "2011"),
])
def test_the_year_a_change_starts_from_is_compared_with(text, baseline):
    men = find_mentions(text)
    assert [m.period.code for m in men if m.comparison] == [baseline]


def test_the_baseline_leaves_the_year_reported():
    # c-hanoi-ntm-2014
    text = ("Như vậy, từ chỗ bình quân mỗi xã chỉ đạt 2 tiêu chí năm 2010, đến nay, mỗi xã đạt bình quân trên 15 tiêu "
            "chí.\n\nRiêng năm 2014, có 71 xã đạt chuẩn NTM, tăng 11 xã so với mục tiêu kế hoạch.")
    assert find_period(text).code == "2014"


def test_a_year_of_the_term_a_congress_opens_reached_by_is_a_target():
    # p9-phubinh-daihoi-chitieu
    text = ("Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân thu "
            "nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; đạt xã nông thôn mới nâng cao vào cuối năm 2020")
    assert [(m.period.code, m.plan or m.target) for m in find_mentions(text)] == [
        ("2020-2025", True), ("2025", True), ("2020", True)]


def test_the_same_part_of_last_year_alone_names_no_period(tmp_path):
    # p9-cand-tngt-thangdau-2015: its headline (not in the excerpt) named the month
    text = ("So với cùng kỳ năm 2014 giảm 208 vụ (-8,74%), giảm 119 người chết (-13,22%), giảm 155 người bị thương "
            "(-7,04%).\n\nVề xử lý vi phạm, lực lượng CSGT đã xử lý 360.995 trường hợp vi phạm TTATGT.")
    assert report(tmp_path, text) is None
    # a year compared with ("so với năm 2017") still makes the year after (c-tanyen-dangvien-2018's wording)
    assert report(tmp_path, "Tỷ lệ đảng viên là phó thôn đạt trên 41%, tăng gần 1,6% so với năm 2017.") == "2018"


# -- dates that end a period ---------------------------------------------------------------------------

def test_to_the_last_day_of_a_month_is_the_year_so_far():
    # p9-chuprong-ngansach-2024-9t
    text = ("Theo báo cáo của UBND huyện, ước tính đến ngày 30-9, tổng diện tích gieo trồng toàn huyện là 77 ngàn ha."
            "\nTrong 3 tháng cuối năm, UBND huyện sẽ tập trung thực hiện nhằm đạt và vượt các chỉ tiêu của năm 2024.")
    assert find_period(text).code == "2024-9T"
    # p9-halang-ubnd-2018-07: a day that ends no month is no period
    assert named("Thu ngân sách ước thực hiện đến ngày 13/7 được trên 29 tỷ đồng", 2018, 8) == []
    # tpl-hamtan-mttq-2019's "tính đến hết năm 2019" is the year; "đến hết ngày 31/12/2019" too
    assert named("tính đến hết ngày 31/12/2019, hộ nghèo trên địa bàn huyện giảm xuống còn 659 hộ") == [
        ("2019", "tính đến hết ngày 31/12/2019")]


def test_a_date_range_whose_first_date_omits_its_year():
    # tpl-quangninh-thangthanhnien-2022
    text = "Tháng Thanh niên năm 2022 ... diễn ra từ ngày 1/3 đến ngày 31/3/2022 đã tạo khí thế thi đua sôi nổi"
    assert ("2022-03", "từ ngày 1/3 đến ngày 31/3/2022") in named(text)
    # the year before when the first month is later
    assert named("tính từ 15/12 tới 14/9/2023") == [("2023-9T", "từ 15/12 tới 14/9/2023")]


def test_a_quarter_in_the_older_spelling():
    # p9-vinhlong-thongke-2019-q1: "quí", as many agencies still write it
    assert find_period("Tình hình kinh tế xã hội quí I năm 2019").code == "2019-Q1"
    # p9-thaibinh-ktxh-2018-q1: the usual spelling, NFD or not
    text = "Tình hình kinh tế - xã hội quý I/2018"
    assert find_period(unicodedata.normalize("NFD", text)).code == "2018-Q1"
    # "quí" names no quarter without its number ("quí báu", "quí vị")
    assert named("những định hướng quí báu cho công tác Đoàn năm 2024") == [("2024", "năm 2024")]


def test_the_time_of_something_still_to_be_done_is_no_period(tmp_path):
    # p9-hoamy-chihoi-nongdan: a branch congress that names no term; the other branches' congresses are to come
    text = ("Trong nhiệm kỳ qua, được sự quan tâm chỉ đạo của Hội cấp trên Chi hội đạt được nhiều kết quả nổi bật; "
            "có 69 hộ được công nhận danh hiệu “Nông dân sản xuất kinh doanh giỏi” các cấp.\n\n"
            "Các Chi hội còn lại của xã sẽ dứt điểm trong tháng 10/2022 theo đúng như kế hoạch đề ra./.")
    assert [(m.period.code, m.target) for m in find_mentions(text)] == [("2022-10", True)]
    assert report(tmp_path, text) is None
    # p9-chuprong-ngansach-2024-9t: "sẽ" with the year the targets are of, not a time it is done at, stays the year
    men = find_mentions("Trong 3 tháng cuối năm, UBND huyện sẽ tập trung thực hiện quyết liệt, đồng bộ các nhiệm vụ, "
                        "giải pháp nhằm đạt và vượt các chỉ tiêu của năm 2024.")
    assert [(m.period.code, m.target) for m in men] == [("2024", False)]


def test_the_year_so_far_of_an_undated_text_takes_the_year_after_the_one_compared_with(tmp_path):
    # p9-vov-tngt-2019-11, its second paragraph alone (no page date)
    text = ("Như vậy, tính chung từ đầu năm đến nay, cả nước xảy ra 15.885 vụ tai nạn giao thông, làm chết 6.975 người "
            "và bị thương 12.144 người. So với cùng kỳ năm 2018, tình hình tai nạn giao thông giảm 3 tiêu chí về số vụ, "
            "số người chết và số người bị thương.")
    assert report(tmp_path, text) == "2019"
    # with the month it reports named first, the month (p9-vov-tngt-2019-11's first paragraph, its year left out
    # as c-lamdong-lamluat-2022-10 writes "Trong tháng 10,")
    month = "Trong tháng 11, toàn quốc xảy ra 1.634 vụ tai nạn giao thông, làm chết 657 người.\n\n"
    assert report(tmp_path, month + text) == "2019-11"
    # p9-binhthuan-lamluat-sofar: nothing lends a year: no period
    assert report(tmp_path, "Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu năm đến nay, lực lượng quản lý, "
                            "bảo vệ rừng toàn tỉnh đã phát hiện, ngăn chặn và lập hồ sơ xử lý 31 vụ vi phạm Luật Lâm "
                            "nghiệp.") is None


def test_up_to_the_start_of_a_month_is_the_year_so_far_through_the_month_before():
    # evaluations/cases/heldout/w-binh-phuoc-bhxh-2018-h1 (no sweep page writes it): "đến đầu tháng 7" is through June,
    # and "tháng 7 vừa qua" here ends the period, it is not the month reported
    text = ("Theo số liệu thống kê của Bảo hiểm xã hội tỉnh, tính đến đầu tháng 7 vừa qua, tổng số tham gia BHXH, BHYT, "
            "BHTN trong toàn tỉnh là 787.750 người. Độ bao phủ BHYT toàn dân là 81,8%; đạt 99,49 % chỉ tiêu BHYT toàn "
            "dân năm 2018")
    assert find_period(text).code == "2018-H1"
    assert named("tính đến đầu tháng 10 năm 2019, toàn huyện có 20 xã") == [("2019-9T", "tính đến đầu tháng 10 năm 2019")]
    # through a month, as before (the to-month wording, its year lent by the comparison)
    assert find_period("Tính đến hết tháng 9, toàn huyện giảm 659 hộ nghèo so với năm 2018").code == "2019-9T"


def test_a_span_of_years_under_review_is_the_period(tmp_path):
    # c3-chilang-ccb-2016-2021
    text = ("Chiều ngày 22/9/2021, Hội Cực chiến binh huyện Chi Lăng đã tổ chức Hội nghị tổng kết phong trào “Cựu chiến "
            "binh giúp nhau làm giảm nghèo, làm kinh tế giỏi” lần thứ V giai đoạn 2016 – 2021.\n\nTrong 5 năm qua, Hội đã "
            "mở được 6 lớp khuyến nông khuyến lâm cho trên 300 Hội viên.")
    assert report(tmp_path, text) == "2016-2021"
    # c-thachthanh-hnd-2023-h1: the half reported comes first; the span reviewed alongside it does not displace it
    text = ("Sáng ngày 5/7, Ban chấp hành Hội nông dân (HND) huyện đã tổ chức hội nghị sơ kết 6 tháng đầu năm, phương "
            "hướng nhiệm vụ 6 tháng cuối năm 2023 và tổng kết biểu dương phong trào nông dân thi đua sản xuất kinh "
            "doanh giỏi giai đoạn 2021 – 2023.")
    assert find_period(text).code == "2023-H1"
    # tpl-giabinh-ccb-2024: a review still to be held; p9-khunha-dangbo-2020-2025: a span named in passing
    assert report(tmp_path, "Làm tốt công tác chuẩn bị cho tổng kết phong trào thi đua “Cựu chiến binh gương mẫu giai "
                            "đoạn 2019 – 2024”. 100% các nghĩa trang liệt sỹ được quan tâm làm sạch.") is None
    assert named("tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)") == []


def test_a_documents_date_lends_no_year_to_the_period():
    # c3-thanhtra-191-cuoc: the half of an unstated year; the plan of the inspectorate is dated, the report is not
    text = ("6 tháng đầu năm, các cơ quan hành chính Nhà nước đã tiếp 1.141 lượt người, tăng 32 lượt người, bằng 103% so "
            "cùng kỳ năm trước.\nCơ quan chức năng đã giải quyết xong 2 vụ việc theo Kế hoạch số 1130/KH-TTCP ngày "
            "10/5/2012 của Thanh tra Chính phủ.")
    assert find_period(text) is None
    # c-doluong-hnd-2013-h1: the day of the conference is the text's own
    text = ("Sáng ngày 20/6/2013, Hội Nông Dân huyện Đô Lương đã tổ chức hội nghị. Trong 6 tháng đầu năm, các cấp hội "
            "nông dân trong toàn huyện đã nỗ lực thi đua")
    assert find_period(text).code == "2013-H1"


@pytest.mark.parametrize("text,code", [
    # c5-trungdong-hdnd-2020: the headline names the council's term, the lead the year reviewed
    ("Kỳ họp thứ 14 HĐND xã Trung Đồng nhiệm kỳ 2016 – 2021\nNgày 25/12/2020, HĐND xã Trung Đồng đã tổ chức kỳ họp thứ "
     "14 khoá XX nhiệm kỳ 2016 – 2020.\nBáo cáo kết quả thực hiện kế hoạch phát triển kinh tế xã hội, đảm bảo quốc "
     "phòng an ninh năm 2020 đánh giá, năm 2020 tiếp tục phát triển và đạt nhiều kết quả tích cực; đã gieo trồng cả "
     "năm đạt trên 1.580 ha.", "2020"),
    # c-dailoc-toaan-2023's caption as a headline over its lead
    ("Kỳ họp lần thứ 16 của HĐND huyện Đại Lộc khóa XII, nhiệm kỳ 2021 - 2026\n(QNO) - Trong năm 2023, TAND huyện Đại "
     "Lộc đã thụ lý 698 vụ, việc các loại.", "2023"),
])
def test_a_councils_term_in_the_headline_yields_to_the_year_the_lead_reports(tmp_path, text, code):
    assert report(tmp_path, text) == code
