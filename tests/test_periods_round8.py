"""Periods, round 8: wordings real texts use that were not read, or were read as the wrong period.

Each test quotes the text it comes from (evaluations/cases/heldout/<slug>/source.txt, or the private material's
sentences the lead quoted in the brief)."""

from __future__ import annotations

import unicodedata

import pytest

from index.parse import date_of, parse_report
from service.periods import Period, find_mentions, find_period, move_words, parse_period, wording


def report(tmp_path, text: str) -> str | None:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_report(p).period


# -- school years ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("Năm học 2018-2019, tỷ lệ trẻ 5 tuổi ra lớp đạt 100%", "2018-2019"),
    ("Năm học 2013 -2014, Sở GDĐT đã chỉ đạo các trường", "2013-2014"),
    ("Hội nghị tổng kết năm học 2022 - 2023 của ngành giáo dục", "2022-2023"),
    # m-songma-gd-2018
    ("Theo báo cáo của Phòng Giáo dục và Đào tạo huyện Sông Mã, năm học 2017-2018, toàn huyện có 78 đơn vị trường "
     "học và 1 trung tâm GDNN - GDTX", "2017-2018"),
])
def test_a_school_year_is_the_period_of_an_education_report(text, code):
    p = find_period(text)
    assert (p.code, p.kind, p.index) == (code, "term", 1)
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_school_year_named_in_passing_or_compared_with_is_not_the_period():
    # m-quangbinh-truongchuan-2017 (page of December 2017): "Riêng" names a part of the years reviewed
    text = ("(QBĐT) - Những năm qua, công tác xây dựng trường chuẩn quốc gia gắn với tiêu chí nông thôn mới. "
            "Riêng trong năm học 2016-2017, toàn tỉnh đã công nhận mới 40 trường")
    assert find_period(text, 2017, 12).code == "2017"
    # m-khanhhoa-pcgd-2023: the school year compared with
    men = find_mentions("chất lượng phổ cập giáo dục THCS trên địa bàn tỉnh đã được cải thiện so với năm học "
                        "2021-2022.")
    assert [(m.period.code, m.comparison) for m in men] == [("2021-2022", True)]


def test_a_school_year_keeps_its_words_when_moved():
    old, new = parse_period("2018-2019"), parse_period("2019-2020")
    assert move_words("năm học 2018-2019", old, new) == "năm học 2019-2020"
    assert wording("năm học 2018 - 2019", old) == "năm học 2018 - 2019"


# -- a target's horizon is a plan -----------------------------------------------------------------

def test_a_target_horizon_is_not_the_period():
    # a page dated 2014: the plan's horizon is no period reported, and no edition's plan either
    assert find_period("Kế hoạch Xoá mù chữ đến năm 2020", 2014, 5) is None
    men = find_mentions("Tỷ lệ biết chữ đạt 91,8% vào năm 2015, đến năm 2020 là 94%", 2014, 5)
    assert [(m.period.code, m.reported, m.target) for m in men] == [("2015", False, True), ("2020", False, True)]
    assert [m.target for m in find_mentions("phấn đấu đến năm 2025 có 100% xã đạt chuẩn")] == [True]
    # a year reached "by" that is not after the page's date is a fact, not a target
    assert find_period("Tỷ lệ hộ nghèo đến năm 2023 giảm xuống dưới 1,5%", 2024, 3).code == "2023"


def test_a_target_horizon_alone_gives_no_period(tmp_path):
    # the step back from a plan ("nhiệm vụ năm 2019" alone: 2018) is not taken from a horizon
    assert report(tmp_path, "Xoá mù chữ\n\nKế hoạch Xoá mù chữ đến năm 2020 được triển khai ở 15 xã.\n") is None


def test_what_a_meeting_sets_for_the_next_quarter_is_its_plan(tmp_path):
    # t-camau-hndxa-2022-q1: the quarter named is the next one's tasks; the meeting reviews the one before
    text = ("Hội Nông dân xã đã chủ động triển khai thực hiện các nhiệm vụ đến các chi hội, hội viên. Trong quý, kết "
            "nạp được 24 hội viên, nâng tổng số 1.529 hội viên.\n\nTại Hội nghị sơ kết Hội Nông dân xã đề ra 11 nội "
            "dung thực hiện trong quý II năm 2022, trọng tâm: tiếp tục đổi mới nội dung sinh hoạt Hội.\n")
    assert [m.plan for m in find_mentions(text)] == [True]
    assert report(tmp_path, text) == "2022-Q1"
    # "các chỉ tiêu đề ra" is what was set before: the period it is reached in is the one reported
    assert find_period("đạt và vượt 15/20 chỉ tiêu đề ra trong 6 tháng đầu năm 2023").code == "2023-H1"


