"""The checker on comparisons and derivations: the eighteenth sweep of fresh pages (issue 13, round 18, set ``c12-``).

Each rule is tested on sentences of the sweep pages that asked for it (``evaluations/sweep/pages/<slug>.txt``, the slug
named by each quote), against the one-row table that holds none of a page's figures and, for the derivations, against a
small table built by hand as the agency keeps the period (``Kỳ báo cáo``, ``Cùng kỳ năm trước``, ``Kế hoạch``): right
as written the derived statement is derived (or unproved), and changed by one last digit it is flagged.
"""

from __future__ import annotations

from tests.sweep_tables import FULL, flagged, table
from tests.sweep_tables import verdict_of as verdicts


# ---------------------------------------------------------------- 1. a target in brackets after its document

BRVT = ("Tính đến ngày 30/9/2022, tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra "
        "tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%); tuy nhiên, tỷ lệ độ bao phủ BHYT mới đạt 86,25% "
        "dân số, thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng "
        "Chính phủ (91,5%) và thấp hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%).")


def test_a_target_in_brackets_after_the_document_that_set_it_is_no_figure(dummy):
    # c12-brvt-bhxh-2022-09: a document number and its date stand between the words naming the target and the bracket
    got = verdicts(BRVT, dummy)
    assert got["38%"] == got["91,5%"] == got["92%"] == "not_a_figure"
    assert flagged(got["38,05%"]) and flagged(got["86,25%"])   # the rates of the period stay figures


def test_a_gap_to_each_target_in_brackets_is_derived_and_a_wrong_one_caught(tmp_path):
    # c12-brvt-bhxh-2022-09: the table keeps the first plan of each rate; the second (the province's, 92%) only the
    # bracket states — each gap is of its own target
    figures = table(tmp_path, ["R-01,Tỷ lệ lao động tham gia BHXH,%,\"38,05\",,38",
                               "R-02,Tỷ lệ bao phủ BHYT,% dân số,\"86,25\",,\"91,5\""], header=FULL)
    got = verdicts(BRVT, figures)
    assert got["0,05%"] == got["5,25%"] == got["5,75%"] == "derived"
    for right, wrong in (("5,25%", "5,26%"), ("5,75%", "5,76%"), ("0,05%", "0,06%")):
        assert flagged(verdicts(BRVT.replace(right, wrong), figures)[wrong]), wrong


# ---------------------------------------------------------------- 2. another year's rate compared with

def test_another_years_rate_in_brackets_is_no_figure(dummy):
    # c12-vn-thunhap-2024 and c12-vn-thunhap-2023: the bracket gives the rate the period's is compared with
    text = ("Thu nhập bình quân 1 người 1 tháng năm 2024 theo giá hiện hành đạt 5,4 triệu đồng, tăng 9,1% so với năm "
            "2023, cao hơn tốc độ tăng thu nhập của năm 2023 so với năm 2022 (6,2%).")
    got = verdicts(text, dummy)
    assert got["6,2%"] == "not_a_figure" and flagged(got["5,4 triệu đồng"])
    text = ("Tuy nhiên, tốc độ tăng thu nhập bình quân năm 2023 so với năm 2022 có chậm lại so với tốc độ tăng thu nhập "
            "năm 2022 so với năm 2021 (11,2%) do nền kinh tế toàn cầu cũng như kinh tế Việt Nam tiếp tục đối mặt với "
            "nhiều khó khăn.")
    assert verdicts(text, dummy)["11,2%"] == "not_a_figure"


def test_a_comparison_with_a_year_before_last_is_unproved_not_wrong(tmp_path):
    # c12-vn-hangkhong-2023-h1: the table's last year is 2022; the page also compares with 2019
    figures = table(tmp_path, ["H-02,Khách quốc tế,lượt,14.700.000,3.000.000,",
                               "H-03,Khách nội địa,lượt,20.000.000,20.704.000,"], header=FULL)
    text = ("6 tháng đầu năm 2023, khách quốc tế đạt 14,7 triệu, tăng gần 5 lần so với cùng kỳ 2022, bằng 73,5% so cùng "
            "kỳ 2019. Khách nội địa đạt 20 triệu, giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019.")
    got = verdicts(text, figures)
    assert got["73,5%"] == got["8,1%"] == "unverified"
    assert got["3,4%"] == "derived" and flagged(verdicts(text.replace("3,4%", "3,5%"), figures)["3,5%"])


# ---------------------------------------------------------------- 3. the value a movement starts from

