"""Issue 14, round 14: the template's rows on 25 fresh sweep pages (``t7-*``: disease reports, civil judgment
enforcement, tax, customs, banks, hospitals, industrial zones, courts; judged in evaluations/sweep/template-round14.md).
Each test writes sentences as the pages print them (the page's slug named in each comment) as a prior report, and
asserts what the template makes of them; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR_2019 = "Báo cáo tổng kết công tác thu ngân sách năm 2019"
YEAR_2020 = "Báo cáo tổng kết công tác Hội năm 2020"


def _values(tpl):
    return {r.value for r in tpl.rows}


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# ------------------------------------------------------------------ 1. "chỉ tiêu phấn đấu" names a target, it aims at none

def test_chi_tieu_phan_dau_is_the_target_a_result_is_measured_against(tmp_path):
    # t7-toanquoc-haiquan-2019: after "đạt 100,76% chỉ tiêu phấn đấu;" the next customs offices' collections were read
    # as aims (the sentence's "phấn đấu"), so two rows were lost
    tpl = template(tmp_path, YEAR_2019,
                   "Nhiều cục hải quan tỉnh, thành phố đóng góp số thu lớn của ngành hải quan như: Cục Hải quan TP.HCM "
                   "đã thu đạt hơn 113.753 tỷ đồng, vượt chỉ tiêu dự toán (108.800 tỷ đồng), đạt 100,76% chỉ tiêu phấn "
                   "đấu; Cục Hải quan Hải Phòng thu đạt hơn 65.702 tỷ đồng, vượt hơn 38,26% chỉ tiêu dự toán, vượt 4,29% "
                   "chỉ tiêu phấn đấu; Cục Hải quan Hà Nội thu đạt 22.092 tỷ đồng, vượt 5,85% so với chỉ tiêu được giao.")
    for value in (113_753 * 10 ** 9, 65_702 * 10 ** 9, 22_092 * 10 ** 9):
        assert _row(tpl, value).unit == "tỷ đồng"


def test_phan_dau_as_a_verb_still_aims(tmp_path):
    # counter-cases: t5-hoabinh-ccb-2019 ("đã đề ra chỉ tiêu phấn đấu giảm thêm 2% …, làm mới 20 - 25 nhà") and a
    # plain "phấn đấu" verb keep their targets out of the rows
    tpl = template(tmp_path, YEAR_2020,
                   "Năm 2020, Hội CCB tỉnh đã đề ra chỉ tiêu phấn đấu giảm thêm 2% hội viên nghèo và giúp đỡ hội viên "
                   "làm mới 20 - 25 nhà \"Nghĩa tình đồng đội\".",
                   "Hội phấn đấu kết nạp mới 150 hội viên, xây dựng 12 nhà tình nghĩa.")
    assert not _values(tpl) & {Decimal(2), Decimal(25), Decimal(150), Decimal(12)}


# ------------------------------------------------------------------ 2. a week's number names a period

WEEK_2022 = "Báo cáo tình hình dịch bệnh tuần 43 năm 2022"


def test_a_weeks_number_and_its_year_make_no_row(tmp_path):
    # t7-toanquoc-sxh-2022-tuan43: "tuần 43/2022" was a row 43 "cả nước" with plan 2022
    tpl = template(tmp_path, WEEK_2022,
                   "Thống kê của Cục Y tế dự phòng (Bộ Y tế) cho biết, trong tuần 43/2022 cả nước ghi nhận 9.441 trường "
                   "hợp mắc sốt xuất huyết, 1 tử vong tại Tiền Giang.")
    assert _values(tpl) == {Decimal(9441), Decimal(1)}


def test_the_weeks_of_a_list_make_no_row(tmp_path):
    # t7-hcm-tcm-2023-tuan31: "các tuần 26, 27, 28 là những tuần …" made a row 28; "Tuần 29 và 30" another list
    tpl = template(tmp_path, "Báo cáo tình hình bệnh tay chân miệng tuần 31 năm 2023",
                   "Trong tuần 31, TPHCM đã ghi nhận 2.401 ca mắc bệnh tay chân miệng. Các tuần 26, 27, 28 là những "
                   "tuần có tốc độ gia tăng nhanh. Tuần 29 và 30 cũng có tốc độ gia tăng tương đối lớn.")
    assert _values(tpl) == {Decimal(2401)}


def test_a_count_said_after_the_week_is_still_counted(tmp_path):
    # counter-case: the counts a week brought, after its number or after "tuần qua", stay rows
    tpl = template(tmp_path, WEEK_2022,
                   "Trong tuần qua, Hà Nội ghi nhận 265 ca mắc tay chân miệng; tuần 38 có 5 ổ dịch mới, 18 ổ dịch "
                   "đang hoạt động.")
    assert _values(tpl) == {Decimal(265), Decimal(5), Decimal(18)}


# ------------------------------------------------------------------ 3. "tỷ lệ tăng đạt 9,9%" after a change: that change

NINE_MONTHS_2021 = "Báo cáo kết quả hoạt động 9 tháng năm 2021"


def test_a_rate_named_by_the_change_just_stated_is_that_change(tmp_path):
    # t7-hagiang-nhcsxh-2021-9t: "tỷ lệ tăng đạt 9,9%" was a row "Tỷ lệ tăng"; "tỷ lệ tăng 10,3%" (no "đạt") already the
    # change of the dư nợ row, as c-dailoc-toaan-2023's "tăng 13 vụ, 6 bị cáo so với năm 2022, tỷ lệ tăng 19,1%"
    tpl = template(tmp_path, NINE_MONTHS_2021,
                   "Tính đến 30.9, tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng, tăng 331 tỷ 273 triệu đồng so với đầu "
                   "năm, tỷ lệ tăng đạt 9,9%. Tổng dư nợ đạt 3.569 tỷ 659 triệu đồng, tăng 331 tỷ 910 triệu đồng so với "
                   "đầu năm, tỷ lệ tăng 10,3%.")
    assert not any(r.kind == "percent" for r in tpl.rows), [r.label for r in tpl.rows]
    assert Decimal("9.9") in {d.value for d in _row(tpl, 3_579_654_000_000).derived}
    assert Decimal("10.3") in {d.value for d in _row(tpl, 3_569_659_000_000).derived}


def test_a_named_rate_of_its_own_after_a_change_stays_a_row(tmp_path):
    # counter-cases: a rate with a name of its own (t7-hatinh-nganhang-2021's "tỷ lệ nợ xấu … chiếm 0,83%"; "tỷ lệ giảm
    # nghèo đạt 2,1%"), or a change the other way, is no restatement of the change before it
    tpl = template(tmp_path, NINE_MONTHS_2021,
                   "Tổng dư nợ tín dụng đạt 65.955 tỷ đồng, tăng 12,06% so với đầu năm, tỷ lệ nợ xấu chiếm 0,83% dư nợ.",
                   "Số hộ nghèo giảm 1.200 hộ so với đầu năm, tỷ lệ giảm nghèo đạt 2,1%.")
    assert {Decimal("0.83"), Decimal("2.1")} <= _values(tpl)


# ------------------------------------------------------------------ 4. an estimate after a comparison is a figure

HALF_2019 = "Báo cáo kết quả thu ngân sách nhà nước 6 tháng đầu năm 2019"


def test_an_estimate_after_a_comparison_is_a_figure_of_its_own(tmp_path):
    # t7-toanquoc-thunoidia-2019-6t: "… so với cùng kỳ trên cơ sở giá dầu thô bình quân … ước đạt 68,4 USD/thùng" was
    # taken for the comparison's base (last year's value), so the oil price had no row and its 105,2% was one
    tpl = template(tmp_path, HALF_2019,
                   "Cụ thể, thu từ dầu thô ước đạt 30.350 tỷ đồng, bằng 68% so với dự toán, bằng 100,7% so với cùng kỳ "
                   "trên cơ sở giá dầu thô bình quân 6 tháng đầu năm 2019 ước đạt 68,4 USD/thùng, bằng 105,2% so với "
                   "giá dự toán, bằng 96% so với cùng kỳ.")
    assert Decimal("68.4") in _values(tpl)
    assert Decimal("105.2") not in _values(tpl)


def test_the_value_a_comparison_names_is_still_its_base(tmp_path):
    # counter-case: zb-toan-quoc-none-hang-khong-tet-2024-02 (held-out) — "… (giảm 2,7% so với cùng kỳ 2023) và hơn
    # 2.800 tấn hàng hóa" stays a row, and "so với cùng kỳ năm trước (113 vụ)" stays the base
    tpl = template(tmp_path, HALF_2019,
                   "Tổng sản lượng vận chuyển của các hãng đạt xấp xỉ 1,1 triệu hành khách (giảm 2,7% so với cùng kỳ "
                   "2023) và hơn 2.800 tấn hàng hóa (tăng 16,7% so với cùng kỳ 2023).",
                   "Toàn tỉnh xảy ra 124 vụ cháy, tăng 11 vụ so với cùng kỳ năm trước (113 vụ).")
    assert Decimal(2800) in _values(tpl)
    assert _row(tpl, 124).base == 113


# ------------------------------------------------------------------ 5. a change said under a condition is its own figure

def test_a_change_under_a_condition_is_a_figure_of_its_own(tmp_path):
    # t7-toanquoc-thunoidia-2019-6t ("Nếu không kể … thì …, số thu tăng 10,5%") and t5-hanoi-thue-2023-9t ("Nếu loại trừ
    # những khoản thu đột biến, đặc thù thì chỉ tăng 9,7% so cùng kỳ"): hung on a row before as its change
    tpl = template(tmp_path, HALF_2019,
                   "Ngành Thuế thu đạt 1.048,3 nghìn tỷ đồng, bằng 76,3% dự toán, giảm 3,2% so cùng kỳ năm 2022. Tại địa "
                   "bàn TP. Hà Nội đã thực hiện được 284,6 nghìn tỷ đồng, đạt 87,3% dự toán pháp lệnh và tăng 25,9% so "
                   "với cùng kỳ năm 2022. Nếu loại trừ những khoản thu đột biến, đặc thù thì chỉ tăng 9,7% so cùng kỳ.",
                   "Trong đó, số thu không kể tiền sử dụng đất, cổ tức và lợi nhuận còn lại, thu từ xổ số kiến thiết... ước "
                   "đạt 462.564 tỷ đồng, bằng 48,9% so với dự toán pháp lệnh, tăng 13,5% so với cùng kỳ năm 2018. Nếu "
                   "không kể các khoản tăng thu từ năng lực sản xuất mới, tăng thu do thay đổi chính sách thuế, thì thu "
                   "nội địa trừ tiền sử dụng đất, cổ tức và xổ số kiến thiết, số thu tăng 10,5% so với cùng kỳ.")
    assert {Decimal("9.7"), Decimal("10.5")} <= _values(tpl)
    for value in (1_048_300_000_000_000, 284_600_000_000_000, 462_564_000_000_000):
        assert not {Decimal("9.7"), Decimal("10.5")} & {d.value for d in _row(tpl, value).derived}


# ------------------------------------------------------------------ 6. a plan's range in brackets is the target

def test_a_plans_range_in_brackets_is_the_target(tmp_path):
    # t7-hatinh-nganhang-2021: "(kế hoạch tăng từ 14 - 16% so với cuối năm 2020)" was a row 16 %; as
    # t5-btttt-vienthong-2023-h1's "(kế hoạch năm 2023 là 76%)" it is the target of the row before
    tpl = template(tmp_path, "Báo cáo tổng kết hoạt động ngân hàng năm 2021",
                   "Đến 30/11/2021, tổng nguồn vốn huy động đạt 85.357 tỷ đồng, tăng 27,73% so với đầu năm, vượt kế "
                   "hoạch đề ra (kế hoạch tăng từ 14 - 16% so với cuối năm 2020).",
                   "Tỷ lệ hộ sử dụng cáp quang đạt 77,1%, đã vượt mục tiêu kế hoạch năm 2023 (kế hoạch năm 2023 là 76%).")
    assert _values(tpl) == {Decimal(85_357_000_000_000), Decimal("77.1")}


def test_a_count_in_brackets_after_a_plan_word_stays_a_row(tmp_path):
    # counter-case: a bracket that opens on a count of the period (not on the plan) keeps its rows
    tpl = template(tmp_path, "Báo cáo tổng kết hoạt động ngân hàng năm 2021",
                   "Doanh số cho vay vượt kế hoạch đề ra (cho vay 21.876 lượt hộ, đạt 948 tỷ đồng).")
    assert Decimal(21876) in _values(tpl)
