"""Issue 14, round 9: the template's precision on the sweep (fresh pages, no hand-built tables; judged in
/work/sweep/sweeptpl.md). Each test writes sentences as the sweep pages print them (the page's slug named in each
comment) as a prior report, and asserts what the template makes of them; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

HALF_2024 = "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024"
YEAR_2025 = "Báo cáo kết quả công tác Hội nông dân năm 2025"


def _rows(tpl):
    return [(r.value, r.unit, r.plan) for r in tpl.rows]


# ------------------------------------------------------------------ 1. a second plan's share (recognisers.py)

def test_a_share_of_a_second_plan_is_derived_not_a_row(tmp_path):
    # tpl-chupuh-ktxh-2024-h1: "285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao" — the
    # row keeps the first plan; the share of the second is a derivation, no "Tỷ lệ" row of its own
    tpl = template(tmp_path, HALF_2024,
                   "Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% "
                   "kế hoạch HĐND huyện giao; trong đó, thu trên địa bàn huyện được 24,023 tỷ đồng, đạt 43% kế hoạch "
                   "tỉnh giao, đạt 34% kế hoạch HĐND huyện giao.")
    assert [r.unit for r in tpl.rows] == ["tỷ đồng", "tỷ đồng"]
    assert [[d.value for d in r.derived] for r in tpl.rows] == [[60, 58], [43, 34]]
    assert tpl.rows[0].plan == Decimal("475.5") * 10 ** 9   # the first plan, in đồng


def test_a_share_of_plan_then_a_rate_of_its_own_stays_a_row(tmp_path):
    # counter-case (c-kongchro-ubnd-2023-9t, c-chauduc-ubnd-2021-9t): a share of plan, then a growth rate or a new
    # clause's rate — not a second plan
    tpl = template(tmp_path, HALF_2024,
                   "Tổng thu ngân sách 9 tháng 20,8 tỷ đồng, đạt 80,1% kế hoạch, tăng 7,92% so với cùng kỳ.",
                   "Diện tích gieo trồng được 25.271,9 ha, đạt 74,6% kế hoạch; tỷ lệ che phủ rừng đạt 45%.")
    units = [r.unit for r in tpl.rows]
    assert units == ["tỷ đồng", "ha", "%"]
    assert tpl.rows[-1].value == 45


# ------------------------------------------------------------------ 2. a count named before "là" (rows.py, recognisers.py)

def test_a_bare_number_after_so_noun_la_is_that_count(tmp_path):
    # tpl-hanam-yte-2019: "Trong năm, tổng số lần khám bệnh tuyến tỉnh là 342.488, đạt 100,8% kế hoạch, tổng số lần
    # khám bệnh tuyến huyện là 351.536, đạt 101,6%." — two counts in lần (named before them, no noun after), each
    # with its share of plan derived; no bare "Tỷ lệ" rows
    tpl = template(tmp_path, "Báo cáo tổng kết công tác y tế năm 2019",
                   "Trong năm, tổng số lần khám bệnh tuyến tỉnh là 342.488, đạt 100,8% kế hoạch, tổng số lần khám bệnh "
                   "tuyến huyện là 351.536, đạt 101,6%.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(342488, "lần"), (351536, "lần")]
    assert [r.label for r in tpl.rows] == ["Tổng số lần khám bệnh tuyến tỉnh", "Tổng số lần khám bệnh tuyến huyện"]
    assert [[d.value for d in r.derived] for r in tpl.rows] == [[Decimal("100.8")], [Decimal("101.6")]]


def test_a_total_the_text_has_stays_standing(tmp_path):
    # counter-cases: a stock with no share after it stays a standing fact (the rule of earlier rounds), and a number
    # after "là" with its own noun keeps that noun (c-dailoc-toaan-2023: "Án tranh chấp dân sự tòa thụ lý là 173 vụ")
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2023",
                   "Tổng số chi hội là 24, sinh hoạt đều đặn hằng tháng.",
                   "Án tranh chấp dân sự tòa thụ lý là 173 vụ, việc.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(173, "vụ")]
    assert [s.value for s in tpl.standing] == [24]
