"""Caught round 12 (helper caught12, issue 13): a fraction and the share said right after it are one figure twice —
``5.775/8.227 xã (chiếm 70,2%)``: a percent that is not a over b, where a row holds a over b, is that row's place
(evaluations/sweep/caught-round12.md, ``service/checker/fracshare.py``).
"""

from __future__ import annotations

import pytest

from tests.sweep_tables import case_line_verdicts

YI = "yi-toan-quoc-bo-nnptnt-xa-dat-chuan-nong-thon-moi-2022-h1"
YJ = "yj-toan-quoc-van-phong-dieu-phoi-nong-thon-moi-xa-dat-chuan-2021-10"
QUANGBINH = "m-quangbinh-truongchuan-2017"

SWAPS = [
    # yi Bộ NN&PTNT: 5.775/8.227 = 70,2% (I.1.1); 38,7% is another row's share of the same sheet
    (YI, "5.775/8.227 xã (chiếm 70,2%)", "70,2%", "38,7%", "I.1.1"),
    # yj Văn phòng Điều phối NTM: 5.360/8.233 = 65,1% (I.2); 30,3% the districts' share (II.3)
    (YJ, "5.360/8.233 xã (chiếm 65,1%)", "65,1%", "30,3%", "I.2"),
]


@pytest.mark.parametrize("slug, line, right, wrong, code", SWAPS)
def test_a_share_that_is_not_its_fraction_is_flagged(slug, line, right, wrong, code):
    got = case_line_verdicts(slug, line, line.replace(right, wrong))
    flagged = [r for t, v, r in got if v == "unsupported" and t.startswith(wrong)]
    assert flagged, got
    assert code in flagged[0] and right in flagged[0], flagged


@pytest.mark.parametrize("slug, line, right, wrong, code", SWAPS)
def test_a_share_that_is_its_fraction_is_not_flagged(slug, line, right, wrong, code):
    got = case_line_verdicts(slug, line)
    assert not [t for t, v, _ in got if v == "unsupported"], got


@pytest.mark.parametrize("line", [
    # m Quảng Bình divides loosely (324/590 is 54,9%, 160/206 is 77,7%): no row holds the fraction's share, so the
    # written percent is left to the table as before
    "324/590 trường, đạt tỷ lệ 55,4%",
    "160/206 trường tiểu học, đạt tỷ lệ 77,3%",
])
def test_a_loose_share_no_row_holds_is_left_alone(line):
    got = case_line_verdicts(QUANGBINH, line)
    assert not [r for t, v, r in got if "phân số đứng ngay trước" in r], got
