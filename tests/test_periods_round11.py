"""Periods, round 11: wordings of the sweep pages (``evaluations/sweep/pages/<slug>.txt``, public pages of the genre
the service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from service.periods import find_period
from tests.test_periods_round9 import report    # a page's period as parse_report reads it


# -- a quarter's end: the quarter and the months so far ------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p11-nhandan-gdp-2023-9t: the quarter, then the months so far to its end; "quý I ..., quý II ..., quý III" a series
    ("Sáng 29/9, Tổng cục Thống kê tổ chức Họp báo công bố số liệu thống kê kinh tế-xã hội quý III và 9 tháng năm 2023."
     "\nTheo đó, tổng sản phẩm trong nước (GDP) quý III/2023 ước tính tăng 5,33% so với cùng kỳ năm trước, mặc dù chỉ "
     "cao hơn tốc độ tăng của cùng kỳ các năm 2020 và 2021 trong giai đoạn 2011-2023 nhưng đã có xu hướng tích cực so "
     "với các quý đầu năm (quý I tăng 3,28%, quý II tăng 4,05%, quý III tăng 5,33%).\nTính chung 9 tháng năm 2023, GDP "
     "tăng 4,24% so với cùng kỳ năm trước.", "2023-9T"),
    # t3-sggp-gdp-2023-9t (round 10)
    ("Sáng 29-9, Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) quý 3 ước tăng 5,33% so với cùng kỳ năm "
     "trước. Tính chung 9 tháng năm 2023, GDP tăng 4,24% so với cùng kỳ năm trước.", "2023-9T"),
    # p11-nghean-grdp-2024-9t: the meeting's month in passing; "so với Quý I và Quý II" no pair with the quarter reported
    ("Tốc độ tăng trưởng GRDP 9 tháng trên địa bàn tỉnh dự kiến đạt khoảng 7,5-8%\nBáo cáo tại phiên họp thường kỳ UBND "
     "tỉnh tháng 9 năm 2024, Giám đốc Sở Kế hoạch và Đầu tư Phạm Hồng Quang cho biết, tốc độ tăng trưởng tổng sản phẩm "
     "trên địa bàn tỉnh (GRDP) trong Quý III có sự chuyển biến tích cực và cao hơn so với Quý I và Quý II; dự kiến tốc "
     "độ tăng trưởng GRDP 9 tháng năm 2024 trên địa bàn tỉnh đạt khoảng 7,5-8%, riêng tăng trưởng GRDP Quý III ước đạt "
     "khoảng 8,5%.", "2024-9T"),
    # p10-plo-gdp-2013-q1 (round 10): the quarter's last month, then its quarter
    ("Trong tháng 3-2013, chỉ số sản xuất công nghiệp (IIP) tăng 31,9% so với tháng trước và tăng 5,6% so với cùng kỳ "
     "năm 2012. Tính chung, quý I-2013, IIP tăng 4,9% so với cùng kỳ.", "2013-Q1"),
    # p11-nld-gdp-2024-q1: likewise
    ("Trong tháng 3-2024, tổng kim ngạch xuất, nhập khẩu hàng hóa ước đạt 65,09 tỉ USD, tăng 35,6% so với tháng trước "
     "và tăng 12% so với cùng kỳ năm trước. Tính chung quý I/2024, tổng kim ngạch xuất, nhập khẩu hàng hóa đạt 178,04 "
     "tỉ USD, tăng 15,5% so với cùng kỳ năm trước.", "2024-Q1"),
])
def test_a_quarters_release_is_the_months_so_far_to_its_end(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_month_with_only_its_months_so_far_stays_the_monthly_release():
    # p11-bct-iip-2022-11, and round 9's c-lamdong-lamluat-2022-10: no quarter named, the month is the edition
    assert find_period("Báo cáo tình hình sản xuất công nghiệp, hoạt động thương mại tháng 11 và 11 tháng năm 2022 "
                       "của Bộ Công Thương cho thấy").code == "2022-11"
    assert find_period("Trong tháng 10, trên địa bàn tỉnh phát hiện 22 vụ vi phạm Luật Lâm nghiệp, giảm 16 vụ (tương "
                       "đương 42%). Lũy kế 10 tháng, phát hiện 235 vụ vi phạm", 2022, 11).code == "2022-10"


def test_a_report_and_its_next_half_are_still_a_pair():
    # round 9 (tests/test_periods.py): "sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023" is H1
    assert find_period("Báo cáo sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023").code == "2023-H1"


# -- a month and the months so far: the monthly release ----------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p11-thuonggia-iip-2022-10: the month only as "tháng này", its number that of the months so far
    ("So với cùng kỳ năm trước, trong tháng này chỉ số IIP tăng ở 61 địa phương và chỉ giảm ở 2 địa phương (Trà Vinh "
     "giảm 25%; Hà Tĩnh giảm 15,6%).\nTính chung 10 tháng năm 2022, IIP ước tăng 9% so với cùng kỳ năm trước (cùng kỳ "
     "năm 2021 tăng 3,8%).", "2022-10"),
    # p11-baomoi-iip-2016-10: a bare month in passing, then the months so far to it
    ("Theo công bố của Tổng cục Thống kê (TCTK), chỉ số sản xuất toàn ngành công nghiệp tháng 10 của cả nước ước tăng 7% "
     "so với cùng kỳ năm trước.\n\nTính chung 10 tháng năm 2016, chỉ số sản xuất toàn ngành công nghiệp tăng 7,2% so "
     "với cùng kỳ2015.", "2016-10"),
    # p11-thanhnien-xk-2020-05: "Tính hết tháng 5" (through its end, "đến" left out) after "Trong tháng 5"
    ("Trong tháng 5, theo Tổng cục Hải quan , xuất khẩu cả nước tăng 9,1% so với tháng 4, giá trị đạt 19,19 tỉ USD.\n\n"
     "Tính hết tháng 5, giá trị xuất khẩu của cả nước đạt 100,21 tỉ USD, giảm 0,9% so cùng kỳ năm trước. Sang Hàn Quốc "
     "đạt 2,11 tỉ USD, tăng 3,7% so với cùng kỳ năm 2019.", "2020-05"),
])
def test_a_month_before_its_months_so_far_is_the_monthly_release(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_this_month_takes_the_date_month_without_months_so_far():
    # "trong tháng này" with nothing else: the month of the page's date
    assert find_period("Về số doanh nghiệp thành lập, trong tháng này, cả nước có hơn 13.000 doanh nghiệp thành lập",
                       2022, 10).code == "2022-10"


def test_the_end_of_a_month_without_den_is_the_months_so_far():
    # p11-haiquan-xk-2024-5t: "hết tháng 5/2024" is through May, the page's five months (not May alone)
    assert find_period("Theo thống kê mới nhất của Tổng cục Hải quan, hết tháng 5/2024, cả nước có 6 tỉnh thành phố "
                       "gồm TP. Hồ Chí Minh, Bắc Ninh, Bình Dương và Thái Nguyên, Hải Phòng, Bắc Giang thu về kim "
                       "ngạch xuất khẩu trên 10 tỷ USD.").code == "2024-5T"


def test_a_month_opening_its_line_is_the_month_reported(tmp_path):
    # p11-plo-cpi-2007-09: the kicker "Tháng 9:" (its year only in what it is compared with), after a line ending
    # with a digit (the page's name: a day before a month is "25 tháng 9" on one line only)
    text = ("CPI 2007-09\nTháng 9: Chỉ số giá tiêu dùng tăng 0,51% Tổng cục Thống kê (TCTK) ngày 25.9 đã công bố chỉ số "
            "giá tiêu dùng (CPI) trong tháng 9 của 10 nhóm mặt hàng tăng 0,51% so với tháng trước, giảm 0,04% so với "
            "mức tăng 0,55% của tháng 8. Như vậy, tính từ đầu năm đến nay, CPI đã tăng tới 7,32% so với cuối tháng "
            "12.2006 và tăng 8,8% so với cùng kỳ năm 2006.")
    assert report(tmp_path, text) == "2007-09"
    assert find_period("Ngày 25 tháng 9, Tổng cục công bố số liệu năm 2007").code == "2007"


# -- the next year's plan: "triển khai công tác năm 2022" ----------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p11-gialai-vks-2021: the conference deploys next year's work; the lead reports the year before
    ("(GLO)- Sáng 12-1, Viện Kiểm sát nhân dân tỉnh Gia Lai tổ chức Hội nghị triển khai công tác năm 2022. Tham dự hội "
     "nghị có các đồng chí ...\n\nNăm 2021, ngành Kiểm sát nhân dân tỉnh đã thực hành quyền công tố, kiểm sát việc khởi "
     "tố 1.144 vụ/1.741 bị can (giảm 55 vụ và tăng 70 bị can so với năm 2020).", "2021"),
    # c8-vungtau-congan-2020 (round 10's page): "tổng kết công tác năm 2020 và triển khai công tác năm 2021"
    ("Vũng Tàu đã tổ chức hội nghị tổng kết công tác năm 2020 và triển khai công tác năm 2021", "2020"),
])
def test_deploying_the_work_of_a_year_is_its_plan(text, code):
    assert find_period(text).code == code


def test_the_results_of_deploying_the_work_are_no_plan():
    assert find_period("Kết quả triển khai công tác năm 2021 của ngành").code == "2021"


# -- a span of years set off as its clause's time ---------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p11-quangnam-vks-2016-2021: the span's totals; "năm 2016: 1.112 vụ" a year in passing
    ("Viện KSND tỉnh cho biết, giai đoạn 2016 – 2021, tình hình tội phạm trên địa bàn tỉnh ngày càng diễn biến phức "
     "tạp, có chiều hướng gia tăng.\n\nVì vậy, số lượng án Viện KSND hai cấp thụ lý tăng dần theo từng năm (năm 2016: "
     "1.112 vụ/1.418 bị can; năm 2020: 1.318 vụ/2.043 bị can). Toàn ngành đã thực hành quyền công tố và kiểm sát điều "
     "tra 5.185 vụ/7.275 bị can.", "2016-2021"),
    # held-out u-quang-ngai-hoi-lam-vuon-2015-2022: a congress's report over the years since the last one
    ("Theo báo cáo tại Đại hội, giai đoạn 2015 – 2022, Hội Làm vườn tỉnh đã tổ chức tập huấn kỹ thuật làm vườn theo "
     "Chương trình VIETGAP", "2015-2022"),
])
def test_a_span_set_off_as_its_clauses_time_is_the_span_reported(text, code):
    assert find_period(text).code == code


def test_a_span_naming_a_plan_is_none():
    # a span after a plan's name is the plan's, the year after it the one reported
    assert find_period("Thực hiện Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025, năm 2022 huyện đã "
                       "hoàn thành 15/18 chỉ tiêu").code == "2022"
    # a span its own clause strives for is a target
    assert find_period("Giai đoạn 2021-2025, huyện phấn đấu giảm tỷ lệ hộ nghèo bình quân 2%/năm") is None


# -- a congress page with its elections only ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # p11-songiang-hnd-baucu
    "Sáng ngày 20/3/2023. Hội Nông dân xã Sơn Giang đã lọng trọng tổ chức khai mạc đại hội đại biểu Hội Nông dân lần "
    "thứ XIII, nhiệm kỳ 2023-2028. Tham dự đại hội có 140 đại biểu. Đại hội đã bầu ra BCH hội khóa XIII gồm có 15 Đ/c. "
    "Đ/c Lê Vĩnh Đông - tái cử chức danh Chủ tịch, Đ/c Lâm Văn Von - tái cử Phó Chủ tịch.",
    # t3-twdoan-bch-2017 (round 10)
    "Đồng chí Lê Quốc Phong tái đắc cử Bí thư Thứ nhất Trung ương Đoàn khóa XI nhiệm kỳ 2017-2022 |\nVới tinh thần làm "
    "việc trách nhiệm, dân chủ, công khai, các đại biểu dự Đại hội Đoàn toàn quốc lần thứ XI đã bỏ phiếu trực tiếp bầu "
    "Ban Chấp hành (BCH) Trung ương Đoàn khóa XI với 151 đồng chí.\nTại Hội nghị lần thứ nhất BCH Trung ương Đoàn khóa XI "
    "diễn vào chiều tối ngày 12/12, đồng chí Lê Quốc Phong đã tái đắc cử Bí thư Thứ nhất Trung ương Đoàn khóa XI nhiệm kỳ "
    "2017-2022.",
    # p11-thongnhat-truongson-baucu: a first congress
    "Hội truyền thống Trường Sơn - đường Hồ Chí Minh xã Thống Nhất,  vừa tổ chức thành công Đại hội khóa I, nhiệm kỳ "
    "2022 – 2027. \n\n58 đại biểu là hội viên Hội truyền thống Trường Sơn - đường Hồ Chí Minh tham dự đại hội.\n\nĐại hội "
    "đã tín nhiệm bầu 05 đồng chí vào Ban chấp hành khóa mới.",
])
def test_a_congress_page_with_its_elections_only_reads_no_period(tmp_path, text):
    assert report(tmp_path, text) is None


@pytest.mark.parametrize("text,code", [
    # t3-thuanbac-phunu-2021 (round 10): a count of what was done, beside the delegates
    ("Ngày 30-9, Hội Liên hiệp Phụ nữ (LHPN) huyện Thuận Bắc tổ chức Đại hội lần thứ IV, nhiệm kỳ 2021-2026 bằng hình "
     "thức trực tuyến. Tham dự có 85 đại biểu đại diện cho 8.853 hội viên phụ nữ trên địa bàn huyện.\n\nNăm 5 qua, phong "
     "trào phụ nữ ở huyện Thuận Bắc có nhiều chuyển biến tích cực. Hoạt động hỗ trợ phụ nữ phát triển kinh tế ngày càng "
     "đa dạng; công tác đào tạo nghề, giới thiệu việc được đẩy mạnh, giúp cho 1.015 hộ vươn lên thoát nghèo.",
     "2016-2021"),
    # held-out s-bo-trach-bao-tro-nkt-2012-2017
    ("Thứ hai, 07 Tháng 8 2017 14:51\n\nHuyện Bố Trạch hiện có gần 3.370 người khuyết tật, trẻ mồ côi, trẻ em có hoàn "
     "cảnh khó khăn. Trong nhiệm kỳ III, huyện Hội đã vận động được trên 2 tỷ đồng và trợ giúp được cho trên 1.200 lượt "
     "người.\n\nĐại hội huyện Hội Bố Trạch nhiệm kỳ 2017-2022 đã thảo luận và thống nhất các chương trình, hoạt động "
     "nhiệm kỳ mới và bầu ra Ban chấp hành khóa mới với 14 ủy viên.", "2012-2017"),
])
def test_a_congress_page_counting_what_was_done_reports_the_term_before(tmp_path, text, code):
    assert report(tmp_path, text) == code


# -- /work/holdout13 (the lead's fresh batch) -----------------------------------------------------------------

def test_the_month_so_far_is_no_baseline():
    # holdout13 thanh-hoa-none-trung-tam-dvvl-2022-07: "Từ đầu tháng 7/2022 đến nay" is July so far (it was read as the
    # start of a change, a comparison, and the year after it guessed)
    assert find_period("(Thanhhoa.dcs.vn): Từ đầu tháng 7/2022 đến nay, Trung tâm Dịch vụ việc làm tỉnh (thuộc Sở Lao "
                       "động - Thương binh và Xã hội) đã tổ chức 07 phiên giao dịch việc làm").code == "2022-07"
    assert find_period("Từ đầu tháng 7 đến nay, toàn huyện đã tổ chức 3 phiên", 2022, 7).code == "2022-07"


def test_a_year_on_a_page_whose_font_lost_its_accents(tmp_path):
    # holdout13 toan-quoc-none-bao-ve-thuc-vat-2013: every accented letter dropped ("năm" is "nm", "ngày" "ngy")
    text = ("CC BO V THC VT\n\nCNG HO X HI CH NGHA VIT NAM\n\nc lp - T do - Hnh Phc\nH Ni, ngy 20 thng 12 nm 2013\n\n"
            "BO CO\nCNG TC BO V THC VT NM 2013; PHNG HNG\nNHIM V NM 2014\nPhn th nht\n"
            "Nm 2013, ngnh BVTV phi i mt vi thin tai lin tip xy ra v din\nbin phc tp.\n"
            "Tng din tch nhim 719.554,35 ha (gim 5% so vi nm 2012)")
    assert report(tmp_path, text) == "2013"
    assert find_period("Việt Nam 2013") is None      # a name ending in "Nam" is no year


# -- found by the 9 pages gathered after the fixes --------------------------------------------------------------

def test_a_congress_opens_the_latest_term_it_names(tmp_path):
    # p11-thainguyen-ctd-2016-2021: the term reviewed, named near "Đại hội" before the term it opens
    text = ("Khai mạc Đại hội đại biểu Hội chữ thập đỏ Việt Nam, tỉnh Thái Nguyên lần thứ IX\n\nTại Phiên thứ nhất, Đại hội "
            "đã tiến hành bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu; Thông qua chương trình làm việc, "
            "quy chế làm việc của Đại hội; Báo cáo kết quả Thẩm tra tư cách Đại biểu dự Đại hội, công tác Hội và phong "
            "trào Chữ thập đỏ nhiệm kỳ 2016 - 2021, phương hướng nhiệm vụ nhiệm kì 2022 - 2027 và Báo cáo kiểm điểm của "
            "BCH Hội nhiệm kì 2016 - 2021. Đại hội đã bầu 35 đồng chí vào Ban Chấp hành Hội CTĐ tỉnh Thái Nguyên nhiệm kỳ "
            "2022-2027./.")
    assert report(tmp_path, text) == "2016-2021"


def test_a_stock_at_the_congress_is_nothing_done(tmp_path):
    # p11-nct-daihoi-baucu: elections, the photo's number and the members today
    text = ("Đỗ Bình\n\nBa Pham Thi Hai Chuyen duoc bau lam Chu tich Hoi Nguoi cao tuoi Viet Nam - Anh 1\n\n(Cadn.com.vn) - "
            "Ngày 9-11, Đại hội đại biểu toàn quốc lần thứ V, Hội Người cao tuổi Việt Nam đã khai mạc trọng thể tại Thủ "
            "đô Hà Nội. Đại hội đã bầu Ban Chấp hành Trung ương Hội khóa V gồm 98 ủy viên. Bà Phạm Thị Hải Chuyền, nguyên "
            "Bộ trưởng Bộ LĐ-TB&XH được bầu làm Chủ tịch Hội Người cao tuổi Việt Nam nhiệm kỳ 2016-2021. Hiện Hội Người "
            "cao tuổi Việt Nam có hơn 8,6 triệu hội viên.")
    assert report(tmp_path, text) is None


def test_a_headlines_quarter_whose_lead_reports_the_months_so_far(tmp_path):
    # held-out q-nui-thanh-nhcsxh-2022-9t: the headline's quarter (its year from the next quarter's plan), the lead's
    # months so far to its end: the quarter's release is the nine months
    text = ("Đánh giá kết quả thực hiện nhiệm vụ quý III và triển khai nhiệm vụ quý IV năm 2022\n\n(QNO) - Ban đại diện "
            "HĐQT Ngân hàng Chính sách xã hội huyện Núi Thành vừa tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quý "
            "III và triển khai nhiệm vụ quý IV năm 2022.\n\nTính đến cuối tháng 9, tổng nguồn vốn hoạt động Ngân hàng Chính "
            "sách xã hội huyện Núi Thành đạt 531,4 tỷ đồng, tăng 65,5 tỷ đồng so với đầu năm.")
    assert report(tmp_path, text) == "2022-9T"
    # a headline's quarter whose lead names no months so far stays the quarter (p11-uar-ubnd-2022-q1)
    assert report(tmp_path, "Xã Uar tổ chức Hội nghị sơ kết Quý I, triển khai nhiệm vụ trọng tâm quý II năm 2022\n\n"
                            "Trong Quý I năm 2022, tổng diện tích gieo trồng vụ Đông Xuân năm 2022 là hơn 516 ha.") \
        == "2022-Q1"


@pytest.mark.parametrize("text,code", [
    # held-out zz-vinh-long-hoi-sinh-vien-2021-2022: an award's name, "Sao tháng Giêng", is no January
    ("(VLO) Năm học 2021- 2022, phong trào “Sinh viên 5 tốt” được hội sinh viên các cấp trong tỉnh tiếp tục đẩy mạnh "
     "triển khai thực hiện.\n\nKết quả, đã tuyên dương trên 1.210 “Sinh viên 5 tốt” cấp trường, 120 “Sinh viên 5 tốt” cấp "
     "tỉnh và có 2 sinh viên đạt danh hiệu “Sao tháng Giêng” cấp Trung ương.", "2021-2022"),
    # held-out y-quang-tri-giai-thuong-vhnt-2017: a song's name, "Hoa tháng Tư", is no April
    ("Giải thưởng Văn học nghệ thuật năm 2017, gồm các tác phẩm: Ảnh nghệ thuật “Tình quân dân” của Trịnh Hoàng Tân, ca "
     "khúc “Hoa tháng Tư” của Thanh Ngọc", "2017"),
])
def test_a_month_inside_quotation_marks_is_a_name(text, code):
    assert find_period(text).code == code
    assert find_period('Trong tháng Tư, toàn tỉnh có 12 vụ "cháy rừng" năm 2017').code == "2017-04"


def test_this_month_stays_this_month_when_a_text_moves_on():
    from service.calendar_facts import shift_calendar
    from service.periods import Period, names_period
    text = "Trong tháng này, cả nước có hơn 13.000 doanh nghiệp thành lập. Tính chung 10 tháng năm 2022, IIP tăng 9%."
    moved = shift_calendar(text, Period(2022, "month", 10), Period(2022, "month", 11))
    assert moved.startswith("Trong tháng này, cả nước")      # not rewritten to "tháng 11 năm 2022"
    assert not names_period("Báo cáo tình hình tháng này")
