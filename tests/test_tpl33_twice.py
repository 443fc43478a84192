"""Issue 14, round 33: an amount said again with the same change, in other words, is one row (``twice.same_change``).
Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template


def _count(tpl, value):
    return sum(r.value == Decimal(str(value)) for r in tpl.rows)


def test_lede_and_end_say_the_export_twice(tmp_path):
    # t25-vietbao-thep-10t-2018: two rows 3.900.000 tấn (the hand: one)
    tpl = template(tmp_path, "Báo cáo sản xuất, kinh doanh thép 10 tháng năm 2018",
                   "Báo Lao Động ghi nhận rằng xuất cảng thép VN trong 10 tháng qua đạt hơn 3,9 triệu tấn, tăng trên "
                   "31% so với cùng kỳ năm trước. Theo Hiệp hội Thép Việt Nam, sản xuất thép thành phẩm các loại đến "
                   "thời điểm này đã đạt trên 20 triệu tấn, tăng 17,7% so với cùng kỳ năm 2017; bán hàng đạt hơn 18 "
                   "triệu tấn, tăng 27,7% so với cùng kỳ năm trước. Trong đó, xuất cảng đạt hơn 3,9 triệu tấn, tăng "
                   "hơn 31% so với cùng kỳ năm 2017.")
    assert _count(tpl, 3900000) == 1


def test_lede_and_body_say_the_retail_total_twice(tmp_path):
    # p19-baoquangnam-banle-2020-11: «Tính chung 11 tháng đạt gần 42,3 nghìn tỷ đồng, giảm 12,4%» in the lede and
    # «Tính chung 11 tháng, tổng mức bán lẻ … đạt gần 42,3 nghìn tỷ đồng, giảm 12,4%» in the body
    tpl = template(tmp_path, "Báo cáo bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11 năm 2020",
                   "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11.2020 ước đạt hơn 4.500 tỷ đồng. "
                   "Tính chung 11 tháng đạt gần 42,3 nghìn tỷ đồng, giảm 12,4% so với cùng kỳ năm 2019.",
                   "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11.2020 ước đạt hơn 4.500 tỷ đồng, "
                   "tăng 5% so với tháng trước và giảm 1,7% so với cùng kỳ năm trước. Tính chung 11 tháng, tổng mức "
                   "bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt gần 42,3 nghìn tỷ đồng, giảm 12,4% so với cùng "
                   "kỳ năm 2019.")
    assert _count(tpl, 42300000000000) == 1


def test_counter_the_same_amount_with_another_change(tmp_path):
    # counter-case: two units of the same size that changed differently are two figures
    path = tmp_path / "prior.txt"
    path.write_text("Báo cáo tiêu thụ ô tô tháng 4 năm 2020\n\nI. XE DU LỊCH\n\nDoanh số xe du lịch đạt 3.652 xe, giảm "
                    "36% so với tháng trước.\n\nII. XE THƯƠNG MẠI\n\nDoanh số xe thương mại đạt 3.652 xe, giảm 40% so "
                    "với tháng trước.\n", encoding="utf-8")
    assert _count(build_template(path), 3652) == 2
