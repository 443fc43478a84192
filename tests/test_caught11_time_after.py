"""Caught round 11 (helper caught11, issue 13): the words of time after a count in its own clause (``… doanh nghiệp
thành lập mới trong tháng 8``) choose between a row and its running total, as those before it do
(evaluations/sweep/caught-round11.md, ``attribution.Attribution._time_cue_after``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sweep_tables import case_line_verdicts

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "evaluations" / "cases" / "heldout"

CASES = [
    # yn Bộ KH&ĐT: the title and the lead, the month's 12.404 and the 8 months' 85.357 of one row
    ("yn-toan-quoc-bo-ke-hoach-dau-tu-dang-ky-doanh-nghiep-2017-08",
     "có 12.404 doanh nghiệp được thành lập mới trong tháng 8", "12.404", "85.357"),
    # zn Tuyên Quang: a title, the month's 162 and the year's 1.500
    ("zn-tuyen-quang-chong-buon-lau-389-2025-11",
     "Phát hiện 162 vụ vi phạm về gian lận thương mại trong tháng 11", "162", "1.500"),
    # zu vốn đầu tư NSNN: the month's 45.700 and the seven months' 203.000, «tháng 7-2020» at the clause's end
    ("zu-toan-quoc-von-dau-tu-nsnn-2020-07",
     "45.700 tỷ đồng là tổng vốn đầu tư thực hiện từ nguồn ngân sách nhà nước tháng 7-2020", "45.700", "203.000"),
]


def _verdicts(slug: str, line: str, bad: str | None = None):
    return case_line_verdicts(slug, line, bad, (FOLDER,))


@pytest.mark.parametrize("slug, line, month, running", CASES)
def test_the_running_total_where_the_words_after_say_the_month_is_flagged(slug, line, month, running):
    got = _verdicts(slug, line, line.replace(month, running, 1))
    flagged = [r for t, v, r in got if v == "unsupported" and t.startswith(running)]
    assert flagged and "riêng kỳ báo cáo" in flagged[0] and month in flagged[0], got


@pytest.mark.parametrize("slug, line, month, running", CASES)
def test_the_month_said_with_its_month_is_not_flagged(slug, line, month, running):
    got = _verdicts(slug, line)
    assert not [t for t, v, _ in got if v == "unsupported"], got


def test_a_month_after_a_base_is_no_period():
    # «so với tháng 7»: what the number is compared with, not its period — the running total stays unjudged here
    slug, line = CASES[0][0], "có 12.404 doanh nghiệp được thành lập mới trong tháng 8"
    got = _verdicts(slug, line, "có 85.357 doanh nghiệp được thành lập mới tăng so với tháng 7")
    assert not [r for t, v, r in got if "riêng kỳ báo cáo" in r], got
