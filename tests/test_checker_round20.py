"""The checker on comparisons, averages and aims: the twentieth sweep of fresh pages (issue 13, round 20, set ``c14-``).

Each rule is tested on sentences of the sweep pages that asked for it (``evaluations/sweep/pages/<slug>.txt``, the slug
named by each quote), against the one-row table that holds none of a page's figures and, for the derivations, against a
small table built by hand as the agency keeps the period (``Kỳ báo cáo``, ``Cùng kỳ năm trước``, ``Kế hoạch``): right
as written the derived statement is derived (or unproved), and changed by one last digit it is flagged.
"""

from __future__ import annotations

from service.checker import check_text
from service.checker.recognisers import forecasts, plans
from service.checker.recognisers.changes import adverbed
from service.periods import Period
from tests.sweep_tables import FULL, flagged, table
from tests.sweep_tables import verdict_of as verdicts


# c14-vn-xuatkhau-2021-9t
EXPORTS = ("Số liệu từ Tổng cục Thống kê cho thấy, do ảnh hưởng của dịch Covid-19, nên hoạt động xuất nhập khẩu trong "
           "tháng 9 giảm nhẹ 2% so với tháng 8. Trong đó, ước tính tháng 9/2021, kim ngạch xuất khẩu hàng hóa đạt 27 tỷ "
           "USD, chỉ giảm 0,8% so với tháng trước và giảm 0,6% so với cùng kỳ năm trước. Song, kim ngạch xuất khẩu quý "
           "III/2021 ước tính đạt xấp xỉ 83,4 tỷ USD, vẫn tăng 5,2% so với cùng kỳ\n\nnăm trước và tăng 7,2% so với quý "
           "II năm nay (tăng 7% so với quý I). Tính chung 9 tháng năm 2021, kim ngạch xuất khẩu hàng hóa ước tính đạt "
           "trên 240 tỷ USD, tăng 18,8% so với cùng kỳ năm trước. Đáng chú ý, khu vực có vốn đầu tư nước ngoài (kể cả "
           "dầu thô) đạt 177,8 tỷ USD, vẫn tăng rất cao là 22,8%, chiếm 73,9% tổng kim ngạch xuất khẩu. Khu vực kinh tế "
           "trong nước chỉ đạt 62,72 tỷ USD, tăng 8,5%, chiếm 26,1% tổng kim ngạch xuất khẩu.")
EXPORTS_TABLE = ["X-01,Kim ngạch xuất khẩu hàng hóa,tỷ USD,\"240,52\",\"202,46\",",
                 "X-02,Xuất khẩu khu vực có vốn đầu tư nước ngoài (kể cả dầu thô),tỷ USD,\"177,8\",\"144,79\",",
                 "X-03,Xuất khẩu khu vực kinh tế trong nước,tỷ USD,\"62,72\",\"57,81\",",
                 "X-04,Kim ngạch xuất khẩu hàng hóa tháng 9,tỷ USD,27,\"27,16\",",
                 "X-05,Kim ngạch xuất khẩu quý III,tỷ USD,\"83,4\",\"79,28\","]


# ---------------------------------------------------------------- 1. a change with an adverb of degree

def test_a_rate_after_the_verb_and_an_adverb_is_a_change(dummy):
    # c14-vn-xuatkhau-2021-9t: "giảm nhẹ 2%", "vẫn tăng rất cao là 22,8%"
    got = verdicts(EXPORTS, dummy)
    assert got["2%"] == got["22,8%"] == "unverified"
    assert flagged(got["177,8 tỷ USD"])          # the amount stays the period's figure
    # c9-vn-xuatnhapkhau-2018-q1, p10-quangtri-banle-2024-10: the same grammar on other pages
    text = "nhóm hàng cần kiểm soát cũng đạt khoảng 3,47 tỷ USD, tăng cao ở mức 19,6%"
    assert adverbed(text, text.index("19,6")) == "tăng"
    text = "09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá, đặc biệt doanh thu nhóm hàng ô tô các loại tăng cao 14,6%"
    assert adverbed(text, text.index("14,6")) == "tăng"
    # not an adverb: a name between the verb and the rate, or a plain verb (read elsewhere)
    text = "tăng cao nhất là Bắc Ninh 17,8%"
    assert adverbed(text, text.index("17,8")) is None


