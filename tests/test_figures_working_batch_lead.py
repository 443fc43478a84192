"""The figures loader, from stop 26's working batch (zc-toan-quoc-hang-hoa-qua-cang-bien-2018-09): a month's table with
its months to date and last year's months to date — ``Thực hiện tháng 9/2018 | Lũy kế 9 tháng 2018 | Cùng kỳ 9 tháng
2017`` — keeps last year's value on the running-total row, so ``từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn`` and its
``tăng 97%`` are checked."""

from __future__ import annotations

from decimal import Decimal

from service.checker import check_text
from service.figures.load import load_table

SHEET = """CỤC HÀNG HẢI VIỆT NAM;;;;;;
SẢN LƯỢNG HÀNG HÓA THÔNG QUA CẢNG BIỂN THÁNG 9 VÀ 9 THÁNG NĂM 2018;;;;;;
TT;Chỉ tiêu;ĐVT;Thực hiện tháng 9/2018;Lũy kế 9 tháng 2018;Cùng kỳ 9 tháng 2017;Ghi chú
1;Tổng khối lượng hàng hóa thông qua cảng biển;triệu tấn;42,9;386;;
3;Khu vực cảng biển Hà Tĩnh;triệu tấn;;17,5;8,86;
"""


def test_last_year_s_months_to_date_go_with_the_running_total(tmp_path):
    path = tmp_path / "cang.csv"
    path.write_text(SHEET, encoding="utf-8")
    rows = {f.ma: f for f in load_table(path)}
    assert rows["3-LK"].ky_bao_cao == Decimal("17500000") and rows["3-LK"].cung_ky == Decimal("8860000")
    assert rows["1"].cung_ky is None and rows["1-LK"].ky_bao_cao == Decimal("386000000")
    text = "Hà Tĩnh tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn)."
    verdicts = [(c.text, c.verdict) for c in check_text(text, load_table(path), period="2018-09").numbers]
    assert verdicts == [("97%", "derived"), ("8,86 triệu tấn", "supported"), ("17,5 triệu tấn", "supported")]
    wrong = [(c.text, c.verdict) for c in check_text(text.replace("8,86", "8,68"), load_table(path), period="2018-09").numbers]
    assert ("8,68 triệu tấn", "unsupported") in wrong
