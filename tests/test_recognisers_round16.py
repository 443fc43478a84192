"""The checker on comparison-heavy pages: a sixth sweep of fresh pages (issue 13, round 16).

Each rule is tested on sentences of the sweep pages that asked for it (``evaluations/sweep/pages/<slug>.txt``, the
slug named by each quote) and on one it must leave alone: a rule that lets a wrong number pass is worse than a false
alarm.  The pages restate every change as a rate, give shares of totals they never state, and put last year's value,
the plan or the whole in brackets beside the words naming it.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import dummy, table  # noqa: F401  (dummy: a fixture)


def checks(text, figures, **kw):
    return {c.text: c for c in check_text(text, figures, **kw).numbers}


def verdicts(text, figures, **kw):
    return {c.text: c.verdict for c in check_text(text, figures, **kw).numbers}


# ---------------------------------------------------------------- a target lead that is a comparison's base

def test_a_colon_after_a_comparison_with_the_plan_opens_no_list_of_aims(dummy):
    # c10-brvt-bhxh-2021: the colon belongs to «(trong đó, BHXH bắt buộc:», the aim word to «so với chỉ tiêu … giao»;
    # the people insured that follow are the year's figures, not aims
    text = ("Tính đến ngày 31/12/2021, tổng số người tham gia BHXH 206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động "
            "(LLLĐ), thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%) (trong đó, BHXH bắt buộc: 199.511 người, BHXH "
            "tự nguyện: 7.299 người); BHTN 191.379 người, chiếm tỷ lệ 32,48% LLLĐ, cao hơn 0,48% so với chỉ tiêu UBND "
            "tỉnh giao (32%); BHYT 1.017.308 người, đạt tỷ lệ bao phủ 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu UBND "
            "tỉnh giao (91%).")
    got = verdicts(text, dummy, period="2021")
    for figure in ("199.511", "7.299", "191.379", "1.017.308", "32,48%", "86,5%"):
        assert got[figure] == "unsupported", figure
    # the plan in brackets is no figure of the year
    assert got["35,5%"] == got["32%"] == got["91%"] == "not_a_figure"


def test_a_lead_of_aims_still_sets_aims(dummy):
    text = "Năm 2022, Hội đề ra các chỉ tiêu chủ yếu: kết nạp 120 hội viên mới; 95% chi hội đạt vững mạnh."
    assert set(verdicts(text, dummy).values()) == {"not_a_figure"}


# ---------------------------------------------------------------- the rate of a change restated

def test_the_ministrys_rate_restating_a_change_without_a_comma(dummy):
    # c10-vn-tnld-2021-h1 (no comma before «tương ứng»), c10-vn-tnld-2023 (the page cut right after the rate),
    # c10-vn-htx-2022 («(khoảng 27%)»), c10-binhthuan-hongheo-2022 («…, chiếm tỷ lệ 0,04%» after the change)
    text = ("Trên toàn quốc đã xảy ra 3.612 vụ tai nạn lao động (TNLĐ) (tăng 263 vụ tương ứng với 7,85% so với 6 tháng "
            "đầu năm 2020). Số hợp tác xã là thành viên của liên hiệp hợp tác xã là 851, tăng 183 hợp tác xã (khoảng "
            "27%) so với năm 2021. Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh (tăng 137 hộ so với "
            "đầu năm, chiếm tỷ lệ 0,04%). Số người bị thương nặng: 1.720 người, tăng 73 người tương ứng với 4,43% ")
    got = verdicts(text, dummy, period="2021-H1")
    assert got["7,85%"] == got["27%"] == got["0,04%"] == got["4,43%"] == "unverified"
    assert got["3.612"] == got["851"] == "unsupported"


def test_a_wrong_rate_of_a_change_the_table_proves_is_caught(tmp_path):
    figures = table(tmp_path, ["1,Số vụ tai nạn lao động,vụ,3.612,3.349"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ")
    got = verdicts("Đã xảy ra 3.612 vụ tai nạn lao động (tăng 263 vụ tương ứng với 9,85% so với cùng kỳ).", figures)
    assert got["3.612"] == "supported" and got["263"] == "derived"
    assert got["9,85%"] == "unsupported"


# ---------------------------------------------------------------- a share of a total never stated

def test_a_share_after_its_part_of_a_total_never_stated_is_unverified(dummy):
    # c10-bacgiang-hongheo-2022, c10-bacninh-ngansach-q1, c10-brvt-bhxh-2021 (whole named, not stated),
    # c10-binhthuan-hongheo-2022 («so với tổng số hộ toàn tỉnh»)
    for text, share in (
            ("So với năm 2021, giảm gần 6,7 nghìn hộ nghèo. Hộ cận nghèo còn hơn 19,9 nghìn hộ, chiếm 4,25%, giảm hơn "
             "4,5 nghìn hộ.", "4,25%"),
            ("Trong đó, hai khoản thu lớn nhất là thu nội địa đạt hơn 2.310 tỷ đồng, chiếm 67,6%, bằng 34,4% dự toán.",
             "67,6%"),
            ("Tổng số người tham gia BHXH 206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động (LLLĐ).", "35,1%"),
            ("Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh.", "3,20%")):
        assert verdicts(text, dummy)[share] == "unverified", share


def test_a_share_beside_a_larger_number_stays_checked(dummy):
    # heldout v-dinh-hoa-tai-nguyen-dat-dai-2019: 227 of the 352 files (64,4%), written as another unit
    text = ("UBND huyện Định Hóa đã tiếp nhận 352 hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất. Trong đó, UBND "
            "huyện đã cấp Giấy chứng nhận quyền sử dụng đất cho 227 trường hợp (chiếm 54,4%).")
    assert verdicts(text, dummy)["54,4%"] == "unsupported"


def test_a_share_of_a_whole_its_part_is_taken_from(dummy):
    # c10-binhthuan-hongheo-2022: 3.373 of the 10.689 poor households (31,56%), the whole carrying a share of its own
    text = ("Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh (tăng 137 hộ so với đầu năm, chiếm tỷ lệ "
            "0,04%), trong đó có 3.373 hộ nghèo vùng đồng bào dân tộc (chiếm 13,13% so với tổng số hộ nghèo DTTS và "
            "chiếm {} so với tổng số hộ nghèo toàn tỉnh).")
    assert verdicts(text.format("31,56%"), dummy)["31,56%"] == "derived"
    assert verdicts(text.format("36,15%"), dummy)["36,15%"] == "unsupported"


# ---------------------------------------------------------------- the base in brackets

def test_the_base_given_in_brackets_is_no_figure(tmp_path, dummy):
    # c10-vn-giamngheo-2022 (the plan), c10-luongson-ktxh-2016-2020 (another unit's value, the base year's value)
    text = ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2022 là 4,03%, giảm 1,17%, đạt chỉ tiêu của Chương trình do "
            "Quốc hội, Chính phủ giao (từ 1-1,5%). Tỷ lệ hộ nghèo trên các huyện nghèo là 38,62% (giảm 6,35%) đạt chỉ "
            "tiêu Quốc hội, Chính phủ giao (4%).")
    got = verdicts(text, dummy, period="2022")
    assert got["1-1,5%"] == got["4%"] == "not_a_figure"
    assert got["4,03%"] == got["38,62%"] == "unsupported"
    text = ("Trong 5 năm, kinh tế của huyện có tốc độ tăng trưởng cao hơn mức bình quân chung của tỉnh (13,86/9,15%), "
            "GRDP bình quân đầu người gấp 1,3 lần của tỉnh(83,5/64 triệu đồng). Quy mô các ngành kinh tế tăng gấp 2,58 "
            "lần so năm 2015 (24.013/9.278 tỷ đồng).")
    got = checks(text, dummy, period="2016-2020")
    assert got["9,15%"].verdict == got["64 triệu đồng"].verdict == got["9.278 tỷ đồng"].verdict == "not_a_figure"
    assert got["9.278 tỷ đồng"].kind == "other-period"
    assert got["13,86"].verdict == got["83,5"].verdict == got["24.013"].verdict == "unsupported"
    assert got["1,3"].verdict == "derived"   # 83,5/64


def test_last_years_value_in_brackets_on_a_table_of_people(tmp_path):
    # c10-tuyenquang-bhxh-2020-07, on a table that keeps this period's count only
    figures = table(tmp_path, ["1,Số người tham gia BHXH,người,59.177", "2,Số người tham gia BHXH tự nguyện,người,9.287"])
    text = ("Tính đến hết ngày 31/7/2020, tổng số người tham gia BHXH trong toàn tỉnh là 59.177 người so với cùng kỳ năm "
            "2019 (55.317 người) ; tăng 3.860 (7%); so với chỉ tiêu giao của UBND (70.544 người) đạt 84%. Tỷ lệ bao phủ "
            "BHXH đạt 13,57% so với lực lượng lao động (436.210). Đặc biệt số người tham gia BHXH tự nguyện ngày càng "
            "tăng: 9.287 người; so với cùng kỳ năm 2019 (6.481 người); tăng 2.806 (43%); So với chỉ tiêu giao của UBND "
            "(8.700 người) đạt 107%, vượt 587 người.")
    got = verdicts(text, figures, period="2020-7T")
    assert got["59.177"] == got["9.287"] == "supported"
    for base in ("55.317", "70.544", "436.210", "6.481", "8.700"):
        assert got[base] == "not_a_figure", base
    # the rates and the excess over the plan, from the numbers the text gives
    assert got["84%"] == got["13,57%"] == got["107%"] == got["587"] == "derived"
    wrong = text.replace("đạt 107%, vượt 587 người", "đạt 117%, vượt 578 người")
    got = verdicts(wrong, figures, period="2020-7T")
    assert got["117%"] == got["578"] == "unsupported"


def test_a_rate_in_brackets_after_a_count_change_is_no_base(dummy):
    got = verdicts("Số vụ phạm tội hình sự giảm 29 vụ so với cùng kỳ năm 2018 (16,1%).", dummy, period="2019")
    assert got["16,1%"] != "not_a_figure"


def test_a_plan_in_brackets_the_table_keeps_is_checked(tmp_path):
    # heldout q-ba-ria-vung-tau-hai-quan-2021-10t: the plan column holds 17.500; a wrong plan in brackets is caught
    figures = table(tmp_path, ["3,Thu ngân sách nhà nước,tỷ đồng,18.984,17.500"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch")
    text = "Số thu ngân sách đã đạt 18.984 tỷ đồng, vượt 8% so với chỉ tiêu được giao ({} tỷ đồng)."
    assert verdicts(text.format("17.500"), figures)["17.500 tỷ đồng"] != "unsupported"
    assert verdicts(text.format("77.500"), figures)["77.500 tỷ đồng"] == "unsupported"


# ---------------------------------------------------------------- the base of a rate reached, named elsewhere

def test_the_plan_named_beside_another_rate_or_at_the_head(dummy):
    # c10-kontum-ngansach-8t («nhiệm vụ chi»; «So với dự toán Trung ương giao, … đạt 72%»; «đạt 55,5% và … đạt 55,4%
    # so với nhiệm vụ chi»), c10-bacninh-ngansach-q1 («Trong đó, …, ước đạt 48,2%» after «đạt 22,9% dự toán năm»)
    text = ("So với dự toán Trung ương giao, thu ngân sách Nhà nước trên địa bàn tỉnh đạt 72%.\n\nVề chi ngân sách địa "
            "phương trong 8 tháng đầu năm ước khoảng 5.000 tỷ đồng, đạt gần 48% nhiệm vụ chi. Trong đó, chi đầu tư phát "
            "triển 2.000 tỷ đồng, đạt 55,5% và chi thường xuyên 2.900 tỷ đồng đạt 55,4% so với nhiệm vụ chi.\n\n"
            "Tổng chi ngân sách địa phương quý I ước đạt hơn 1.690 tỷ đồng, đạt 22,9% dự toán năm. Trong đó, chi cho đầu "
            "tư phát triển là 823,7 tỷ đồng, ước đạt 48,2% và tăng 18,2%.")
    got = verdicts(text, dummy)
    for rate in ("72%", "48%", "55,5%", "55,4%", "22,9%", "48,2%"):
        assert got[rate] == "unverified", rate


def test_a_rate_reached_against_a_plan_the_table_keeps_is_checked(tmp_path):
    figures = table(tmp_path, ["1,Chi đầu tư phát triển,tỷ đồng,2.000,3.600", "2,Chi thường xuyên,tỷ đồng,2.900,5.235"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch")
    text = ("Trong đó, chi đầu tư phát triển 2.000 tỷ đồng, đạt {} và chi thường xuyên 2.900 tỷ đồng đạt 55,4% so với "
            "nhiệm vụ chi.")
    assert verdicts(text.format("55,5%"), figures)["55,5%"] == "derived"
    assert verdicts(text.format("65,5%"), figures)["65,5%"] == "unsupported"


# ---------------------------------------------------------------- what must be reached, last year's value said so

def test_what_must_be_reached_is_an_aim(dummy):
    # c10-vn-bhyt-2020: the year's target, said twice beside the coverage reached so far
    text = ("Tính đến ngày 19/11/2020, số người tham gia bảo hiểm y tế trên toàn quốc là 86,35 triệu người, đạt tỷ lệ "
            "khoảng 89,2% dân số tham gia bảo hiểm y tế.\n\nTheo đó, kết thúc năm 2020, tỷ lệ bao phủ bảo hiểm y tế "
            "toàn quốc phải đạt 90,7%.")
    got = verdicts(text, dummy, period="2020")
    assert got["90,7%"] == "not_a_figure"
    assert got["89,2%"] == got["86,35 triệu"] == "unsupported"


def test_last_years_value_said_with_its_year_when_the_table_keeps_no_comparison(tmp_path, dummy):
    # c10-vn-giamngheo-2022: «Con số này của năm 2021 là 25,91%»; the next sentence's rate is the year's figure again
    # (the aim before it was reached, not set)
    text = ("Tỷ lệ hộ nghèo dân tộc thiểu số năm 2022 là 21,02%, giảm 4,89% . Con số này của năm 2021 là 25,91%), đạt "
            "mục tiêu của Chương trình (giảm hơn 3%/năm). Tỷ lệ hộ nghèo trên 74 huyện nghèo là 38,62% (giảm 6,35%).")
    got = verdicts(text, dummy, period="2022")
    assert got["25,91%"] == "not_a_figure"
    assert got["21,02%"] == got["38,62%"] == "unsupported"
    # a table that keeps last year's column checks it
    figures = table(tmp_path, ['1,Tỷ lệ hộ nghèo dân tộc thiểu số,%,"21,02","25,91"'],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ")
    assert verdicts(text.replace("25,91%", "26,91%"), figures, period="2022")["26,91%"] == "unsupported"


# ---------------------------------------------------------------- a change leading a list of units

def test_each_units_amount_in_a_list_a_change_leads_is_a_change(tmp_path, dummy):
    # c10-bacgiang-hongheo-2022
    text = ("Một số địa phương giảm sâu số hộ nghèo là: Hiệp Hòa (gần 1,2 nghìn hộ); Lục Ngạn (hơn 1 nghìn hộ); Sơn Động "
            "(982 hộ); Lục Nam (888 hộ). Sau rà soát năm 2022, TP Bắc Giang có tỷ lệ hộ nghèo thấp nhất tỉnh với 194 hộ.")
    got = verdicts(text, dummy, period="2022")
    assert got["1,2 nghìn"] == got["1 nghìn"] == got["982"] == got["888"] == "unverified"
    assert got["194"] == "unsupported"
    # a list no change leads stays counts; a table that keeps last year checks the change
    assert verdicts("Tăng cường kiểm tra các cơ sở: Hiệp Hòa (12 cơ sở); Lục Nam (8 cơ sở).", dummy)["12"] == "unsupported"
    figures = table(tmp_path, ["1,Số hộ nghèo huyện Sơn Động,hộ,3.018,4.000"],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ")
    text = "Một số địa phương giảm sâu số hộ nghèo là: Sơn Động ({} hộ)."
    assert verdicts(text.format("982"), figures)["982"] == "derived"
    assert verdicts(text.format("928"), figures)["928"] == "unsupported"


# ---------------------------------------------------------------- holdout13 (the lead's findings 8, 9, 10)

def test_a_rate_over_the_first_term_of_a_pair(tmp_path):
    # holdout13 quang-nam-none-vien-kiem-sat-2016-2021: 4.975/5.185 = 95,95%, written truncated
    figures = table(tmp_path, ["II.3,Số vụ THQCT KSĐT,vụ,5.185", "II.4,Số bị can THQCT KSĐT,bị can,7.275",
                               "II.5,Cơ quan điều tra đã giải quyết - vụ,vụ,4.975",
                               "II.6,Cơ quan điều tra đã giải quyết - bị can,bị can,6.755"])
    text = ("Toàn ngành đã thực hành quyền công tố và kiểm sát điều tra 5.185 vụ/7.275 bị can. Cơ quan điều tra đã giải "
            "quyết 4.975 vụ/6.755 bị can, đạt tỷ lệ {} (tăng 08% so với kỳ trước).")
    assert verdicts(text.format("95,9%"), figures)["95,9%"] == "derived"
    assert verdicts(text.format("96,9%"), figures)["96,9%"] == "unsupported"


def test_the_next_amount_of_a_list_of_amounts_per_unit(dummy):
    # holdout13 dong-nai-long-tan-nguoi-co-cong-2020-07
    text = ("Nhận và cấp phát tiền hỗ trợ của tỉnh 114 phần mỗi phần 200.000đ,\nmẹ Việt Nam Anh Hùng 400.000đ, tổng là "
            "23.200.000đ.")   # the page's hard wrap kept
    got = verdicts(text, dummy)
    assert got["200.000đ"] == got["400.000đ"] == "not_a_figure"
    assert got["23.200.000đ"] == "unsupported"
    # the total after the list is no amount per unit
    got = verdicts("Trao 10 suất quà, mỗi suất 500.000 đồng, tổng số tiền 5 triệu đồng.", dummy)
    assert got["5 triệu đồng"] == "unsupported"


def test_a_title_count_of_a_noun_pair_sums_the_two_body_counts(tmp_path):
    # holdout13 khanh-hoa-none-hoi-dong-doi-2017-2018
    figures = table(tmp_path, ["7.1,Cá nhân được Hội đồng Đội Trung ương khen thưởng,cá nhân,17",
                               "7.2,Tập thể được Hội đồng Đội Trung ương khen thưởng,tập thể,17",
                               "8.1,Cá nhân được Tỉnh đoàn khen thưởng,cá nhân,19",
                               "8.2,Tập thể được Tỉnh đoàn khen thưởng,tập thể,18"])
    body = ("\n\nNgày 5-10, Hội đồng Đội tỉnh tổng kết công tác đội và phong trào thiếu nhi năm học 2017 – 2018.\n\n"
            "Dịp này, Hội đồng Đội Trung ương khen thưởng 17 cá nhân, 17 tập thể; Tỉnh đoàn khen thưởng 19 cá nhân, 18 "
            "tập thể có thành tích xuất sắc trong công tác đội và phong trào thiếu nhi năm học 2017 – 2018.")
    title = "{} tập thể, cá nhân được Hội đồng Đội Trung ương khen thưởng"
    assert verdicts(title.format(34) + body, figures)["34"] == "derived"
    assert verdicts(title.format(40) + body, figures)["40"] == "unsupported"
    # 37 = 19 + 18, the other clause's pair (Tỉnh đoàn): not the title's words
    assert verdicts(title.format(37) + body, figures)["37"] == "unsupported"


def test_a_pair_that_contradicts_its_comparison_stays_checked(dummy):
    # real case (the source's own error): «ít hơn 6 vụ (12/6 vụ)» — fewer, yet 12 > 6; p10-hoabinh-toipham-2023-h1:
    # «ít hơn 03 vụ = 1,6% (180/183 vụ)» agrees, 183 is last year's
    got = checks("So với cùng kỳ năm ngoái, số án khởi tố ít hơn 6 vụ (12/6 vụ). Xảy ra 180 vụ phạm tội về trật tự xã "
                 "hội, so với cùng kỳ năm 2022 xảy ra ít hơn 03 vụ = 1,6% (180/183 vụ).", dummy, period="2023-H1")
    assert [c.verdict for t, c in got.items() if t == "6"][-1] == "unsupported"
    assert got["183"].verdict == "not_a_figure"
