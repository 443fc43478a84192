"""Issue 14, round 33: ``Tr.`` before a unit is ``triệu`` written short — ``2.435,2 Tr.USD`` is 2.435.200.000 USD, not a
count of «Tr» (read since tidy 60 by the checker's extraction, ``recognisers.shortscale.short_scale``, whose mentions
the template reads).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has, row


def test_export_value_in_tr_usd(tmp_path):
    # ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05: a row «Số Tr giá trị xuất khẩu» 2.435,2 «Tr»
    tpl = template(tmp_path, "Báo cáo hoạt động ngành Công Thương tháng 5 năm 2019",
                   "Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 55.679 tỷ đồng, tăng 13,2% so với tháng "
                   "trước, tăng 9,5% so với cùng kỳ; Giá trị xuất khẩu ước đạt 2.435,2 Tr.USD, giảm 2% so với tháng "
                   "trước, tăng 21,5% so với cùng kỳ.")
    r = row(tpl, 2435200000)
    assert r.unit == "USD" and not has(tpl, 2435.2)
    assert [float(v) for v in derived(tpl, 2435200000)] == [2, 21.5]


def test_passenger_km_in_tr(tmp_path):
    # c9-ninhbinh-vantai-2008-11: a row 281,3 «Tr»
    tpl = template(tmp_path, "Báo cáo vận tải 11 tháng năm 2008",
                   "Khối lượng hành khách luân chuyển 11 tháng ước đạt 281,3 Tr.người.Km, tăng 3% so với cùng kỳ năm "
                   "trước.")
    assert row(tpl, 281300000).unit == "người.Km" and not has(tpl, 281.3)


def test_counter_no_dot_no_scale(tmp_path):
    # counter-case: «tr» with no dot after it is not read as a million
    tpl = template(tmp_path, "Báo cáo thu ngân sách tháng 5 năm 2019",
                   "Thu ngân sách ước đạt 12,5 tr đồng mỗi hộ, tăng 3% so với cùng kỳ.")
    assert not has(tpl, 12500000)


def test_counter_a_grade_of_gold(tmp_path):
    # u-hung-yen-mam-non-ban-tru-2018-2019, zi-hung-yen-hdnd-tiep-xuc-cu-tri-2019-8t: «9999» names the gold, no amount
    tpl = template(tmp_path, "Báo cáo giá cả thị trường tháng 8 năm 2019", "Giá vàng 9999 tr.đ/lượng")
    assert not has(tpl, 9999000000)
