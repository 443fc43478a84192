"""Checker round 70 (chk70, issue 13): a rough share written as a fraction (``ước đạt khoảng 1/3 thu ngân sách cả
nước``, sweep c50-cafef-thu-ngan-sach-dia-phuong-2022) is no pair of counts (``recognisers.fractions``). The same
notation in the sweep d14-thanhnien-thungansach-4t-2020 (``giảm gần 1/4 so với số thu tháng 3``) is a change and keeps
that reading. Negatives: a pair said exactly (``gió lốc đã càn quét 8/9 huyện``, c48-nld-mua-loc-thiet-hai-2013) stays
a pair; a fraction with a larger denominator stays a pair.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import flagged, page_near as _near


def test_a_rough_third_is_no_pair_of_counts(dummy):
    got = _near("c50-cafef-thu-ngan-sach-dia-phuong-2022", "ước đạt khoảng 1/3 thu ngân sách cả nước", dummy)
    assert [(t, k, v) for t, k, v in got] == [("1", "fraction", "not_a_figure"), ("3", "fraction", "not_a_figure")]


def test_second_source_a_rough_quarter_as_a_change_keeps_its_reading(dummy):
    got = _near("d14-thanhnien-thungansach-4t-2020", "giảm gần 1/4 so với số thu tháng 3", dummy)
    assert [(t, k) for t, k, _ in got if t in ("1", "4")] == [("1", "change"), ("4", "change")]
    assert not any(flagged(v) for _, _, v in got)


def test_a_pair_said_exactly_stays_a_pair(dummy):
    got = _near("c48-nld-mua-loc-thiet-hai-2013", "gió lốc đã càn quét 8/9 huyện", dummy)
    assert [(t, k) for t, k, _ in got] == [("8", "ratio"), ("9", "ratio")]


def test_a_large_denominator_stays_a_pair(dummy):
    text = "Năm 2020, toàn tỉnh có khoảng 45/60 xã đạt chuẩn nông thôn mới."
    got = {n.text: n.kind for n in check_text(text, dummy, period="2020").numbers}
    assert got["45"] == "ratio"
