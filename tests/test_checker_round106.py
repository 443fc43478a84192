"""Checker round 106 (helper chkfa105, issue 13): false alarms on numbers their own words date to last year, and on
rates whose base is said in words — evaluations/sweep/checker-round106.md, ``service/checker/lastyearsaid.py``,
``service/checker/datedbase.py``.

``6 ngày Tết năm ngoái cả nước có hơn 3.400 ca nhập viện do đánh nhau, 10 người tử vong``: last year's numbers, the
table's year-ago cells (no stale figure); ``trong khi cùng kỳ lỗ 40 tỷ đồng`` with no year-ago column: unverified.
``so với đầu năm, chỉ số CPI có mức tăng 1,26%``: the index row dated «so với tháng 12/2012», less 100.
"""

from __future__ import annotations

import unicodedata

import pytest

from service.checker.datedbase import base_date, said_base
from service.checker.lastyearsaid import last_year_said
from service.periods import parse_period
from tests.sweep_tables import case_line_verdicts, case_numbers, real_case

TET = "wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01"
TET_LINE = "6 ngày Tết năm ngoái cả nước có hơn 3.400 ca nhập viện do đánh nhau, 10 người tử vong."
VICEM = "wb-toan-quoc-vicem-doanh-nghiep-xi-mang-2025-q2"
VICEM_LINE = "Doanh nghiệp này đã lãi gần 8 tỷ đồng, trong khi cùng kỳ lỗ 40 tỷ đồng"
CPI = "xz-tp-ho-chi-minh-cuc-thong-ke-chi-so-gia-tieu-dung-2013-08"
CPI_LINE = "nếu so với đầu năm, chỉ số CPI có mức tăng 1,26% và so với cách đây một năm có mức tăng 3,17%."


def _flagged(got):
    return [t for t, v, _ in got if v in ("unsupported", "stale")]


def _at(text: str, number: str) -> int:
    return unicodedata.normalize("NFC", text).index(number)


# ---------------------------------------------------------------- last year said
def test_a_last_year_sentences_numbers_are_the_year_ago_cells():
    got = case_line_verdicts(TET, TET_LINE)
    assert not _flagged(got), got
    assert [(t, v) for t, v, _ in got if t in ("3.400", "10")] == [("3.400", "supported"), ("10", "supported")]


@pytest.mark.parametrize("bad, wrong", [
    ("3.400 ca nhập viện do đánh nhau, 16 người tử vong.", "16"),      # a changed digit: no year-ago cell gives it
    ("3.500 ca nhập viện do đánh nhau, 10 người tử vong.", "3.500"),
    ("10 ca nhập viện do đánh nhau, 3.400 người tử vong.", "3.400"),    # the two swapped: each phrase names its row
])
def test_a_wrong_last_year_number_stays_flagged(bad, wrong):
    line = "3.400 ca nhập viện do đánh nhau, 10 người tử vong."
    got = case_line_verdicts(TET, line, bad)
    assert wrong in _flagged(got), got


def test_last_years_amount_with_no_year_ago_column_is_unverified_and_said_so():
    got = {t: (v, r) for t, v, r in case_line_verdicts(VICEM, VICEM_LINE)}
    verdict, reason = got["40 tỷ đồng"]
    assert verdict == "unverified" and "số liệu của năm trước" in reason, got
    assert got["8 tỷ đồng"][0] == "unsupported"    # this year's profit of one member company: no row, still flagged