def test_an_adverbed_change_is_derived_from_last_year_and_a_wrong_one_caught(tmp_path):
    figures = table(tmp_path, EXPORTS_TABLE, header=FULL)
    got = verdicts(EXPORTS, figures)
    assert got["22,8%"] == "derived"
    assert flagged(verdicts(EXPORTS.replace("22,8%", "22,9%"), figures)["22,9%"])


# ---------------------------------------------------------------- 2. a change on another month or quarter

def test_a_change_on_another_month_or_quarter_is_unproved_not_wrong(tmp_path):
    # c14-vn-xuatkhau-2021-9t (a report of nine months): no column holds August or the second quarter; before, the
    # rates were compared with the nine months' change on last year and flagged
    figures = table(tmp_path, EXPORTS_TABLE, header=FULL)
    got = verdicts(EXPORTS, figures)
    assert got["2%"] == got["7,2%"] == got["7%"] == "unverified"
    assert got["0,6%"] == got["5,2%"] == got["18,8%"] == "derived"   # changes on last year stay checked
    assert flagged(verdicts(EXPORTS.replace("18,8%", "18,9%"), figures)["18,9%"])


def test_the_same_month_last_year_stays_the_tables_comparison(tmp_path):
    # a monthly report naming its own month of last year: the "Cùng kỳ năm trước" column, checked
    figures = table(tmp_path, ["X-01,Kim ngạch xuất khẩu hàng hóa tháng 9,tỷ USD,27,25,"], header=FULL)
    text = "Tháng 9/2021, kim ngạch xuất khẩu hàng hóa đạt 27 tỷ USD, tăng 8% so với tháng 9/2020."
    assert verdicts(text, figures, period="2021-09")["8%"] == "derived"
    assert flagged(verdicts(text.replace("8%", "9%"), figures, period="2021-09")["9%"])


# ---------------------------------------------------------------- 3. a share of a whole written with "trên"

def test_a_share_of_a_whole_stated_with_a_qualifier_fits_its_interval(dummy):
    # c14-vn-xuatkhau-2021-9t: "đạt trên 240 tỷ USD" … "đạt 177,8 tỷ USD, …, chiếm 73,9% tổng kim ngạch": 177,8/240 =
    # 74,08%, but the whole is over 240 (177,8 + 62,72 = 240,52: 73,92%)
    got = verdicts(EXPORTS, dummy)
    assert got["73,9%"] == got["26,1%"] == "derived"
    assert flagged(verdicts(EXPORTS.replace("73,9%", "72,9%"), dummy)["72,9%"])   # outside 177,8/241–177,8/240
    assert flagged(verdicts(EXPORTS.replace("73,9%", "75,1%"), dummy)["75,1%"])


# ---------------------------------------------------------------- 4. averages per household, multiples of another unit

KSMS = ("Nhân khẩu bình quân 1 hộ (quy mô h) chung cả nước năm 2018 là 3,70 người, giảm dần trong 12 năm qua, từ "
        "2006-2018. Theo KSMS 2018, nhân khẩu bình quân 1 hộ nhóm hộ nghèo nht (nhóm 1) là 4,0 người, cao gấp hơn 1,2 "
        "lần so với nhóm hộ giàu nht (nhóm 5).")


def test_the_one_household_an_average_is_per_is_no_figure(dummy):
    # c14-vn-ksms-2018; c12-vn-thunhap-2024's "bình quân 1 người 1 tháng" (round 18) reads the same
    got = {(c.text, c.start): c.verdict for c in check_text(KSMS, dummy).numbers}
    ones = [v for (t, _), v in got.items() if t == "1"]
    assert ones and all(v == "not_a_figure" for v in ones)
    assert flagged(got[("3,70", KSMS.index("3,70"))]) and flagged(got[("4,0", KSMS.index("4,0"))])
    text = "Thu nhập bình quân 1 người 1 tháng năm 2024 theo giá hiện hành đạt 5,4 triệu đồng."
    assert verdicts(text, dummy)["1"] == "not_a_figure"


