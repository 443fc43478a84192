"""A number its sentence says of last year's same period (``service/checker/recognisers/lastyear.py``), from the lead's
working batch of stop 25 (``/work/holdout13``, later committed as ``za-*``).

- hai-duong-none-so-khcn-2019 (the 2019 report): ``Năm 2018, Sở KHCN đã triển khai … 27 nhiệm vụ mới`` — 27 is the
  row's 2018 value, said as 2018's. It was flagged stale.
- toan-quoc-none-hiv-aids-2010-h1 (the first half of 2010): ``trong khi cùng kỳ năm 2009 nam chiếm 82% và nữ chiếm
  18%``, ``tương ứng năm 2009 là 52% và 31%``.
A period named as the base of a comparison (``so với năm 2018``) is no topic, and this period's value written where
last year is named is still caught.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from tests.sweep_tables import table as _table


@pytest.fixture
def khcn(tmp_path):
    return _table(tmp_path, ["1,Nhiệm vụ KHCN mới,nhiệm vụ,23,27", "2,Tổng kinh phí,tỷ đồng,\"11,6\",\"35,2\""],
                  header="Mã,Chỉ tiêu,Đơn vị tính,Năm 2019,Năm 2018")


@pytest.fixture
def hiv(tmp_path):
    return _table(tmp_path, ["PB-01,Tỷ lệ nam trong số người nhiễm HIV mới,%,70,82",
                             "PB-02,Tỷ lệ nữ trong số người nhiễm HIV mới,%,30,18"],
                  header="Mã,Chỉ tiêu,Đơn vị tính,6 tháng đầu năm 2010,Cùng kỳ năm 2009")


def _verdicts(text, table, period):
    return [(c.text, c.verdict) for c in check_text(text, table, period=period).numbers]


KHCN = ("Năm 2019, UBND tỉnh đã phê duyệt 23 nhiệm vụ KHCN mới với tổng kinh phí 11,6 tỷ đồng.\n\n"
        "Năm 2018, Sở KHCN đã triển khai, hướng dẫn, kiểm tra các đơn vị thực hiện {} nhiệm vụ mới.")


def test_last_years_value_in_a_sentence_opening_on_last_year_is_right(khcn):
    assert _verdicts(KHCN.format("27"), khcn, "2019")[-1] == ("27", "supported")


def test_a_wrong_value_there_is_still_caught(khcn):
    assert _verdicts(KHCN.format("29"), khcn, "2019")[-1][1] == "unsupported"


def test_the_same_words_without_last_year_named_make_it_stale(khcn):
    text = KHCN.format("27").replace("Năm 2018, Sở", "Trong năm, Sở")
    assert _verdicts(text, khcn, "2019")[-1] == ("27", "stale")


def test_a_year_named_as_the_base_of_a_comparison_is_no_topic(khcn):
    text = "Năm 2019, toàn tỉnh thực hiện 23 nhiệm vụ mới, so với năm 2018 là {} nhiệm vụ mới."
    # "so với năm 2018 là 27": the comparison value, supported as before; the rule does not widen it
    assert _verdicts(text.format("27"), khcn, "2019")[-1] == ("27", "supported")
    text = "Năm 2019 tăng so với năm 2018, thực hiện {} nhiệm vụ mới."
    assert _verdicts(text.format("27"), khcn, "2019")[-1][1] == "stale"


HIV = ("Người nhiễm HIV mới phát hiện có sự thay đổi về phân bố giữa nam và nữ như nam chiếm 70%, nữ chiếm 30% (năm "
       "2010), trong khi cùng kỳ năm 2009 nam chiếm 82% và nữ chiếm {}.")


def test_a_clause_on_the_same_period_last_year(hiv):
    assert _verdicts(HIV.format("18%"), hiv, "2010-H1")[-1] == ("18%", "supported")
    assert _verdicts(HIV.format("19%"), hiv, "2010-H1")[-1][1] == "unsupported"
