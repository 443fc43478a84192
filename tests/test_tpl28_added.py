"""Issue 14, round 28: ``tăng thêm`` inside a noun phrase names the amount added — ``với tổng vốn tăng thêm trên
422,1 triệu USD`` is the capital added, a row, not a change of the amount before it
(``service.onboarding.rows._added_amount``).  Fresh sweep pages ``t21-*`` (evaluations/sweep/template-round28.md);
sentences as the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has, row

NINE_MONTHS = "Báo cáo tình hình đầu tư ra nước ngoài 9 tháng đầu năm 2019"
JAN_2017 = "Báo cáo tình hình thu hút vốn đầu tư trực tiếp nước ngoài tháng 1 năm 2017"
Q1_2024 = "Báo cáo tình hình kinh tế quý I năm 2024"
Q1_2022 = "Báo cáo kết quả hoạt động tín dụng chính sách quý I năm 2022"

DAUTU = ("Trong đó có 41 dự án được cấp giấy chứng nhận đăng ký đầu tư mới, với tổng vốn đăng ký đạt trên 150,1 triệu "
         "USD (bằng 55,9% so với cùng kỳ năm trước) và 15 lượt dự án điều chỉnh vốn đầu tư với tổng vốn tăng thêm trên "
         "422,1 triệu USD (gấp gần 2,6 lần so với cùng kỳ).")


def test_the_capital_added_after_with_is_a_row(tmp_path):
    # t21-thanhnien-dautu-ranuocngoai-9t: 422,1 triệu USD had been the change of 150,1 triệu USD
    tpl = template(tmp_path, NINE_MONTHS, DAUTU)
    assert has(tpl, 422100000)
    assert Decimal(422100000) not in derived(tpl, 150100000)
    assert Decimal("2.6") in derived(tpl, 422100000)


def test_the_capital_added_with_its_own_verb_is_a_row(tmp_path):
    # t21-thanhnien-fdi-t1-2017: 179,2 triệu USD had been "số liệu cùng kỳ" of 1,24 tỉ USD
    tpl = template(tmp_path, JAN_2017,
                   "Theo công bố của Tổng cục Thống kê ngày 2.2, từ đầu năm đến ngày 20.1, Việt Nam thu hút được 175 "
                   "dự án mới có vốn đầu tư trực tiếp của nước ngoài (FDI) với số vốn đăng ký đạt 1,24 tỉ USD, tăng "
                   "37,8% về số dự án và tăng 23% về vốn đăng ký so với cùng kỳ năm 2016. Bên cạnh đó, có 76 lượt dự án "
                   "đã cấp phép từ các năm trước đăng ký điều chỉnh vốn đầu tư với số vốn tăng thêm đạt 179,2 triệu USD.")
    assert has(tpl, 179200000)
    assert row(tpl, 1240000000).base is None or row(tpl, 1240000000).base != Decimal(179200000)
    assert Decimal(179200000) not in derived(tpl, 1240000000)


def test_the_added_capital_then_its_multiple(tmp_path):
    # t21-baobariavungtau-fdi-2024-q1: the amount added, then its change as a multiple of last year's
    tpl = template(tmp_path, Q1_2024,
                   "Qúy I/2024, tỉnh cấp mới và điều chỉnh vốn đầu tư 13 dự án đầu tư nước ngoài (FDI) với tổng vốn "
                   "đăng ký tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần so với cùng kỳ năm 2023.")
    assert has(tpl, 13) and has(tpl, 1556000000)
    assert Decimal("15.5") in derived(tpl, 1556000000)


def test_a_change_compared_with_the_start_of_the_year_stays_a_change(tmp_path):
    # counter-case, yd-vinh-phuc-ngan-hang-chinh-sach-xa-hoi-2022-q1 (held-out) with "tăng thêm": a clause of its
    # own, compared with the start of the year
    tpl = template(tmp_path, Q1_2022, "Đến nay, tổng dư nợ của chi nhánh NHCSXH tỉnh Vĩnh Phúc đạt trên 3.300 tỷ đồng, "
                                      "tăng thêm gần 118 tỷ đồng so với đầu năm.")
    assert not has(tpl, 118000000000) and Decimal(118000000000) in derived(tpl, 3300000000000)


def test_an_amount_added_compared_after_it_stays_a_change(tmp_path):
    # counter-case: "với" + "tăng thêm" but the comparison named right after the amount
    tpl = template(tmp_path, Q1_2022, "Tổng dư nợ đạt trên 3.300 tỷ đồng, với số dư nợ tăng thêm 118 tỷ đồng so với "
                                      "đầu năm.")
    assert not has(tpl, 118000000000)
