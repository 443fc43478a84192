"""Issue 14, round 30: ``100%`` after a count and its ``đạt/có`` — the whole, which nothing exceeds — names the class
counted (those at the ceiling), as a bound does (``statements.class_bound``, ``_whole``): no rate of its own.  The
held-out tables agree (every ``N trường có tỉ lệ đỗ tốt nghiệp 100%`` of the folder keeps the count, never the 100%).
Quotes as printed (slug in each comment); counter-cases."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has

YEAR_2011 = "Báo cáo kết quả thi tốt nghiệp THPT năm 2011"
YEAR_2010 = "Báo cáo kết quả thi tốt nghiệp THPT năm 2010"
H1_2022 = "Báo cáo kết quả xây dựng nông thôn mới 6 tháng đầu năm 2022"


def test_schools_reaching_the_whole(tmp_path):
    # t23-daibieunhandan-totnghiep-2011: the three 100% had been rows
    tpl = template(tmp_path, YEAR_2011,
                   "Theo đó, tỷ lệ tốt nghiệp đối với hệ THPT đạt 97,56%; hệ giáo dục thường xuyên đạt 97,24%. Có 7 "
                   "trường đạt tỷ lệ đỗ tốt nghiệp 100%.",
                   "Theo Sở GD - ĐT Bắc Giang, trong kỳ thi tốt nghiệp vừa qua, tỷ lệ học sinh tốt nghiệp ở hệ trung học "
                   "phổ thông của tỉnh đạt 99,37%, tăng 0,7% so với năm học trước. Toàn tỉnh có 18 trường có 100% số học "
                   "sinh dự thi đã tốt nghiệp, tăng 14 trường so với năm học trước.")
    assert not has(tpl, 100) and has(tpl, 97.56) and has(tpl, 99.37)


def test_schools_and_provinces_at_the_whole_in_held_out_reports(tmp_path):
    # yf-toan-quoc-so-gddt-cac-tinh-ty-le-tot-nghiep-thpt-2010 and yi-toan-quoc-bo-nnptnt-xa-dat-chuan-nong-thon-moi-
    # 2022-h1: the 100% had been wrong rows (their tables keep the counts)
    tpl = template(tmp_path, YEAR_2010,
                   "Tỉ lệ đỗ tốt nghiệp THPT năm nay của Thanh Hóa là 98,68% ở hệ THPT, hệ GDTX đạt 94,22%. Cả tỉnh "
                   "Thanh Hóa có 102 trường THPT thì có 20 trường có tỉ lệ đỗ tốt nghiệp đạt 100%.")
    assert not has(tpl, 100) and has(tpl, 98.68)
    tpl = template(tmp_path, H1_2022,
                   "Cả nước có 6.066/8.177 xã đạt chuẩn nông thôn mới, trong đó 16 tỉnh có 100% số xã đạt chuẩn nông "
                   "thôn mới.")
    assert not has(tpl, 100)


def test_the_whole_said_of_the_period_stays(tmp_path):
    # counter-cases: 100% with no count before it in its clause is a rate of the period (a row); a count's 100% not
    # after "đạt/có" (a list of like amounts) is not read here
    tpl = template(tmp_path, YEAR_2011,
                   "Năm 2011, tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học đạt 100%; huy động 1.245 trẻ ra lớp.")
    assert has(tpl, 100) and has(tpl, 1245)


def test_a_count_s_whole_of_its_plan_stays_its_rate(tmp_path):
    # counter-case, c-vanxa-dangbo-2021 and c-lak-toaan-2020 (the sweep's guard): "100% kế hoạch" after a count is
    # the count's rate of its plan (a derivation of the count), not the class counted
    tpl = template(tmp_path, "Báo cáo kết quả công tác xây dựng Đảng năm 2021",
                   "Từ đầu năm 2021 đến nay, đảng bộ xã đã kết nạp được 5 đảng viên mới đạt 100% kế hoạch, trong đó có 3 "
                   "đảng viên chi bộ nông thôn.")
    assert not has(tpl, 100) and 100 in [float(d.value) for r in tpl.rows for d in r.derived]
