"""Pasted tables, round 13 (``evaluations/sweep/pasted-round13.md``): a row short of the table's cells whose cells
are all zero (``Các khoản giảm trừ doanh thu 0 0`` under ``Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025``, held-out zq
Viettel Global, BSC's Japanese page; ``2. Các khoản giảm trừ doanh thu 0 0 0`` and ``17. Chi phí thuế TNDN hoãn
lại 0 0 0``, s13 TLP, BSC's Vietnamese page; ``8. Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh 0 0``,
held-out Vicostone). Which quarters the two zeros belong to is not said, so the table made no row of it; the
sentence reader's reading of the whole table as prose had given zq's reference row (``Các khoản giảm trừ doanh thu``
0) until that paragraph became the table's (``pasted.table_tail_in``). An income statement prints 0 for nothing and
leaves the other quarters blank — nothing too — so the row is 0 in every column (``pasted.zero_row``). Guards: a
short row with any other value stays unread (``Chi phí thuế TNDN hoãn lại -3,879 1,293 5,172``, s13 DVN), and so
does a single zero."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding.pasted import table_rows, zero_row

_ROOT = Path(__file__).resolve().parent.parent / "evaluations"
_VGI = _ROOT / "cases" / "heldout" / "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3" / "source.txt"
_TLP = _ROOT / "sweep" / "pages" / "s13-toan-quoc-bsc-tlp-ket-qua-kinh-doanh-2024-q4.txt"
_DVN = _ROOT / "sweep" / "pages" / "s13-toan-quoc-bsc-dvn-ket-qua-kinh-doanh-2024-q4.txt"


def _zero_rows(path: Path) -> dict[str, Decimal]:
    rows, _ = table_rows(path.read_text())
    return {r.label: r.value for r in rows if r.value == 0}


def test_a_short_row_of_zeros_is_zero_in_the_period():
    assert _zero_rows(_VGI) == {"Các khoản giảm trừ doanh thu": Decimal(0)}
    assert _zero_rows(_TLP) == {"Các khoản giảm trừ doanh thu": Decimal(0), "Chi phí thuế TNDN hoãn lại": Decimal(0)}


def test_a_short_row_of_other_values_stays_unread():
    text = _DVN.read_text()
    row = next(r for r in text_rows(text) if r.label == "Chi phí thuế TNDN hoãn lại")
    assert zero_row(text, row, 5) is None
    rows, _ = table_rows(text)
    assert not any(r.label == "Chi phí thuế TNDN hoãn lại" for r in rows)


def test_a_single_zero_is_no_zero_row():
    text = "Chỉ tiêu A 1 2 3\nChỉ tiêu B 4 5 6\nChỉ tiêu C 0\n"
    row = next((r for r in text_rows(text) if r.label == "Chỉ tiêu C"), None)
    assert row is None or zero_row(text, row, 3) is None
