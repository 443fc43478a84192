"""Caught round 13: a running span's own row and its last month's part row are one indicator, and the words of time
choose the column — read from the rows' periods, not from a ``-LK`` code (``service/checker/monthpart.py``,
``Attribution._running_pass``).

Quotes from three held-out sources whose tables keep the report's span as the row itself and its last month as a
part row (``R-4`` / ``R-4-2020-04``, ``1`` / ``1-2017-11``, ``2`` / ``2-2023-04``)."""

from sweep_tables import case_line_verdicts

from service.checker.monthpart import month_part_pair
from service.periods.model import parse_period

VIGLACERA = "yc-toan-quoc-viglacera-loi-nhuan-2020-4t"
ATGT = "yi-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2017-11t"
QLTT = "yl-bac-giang-cuc-qltt-kiem-tra-xu-ly-vi-pham-2023-4t"

VIG_LINE = ("Kết quả ghi nhận lợi nhuận tháng 4 toàn Tổng công ty đạt 135% kế hoạch tháng, lũy kế 4 tháng đã đạt được "
            "55% kế hoạch năm")
ATGT_LINE = ("trong 11 tháng năm 2017 (tính từ ngày 16-12-2016 đến 15-10-2017), cả nước xảy ra 18.384 vụ tai nạn giao "
             "thông (TNGT), làm chết 7.604 người, bị thương 15.189 người")
QLTT_LINE = ("lũy kế 4 tháng đầu năm 2023, lực lượng Quản lý thị trường tỉnh đã tổ chức kiểm tra được 255 vụ và xử lý "
             "176 vụ vi phạm")


def _verdict(rows, text):
    return [(v, r) for t, v, r in rows if t == text]


# ---------------------------------------------------------------- the notation: the pair read from the periods
def test_a_running_span_and_the_month_that_ends_it_are_one_pair():
    by_code = {"R-4": "whole", "R-4-2020-04": "april", "R-5": "rate"}
    assert month_part_pair("R-4", by_code, parse_period("2020-4T")) == ("april", True)
    assert month_part_pair("R-4-2020-04", by_code, parse_period("2020-4T")) == ("whole", False)
    assert month_part_pair("R-5", by_code, parse_period("2020-4T")) is None


def test_a_month_that_does_not_end_the_span_or_a_month_report_is_no_pair():
    by_code = {"1": "whole", "1-2020-03": "march", "1-2020-06": "june"}
    assert month_part_pair("1", by_code, parse_period("2020-4T")) is None      # no April row
    assert month_part_pair("1", by_code, parse_period("2020-06")) is None      # the report is a month
    assert month_part_pair("1", by_code, parse_period("2020-Q2")) is None      # a quarter not from January
    assert month_part_pair("1", by_code, parse_period("2020-H1")) == ("june", True)
    assert month_part_pair("1-2020-03", by_code, parse_period("2020-Q1")) == ("whole", False)


# ---------------------------------------------------------------- the running total's value under «tháng 4»
def test_viglacera_running_total_rate_under_the_month_is_flagged():
    got = _verdict(case_line_verdicts(VIGLACERA, VIG_LINE, VIG_LINE.replace("135%", "55%")), "55%")
    assert got[0][0] == "unsupported"
    assert "của riêng tháng 4" in got[0][1] and "R-4-2020-04" in got[0][1] and "135%" in got[0][1]
    assert got[1][0] == "supported"       # the running total's own 55% after «lũy kế 4 tháng»


def test_viglacera_month_rate_after_luy_ke_is_flagged():
    bad = VIG_LINE.replace("55% kế hoạch năm", "135% kế hoạch năm")
    got = _verdict(case_line_verdicts(VIGLACERA, VIG_LINE, bad), "135%")
    assert got[0][0] == "supported"
    assert got[1][0] == "unsupported" and "lũy kế từ đầu năm" in got[1][1] and "55%" in got[1][1]


def test_atgt_month_counts_under_eleven_months_are_flagged():
    # the November part rows hold 2.217 accidents and 1.908 injured; «trong 11 tháng năm 2017» puts the sentence on
    # the running total (18.384, 15.189)
    got = _verdict(case_line_verdicts(ATGT, ATGT_LINE, ATGT_LINE.replace("18.384", "2.217")), "2.217")
    assert got == [("unsupported", got[0][1])] and "18.384" in got[0][1]


def test_qltt_month_count_after_luy_ke_is_flagged():
    got = _verdict(case_line_verdicts(QLTT, QLTT_LINE, QLTT_LINE.replace("176 vụ", "80 vụ")), "80")
    assert got[0][0] == "unsupported" and "lũy kế từ đầu năm" in got[0][1] and "176 vụ" in got[0][1]


# ---------------------------------------------------------------- guards: the clean lines stand
def test_clean_lines_stand():
    for slug, line in ((VIGLACERA, VIG_LINE), (ATGT, ATGT_LINE), (QLTT, QLTT_LINE)):
        rows = case_line_verdicts(slug, line)
        assert all(v in ("supported", "not_a_figure") for _, v, _ in rows), (slug, rows)
