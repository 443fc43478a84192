"""Issue 14, round 27: bounds that are no figure — a number after a comparison sign, a bracket holding only a class's
range (``service.onboarding.bounds``) — and a colon that opens a list of classes after a comparison
(``recognisers.base_of_cue``).  Fresh sweep pages ``t20-*`` (evaluations/sweep/template-round27.md); sentences as the
pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import has, row

NINE_2020 = "Báo cáo tình hình phòng chống sốt xuất huyết 9 tháng đầu năm 2020"
JAN_2024 = "Báo cáo tình hình đăng ký doanh nghiệp tháng 1 năm 2024"
YEAR_2020 = "Báo cáo thống kê y tế năm 2020"
YEAR_2022 = "Báo cáo kết quả giảm nghèo năm 2022"


# ------------------------------------------------------------------ 1. a number after a comparison sign (sign_bound)

SXH = ("So với cùng kỳ năm 2019, số mắc giảm 65,6%, tử vong giảm 32 trường hợp. Tỷ lệ chết/mắc do sốt xuất huyết của cả "
       "nước 9 tháng đầu năm là 0,01%, thấp nhất trong 10 năm qua và thấp hơn nhiều so với các nước trong khu vực "
       "(Philippines 0,36%, Malaysia 0,16%, Lào 0,22%) và thấp hơn chỉ tiêu Thủ tướng Chính phủ giao (≤ 0,09%).")


def test_a_target_after_a_sign_is_the_plan_of_the_rate(tmp_path):
    # t20-thanhnien-sxh-9t-2020: "0,09 %" had been a row "Tỷ lệ thấp hơn chỉ tiêu Thủ tướng Chính phủ giao"
    tpl = template(tmp_path, NINE_2020, SXH)
    assert not has(tpl, "0.09")


def test_a_target_after_a_sign_is_the_plan_of_the_rate_kept(tmp_path):
    tpl = template(tmp_path, NINE_2020, SXH)
    assert row(tpl, "0.01").plan == Decimal("0.09")


def test_an_age_bound_after_a_sign_is_no_row(tmp_path):
    # moh.gov.vn's yearbook (the pages corpus): "trẻ em<1 tuổi" is the class vaccinated, not a count of one
    tpl = template(tmp_path, YEAR_2020, "Tỷ lệ % tiêm chủng đầy đủ cho trẻ em<1 tuổi đạt 96,8%.")
    assert not has(tpl, 1) and has(tpl, "96.8")


def test_a_rate_without_a_sign_stays(tmp_path):
    # counter-case: the same sentence's own rate, no sign before it
    tpl = template(tmp_path, NINE_2020, SXH)
    assert has(tpl, "0.01")


# ------------------------------------------------------------------ 2. a bracket holding only a range (class_range)

VNECONOMY = ("Tuy vậy, doanh nghiệp thành lập mới đa phần có quy mô nhỏ (từ 0 - 10 tỷ đồng) với 12.432 doanh nghiệp "
             "(chiếm 91,8%, tăng 26,7% so với cùng kỳ năm 2023), chủ yếu thuộc nhóm ngành Dịch vụ với 10.177 doanh "
             "nghiệp, chiếm 75,2% tổng số doanh nghiệp thành lập mới, tăng 24,4% so với năm ngoái.")


def test_a_size_class_in_brackets_is_no_row(tmp_path):
    # t20-vneconomy-doanhnghiep-t1-2024: "10 tỷ đồng" had been a row "Số tiền"
    tpl = template(tmp_path, JAN_2024, VNECONOMY)
    assert not any(r.kind == "money" for r in tpl.rows)
    assert has(tpl, 12432) and has(tpl, 10177)


def test_a_plans_range_in_brackets_is_no_row(tmp_path):
    # c10-vn-giamngheo-2022: the range the programme set, in brackets after its name
    tpl = template(tmp_path, YEAR_2022, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,3%, đạt chỉ tiêu của Chương "
                   "trình do Quốc hội, Chính phủ giao (từ 1-1,5%).")
    assert not has(tpl, "1.5") and not has(tpl, 1)


def test_an_estimate_written_as_a_range_without_brackets_stays(tmp_path):
    # counter-case, ya-toan-quoc-bo-nnptnt (round 26): one figure's estimate keeps its high end
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất nông nghiệp năm 2021", "Giá trị gia tăng toàn ngành tăng khoảng "
                   "2,85 đến 2,9%.")
    assert has(tpl, "2.9")


# ------------------------------------------------------------------ 3. a colon opening a list (base_of_cue)

REGIONS = ("Tất cả 6/6 khu vực trên cả nước đều có số doanh nghiệp đăng ký thành lập tăng so với cùng kỳ năm 2023: Trung "
           "du và miền núi phía Bắc (774 doanh nghiệp, tăng 48,3%); Tây Nguyên (399 doanh nghiệp, tăng 44,0%).")


def test_the_first_class_after_a_colon_is_a_row(tmp_path):
    # t20-vneconomy-doanhnghiep-t1-2024: "774" had been "số liệu cùng kỳ" of the 6 regions' row
    tpl = template(tmp_path, JAN_2024, REGIONS)
    assert has(tpl, 774) and has(tpl, 399)
    assert all(d.value != 774 for r in tpl.rows for d in r.derived)


def test_a_base_right_after_the_periods_colon_stays_the_base(tmp_path):
    # counter-case (round 11's shape): "so với cùng kỳ (năm 2019: 113 vụ)" — the colon names the period, no list
    tpl = template(tmp_path, "Báo cáo tình hình tội phạm năm 2020", "Phát hiện 124 vụ phạm pháp hình sự, tăng 11 vụ so "
                   "với cùng kỳ (năm 2019: 113 vụ).")
    assert not has(tpl, 113) and has(tpl, 124)


def test_a_sign_after_a_verb_of_reaching_is_more_than(tmp_path):
    # counter-case, zt-toan-quoc-hoi-nong-dan-viet-nam-quy-ho-tro-nong-dan-2020-h1: ">" read "hơn" — a figure (the
    # first version dropped it)
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động Quỹ hỗ trợ nông dân 6 tháng đầu năm 2020",
                   "* Tổng nguồn vốn Quỹ HTND toàn hệ thống Hội đạt >3.624 tỷ đồng * Nguồn vốn Quỹ HTND T.Ư ủy thác "
                   "cho vay thực hiện 1.482 dự án")
    assert any(r.kind == "money" for r in tpl.rows)


# ------------------------------------------------------------------ 4. an average of the total (restated)

ELEVEN_2019 = "Báo cáo tình hình đăng ký doanh nghiệp 11 tháng năm 2019"


def test_the_months_average_of_a_total_is_its_derivation(tmp_path):
    # t20-moitruongngaynay-doanhnghiep-11t-2019: "14,9 nghìn" had been a row "Số doanh nghiệp thành lập mới và quay
    # trở lại hoạt động" — 163,6 nghìn over the 11 months its sentence names
    tpl = template(tmp_path, ELEVEN_2019, "Cùng với đó, còn có 36,9 nghìn doanh nghiệp quay trở lại hoạt động, tăng "
                   "15,7% so với cùng kỳ năm 2018, nâng tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại "
                   "hoạt động trong 11 tháng năm 2019 lên 163,6 nghìn doanh nghiệp, trung bình mỗi tháng có gần 14,9 "
                   "nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động.")
    assert not has(tpl, 14900) and has(tpl, 163600)
    assert 14900 in [d.value for d in row(tpl, 163600).derived]


def test_an_average_the_total_does_not_give_stays(tmp_path):
    # counter-case, zz-tra-vinh-lien-minh-htx-2012-2017: 69 HTX over five years is 13,8, not "13" — a row of its own
    tpl = template(tmp_path, "Báo cáo tổng kết nhiệm kỳ 2012 - 2017 của Liên minh Hợp tác xã tỉnh",
                   "Trong nhiệm kỳ qua, Trà Vinh đã thành lập mới 69 HTX, trong đó có 54 HTX nông nghiệp và 15 HTX phi "
                   "nông nghiệp; bình quân mỗi năm thành lập 13 HTX, đồng thời giải thể, xóa tên 81 HTX do ngưng hoạt "
                   "động trong thời gian dài, sát nhập 04 HTX.")
    assert has(tpl, 13)


def test_an_average_said_in_another_sentence_stays(tmp_path):
    # counter-case, p10-vov-ccb-toanquoc-2017-2022: the total is in the sentence before — no derivation read
    tpl = template(tmp_path, "Báo cáo tổng kết nhiệm kỳ 2017 - 2022 của Hội Cựu chiến binh Việt Nam",
                   "Riêng trong nhiệm kỳ 2017-2022 toàn Hội đã kết nạp 214.123 hội viên mới. Trung bình mỗi năm kết nạp "
                   "được hơn 61.000 hội viên, nâng tổng số hội viên của toàn hội là 3.014.710 người.")
    assert has(tpl, 61000)
