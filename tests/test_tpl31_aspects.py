"""Issue 14, round 31: ``về lượng`` / ``về khối lượng`` after a rate changes a quantity — a weight or volume, or a
count (shares traded, ``triệu cổ phiếu``); ``về giá trị`` the money (round 30's ``recognisers.aspect_row`` took only a
measure as a quantity, so a volume of shares' rate hung on the money).  Quotes as printed (slug in each comment)."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived


def floats(tpl, value):
    return sorted(float(d) for d in derived(tpl, value))


def test_volume_rate_on_the_count_of_shares(tmp_path):
    # t24-tbtco-hose-2023-10: 35,32 and 38,68 had both hung on 14.285 tỷ đồng
    tpl = template(tmp_path, "Báo cáo thị trường chứng khoán tháng 10 năm 2023",
                   "Thanh khoản thị trường cổ phiếu tháng 10 ghi nhận sự điều chỉnh với khối lượng giao dịch bình "
                   "quân phiên đạt hơn 625,89 triệu cổ phiếu, tương ứng giá trị giao dịch bình quân phiên 14.285 tỷ "
                   "đồng, lần lượt giảm 35,32% về khối lượng và giảm 38,68% về giá trị giao dịch bình quân phiên so "
                   "với tháng 9/2023.")
    assert floats(tpl, 625890000) == [35.32]
    assert floats(tpl, 14285000000000) == [38.68]


def test_volume_rate_after_the_money_and_the_count(tmp_path):
    # t24-vietbao-hose-2022-05: "giảm lần lượt 32,40% về giá trị và 20,98% về khối lượng" — 20,98 had hung on the money
    tpl = template(tmp_path, "Báo cáo thị trường chứng khoán tháng 5 năm 2022",
                   "Thanh khoản thị trường cổ phiếu tháng 5 ghi nhận giá trị và khối lượng giao dịch bình quân phiên "
                   "lần lượt đạt trên 14.951 tỷ đồng và 540,22 triệu cổ phiếu, giảm lần lượt 32,40% về giá trị và "
                   "20,98% về khối lượng so với tháng 4.")
    assert floats(tpl, 540220000) == [20.98]
    assert floats(tpl, 14951000000000) == [32.40]


def test_counter_tonnes_still_take_the_quantity_rate(tmp_path):
    # counter-case (t24-tbtco-hotieu-10t-2023): a weight and its value, the rates by aspect as before
    tpl = template(tmp_path, "Báo cáo xuất khẩu hồ tiêu tháng 10 năm 2023",
                   "Xuất khẩu hồ tiêu của Việt Nam trong tháng 10 đạt 19.401 tấn, trị giá 73,2 triệu USD, tăng 7,1% về "
                   "lượng và 8,4% về trị giá so với tháng trước.")
    assert floats(tpl, 19401) == [7.1] and floats(tpl, 73200000) == [8.4]
