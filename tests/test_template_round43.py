"""Issue 14, round 43 (a change compared by the sentence that leads it, compared.py): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.template_rows import values as _values
from tests.test_onboarding_round6 import template


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


def _changes(row):
    return [d.value for d in row.derived if "so với cùng kỳ" in d.how]


FIRE_YEAR = "Tình hình cháy, nổ năm 2023"
# yw-toan-quoc-cuc-canh-sat-pccc-chay-no-2023
FIRE_LEVELS = ("Thông tin từ Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, năm 2023, toàn quốc xảy ra 3.440 vụ "
               "cháy, làm chết 146 người, bị thương 109 người, thiệt hại về tài sản sơ bộ ước tính khoảng 878 tỷ đồng "
               "và 236 ha rừng.")
FIRE_BLASTS = "Xảy ra 16 vụ nổ, làm 11 người chết, bị thương 27 người."
FIRE_CHANGES = ("So sánh với năm 2022: Số vụ cháy tăng 206 vụ (tăng 6,3%); tăng 27 người chết (tăng 22,69%); tăng 19 "
                "người bị thương (tăng 21,11%); thiệt hại về tài sản tăng 244 tỷ đồng (tăng 38,4%). Số vụ nổ giảm 2 vụ "
                "(giảm 11,11%); số người chết tăng 1 người (tăng 10,0%), số người bị thương giảm 2 người (giảm 6,9%).")


def test_so_sanh_voi_compares_the_changes_of_its_sentence(tmp_path):
    # the fire report: 27 người chết, 19 người bị thương and 244 tỷ đồng were rows of their own
    tpl = template(tmp_path, FIRE_YEAR, FIRE_LEVELS, FIRE_BLASTS, FIRE_CHANGES)
    values = _values(tpl)
    for level in (3440, 146, 109, 878_000_000_000, 236, 16, 11, 27):
        assert Decimal(level) in values
    for change in (206, 19, 244_000_000_000, 2):
        assert Decimal(change) not in values
    assert values.count(Decimal(27)) == 1            # the blasts' injured, not the fire's 27 more dead


def test_the_rate_after_a_led_change_names_its_row(tmp_path):
    # the same report: the dead of the fires (146: 27 / 119 = 22,69 %), not of the blasts (11), the nearer row
    tpl = template(tmp_path, FIRE_YEAR, FIRE_LEVELS, FIRE_BLASTS, FIRE_CHANGES)
    assert Decimal(27) in _changes(_row(tpl, 146)) and Decimal(19) in _changes(_row(tpl, 109))
    assert Decimal(2) in _changes(_row(tpl, 16)) and Decimal(1) in _changes(_row(tpl, 11))
    assert Decimal(206) in _changes(_row(tpl, 3440))
    # «số người bị thương giảm 2 người (giảm 6,9%)»: its subject names both injured rows, its rate the blasts' 27
    assert Decimal(2) in _changes(_row(tpl, 27)) and Decimal(2) not in _changes(_row(tpl, 109))


def test_so_sanh_voi_before_the_changes_of_a_holiday(tmp_path):
    # p13-tnkt-tet-kyhoi-2019
    tpl = template(tmp_path, "Tình hình tai nạn giao thông 7 ngày nghỉ Tết Nguyên đán Kỷ Hợi 2019",
                   "Theo Ủy ban An toàn giao thông Quốc gia, trong 7 ngày nghỉ Tết Nguyên đán Kỷ Hợi 2019, cả nước đã "
                   "xảy ra 214 vụ tai nạn giao thông (TNGT), làm chết 135 người, bị thương 189 người. So sánh với 7 ngày "
                   "nghỉ Tết Nguyên đán 2018 giảm 46 vụ, số người chết giảm 60 người, số người bị thương giảm 31 người.")
    assert _values(tpl) == [Decimal(214), Decimal(135), Decimal(189)]
    assert _changes(_row(tpl, 135)) == [Decimal(60)]


def test_the_sentence_after_a_comparison_goes_on_with_it(tmp_path):
    # p9-lamdong-lamluat-2022-12: 2,15 ha and 106 m3 were rows «Số ha diện tích thiệt hại do phá rừng», «Số m3 …»
    tpl = template(tmp_path, "Tình hình vi phạm pháp luật lâm nghiệp tháng 12 năm 2022",
                   "Trong tháng, các lực lượng chức năng các cấp phát hiện 14 vụ vi phạm Luật Lâm nghiệp, diện tích "
                   "thiệt hại do phá rừng 0,49 ha với khối lượng lâm sản thiệt hại 34,9 m3. So sánh với cùng kỳ năm "
                   "2021, số vụ vi phạm giảm 16 vụ (tương ứng giảm 53%). Diện tích thiệt hại do phá rừng giảm 2,15 ha "
                   "(tương ứng giảm 81%), lâm sản thiệt hại giảm 106 m3 (tương ứng giảm 75%).")
    values = _values(tpl)
    assert Decimal("0.49") in values and Decimal("34.9") in values
    assert Decimal("2.15") not in values and Decimal(106) not in values
    # the rates are whole percents, cut: 2,15 / 2,64 = 81,4 % for «giảm 81%», 106 / 140,9 = 75,2 % for «giảm 75%»
    assert Decimal("2.15") in _changes(_row(tpl, "0.49")) and Decimal(106) in _changes(_row(tpl, "34.9"))


def test_counter_a_sentence_stating_its_own_level_is_not_led(tmp_path):
    # t33-baoninhthuan-tngt-2023: after «So với năm trước, …», December's levels are rows of their own
    tpl = template(tmp_path, "Tình hình tai nạn giao thông năm 2023",
                   "Theo Ban An toàn giao thông tỉnh, trong năm 2023, trên địa bàn tỉnh xảy ra 176 vụ tai nạn giao "
                   "thông (TNGT), làm 54 người chết, 181 người bị thương.",
                   "So với năm trước, số vụ TNGT tăng 20,5% (tăng 30 vụ); số người chết tăng 8% (tăng 4 người); số "
                   "người bị thương tăng 21,5% (tăng 32 người). Riêng trong tháng 12/2023, toàn tỉnh xảy ra 24 vụ TNGT, "
                   "làm 6 người chết, 31 người bị thương.")
    values = _values(tpl)
    for level in (176, 54, 181, 24, 6, 31):
        assert Decimal(level) in values
    for change in (30, 4, 32):
        assert Decimal(change) not in values


def test_counter_a_flow_with_nothing_compared_stays_a_row(tmp_path):
    # tests/test_onboarding_round4 CHI_LANG (a veterans' association's quarter): no comparison leads the decrease
    tpl = template(tmp_path, "Báo cáo công tác hội quý I năm 2019",
                   "Tổng số hội viên 1.250 hội viên. Trong quý đã kết nạp được 24 hội viên, chuyển đến 01; giảm 42 hội "
                   "viên (do từ trần 41, chuyển nơi khác 01).")
    assert Decimal(42) in _values(tpl)
