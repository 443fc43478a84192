"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a flip-book page that lays its header of years
AFTER the rows, the page's printed number closing the same run of lines (``ĐVT: Người`` / ``- Unit: Person`` /
``2010`` / ``2013`` / ``2014`` / ``2015`` / ``21``; only the preliminary year ``Sơ bộ`` / ``Prel`` / ``.`` / ``2016``
above the rows). ``text_rows`` reads the four years and the page number as a row of five cells, so round 5's
``_years_after`` found no row of years: no title, no template row (0 of 18). The page's number closing the text is
no year of the header (``pasted.page_number_closes``), and the row of years is no row of the table.  Quotes: Quảng
Ngãi's yearbook 2016 p. 21 (s12-quang-ngai-nien-giam-dan-so-huyen-2016) and p. 22 (thongkequangngai.com niengiam2016
basic-html page22, the male population, as the pages corpus has it); p. 23 (the years above the rows, the page's
number after the unit) is the guard."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding.pasted import page_number_closes, table_rows

_P21 = (Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages" /
        "s12-quang-ngai-nien-giam-dan-so-huyen-2016.txt")
_P22 = ("Page 22 - merged_files\n\nBasic HTML Version\n\n14. Dân số trung bình nam phân theo huyện/thành phố thuộc tỉnh\n"
        "Average male population by district\nSơ bộ\nPrel\n.\n2016\nTỔNG SỐ -\nTOTAL\n"
        "602.019 609.640 612.758 616.346 619.405\nI. Khu vực đồng bằng\nPlain districts\n"
        "492.455 496.481 496.487 499.134 500.406\n1. TP. Quảng Ngãi\n54.880\n55.780 123.585 124.522 125.095\n"
        "2. Huyện Bình Sơn\n86.166\n87.009\n87.046\n87.938\n87.806\n3. Huyện Sơn Tịnh\n93.020\n93.845\n46.754\n"
        "47.007\n47.286\nGhi chú: Dân số các năm có thay đổi theo thông báo điều chỉnh số liệu dân số của Tổng cục "
        "Thống kê\nĐVT: Người\n- Unit: Person\n2010\n2013\n2014\n2015\n22")
_P23 = ("Page 23 - merged_files\n\nBasic HTML Version\n\n15. Dân số trung bình nữ phân theo huyện/thành phố thuộc tỉnh\n"
        "Average female population by district\n2010\n2013\n2014\n2015\nSơ bộ Prel.\n2016\nTỔNG SỐ -\nTOTAL\n"
        "618.933 626.610 628.642 631.298 634.779\nI. Khu vực đồng bằng\nPlain districts\n"
        "507.977 513.692 514.877 516.405 517.932\n1. TP. Quảng Ngãi\n58.004\n58.883 126.031 126.549 126.955\n"
        "2. Huyện Bình Sơn\n89.039\n90.293\n90.518\n90.751\n90.969\nGhi chú: Dân số các năm có thay đổi theo thông "
        "báo điều chỉnh số liệu dân số của Tổng cục Thống kê\nĐVT: Người\n- Unit: Person\n23")


def _latest(rows, label):
    """The value of the row labelled ``label`` (the period's: no ``(năm …)`` after it)."""
    return next(r.value for r in rows if r.label.startswith(label) and "(năm" not in r.label)


def test_the_years_laid_after_the_rows_title_the_columns():
    rows, _ = table_rows(_P21.read_text())
    assert _latest(rows, "TỔNG SỐ") == Decimal("1254184")
    assert _latest(rows, "Huyện Lý Sơn") == Decimal("19307")
    assert any(r.label.startswith("TỔNG SỐ") and "(năm 2010)" in r.label and r.value == Decimal("1220952")
               for r in rows)
    assert not any("Unit" in r.label for r in rows)         # the row of years is no row of the table
    rows, _ = table_rows(_P22)
    assert _latest(rows, "TỔNG SỐ") == Decimal("619405")
    assert _latest(rows, "Huyện Bình Sơn") == Decimal("87806")


def test_the_page_number_closes_only_the_last_row_of_the_text():
    text = _P21.read_text()
    last = text_rows(text)[-1]
    assert page_number_closes(text, last)
    first = text_rows(text)[0]
    assert not page_number_closes(text, first)
    guard = _P23
    rows, _ = table_rows(guard)                             # the years above: read as before
    assert _latest(rows, "TỔNG SỐ") == Decimal("634779")
