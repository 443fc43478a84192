"""Caught round 14 (issue #13): rules over the sentence's grammar that tell which row a number is of.

Rule 1 — the kept rates of a month and its running total are one pair, as their values' rows are
(``service/checker/ratepair.py``, read by ``Attribution._running_pass``): the words of time choose between
``1-2020-04-TL`` (the month's index) and ``1-TL2`` (the four months'), ``3-TL`` and ``3-LK-TL``.  Quotes from the d14
Thanh Niên page (an index written ``bằng 65%``) and the held-out Nam Định transport page (a rate of change ``giảm 4,5%``
derived from the nine months' index)."""

from pathlib import Path

from sweep_tables import case_line_verdicts

from service.checker.ratepair import rate_pair
from service.periods.model import parse_period

D14 = (Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "caught14",)
THANHNIEN = "d14-thanhnien-thungansach-4t-2020"
NAMDINH = "zd-nam-dinh-van-tai-2020-9t"

TN_LINE = ("thu nội địa tháng 4 chỉ ước đạt 72.500 tỉ đồng, giảm gần 1/4 so với số thu tháng 3 và chỉ bằng 65% mức "
           "cùng kỳ năm 2019. Lũy kế thu 4 tháng đạt 408.760 tỉ đồng, bằng 32,3% dự toán, giảm 3,7% so cùng kỳ năm 2019")
ND_LINE = ("lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 4,5% so với cùng kỳ năm trước; khối lượng hàng hóa "
           "vận chuyển giữ mức ổn định hơn, giảm 1,1%")


class _R:
    def __init__(self, code, label):
        self.fig = type("F", (), {"ma": code, "chi_tieu": label})()


def _by_code(*rows):
    return {code: _R(code, label) for code, label in rows}


def _of(rows, text):
    return [(v, r) for t, v, r in rows if t == text]


# ---------------------------------------------------------------- the notation: which kept rates are a pair
def test_a_span_report_pairs_the_running_rate_and_the_month_part_rate():
    by = _by_code(("1", "Thu nội địa"), ("1-TL2", "Thu nội địa: so với cùng kỳ"),
                  ("1-2020-04", "Thu nội địa (tháng 4 năm 2020)"),
                  ("1-2020-04-TL", "Thu nội địa (tháng 4 năm 2020): so với cùng kỳ"))
    other, running = rate_pair("1-TL2", "Thu nội địa: so với cùng kỳ", by, parse_period("2020-4T"))
    assert other.fig.ma == "1-2020-04-TL" and running is True
    other, running = rate_pair("1-2020-04-TL", "Thu nội địa (tháng 4 năm 2020): so với cùng kỳ", by,
                               parse_period("2020-4T"))
    assert other.fig.ma == "1-TL2" and running is False


def test_a_month_report_pairs_the_rate_and_the_running_totals_rate():
    by = _by_code(("3", "Bán lẻ"), ("3-TL", "Bán lẻ: so với cùng kỳ"), ("3-LK", "Bán lẻ (từ đầu năm)"),
                  ("3-LK-TL", "Bán lẻ (từ đầu năm): so với cùng kỳ"))
    assert rate_pair("3-TL", "Bán lẻ: so với cùng kỳ", by, parse_period("2019-04"))[0].fig.ma == "3-LK-TL"
    assert rate_pair("3-LK-TL", "Bán lẻ (từ đầu năm): so với cùng kỳ", by, parse_period("2019-04"))[0].fig.ma == "3-TL"


def test_no_pair_for_another_comparison_or_a_value_row():
    by = _by_code(("3", "Bán lẻ"), ("3-TL", "Bán lẻ: so với tháng trước"), ("3-LK", "Bán lẻ (từ đầu năm)"),
                  ("3-LK-TL", "Bán lẻ (từ đầu năm): so với cùng kỳ"))
    assert rate_pair("3-TL", "Bán lẻ: so với tháng trước", by, parse_period("2019-04")) is None
    assert rate_pair("3", "Bán lẻ", by, parse_period("2019-04")) is None
    assert rate_pair("5-TL", "Khác: so với cùng kỳ", by, parse_period("2019-04")) is None


# ---------------------------------------------------------------- the four months' index under «tháng 4»
def test_thanhnien_running_index_under_the_month_is_flagged():
    got = _of(case_line_verdicts(THANHNIEN, TN_LINE, TN_LINE.replace("bằng 65%", "bằng 96,3%"), folders=D14), "96,3%")
    assert got[0][0] == "unsupported"
    assert "của riêng tháng 4" in got[0][1] and "1-2020-04-TL" in got[0][1] and "65%" in got[0][1]


def test_thanhnien_clean_line_stands():
    got = case_line_verdicts(THANHNIEN, TN_LINE, folders=D14)
    assert _of(got, "65%") == [("supported", "")]
    assert _of(got, "3,7%")[0][0] == "derived"          # the four months' rate after «Lũy kế thu 4 tháng»
    assert _of(got, "32,3%") == [("supported", "")]


# ---------------------------------------------------------------- the month's rate under «trong 9 tháng đầu năm»
def test_namdinh_month_rate_under_nine_months_is_flagged():
    bad = ND_LINE.replace("giảm 4,5%", "giảm 1,4%")   # September's passengers' rate (R-7-2020-09-TL = 98,6)
    got = _of(case_line_verdicts(NAMDINH, ND_LINE, bad), "1,4%")
    assert got[0][0] == "unsupported"
    assert "lũy kế từ đầu năm" in got[0][1] and "R-7-TL3" in got[0][1] and "95,5%" in got[0][1]


def test_namdinh_clean_line_stands():
    got = case_line_verdicts(NAMDINH, ND_LINE)
    assert [v for _, v, _ in got if v != "not_a_figure"] == ["derived", "derived"]
