"""Issue 14, round 16: rows and labels of the template on 18 fresh sweep pages (``t9-*``, judged in
evaluations/sweep/template-round16.md). Sentences as the pages print them (slug in each comment), written as a prior
report; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

SIX = "Báo cáo sơ kết 6 tháng đầu năm 2023"


def _label(tpl, value) -> str:
    found = [r.label for r in tpl.rows if r.value == Decimal(str(value))]
    assert found, [(r.value, r.label) for r in tpl.rows]
    return found[0]


# ------------------------------------------------------------------ 1. what grew, read from the sentence

def test_a_subject_that_names_its_own_rate_is_not_prefixed_again(tmp_path):
    # t9-channuoi-bariavungtau-5t-2023 ("Tốc độ tăng tốc độ tăng trưởng chăn nuôi" before)
    tpl = template(tmp_path, SIX,
                   "5 tháng đầu năm 2023, các sản phẩm chăn nuôi tiêu thụ thuận lợi, tốc độ tăng trưởng chăn nuôi tăng "
                   "4,47% so với cùng kỳ.")
    assert _label(tpl, "4.47") == "Tốc độ tăng trưởng chăn nuôi"


def test_a_change_after_a_clause_of_consequence_names_only_what_changed(tmp_path):
    # t9-channuoi-hoabinh-2021 ("Tốc độ tăng các cơ quan chức năng nên tổng đàn" before)
    tpl = template(tmp_path, SIX,
                   "Năm 2021, người chăn nuôi tiếp tục tái đàn lợn theo khuyến cáo của các cơ quan chức năng nên tổng "
                   "đàn tăng khoảng 0,5% so với năm 2020.")
    assert _label(tpl, "0.5") == "Tốc độ tăng tổng đàn"


def test_a_growth_rate_without_either_keeps_its_prefix(tmp_path):
    # counter-case: t9-hdnd-tuongduong-6t-2018
    tpl = template(tmp_path, SIX,
                   "Cả 3 lĩnh vực kinh tế đều có tốc độ tăng trưởng cao hơn cùng kỳ năm 2017 (nông, lâm, thủy sản tăng "
                   "7,4%; công nghiệp - xây dựng tăng 12,25%; thương mại - dịch vụ tăng 5,3%).")
    assert _label(tpl, "7.4") == "Tốc độ tăng nông, lâm, thủy sản"
    assert _label(tpl, "5.3").startswith("Tốc độ tăng thương mại")