@pytest.mark.parametrize("text, number, said", [
    (TET_LINE, "3.400", True),
    (TET_LINE, "10 người", True),                # a later clause of the sentence, no time of its own
    (VICEM_LINE, "40 tỷ", True),
    # xt- hydropower companies: «… trong khi cùng kỳ năm ngoái lỗ 17,3 tỷ đồng»
    ("Thủy điện A Vương lãi ròng tới 139,2 tỷ đồng, trong khi cùng kỳ năm ngoái lỗ 17,3 tỷ đồng", "17,3", True),
    ("Thủy điện A Vương lãi ròng tới 139,2 tỷ đồng, trong khi cùng kỳ năm ngoái lỗ 17,3 tỷ đồng", "139,2", False),
    # xo- Phú Quốc airport: «đón tổng cộng 734 chuyến bay quốc tế đến (cùng kỳ năm trước chỉ 521 chuyến)»
    ("sân bay này đón tổng cộng 734 chuyến bay quốc tế đến (cùng kỳ năm trước chỉ 521 chuyến), tăng hơn 40%", "521",
     True),
    # xs- Viettel Post: the phrase a comparison's base — «tăng 162% so với cùng kỳ; lãi sau thuế đạt 132 tỷ đồng»
    ("doanh thu 236 tỷ đồng, tăng 162% so với cùng kỳ; lãi sau thuế đạt 132 tỷ đồng", "132", False),
    ("Tổng doanh thu đạt 500 tỷ đồng, bằng 110% cùng kỳ, lợi nhuận đạt 45 tỷ đồng", "45", False),
    ("Năm ngoái đạt 300 tỷ đồng, năm nay đạt 400 tỷ đồng", "400", False),     # a time of its own since
])
def test_the_grammar_of_a_last_year_clause(text, number, said):
    assert last_year_said(text, _at(text, number)) is said


# ---------------------------------------------------------------- a rate's base said in words
def test_a_rate_against_the_start_of_the_year_is_the_row_dated_december():
    got = case_line_verdicts(CPI, CPI_LINE)
    assert not _flagged(got), got
    assert [(t, v) for t, v, _ in got] == [("1,26%", "derived"), ("3,17%", "derived")]
    said = {n.text: n.derivation for n in case_numbers(CPI) if n.text in ("1,26%", "3,17%")}
    assert "tháng 12/2012" in said["1,26%"] and "tháng 8/2012" in said["3,17%"], said


@pytest.mark.parametrize("bad, wrong", [
    ("so với đầu năm, chỉ số CPI có mức tăng 3,17% và so với cách đây một năm có mức tăng 1,26%.", "3,17%"),
    ("so với đầu năm, chỉ số CPI có mức giảm 1,26% và so với cách đây một năm có mức tăng 3,17%.", "1,26%"),
    ("so với đầu năm, chỉ số CPI có mức tăng 1,28% và so với cách đây một năm có mức tăng 3,17%.", "1,28%"),
])
def test_a_rate_of_another_base_or_direction_stays_flagged(bad, wrong):
    line = "so với đầu năm, chỉ số CPI có mức tăng 1,26% và so với cách đây một năm có mức tăng 3,17%."
    assert wrong in _flagged(case_line_verdicts(CPI, line, bad))


@pytest.mark.parametrize("text, number, kind", [
    (CPI_LINE, "1,26%", "dec"),
    (CPI_LINE, "3,17%", "ago"),
    # a bank's loans (sweep of held-out texts): «… 588 tỷ đồng (tăng 12,24% so với đầu năm và tăng 28,17% so với cùng
    # kỳ năm trước)»
    ("588 tỷ đồng (tăng 12,24% so với đầu năm và tăng 28,17% so với cùng kỳ năm trước)", "12,24%", "dec"),
    ("588 tỷ đồng (tăng 12,24% so với đầu năm và tăng 28,17% so với cùng kỳ năm trước)", "28,17%", "ago"),
    ("Chỉ số giá tiêu dùng tháng 8 tăng 0,31% so với tháng trước", "0,31%", "before"),
    # a preschool's report: the start of the school year is no date of an index
    ("tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm so với đầu năm học là 3,25%", "3,25%", None),
    ("chỉ số CPI tăng 0,8%", "0,8%", None),
])
def test_the_base_a_rate_says(text, number, kind):
    s = _at(text, number)
    end = s + len(number)
    assert said_base(text, s, end) == kind


def test_the_date_each_base_names():
    august = parse_period("2013-08")
    assert base_date("dec", august) == (2012, 12)
    assert base_date("ago", august) == (2012, 8)
    assert base_date("before", august) == (2013, 7)
    assert base_date("before", parse_period("2013-01")) == (2012, 12)


def test_the_cpi_case_reads_its_dated_columns():
    _, table, _ = real_case(CPI)
    assert any("so với tháng 12/2012" in f.chi_tieu for f in table.figures)
