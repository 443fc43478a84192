"""One indicator over several spans of time (a month, a quarter, the months to date): the period the paragraph named
last before a number chooses which of the row's values it must be (``recognisers.spans``, ``_span_pass``)."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.recognisers.spans import SpanCues, span_code, span_families
from service.figures.load import load_table

# zd-nam-dinh-van-tai-2020-9t (Cục Thống kê Nam Định), one paragraph of three spans
TEXT = ("Ước tính tháng 9 năm 2020, doanh thu vận tải toàn tỉnh đạt 456 tỷ đồng, tăng 5,5% so với tháng trước. "
        "Trong đó vận tải hành khách đạt 1.816 nghìn lượt người, giảm 1,4%; vận tải hàng hoá đạt 3.045 nghìn tấn, "
        "giảm 2% so với cùng kỳ năm trước. Ước thực hiện quý III-2020, vận tải hành khách đạt 5.334 nghìn lượt người, "
        "giảm 2,1%; vận tải hàng hoá đạt 8.958 nghìn tấn, giảm 1,7% so với cùng kỳ năm trước. Như vậy, 9 tháng năm "
        "2020 vận tải hành khách đạt 15.350 nghìn lượt người, giảm 4,5% so với cùng kỳ năm trước. Vận tải hàng hoá "
        "đạt 26.286 nghìn tấn, giảm 1,1% so với cùng kỳ năm trước.")

SHEET = """BIỂU SỐ LIỆU VẬN TẢI 9 THÁNG NĂM 2020
STT,Chỉ tiêu,Đơn vị tính,Tháng 9 năm 2020,Quý III năm 2020,9 tháng năm 2020
1,Doanh thu vận tải,tỷ đồng,456,,
2,Vận tải hành khách,nghìn lượt người,1816,5334,15350
3,Vận tải hàng hóa,nghìn tấn,3045,8958,26286
"""


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "van-tai.csv"
    path.write_text(SHEET, encoding="utf-8")
    return load_table(path, period="2020-9T")


def _verdicts(text, table):
    return {n.text: n for n in check_text(text, table, period="2020-9T").numbers}


def test_each_span_right_is_supported(table):
    got = _verdicts(TEXT, table)
    for value in ("1.816 nghìn", "3.045 nghìn tấn", "5.334 nghìn", "8.958 nghìn tấn", "15.350 nghìn",
                  "26.286 nghìn tấn"):
        assert got[value].verdict == "supported", (value, got[value].reason)


@pytest.mark.parametrize("right, wrong", [
    ("1.816 nghìn lượt người", "15.350 nghìn lượt người"),   # the nine months' value under "tháng 9"
    ("26.286 nghìn tấn", "3.045 nghìn tấn"),                 # the month's value after "Như vậy, 9 tháng"
    ("5.334 nghìn lượt người", "1.816 nghìn lượt người"),    # the month's value under "quý III"
])
def test_a_value_of_another_span_is_flagged_naming_the_span_said(table, right, wrong):
    text = TEXT.replace(right, wrong, 1) if right != "26.286 nghìn tấn" else TEXT.replace(
        "đạt 26.286 nghìn tấn", "đạt 3.045 nghìn tấn")
    got = [n for n in check_text(text, table, period="2020-9T").numbers if n.verdict == "unsupported"]
    assert len(got) == 1, [(n.text, n.reason) for n in got]
    assert got[0].text.startswith(wrong.split(" nghìn")[0])
    assert "Đoạn này đang nói số liệu" in got[0].reason


def test_no_span_named_and_any_value_stands(table):
    text = "Vận tải hành khách đạt 1.816 nghìn lượt người; vận tải hàng hoá đạt 26.286 nghìn tấn."
    got = _verdicts(text, table)
    assert got["1.816 nghìn"].verdict == "supported" and got["26.286 nghìn tấn"].verdict == "supported"


def test_a_span_the_table_lacks_chooses_nothing(table):
    text = "Ước 6 tháng đầu năm 2020, vận tải hành khách đạt 1.816 nghìn lượt người."
    assert _verdicts(text, table)["1.816 nghìn"].verdict == "supported"


def test_span_codes_are_one_spelling():
    assert span_code("2020-6T") == span_code("2020-H1") == "2020-H1"
    assert span_code("2020-12T") == "2020" and span_code("2020-3T") == "2020-Q1"


def test_families_group_a_row_and_its_parts(table):
    from service.checker.match import TableIndex

    fams = span_families(TableIndex(table).by_code, "2020-9T")
    fam = next(f for f in fams.values() if len(f) == 3)
    assert set(fam) == {"2020-09", "2020-Q3", "2020-9T"}


def test_cues_skip_comparisons():
    text = "Tháng 9 năm 2020 đạt 5 vụ, giảm so với cùng kỳ năm 2019; đạt 7 vụ."
    cues = SpanCues(text)
    assert cues.before(text.index("7 vụ"), 0) == "2020-09"


def test_one_indicator_over_two_spans():
    from service.checker.recognisers.spans import one_indicator

    assert one_indicator("R-7", "R-7-2020-09") and one_indicator("R-7-2020-Q3", "R-7-2020-09")
    assert not one_indicator("R-7", "R-8-2020-09") and not one_indicator("R-7", "R-7")
