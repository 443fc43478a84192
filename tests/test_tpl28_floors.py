"""Issue 14, round 28: a floor ``N <noun> trở lên`` that describes what another count counts is no row
(``service.onboarding.sizes.class_floor``), and ``tất cả N`` states an amount where ``cả N`` points back
(``sizes.all_of``).  Fresh sweep pages ``t21-*`` (evaluations/sweep/template-round28.md), older sweep pages and
held-out text; sentences as the sources print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has

YEAR_2014 = "Báo cáo tình hình tai nạn lao động 9 tháng đầu năm 2014"
YEAR_2019 = "Báo cáo kết quả giảm nghèo năm 2019"
HALF_2017 = "Báo cáo sơ kết công tác lao động, thương binh và xã hội 6 tháng đầu năm 2017"
YEAR_2015 = "Báo cáo công tác y tế năm 2015"
YEAR_2022 = "Báo cáo tình hình trật tự an toàn giao thông năm 2022"


def test_a_floor_after_the_class_named_is_no_row(tmp_path):
    # t21-baogiaothong-tnld-2014: "2 người" had been a row "Số vụ TNLĐ"
    tpl = template(tmp_path, YEAR_2014, "Gần 4000 vụ tai nạn lao động (TNLĐ) làm 3.505 người, trong đó số vụ TNLĐ có "
                                        "hai người bị nạn trở lên có 58 vụ; 660 người người bị thương nặng.")
    assert not has(tpl, 2)
    assert has(tpl, 58) and has(tpl, 3505) and has(tpl, 660)


def test_a_floor_after_the_count_it_describes_is_no_row(tmp_path):
    # d1-baolamdong-lacduong-hongheo-2019: "3 chỉ số" had been a row "Số chỉ số trở lên về tiếp cận …"
    tpl = template(tmp_path, YEAR_2019, "Trong đó đáng kể 89 hộ nghèo nông thôn và 16 hộ nghèo thành thị đang còn thiếu "
                                        "hụt 3 chỉ số trở lên về tiếp cận dịch vụ xã hội cơ bản.")
    assert not has(tpl, 3)
    assert has(tpl, 89) and has(tpl, 16)


def test_a_count_with_its_class_after_it_stays_a_row(tmp_path):
    # counter-case, t3-quangnam-yte-2015: "đại học trở lên" is the doctors' degree, the counts are the figures
    tpl = template(tmp_path, YEAR_2015, "Trong đó, có hơn 950 bác sĩ đại học trở lên và 90 dược sĩ đại học trở lên.")
    assert has(tpl, 950) and has(tpl, 90)


def test_all_of_an_amount_is_a_row(tmp_path):
    # yd-vinh-long-so-lao-dong-thuong-binh-xa-hoi-so-ket-2017-h1 (held-out): "tất cả 767 căn" had been read as
    # "all of the N" pointing back (no row); its hand table keeps 767 căn
    tpl = template(tmp_path, HALF_2017, "Trong 6 tháng đầu năm tỉnh đã khởi công tất cả 767 căn nhà cho hộ Khmer theo "
                                        "kế hoạch năm 2017, trong đó đã hoàn thành 272 căn.")
    assert has(tpl, 767) and has(tpl, 272)


def test_all_of_the_graduates_is_a_row(tmp_path):
    # p19-baomoi-bongoaigiao-khoa3-2010-2012: the class's graduates, stated in full
    tpl = template(tmp_path, "Báo cáo tổng kết khóa học 2010-2012",
                   "Học viện Chính trị - Hành chính Quốc gia Hồ Chí Minh đã trang trọng trao bằng tốt nghiệp cho tất cả "
                   "96 học viên của lớp.")
    assert has(tpl, 96)


def test_both_of_the_measures_still_points_back(tmp_path):
    # counter-case, h-brvt-tngt-2023-h1's shape: "cả 3 tiêu chí" — the three measures the text names
    tpl = template(tmp_path, YEAR_2022, "Tai nạn giao thông giảm cả 3 tiêu chí so với cùng kỳ năm 2021.")
    assert not has(tpl, 3)
