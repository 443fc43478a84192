"""Checker round 104 (helper chk104, issue 13): a rate of change opening a bracket right after a value is that value's
own rate — evaluations/sweep/checker-round104.md, ``service/checker/bracketchange.py``.

``Hà Nội đón 1.651.306 lượt khách (tăng 7% so với cùng kỳ năm 2016)``: the table keeps each row's index against last
year (``Tổng lượt khách: so với cùng kỳ`` = 107); another row's index agreeing with the rate (the domestic visitors'
106) is no proof. A rate against another base (the start of the year, the plan) is left alone.
"""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from tests.sweep_tables import case_line_verdicts, table

TOURISM = "wb-nhieu-tinh-tong-cuc-du-lich-khach-du-lich-2017-05"


def _flagged(got):
    return [t for t, v, _ in got if v in ("unsupported", "stale")]


@pytest.mark.parametrize("line, bad, wrong", [
    # the domestic visitors' 106 on the total's 107
    ("1.651.306 lượt khách (tăng 7%", "1.651.306 lượt khách (tăng 6%", "6%"),
    # the total's 107 on the foreign visitors' 110
    ("294.000 lượt (tăng 10%", "294.000 lượt (tăng 7%", "7%"),
    # Quảng Ninh's total's 112 on its foreign visitors' 108
    ("khách quốc tế đạt 275.000 lượt (tăng 8%", "khách quốc tế đạt 275.000 lượt (tăng 12%", "12%"),
    # Nghệ An's visitors' 156 on its receipts' 157
    ("150 tỷ đồng (tăng 57%", "150 tỷ đồng (tăng 56%", "56%"),
])
def test_a_rate_in_brackets_is_its_values_own(line, bad, wrong):
    assert not _flagged(case_line_verdicts(TOURISM, line))
    got = case_line_verdicts(TOURISM, line, bad)
    assert wrong in _flagged(got), got
    assert "Tốc độ tăng/giảm trong ngoặc này nói về" in next(r for t, v, r in got if t == wrong), got


@pytest.mark.parametrize("bad, wrong", [
    ("4,894 tỷ đồng (tăng 13%", "13%"),    # a wrong rate: no row's index gives it
    ("4,894 tỷ đồng (giảm 12%", "12%"),    # the right number, the wrong direction
])
def test_an_amount_written_the_english_way_keeps_its_rate_checked(bad, wrong):
    # «4,894 tỷ đồng» (4.894 tỷ written the English way) stays flagged for its notation; its rate is checked against
    # the row its other reading gives (R-8, Tổng thu từ khách du lịch: 112)
    line = "4,894 tỷ đồng (tăng 12%"
    assert _flagged(case_line_verdicts(TOURISM, line)) == ["4,894 tỷ đồng"]
    got = case_line_verdicts(TOURISM, line, bad)
    assert wrong in _flagged(got), got


#: xf Vĩnh Long (jobs, May 2018), its sentence; a table keeping each row's index against last year
JOBS = ("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,So với cùng kỳ năm trước (%)",
        ["01,Số lao động được giải quyết việc làm,lao động,3.090,124", "02,Xuất khẩu lao động,lao động,713,120",
         "03,Lao động trong nước,lao động,2.377,126"])
SAID = ("toàn tỉnh đã giải quyết việc làm mới cho 3.090 lao động (tăng 24% so với cùng kỳ), trong đó, xuất khẩu lao "
        "động 713 lao động (tăng {rate}% so với {base}).")


def _jobs(tmp_path, rate, base):
    figures = table(tmp_path, JOBS[1], header=JOBS[0])
    return [(n.text, n.verdict) for n in check_text(SAID.format(rate=rate, base=base), figures, period="2018-05").numbers]


def test_a_parts_rate_is_not_its_wholes(tmp_path):
    assert _jobs(tmp_path, "20", "cùng kỳ")[-1] == ("20%", "derived")
    assert _jobs(tmp_path, "24", "cùng kỳ")[-1] == ("24%", "unsupported")   # the whole's 124 on the part


def test_a_rate_against_another_base_is_left_alone(tmp_path):
    # «so với kế hoạch»: no rate against last year; the index says nothing of it
    assert _jobs(tmp_path, "24", "kế hoạch")[-1] == ("24%", "derived")