def test_the_value_a_movement_starts_from_is_the_earlier_periods(dummy):
    # c12-vn-cangbien-2018-9t, c12-dateh-giamngheo-2016-2020, t4-gdp-2012-h1 (``tăng từ 4,03% lên 5,40%``)
    text = ("Hà Tĩnh tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn); Quảng Nam tăng 83,5% (từ xấp xỉ 938 "
            "nghìn tấn lên hơn 1,7 triệu tấn); Nghệ An tăng 81% (từ hơn 3,5 triệu tấn đến gần 6,5 triệu tấn).")
    got = verdicts(text, dummy)
    assert got["8,86 triệu tấn"] == got["938 nghìn tấn"] == got["3,5 triệu tấn"] == "not_a_figure"
    assert flagged(got["17,5 triệu tấn"]) and flagged(got["6,5 triệu tấn"])
    got = verdicts("huyện Đạ Tẻh đã giảm tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%.", dummy)
    assert got["6,26%"] == "not_a_figure" and flagged(got["2,36%"])
    # a range with no change before it is no movement: both ends stay figures
    got = verdicts("Các cảng có khối lượng từ 51 triệu tấn đến 73 triệu tấn.", dummy)
    assert flagged(got["51 triệu tấn đến 73 triệu tấn"])


def test_the_start_of_a_movement_is_checked_against_last_years_column(tmp_path):
    # the same grammar where the table keeps last year: a wrong start is caught as any cell
    figures = table(tmp_path, ["1,Số vụ tai nạn,vụ,3,7,"], header=FULL)
    assert verdicts("Số vụ tai nạn giảm từ 7 vụ xuống còn 3 vụ.", figures)["7"] == "supported"
    assert flagged(verdicts("Số vụ tai nạn giảm từ 8 vụ xuống còn 3 vụ.", figures)["8"])


# ---------------------------------------------------------------- 4. changes said in other ways

def test_average_yearly_changes_respective_rates_and_ranges_of_rates_are_changes(dummy):
    # c12-dateh-hongheo-2015-2020 (and p9-khunha: ``giảm bình quân 6,7%/năm``)
    text = ("UBND huyện Đạ Tẻh cho biết, tỷ lệ hộ nghèo tại huyện đã giảm bình quân trên 1,5% hằng năm trong 5 năm gần "
            "đây. Trong đó, số hộ nghèo đồng bào dân tộc thiểu số giảm còn dưới 3%, giảm bình quân hằng năm trên 2,5% và "
            "giảm 13,1% so với năm 2015.")
    got = verdicts(text, dummy)
    assert got["1,5%"] == got["2,5%"] == "unverified" and flagged(got["3%"])
    # c12-vn-cangbien-2018-9t: ``lần lượt``; a range of rates of several units (and p10-brvt-xuatkhau ``giảm từ 22-35%``)
    text = ("Trong đó, lượng hàng hóa container đạt hơn 13,3 triệu TEU, tăng lần lượt 18% và 27% so với cùng kỳ năm "
            "2017. Ngoài ra, một số cảng thuộc khu vực như: Bình Thuận, Mỹ Tho cũng có lượng hàng hóa thông qua tăng từ "
            "40 - 46%.")
    got = verdicts(text, dummy)
    assert got["18%"] == got["27%"] == got["40"] == got["46%"] == "unverified"


def test_an_average_yearly_change_is_not_last_years_change(tmp_path):
    # the table's last year gives a one-year change of 10%; the average over the term is no wrong copy of it
    figures = table(tmp_path, ["1,Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số,%,3,\"3,3\","], header=FULL)
    text = "Số hộ nghèo đồng bào dân tộc thiểu số giảm còn 3%, giảm bình quân hằng năm trên 2,5%."
    assert verdicts(text, figures)["2,5%"] == "unverified"


# ---------------------------------------------------------------- 5. shares of a whole named after them

NGHEAN = ("Tính đến hết tháng 4 năm 2023, toàn tỉnh có 2.995.949 người tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo "
          "hiểm xã hội tự nguyện, bảo hiểm thất nghiệp, trong đó: Bảo hiểm xã hội là 374.764 người, tăng 6.459 người so "
          "với cùng kỳ năm 2022, đạt 22,30% lực lượng lao động trong độ tuổi; Bảo hiểm thất nghiệp là 243.822 người, "
          "tăng 7.900 người so với cùng kỳ năm 2022, đạt 14,51% lực lượng lao động; Bảo hiểm y tế là 2.885.885 người, "
          "tăng 29.726 người so với cùng kỳ năm 2022, đạt 92,34% dân số.")