# -- the year to date ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,date,code", [
    ("Từ đầu năm đến 10-2019, toàn tỉnh phát hiện 120 vụ", (None, None), "2019-10T"),
    ("Từ đầu năm 2019 đến hết tháng 10, toàn tỉnh phát hiện 120 vụ", (None, None), "2019-10T"),
    ("Lũy kế 10 tháng, thu ngân sách ước đạt 500 tỷ đồng, tăng 12% so với cùng kỳ năm 2018", (None, None), "2019-10T"),
    # n-thanhmien-khuyenhoc-2018, a page of 18/04/2018: "so với cuối năm 2017" is a comparison
    ("Quỹ Khuyến học các cấp ở huyện Thanh Miện tăng 300 triệu đồng so với cuối năm 2017, đạt 10,2 tỷ đồng. Từ đầu "
     "năm đến nay, Hội Khuyến học huyện đã phối hợp tổ chức khen thưởng", (2018, 4), "2018-Q1"),
    # s-bao-loc-ma-tuy-2021, a page of December: the year's own report
    ("Từ đầu năm 2021 đến nay, Công an thành phố đã phát hiện, bắt giữ 42 vụ", (2021, 12), "2021"),
    # r-ca-nuoc-pctt-2018: undated, the year it names so far
    ("Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra 12 loại hình thiên tai làm 23 người chết và mất tích",
     (None, None), "2019"),
    # s-tu-ky-ket-nap-dang-vien-2012-11t (page of 05/12/2012)
    ("Theo Ban Tổ chức Huyện ủy Tứ Kỳ, đến hết tháng 11, toàn huyện đã kết nạp được 192 đảng viên, vượt 47,7% kế "
     "hoạch năm, tăng 12,9% so với cùng kỳ năm 2011.", (2012, 12), "2012-11T"),
    # r-vinh-long-gdnn-2022-10t
    ("(VLO) Theo Sở Lao động - TB - XH, 10 tháng của năm 2022, toàn tỉnh đã tuyển sinh", (2022, 10), "2022-10T"),
])
def test_the_year_to_date(text, date, code):
    assert find_period(text, *date).code == code


def test_a_cumulative_period_moves_in_its_own_words():
    text = "Lũy kế 10 tháng, thu ngân sách ước đạt 500 tỷ đồng, tăng 12% so với cùng kỳ năm 2018"
    men = find_mentions(text)[0]
    assert men.rewrite(text, Period(2019, "ytd", 11)) == "Lũy kế 11 tháng"
    # m-quangnam-thue-2018-h1: with its year, the half itself ("6 tháng đầu năm 2018" moves to "6 tháng cuối năm")
    men = find_mentions("Lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng")[0]
    assert (men.recogniser, men.period.code) == ("half", "2018-H1")


def test_the_year_to_date_needs_a_date_when_it_says_nay():
    assert find_period("Từ đầu năm đến nay, Hội Khuyến học huyện đã phối hợp tổ chức khen thưởng") is None


@pytest.mark.parametrize("text,date,code", [
    # m-hatinh-bhxh-2022-q1: three months from January are the first quarter
    ("Trong 3 tháng đầu năm, tổng số thu BHXH, BHYT, BHTN trên địa bàn tỉnh Hà Tĩnh là 711,2 tỷ đồng",
     (2022, 5), "2022-Q1"),
    # g-damrong-dongxuan-2021: to the end of January is January
    ("Tính đến hết tháng 1 năm 2021, các địa phương trên địa bàn tỉnh đã gieo cấy", (None, None), "2021-01"),
])
def test_three_months_are_the_first_quarter_and_one_is_january(text, date, code):
    assert find_period(text, *date).code == code
    assert parse_period("2022-3T") == Period(2022, "quarter", 1)


# -- a congress's term ---------------------------------------------------------------------------

def test_a_congress_reviews_the_term_it_closes():
    # s-tien-phong-mttq-xa-2019-2024
    text = ("Ủy ban MTTQ Việt Nam xã Tiên Phong tổ chức Đại hội lần thứ X, nhiệm kỳ 2024 - 2029\n\nSáng ngày 26/3, Ủy "
            "ban MTTQ Việt Nam xã Tiên Phong  tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2024 - 2029.\n\nTrong nhiệm "
            "kỳ qua, Mặt trận xã Tiên Phong vận động Quỹ vì người nghèo với tổng kinh phí trên 162 triệu đồng")
    assert find_period(text).code == "2019-2024"
    # h-namson-lhpn-2016: "nhiệm kì", as it is also spelled
    assert find_period("Hội phụ nữ xã Nam Sơn cũng vừa tổ chức Đại hội đại biểu lần thứ XXI nhiệm kì 2016 – 2021. "
                       "Mặc dù là một xã miền núi khó khăn nhưng trong nhiệm kì qua, cán bộ, hội viên"
                       ).code == "2011-2016"


