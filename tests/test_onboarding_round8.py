"""Issue 14, round 8: the template's precision on the last private batch (10 short news pages: 93 rows for 79
hand-built). Each test writes the sentences as the pages print them (the lead's brief quotes them; the source is
named in each comment) as a prior report, and asserts what the template makes of them; each rule has the
counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template, values

YEAR_2021 = "Báo cáo kết quả xây dựng nông thôn mới năm 2021"


def _rows(tpl):
    return [(r.value, r.unit, r.plan) for r in tpl.rows]


# ------------------------------------------------------------------ 1. a rate and its own fraction (statements.py)

def test_a_rate_followed_by_its_own_fraction_is_the_fraction_s_row(tmp_path):
    # Đắk Nông, nông thôn mới (last private batch): "đạt 87,7% (8.481/9.669)", "đạt 85,7% (8.705/10.162)": the
    # hand-built table keeps 8.481 người against the whole 9.669; the rate is derived from them
    tpl = template(tmp_path, YEAR_2021,
                   "Số người có việc làm đạt 87,7% (8.481/9.669), số lao động qua đào tạo đạt 85,7% (8.705/10.162).")
    assert _rows(tpl) == [(8481, "người", 9669), (8705, "lao động", 10162)]
    assert [d.value for d in tpl.rows[0].derived] == [Decimal("87.7")]
    assert "%" not in {r.unit for r in tpl.rows}


def test_a_fraction_that_does_not_give_the_rate_leaves_the_rate_a_row(tmp_path):
    # the counter-case: "(3/7)" is not 50 %: what it is the text does not say, the rate stays the row
    tpl = template(tmp_path, YEAR_2021, "Tỷ lệ hộ dân sử dụng nước sạch đạt 50% (3/7).")
    assert Decimal(50) in values(tpl) and Decimal(3) not in values(tpl)


# ------------------------------------------------------------------ 2. a restatement by initials (recognisers.repeat)

NOVEMBER_2021 = "Báo cáo tình hình trật tự an toàn giao thông tháng 11 năm 2021"


def test_a_lead_restated_with_the_initials_of_its_noun_is_one_row(tmp_path):
    # last private batch (traffic, a province's November): "Trong tháng 11, toàn tỉnh xảy ra 2 vụ tai nạn giao
    # thông. … trong tháng 11, toàn tỉnh đã xảy ra 2 vụ TNGT đường bộ nghiêm trọng làm 2 người chết"
    tpl = template(tmp_path, NOVEMBER_2021, "Trong tháng 11, toàn tỉnh xảy ra 2 vụ tai nạn giao thông.",
                   "Theo Ban An toàn giao thông tỉnh, trong tháng 11, toàn tỉnh đã xảy ra 2 vụ TNGT đường bộ "
                   "nghiêm trọng làm 2 người chết.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(2, "vụ"), (2, "người")]
    assert tpl.rows[0].repeats


def test_initials_that_spell_nothing_said_before_leave_two_rows(tmp_path):
    # the counter-case: "2 vụ cháy" and "2 vụ TNGT" count different things
    tpl = template(tmp_path, NOVEMBER_2021, "Trong tháng 11, toàn tỉnh xảy ra 2 vụ cháy nhà dân.",
                   "Cũng trong tháng, toàn tỉnh đã xảy ra 2 vụ TNGT đường bộ.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(2, "vụ"), (2, "vụ")]
