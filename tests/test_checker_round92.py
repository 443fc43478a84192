"""Checker round 92 (chk92, issue 13): the running total named after ``đưa/nâng`` (evaluations/sweep/checker-round92.md).

``recognisers.broughtup``: ``đưa sản lượng 10 tháng ước đạt 3.161 tấn`` — the year to date the month's figure brings
the total up to, its period an attribute of the verb's object, no ``lũy kế``/``đầu năm`` — is a running-total cue
(``running.RUNNING_CUE``), so the number is the ``-LK`` column's, not the month named before it.
"""

from __future__ import annotations

import re

from service.checker.recognisers.broughtup import BROUGHT_UP
from service.checker.recognisers.running import RUNNING_CUE, time_cue
from tests.sweep_tables import nth_verdicts

_THUYSAN = "xs-toan-quoc-tong-cuc-thuy-san-san-luong-thuy-san-2022-10t"
_RX = re.compile(r"(?i)(?<!\w)(?:" + BROUGHT_UP + r")(?!\w)")


def _cue(text):
    return [m.group(0) for m in _RX.finditer(text)]


# ---------------------------------------------------------------- the recogniser, on real text

def test_the_verb_and_its_objects_months_in_real_sources():
    # xs- fisheries (Tổng cục Thủy sản, 10/2022)
    assert _cue("tại Phú Yên, sản lượng cá ngừ đại dương tháng 10 ước đạt 100 tấn, đưa sản lượng 10 tháng ước đạt "
                "3.161 tấn") == ["đưa sản lượng 10 tháng"]
    # xe- Hà Nam industry (2006, 11 months)
    assert _cue("đưa tổng giá trị sản xuất công nghiệp 11 tháng ước đạt 3.091,4 tỷ đồng, tăng 19,7%") \
        == ["đưa tổng giá trị sản xuất công nghiệp 11 tháng"]
    # sweep pages: t12 (Thanh Niên, 6/2017), c9 (Bạc Liêu, 5/2015), t25 (Việt Báo, wood 2017), zb- (7/2017)
    assert _cue("nâng tổng giá trị xuất khẩu 6 tháng lên 17,1 tỉ USD") == ["nâng tổng giá trị xuất khẩu 6 tháng"]
    assert _cue("nâng tổng sản lượng thủy sản 5 tháng lên 96.389 tấn") == ["nâng tổng sản lượng thủy sản 5 tháng"]
    assert _cue("nâng kim ngạch gỗ và sản phẩm 11 tháng 2017 lên 6,9 tỷ USD") \
        == ["nâng kim ngạch gỗ và sản phẩm 11 tháng 2017"]
    assert _cue("đưa kim ngạch nhập khẩu 7 tháng/2017 đạt 117,83 tỷ USD") == ["đưa kim ngạch nhập khẩu 7 tháng/2017"]


def test_compound_verbs_durations_later_stretches_and_other_cues_are_not_it():
    assert _cue("đưa 3 công trình vào sử dụng 6 tháng cuối năm") == []
    assert _cue("đưa vào sử dụng 5 tháng nay") == []
    assert _cue("nâng cấp 12 tuyến đường trong 6 tháng") == []
    assert _cue("nâng cao chất lượng dịch vụ 6 tháng") == []
    assert _cue("đưa ra các chỉ tiêu đạt được 6 tháng") == []
    assert _cue("nâng thời hạn thử việc lên 12 tháng") == []
    assert _cue("đưa sản lượng 3 tháng tới đạt") == []
    # a running cue of its own is left to that cue (the same reading, its own span)
    assert _cue("đưa sản lượng lũy kế 10 tháng ước đạt 3.290 nghìn tấn") == []
    assert _cue("nâng tổng trị giá trong 8 tháng lên 10,56 tỷ USD") == []
    assert _cue("đưa tổng KNXK 4 tháng đầu năm của tỉnh ước đạt") == []
    assert _cue("đưa tổng kim ngạch xuất khẩu toàn tỉnh 7 tháng qua đạt") == []


def test_the_running_cue_wins_over_the_month_named_before_it():
    before = "sản lượng cá ngừ đại dương tháng 10 ước đạt 100 tấn, đưa sản lượng 10 tháng ước đạt "
    assert time_cue(before) == "running"
    assert time_cue("sản lượng cá ngừ đại dương tháng 10 ước đạt ") == "period"
    assert time_cue("tháng 5 nâng cao chất lượng 6 tháng cuối năm đạt ") == "period"
    assert time_cue("tháng 3, nâng thời hạn lên 12 tháng với ") == "period"
    assert [m.group(0) for m in RUNNING_CUE.finditer(before)] == ["đưa sản lượng 10 tháng"]


# ---------------------------------------------------------------- what the user sees

def test_the_running_total_after_dua_is_supported_and_a_wrong_one_caught():
    assert [v for _, v, _ in nth_verdicts(_THUYSAN, "3.161", "3.161")] == ["supported"]
    for bad in ("3.261", "3.116"):
        assert [v for _, v, _ in nth_verdicts(_THUYSAN, "3.161", bad)] == ["unsupported"]
    # the month's 100 in the running total's place: the running total's words name it
    (_, verdict, reason), = nth_verdicts(_THUYSAN, "3.161", "100")
    assert verdict == "unsupported" and "lũy kế" in reason and "3.161" in reason
    # the month's own figure stays the month's
    assert [v for _, v, _ in nth_verdicts(_THUYSAN, "ước đạt 100 tấn", "ước đạt 100 tấn")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_THUYSAN, "ước đạt 100 tấn", "ước đạt 120 tấn")] == ["unsupported"]
