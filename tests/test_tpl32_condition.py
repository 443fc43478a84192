"""Issue 14, round 32: a change said under a condition (``Nếu … thì``) whose consequence states the other measure's
own amount is that amount's change (``recognisers.if_then``, narrowed); with no amount in the consequence it stays a
figure of its own (round 14).  Quotes as printed (slug in each comment)."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def test_the_consequence_states_its_amount(tmp_path):
    # yl-quang-nam-cuc-thue-tinh-thu-ngan-sach-2017-2t: «Tốc độ tăng» 29 % had been a row (the hand: 2.590,6 with
    # its index 129 and the note «tăng gần 29%»)
    tpl = template(tmp_path, "Báo cáo thu ngân sách 2 tháng đầu năm 2017",
                   "Cục Thuế tỉnh cho biết, qua hai tháng thực hiện thu ngân sách, cơ quan thuế đã thu được 2.663,8 tỷ "
                   "đồng, đạt 18,8% dự toán HĐND tỉnh giao, tăng 26,4% so với cùng kỳ năm 2016. Nếu trừ đi khoản thu "
                   "tiền sử dụng đất thì tổng thu là 2.590,6 tỷ đồng, đạt 18,9%, tăng gần 29% so cùng kỳ năm ngoái.")
    assert not has(tpl, 29) and 29 in derived(tpl, 2590600000000)


def test_counter_no_amount_in_the_consequence(tmp_path):
    # counter-cases t5-hanoi-thue-2023-9t and t7-toanquoc-thunoidia-2019-6t (sweep pages): the condition's change
    # names no amount of its own — a figure, not the change of the row before
    tpl = template(tmp_path, "Báo cáo thu ngân sách 9 tháng đầu năm 2023",
                   "Tại địa bàn TP. Hà Nội đã thực hiện được 284,6 nghìn tỷ đồng, đạt 87,3% dự toán pháp lệnh và tăng "
                   "25,9% so với cùng kỳ năm 2022. Nếu loại trừ những khoản thu đột biến, đặc thù thì chỉ tăng 9,7% so "
                   "cùng kỳ.",
                   "Nếu không kể các khoản tăng thu từ năng lực sản xuất mới, tăng thu do thay đổi chính sách thuế và "
                   "các khoản thu đột biến phát sinh trong 6 tháng đầu năm, thì thu nội địa trừ tiền sử dụng đất, cổ "
                   "tức, lợi nhuận còn lại và xổ số kiến thiết, số thu tăng 10,5% so với cùng kỳ.")
    assert has(tpl, 9.7) and has(tpl, 10.5) and 9.7 not in derived(tpl, 284600000000000)
