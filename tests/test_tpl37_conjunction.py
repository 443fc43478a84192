"""Issue 14, round 37: ``Đồng thời`` (*at the same time*) is a conjunction, not the currency ``đồng``: a number scaled
by ``triệu`` with a noun after it, no other money word in its clause, counts that noun
(the checker's extraction, ``service.checker.extract._MONEY_CONTEXT``, which the template reads with).  Quotes as
printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_millions_of_workers_after_dong_thoi_are_a_count(tmp_path):
    # yr-toan-quoc-vu-quan-ly-kkt-kcn-kkt-san-xuat-kinh-doanh-2015-9t: a row «Số tiền thu hút» 2.570.000 triệu đồng
    tpl = template(tmp_path, "Tình hình hoạt động của các KCN, KKT 9 tháng đầu năm 2015",
                   "Trong 9 tháng đầu năm 2015, các khu công nghiệp, khu kinh tế đã đóng góp 56.313 tỷ đồng cho ngân "
                   "sách nhà nước, 34% so với cùng kỳ năm 2014. Đồng thời, thu hút khoảng 2,57 triệu lao động.")
    assert has(tpl, 2570000, "lao động")
    assert not has(tpl, 2570000, "triệu đồng")
    assert has(tpl, 56313000000000)


def test_guard_an_amount_with_its_currency_after_dong_thoi_stays_money(tmp_path):
    # ze-vinh-phuc-ban-quan-ly-kcn-thu-hut-dau-tu-2022-11t
    tpl = template(tmp_path, "Báo cáo thu hút đầu tư vào các KCN 11 tháng năm 2022",
                   "Trong 11 tháng đầu năm 2022, các KCN trên địa bàn Tỉnh thu hút được 23 dự án FDI mới; đồng thời "
                   "thu hút 15 dự án DDI với tổng vốn đầu tư đăng ký là 4.544,7 tỷ đồng, bằng 77% so với cùng kỳ năm "
                   "2021.")
    assert any(r.value == 4544700000000 and r.kind == "money" for r in tpl.rows)


def test_guard_thousands_of_discs_after_dong_thoi_stay_a_count(tmp_path):
    # ya-dong-nai-thu-vien-tinh-phuc-vu-ban-doc-2020-5t (``passed.scale_counts_noun`` already counts it)
    tpl = template(tmp_path, "Báo cáo hoạt động Thư viện tỉnh 5 tháng đầu năm 2020",
                   "Thư viện cũng tập trung hiệu đính cơ sở dữ liệu sách gồm các biểu ghi, biên mục tài liệu địa chí "
                   "trích từ báo, tạp chí; đồng thời hiệu đính bổ sung gần 2 ngàn đĩa CD, VCD, DVD.")
    assert not any(r.kind == "money" for r in tpl.rows)
