"""Issue 14, round 32: a decimal rate of change printed without its ``%`` right before ``so với`` last period is the
change of the row before it, not a row «Số so …» (``unmarked.rate_sign_dropped``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has, row


def test_the_second_change_of_a_pair_lost_its_sign(tmp_path):
    # yl-ba-ria-vung-tau-so-cong-thuong-san-xuat-cong-nghiep-2023-01: a row «Số so tháng trước» 6,71 (no unit)
    tpl = template(tmp_path, "Báo cáo tình hình sản xuất công nghiệp tháng 1 năm 2023",
                   "Trong đó, giá trị sản xuất công nghiệp trừ dầu thô và khí đốt ước đạt 43,2 ngàn tỷ đồng, tăng 6,73% "
                   "so với tháng trước và tăng 6,71 so với cùng kỳ.")
    assert [r.value for r in tpl.rows] == [43200000000000]
    assert [float(v) for v in derived(tpl, 43200000000000)] == [6.73, 6.71]
    assert "thiếu dấu %" in row(tpl, 43200000000000).derived[1].how


def test_a_yield_change_lost_its_sign(tmp_path):
    # p-lamha-channuoi-2022-h1 (held-out; the hand: cùng kỳ 985, «tăng 1,5 (thiếu %)»)
    tpl = template(tmp_path, "Báo cáo chăn nuôi, thủy sản 6 tháng đầu năm 2022",
                   "Diện tích nuôi trồng thủy sản đạt 120 ha, giảm 3,5% so với cùng kỳ. Tổng sản lượng đạt 1.000 tấn, "
                   "tăng 1,5 so với cùng kỳ.")
    assert not has(tpl, 1.5) and [float(v) for v in derived(tpl, 1000)] == [1.5]


def test_counter_a_whole_number_is_left(tmp_path):
    # counter-case: a whole number may count the row's own noun, elided — not read as a rate here
    tpl = template(tmp_path, "Báo cáo chăn nuôi 6 tháng đầu năm 2022",
                   "Tổng sản lượng đạt 1.000 tấn, tăng 15 so với cùng kỳ.")
    assert not any("thiếu dấu %" in d.how for r in tpl.rows for d in r.derived)


def test_counter_after_a_rate_it_may_be_points(tmp_path):
    # counter-case: after a rate, a bare decimal may be its change in points — not read as a missing %
    tpl = template(tmp_path, "Báo cáo công tác y tế 6 tháng đầu năm 2022",
                   "Tỷ lệ tiêm chủng đầy đủ đạt 85,5%, tăng 1,5 so với cùng kỳ.")
    assert not any("thiếu dấu %" in d.how for r in tpl.rows for d in r.derived)
