"""Caught round 7 (helper caught7, issue 13): a rate of change followed by the count it measures
(evaluations/sweep/caught-round7.md).

Round 6's ``_own_change_pass`` sends a rate said after a line's value to that line's own rate row (``ước đạt 623,2 tỷ
đồng, đạt 22,53% kế hoạch, tăng 8,32% so với cùng kỳ``). ``cả nước xảy ra hơn 1.900 vụ cháy, làm 144 người chết,
tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ`` (d7-cuongthinh): ``tăng 11% số vụ`` names what it
measures — the fires — and was flagged as the dead's rate. A rate followed by ``số`` + a noun is left to the rows its
noun names.
"""

from __future__ import annotations

from tests.test_caught7_bare_parts import _flagged, _page_verdicts
from tests.test_caught7_fractions import _verdicts


def test_a_rate_naming_its_count_is_not_the_lines_before():
    line = "làm 144 người chết, tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ"
    got = _page_verdicts("d7-cuongthinh-chay-2022-2023", "2023", line)
    assert [t for t, v, _ in got if v == "supported"] == ["144", "11%", "30%"], got


def test_rates_naming_their_counts_after_a_value_stand():
    """ze Tổng đài 111, nine months of 2023: ``… 233 trẻ em, tăng 2,6% số vụ và tăng 13,3% số trẻ em bị xâm hại``."""
    line = "233 trẻ em, tăng 2,6% số vụ và tăng 13,3% số trẻ em bị xâm hại so với cùng kỳ năm 2022"
    got = _verdicts("ze-toan-quoc-tong-dai-111-bao-ve-tre-em-2023-9t", line)
    assert got and not _flagged(got), got