def test_a_congress_naming_only_the_new_term_reviews_the_one_before(tmp_path):
    # s-bo-trach-bao-tro-nkt-2012-2017
    text = ("Thứ hai, 07 Tháng 8 2017 14:51\n\nHuyện Bố Trạch hiện có gần 3.370 người khuyết tật. Trong nhiệm kỳ III, "
            "huyện Hội đã vận động được trên 2 tỷ đồng và trợ giúp được cho trên 1.200 lượt người.\n\nĐại hội huyện "
            "Hội Bố Trạch nhiệm kỳ 2017-2022 đã thảo luận và thống nhất các chương trình, hoạt động nhiệm kỳ mới.\n")
    assert report(tmp_path, text) == "2012-2017"
    # h-vanninh-lhpn-2016: the new term named again (the chair's term) is still the new one
    text = ("Ngày 27 và 28-7, Hội Liên hiệp Phụ nữ (LHPN) huyện Vạn Ninh tổ chức Đại hội đại biểu phụ nữ huyện Vạn "
            "Ninh lần thứ XII, nhiệm kỳ 2016 - 2021.\nQua 5 năm, có 1.348 hội viên phụ nữ thoát nghèo, đạt 29%.\n"
            "Bà Phan Thị Tuyết Nhung tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN huyện lần thứ XII, "
            "nhiệm kỳ 2016 - 2021.\n")
    assert report(tmp_path, text) == "2011-2016"


def test_the_term_a_congresss_resolution_set_is_under_way():
    # t-phutan-hnd-2020: "thực hiện Nghị quyết Đại hội ... nhiệm kỳ 2018 – 2023" is the current term, not a new one
    text = ("Nửa nhiệm kỳ qua, Ban Chấp hành Hội Nông dân từ huyện đến cơ sở đã quyết tâm chỉ đạo thực hiện Nghị "
            "quyết Đại hội Hội Nông dân huyện nhiệm kỳ 2018 – 2023 đạt được những kết quả đáng ghi nhận")
    assert [(m.period.code, m.plan) for m in find_mentions(text)] == [("2018-2023", False)]
    # a congress's own review of a term stated ("tổng kết nhiệm kỳ") is that term
    assert find_period("Đại hội tổng kết nhiệm kỳ 2018-2023, bầu Ban Chấp hành mới").code == "2018-2023"


# -- months written as words; a comparison with the month before ----------------------------------

def test_a_month_written_as_a_word():
    # t-cucpccc-2024-07: "so với tháng 6/2024" is the month before, of the same year
    text = ("Theo Cục Cảnh sát Phòng cháy, chữa cháy và Cứu nạn cứu hộ, trong tháng Bảy, toàn quốc xảy ra 305 vụ cháy, "
            "làm chết 19 người.\n\nSố vụ cháy trong tháng Bảy tăng 16 vụ so với tháng Sáu\n\nKết quả phân tích, đánh "
            "giá cho thấy so với tháng 6/2024 số vụ cháy tăng 16 vụ")
    assert find_period(text).code == "2024-07"
    assert [(m.period.code, m.comparison) for m in find_mentions(text)][2:] == [("2024-06", True), ("2024-06", True)]
    assert find_period("Trong tháng Giêng năm 2023, toàn tỉnh").code == "2023-01"
    assert find_period("Tháng Mười hai/2022, toàn tỉnh").code == "2022-12"
    # not a month: "3 tháng năm 2019" is three months; a date's month is a date
    assert find_period("3 tháng năm 2019").code == "2019-Q1"
    assert find_period("ngày 27 tháng Bảy năm 2023") is None


# -- a headline's period read with its lead --------------------------------------------------------

def test_a_headlines_period_without_its_year_takes_the_leads_year(tmp_path):
    # r-thai-binh-qltt-2017-q3: a page printed in 2024 of an article of 2017
    text = ("Thứ 2, 25/11/2024, 09:57[GMT+7]\n\nChi cục Quản lý thị trường: Quý III, thu nộp vào ngân sách nhà nước "
            "trên 522 triệu đồng\n\nThứ 5, 05/10/2017 | 08:35:20\n3,291 lượt xem\nTrong quý III/2017, Chi cục Quản lý "
            "thị trường (Sở Công Thương) đã kiểm tra 736 vụ, xử phạt, thu nộp vào ngân sách nhà nước trên 522 triệu "
            "đồng.\n")
    assert report(tmp_path, text) == "2017-Q3"


