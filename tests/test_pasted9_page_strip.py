"""Pasted tables, round 9 (``evaluations/sweep/pasted-round9.md``): a flip-book's strip of page numbers under the
page (``   79   80   81 … 89``) is no row and no row's cells (``tabletext.page_strip``). Read as cells, it took the
line above it — the table's last row, its latest year — for its label, and that row's own cells went unread (the
checker flagged them as numbers of no row). Texts quote pages of round 9's set and of round 5's, as stored."""

from __future__ import annotations

from decimal import Decimal

from service.checker.tabletext import page_strip, text_rows
from service.onboarding import pasted
from tests.sweep_tables import page

ICT_84 = "s9-khong-ro-nien-giam-ty-suat-sinh-chet-thanh-thi-2021"     # ict2023.vn 2021 p. 84
NGTK_66 = "s9-khong-ro-nien-giam-ty-suat-chet-tre-duoi-1-tuoi-2018"   # 113.161.26.104 NGTK2018 p. 66


def rows(slug):
    text = page(slug)
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


def test_the_page_strip_is_no_row_and_the_last_year_keeps_its_cells():
    got = rows(ICT_84)
    # "                Sơ bộ - Prel. 2021        16,1             7,4                  8,7" / "" /
    # "   79   80   81   82   83   84   85   86   87   88   89": one row of the year, none of the page numbers
    assert [c for label, c in got if label.startswith("Sơ bộ")] == [["16,1", "7,4", "8,7"]]
    assert not any("79" in c for _, c in got)
    # another yearbook's page: "  Dân số và lao động   58" / "   61   62   63 … 71" had been a row of eleven cells
    got = rows(NGTK_66)
    assert not any("61" in c for _, c in got)
    assert ("Sơ bộ - Prel 2018", ["36,6", "40,4", "32,6"]) in got


def test_a_strip_is_consecutive_page_numbers_not_a_header_of_years():
    assert page_strip("   76   77   78   79   80   81   82   83   84   85   86")   # s5 Hòa Bình 2021 p. 81
    assert page_strip("   526   527   528   529   530   531   532   533   534   535   536")   # s5 Hòa Bình 2022
    assert not page_strip("2019 2020 2021 2022 2023")          # s8 / s9 Nam Định: the header's years
    assert not page_strip("                    2019    2020    2021   2022    2023")    # s7 Bình Định CPI
    assert not page_strip("953 194 187 195 221 156")           # zr Đồng Sơn: a row's cells


def test_the_template_takes_the_latest_year_under_the_strip():
    got = {r.label: (r.value, r.unit) for r in pasted.table_rows(page(ICT_84))[0]}
    assert got["Tỷ suất sinh thô - Thành thị"] == (Decimal("16.1"), "‰")
    assert got["Tỷ lệ tăng tự nhiên - Thành thị"] == (Decimal("8.7"), "‰")
