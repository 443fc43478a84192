"""Issue 14, round 36: ``kỳ`` is also spelled ``kì`` (the i/y spelling of one syllable); ``bằng N% cùng kì năm
trước`` is this period as a share of last year's, the row before's derivation, as with ``cùng kỳ``
(``plans.index_of_last``'s ``_INDEX_AFTER``).  Quotes as printed."""

from __future__ import annotations

import pytest

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

RICE_2018_10 = "Tình hình sản xuất lúa tháng 10 năm 2018"


@pytest.mark.parametrize("spelled", ["kì", "kỳ"])
def test_north_s_harvest_against_last_year(tmp_path, spelled):
    # yq-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-vu-mua-2018-10 (spelled «kì»): a row «Tỷ lệ cùng kì năm trước» 95,3 %
    tpl = template(tmp_path, RICE_2018_10,
                   "Tính đến trung tuần tháng 10, các địa phương phía bắc đã thu hoạch được 736.600 ha lúa mùa, chiếm "
                   f"66,6% diện tích gieo cấy và bằng 95,3% cùng {spelled} năm trước.")
    assert not has(tpl, 95.3)
    assert 95.3 in [float(v) for v in derived(tpl, 736_600)]


def test_south_s_harvest_against_last_year(tmp_path):
    # the same page's south: a row «Tỷ lệ cùng kì năm trước» 99,6 %
    tpl = template(tmp_path, RICE_2018_10,
                   "Tại các tỉnh phía nam, có 303.300 ha lúa mùa đã cho thu hoạch, chiếm 51,9% diện tích xuống giống và "
                   "bằng 99,6% cùng kì năm trước.")
    assert not has(tpl, 99.6)
    assert has(tpl, 303_300)
