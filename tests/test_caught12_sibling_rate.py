"""Caught round 12 (helper caught12, issue 13): the year-ago rate said right after a value chooses between a row and
its running total — a month's value followed by the year to date's rate is the running total's place, and the other
way round (evaluations/sweep/caught-round12.md, ``service/checker/siblingrate.py``).
"""

from __future__ import annotations

import pytest

from tests.sweep_tables import case_line_verdicts

YN = "yn-toan-quoc-bo-ke-hoach-dau-tu-dang-ky-doanh-nghiep-2017-08"
VICEM = "zl-toan-quoc-vicem-tieu-thu-xi-mang-2016-q3"

SWAPS = [
    # yn Bộ KH&ĐT: «Tính từ đầu năm đến tháng 8, …» a sentence before; 822.116 the 8 months', 131.378 the month's,
    # 44,8 the 8 months' rate (the table's «8 tháng năm 2017 so với cùng kỳ năm 2016 (%)» = 144,8)
    (YN, "Các doanh nghiệp thành lập mới có tổng vốn đăng ký là 822.116 tỷ đồng tăng 44,8% so với cùng kỳ năm 2016",
     "822.116", "131.378", "lũy kế từ đầu năm"),
    # zl Vicem: the quarter's export 699.000 (tăng 105%) and the nine months' 2.337.000 (tăng 61,7%), each sentence
    # with its own rate — both directions
    (VICEM, "xuất khẩu đạt 699.000 tấn, tăng 105% so với cùng kỳ năm 2015", "699.000", "2.337.000",
     "riêng kỳ báo cáo"),
    (VICEM, "xuất khẩu đạt 2.337.000 tấn, tăng 61,7% so với cùng kỳ năm 2015", "2.337.000", "699.000",
     "lũy kế từ đầu năm"),
]


@pytest.mark.parametrize("slug, line, right, wrong, said", SWAPS)
def test_the_sibling_value_before_the_rate_is_flagged(slug, line, right, wrong, said):
    got = case_line_verdicts(slug, line, line.replace(right, wrong, 1))
    flagged = [r for t, v, r in got if v == "unsupported" and t.startswith(wrong)]
    assert flagged, got
    assert said in flagged[0] and right in flagged[0], flagged


@pytest.mark.parametrize("slug, line, right, wrong, said", SWAPS)
def test_the_value_with_its_own_rate_is_not_flagged(slug, line, right, wrong, said):
    got = case_line_verdicts(slug, line)
    assert not [t for t, v, _ in got if v == "unsupported"], got


def test_a_rate_against_the_month_before_is_another_base():
    # «so với tháng trước»: not the year-ago rate the running total keeps — the value is left to the other passes
    line = SWAPS[0][1]
    got = case_line_verdicts(YN, line, "Các doanh nghiệp thành lập mới có tổng vốn đăng ký là 131.378 tỷ đồng tăng "
                                       "44,8% so với tháng trước")
    assert not [r for t, v, r in got if "Tốc độ tăng/giảm đi ngay sau số này" in r], got


def test_a_plan_share_after_the_value_is_not_this_rule():
    # «đạt 61,7% kế hoạch»: a plan's share — the month's and the running total's plan rates are kept under one label
    line = SWAPS[2][1]
    got = case_line_verdicts(VICEM, line, "xuất khẩu đạt 699.000 tấn, đạt 61,7% kế hoạch năm 2015")
    assert not [r for t, v, r in got if "Tốc độ tăng/giảm đi ngay sau số này" in r], got
