"""Checker round 80 (helper chk80, issue 13): a value ``so với`` sets against, named with its own earlier period, after
``mức`` and the word of what it measures (``so với mức lỗ gần 13,17 tỷ đồng quý III năm 2021``, ``so với mức giá
124.000 đồng/kg cùng kỳ năm 2017``): last year's value there is the comparison (``extract._mark_bases``), and where the
compared row keeps no last year (a running total's: ``so với mức lãi gần 74,4 tỷ đồng 9 tháng 2021`` beside 01-LK) it
is unverified, not an alarm (``earliernoted``). The period word after the amount's unit is no length
(``recognisers.earlierbase``)."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.recognisers.earlierbase import earlier_named
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout, page

ANV = "xm-toan-quoc-navico-anv-loi-nhuan-ca-tra-2022-q3"


def _verdicts():
    text = heldout(ANV)
    table = load_table(HELDOUT / ANV / "figures.csv", period="2022-Q3")
    report = check_text(text, table, period="2022-Q3")
    return text, {text[n.start:n.end].split()[0]: (n.verdict, (n.source or {}).get("column")) for n in report.numbers}


def test_last_years_loss_compared_is_the_comparison():
    _, got = _verdicts()
    assert got["13,17"] == ("supported", "cung_ky")


def test_a_running_totals_last_year_the_table_lacks_is_unverified():
    _, got = _verdicts()
    assert got["74,4"][0] == "unverified"
    assert got["567,2"] == ("supported", "ky_bao_cao")   # the compared row's own value stays


@pytest.mark.parametrize("text, amount, year", [
    (heldout(ANV), "13,17 tỷ đồng", 2021),
    (heldout(ANV), "74,4 tỷ đồng", 2021),
    (page("t24-cafef-hattieu-15ngay-2018-09"), "124.000 đồng/kg", 2017),          # so với mức giá …
    (page("f32-daibieunhandan-nang-cao-nang-luc-tro-giup-vien-phap-ly-2024"), "32,4 vụ việc", 2023),
])
def test_sources_an_earlier_periods_value_compared(text, amount, year):
    s = text.index(amount)
    assert earlier_named(text, s, s + len(amount))[1] == year


@pytest.mark.parametrize("slug, quote, amount", [
    ("h-hanoimoi-bct-2018-h1", "so với 18,5 tỷ USD/tháng cùng kỳ", "18,5 tỷ USD/tháng"),   # no year after it
    ("xe-toan-quoc-tong-cuc-thuy-san-khai-thac-hai-san-2019-q1", "so với tháng 3 năm 2018", "3"),   # the period's own
])
def test_real_negatives_name_no_earlier_value(slug, quote, amount):
    text = heldout(slug)
    s = text.index(quote) + quote.index(amount)
    assert earlier_named(text, s, s + len(amount)) is None
