"""Checker round 96 (stop 60, issue #13): a row of another period supports only a sentence about that period.

The loader keeps an earlier month or quarter of the report's year, and a year before the report, as rows of their own
period (``R-4-2020-09`` «… (tháng 9 năm 2020)», ``1-2020-Q1``, ``1-2021``).  Such a row proves a number only where
the number's paragraph last named that period; and a sentence naming such a period is not proved by the report's own
row when the table keeps the named period's (``service.checker.periodrow``).
"""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.periodrow import outside
from service.figures.load import load_table
from service.periods import parse_period
from tests.sweep_tables import HELDOUT, heldout

VAMA = "xt-toan-quoc-vama-doanh-so-o-to-2020-11"
GDP = "yk-toan-quoc-tong-cuc-thong-ke-tang-truong-gdp-2020-q3"
BLOOD = "zf-gia-lai-hien-mau-tinh-nguyen-2022-h1"
HERBS = "xc-nam-dinh-nghia-hung-hoi-dong-y-huyen-kham-chua-benh-2016-h1"


def _said(case: str, period: str, fragment: str, number: str, old: str | None = None, new: str | None = None):
    """The check of the first ``number`` in or just after ``fragment`` of the case's text (``old`` → ``new`` first,
    once)."""
    text = heldout(case)
    if old is not None:
        assert old in text
        text = text.replace(old, new, 1)
    table = load_table(HELDOUT / case / "figures.csv", period=period)
    s = text.index(fragment)
    hits = [n for n in check_text(text, table, period=period).numbers
            if s <= n.start < s + len(fragment) + 40 and number in text[n.start:n.end]]
    assert hits, (fragment, number)
    return hits[0]


@pytest.mark.parametrize("code, report, expected", [
    ("2020-09", "2020-11", True),    # an earlier month (an earlier edition)
    ("2020-Q1", "2020-Q3", True),
    ("2021", "2022-H1", True),       # a year before
    ("2020-09", "2020-9T", False),   # a part of the report's period: _span_pass's
    ("2020-Q3", "2020-9T", False),
    ("2020-11", "2020-11", False),   # the report's own
    ("2022-6T", "2022-H1", False),   # the same span spelled otherwise
])
def test_outside_the_report(code, report, expected):
    assert outside(code, parse_period(report)) is expected


# --- a row of another period, in a sentence naming another ------------------------------------------------------

def test_the_first_quarters_rate_in_the_nine_months_sentence_is_caught():
    n = _said(GDP, "2020-Q3", "GDP 9 tháng năm 2020 tăng", "3,68", "GDP 9 tháng năm 2020 tăng 2,12%",
              "GDP 9 tháng năm 2020 tăng 3,68%")
    assert n.verdict == "unsupported" and "quý I năm 2020" in n.reason and "9 tháng" in n.reason


def test_the_first_quarters_rate_said_of_the_first_quarter_stands():
    assert _said(GDP, "2020-Q3", "(Quý I tăng 3,68%", "3,68").verdict == "supported"


def test_the_nine_months_rate_as_published_stands():
    assert _said(GDP, "2020-Q3", "GDP 9 tháng năm 2020 tăng", "2,12").verdict in ("supported", "derived")


def test_a_year_befores_count_in_this_years_sentence_is_caught():
    n = _said(BLOOD, "2022-H1", "Từ đầu năm đến nay, toàn tỉnh đã tổ chức", "83",
              "Từ đầu năm đến nay, toàn tỉnh đã tổ chức 42 đợt", "Từ đầu năm đến nay, toàn tỉnh đã tổ chức 83 đợt")
    assert n.verdict in ("unsupported", "stale")


def test_a_year_befores_count_said_of_that_year_stands():
    assert _said(BLOOD, "2022-H1", "Năm 2021, toàn tỉnh tổ chức được", "83").verdict == "supported"
    assert _said(HERBS, "2016-H1", "Hội Đông y huyện đã khám cho gần", "64").verdict == "supported"


def test_this_years_count_after_the_year_before_stands():
    """``Năm 2021, … 83 đợt … Từ đầu năm đến nay, … 42 đợt``: the words of the year so far name the report's period
    (they are no year's: the reader borrows the report's), not 2021."""
    n = _said(BLOOD, "2022-H1", "Từ đầu năm đến nay, toàn tỉnh đã tổ chức", "42")
    assert n.verdict == "supported"


# --- the report's row, in a sentence naming another period the table keeps --------------------------------------

def test_novembers_sales_in_septembers_sentence_are_caught():
    n = _said(VAMA, "2020-11", "từ tháng 9-2020 sức mua", "36.359", "đạt 27.252 xe", "đạt 36.359 xe")
    assert n.verdict == "unsupported" and n.expected == "27.252" and "tháng 9 năm 2020" in n.reason


def test_septembers_sales_in_septembers_sentence_stand():
    assert _said(VAMA, "2020-11", "từ tháng 9-2020 sức mua", "27.252").verdict == "supported"


def test_novembers_sales_in_novembers_sentence_are_not_septembers():
    n = _said(VAMA, "2020-11", "Còn trong tháng 11-2020, bán ra", "36.359")
    assert "là số liệu của" not in (n.reason or "")


# --- a number's own year right after it ---------------------------------------------------------------------------

NEWTOWN = "zy-quang-nam-nui-thanh-xa-tam-nghia-nong-thon-moi-2018"
VETERANS = "yw-phu-tho-thi-xa-phu-tho-hoi-ccb-phuong-hung-vuong-giam-ngheo-2009"


@pytest.mark.parametrize("case, period, fragment, number", [
    (NEWTOWN, "2018", "thu nhập bình quân của người dân tăng từ", "25"),   # «25 triệu đồng (năm 2010)»
    (NEWTOWN, "2018", "tỷ lệ hộ nghèo giảm nhanh từ", "9,94"),             # «từ 9,94% năm 2010 xuống còn …»
    (VETERANS, "2009", "Tỷ lệ hộ nghèo giảm nhanh từ", "6,1"),              # «từ 6,1% năm 2001 xuống còn …»
])
def test_a_year_befores_value_followed_by_its_year_stands(case, period, fragment, number):
    n = _said(case, period, fragment, number)
    assert "là số liệu của" not in (n.reason or "") and n.verdict != "unsupported"
