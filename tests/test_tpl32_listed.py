"""Issue 14, round 32: a list of products named for how fast they grew, each with only its rate, is the change
column of rows whose amounts the page leaves out — no row (``listed.speeds_of_a_list``).  Quotes as printed (slug in
each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def test_products_that_grew_fast_after_nhu(tmp_path):
    # yl-ba-ria-vung-tau-so-cong-thuong-san-xuat-cong-nghiep-2023-01: four rows «Tốc độ tăng …» (the hand keeps each
    # product with an empty amount and its rate in the «Tăng so với cùng kỳ» column)
    tpl = template(tmp_path, "Báo cáo tình hình sản xuất công nghiệp tháng 1 năm 2023",
                   "Theo báo cáo của Sở Công thương, tháng 1/2023, giá trị sản xuất công nghiệp toàn tỉnh ước 60,2 ngàn "
                   "tỷ đồng, tăng 3,82% so với tháng trước và tăng 6,4% so với cùng kỳ.",
                   "Một số sản phẩm tăng trưởng mạnh như tôm đông lạnh tăng 19,78%, mực đông lạnh tăng 18,64%, sắt thép "
                   "không hợp kim dạng thỏi đúc hoặc dạng thô khác tăng 94,48%, sửa chữa và bảo dưỡng máy móc chuyên "
                   "dụng khác tăng 25,49%...")
    # round 69: the loader reads that empty-amount row with its rate as a row of the rate (the scorer's «Tôm đông
    # lạnh: tốc độ tăng so với cùng kỳ» 19,78): each product's rate is now its own row
    assert tpl.rows[0].value == 60200000000000
    assert all(has(tpl, v) for v in (19.78, 18.64, 25.49))
    assert [r.label for r in tpl.rows if float(r.value) == 19.78] == ["Tôm đông lạnh: tốc độ tăng (+)/giảm (-)"]


def test_main_products_with_a_high_rate_after_nhu_colon(tmp_path):
    # c12-hanam-congthuong-2022-q1 (sweep page): five rows «Tốc độ tăng xi măng» …
    tpl = template(tmp_path, "Báo cáo tình hình sản xuất công nghiệp quý I năm 2022",
                   "Giá trị sản xuất công nghiệp quý I ước đạt 35.230 tỷ đồng, tăng 13,6% so với cùng kỳ.",
                   "Quý I các nhà máy sản xuất hoạt động đều đặn nên tốc độ tăng trưởng của các sản phẩm công nghiệp chủ "
                   "yếu của tỉnh có mức tăng cao như: xi măng tăng 14,1%; thiết bị điện, điện tử tăng 14,2%, xe máy "
                   "tăng 11,5%; quần áo may sẵn tăng 12,4%, đồ chơi trẻ em tăng 42%...")
    assert tpl.rows[0].value == 35230000000000
    assert all(has(tpl, v) for v in (14.1, 11.5, 12.4, 42))   # round 69: rows of their own


def test_counter_products_with_their_amounts_keep_their_rates(tmp_path):
    # counter-case p11-quangnam-iip-2022-10 (sweep page): each product's amount is a row, its rate that row's
    tpl = template(tmp_path, "Báo cáo sản xuất công nghiệp 10 tháng năm 2022",
                   "Một số sản phẩm công nghiệp chủ lực tăng cao so cùng kỳ như: ô tô du lịch đạt 81,5 nghìn chiếc "
                   "(tăng 81%), cát trắng 19,7 nghìn m3 (tăng 80%), nước ngọt đạt 249 triệu lít (tăng 36%).")
    assert has(tpl, 81500) and derived(tpl, 81500) == [81] and has(tpl, 249000000)


def test_counter_a_price_list_keeps_its_rates(tmp_path):
    # counter-case: the groups of a price index — their rates are the report's figures (the CPI tables keep them)
    tpl = template(tmp_path, "Báo cáo chỉ số giá tiêu dùng tháng 5 năm 2021",
                   "Một số mặt hàng có chỉ số giá tăng cao như xăng dầu tăng 3,5%, gas tăng 5,5%.")
    assert has(tpl, 3.5) and has(tpl, 5.5)


def test_counter_a_list_that_names_no_growth_keeps_its_rates(tmp_path):
    # counter-case: products listed with no word of growth in the head — no list of speeds
    tpl = template(tmp_path, "Báo cáo xuất khẩu tháng 5 năm 2021",
                   "Các mặt hàng chủ lực gồm: gạo tăng 3,5%, cà phê tăng 5,5%.")
    assert has(tpl, 3.5) and has(tpl, 5.5)


def test_counter_one_products_aspects_after_la_stay_its_amounts(tmp_path):
    # counter-case t23-langsontrade-dieu-8t-2023 (sweep page): ``lần lượt là: tăng 29,2% về lượng …`` names no
    # product before each rate — one product's aspects, hung on its tonnes and its value (round 30)
    tpl = template(tmp_path, "Báo cáo xuất khẩu hạt điều 8 tháng năm 2023",
                   "Theo Tổng cục Hải quan, tháng 8 đầu năm, xuất khẩu hạt điều của Việt Nam đạt 60,58 nghìn tấn, kim "
                   "ngạch 333,83 triệu USD, tăng 10,8% về lượng và tăng 9,7% về kim ngạch so với tháng trước. Nếu so "
                   "với cùng kỳ 2022, kết quả xuất khẩu mặt hàng hạt điều còn tăng trưởng cao hơn với các con số lần "
                   "lượt là: tăng 29,2% về lượng và tăng 21,8% về kim ngạch.")
    assert not has(tpl, 29.2) and not has(tpl, 21.8)
    assert 29.2 in [float(v) for v in derived(tpl, 60580)] and 21.8 in [float(v) for v in derived(tpl, 333830000)]
