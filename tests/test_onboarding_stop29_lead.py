"""The lead's stop 29: in a report shorter than a year, the template reads a running total since an earlier year as the
checker does (``recognisers.since``)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def test_a_running_total_since_an_earlier_year_is_no_row_of_a_months_report(tmp_path):
    # zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01
    tpl = template(tmp_path, "Báo cáo kết quả công tác tháng 01 năm 2022",
                   "Tại buổi trao quà, Hội đã trao tặng 5 con bò sinh sản trị giá 50 triệu đồng và 20 suất quà.",
                   "Từ năm 2020 đến nay, Hội Doanh nhân trẻ tỉnh đã trao tặng 3 ngôi nhà tình nghĩa và nhiều phần quà.")
    values = {r.value for r in tpl.rows}
    assert {Decimal(5), Decimal(20)} <= values and Decimal(3) not in values
    # a year's report keeps its term's totals so read (zd-nghe-an-tam-hop-xa-ktxh-2020-2025)
    tpl = template(tmp_path, "Báo cáo tổng kết năm 2022",
                   "Từ năm 2020 đến nay, tổng vốn đầu tư cơ sở hạ tầng trên địa bàn xã được 16 tỷ 434 triệu đồng.")
    assert Decimal(16_434_000_000) in {r.value for r in tpl.rows}
