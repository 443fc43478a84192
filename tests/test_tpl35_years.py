"""Issue 14, round 35: a year named right before a number's predicate (``năm 2015 chiếm tỷ trọng 78%``, ``năm 2018 là
79%``) that is not the report's own period dates the number to it — another period's value, no row
(``statements.year_said_before``, the checker's ``forecasts.earlier_said``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_a_term_s_years_before_the_last_months(tmp_path):
    # yp-vinh-long-bql-cac-khu-cong-nghiep-thu-hut-dau-tu-2016-2020: rows 78 % and 79 %
    tpl = template(tmp_path, "Giá trị sản xuất công nghiệp và xuất khẩu chiếm tỷ trọng cao",
                   "Cập nhật, 15:58, Thứ Ba, 29/10/2019 (GMT+7)",
                   "Theo Ban Quản lý Các khu công nghiệp, giai đoạn 2016- 2020 việc xây dựng và phát triển khu công "
                   "nghiệp trên địa bàn mang lại hiệu quả kinh tế- xã hội, giá trị sản xuất công nghiệp và xuất khẩu "
                   "chiếm tỷ trọng cao trong cơ cấu kinh tế cả tỉnh.",
                   "Các khu công nghiệp đã góp phần đáng kể về kim ngạch xuất khẩu chung toàn tỉnh. Nếu năm 2015 chiếm "
                   "tỷ trọng 78%, năm 2018 là 79% thì 9 tháng đầu năm nay cũng đã đạt 76,7%.")
    assert not has(tpl, 78) and not has(tpl, 79)
    assert has(tpl, 76.7)


def test_last_years_in_a_nine_months_budget(tmp_path):
    # yc-toan-quoc-tong-cuc-thue-thu-ngan-sach-2016-9t: the whole years 2015 and 2014 against nine months of 2016
    tpl = template(tmp_path, "Báo cáo thu ngân sách nhà nước 9 tháng năm 2016",
                   "Trong đó, số thu nội địa đạt 568.130 tỉ đồng, bằng 75,2% so với dự toán, thấp hơn các năm gần đây "
                   "(năm 2015 đạt 76,2%; năm 2014 đạt 76,6%).")
    assert has(tpl, 568_130_000_000_000)
    assert not has(tpl, 76.2) and not has(tpl, 76.6)


def test_last_year_s_shares_in_a_half_year(tmp_path):
    # za-toan-quoc-none-hiv-aids-2010-h1: rows 52 % and 31 % on the whole page (this sentence alone makes no row of
    # 52 % without the rule either: a guard that the rule keeps it so)
    tpl = template(tmp_path, "Báo cáo công tác phòng, chống HIV/AIDS 6 tháng đầu năm 2010",
                   "phân bố nhóm tuổi 20-29 chiếm 39% và nhóm tuổi 30-39 chiếm 42,6% (năm 2010), trong khi phân bố "
                   "nhóm tuổi tương ứng năm 2009 là 52% và 31%.")
    assert not has(tpl, 52)


def test_guard_the_report_s_own_year_stays(tmp_path):
    # the report's own year before its predicate: its figure
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất nông nghiệp năm 2019",
                   "Sản lượng thóc vụ mùa năm 2019 đạt 378.520 tấn, tăng 2,1% so với vụ mùa năm 2018.")
    assert has(tpl, 378_520)


def test_guard_a_series_of_years_to_the_report_s_own(tmp_path):
    # zm-ha-noi-xe-buyt-van-tai-hanh-khach-2016-10t: the hand keeps the subsidy by year (2014, 2015, 2016)
    tpl = template(tmp_path, "Báo cáo kết quả vận tải hành khách công cộng 10 tháng đầu năm 2016",
                   "Mức tiền trợ giá cho xe buýt từ ngân sách của Hà Nội liên tục giảm trong những năm gần đây, cụ thể: "
                   "Năm 2014 là 1078 tỉ đồng, năm 2015 là 973,6 tỉ đồng và dự kiến năm 2016 là khoảng 957 tỉ đồng.")
    assert has(tpl, 1_078_000_000_000)


def test_guard_a_term_s_last_year(tmp_path):
    # zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo-2015-2020: the term's hand keeps 2019's income
    tpl = template(tmp_path, "Báo cáo chính trị Đại hội Đảng bộ xã nhiệm kỳ 2015 - 2020",
                   "Thu nhập bình quân đầu người năm 2019 đạt 39 triệu đồng, tăng 1,76 lần so với đầu nhiệm kỳ.")
    assert has(tpl, 39_000_000)
