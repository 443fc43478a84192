"""Caught round 6 (helper caught6, issue 13): a rate of change said after a row's value is that row's own
(evaluations/sweep/caught-round6.md).

``giá trị sản xuất ngành thương mại dịch vụ ước đạt 623,2 tỷ đồng, đạt 22,53% kế hoạch, tăng 8,32% so với cùng kỳ năm
2016`` (d6-thaibinh-hungha-q1-2017), ``Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 11 tháng qua ước thực hiện
87.564,9 tỉ đồng, vượt 8,2% kế hoạch, tăng 10,3% so với cùng kỳ`` (d6-baocantho-11t-2016), ``tổng sản lượng lương
thực có hạt ước đạt hơn 7.900 tấn, đạt 63,13% kế hoạch năm và tăng 10,4% so với cùng kỳ năm 2023``
(d6-baoquangnam-nongson-6t-2024): the clerk keeps each line's rate of change as a row of its own, the line's label
and ``tốc độ tăng so với cùng kỳ``. A sibling line's rate written there (industry's ``10,76%``, the rice's ``14,5%``,
the herd's ``7,2%``) had passed as that sibling's value; it is the line's own rate's swap
(``named._own_change_pass``).
"""

from __future__ import annotations

import re

from tests.sweep_tables import ROOT, checks, csv_table, nfc, page

CASES = (  # (case, period, the line as published, its rate, a sibling line's rate, the line's own rate row)
    ("d6-thaibinh-hungha-q1-2017", "2017-Q1",
     "ước đạt 623,2 tỷ đồng, đạt 22,53% kế hoạch, tăng 8,32% so với cùng kỳ", "8,32%", "10,76%", "8 = 8,32%"),
    ("d6-baocantho-11t-2016", "2016-11T",
     "87.564,9 tỉ đồng, vượt 8,2% kế hoạch, tăng 10,3% so với cùng kỳ", "10,3%", "14,5%", "6 = 10,3%"),
    ("d6-baoquangnam-nongson-6t-2024", "2024-H1",
     "hơn 7.900 tấn, đạt 63,13% kế hoạch năm và tăng 10,4% so với cùng kỳ", "10,4%", "7,2%", "2 = 10,4%"),
)


def _sheet(tmp_path, case, period):
    d = ROOT / "evaluations" / "sweep" / "caught6" / case
    return csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), period)


def _at(text, table, period, line, number):
    pos = text.index(line) + line.index(number)
    return next(n for n in checks(text, table, period) if n.start == pos)


def test_a_lines_own_rate_of_change_passes(tmp_path):
    for case, period, line, rate, _, _ in CASES:
        table, text = _sheet(tmp_path, case, period), nfc(page(case))
        assert line in text, case
        got = _at(text, table, period, line, rate)
        assert got.verdict == "supported", (case, got.reason)


def test_a_sibling_lines_rate_of_change_is_a_swap(tmp_path):
    for case, period, line, rate, other, own in CASES:
        table, text = _sheet(tmp_path, case, period), nfc(page(case))
        bad_line = line.replace(rate, other)
        got = _at(text.replace(line, bad_line), table, period, bad_line, other)
        assert got.verdict == "unsupported", (case, bad_line, got.reason)
        code, value = own.split(" = ")
        # the verdict names the line's own rate row and its value (the label may stand between them: «6 (Tổng mức
        # bán lẻ …: tốc độ tăng so với cùng) = 10,3%» since checker round 80 reads the swap on the attribution path)
        assert re.search(rf"\b{re.escape(code)}\b(?: \([^)]*\))? = {re.escape(value)}", got.reason), got.reason
        assert got.expected == value, got.expected
