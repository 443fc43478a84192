"""Issue 14, round 35: a rank said with ``trong`` and the group's size (``xếp thứ 2 trong 11 tỉnh``, ``đứng thứ 2
trong 6 tỉnh``) is a rank row, and the size counts nothing (``ranks.rank``).  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_second_of_eleven_mountain_provinces(tmp_path):
    # yp-thai-nguyen-ban-dan-toc-tinh-ho-ngheo-dan-toc-thieu-so-2016-2019: a row «Số tỉnh miền núi …» 11
    tpl = template(tmp_path, "Báo cáo kết quả giảm nghèo vùng dân tộc thiểu số giai đoạn 2016 - 2019",
                   "Cụ thể, năm 2016, tỷ lệ hộ nghèo dân tộc thiểu số là 19,2% và đến cuối năm 2019 giảm xuống còn "
                   "6,1%, giảm bình quân 3,2% trên năm, góp phần đưa tỉnh Thái Nguyên tăng 3 bậc và xếp thứ 2 trong 11 "
                   "tỉnh miền núi vùng Đông Bắc có tỷ lệ hộ nghèo thấp.")
    assert not has(tpl, 11)
    assert any(r.value == Decimal(2) and r.unit == "hạng" for r in tpl.rows)


def test_second_of_six_north_central_provinces(tmp_path):
    # c31-nongthonmoi-hatinh-thu-nhap-dung-nhi-bac-trung-bo
    tpl = template(tmp_path, "Báo cáo thu nhập bình quân đầu người năm 2020",
                   "Theo công bố sơ bộ của Tổng cục Thống kê về kết quả khảo sát mức sống dân cư năm 2020, Hà Tĩnh là "
                   "địa phương có thu nhập bình quân đầu người đứng thứ 2 trong 6 tỉnh Bắc Trung Bộ.")
    assert not has(tpl, 6)
    assert any(r.value == Decimal(2) and r.unit == "hạng" for r in tpl.rows)


def test_guard_a_count_within_a_group_is_counted(tmp_path):
    # no verb of ranking: "trong 11 tỉnh" after a plain count stays what it is
    tpl = template(tmp_path, "Báo cáo kết quả giảm nghèo năm 2019",
                   "Năm 2019, có 2 huyện thoát nghèo trong tổng số 9 huyện của tỉnh.")
    assert has(tpl, 2)
