"""Checker round 102 (issue 13): an amount written in the head of its row's product unit (``654 triệu lượt`` of a row in
``triệu lượt khách.km``, ``9.541 triệu tấn`` of one in ``triệu tấn.km``), the row's whole label right before it, is
that row's; the changes after it are checked against that row's (``service/checker/droppedproduct.py``;
evaluations/sweep/checker-round102.md).
"""

from __future__ import annotations

import pytest

from service.checker.droppedproduct import heads_unit, product_head
from tests.test_caught8_own_index import HELDOUT, _flagged, _verdicts

HN = "xz-ha-noi-thong-ke-van-tai-2022-02"
PASSENGERS = ("số hành khách luân chuyển ước đạt 654 triệu lượt, tăng 33,9% so với tháng trước và giảm 6,2% so với "
              "cùng kỳ năm 2021")
TONNES = "khối lượng hàng hóa luân chuyển đạt khoảng 9.541 triệu tấn, tăng 2,5% so với tháng trước và tăng 56,2%"
TONNES_2M = "khối lượng hàng hóa luân chuyển đạt 18,8 tỷ tấn, tăng 49,9%, so với cùng kỳ năm trước"
RUNNING = "số hành khách luân chuyển đạt 1.143 triệu lượt, giảm 26,6%"


@pytest.mark.parametrize("line", [PASSENGERS, TONNES, TONNES_2M, RUNNING])
def test_the_amount_and_its_changes_stand(line):
    got = _verdicts(HELDOUT, HN, line)
    assert got and not _flagged(got), got


@pytest.mark.parametrize("line, bad, wrong", [
    (PASSENGERS, PASSENGERS.replace("giảm 6,2%", "giảm 5,2%"), "5,2%"),
    (TONNES, TONNES.replace("tăng 56,2%", "tăng 55,7%"), "55,7%"),
    (TONNES_2M, TONNES_2M.replace("49,9%", "39,9%"), "39,9%"),
    (RUNNING, RUNNING.replace("26,6%", "27,1%"), "27,1%"),
])
def test_a_wrong_change_after_the_amount_is_caught(line, bad, wrong):
    got = _verdicts(HELDOUT, HN, line, bad)
    assert _flagged(got) == [wrong], got


def test_a_wrong_amount_names_its_row():
    got = _verdicts(HELDOUT, HN, TONNES, TONNES.replace("9.541", "9.641"))
    assert _flagged(got) == ["9.641 triệu tấn"], got
    why = next(r for t, v, r in got if v == "unsupported")
    assert why.startswith("Số này nói về B2 (Khối lượng hàng hóa luân chuyển)") and "tấn.km" in why, why


def test_the_plain_rows_value_under_the_product_rows_label_is_no_support():
    # the tonnes carried (B1, plain «tấn») said where the label names the tonne-km: wrong, not B1's
    got = _verdicts(HELDOUT, HN, TONNES, TONNES.replace("9.541 triệu", "93,3 triệu"))
    assert _flagged(got) == ["93,3 triệu tấn"], got


@pytest.mark.parametrize("slug, line", [
    # the plain row's label: its own row, never the tonne-km one
    (HN, "khối lượng hàng hóa vận chuyển tháng 2/2022 trên địa bàn thành phố đạt khoảng 93,3 triệu tấn"),
    # the unit written whole: the ordinary matching (p Nam Định, zd Nam Định)
    ("p-namdinh-vantai-2022-h1", "sản lượng luân chuyển đạt 3.608 triệu tấn.km, giảm 10%"),
    ("zd-nam-dinh-van-tai-2020-9t", "661,1 triệu tấn.km, tăng 3,4%"),
])
def test_other_rows_and_whole_units_stand(slug, line):
    got = _verdicts(HELDOUT, slug, line)
    assert got and not _flagged(got), got


def test_the_product_row_value_under_the_plain_label_is_caught():
    # B2's value where the words name B1 (vận chuyển): a swap, still caught
    line = "khối lượng hàng hóa vận chuyển tháng 2/2022 trên địa bàn thành phố đạt khoảng 93,3 triệu tấn"
    got = _verdicts(HELDOUT, HN, line, line.replace("93,3 triệu", "9.541 triệu"))
    assert _flagged(got) == ["9.541 triệu tấn"], got


@pytest.mark.parametrize("unit, head", [("lượt khách.km", "lượt khách"), ("tấn.km", "tấn"), ("người.ngày", "người"),
                                        ("tấn", None), ("lượt khách", None)])
def test_product_head(unit, head):
    assert product_head(unit) == head


@pytest.mark.parametrize("written, head, heads", [("lượt", "lượt khách", True), ("lượt khách", "lượt khách", True),
                                                  ("tấn", "tấn", True), ("đồng", "tấn", False),
                                                  ("khách", "lượt khách", False)])
def test_heads_unit(written, head, heads):
    assert heads_unit(written, head) is heads
