"""The lead's mends of stop 54. First: a row whose label names one direction keeps the size of that change, not a sign.

Checker round 72 read a percent row named as a comparison with a value below an index's range as the change itself,
signed (the CPI releases' ``-0,18``). A label that names the direction (``Tốc độ giảm …``) keeps a positive size:
read signed, ``giảm hơn 7%`` against 7,2 became a false alarm and ``tăng hơn 7%`` passed (h-hatinh-ktxh-2022-h1, the
whole folder's only case that moved the wrong way at the stop's end). Second: a campaign month named alone (a
column's title) is its stretch, not the month its days end in (the whole test run's one failure after periods round 46)."""

from decimal import Decimal

from service.checker.indexvalue import change_of_compared, one_way
from service.periods import find_period
from tests.sweep_tables import case_line_verdicts

HATINH = "h-hatinh-ktxh-2022-h1"
HATINH_LINE = "chỉ số sản xuất ngành công giảm hơn 7% so với cùng kỳ"


def _of(rows, start):
    return [v for t, v, _ in rows if t.startswith(start)]


def test_a_fall_said_of_a_one_way_row_is_supported():
    assert _of(case_line_verdicts(HATINH, HATINH_LINE), "7") == ["supported"]


def test_a_rise_said_of_a_one_way_row_is_flagged():
    assert _of(case_line_verdicts(HATINH, HATINH_LINE, HATINH_LINE.replace("giảm hơn 7%", "tăng hơn 7%")), "7") \
        == ["unsupported"]


def test_labels_that_name_one_way_and_both():
    # one way: the Hà Tĩnh half-year's row, k-dongkhoi-caodiem-2020's `Tỷ lệ giảm số vụ phạm pháp hình sự so với cùng kỳ`
    assert one_way("Tốc độ giảm chỉ số sản xuất ngành công nghiệp so với cùng kỳ")
    assert one_way("Tỷ lệ giảm số vụ phạm pháp hình sự so với cùng kỳ")
    # both ways or none (the real negatives: xe- Thái Nguyên TNG's column, c51 Khánh Hòa CPI's rows)
    assert not one_way("Tăng (+)/giảm (-) so với cùng kỳ (%)")
    assert not one_way("Hàng ăn và dịch vụ ăn uống: tháng 9/2021 so với tháng trước")
    assert change_of_compared(Decimal("7.2"), "Tốc độ giảm chỉ số sản xuất ngành công nghiệp so với cùng kỳ") is None
    assert change_of_compared(Decimal("-0.18"), "Giao thông: tháng 9/2021 so với tháng trước")[0] == Decimal("-0.18")
    assert change_of_compared(Decimal("98.1"), "Tốc độ giảm … so với cùng kỳ")[0] == Decimal("-1.9")   # an index


def test_a_campaign_month_named_alone_is_a_stretch_not_a_month():
    # periods round 46 reads a campaign month's bracketed days as the month they end in, in a sentence reporting it
    # (yq-ha-tinh: `Trong tháng hành động ... năm 2018 (từ 15/4 - 14/5), Đoàn kiểm tra ... đã tiến hành kiểm tra 66 cơ
    # sở`); named alone — a sheet's column title beside `Lũy kế 8 tháng năm 2019` (zk-tay-ninh-hoa-thanh's layout,
    # tests/test_figures_stop29_lead.py) — it names the campaign's stretch and the sheet loads for 2019-8T
    assert find_period("Tháng hành động (10/7-10/8/2019)") is None
    assert str(find_period("Trong tháng hành động vì vệ sinh an toàn thực phẩm năm 2018 (từ 15/4 - 14/5), Đoàn kiểm "
                           "tra liên ngành đã tiến hành kiểm tra 66 cơ sở")) in ("2018-05", "tháng 5 năm 2018")
