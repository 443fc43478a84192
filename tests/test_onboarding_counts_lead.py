"""Issue 14, the lead's finding on stop 25's final batch (``zb-*``): a round number without a currency is money only
when no counted noun follows it. The aviation release (``đạt hơn 1,5 triệu hành khách``, ``gần 750.000 hành
khách``) and the telecom one (``cố định có 14,2 triệu thuê bao``) became rows of ``đồng`` labelled ``Số tiền``; the
held-out ``w-vinh-phuc-dien-luc-2017-8t`` and ``y-toan-quoc-giao-duc-nghe-nghiep-2018`` had the same fault.
A sum written without its currency (``ủng hộ 5.000.000 cho quỹ``, ``đóng góp 996 triệu, 2.335 ngày công``) stays
money."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

HEAD = "Báo cáo kết quả vận chuyển hàng không dịp Tết Nguyên đán năm 2024"


def _unit(tpl, value):
    return next(r.unit for r in tpl.rows if r.value == Decimal(value))


def test_a_round_number_before_a_counted_noun_counts_it(tmp_path):
    tpl = template(tmp_path, HEAD,
                   "Tổng thị trường vận chuyển hành khách đạt hơn 1,5 triệu hành khách (tăng 11% so với cùng kỳ năm "
                   "2023). Trong đó, vận chuyển hành khách quốc tế đạt gần 750.000 hành khách.",
                   "Cả nước có 129,5 triệu thuê bao điện thoại các loại, trong đó cố định có 14,2 triệu thuê bao.")
    assert _unit(tpl, 1_500_000) == "hành khách" and _unit(tpl, 750_000) == "hành khách"
    assert _unit(tpl, 14_200_000) == "thuê bao"
    assert not [r for r in tpl.rows if r.label.startswith("Số tiền")]


def test_a_sum_without_its_currency_stays_money(tmp_path):
    tpl = template(tmp_path, "Báo cáo kết quả công tác Mặt trận năm 2019",
                   "Các tổ chức, cá nhân đã ủng hộ 5.000.000 cho quỹ Vì người nghèo; nhân dân đóng góp 996 triệu, "
                   "2.335 ngày công làm đường giao thông nông thôn.")
    assert _unit(tpl, 5_000_000) == "đồng" and _unit(tpl, 996_000_000) == "đồng"