def test_a_share_of_a_whole_named_but_not_stated_is_unproved(dummy):
    # c12-nghean-bhxh-2023-04 (and c10-brvt-bhxh-2021: ``chiếm tỷ lệ 35,1% lực lượng lao động``)
    got = verdicts(NGHEAN, dummy)
    assert got["22,30%"] == got["14,51%"] == got["92,34%"] == "unverified"
    assert flagged(got["374.764"])


def test_a_share_of_a_whole_the_table_keeps_is_derived_and_a_wrong_one_caught(tmp_path):
    # c12-nghean-bhxh-2023-04 against its hand table: the labour force and the population are rows
    figures = table(tmp_path, ["N-02,Số người tham gia bảo hiểm xã hội,người,374.764,368.305,",
                               "N-03,Số người tham gia bảo hiểm thất nghiệp,người,243.822,235.922,",
                               "N-04,Số người tham gia bảo hiểm y tế,người,2.885.885,2.856.159,",
                               "N-05,Lực lượng lao động trong độ tuổi,người,1.680.556,,",
                               "N-06,Dân số,người,3.125.281,,"], header=FULL)
    got = verdicts(NGHEAN, figures)
    assert got["22,30%"] == got["14,51%"] == got["92,34%"] == "derived"
    for right, wrong in (("22,30%", "22,31%"), ("14,51%", "14,52%"), ("92,34%", "92,35%")):
        assert flagged(verdicts(NGHEAN.replace(right, wrong), figures)[wrong]), wrong


def test_a_named_whole_stated_before_keeps_a_wrong_share_caught(dummy):
    # the whole the share names is stated before it: a share that disagrees with it stays an alarm
    text = ("Lực lượng lao động trong độ tuổi là 450.000 người. Bảo hiểm thất nghiệp là 191.379 người, "
            "chiếm 52,53% lực lượng lao động.")
    assert flagged(verdicts(text, dummy)["52,53%"])


# ---------------------------------------------------------------- 6. a plan named before, a multiple of two values

def test_a_plan_ratio_with_the_plan_named_before_its_verb(dummy, tmp_path):
    # c12-ductrong-ktxh-2020-h1
    text = "Ước thu ngân sách nhà nước trên địa bàn 6 tháng đầu năm là 404 tỷ đồng, so dự toán giao đạt 42% và bằng 96% so với cùng kỳ."
    assert verdicts(text, dummy)["42%"] == "unverified"
    figures = table(tmp_path, ["D-04,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,404,\"420,8\",\"961,9\""], header=FULL)
    got = verdicts(text, figures)
    assert got["42%"] == got["96%"] == "derived"
    assert flagged(verdicts(text.replace("42%", "43%"), figures)["43%"])


def test_a_multiple_of_two_values_the_sentence_states(dummy):
    # c12-vn-thunhap-2024
    text = ("Thu nhập bình quân 1 người 1 tháng năm 2024 ở khu vực thành thị đạt 6,9 triệu đồng (tăng 10,1% so với năm "
            "2023), gấp hơn 1,5 lần khu vực nông thôn đạt 4,5 triệu đồng, tăng 8,0% so với năm 2023.")
    got = verdicts(text, dummy)
    assert got["1,5"] == "derived" and got["1"] == "not_a_figure"
    assert flagged(got["6,9 triệu đồng"]) and flagged(got["4,5 triệu đồng"])
    assert flagged(verdicts(text.replace("1,5 lần", "2,5 lần"), dummy)["2,5"])


# ---------------------------------------------------------------- 7. an average per day, the bounds of a level

def test_an_average_per_day_of_a_stated_total(dummy):
    # the brief's leftover: a per-day average from the period's total (181 days in the first half of 2023)
    text = "6 tháng đầu năm 2023, Công ty đã thu gom, xử lý 816.129 tấn rác thải sinh hoạt, bình quân 4.509 tấn/ngày."
    assert verdicts(text, dummy)["4.509 tấn/ngày"] == "derived"
    assert flagged(verdicts(text.replace("4.509", "4.609"), dummy)["4.609 tấn/ngày"])
    # c12-quangnam-hcc-2018-05: over a week whose working days and holidays the page does not count — unproved
    text = ("Tin từ Trung tâm Hành chính công và xúc tiến đầu tư, chỉ trong một tuần (từ 27.4 đến 3.5.2018) đã có 722 "
            "lượt tổ chức, công dân đến giao dịch tại trung tâm này, trung bình mỗi ngày có 180 lượt giao dịch.")
    got = verdicts(text, dummy)
    assert got["180"] == "unverified" and flagged(got["722"])
    # c12-bentre-hcc-2020: an average of visitors the page never totals is the figure itself
    text = ("Năm 2020, Trung tâm tỉnh đã tiếp nhận 80,4 ngàn hồ sơ (HS) các loại. Bình quân mỗi ngày, Trung tâm tiếp "
            "khoảng 460 lượt người đến làm thủ tục.")
    assert flagged(verdicts(text, dummy)["460"])


