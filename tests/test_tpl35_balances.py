"""Issue 14, round 35: parts introduced as those whose balance rose (``các chương trình có dư nợ tăng là``, ``… có dư
nợ tăng so với đầu năm gồm:``), each with its change in money, make no rows (``recognisers.balance_parts_changed``).
Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_phu_yen_programmes_whose_balance_rose(tmp_path):
    # yp-phu-yen-nhcsxh-chi-nhanh-tinh-cho-vay-chinh-sach-2018-q1: rows 82, 19 and 11 tỷ đồng
    tpl = template(tmp_path, "Báo cáo kết quả cho vay quý I năm 2018",
                   "Trong 3 tháng đầu năm 2018, ngân hàng chính sách xã hội, chi nhánh Phú Yên đã cho vay hơn 10.240 "
                   "lượt hộ  với tổng số vốn vay là 236,1 tỷ đồng.",
                   "Trong đó, các chương trình có dư nợ tăng là cho vay hộ mới thoát nghèo, tăng hơn 82 tỷ đồng, cho vay "
                   "sản xuất kinh doanh vùng khó khăn tăng 19 tỷ đồng, cho vay nước sạch và vệ sinh môi trường nông thôn "
                   "tăng hơn 11 tỷ đồng.")
    assert has(tpl, 236_100_000_000)
    assert not has(tpl, 82_000_000_000) and not has(tpl, 19_000_000_000) and not has(tpl, 11_000_000_000)


def test_nui_thanh_programmes_whose_balance_rose(tmp_path):
    # q-nui-thanh-nhcsxh-2022-9t (this paragraph alone made rows 46,8 and 23,7 tỷ đồng before the rule)
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động tín dụng chính sách 9 tháng năm 2022",
                   "Các chương trình tín dụng có dư nợ tăng so với đầu năm gồm: cho vay hộ cận nghèo tăng 46,8 tỷ đồng; "
                   "cho vay giải quyết việc làm tăng 23,7 tỷ đồng; cho vay chương trình nước sạch và vệ sinh môi trường "
                   "tăng 12,5 tỷ đồng.")
    assert not has(tpl, 46_800_000_000) and not has(tpl, 23_700_000_000)


def test_guard_a_balance_and_its_change(tmp_path):
    # q-nui-thanh-nhcsxh-2022-9t: a level with its change stays the level's row
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động tín dụng chính sách 9 tháng năm 2022",
                   "Đến ngày 30/9/2022, tổng nguồn vốn hoạt động đạt 531,4 tỷ đồng, tăng 65,5 tỷ đồng so với đầu năm.")
    assert has(tpl, 531_400_000_000) and not has(tpl, 65_500_000_000)
