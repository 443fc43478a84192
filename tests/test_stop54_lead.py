"""The lead's mend of stop 54: a row whose label names one direction keeps the size of that change, not a sign.

Checker round 72 read a percent row named as a comparison with a value below an index's range as the change itself,
signed (the CPI releases' ``-0,18``). A label that names the direction (``Tốc độ giảm …``) keeps a positive size:
read signed, ``giảm hơn 7%`` against 7,2 became a false alarm and ``tăng hơn 7%`` passed (h-hatinh-ktxh-2022-h1, the
whole folder's only case that moved the wrong way at the stop's end)."""

from decimal import Decimal

from service.checker.indexvalue import change_of_compared, one_way
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
