"""Issue 14, round 34: places moved in a ranking with no rank said before them (``tăng 1 hạng``, ``tăng 9 bậc``,
``tụt 2 bậc``) count nothing — no row «Số hạng …» (``ranks.steps_alone``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def test_a_market_up_one_place(tmp_path):
    # t26-soha-che-t1-2024: a row «Số hạng trong bảng xếp hạng các thị trường …» 1
    tpl = template(tmp_path, "Báo cáo xuất khẩu chè tháng 1 năm 2024",
                   "Đứng thứ hai là thị trường Đài Loan (Trung Quốc) với 928 tấn chè, trị giá gần 1,4 triệu USD, tăng 86% "
                   "về lượng và 87% về kim ngạch. Đài Loan đã tăng 1 hạng trong bảng xếp hạng các thị trường xuất khẩu "
                   "chè lớn nhất của Việt Nam.")
    assert has(tpl, 928) and not has(tpl, 1)


def test_an_index_up_nine_places(tmp_path):
    # c31-caosu-binh-duong-dung-dau-thu-nhap-binh-quan (the rank is said after the move)
    tpl = template(tmp_path, "Báo cáo kinh tế - xã hội năm 2020",
                   "Chỉ số năng lực cạnh tranh (PCI) của tỉnh trong năm 2020 đã được cải thiện đáng kể, tăng 9 bậc so với "
                   "năm 2019, thuộc nhóm “rất tốt” và đứng vị trí thứ 4 của cả nước.")
    assert not has(tpl, 9)


def test_guard_a_country_down_two_places_stays_no_row(tmp_path):
    # c30-baodansinh-dan-so-thanh-hoa-xep-thu-3 (already no row before this round: a guard that the rule keeps it so)
    tpl = template(tmp_path, "Báo cáo kết quả tổng điều tra dân số năm 2019",
                   "Với kết quả này, Việt Nam là quốc gia đông dân thứ 15 trên thế giới, tụt 2 bậc so với cách đây 10 "
                   "năm, và đứng thứ 3 trong khu vực Đông Nam Á (sau Indonesia và Philippines).")
    assert not has(tpl, 2)


def test_counter_items_of_works_are_counted(tmp_path):
    # `hạng mục` is an item of works, not a place in a ranking
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2022",
                   "Năm 2022, huyện Kông Chro đã triển khai xây dựng 24 hạng mục công trình.")
    assert has(tpl, 24)


def test_counter_a_rank_said_before_keeps_its_move(tmp_path):
    # r-ba-ria-vung-tau-cchc-2015-2020: the rank is the row, the move its comparison (rank_steps, as before)
    tpl = template(tmp_path, "Báo cáo kết quả cải cách hành chính giai đoạn 2015-2020",
                   "Chỉ số PAR INDEX xếp 9/63 tỉnh, thành phố (tăng 26 bậc so với năm 2015).")
    assert has(tpl, 9, "hạng") and derived(tpl, 9) == [26]
