"""Pasted tables, round 7 (``evaluations/sweep/pasted-round7.md``): a pasted row whose cells are all zero — a company
statement's line with nothing in it — whose label names no row of the figures table is left unverified, not
flagged (``TableCells._zero_row_unverified``); a zero row the table keeps is checked as any other. Texts quote the
held-out cases and a page of round 1's set as stored."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, dummy, held, heldout, page  # noqa: F401 (fixture)

VICOSTONE = "yb-toan-quoc-vicostone-ket-qua-kinh-doanh-quy-2025-q3"
VIETTEL = "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3"
BTW = "s1-bsc-btw-kqkd-theo-quy-2024-q1"


def zeros_of(numbers, text, line):
    at = text.index(line)
    return [n for n in numbers if at <= n.start < at + len(line) and n.text == "0"]


def test_a_zero_row_the_figures_table_left_out_is_unverified(tmp_path):
    # "8. Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh 0 0": the case's table has no such row; the sentence
    # rules had flagged each «0» («Không có chỉ tiêu hay phép tính nào trong bảng số liệu cho ra «0»»)
    text = heldout(VICOSTONE)
    numbers = checks(text, held(tmp_path, VICOSTONE, "2025-Q3"), "2025-Q3")
    zeros = zeros_of(numbers, text, "8. Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh 0 0")
    assert len(zeros) == 2
    assert all(n.verdict == "unverified" for n in zeros)
    assert "chỉ ghi số 0" in zeros[0].reason


def test_another_statement_s_zero_rows_likewise(dummy):
    # "2. Các khoản giảm trừ doanh thu 0 0 0" (bsc BTW), against a table holding none of the page's rows
    text = page(BTW)
    numbers = checks(text, dummy, None)
    zeros = zeros_of(numbers, text, "2. Các khoản giảm trừ doanh thu 0 0 0")
    assert len(zeros) == 3 and all(n.verdict == "unverified" for n in zeros)


def test_a_zero_row_the_table_keeps_is_checked_and_a_planted_digit_caught(tmp_path):
    # "Các khoản giảm trừ doanh thu 0 0": the case's table keeps the row (0, 0) — checked, supported
    text = heldout(VIETTEL)
    numbers = checks(text, held(tmp_path, VIETTEL, "2025-Q3"), "2025-Q3")
    zeros = zeros_of(numbers, text, "Các khoản giảm trừ doanh thu 0 0")
    assert zeros and all(n.verdict == "supported" for n in zeros)
    # a left-out row whose zero was changed (0 → 8) is no zero row any more: flagged as before
    changed = heldout(VICOSTONE).replace("liên kết liên doanh 0 0", "liên kết liên doanh 0 8")
    numbers = checks(changed, held(tmp_path, VICOSTONE, "2025-Q3"), "2025-Q3")
    assert check_at(numbers, changed, "liên kết liên doanh 0 8", shift=len("liên kết liên doanh 0 ")).verdict == \
        "unsupported"
