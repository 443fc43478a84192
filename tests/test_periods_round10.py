"""Periods, round 10: wordings of the sweep pages (``/work/sweep/pages/<slug>.txt``, public pages of the genre the
service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from service.periods import find_mentions, find_period
from tests.test_periods_round9 import named, report    # a page's period as parse_report reads it; the periods named


# -- a headline's term read with its lead ---------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p10-thuthua-ccb-2017-2022: the headline names the term someone is re-elected for; the lead's congress opens it
    ("Ông Lê Văn Bảy tái cử chức Chủ tịch Hội Cựu Chiến binh huyện Thủ Thừa, nhiệm kỳ 2022 - 2027\n\n"
     "Trong 2 ngày 21 và 22/7, Hội Cựu chiến binh huyện Thủ Thừa tổ chức Đại hội đại biểu Hội Cựu Chiến binh huyện "
     "lần thứ VII, nhiệm kỳ 2022 - 2027.\n\nNhiệm kỳ qua, các cấp Hội Cựu Chiến binh trên địa bàn huyện tích cực "
     "tuyên truyền, vận động Cựu Chiến binh đoàn kết.", "2017-2022"),
    # p10-phuocvinh-ccb-2017-2022: a caption above the lead names the new committee's term
    ("Ban chấp hành Hội CCB thị trấn nhiệm kỳ 2022 – 2027 và đoàn đại biểu dự Đại hội Hội CCB huyện ra mắt Đại hội\n\n"
     "Trong 2 ngày 2 và 3-3, Hội Cựu chiến binh (CCB) Thị trấn Phước Vĩnh, huyện Phú Giáo tổ chức Đại hội Đại biểu "
     "lần thứ IX, nhiệm kỳ 2022 – 2027. Dự đại hội có 130 đại biểu đại diện cho 330 hội viên trong toàn hội.\n\n"
     "Trong nhiệm kì qua, Hội CCB thị trấn tiếp tục quán triệt, tuyên truyền, giáo dục hội viên.", "2017-2022"),
])
def test_a_headlines_term_a_congress_of_the_lead_opens_is_the_next_term(tmp_path, text, code):
    assert report(tmp_path, text) == code
    assert report(tmp_path, unicodedata.normalize("NFD", text)) == code


def test_a_headlines_bare_month_stays_unnamed_when_the_lead_dates_it(tmp_path):
    # p9-lucngan-ubnd-2018-h1 (round 9): the meeting's month in the headline is still no period of the report
    text = ("UBND huyện tổ chức phiên họp thường kỳ tháng 6\n\nNgày 24/5/2018, UBND huyện tổ chức phiên họp thường kỳ "
            "tháng 6 năm 2018 nhằm đánh giá và thảo luận tình hình 6 tháng đầu năm.\nTrong 6 tháng đầu năm 2018, "
            "tình hình kinh tế- xã hội của huyện có nhiều chuyển biến tích cực.")
    assert report(tmp_path, text) == "2018-H1"


# -- notation: halves in words, terms in brackets, years counted and named --------------------------------

def test_a_half_in_words():
    # t3-iip-congnghiep-2025-h1: the headline's "nửa đầu năm 2025"; its lead writes "nửa đầu 2025"
    assert find_period("Công nghiệp, xuất nhập khẩu tiếp tục khởi sắc nửa đầu năm 2025").code == "2025-H1"
    assert find_period("Công nghiệp và xuất nhập khẩu Việt Nam tiếp tục phục hồi mạnh mẽ nửa đầu 2025").code == "2025-H1"
    assert find_period("nửa cuối năm 2024 doanh thu tăng").code == "2024-H2"
    # the half of a month is no half of a year
    assert named("trong nửa đầu tháng 7/2024, lượng khách tăng") == [("2024-07", "tháng 7/2024")]


def test_a_term_in_brackets():
    # c7-chuse-dangvien-2020
    assert named("Trong nhiệm kỳ (2015-2020) huyện Chư Sê đã kết nạp được 1.500 đảng viên")[0][0] == "2015-2020"


def test_years_counted_and_named_are_the_span_reviewed():
    # c8-thuathienhue-vieclam-2010-2015
    text = ("Sau 5 năm (2010 – 2015), các địa phương, đơn vị, ban, ngành, đoàn thể chính trị xã hội trên địa bàn tỉnh đã "
            "xây dựng hơn 5.000 nhà ở tặng hộ nghèo")
    assert find_period(text).code == "2010-2015"
    assert find_period(unicodedata.normalize("NFD", text)).code == "2010-2015"
    # a count that is not the years named is no span of them
    assert find_period("Sau 3 năm (2016 – 2020), toàn xã có 2995 nông dân") is None


def test_a_baseline_may_say_that_it_went_down():
    # t3-dakto-daihoi-2015: "từ 27,% năm 2010 đã giảm xuống": 2010 is where the change starts, compared with
    men = find_mentions("Tỷ lệ hộ nghèo từ 27,% năm 2010 đã giảm xuống còn dưới 11,5% vào năm 2015, bình quân mỗi "
                        "năm giảm trên 3%")
    assert [(m.period.code, m.comparison) for m in men] == [("2010", True), ("2015", False)]


# -- a term reported, a term striven for ---------------------------------------------------------------

@pytest.mark.parametrize("text,date,code", [
    # t3-dienchau-daihoi-2020: the term opens its sentence; a year of it is named in passing after
    ("Trong nhiệm kỳ 2015 - 2020, Đảng bộ, chính quyền và nhân dân huyện Diễn Châu đã nỗ lực, cố gắng đạt được nhiều "
     "kết quả quan trọng. Tổng thu ngân sách năm 2020 ước đạt 407,029 tỷ đồng.", (2020, 7), "2015-2020"),
    # c7-chuse-dangvien-2020: in brackets, and "Những năm qua" before it
    ("Những năm qua, Đảng bộ huyện Chư Sê rất quan tâm đến công tác phát triển đảng viên mới.\n\nTrong nhiệm kỳ "
     "(2015-2020) huyện Chư Sê đã kết nạp được 1.500 đảng viên, tăng 1,2% so với nhiệm kỳ trước.", (2020, 6), "2015-2020"),
    # t3-dakto-daihoi-2015: the term whose targets were met, the baseline year and the year reached after it
    ("Đảng bộ huyện Đăk Tô đã lãnh đạo hoàn thành thắng lợi các chỉ tiêu kinh tế – xã hội, an ninh – quốc phòng trong "
     "nhiệm kỳ 2010 – 2015: Tốc độ tăng trưởng kinh tế hàng năm đạt 14,7%. Tỷ lệ hộ nghèo từ 27,% năm 2010 đã giảm "
     "xuống còn dưới 11,5% vào năm 2015.", (None, None), "2010-2015"),
])
def test_a_term_opening_its_sentence_or_whose_targets_were_met_is_reported(text, date, code):
    assert find_period(text, *date).code == code
    assert find_period(unicodedata.normalize("NFD", text), *date).code == code


@pytest.mark.parametrize("text", [
    # p10-tuyenquang-phunu-chitieu
    "Nhiệm kỳ 2016 - 2021, Hội LHPN tỉnh Tuyên Quang phấn đấu có hơn 90% số cán bộ, hội viên phụ nữ đăng ký thực hiện",
    # t3-chomoi-ccb-2022
    "Nhiệm kỳ 2022 – 2027, Hội CCB huyện đề ra các chỉ tiêu cụ thể: Phấn đấu hằng năm kết nạp 30 hội viên mới trở lên",
    # t3-honquan-ccb-2017
    "Nhiệm kỳ 2017-2022, hội phấn đấu xóa hết nhà tạm trong hội viên CCB",
])
def test_a_period_its_clause_strives_for_is_a_target(text):
    men = find_mentions(text)
    assert [m.target for m in men] == [True]
    assert find_period(text) is None      # a horizon only: no period reported


def test_targets_set_and_met_are_no_target():
    # the period reported "vượt chỉ tiêu đề ra" (c-style result wording) and a term reported with its results
    assert not find_mentions("6 tháng đầu năm 2023 thu ngân sách đạt 52% kế hoạch, vượt chỉ tiêu đề ra")[0].target
    assert not find_mentions("Nhiệm kỳ 2017 - 2022, Hội thực hiện có hiệu quả phong trào")[0].target


# -- targets only -----------------------------------------------------------------------------------------

def test_a_page_of_a_terms_targets_reports_no_period(tmp_path):
    # p10-nhuxuan-chitieu-2020-2025: the targets of the term, a price base, years after the page's own date
    text = (" date 2020-08 CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 I. Về kinh tế (11 chỉ tiêu) 1. Tốc độ tăng giá "
            "trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%. 2. Thu nhập bình quân đầu người/năm đến năm "
            "2025: 60 triệu đồng. 5. Giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản năm 2025 đạt 72 "
            "triệu đồng. 9. Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã).")
    assert report(tmp_path, text) is None
    assert [m.target for m in find_mentions("CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025")] == [True]
    # a term whose targets were met is no target
    assert not find_mentions("hoàn thành thắng lợi các chỉ tiêu trong nhiệm kỳ 2010 – 2015")[0].target


@pytest.mark.parametrize("text", [
    # c7-bariavungtau-grdp-2023-h1
    "tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí theo giá so sánh năm 2010 tăng 2,41% so với cùng kỳ năm trước",
    # c7-vn-grdp-tinh-2024-h1
    "Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 (theo giá so sánh 2010) ước đạt 26.891 tỷ đồng",
])
def test_a_price_base_names_no_period(text):
    assert "2010" not in [code for code, _ in named(text)]


def test_a_year_after_the_pages_date_is_a_target():
    # p10-nhuxuan-chitieu-2020-2025 (dated 2020-08): "năm 2025 đạt 50%" is what 2025 should reach
    men = find_mentions("Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã)", 2020, 8)
    assert [(m.period.code, m.target) for m in men] == [("2025", True)]
    assert not find_mentions("Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2020 đạt 50% (8 xã)", 2020, 8)[0].target


def test_a_congress_page_of_the_new_terms_targets_only_reports_no_period(tmp_path):
    # p10-tuyenquang-phunu-chitieu: the term the congress opens, and what it strives for in it
    text = ("Đó là mục tiêu Hội LHPN tỉnh Tuyên Quang đưa ra cho nhiệm kỳ tới tại Đại hội đại biểu Phụ nữ tỉnh Tuyên "
            "Quang lần thứ XV, nhiệm kỳ 2016 - 2021 diễn ra ngày 9-11.\n\nNhiệm kỳ 2016 - 2021, Hội LHPN tỉnh Tuyên Quang "
            "phấn đấu có hơn 90% số cán bộ, hội viên phụ nữ đăng ký thực hiện phong trào thi đua; tỷ lệ hộ hội viên "
            "nghèo giảm 3%/năm.")
    assert report(tmp_path, text) is None
    # t3-badinh-ccb-2017 (shape): results without the term's name still report the term before the one opened
    text = ("Ngày 22/3, Hội Cựu chiến binh phường Nguyễn Trung Trực tổ chức Đại hội Đại biểu Cựu chiến binh lần thứ VII, "
            "nhiệm kỳ 2017 - 2022.\n\nHội đã phát triển được 56 hội viên, vượt 258% chỉ tiêu giao; cấp thẻ BHYT cho 26 "
            "đồng chí.")
    assert report(tmp_path, text) == "2012-2017"


# -- a monthly release's columns ------------------------------------------------------------------------

def test_the_month_a_releases_year_so_far_runs_to_is_the_edition():
    # p10-hue-banle-bang-2023-10: the columns of a monthly table (last month's actual, this month's estimate, the sum)
    text = ("Thực hiện tháng 9 năm 2023\nƯớc tính tháng 10 năm 2023\nLũy kế thực hiện 10 tháng năm 2023\n"
            "Tháng 10/2023 so với cùng kỳ năm trước (%)\nĐơn vị tính : Tỷ đồng\nTổng số\n4736,0\n4671,4\n45896,9")
    assert find_period(text).code == "2023-10"
    assert find_period(unicodedata.normalize("NFD", text)).code == "2023-10"
    # c7-haiduong-congthuong-2022-08 (shape): the month reported is the one its year so far runs to already
    assert find_period("Kết quả sản xuất công nghiệp tháng 8/2022. Chỉ số sản xuất công nghiệp (IIP) tháng 8 ước tăng "
                       "1,3% so với tháng trước. Tính chung 8 tháng đầu năm, sản xuất công nghiệp ước tăng 14,3%"
                       ).code == "2022-08"


# -- an average over a span is a result of the span ---------------------------------------------------------

@pytest.mark.parametrize("text,date,code", [
    # p10-quychau-daihoi-2015-2020: the average before the span; a year of it named after
    ("Kinh tế tiếp tục tăng trưởng khá (bình quân giai đoạn 2015 - 2020 đạt 10,4%); cơ cấu kinh tế chuyển dịch đúng "
     "hướng.\n\nĐến năm 2020, thu ngân sách đạt khá, ước đạt 40 tỷ đồng.", (2020, 7), "2015-2020"),
    # t3-dienchau-daihoi-2020: the average after it
    ("Nổi bật, kinh tế tăng trưởng khá, tốc độ tăng giá trị sản xuất giai đoạn 2015 - 2020 ước tăng bình quân 10,16%. "
     "Tổng thu ngân sách năm 2020 ước đạt 407,029 tỷ đồng.", (2020, 7), "2015-2020"),
])
def test_an_average_over_a_span_of_years_is_a_result_of_it(text, date, code):
    assert find_period(text, *date).code == code


def test_an_average_a_span_strives_for_is_no_result():
    text = "Phấn đấu tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 8%. Năm 2020, GRDP tăng 6%."
    assert find_period(text, 2020, 12).code == "2020"


# -- a year naming an event's edition ----------------------------------------------------------------------

def test_a_year_naming_an_events_edition_is_no_year_reported():
    # c-hue-khuyenhoc-2025: prizes for an exam of 2025, and "nhiều năm qua" (many years), on a scholarship write-up
    text = ("Dịp này, Quỹ học bổng Khuyến tài Nguyễn Chí Thanh đã trao thưởng cho 3 học sinh đạt thành tích xuất sắc tại "
            "các kỳ thi Olympic quốc tế năm 2025. Các mạnh thường quân đồng hành cùng học sinh, sinh viên suốt nhiều năm "
            "qua.")
    assert find_period(text, 2025, 12) is None
    # tpl-quangninh-thangthanhnien-2022: the month of action's year yields to the dates it ran
    text = ("Sáng 14/4, Ban Thường vụ Tỉnh Đoàn Quảng Ninh tổ chức hội nghị tổng kết Tháng Thanh niên năm 2022. Tháng "
            "Thanh niên năm 2022 có chủ đề “Tuổi trẻ Quảng Ninh xây dựng tổ chức Đoàn vững mạnh”, diễn ra từ ngày 1/3 đến "
            "ngày 31/3/2022 đã tạo khí thế thi đua sôi nổi.")
    assert find_period(text).code == "2022-03"


def test_a_round_of_the_years_series_keeps_its_year():
    # c4-khoaichau-hienmau-2022 (round 9 sweep): "ngày hội hiến máu ... đợt 3 năm 2022", then the year's rounds summed
    text = ("Huyện Khoái Châu ngày hội hiến máu tình nguyện đợt 3 năm 2022. Sau 3 đợt tổ chức hiến máu tình nguyện, toàn "
            "huyện đã thu được 2.436 đơn vị máu đạt 135% tỉnh giao.")
    assert find_period(text).code == "2022"


def test_many_past_years_are_no_past_year():
    assert [m.recogniser for m in find_mentions("suốt nhiều năm qua, Hội đã trao 500 suất học bổng")] == []
    assert [m.recogniser for m in find_mentions("Năm qua, Hội đã trao 500 suất học bổng", 2025, 12)] == ["past-year"]


# -- the months gone by, without "trong" ---------------------------------------------------------------------

def test_months_gone_by_are_the_year_so_far():
    # p10-ndlqg-2023-10thang-2022 (dated 2022-11): "10 tháng qua", on a page announcing the next year's event
    text = ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) Đoàn Văn Việt thông báo 10 tháng qua Việt Nam đón được hơn "
            "2,1 triệu lượt khách du lịch quốc tế, 92 triệu lượt khách du lịch nội địa. Lượng tìm kiếm về Du lịch Việt "
            "Nam trong tháng 10 cao hơn 20% so với tháng 9.")
    assert find_period(text, 2022, 11).code == "2022-10T"
    # p10-brvt-xuatkhau-2022-07: the months gone by after the month reported
    assert named("đưa tổng kim ngạch xuất khẩu toàn tỉnh 7 tháng qua đạt hơn 4,78 tỷ USD", 2022, 8) == [
        ("2022-7T", "7 tháng qua")]
    # p10-binhthuan-ndlqg-bemac-2023: the months an event ran through are no year so far
    assert find_mentions("Xuyên suốt 9 tháng qua, Năm Du lịch quốc gia Bình Thuận 2023 đã diễn ra chuỗi hơn 200 sự "
                         "kiện") == []


@pytest.mark.parametrize("text,date,code", [
    # p10-brvt-xuatkhau-2022-9t: a figure of the months; the plan's year named after it lends its year
    ("Theo báo cáo của Sở Công thương, kim ngạch xuất khẩu trừ dầu thô toàn tỉnh 9 tháng đạt hơn 4,36 tỷ USD, tăng 11,73% "
     "so với cùng kỳ, vượt tốc độ tăng trưởng so với kế hoạch đề ra đầu năm 2022 là 8,42%.", (None, None), "2022-9T"),
    # p10-brvt-xuatkhau-2022-07 (shape): "kim ngạch xuất khẩu (trừ dầu thô) 7 tháng đạt hơn 3,26 tỷ USD"
    ("Trong đó, kim ngạch xuất khẩu (trừ dầu thô) 7 tháng đạt hơn 3,26 tỷ USD, tăng gần 12%.", (2022, 8), "2022-7T"),
])
def test_a_figure_of_the_months_is_the_year_so_far(text, date, code):
    assert find_period(text, *date).code == code


def test_a_duration_of_months_is_no_year_so_far():
    assert find_mentions("Sau 3 tháng triển khai có hơn 1 triệu thanh niên; sau 3 tháng đạt 500 công trình", 2017, 9) == []