def test_a_headlines_year_in_passing_yields_to_the_period_the_lead_reviews(tmp_path):
    # n-ninhthuan-dskhhgd-2018-h1
    text = ("Họp mặt kỷ niệm Ngày Dân số Thế giới năm 2018\n\n(NTO) Ngày 11-7, Chi cục Dân số-KHHGĐ tỉnh tổ chức họp "
            "mặt kỷ niệm Ngày Dân số Thế giới năm 2018; sơ kết công tác dân số-KHHGĐ 6 tháng đầu năm và triển khai "
            "nhiệm vụ 6 tháng cuối năm 2018.\n\nTrong 6 tháng đầu năm, toàn tỉnh có 44.104 người mới sử dụng các "
            "biện pháp tránh thai hiện đại, đạt 94,3% kế hoạch.\n")
    assert report(tmp_path, text) == "2018-H1"
    # a headline reviewing its year keeps it: a month in the lead is an event's date (b-ba-ria-vung-tau-bien-phong)
    text = ("Tổng kết công tác Biên phòng năm 2019\n\nNgày 2/1, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức hội "
            "nghị tổng kết công tác Biên phòng năm 2019.\nLực lượng Biên phòng bắt giữ tàu cá BV 97979 TS do vận "
            "chuyển dầu DO trái phép vào tháng 5/2019.\n")
    assert report(tmp_path, text) == "2019"


# -- spans of years ------------------------------------------------------------------------------

def test_a_closed_span_of_years_is_no_year_of_its_own():
    # r-ba-ria-vung-tau-cchc-2015-2020: the span is what the figures cover, when nothing else is named
    text = ("Từ năm 2015-2020, UBND tỉnh đã ban hành 315 quyết định công bố 7.518 TTHC ở 3 cấp. Các chỉ số PAR INDEX, "
            "PCI, PAPI đều tăng hạng so với năm 2015")
    assert find_period(text).code == "2015-2020"
    # p-haiduong-giamngheo-2020: "từ năm 2016-2019" does not name 2016
    men = find_mentions("Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, từ năm 2016-2019, toàn tỉnh "
                        "đã có 36.798 hộ thoát nghèo")
    assert [m.period.code for m in men] == ["2016-2019"]
    # a term in passing: any period named wins over it
    assert find_period("Từ năm 2016 đến năm 2019, toàn tỉnh có 36.798 hộ thoát nghèo; trong năm 2019 có 8.000 hộ"
                       ).code == "2019"


# -- crop seasons --------------------------------------------------------------------------------

def test_a_crop_season_is_of_the_year_it_is_harvested_in():
    # g-phiabac-lua-2021
    text = ("Hiện các tỉnh Bắc Trung Bộ đã gieo cấy lúa Đông xuân 2020-2021 được khoảng 346 000 ha / 350 000 ha kế "
            "hoạch. Kế hoạch sản xuất lúa vụ Đông Xuân 2020-2021 tại các tỉnh phía Bắc là 1,088 triệu ha, giảm khoảng "
            "9 600 ha so với vụ Đông Xuân 2019-2020.")
    men = find_mentions(text)
    assert [(m.period.code, m.comparison) for m in men] == [("2021", False), ("2021", False), ("2020", True)]
    assert find_period(text).code == "2021"
    assert men[0].rewrite(text, Period(2022, "year")) == "lúa Đông xuân 2021-2022"
    # a-nhat-quang-hnd-2021-h1: a season named within a half is no year report
    assert find_period("Trong 6 tháng đầu năm 2021, vụ mùa 2021 tổng diện tích gieo cấy đạt 300 ha").code == "2021-H1"


# -- the page's date -----------------------------------------------------------------------------

def test_a_pages_date_is_the_articles_stamp_not_the_sites_clock(tmp_path):
    # b-hung-ha-tuyen-quan-2018 (Báo Thái Bình): the site's clock of the day it was read above the headline,
    # the article's stamp below it; a period without its year is of the article's year
    p = tmp_path / "page.txt"
    p.write_text("Thứ 7, 22/06/2024, 10:30[GMT+7]\n\nHưng Hà: Tổng kết công tác tuyển chọn, gọi công dân nhập ngũ\n\n"
                 "Thứ 5, 17/05/2018 | 14:49:49\n4,344 lượt xem\nTrong quý I, Hội đồng nghĩa vụ quân sự huyện Hưng Hà "
                 "đã bàn giao 370 tân binh cho các đơn vị nhận quân, đạt 100% chỉ tiêu được giao.\n", encoding="utf-8")
    r = parse_report(p)
    assert date_of(r.header, r.furniture) == (2018, 5, 17)
    assert r.period == "2018-Q1"
