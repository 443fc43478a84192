"""Checker round 80 (helper chk80, issue 13): a balance dated at the end of the month before, in a monthly report
(``đến 31/5/2021 đạt 78.588 tỷ đồng`` in June, ``tính đến cuối tháng 6 đạt 53.418 tỷ đồng`` in July), is the previous
edition's figure: held to ``Kỳ trước`` where the table keeps it, else no figure of the period (``stockdate``)."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.stockdate import previous_month_end
from service.figures.load import load_table
from service.periods import parse_period
from tests.sweep_tables import HELDOUT, heldout

HT = "xm-ha-tinh-nhnn-chi-nhanh-nguon-von-huy-dong-2021-06"
TN = "xm-thai-nguyen-to-chuc-tin-dung-du-no-cho-vay-2019-07"


def _verdict(slug, period, quote):
    text = heldout(slug)
    table = load_table(HELDOUT / slug / "figures.csv", period=period)
    s = text.index(quote)
    return next((n.verdict, (n.source or {}).get("column")) for n in check_text(text, table, period=period).numbers
                if n.start == s)


def test_last_months_balance_the_table_keeps_as_kỳ_trước_is_supported():
    assert _verdict(TN, "2019-07", "53.418") == ("supported", "ky_truoc")


def test_last_months_balance_is_no_figure_of_june():
    assert _verdict(HT, "2021-06", "78.588")[0] == "not_a_figure"


@pytest.mark.parametrize("slug, period, quote", [
    (HT, "2021-06", "79.569"),     # «Đến 30/6/2021, … ước đạt 79.569 tỷ đồng»: the month's own end
    (TN, "2019-07", "52.798"),     # «đến cuối tháng 7, tổng dư nợ này giảm còn 52.798 tỷ đồng»
])
def test_real_negatives_the_months_own_balance_stays_its_figure(slug, period, quote):
    assert _verdict(slug, period, quote) == ("supported", "ky_bao_cao")
    text = heldout(slug)
    assert previous_month_end(text, text.index(quote), parse_period(period)) is None


def test_only_a_monthly_report():
    text = heldout(HT)
    assert previous_month_end(text, text.index("78.588"), parse_period("2021-Q2")) is None
    assert previous_month_end(text, text.index("78.588"), parse_period("2021-06")) == parse_period("2021-05")


def test_a_wrong_digit_in_last_months_balance_is_caught():
    # the previous edition's cell is held to the digits written, not to 1% («53.718» is no rounding of 53.418)
    text = heldout(TN).replace("53.418", "53.718")
    table = load_table(HELDOUT / TN / "figures.csv", period="2019-07")
    s = text.index("53.718")
    assert [n.verdict for n in check_text(text, table, period="2019-07").numbers if n.start == s] == ["unsupported"]
