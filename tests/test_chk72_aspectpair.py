"""Checker round 72 (chk72, issue 13): ``giảm 14% về lượng và 12,2% trị giá`` — the second rate of a pair of aspects,
its ``về`` dropped, shares the first's verb (``recognisers.aspectpair``). Sources: c51-vinanet-hattieu-2018-05 (its
hand table) and the sweep page t26-vinanet-phanbon-q1-2018 (``tăng 6,8% về lượng và 26,1% trị giá.``). Negatives: a
word other than an aspect after the second rate (``26,1% thị phần``), a share after the pair (c49-soha ``chiếm
26,6%``), and the pair said with ``về`` both times (unchanged).
"""

from __future__ import annotations

from pathlib import Path

from service.checker.extract import extract_numbers
from tests.sweep_tables import case_line_verdicts, flagged, nfc, page

ROUND = (Path(__file__).resolve().parents[1] / "evaluations" / "data" / "checker-round72",)
LINE = "Cụ thể chỉ xuất 23,1 nghìn tấn, đạt 75,1 triệu USD, giảm 14% về lượng và 12,2% trị giá."


def _said(text, raw):
    return [m.comparison for m in extract_numbers(text) if m.raw.strip() == raw]


def test_the_value_rate_is_no_alarm():
    got = {t: v for t, v, _ in case_line_verdicts("c51-vinanet-hattieu-2018-05", LINE, folders=ROUND)}
    assert not flagged(got["12,2%"]), got


def test_second_source_the_quarters_value_rate_is_a_change():
    text = nfc(page("t26-vinanet-phanbon-q1-2018"))
    s = text.index("tăng 6,8% về lượng và 26,1% trị giá.")
    assert _said(text[s - 60:s + 60], "26,1%") == ["tăng"]


def test_another_word_after_the_second_rate_is_no_pair():
    assert _said("xuất khẩu tăng 6,8% về lượng và 26,1% thị phần.", "26,1%") == [None]


def test_a_share_after_the_pair_stays_a_share():
    text = nfc(page("c49-soha-xuat-khau-hat-tieu-5-thang-2024"))
    s = text.index("chiếm 26,6%")
    assert _said(text[s - 80:s + 40], "26,6%") == [None]


def test_the_pair_with_ve_both_times_is_unchanged():
    assert _said("tăng 7,1% về lượng và 8,4% về trị giá so với cùng kỳ", "8,4%") == ["tăng"]
