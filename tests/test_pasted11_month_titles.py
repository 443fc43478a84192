"""Pasted tables, round 11 (``evaluations/sweep/pasted-round11.md``): a table header's months side by side (``Tháng
1 Tháng 2 … Tháng 6``) are months, each of them — the digit right before a month's word there is the month before
it, no count of months (``recognisers.dates.MONTH``). The last month of the line had been read as a figure and
flagged («6» unsupported: yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1); the ones before it read
as the lengths of periods. Quotes: that page's header and Quảng Trị's yearbook 2018 p. 391's (``Tháng 7 … Tháng 12``)."""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import check_at, checks, csv_table

_HOA_BINH = "Đơn vị tính - Unit: %\nTháng 1 Tháng 2 Tháng 3 Tháng 4 Tháng 5 Tháng 6\nJan. Feb. Mar. Apr. May Jun.\n"
_QUANG_TRI = "Đơn vị tính - Unit: %\nTháng 7 Tháng 8 Tháng 9 Tháng 10 Tháng 11 Tháng 12\nJuly Aug. Sep. Oct. Nov. Dec.\n"


def _kinds(text):
    return [(m.raw, m.kind) for m in extract_numbers(text)]


def test_every_month_of_a_header_line_is_a_month():
    assert _kinds(_HOA_BINH) == [(str(n), "date") for n in range(1, 7)]
    assert _kinds(_QUANG_TRI) == [(str(n), "date") for n in range(7, 13)]


def test_a_count_of_months_before_a_number_is_left_as_it_was():
    assert _kinds("trong 6 tháng 12 ngày") == [("6", "period"), ("12", "count")]
    assert _kinds("kéo dài 2 tháng 6 ngày") == [("2", "period"), ("6", "count")]


def test_the_checker_does_not_flag_the_last_month_of_the_header(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Chỉ số giá tiêu dùng,%,\"111,52\"\n", "2019-06")
    for text, last in ((_HOA_BINH, "6\n"), (_QUANG_TRI, "12\n")):
        got = check_at(checks(text, table, "2019-06"), text, last)
        assert got.verdict != "unsupported", got.reason