def test_a_multiple_of_another_units_unstated_value_is_unproved(dummy):
    # c14-vn-ksms-2018: "cao gấp hơn 1,2 lần so với nhóm hộ giàu nht" (the rich group's size is not stated); the same
    # page's "cao hơn 1,8 lần so với nhóm hộ giàu nhất" was already unverified
    assert verdicts(KSMS, dummy)["1,2"] == "unverified"
    # c12-vn-thunhap-2024 (round 18): both values stated, the multiple is derived and a wrong one stays flagged
    text = ("Thu nhập bình quân 1 người 1 tháng năm 2024 ở khu vực thành thị đạt 6,9 triệu đồng (tăng 8,0%), gấp hơn "
            "1,5 lần khu vực nông thôn đạt 4,5 triệu đồng.")
    assert verdicts(text, dummy)["1,5"] == "derived"
    assert flagged(verdicts(text.replace("1,5 lần", "2,5 lần"), dummy)["2,5"])


# ---------------------------------------------------------------- 5. an amount's share of an unsaid plan

ALUOI = ("Nhờ được sự lãnh đạo của cấp ủy Đảng, … kiểm soát tốt tình hình dịch bệnh Covid-19; thu ngân sách trên địa bàn "
         "đạt 76,75%; tổng vốn đầu tư toàn xã hội đạt 76,47%; tỷ lệ che phủ rừng đạt 57,6%.")
TINHBIEN = ("Chỉ tiêu số lao động được giải quyết việc làm 5.593 lao động, đạt 124,1%; Quỹ đền ơn đáp nghĩa huy động được "
            "trên 700 triệu đồng, đạt 130,45% so với chỉ tiêu đề ra; Giá trị sản xuất nông, lâm, thủy sản đạt tỷ lệ 105%, "
            "với 2.569 tỷ đồng; Giá trị sản xuất công nghiệp thực hiện được trên 179 tỷ đồng, đạt tỷ lệ 104,77% v.v.")


def test_an_amount_reaching_a_percentage_is_its_plans_share(dummy):
    # c14-aluoi-2021-h1 (the rate "tỷ lệ che phủ rừng đạt 57,6%" added: a level, it stays flagged)
    got = verdicts(ALUOI, dummy)
    assert got["76,75%"] == got["76,47%"] == "unverified"
    assert flagged(got["57,6%"])
    # c14-tinhbien-thidua-2018-9t: "đạt tỷ lệ 105%, với 2.569 tỷ đồng"
    assert verdicts(TINHBIEN, dummy)["105%"] == "unverified"
    # c14-ninhthuan-huyen-2022-h1
    assert verdicts("Toàn huyện đã giải ngân vốn đầu tư công đạt 68,15%.", dummy)["68,15%"] == "unverified"
    # c3-phugiao-nhcsxh-2018-5t: a rate's level, not an amount's
    text = "Tổng dư nợ đạt 300 tỷ đồng; tỷ lệ giải ngân đạt 97% và tỷ lệ thu lãi đạt 99%."
    assert not plans.implied(text, text.index("97%"), text.index("97%") + 3)


def test_an_amounts_plan_share_is_derived_from_the_plan_column_and_a_wrong_one_caught(tmp_path):
    # c14-tinhbien-thidua-2018-9t, its hand table
    figures = table(tmp_path, ["B-01,Số lao động được giải quyết việc làm,lao động,5.593,,4.507",
                               "B-02,Quỹ đền ơn đáp nghĩa huy động,triệu đồng,\"700,4\",,\"536,9\"",
                               "B-03,\"Giá trị sản xuất nông, lâm, thủy sản\",tỷ đồng,2.569,,2.447",
                               "B-04,Giá trị sản xuất công nghiệp,tỷ đồng,\"179,3\",,\"171,14\""], header=FULL)
    got = verdicts(TINHBIEN, figures)
    assert got["105%"] == got["124,1%"] == got["104,77%"] == "derived"
    assert flagged(verdicts(TINHBIEN.replace("105%", "106%"), figures)["106%"])


# ---------------------------------------------------------------- 6. a bound on the level of units counted

def test_the_bound_of_what_each_counted_unit_has_is_no_figure(dummy):
    # c14-vn-xuatkhau-9t-cand
    text = "xuất khẩu của các doanh nghiệp trong nước đạt 35,5 tỷ USD, giảm 2,7% so với cùng kỳ năm trước. Đã có 24 mặt " \
           "hàng có kim ngạch trên 1 tỷ USD."
    got = verdicts(text, dummy)
    assert got["1 tỷ USD"] == "not_a_figure" and flagged(got["24"])
    # c14-vn-xkmy-2018-9t
    text = ("Theo Tổng Cục hải quan, so với năm 2017, trong 9 tháng qua, Việt Nam có 7 nhóm hàng kim ngạch xuất khẩu sang "
            "thị trường Hoa Kỳ đạt trên 1 tỷ USD. Hàng dệt may là nhóm hàng dẫn đầu với hơn 10 tỷ USD.")
    got = verdicts(text, dummy)
    assert got["1 tỷ USD"] == "not_a_figure" and flagged(got["10 tỷ USD"])
    # a total reached, no level noun of the units: a figure
    assert flagged(verdicts("Toàn tỉnh có 120 hộ đạt trên 500 tấn.", dummy)["500 tấn"])


