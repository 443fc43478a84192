"""Issue 14, round 14: the template's rows on 25 fresh sweep pages (``t7-*``: disease reports, civil judgment
enforcement, tax, customs, banks, hospitals, industrial zones, courts; judged in evaluations/sweep/template-round14.md).
Each test writes sentences as the pages print them (the page's slug named in each comment) as a prior report, and
asserts what the template makes of them; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR_2019 = "Báo cáo tổng kết công tác thu ngân sách năm 2019"
YEAR_2020 = "Báo cáo tổng kết công tác Hội năm 2020"


def _values(tpl):
    return {r.value for r in tpl.rows}


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# ------------------------------------------------------------------ 1. "chỉ tiêu phấn đấu" names a target, it aims at none

def test_chi_tieu_phan_dau_is_the_target_a_result_is_measured_against(tmp_path):
    # t7-toanquoc-haiquan-2019: after "đạt 100,76% chỉ tiêu phấn đấu;" the next customs offices' collections were read
    # as aims (the sentence's "phấn đấu"), so two rows were lost
    tpl = template(tmp_path, YEAR_2019,
                   "Nhiều cục hải quan tỉnh, thành phố đóng góp số thu lớn của ngành hải quan như: Cục Hải quan TP.HCM "
                   "đã thu đạt hơn 113.753 tỷ đồng, vượt chỉ tiêu dự toán (108.800 tỷ đồng), đạt 100,76% chỉ tiêu phấn "
                   "đấu; Cục Hải quan Hải Phòng thu đạt hơn 65.702 tỷ đồng, vượt hơn 38,26% chỉ tiêu dự toán, vượt 4,29% "
                   "chỉ tiêu phấn đấu; Cục Hải quan Hà Nội thu đạt 22.092 tỷ đồng, vượt 5,85% so với chỉ tiêu được giao.")
    for value in (113_753 * 10 ** 9, 65_702 * 10 ** 9, 22_092 * 10 ** 9):
        assert _row(tpl, value).unit == "tỷ đồng"


def test_phan_dau_as_a_verb_still_aims(tmp_path):
    # counter-cases: t5-hoabinh-ccb-2019 ("đã đề ra chỉ tiêu phấn đấu giảm thêm 2% …, làm mới 20 - 25 nhà") and a
    # plain "phấn đấu" verb keep their targets out of the rows
    tpl = template(tmp_path, YEAR_2020,
                   "Năm 2020, Hội CCB tỉnh đã đề ra chỉ tiêu phấn đấu giảm thêm 2% hội viên nghèo và giúp đỡ hội viên "
                   "làm mới 20 - 25 nhà \"Nghĩa tình đồng đội\".",
                   "Hội phấn đấu kết nạp mới 150 hội viên, xây dựng 12 nhà tình nghĩa.")
    assert not _values(tpl) & {Decimal(2), Decimal(25), Decimal(150), Decimal(12)}
