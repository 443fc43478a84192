"""Issue 14, round 23: plans written beside the figures (``/KH``, ``kế hoạch … là``, their parts after ``Trong đó``),
aims, spans and grade names — 16 fresh sweep pages (``t16-*``, judged in evaluations/sweep/template-round23.md).
Sentences as the pages print them (slug in each comment), written as a prior report; each rule has the counter-case
it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR_2022 = "Báo cáo tình hình kinh tế - xã hội năm 2022"
YEAR_2015 = "Báo cáo tình hình kinh tế - xã hội năm 2015"
H1_2025 = "Báo cáo tình hình giải ngân vốn đầu tư công 6 tháng đầu năm 2025"
M4_2025 = "Báo cáo tình hình giải ngân vốn đầu tư công 4 tháng đầu năm 2025"
SCHOOL = "Báo cáo tình hình huy động học sinh năm học 2022 - 2023"


def has(tpl, value):
    return any(r.value == Decimal(str(value)) for r in tpl.rows)


def row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(str(value)))


# ------------------------------------------------------------------ 1. a plan after the figure: /KH (planned.plan_after_figure)

VINH_LINH = ("Thu nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng, tăng 3,1 triệu đồng so với "
             "năm 2021. Thu ngân sách trên địa bàn ước đạt 285 tỷ đồng, tăng 18,4%/KH tăng 10-12%. Tổng sản lượng "
             "lương thực có hạt ước đạt 38.198 tấn/KH 41.000-42.000 tấn. Năng suất lúa bình quân đạt 50,4 tạ/ha/KH "
             "55 - 56 tạ/ha. Tổng đàn trâu, bò đạt 16.133 con/KH 16.200-16.500 con, đàn lợn 61.280 con/KH "
             "43.000-45.000 con.")


def test_a_plan_written_after_the_figure_makes_no_row(tmp_path):
    # t16-vinhlinh-ktxh-2022: each range's end after /KH had made a row of its own
    tpl = template(tmp_path, YEAR_2022, VINH_LINH)
    for plan in (56, 12, 42000, 16500, 45000):
        assert not has(tpl, plan), plan
    for figure in (55300000, 285000000000, 38198, Decimal("50.4"), 16133, 61280):
        assert has(tpl, figure), figure


def test_the_plan_mark_is_no_unit_nor_label(tmp_path):
    # t16-vinhlinh-ktxh-2022: "triệu đồng/kh", "Mức mỗi kh …", "Năng suất KH" before
    tpl = template(tmp_path, YEAR_2022, VINH_LINH)
    r = row(tpl, 55300000)
    assert "kh" not in r.unit.lower() and r.per is None
    assert "KH" not in row(tpl, Decimal("50.4")).label and "kh" not in r.label.lower().split()


def test_an_increase_with_no_plan_mark_stays_a_row(tmp_path):
    # counter-case: a range that is the period's own (no /KH before it)
    tpl = template(tmp_path, YEAR_2022, "Tổng đàn trâu, bò đạt 16.133 con, đàn lợn 61.280 con, tăng 258 con.")
    assert has(tpl, 16133) and has(tpl, 61280)


# ------------------------------------------------------------------ 2. a plan stated and its parts (plan_stated, plan_parts)

NHIP_SONG = ("Chỉ tính riêng kế hoạch vốn năm 2025, lũy kế giải ngân đến hết tháng 6/2025 là 318.573,2 tỷ đồng, đạt "
             "32,37% kế hoạch. Năm 2025, Thủ tướng Chính phủ đã giao kế hoạch đầu tư công nguồn ngân sách nhà nước "
             "cho các bộ, ngành và địa phương là 884.585,6 tỷ đồng. Trong đó, vốn ngân sách trung ương là 408.858,3 "
             "tỷ đồng; vốn ngân sách địa phương là 475.727,3 tỷ đồng. Như vậy, tổng nguồn vốn đầu tư công năm 2025 "
             "được đưa vào kế hoạch là 1.048.805,2 tỷ đồng.")


def test_a_plan_stated_and_its_parts_make_no_row(tmp_path):
    # t16-nhipsong-giaingan-2025-h1: the plan is the Kế hoạch column of the disbursement's row, not a row
    tpl = template(tmp_path, H1_2025, NHIP_SONG)
    for plan in (884585600000000, 408858300000000, 475727300000000, 1048805200000000):
        assert not has(tpl, plan), plan


def test_the_disbursement_stays_a_row(tmp_path):
    # counter-case: "kế hoạch vốn … lũy kế giải ngân … là" is the disbursement
    tpl = template(tmp_path, H1_2025, NHIP_SONG)
    assert has(tpl, 318573200000000)


def test_parts_of_a_result_stay_rows(tmp_path):
    # counter-case (t16-nongson-ktxh-2022): "trong đó" after a result lists the result's parts
    tpl = template(tmp_path, YEAR_2022,
                   "Năm 2022, tổng thu ngân sách nhà nước trên địa bàn Nông Sơn đạt hơn 83,5 tỷ đồng, đạt 132,4% so "
                   "với kế hoạch tỉnh giao; trong đó, số thu do huyện quản lý hơn 20,5 tỷ đồng.")
    assert has(tpl, 83500000000) and has(tpl, 20500000000)


def test_an_excess_over_the_plan_is_no_plan_stated(tmp_path):
    # counter-case (a-mang-yang-ctd-2019): "vượt chỉ tiêu so với kế hoạch năm 2019 là 1,5 tỷ đồng. Trong đó, …"
    tpl = template(tmp_path, "Báo cáo công tác Hội năm 2019",
                   "Năm 2019, các cấp Hội Chữ thập đỏ huyện Mang Yang đã vận động, tổ chức thăm và tặng quà với tổng "
                   "trị giá trên 5,1 tỷ đồng, vượt chỉ tiêu so với kế hoạch năm 2019 là 1,5 tỷ đồng. Trong đó, vận "
                   "động phong trào “Tết vì người nghèo và nạn nhân chất độc da cam” Xuân Kỷ Hợi năm 2019 với trị giá "
                   "957 triệu đồng, hỗ trợ cho 3.179 đối tượng.")
    assert has(tpl, 957000000) and has(tpl, 3179)


# ------------------------------------------------------------------ 3. an aim (aim_stated)

def test_an_aim_makes_no_row(tmp_path):
    # t16-thitruong-giaingan-2025-4t
    tpl = template(tmp_path, M4_2025,
                   "Lũy kế 4 tháng đầu năm, tổng vốn giải ngân ước đạt 128.512,9 tỷ đồng, tương ứng 15,56% kế hoạch "
                   "Thủ tướng Chính phủ giao. Do vậy, Bộ Tài chính đã đưa ra giải pháp để đạt mục tiêu giải ngân vốn "
                   "đầu tư công năm 2025 là 100%.")
    assert has(tpl, 128512900000000) and not has(tpl, 100)


# ------------------------------------------------------------------ 4. a span opening the clause (span_opening)

def test_a_span_opening_the_sentence_makes_no_row(tmp_path):
    # t16-hiepduc-ktxh-2015, t16-nongson-ktxh-2022
    tpl = template(tmp_path, YEAR_2015,
                   "Trong 2 ngày 17 và 18.12, HĐND huyện Hiệp Đức khóa VI tổ chức kỳ họp thứ 17. Giá trị ngành "
                   "thương mại - dịch vụ đạt hơn 560 tỷ đồng, tăng 2,7% so với năm trước.")
    assert has(tpl, 560000000000) and not has(tpl, 2)
    tpl = template(tmp_path, YEAR_2022,
                   "Trong 2 vụ đông xuân và hè thu năm 2022, nông dân trên địa bàn gieo trồng hơn 2.327ha cây lương "
                   "thực có hạt và tổng sản lượng đạt 13.007 tấn.")
    assert has(tpl, 2327) and has(tpl, 13007) and not has(tpl, 2)


def test_a_count_of_seasons_said_as_a_result_stays(tmp_path):
    # counter-case: no "Trong" opening the clause
    tpl = template(tmp_path, YEAR_2022, "Năm 2022, toàn huyện tổ chức 2 đợt ra quân làm thủy lợi.")
    assert has(tpl, 2)


# ------------------------------------------------------------------ 5. a grade's name (grade_named)

def test_a_grade_named_makes_no_row(tmp_path):
    # t16-chauphu-daohuucanh-2022-2023, t16-bactramy-khaigiang-2022-2023
    tpl = template(tmp_path, SCHOOL,
                   "Năm học 2022 – 2023, các trường trên địa bàn xã Đào Hữu Cảnh huy động 1.492 em học sinh. Trong "
                   "đó, Mẫu giáo 175 em, mẫu giáo 4 tuổi có 2 lớp với 60 em; riêng học sinh Mẫu giáo lên lớp 1, lớp 5 "
                   "lên lớp 6 tập trung vào ngày 24/8.")
    assert has(tpl, 1492) and has(tpl, 60) and not has(tpl, 6)
    tpl = template(tmp_path, SCHOOL,
                   "Năm nay, điểm trường Tắk Pổ có lớp ghép gồm 2 khối 1 và 2 do cô Trà Thị Thu chủ nhiệm với 12 em.")
    assert not has(tpl, 1) and has(tpl, 12)


def test_classes_counted_stay_rows(tmp_path):
    # counter-case (t16-chauphu): "có 2 lớp với 60 em" — the noun after the number
    tpl = template(tmp_path, SCHOOL, "Năm học 2022 – 2023, mẫu giáo 5 tuổi có 4 lớp với 120 em.")
    assert has(tpl, 4) and has(tpl, 120)


def test_a_season_plan_announced_stays_a_row(tmp_path):
    # counter-case (g-phiabac-lua-2021): the plan of an area is the page's figure, no capital's plan
    tpl = template(tmp_path, "Báo cáo kế hoạch sản xuất vụ Đông Xuân 2020-2021",
                   "Kế hoạch sản xuất lúa vụ Đông Xuân 2020-2021 tại các tỉnh phía Bắc là 1,088 triệu ha, giảm khoảng "
                   "9 600 ha so với vụ Đông Xuân 2019-2020.")
    assert has(tpl, 1088000)


# ------------------------------------------------------------------ 6. the end of a rise said again (twice.rise_end_again)

DI_HOC = ("Theo kết quả khảo sát mức sống dân cư năm 2024 do Cục Thống kê vừa công bố, tỷ lệ đi học đúng tuổi ở các "
          "cấp tiểu học, trung học cơ sở, THPT của học sinh cả nước lần lượt là 95,7%, 91,6% và 80%.")


def test_the_end_of_a_rise_equal_to_a_row_is_said_again(tmp_path):
    # t16-vietnamplus-dihoc-dungtuoi-2024: one row of 80 %
    tpl = template(tmp_path, "Báo cáo kết quả khảo sát mức sống dân cư năm 2024", DI_HOC,
                   "Trong vòng 10 năm từ 2014 đến 2024, tỷ lệ đi học đúng tuổi ở các cấp đều có xu hướng tăng, đặc "
                   "biệt là tỷ lệ đi học đúng tuổi ở cấp trung học phổ thông (tăng từ 63,1% năm 2014 lên 80% năm "
                   "2024)./.")
    assert sum(r.value == 80 for r in tpl.rows) == 1


def test_the_end_of_a_rise_alone_stays_a_row(tmp_path):
    # counter-case: no 80 % before
    tpl = template(tmp_path, "Báo cáo kết quả khảo sát mức sống dân cư năm 2024",
                   "Tỷ lệ đi học đúng tuổi ở cấp trung học phổ thông tăng từ 63,1% năm 2014 lên 80% năm 2024.")
    assert sum(r.value == 80 for r in tpl.rows) == 1


# ------------------------------------------------------------------ 7. the foot's other articles (foot.before_other_articles)

from service.onboarding.foot import other_articles_heading  # noqa: E402


def test_the_articles_after_a_related_news_heading_make_no_row(tmp_path):
    # t16-happyvietnam-phocap-thcs-2023-2024: "Hai nhà lãnh đạo đã nhất trí …" under "Tin cùng chuyên mục"
    tpl = template(tmp_path, "Báo cáo kết quả phổ cập giáo dục năm học 2023-2024",
                   "Năm học 2023-2024, có khoảng 74,5% học sinh tốt nghiệp THCS vào học THPT.",
                   "Tin cùng chuyên mục",
                   "Chuyến thăm của Tổng Bí thư đã thành công rực rỡ. Hai nhà lãnh đạo đã nhất trí tăng cường quan hệ "
                   "đối tác, 15 văn kiện hợp tác được ký kết.")
    assert has(tpl, Decimal("74.5")) and not has(tpl, 15) and not has(tpl, 2)


def test_related_news_headings_are_lines_alone():
    # t16-quangngai-tp-ktxh-2019-9t "Tin đã đưa", t16-chauphu-daohuucanh-2022-2023 "các tin khác"; counter-cases: a
    # sentence about news, a heading with a number
    assert other_articles_heading("Tin cùng chuyên mục") and other_articles_heading("Tin đã đưa")
    assert other_articles_heading("các tin khác") and other_articles_heading("Bài viết liên quan")
    assert not other_articles_heading("Tin khác của huyện cho biết 12 hộ đã thoát nghèo")
    assert not other_articles_heading("Tin liên quan đến 3 vụ việc")


# ------------------------------------------------------------------ 8. a result compared with the aim is no aim (statements._GOAL)

def test_a_change_after_a_comparison_with_the_aim_is_kept(tmp_path):
    # t16-nongson-ktxh-2022: "so với mục tiêu đề ra" had made the next change an aim's
    tpl = template(tmp_path, YEAR_2022,
                   "Trong 2 vụ đông xuân và hè thu năm 2022, nông dân trên địa bàn gieo trồng hơn 2.327ha cây lương "
                   "thực có hạt và tổng sản lượng đạt 13.007 tấn, tăng 3,68% so với mục tiêu đề ra và tăng gần 24,7% "
                   "so với năm 2021.")
    r = row(tpl, 13007)
    assert any(d.value == Decimal("24.7") for d in r.derived)


def test_an_aim_named_in_the_clause_still_aims(tmp_path):
    # counter-case: "với mục tiêu nâng …" (statements._GOAL's own case) stays an aim
    tpl = template(tmp_path, YEAR_2022, "Huyện triển khai chương trình với mục tiêu nâng tỷ lệ che phủ rừng lên 45%.")
    assert not has(tpl, 45)


# ------------------------------------------------------------------ 9. a plan's share past a semicolon (recognisers.past_semicolon)

CHAU_DUC = ("Trong 5 tháng đầu năm, các chỉ tiêu phát triển kinh tế xã hội của huyện được triển khai thực hiện hiệu "
            "quả. Cụ thể, giá trị sản xuất nông nghiệp đạt hơn 41% kế hoạch, tăng 3,3% so cùng kỳ; giá trị sản xuất "
            "công nghiệp đạt gần 39%, tăng 8,8% so cùng kỳ; thương mại-dịch vụ đạt hơn 41% so kế hoạch, tăng 10,6%; "
            "thu ngân sách nhà nước trên địa bàn đạt hơn 66% so với dự toán, tăng gần 29% so cùng kỳ.")


def test_a_rate_of_the_plan_past_a_semicolon_is_a_row_of_its_own(tmp_path):
    # t16-chauduc-ktxh-2021-5t: the 66 % had made a plan of 16 for the "tăng 10,6%" before the semicolon
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội 5 tháng đầu năm 2021", CHAU_DUC)
    assert has(tpl, 66)
    assert row(tpl, Decimal("10.6")).plan is None
