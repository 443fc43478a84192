"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a broker's barred statement with TWENTY quarters
side by side (``| Chỉ tiêu | Qúy 4 2024 | Qúy 3 2024 | … | Qúy 1 2020 |``). Its header line has 60 words, so the
template's header reader took it for a sentence (``TITLE_MAX_WORDS``) and stopped above the first row: no title, no
row (0 of 8). A barred line every field of which reads as a column's title, two or more as periods, is a header
however long (``pasted.barred_titles``).  Quotes: s12-toan-quoc-cophieu68-vgs-ket-qua-kinh-doanh-2024-q4 and the same
site's YEG page (cophieu68.vn financial_detail.php?id=yeg, the header and first rows as the pages corpus has them);
a barred row of cells and a sentence with bars are the guards."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import barred_titles, table_rows

_VGS = (Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages" /
        "s12-toan-quoc-cophieu68-vgs-ket-qua-kinh-doanh-2024-q4.txt")
_QUARTERS = " | ".join(f"Qúy {q} {y}" for y in range(2024, 2019, -1) for q in range(4, 0, -1))
_YEG = (f"| Chỉ tiêu | {_QUARTERS} |\n"
        "| 1. Tổng doanh thu hoạt động kinh doanh | 378,245 | 345,034 | 210,544 | 73,492 | 158,873 | 111,510 | "
        "81,520 | 61,775 | 113,556 | 70,759 | 69,340 | 67,502 | 247,751 | 277,477 | 311,578 | 289,531 | 352,047 | "
        "433,504 | 181,106 | 257,939 |\n"
        "| 4. Giá vốn hàng bán | 344,852 | 265,879 | 193,701 | 58,684 | 73,825 | 89,560 | 74,950 | 32,504 | 67,173 | "
        "50,171 | 40,181 | 55,656 | 199,569 | 272,228 | 347,524 | 250,799 | 303,457 | 359,708 | 174,445 | 197,278 |\n"
        "| 5. Lợi nhuận gộp (3)-(4) | 32,992 | 79,155 | 16,854 | 14,797 | 83,701 | 21,950 | 6,378 | 28,125 | 46,355 | "
        "20,634 | 26,676 | 11,847 | 47,970 | 5,236 | -35,954 | 37,942 | 44,866 | 72,633 | 5,481 | 59,814 |\n")


def _latest(rows, label):
    return next(r.value for r in rows if label in r.label and "(" not in r.label.replace("(3)-(4)", ""))


def test_twenty_quarters_side_by_side_title_the_columns():
    rows, _ = table_rows(_VGS.read_text())
    assert _latest(rows, "Tổng doanh thu hoạt động kinh doanh") == Decimal("1654365")
    assert _latest(rows, "Chi phí bán hàng") == Decimal("15046")
    rows, _ = table_rows(_YEG)
    assert _latest(rows, "Giá vốn hàng bán") == Decimal("344852")
    assert _latest(rows, "Lợi nhuận gộp") == Decimal("32992")


def test_barred_titles_needs_every_field_a_title():
    assert barred_titles(f"| Chỉ tiêu | {_QUARTERS} |")
    assert not barred_titles("| 4. Giá vốn hàng bán | 344,852 | 265,879 | 193,701 |")    # a row of cells
    assert not barred_titles("| Doanh thu quý 4 năm 2024 tăng mạnh so với quý 3 | nhờ giá bán | và sản lượng |")
