"""Pasted tables, round 9 (``evaluations/sweep/pasted-round9.md``): a transposed table's column titles typed with
single spaces one after another (``Tỷ suất sinh thô Tỷ suất chết thô Tỷ lệ tăng tự nhiên``) are split where each
opens — a Vietnamese title is written in sentence case, its one capital on its first word
(``pasted._sentence_case_titles``); and a count unit over a column of rates keeps no unit (``pasted._column``:
``ĐVT: Số con/phụ nữ`` over ``2,22``, which the loader refused as no whole number)."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding import pasted
from service.onboarding.pasted import _sentence_case_titles
from tests.sweep_tables import page


def template(text):
    return {r.label: (r.value, r.unit) for r in pasted.table_rows(text)[0]}


def test_single_spaced_titles_split_at_each_capital():
    # cucthongke.binhdinh.gov.vn 2023 p. 103: "‰" / "Tỷ suất sinh thô Tỷ suất chết thô Tỷ lệ tăng tự nhiên" /
    # "Crude birth rate Crude death rate Natural increase rate" / "Nông thôn - Rural" / "2015 14,1 6,0 8,1" …
    got = template(page("s9-binh-dinh-nien-giam-ty-suat-sinh-chet-nong-thon-2023"))
    assert got["Tỷ suất sinh thô - Nông thôn"] == (Decimal("12.1"), "‰")
    assert got["Tỷ lệ tăng tự nhiên - Nông thôn (năm 2015)"] == (Decimal("8.1"), "‰")
    # thongkequangngai.com 2016 p. 27, one title a line but two on one: "Tỷ suất sinh thô" / "Tỷ suất chết thô Tỷ
    # lệ tăng tự nhiên" / "Crude birth rate" / …
    assert _sentence_case_titles(["Tỷ suất sinh thô", "Tỷ suất chết thô Tỷ lệ tăng tự nhiên", "Crude birth rate"], 3) \
        == ["Tỷ suất sinh thô", "Tỷ suất chết thô", "Tỷ lệ tăng tự nhiên"]


def test_no_split_where_the_capitals_are_not_one_a_title():
    # a proper noun's capitals ("Kinh tế Nhà nước Kinh tế ngoài Nhà nước": four capitals, two titles): no split
    assert _sentence_case_titles(["Kinh tế Nhà nước Kinh tế ngoài Nhà nước"], 2) is None
    # a page's title (a comma, a number) is never split
    assert _sentence_case_titles(["25 Tỷ suất sinh thô, tỷ suất chết thô Tỷ lệ tăng"], 3) is None


def test_a_count_unit_over_rates_keeps_no_unit_in_a_transposed_table():
    # ict2023.vn 2021 p. 86: "ĐVT: Số con/phụ nữ - Unit: Children per woman" / "Tổng số   Chia ra - Of which" /
    # "Total" / "Thành thị - Urban   Nông thôn - Rural" / "2009   2,22   1,89   2,39" …: no row had been made
    got = template(page("s9-khong-ro-nien-giam-tong-ty-suat-sinh-2021"))
    assert got["Tổng số"][0] == Decimal("2.22")
    assert got["Nông thôn (năm 2009)"][0] == Decimal("2.39")