# ---------------------------------------------------------------- 7. a span periods cannot hold

def test_a_span_of_decades_does_not_stop_the_aims_reading():
    # c14-vn-thunhap-wb-2023: "trong giai đoạn 1986 – 2023" once raised ValueError (term index 37) from periods
    text = ("Dữ liệu cho thấy, trong giai đoạn 1986 – 2023, thu nhập bình quân đầu người của VN có sự cải thiện lớn "
            "nhất trong khối ASEAN, tăng 44 lần.")
    assert forecasts.other_period(text, text.index("44"), Period(2023, "year")) is None


# ---------------------------------------------------------------- 8. two plans named by who set them

NINHTHUAN = ("* Theo báo cáo của UBND huyện Thuận Bắc, trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn đạt 30,9 tỷ "
             "đồng, bằng 58,4% so với kế hoạch tỉnh giao, đạt 53,4% so với HĐND huyện giao. Trong đó, thu tiền sử dụng "
             "đất 8,875 tỷ đồng, vượt 106,4% so với chỉ tiêu UBND tỉnh giao và đạt 95,4% so với HĐND huyện giao.")


def test_a_second_plan_named_by_who_set_it_is_unproved_and_the_kept_one_checked(tmp_path):
    # c14-ninhthuan-huyen-2022-h1: the table keeps the province's plan; "so với HĐND huyện giao" names the district's
    figures = table(tmp_path, ["H-01,Tổng thu ngân sách trên địa bàn huyện Thuận Bắc,tỷ đồng,\"30,9\",,\"52,9\"",
                               "H-02,Thu tiền sử dụng đất,tỷ đồng,\"8,875\",,\"8,341\""], header=FULL)
    got = verdicts(NINHTHUAN, figures)
    assert got["58,4%"] == got["106,4%"] == "derived"
    assert got["53,4%"] == got["95,4%"] == "unverified"
    assert flagged(verdicts(NINHTHUAN.replace("106,4%", "106,5%"), figures)["106,5%"])


# ---------------------------------------------------------------- 9. the rate of an amount the text does not state

DATDO = ("Báo cáo của UBND huyện cho biết: Đến nay, tổng giá trị sản xuất trên địa bàn huyện đạt gần 80% kế hoạch năm, "
         "tương đương 5.919 tỷ đồng. Thu ngân sách gần 421 tỷ đồng, bằng gần 262% so với dự toán, tăng 55% so với cùng "
         "kỳ. Công tác giải ngân vốn đầu tư xây dựng cơ bản trên địa bàn huyện đạt 58% so với kế hoạch.")


def test_a_plan_rate_of_an_unstated_amount_is_derived_from_the_row_its_words_name(tmp_path):
    # c14-datdo-2020-10: before, checked against the first row with a plan (D-01, 79,88%) and flagged
    figures = table(tmp_path, ["D-01,Tổng giá trị sản xuất trên địa bàn huyện,tỷ đồng,5.919,,7.410",
                               "D-02,Thu ngân sách,tỷ đồng,\"420,6\",\"271,4\",\"160,6\"",
                               "D-03,Giải ngân vốn đầu tư xây dựng cơ bản,tỷ đồng,145,,250"], header=FULL)
    got = verdicts(DATDO, figures)
    assert got["58%"] == got["80%"] == got["262%"] == got["55%"] == "derived"
    assert flagged(verdicts(DATDO.replace("58%", "59%"), figures)["59%"])


# ---------------------------------------------------------------- 10. a list of aims under its introductions

