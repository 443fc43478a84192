"""The lead's stop 29: the template reads an adjusted view as the checker does (``recognisers.adjusted``)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def test_what_a_sentence_says_after_taking_an_amount_out_is_no_row(tmp_path):
    # zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất kinh doanh quý I năm 2017",
                   "Tổng lợi nhuận hợp nhất trước thuế là 1.350 tỷ đồng, đạt 28,8% kế hoạch. Nếu loại trừ 170 tỷ đồng "
                   "trong Quý I/2016 do điều chỉnh thuế suất ưu đãi theo kết luận của Kiểm toán Nhà nước thì lợi nhuận "
                   "Quý I/2017 bằng 112% lợi nhuận thực hiện Quý I/2016.")
    values = {r.value for r in tpl.rows}
    assert Decimal(1_350_000_000_000) in values
    assert Decimal(170_000_000_000) not in values and Decimal(112) not in values
    # zf-toan-quoc-agribank-du-no-2012-q1: "nếu loại trừ yếu tố ảo, tỷ lệ tăng trưởng tín dụng … chỉ giảm 0,4%"
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động quý I năm 2012",
                   "Tổng dư nợ cho vay đến 31/3/2012 đạt 443.478 tỷ đồng. Thống đốc cho rằng, nếu loại trừ yếu tố ảo, "
                   "tỷ lệ tăng trưởng tín dụng trong quý I/2012 chỉ giảm 0,4%.")
    values = {r.value for r in tpl.rows}
    assert Decimal(443_478_000_000_000) in values and Decimal("0.4") not in values
