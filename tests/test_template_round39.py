"""Issue 14, round 39: the template's precision — an amount each recipient got in a giving is a standing level, not
a row (``given.each_given``); round ages listed after ``tròn``/``thọ`` are no figure (``aged.round_ages``).
Quotes as printed (the sources' typos kept)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def standing(tpl, value):
    return any(s.value == Decimal(str(value)) for s in tpl.standing)


# ------------------------------------------------------------------ given.each_given


def test_a_gift_per_elder_is_a_level_not_a_row(tmp_path):
    # t29-baodongthap-tam-nong-nct-2017: «Số đồng/cụ cho các cụ tròn» 200.000 was a row
    tpl = template(tmp_path, "Báo cáo công tác người cao tuổi năm 2017",
                   "Đoàn đã trao tặng giấy mừng thọ và 200 ngàn đồng/cụ cho các cụ tròn 70, 75, 80, 85, 95 và trên "
                   "100.")
    assert not has(tpl, 200000)
    assert standing(tpl, 200000)


def test_a_share_s_value_after_mỗi_suất_is_a_level_the_count_stays(tmp_path):
    # zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01: the hand keeps «Suất quà trao tặng» 20 suất (850.000
    # đồng/suất in its note) and the cows' 50 triệu đồng
    tpl = template(tmp_path, "Báo cáo kết quả trao quà Tết năm 2022",
                   "Hội Doanh nhân trẻ Nghệ An đã trao tặng 5 con bò sinh sản trị giá 50 triệu đồng; 20 suất quà, mỗi "
                   "suất trị giá 850.000 đồng và 5 tủ quần áo trị giá 13 triệu đồng cho các gia đình nghèo.")
    assert not has(tpl, 850000)
    assert has(tpl, 20) and has(tpl, 50000000)


def test_each_share_s_value_said_twice_for_two_gifts(tmp_path):
    # n-hoahoi-nct-2024-h1: two rows «Trị giá mỗi phần trị» 400.000 and 200.000 the hand leaves
    tpl = template(tmp_path, "Báo cáo hoạt động Hội Người cao tuổi 6 tháng đầu năm 2024",
                   "Hội còn vận động ông Kim Ngọc Mỹ (ngụ tỉnh Bình Dương) trao tặng 50 phần quà cho hội viên người cao "
                   "tuổi, mỗi phần trị giá 400.000đ và trao tặng 50 phần quà cho trẻ em có hoàn cảnh khó khăn, mỗi "
                   "phần trị giá 200.000đ.")
    assert not has(tpl, 400000) and not has(tpl, 200000)


def test_scholarship_levels_per_pupil_are_levels_the_total_stays(tmp_path):
    # t29-tinhuyquangtri-hoc-bong-dakrong
    tpl = template(tmp_path, "Báo cáo trao học bổng năm 2018",
                   "Tổng giá trị học bổng được trao trong đợt này trên 588 triệu đồng, trong đó gồm tiền mừng tuổi cho "
                   "học sinh được nhận học bổng là 50.000 đồng/em và định mức học bổng, cụ thể: học sinh Tiểu học và "
                   "THCS: 600.000 đồng/em; học sinh THPT: 800.000 đồng/em, sinh viên đại học, cao đẳng và trung học "
                   "chuyên nghiệp: 1.500.000 đồng/em.")
    for value in (50000, 600000, 800000, 1500000):
        assert not has(tpl, value), value
    assert has(tpl, 588000000)


def test_a_gift_level_named_by_mức_quà_tặng_là(tmp_path):
    # t29-binhson-nct-2022: the levels by age were rows «Số tiền …»
    tpl = template(tmp_path, "Báo cáo chúc thọ, mừng thọ người cao tuổi năm 2022",
                   "Mức tặng quà chúc thọ, mừng thọ bằng tiền mặt cho người cao tuổi 70, 75 tuổi là 500 nghìn đồng tiền "
                   "mặt, người cao tuổi 80, 85 tuổi mức quà tặng là 600 nghìn đồng tiền mặt, người cao tuổi 95 tuổi mức "
                   "quà tặng là 900 nghìn đồng tiền mặt.")
    for value in (500000, 600000, 900000):
        assert not has(tpl, value), value


def test_guard_an_income_per_person_stays_a_row(tmp_path):
    # zk-vinh-phuc-tam-duong (round 37): the hand keeps «Thu nhập bình quân đầu người» 35,9 triệu đồng/người/năm
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2020",
                   "Năm 2020, huyện đã hỗ trợ xây dựng 12 nhà đại đoàn kết; thu nhập bình quân trên đầu người đạt 35,9 "
                   "triệu đồng/người/năm.")
    assert has(tpl, 35900000)


def test_guard_a_total_given_stays_a_row(tmp_path):
    # n-bacgiang-khuyenhoc-2023-11: the hand keeps the 549 triệu đồng (the 4,5 triệu đồng per share is a level)
    tpl = template(tmp_path, "Báo cáo công tác khuyến học tháng 11 năm 2023",
                   "Ngày 13 và 14/11, Hội Khuyến học tỉnh Bắc Giang trao 70 suất học bổng tặng học sinh hoàn cảnh khó "
                   "khăn tại 10 huyện, thành phố. Mỗi suất học bổng trị giá 4,5 triệu đồng, được trích từ nguồn quỹ "
                   "khuyến học - khuyến tài tỉnh Bắc Giang. Tổng số tiền trao học bổng của Hội Khuyến học tỉnh Bắc "
                   "Giang, các hội khuyến học cấp huyện và nhà tài trợ trao tặng đợt này là 549 triệu đồng.")
    assert has(tpl, 549000000) and has(tpl, 70)
    assert not has(tpl, 4500000)


# ------------------------------------------------------------------ aged.round_ages


def test_round_ages_listed_after_tròn_are_no_rows(tmp_path):
    # t29-baodongthap-tam-nong-nct-2017: twelve rows «Số cụ …» 70, 75, 80, 85, 95, 100 (twice)
    tpl = template(tmp_path, "Báo cáo công tác người cao tuổi năm 2017",
                   "Hiện tại huyện Tam Nông có tổng số 1.131 cụ cao tuổi (trong đó có 1.058 cụ tròn 70, 75, 80, 85, 95 "
                   "và trên 100, 2 cụ tròn 100 tuổi, 71 cụ tròn 90 tuổi).")
    for value in (70, 75, 80, 85, 95):
        assert not has(tpl, value), value
    assert not any(r.value == 100 for r in tpl.rows)


def test_a_round_age_with_its_word_mistyped(tmp_path):
    # t29-sontinh-nct: «Số tuôi của triệu đồng» 95 was a row; the counts and amounts stay
    tpl = template(tmp_path, "Báo cáo chúc thọ người cao tuổi năm 2020",
                   "UBND huyện đã trích ngân sách huyện để chúc thọ, mừng thọ người cao tuổi tròn 70, 75, 80, 85, 90, 95 "
                   "và trên 100 tuổi ở các xã với tổng số tiền 563,7 triệu đồng, trong đó, có 33 cụ trên 100 tuổi (22,7 "
                   "triệu đồng), 89 cụ tròn 95 tuôi (51,1 triệu đồng).")
    assert not has(tpl, 95)
    assert has(tpl, 89) and has(tpl, 33) and has(tpl, 563700000) and has(tpl, 51100000)


def test_guard_a_count_of_years_after_tròn_is_not_an_age(tmp_path):
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2023",
                   "Nhân dịp tròn 10 năm thành lập, Hội đã kết nạp 25 hội viên mới.")
    assert has(tpl, 25)
    assert not has(tpl, 10)   # a span (its noun năm), read as before by the dates and spans
