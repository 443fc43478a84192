"""Issue 14, round 29: a multiple ``gấp N lần`` that compares with another place or group (``cao gấp 10 lần các nước
phát triển``), following no amount of its clause, is no figure of the period (``statements.multiple_of_others``).
Sentences as the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

H1_2016 = "Báo cáo tình hình tai nạn thương tích trẻ em 6 tháng đầu năm 2016"
DROWNING = ("Tỉ lệ tử vong do đuối nước cao nhất trong khu vực, cao gấp 10 lần các nước phát triển. Trong sáu tháng đầu "
            "năm 2016, tình hình đuối nước trẻ em chưa giảm. Theo báo cáo của 50/63 tỉnh/thành, có 1.645 trẻ em bị tử "
            "vong do tai nạn thương tích, trong đó có 957 trẻ em bị tử vong do đuối nước.")


def test_a_multiple_of_other_countries_is_no_row(tmp_path):
    # t22-plo-duoinuoc-2016-h1: "10 lần" had been a row "Số lần các nước phát triển"
    tpl = template(tmp_path, H1_2016, DROWNING)
    assert not has(tpl, 10) and has(tpl, 1645) and has(tpl, 957)


def test_a_headline_glued_to_the_text_compares_the_same_way(tmp_path):
    # t22-plo-duoinuoc-2016-h1: the page's headline and lede are one paragraph ("… nước phát triển Theo báo cáo …")
    tpl = template(tmp_path, H1_2016,
                   "Trẻ em đuối nước ở Việt nam gấp 10 lần nước phát triển Theo báo cáo thống kê tử vong do tai nạn "
                   "thương tích của Bộ Y tế, có 957 trẻ em bị tử vong do đuối nước trong 6 tháng đầu năm 2016.")
    assert not has(tpl, 10) and has(tpl, 957)


def test_a_multiple_of_another_area_after_its_amount_stays_its_derivation(tmp_path):
    # counter-case, c12-vn-thunhap-2024: the multiple follows the amount it is of
    tpl = template(tmp_path, "Báo cáo kết quả khảo sát mức sống dân cư năm 2024",
                   "Thu nhập bình quân 1 người 1 tháng năm 2024 ở khu vực thành thị đạt 6,9 triệu đồng (tăng 10,1% so với "
                   "năm 2023), gấp hơn 1,5 lần khu vực nông thôn đạt 4,5 triệu đồng, tăng 8,0%.")
    assert Decimal("1.5") in derived(tpl, 6900000)


def test_a_multiple_of_last_period_is_not_taken(tmp_path):
    # counter-case, t22-vov-thuysan-9t-2013: "tăng gấp gần 3 lần so với cùng kỳ năm ngoái" compares with a period —
    # the rule leaves it to the readings of changes (a row of its own here, as before)
    tpl = template(tmp_path, "Báo cáo tình hình xuất khẩu thủy sản 9 tháng năm 2013",
                   "Xuất khẩu tôm chân trắng trong tháng 8 tăng gấp gần 3 lần so với cùng kỳ năm ngoái.")
    assert has(tpl, 3)
