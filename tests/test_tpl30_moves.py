"""Issue 14, round 30: a movement ``từ [mức] A <when A was> (lên|xuống còn|giảm xuống) B`` — A is the value B moved
from, said with B's row (``statements.amount_from_to``/``rate_from_to``): ``mức`` (a level) may follow ``từ``, the
time A was of may stand between A and the verb (``của quý I năm ngoái``, ``vào năm 2000,``), and ``giảm xuống`` needs
no ``còn``.  Quotes as printed (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

Q1_2020 = "Báo cáo kim ngạch xuất khẩu quý I năm 2020"
YEAR_2019 = "Báo cáo kiều hối năm 2019"
H1_2017 = "Báo cáo kết quả sản xuất kinh doanh 6 tháng đầu năm 2017"


def test_from_a_level_of_last_year_s_quarter_down_to(tmp_path):
    # yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1: 7,362 and 3,354 tỷ USD had been rows
    tpl = template(tmp_path, Q1_2020,
                   "Trong khi hầu hết các địa phương có kim ngạch xuất khẩu tăng so với cùng kỳ, thì Hà Nội và Thái "
                   "Nguyên lại bị sụt giảm. Cụ thể, Thái Nguyên bị sụt giảm mạnh tới hơn 400 triệu USD, từ mức 7,362 tỷ "
                   "USD của quý I năm ngoái xuống còn 6,951 tỷ USD. Hà Nội giảm từ mức 3,354 tỷ USD của quý I năm ngoái "
                   "xuống còn 3,15 tỷ USD.")
    assert not has(tpl, 7362000000) and not has(tpl, 3354000000)
    assert 7362000000 in derived(tpl, 6951000000) and 3354000000 in derived(tpl, 3150000000)


def test_from_a_level_in_an_earlier_year_up_to(tmp_path):
    # t23-vietbao-kieuhoi-hcm-2019-9t: "1,3 tỷ USD" (the year 2000's) had been a row
    tpl = template(tmp_path, YEAR_2019,
                   "Trong 2 thập kỷ qua, kiều hối chuyển về Việt Nam tăng đều, từ mức hơn 1,3 tỷ USD vào năm 2000, lên "
                   "16,7 tỷ USD vào năm nay và chỉ giảm duy nhất vào năm 2009 do ảnh hưởng của khủng hoảng tài chính "
                   "toàn cầu.")
    assert not has(tpl, 1300000000) and has(tpl, 16700000000)
    assert 1300000000 in derived(tpl, 16700000000)


def test_from_then_giam_xuong_with_no_con(tmp_path):
    # zx-toan-quoc-tap-doan-tkv-san-xuat-kinh-doanh-2017-h1: "19,92 triệu tấn" had been the row
    tpl = template(tmp_path, H1_2017,
                   "Theo đó EVN đề xuất điều chỉnh lại nhu cầu sử dụng than của TKV năm 2017 từ 19,92 triệu tấn giảm "
                   "xuống 17,92 triệu tấn.")
    assert not has(tpl, 19920000) and has(tpl, 17920000)
    assert 19920000 in derived(tpl, 17920000)


def test_a_time_with_no_verb_of_movement_is_no_movement(tmp_path):
    # counter-case: "từ" then a value and its time, but no "lên/xuống" before the next amount: two figures of their
    # own (here a list of each province's exports from a date), not a movement
    tpl = template(tmp_path, Q1_2020,
                   "Kim ngạch xuất khẩu tính từ 1.500 tỷ USD của quý I năm 2020, Hà Nội đạt 3,15 tỷ USD; Thái Nguyên "
                   "đạt 6,951 tỷ USD.")
    assert has(tpl, 3150000000) and not derived(tpl, 3150000000)
