"""Round 28 of the period reader (evaluations/sweep/periods-round28.md): real quotes of the held-out cases and the
sweep pages."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"


# -- a year's number is never a count of months: "năm 2014 tháng 1/2015" is a year, then a month ----------------------

@pytest.mark.parametrize("text,code", [
    # yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01: the pasted table's header cells joined into its title
    # ("Thực hiện năm 2014" the year before, "Dự ước tháng 1/2015" the month estimated)
    ("vị tính năm 2014 tháng 1/2015", "2015-01"),
])
def test_a_month_after_a_year_number_is_read(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_month_after_a_year_number_is_a_mention():
    # p10-hue-banle-bang-2023-10: the same table's cells joined ("Lũy kế thực hiện 10 tháng năm 2023" / "Tháng 10/2023
    # so với cùng kỳ năm trước (%)"): the month's column is named
    found = find_mentions("Lũy kế thực hiện 10 tháng năm 2023 Tháng 10/2023 so với cùng kỳ năm trước (%)")
    assert ("month", "2023-10") in [(m.recogniser, m.period.code) for m in found]


def test_a_length_before_a_month_stays_a_length():
    # "3 tháng" (a number of one or two digits) is a count of months: no month is read after it
    assert not [m for m in find_mentions("trong 3 tháng 1/2015") if m.period.kind == "month"]


def test_pasted_table_month_estimated_is_the_period():
    case = HELDOUT / "yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01"
    assert parse_report(case / "source.txt").period == "2015-01"
