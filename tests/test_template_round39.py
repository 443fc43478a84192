"""Issue 14, round 39: the template's precision — an amount each recipient got in a giving is a standing level, not
a row when it is per person (``đồng/cụ``, ``đồng/em``) or named a gift's level (``mức quà tặng là``)
(``given.each_given``); round ages listed after ``tròn`` are no figure (``aged.round_ages``).
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


def test_guard_the_value_of_one_share_stays_a_row(tmp_path):
    # yi-hau-giang-cong-doan-nganh-giao-duc-tet-sum-vay-2021: the hand keeps «Mức hỗ trợ mỗi suất» 500.000 đồng/suất
    # (the held-out hands split on a share's value; the first try of each_given, which read ``mỗi suất`` too, lost it)
    tpl = template(tmp_path, "Báo cáo chương trình Tết sum vầy năm 2021",
                   "Nhân dịp này, Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng cho nhà "
                   "giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn.")
    assert has(tpl, 500000) and has(tpl, 31)


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
    # n-bacgiang-khuyenhoc-2023-11: the hand keeps the 549 triệu đồng and the 70 suất
    tpl = template(tmp_path, "Báo cáo công tác khuyến học tháng 11 năm 2023",
                   "Ngày 13 và 14/11, Hội Khuyến học tỉnh Bắc Giang trao 70 suất học bổng tặng học sinh hoàn cảnh khó "
                   "khăn tại 10 huyện, thành phố. Tổng số tiền trao học bổng của Hội Khuyến học tỉnh Bắc Giang, các hội "
                   "khuyến học cấp huyện và nhà tài trợ trao tặng đợt này là 549 triệu đồng.")
    assert has(tpl, 549000000) and has(tpl, 70)


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


def test_guard_a_province_named_phú_thọ_before_a_count(tmp_path):
    # zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2-2017-07: the hand keeps «Nhà bị tốc mái (Phú Thọ)» 13 nhà
    tpl = template(tmp_path, "Báo cáo tình hình thiệt hại do bão số 2 tháng 7 năm 2017",
                   "Nhà bị tốc mái: tỉnh Phú Thọ 13 nhà, tỉnh Hòa Bình 5 nhà.")
    assert has(tpl, 13)


# ------------------------------------------------------------------ ranged.range_per_unit


def test_a_range_per_head_is_no_row(tmp_path):
    # zg-thai-nguyen-dong-hy-xa-khe-mo-duong-gtnt-2018-2019: «Số tiền … mỗi khẩu» 3.000.000 (the range's high end)
    tpl = template(tmp_path, "Báo cáo kết quả làm đường giao thông nông thôn năm 2019",
                   "Bà con đã đóng góp đối ứng, mỗi khẩu từ 1,5 đến 3 triệu đồng (tùy thuộc vào chiều dài đường).")
    assert not has(tpl, 3000000) and not has(tpl, 1500000)


def test_a_range_per_day_is_no_row(tmp_path):
    # zl-tp-ho-chi-minh-hoi-bao-tro-benh-nhan-ngheo-2014: «Số suất ăn vẫn duy trì đều đặn» 12.000
    tpl = template(tmp_path, "Báo cáo tổng kết hoạt động năm 2014",
                   "Các bếp ăn từ thiện vẫn duy trì đều đặn 10.000 – 12.000 suất ăn mỗi ngày.")
    assert not has(tpl, 12000)


def test_an_income_band_per_month_is_no_row(tmp_path):
    # zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017: «Mức phần đông sinh viên …» 8.000.000
    tpl = template(tmp_path, "Báo cáo khảo sát việc làm sinh viên tốt nghiệp năm 2017",
                   "Phần đông sinh viên tốt nghiệp sau một năm có thu nhập từ 5 triệu đến 8 triệu đồng/ tháng.")
    assert not has(tpl, 8000000)


def test_guard_a_yearly_whole_said_as_a_range_stays_a_row(tmp_path):
    # z-quang-ninh-hong-thai-tay-nct-2011-2016: the hand keeps «Quỹ phụng dưỡng ông bà, cha mẹ (hằng năm)» 500 triệu
    tpl = template(tmp_path, "Báo cáo hoạt động Hội Người cao tuổi giai đoạn 2011-2016",
                   "Theo số liệu của các chi hội, tổng quỹ này hàng năm có khoảng 400-500 triệu đồng.")
    assert has(tpl, 500000000)


def test_guard_a_range_with_nothing_it_is_per_stays_a_row(tmp_path):
    # z-can-tho-vinh-thanh-pctt-2016-h1: the hand keeps «Mức thiệt hại năng suất lúa» 20 %
    tpl = template(tmp_path, "Báo cáo công tác phòng chống thiên tai 6 tháng đầu năm 2016",
                   "Bão làm sập hoàn toàn 2 căn nhà và tốc mái 43 căn nhà, thiệt hại tài sản trên 200 triệu đồng; gây đổ "
                   "ngã 7.478 ha diện tích lúa hè thu, thiệt hại từ 10 đến 20% năng suất lúa.")
    assert has(tpl, 20)


def test_guard_a_room_occupancy_said_as_a_range_stays_a_row(tmp_path):
    # yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04: the hand keeps «Công suất buồng toàn tỉnh» 95 %
    tpl = template(tmp_path, "Báo cáo hoạt động du lịch dịp nghỉ lễ 30/4 năm 2025",
                   "Chủ yếu là du khách đến vui chơi, tắm biển, nghỉ dưỡng. Công suất buồng đạt khoảng 95-100% toàn "
                   "tỉnh.")
    assert has(tpl, 95) or has(tpl, 100)


# ------------------------------------------------------------------ changedpair.change_pair_second


def test_the_second_count_of_a_changed_pair_is_the_same_change(tmp_path):
    # yk-binh-thuan-cong-an-tinh-cao-diem-tan-cong-tran-ap-toi-pham-2023-08: «Số đối tượng triệt phá …» 153 was a row
    tpl = template(tmp_path, "Báo cáo kết quả đợt cao điểm tấn công trấn áp tội phạm tháng 8 năm 2023",
                   "Triệt phá 40 vụ/224 đối tượng đánh bạc (tăng 25 vụ/153 đối tượng); đã khởi tố 3 vụ/3 bị can.")
    assert not has(tpl, 153)
    assert has(tpl, 40) and has(tpl, 224)


def test_a_changed_pair_of_cases_and_accused(tmp_path):
    # zj-toan-quoc-phong-chong-tham-nhung-2015: «Số bị can …» 276 was a row (the hand keeps 178 vụ and 317 bị can)
    tpl = template(tmp_path, "Báo cáo công tác phòng, chống tham nhũng năm 2015",
                   "Tín hiệu xấu là số vụ án tham nhũng được khởi tố, truy tố, xét xử hình sự vẫn tiếp tục giảm. Theo "
                   "đó, cả năm chỉ khởi tố được 178 vụ/317 bị can (giảm 78 vụ/276 bị can).")
    assert not has(tpl, 276)
    assert has(tpl, 178) and has(tpl, 317)


def test_guard_a_pair_with_no_change_keeps_both_rows(tmp_path):
    tpl = template(tmp_path, "Báo cáo kết quả đợt cao điểm tấn công trấn áp tội phạm tháng 8 năm 2023",
                   "Triệt phá 40 vụ/224 đối tượng đánh bạc; đã khởi tố 3 vụ/3 bị can.")
    assert has(tpl, 224) and has(tpl, 40)