def test_the_bounds_of_a_level_the_units_counted_have(dummy):
    # c12-vn-thunhap-2024
    text = ("Đứng thứ hai là Hà Nội với 7,55 triệu đồng/người/tháng. 3 địa phương còn lại trong top 5 cũng có mức thu "
            "nhập bình quân trên 7 triệu đồng/người/tháng là Đồng Nai, TP. HCM, Hải Phòng.\n\nCác địa phương còn lại "
            "trong top 10 có mức thu nhập từ 5,9 triệu đến dưới 7 triệu đồng là Đà Nẵng, Cần Thơ, Nam Định.")
    got = verdicts(text, dummy)
    assert got["7 triệu đồng/người"] == got["5,9 triệu"] == got["7 triệu đồng"] == "not_a_figure"
    assert flagged(got["7,55 triệu đồng/người"])
    # a level reached by one unit is its figure, not a bound
    assert flagged(verdicts("Huyện có mức thu nhập bình quân đạt 45 triệu đồng/người/năm.", dummy)["45 triệu đồng/người"])


def test_a_plan_ratio_by_its_next_sentences_sibling(dummy, tmp_path):
    # c12-kimson-ktxh-2019-h1 (and c9-quangninh-congthuong-2012-q1: ``đạt 16,48% năm …; … đạt 32% kế hoạch``)
    text = ("Sản lượng lương thực có hạt ước 56.300 tấn, đạt 54,37%. Sản lượng thủy, hải sản ước đạt 13.750 tấn, đạt 52% "
            "kế hoạch. Thu ngân sách nhà nước ước 239,7 tỷ đồng đạt 51,93% kế hoạch.")
    assert verdicts(text, dummy)["54,37%"] == "unverified"
    figures = table(tmp_path, ["1,Sản lượng lương thực có hạt,tấn,56.300,,103.550"], header=FULL)
    assert verdicts(text, figures)["54,37%"] == "derived"
    assert flagged(verdicts(text.replace("54,37%", "54,38%"), figures)["54,38%"])


# ---------------------------------------------------------------- 8. a second plan of the same amount

CHUPUH = ("Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch "
          "HĐND huyện giao; trong đó, thu trên địa bàn huyện được 24,023 tỷ đồng, đạt 43% kế hoạch tỉnh giao, đạt 34% kế "
          "hoạch HĐND huyện giao.")


def test_a_rate_of_a_second_plan_the_table_does_not_keep_is_unproved(tmp_path):
    # tpl-chupuh-ktxh-2024-h1 (and p9-halang-ubnd-2018-07: ``đạt 102,35% kế hoạch tỉnh giao và 99,17% kế hoạch HĐND
    # huyện giao``; p9-chuprong: ``đạt gần 93% dự toán tỉnh giao, đạt trên 73% dự toán HĐND huyện giao``): the table
    # keeps the province's plan
    figures = table(tmp_path, ['1,Tổng thu ngân sách nhà nước,tỷ đồng,"285,3",,"475,5"',
                               '2,Thu trên địa bàn huyện,tỷ đồng,"24,023",,"55,9"'], header=FULL)
    got = verdicts(CHUPUH, figures)
    assert got["60%"] == got["43%"] == "derived" and got["58%"] == got["34%"] == "unverified"
    assert flagged(verdicts(CHUPUH.replace("60%", "61%"), figures)["61%"])


def test_the_table_may_keep_the_second_plan_instead(tmp_path):
    figures = table(tmp_path, ['1,Tổng thu ngân sách nhà nước,tỷ đồng,"285,3",,"491,5"'], header=FULL)
    got = verdicts(CHUPUH, figures)
    assert got["58%"] == "derived" and got["60%"] == "unverified"
    assert flagged(verdicts(CHUPUH.replace("58%", "57%"), figures)["57%"])
    # one plan named twice alike is no second plan: a wrong rate stays caught
    text = "Thu ngân sách được 285,3 tỷ đồng, đạt 58% kế hoạch, bằng 60% kế hoạch."
    assert flagged(verdicts(text, figures)["60%"])
