"""Issue 14, round 31: a plan said as a range read as one amount (``kế hoạch … từ 83-85 triệu tấn``,
``mục tiêu đã điều chỉnh (12-13 triệu lượt)``) — no value a person can fill, so no row; the row before it in its
sentence quotes it (``bounds.plan_range``).  The extraction gives such a range its upper end, which had become a row.
Quotes as printed (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def floats(tpl, value):
    return sorted(float(d) for d in derived(tpl, value))


def test_plan_range_after_the_rate_of_the_plan(tmp_path):
    # t24-vietbao-ximang-10t-2018: a row "85000000 tấn" (Khối lượng sản phẩm xi măng của cả năm)
    tpl = template(tmp_path, "Báo cáo tiêu thụ xi măng 10 tháng năm 2018",
                   "Báo Tiền Phong ghi rằng ước tính VN tiêu thụ sản phẩm xi măng trong 10 tháng năm 2018 khoảng 85,23 "
                   "triệu tấn, tăng 51% so với cùng kỳ năm 2017 và đạt 100% kế hoạch tiêu thụ từ 83-85 triệu tấn sản "
                   "phẩm xi măng của cả năm.")
    assert not has(tpl, 85000000) and has(tpl, 85230000)
    assert 85000000 in floats(tpl, 85230000)


def test_plan_range_in_brackets(tmp_path):
    # t24-vietbao-ximang-11t-2018: a row "19000000 tấn"
    tpl = template(tmp_path, "Báo cáo tiêu thụ xi măng 11 tháng năm 2018",
                   "Riêng xuất cảng sản phẩm xi măng đã vượt rất xa so với kế hoạch đề ra, khi đã xuất cảng được 28,97 "
                   "triệu tấn sản phẩm (kế hoạch năm 2018 xuất cảng 18 - 19 triệu tấn sản phẩm xi măng), vượt 65% so "
                   "với kế hoạch.")
    assert not has(tpl, 19000000) and has(tpl, 28970000)


def test_a_target_adjusted_to_a_range(tmp_path):
    # p10-nghean24h-dulich-2023: "(12-13 triệu lượt)" had been a row of 13 triệu lượt
    tpl = template(tmp_path, "Báo cáo du lịch năm 2023",
                   "Năm 2023, du lịch Việt Nam đã có sự phục hồi ngoạn mục, vượt chỉ tiêu đề khi ngành du lịch đón 12,6 "
                   "triệu lượt khách quốc tế, vượt 57% so với mục tiêu ban đầu và đạt mục tiêu đã điều chỉnh (12-13 "
                   "triệu lượt).")
    assert not has(tpl, 13000000) and has(tpl, 12600000)


def test_counter_a_range_with_no_plan_named_is_left_to_the_other_rules(tmp_path):
    # counter-case: a range with no plan word before it in its clause is not read here (a class: "02 xã đạt 8-9
    # tiêu chí", statements.class_bound) — the count stays a row
    tpl = template(tmp_path, "Báo cáo xây dựng nông thôn mới năm 2019",
                   "Đến nay, toàn huyện có 12 xã đạt chuẩn nông thôn mới, 02 xã đạt 8-9 tiêu chí.")
    assert has(tpl, 12) and not has(tpl, 9)
