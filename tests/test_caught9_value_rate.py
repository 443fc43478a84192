"""Caught round 9 (helper caught9, issue 13): a value and the rate said right after it are one row's — where the rate
is another row's of the value's unit and not the value's own row's, the value is the swap, flagged on the value
(evaluations/sweep/caught-round9.md, ``service/checker/valuerate.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sweep_tables import case_line_verdicts

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"


def _verdicts(slug: str, line: str, bad: str | None = None):
    return case_line_verdicts(slug, line, bad, (HELDOUT,))


def _flagged(got):
    return [t for t, v, _ in got if v == "unsupported"]


@pytest.mark.parametrize("slug, line, bad, wrong", [
    # m Quảng Nam thuế: 52,2% is 5.626,3 of its plan 10.766 (the private sector's line); 8.356 of 15.490 is 53,9%
    ("m-quangnam-thue-2018-h1", "đã thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán cả năm",
     "đã thu hơn 8.356 tỷ đồng, đạt 52,2% dự toán cả năm", "8.356"),
    # p Quảng Ngãi thủy sản: «tăng 7% so với cùng kỳ năm 2018» is the whole output's change; 152.333 is the catch's
    ("p-quangngai-thuysan-2019-7t", "đạt 155.677 tấn, tăng 7% so với cùng kỳ năm 2018",
     "đạt 152.333 tấn, tăng 7% so với cùng kỳ năm 2018", "152.333"),
    # p Nam Định vận tải: the half-year's revenue, its change against last year; 547 is the month's
    ("p-namdinh-vantai-2022-h1", "ước đạt 3.017 tỷ đồng, tăng 12,5%", "ước đạt 547 tỷ đồng, tăng 12,5%", "547"),
    # yj Đống Đa: the revenue's rate is kept as a row («…: tỷ lệ so với dự toán năm» = 56,7); 1.190 is the spending's
    ("yj-ha-noi-dong-da-hdnd-quan-thu-chi-ngan-sach-2025-h1", "đạt hơn 10.221 tỷ đồng, bằng 56,7%",
     "đạt hơn 1.190 tỷ đồng, bằng 56,7%", "1.190"),
])
def test_a_swapped_value_is_flagged_by_the_rate_after_it(slug, line, bad, wrong):
    assert not _flagged(_verdicts(slug, line))
    got = _verdicts(slug, line, bad)
    flagged = [(t, r) for t, v, r in got if v == "unsupported" and t.startswith(wrong)]
    assert flagged, got
    assert "đi ngay sau nó" in flagged[0][1], got


@pytest.mark.parametrize("slug, line", [
    # a change against the month before: another base, not judged (p Nam Định, June 2022)
    ("p-namdinh-vantai-2022-h1", "ước đạt 547 tỷ đồng, tăng 4,3% so với tháng trước"),
    # the whole and its plan's rate, as published (m Quảng Nam)
    ("m-quangnam-thue-2018-h1", "đã thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán cả năm"),
    # a running total's rates kept under its label (zm Lâm Đồng: «Thu từ thuế phí» 116/102, the month's row beside it)
    ("zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08", "lũy kế thu 6.411 tỷ đồng, đạt 116% dự toán Trung ương"),
    ("zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08", "lũy kế 8 tháng thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương"),
])
def test_a_value_with_its_own_rate_stays_quiet(slug, line):
    assert not _flagged(_verdicts(slug, line))