LAOCAI = ("25 chỉ tiêu phấn đấu năm 2024\n\nLaocaitv.vn - 25 nhóm chỉ tiêu của năm 2024 vừa được Kỳ họp thứ 16, HĐND "
          "tỉnh thông qua đều ở mức cao với tinh thần nỗ lực gấp đôi để hoàn thành. Cụ thể:\n\n11 chỉ tiêu kinh tế gồm:"
          "\n\n- Tốc độ tăng trưởng kinh tế (GRDP): Trên 10%\n\n- GRDP bình quân đầu người: 104 triệu đồng/năm\n\n"
          "- Tổng vốn đầu tư toàn xã hội: 60.000 tỷ đồng\n\n8 chỉ tiêu xã hội gồm:\n\n- Tỷ lệ lao động qua đào tạo đạt "
          "68,8%\n\n- 72 xã đạt 19 tiêu chí nông thôn mới\n")


def test_every_value_of_a_list_under_an_introduction_of_aims_is_an_aim(tmp_path):
    # c14-laocai-chitieu-2024 (a table whose label does not say "chỉ tiêu": the dummy's "Chỉ tiêu giả" draws the
    # counts of targets to itself)
    figures = table(tmp_path, ["1,Dân số trung bình,người,987654321"])
    got = verdicts(LAOCAI, figures)
    for aim in ("10%", "104 triệu đồng/năm", "60.000 tỷ đồng", "68,8%", "72"):
        assert got[aim] == "not_a_figure", aim
    assert forecasts.in_aim_block(LAOCAI, LAOCAI.index("11 chỉ tiêu kinh tế"))   # the count of targets set


def test_a_list_under_an_introduction_of_results_stays_the_periods():
    # the same list, introduced as results: the period's figures
    text = ("Kết quả thực hiện các chỉ tiêu được HĐND tỉnh thông qua:\n\n- Tốc độ tăng trưởng kinh tế (GRDP): 10,2%\n\n"
            "- Tổng vốn đầu tư toàn xã hội: 61.000 tỷ đồng\n")
    assert not forecasts.in_aim_block(text, text.index("10,2"))
    # a list under no introduction at all
    text = "Tình hình kinh tế:\n\n- Thu ngân sách 12.900 tỷ đồng\n"
    assert not forecasts.in_aim_block(text, text.index("12.900"))


# ---------------------------------------------------------------- 11. the average of a rate of decrease

def test_the_average_of_a_rate_of_decrease_is_a_yearly_change(dummy):
    # c14-laocai-giamngheo-2020: "bình quân tỷ lệ giảm nghèo … đạt 5,02%/năm"; c12-dateh-hongheo (round 18) writes
    # the verb first ("giảm bình quân hằng năm trên 2,5%")
    text = ("Ước đến hết năm 2020, bình quân tỷ lệ giảm nghèo của tỉnh đạt 5,02%/năm bằng 125,5% kế hoạch.")
    got = verdicts(text, dummy)
    assert got["5,02%"] == got["125,5%"] == "unverified"
    text = "Tỷ lệ hộ nghèo giảm bình quân hằng năm trên 2,5%."
    assert verdicts(text, dummy)["2,5%"] == "unverified"
    # a level of growth is no change of this kind
    assert flagged(verdicts("Tốc độ tăng trưởng kinh tế bình quân đạt 7,18%.", dummy)["7,18%"])


# ---------------------------------------------------------------- 12. no share over the number the rate follows

def test_a_siblings_ratio_does_not_stand_for_a_share(tmp_path):
    # c14-ninhthuan-huyen-2022-h1, its hand table: 744/1.202 = 61,897% once derived "61,9%" for "61,8%"
    text = ("Ngoài ra, trong 6 tháng đầu năm, tổng vốn đầu tư toàn xã hội trên địa bàn huyện đạt 1.946 tỷ đồng, tăng 14% "
            "so với cùng kỳ năm trước. Trong đó: Vốn ngân sách nhà nước đạt 744 tỷ đồng, chiếm 38,2% và các thành phần "
            "kinh tế 1.202 tỷ đồng, chiếm 61,8%.")
    figures = table(tmp_path, ["H-08,Tổng vốn đầu tư toàn xã hội,tỷ đồng,1.946,1.707,",
                               "H-09,Vốn ngân sách nhà nước,tỷ đồng,744,,",
                               "H-10,Vốn các thành phần kinh tế,tỷ đồng,1.202,,"], header=FULL)
    got = verdicts(text, figures)
    assert got["38,2%"] == got["61,8%"] == got["14%"] == "derived"
    assert flagged(verdicts(text.replace("61,8%", "61,9%"), figures)["61,9%"])
